//! « Mes moyens de contact »: the account's contacts and their change.

use super::*;
use crate::forms::ui::{field_error, track_errors, ErrorSummary, GeneralErrors};

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
                    <h2 id="contact">"Mes moyens de contact"</h2>
                    <dl class="identity__list">
                        <dt>"Adresse e-mail"</dt><dd>{p.email.clone().unwrap_or_else(|| "aucune".into())}</dd>
                        <dt>"Mobile"</dt><dd>{p.mobile.clone().unwrap_or_else(|| "aucun".into())}</dd>
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
            "Changer d'adresse e-mail",
            "Nouvelle adresse e-mail",
            "Nouvelle adresse e-mail, à nouveau",
            "email",
            "Un code vous sera envoyé à cette adresse pour la confirmer.",
        )
    } else {
        (
            "Changer de numéro de mobile",
            "Nouveau numéro de mobile",
            "Nouveau numéro de mobile, à nouveau",
            "tel",
            "Un code vous sera envoyé par SMS à ce numéro pour le confirmer.",
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
                <button type="submit" class="button button--secondary">"Recevoir un code de confirmation"</button>
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
    let what = if channel == "sms" {
        format!("par SMS au {value}")
    } else {
        format!("par e-mail à {value}")
    };
    view! {
        <div class="notice" id="code" role="status">
            <p>{format!("Un code à 6 chiffres vous a été envoyé {what}. Votre moyen de contact ne changera qu'une fois ce code saisi ; il est valable {CODE_MINUTES} minutes.")}</p>
        </div>
        <ActionForm action=confirm attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for="otp">"Code reçu"</label>
                <input class="field__input" id="otp" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="10"/>
                {field_error(errors, Field::OneTimeCode)}
            </div>
            <button type="submit" class="button">"Confirmer"</button>
        </ActionForm>
        <ActionForm action=cancel>
            <button type="submit" class="button button--secondary">"Annuler ce changement"</button>
        </ActionForm>
    }
}
