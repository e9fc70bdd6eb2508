//! « Clôturer mon DMP », the page after it, and « Rouvrir mon DMP ».

use super::*;
use crate::error::PortalError;
use crate::forms::ui::IdentityFields;
use crate::forms::ui::{field_error, track_errors, ErrorSummary, GeneralErrors};
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
        <Title text="Clôturer mon DMP"/>
        <section class="container record">
            <crate::layout::record::RecordNav/>
            <h1>"Clôturer mon DMP"</h1>
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
            <h2>"Ce que la clôture change"</h2>
            <ul>
                <li>"Plus personne ne pourra consulter ni alimenter votre DMP : ni vous, ni les professionnels de santé, même en urgence."</li>
                <li>{if directives {
                    "Vos directives anticipées, qui sont dans votre DMP, ne seront plus accessibles aux médecins. Pensez à en garder une copie et à la confier à vos proches ou à votre personne de confiance."
                } else {
                    "Vos directives anticipées, si vous en déposez, ne seraient plus accessibles aux médecins."
                }}</li>
                <li>"Vos documents, vos données de remboursement et l'historique des accès sont archivés pendant 10 ans, puis détruits."</li>
                <li>"Pendant ces 10 ans, vous pourrez rouvrir votre DMP, avec tous ses documents, grâce à votre carte Vitale et un code de création."</li>
            </ul>
            <p>"Avant de clôturer, vous pouvez "<A href="/mon-dmp/telecharger">"télécharger tout votre DMP"</A>"."</p>
        </div>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for="free_note">"Pourquoi clôturez-vous votre DMP ? (facultatif)"</label>
                <textarea class="field__input field__textarea" id="free_note" name="motif" maxlength="500"></textarea>
                {field_error(errors, Field::FreeNote)}
            </div>
            <div class="field">
                <label class="choice">
                    <input type="checkbox" id="accept" name="comprends" value="oui"/>
                    <span class="choice__label">"J'ai compris que plus personne ne pourra consulter mon DMP, et je demande sa clôture."</span>
                </label>
                {field_error(errors, Field::Accept)}
            </div>
            <div class="field">
                <label class="field__label" for="password">"Mon mot de passe, pour confirmer"</label>
                <input class="field__input" type="password" id="password" name="password" autocomplete="current-password" maxlength="256"/>
                {field_error(errors, Field::Password)}
            </div>
            <div class="actions">
                <button type="submit" class="button button--danger">"Clôturer mon DMP"</button>
                <A href=crate::paths::RECORD_PATH attr:class="button button--secondary">"Annuler"</A>
            </div>
        </ActionForm>
    }
}

#[component]
pub fn ClosedPage() -> impl IntoView {
    view! {
        <Title text="Votre DMP est clôturé"/>
        <section class="container account">
            <h1>"Votre DMP est clôturé"</h1>
            <div class="notice notice--success" role="status">
                <p>"Votre DMP est clôturé et vous êtes déconnecté. Plus personne ne peut le consulter. Un message de confirmation vous a été envoyé."</p>
            </div>
            <p>"Il est archivé pendant 10 ans, puis détruit. D'ici là, vous pouvez le rouvrir à tout moment, avec tous ses documents."</p>
            <p><A href=REOPEN_PATH attr:class="button button--secondary">"Rouvrir mon DMP"</A></p>
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
        <Title text="Rouvrir mon DMP"/>
        <section class="container account">
            <h1>"Rouvrir mon DMP"</h1>
            <p>"Pendant les 10 ans qui suivent sa clôture, vous pouvez rouvrir votre DMP : il retrouve tous ses documents et vos choix. Identifiez-vous comme lors de sa création, avec votre carte Vitale et un code de création."</p>
            <p><A href=crate::paths::CODE_REQUEST_PATH>"Je n'ai pas de code de création"</A></p>
            <ActionForm action attr:novalidate=true attr:autocomplete="off">
                <ErrorSummary errors/>
                <GeneralErrors messages=general/>
                <IdentityFields errors/>
                <div class="field">
                    <label class="choice">
                        <input type="checkbox" id="consent" name="consent" value="oui"/>
                        <span class="choice__label">"J'accepte les "<A href="/conditions-generales">"conditions générales d'utilisation"</A>" et je demande la réouverture de mon DMP."</span>
                    </label>
                    {field_error(errors, Field::Consent)}
                </div>
                <div class="actions">
                    <button type="submit" class="button button--large">"Rouvrir mon DMP"</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn ReopenedPage() -> impl IntoView {
    view! {
        <Title text="Votre DMP est rouvert"/>
        <section class="container account">
            <h1>"Votre DMP est rouvert"</h1>
            <div class="notice notice--success" role="status">
                <p>"Votre DMP est rouvert, avec tous ses documents. Connectez-vous avec votre identifiant et votre mot de passe habituels."</p>
            </div>
            <p><A href=crate::paths::SIGN_IN_PATH attr:class="button">"J'accède à mon DMP"</A></p>
            <p><A href="/connexion/oubli">"Identifiant ou mot de passe oublié ?"</A></p>
        </section>
    }
}
