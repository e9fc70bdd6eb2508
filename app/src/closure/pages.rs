//! « Clôturer mon DMP », the page after it, and « Rouvrir mon DMP ».

use super::*;
use crate::error::PortalError;
use crate::forms::ui::IdentityFields;
use crate::forms::ui::{field_error, track_errors, ErrorSummary, GeneralErrors};
use crate::i18n::t;
use leptos_meta::Title;
use leptos_router::components::A;

/// `None`: nobody signed in; otherwise whether written directives are in
/// the record (the page then warns they will be out of reach).
#[server(endpoint = "dmp/cloturer/page")]
pub async fn load_closure() -> Result<Option<bool>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = crate::session::patient::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    let directives: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM document d JOIN document_type t ON t.code = d.type_code \
         WHERE d.dmp_id = $1 AND d.status = 'ACTIVE' AND t.space = 'directives')",
    )
    .bind(session.dmp_id)
    .fetch_one(&mut *conn)
    .await
    .map_err(unavailable)?;
    crate::audit::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationCloture,
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(directives))
}

const CLOSE_FIELDS: &[Field] = &[Field::Accept, Field::FreeNote, Field::Password];

#[component]
pub fn ClosePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_closure());
    view! {
        <Title text=t("controls-close-title")/>
        <section class="container record">
            <crate::layout::record::RecordNav/>
            <h1>{t("controls-close-title")}</h1>
            {crate::layout::record::when_signed_in(data, move |directives| view! { <CloseForm directives/> }.into_any())}
        </section>
    }
}

#[component]
fn CloseForm(directives: bool) -> impl IntoView {
    let action = ServerAction::<CloseRecord>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), CLOSE_FIELDS, errors, general);
    view! {
        <div class="notice notice--warning">
            <h2>{t("controls-close-changes")}</h2>
            <ul>
                <li>{t("controls-close-nobody")}</li>
                <li>{if directives {
                    t("controls-close-directives")
                } else {
                    t("controls-close-no-directives")
                }}</li>
                <li>{t("controls-close-archive")}</li>
                <li>{t("controls-close-reopen-later")}</li>
            </ul>
            <p>{t("controls-close-before")}" "<A href="/mon-dmp/telecharger">{t("controls-close-download")}</A>"."</p>
        </div>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for="free_note">{t("controls-close-reason")}</label>
                <textarea class="field__input field__textarea" id="free_note" name="motif" maxlength="500"></textarea>
                {field_error(errors, Field::FreeNote)}
            </div>
            <div class="field">
                <label class="choice">
                    <input type="checkbox" id="accept" name="comprends" value="oui"/>
                    <span class="choice__label">{t("controls-close-accept")}</span>
                </label>
                {field_error(errors, Field::Accept)}
            </div>
            <div class="field">
                <label class="field__label" for="password">{t("controls-close-password")}</label>
                <input class="field__input" type="password" id="password" name="password" autocomplete="current-password" maxlength="256"/>
                {field_error(errors, Field::Password)}
            </div>
            <div class="actions">
                <button type="submit" class="button button--danger">{t("controls-close-title")}</button>
                <A href=crate::paths::RECORD_PATH attr:class="button button--secondary">{t("controls-close-cancel")}</A>
            </div>
        </ActionForm>
    }
}

#[component]
pub fn ClosedPage() -> impl IntoView {
    view! {
        <Title text=t("controls-closed-title")/>
        <section class="container account">
            <h1>{t("controls-closed-title")}</h1>
            <div class="notice notice--success" role="status">
                <p>{t("controls-closed-text")}</p>
            </div>
            <p>{t("controls-closed-archive")}</p>
            <p><A href=REOPEN_PATH attr:class="button button--secondary">{t("controls-reopen-title")}</A></p>
        </section>
    }
}

const REOPEN_FIELDS: &[Field] = &[
    Field::Nir,
    Field::Code,
    Field::CardType,
    Field::Serial,
    Field::Consent,
];

#[component]
pub fn ReopenPage() -> impl IntoView {
    let action = ServerAction::<ReopenRecord>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), REOPEN_FIELDS, errors, general);
    view! {
        <Title text=t("controls-reopen-title")/>
        <section class="container account">
            <h1>{t("controls-reopen-title")}</h1>
            <p>{t("controls-reopen-intro")}</p>
            <p><A href=crate::paths::CODE_REQUEST_PATH>{t("controls-reopen-no-code")}</A></p>
            <ActionForm action attr:novalidate=true attr:autocomplete="off">
                <ErrorSummary errors/>
                <GeneralErrors messages=general/>
                <IdentityFields errors/>
                <div class="field">
                    <label class="choice">
                        <input type="checkbox" id="consent" name="consent" value="oui"/>
                        <span class="choice__label">{t("controls-reopen-consent-before")}" "<A href="/conditions-generales">{t("controls-reopen-terms")}</A>" "{t("controls-reopen-consent-after")}</span>
                    </label>
                    {field_error(errors, Field::Consent)}
                </div>
                <div class="actions">
                    <button type="submit" class="button button--large">{t("controls-reopen-title")}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn ReopenedPage() -> impl IntoView {
    view! {
        <Title text=t("controls-reopened-title")/>
        <section class="container account">
            <h1>{t("controls-reopened-title")}</h1>
            <div class="notice notice--success" role="status">
                <p>{t("controls-reopened-text")}</p>
            </div>
            <p><A href=crate::paths::SIGN_IN_PATH attr:class="button">{t("controls-reopened-sign-in")}</A></p>
            <p><A href="/connexion/oubli">{t("controls-reopened-forgotten")}</A></p>
        </section>
    }
}
