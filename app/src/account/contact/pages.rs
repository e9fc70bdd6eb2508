//! « Mes moyens de contact »: the account's contacts and their change.

use super::*;
use crate::forms::ui::{field_error, track_errors, ErrorSummary, GeneralErrors};
use crate::i18n::{t, tr};

/// Drawn below the notification settings.
#[component]
pub fn ContactSettings() -> impl IntoView {
    let request = ServerAction::<RequestContactChange>::new();
    let confirm = ServerAction::<ConfirmContactChange>::new();
    let cancel = ServerAction::<CancelContactChange>::new();
    let data = Resource::new(
        move || {
            (
                request.version().get(),
                confirm.version().get(),
                cancel.version().get(),
            )
        },
        |_| load_contacts(),
    );
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                data.await.ok().flatten().map(|p| view! {
                    <h2 id="contact">{t("controls-contact-heading")}</h2>
                    <dl class="identity__list">
                        <dt>{t("controls-contact-email")}</dt><dd>{p.email.clone().unwrap_or_else(|| t("controls-contact-no-email"))}</dd>
                        <dt>{t("controls-contact-mobile")}</dt><dd>{p.mobile.clone().unwrap_or_else(|| t("controls-contact-no-mobile"))}</dd>
                    </dl>
                    {match p.pending {
                        Some((channel, value)) => view! { <ConfirmForm channel value confirm cancel/> }.into_any(),
                        None => view! {
                            <LateCodeErrors confirm/>
                            <ChangeForm channel="email" request/>
                            <ChangeForm channel="sms" request/>
                        }.into_any(),
                    }}
                })
            })}
        </Suspense>
    }
}

#[component]
fn ChangeForm(channel: &'static str, request: ServerAction<RequestContactChange>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    let fields: &'static [Field] = if channel == "email" {
        &[Field::Email, Field::EmailConfirm]
    } else {
        &[Field::Mobile, Field::MobileConfirm]
    };
    track_errors(request.value(), fields, errors, general);
    let (first, second) = (fields[0], fields[1]);
    let (title, label, again, kind, hint) = if channel == "email" {
        (
            t("controls-contact-change-email"),
            t("controls-contact-new-email"),
            t("controls-contact-new-email-again"),
            "email",
            t("controls-contact-email-hint"),
        )
    } else {
        (
            t("controls-contact-change-mobile"),
            t("controls-contact-new-mobile"),
            t("controls-contact-new-mobile-again"),
            "tel",
            t("controls-contact-mobile-hint"),
        )
    };
    view! {
        <ActionForm action=request attr:novalidate=true>
            <fieldset class="field">
                <legend class="field__label">{title}</legend>
                <ErrorSummary errors/>
                <input type="hidden" name="canal" value=channel/>
                <p class="field__hint">{hint}</p>
                <div class="field">
                    <label class="field__label" for=first.id()>{label}</label>
                    <input class="field__input" type=kind id=first.id() name="valeur" autocomplete="off"/>
                    {field_error(errors, first)}
                </div>
                <div class="field">
                    <label class="field__label" for=second.id()>{again}</label>
                    <input class="field__input" type=kind id=second.id() name="confirmation" autocomplete="off"/>
                    {field_error(errors, second)}
                </div>
                <button type="submit" class="button button--secondary">{t("controls-contact-get-code")}</button>
            </fieldset>
        </ActionForm>
        {move || (channel == "email").then(|| view! { <GeneralErrors messages=general/> })}
    }
}

/// A code typed once the change is over (sent twice, expired): its
/// answer, shown where the code form was.
#[component]
fn LateCodeErrors(confirm: ServerAction<ConfirmContactChange>) -> impl IntoView {
    let general = RwSignal::new(Vec::new());
    track_errors(confirm.value(), &[], RwSignal::new(Vec::new()), general);
    view! { <GeneralErrors messages=general/> }
}

#[component]
fn ConfirmForm(
    channel: String,
    value: String,
    confirm: ServerAction<ConfirmContactChange>,
    cancel: ServerAction<CancelContactChange>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(confirm.value(), &[Field::OneTimeCode], errors, general);
    let what = tr(
        if channel == "sms" {
            "controls-contact-by-sms"
        } else {
            "controls-contact-by-email"
        },
        &[("value", value.as_str().into())],
    );
    let sent = tr(
        "controls-contact-code-sent",
        &[("what", what.into()), ("minutes", CODE_MINUTES.into())],
    );
    view! {
        <div class="notice" id="code" role="status">
            <p>{sent}</p>
        </div>
        <ActionForm action=confirm attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for="otp">{t("controls-contact-code")}</label>
                <input class="field__input" id="otp" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="10"/>
                {field_error(errors, Field::OneTimeCode)}
            </div>
            <button type="submit" class="button">{t("controls-contact-confirm")}</button>
        </ActionForm>
        <ActionForm action=cancel>
            <button type="submit" class="button button--secondary">{t("controls-contact-cancel")}</button>
        </ActionForm>
    }
}
