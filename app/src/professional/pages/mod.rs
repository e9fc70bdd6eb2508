//! « Espace professionnel de santé »: card sign-in.

use super::*;
use crate::forms::fields::FieldError;
use crate::forms::ui::{field_error, track_address_errors, TextField};
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors};
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

mod deposit;
mod document;
mod opening;
mod record;

pub use deposit::ProfessionalDepositPage;
pub use document::ProfessionalDocumentPage;
pub use opening::ProfessionalOpeningPage;
pub use record::ProfessionalRecordPage;

#[component]
pub fn ProfessionalPage() -> impl IntoView {
    // With JavaScript the forms answer by moving to this same page: its
    // data follows each answer.
    let sign_in = ServerAction::<ProfessionalSignIn>::new();
    let sign_out = ServerAction::<ProfessionalSignOut>::new();
    let home = Resource::new(
        move || (sign_in.version().get(), sign_out.version().get()),
        |_| load_professional_home(),
    );
    view! {
        <Title text=t("pro-title")/>
        <section class="container professional">
            <h1>{t("pro-title")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match home.await {
                        Ok(h) => match h.signed_in.clone() {
                            Some(label) => view! {
                                <EmergencyBanner text=h.emergency.clone()/>
                                <SignedIn label action=sign_out/>
                            }.into_any(),
                            None if !h.demo => view! {
                                <div class="notice" role="status">
                                    <p>{t("pro-reader-needed")}</p>
                                </div>
                            }.into_any(),
                            None => view! { <CardSignIn home=h action=sign_in/> }.into_any(),
                        },
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn SignedIn(label: String, action: ServerAction<ProfessionalSignOut>) -> impl IntoView {
    view! {
        <div class="notice" role="status">
            <p>{t("pro-signed-in-with")}" "<strong>{label}</strong></p>
        </div>
        <PatientSearch/>
        <h2>{t("pro-create-record")}</h2>
        <p>{t("pro-create-intro")}</p>
        <p><A href=crate::paths::PROFESSIONAL_OPENING_PATH attr:class="button">{t("pro-create-record")}</A></p>
        <ActionForm action attr:class="sign-out">
            <button type="submit" class="button button--secondary">{t("pro-sign-out")}</button>
        </ActionForm>
    }
}

#[component]
fn CardSignIn(home: ProfessionalHome, action: ServerAction<ProfessionalSignIn>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), FIELDS, errors, general);
    let error = move |field: Field| field_error(errors, field);
    view! {
        <p>
            {t("pro-card-intro")}" "
            {if home.demo {
                format!("{} ", t("pro-card-demo"))
            } else {
                String::new()
            }}
            {t("pro-card-pin-limit")}
        </p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for=Field::Card.id()>{t("pro-card")}</label>
                {error(Field::Card)}
                <select class="field__input" id=Field::Card.id() name="card">
                    {home.cards.into_iter().map(|c| {
                        let text = if c.blocked { tr("pro-card-blocked", &[("label", c.label.into())]) } else { c.label };
                        view! { <option value=c.number>{text}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for=Field::Pin.id()>{t("pro-pin")}</label>
                {error(Field::Pin)}
                <input class="field__input field__input--short" id=Field::Pin.id() name="pin" type="password"
                    inputmode="numeric" maxlength="8" autocomplete="off"/>
            </div>
            <div class="actions">
                <button type="submit" class="button button--large">{t("pro-pin-submit")}</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn PatientSearch() -> impl IntoView {
    let action = ServerAction::<FindPatientRecord>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), SEARCH_FIELDS, errors, general);
    let text = || RwSignal::new(String::new());
    view! {
        <h2>{t("pro-search-heading")}</h2>
        <p>{t("pro-search-intro")}</p>
        <form method="post" action=FindPatientRecord::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <TextField field=Field::PatientIns name="form[ins]" label=t("pro-search-ins")
                value=text() errors inputmode="numeric" maxlength=25/>
            <fieldset class="group">
                <legend>{t("pro-search-traits")}</legend>
                <TextField field=Field::PatientBirthName name="form[birth_name]" label=t("pro-birth-name")
                    value=text() errors maxlength=100/>
                <TextField field=Field::PatientFirstName name="form[first_name]" label=t("pro-first-name")
                    value=text() errors maxlength=100/>
                <TextField field=Field::PatientBirthDate name="form[birth_date]" label=t("pro-birth-date")
                    value=text() errors input_type="date"/>
                <div class="field">
                    <label class="field__label" for=Field::PatientSex.id()>{t("pro-sex")}</label>
                    {crate::forms::ui::field_error(errors, Field::PatientSex)}
                    <select class="field__input" id=Field::PatientSex.id() name="form[sex]">
                        <option value="">{t("pro-choose")}</option>
                        <option value="F">{t("pro-sex-female")}</option>
                        <option value="M">{t("pro-sex-male")}</option>
                    </select>
                </div>
            </fieldset>
            <div class="actions">
                <button type="submit" class="button button--large">{t("pro-search-submit")}</button>
            </div>
        </form>
    }
}

/// Shown on every page of a record reached in an emergency mode.
#[component]
fn EmergencyBanner(text: Option<String>) -> impl IntoView {
    text.map(|text| {
        view! {
            <div class="notice notice--error emergency-banner" role="alert">
                <p><strong>{text}</strong></p>
                <p>{t("pro-emergency-traced")}</p>
            </div>
        }
    })
}

/// Shown on every page of a record read in *connexion secrète*, with the
/// way out. A plain form: it reloads the page, with or without JavaScript.
#[component]
fn SecretBanner(on: bool) -> impl IntoView {
    on.then(|| {
        view! {
            <div class="notice notice--secret" role="status">
                <p><strong>{t("pro-secret-heading")}</strong></p>
                <p>{t("pro-secret-banner")}</p>
                <form method="post" action=ProfessionalSecretMode::url()>
                    <input type="hidden" name="mode" value="normale"/>
                    <button type="submit" class="button button--secondary">{t("pro-secret-leave")}</button>
                </form>
            </div>
        }
    })
}

#[component]
fn PatientHeader(r: RecordView) -> impl IntoView {
    view! {
        <EmergencyBanner text=r.emergency.clone()/>
        <SecretBanner on=r.secret/>
        <p class="professional__who">{tr("pro-holder-card", &[("holder", r.holder.as_str().into())])}</p>
        {match r.right.clone() {
            Ok(right) => view! {
                <dl class="identity__list">
                    <dt>{t("pro-patient")}</dt><dd>{r.patient.clone()}</dd>
                    <dt>{t("pro-born")}</dt><dd>{r.birth_date.clone()}</dd>
                    <dt>{t("pro-access")}</dt><dd>{right}</dd>
                </dl>
            }.into_any(),
            Err(_) => view! { <p class="identity__list">{t("pro-record-exists")}</p> }.into_any(),
        }}
    }
}
