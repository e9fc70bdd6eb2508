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
        <Title text="Espace professionnel de santé"/>
        <section class="container professional">
            <h1>"Espace professionnel de santé"</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match home.await {
                        Ok(h) => match h.signed_in.clone() {
                            Some(label) => view! {
                                <EmergencyBanner text=h.emergency.clone()/>
                                <SignedIn label action=sign_out/>
                            }.into_any(),
                            None if !h.demo => view! {
                                <div class="notice" role="status">
                                    <p>
                                        "La connexion avec une carte de professionnel de santé demande un lecteur de carte, "
                                        "que ce portail ne prend pas encore en charge."
                                    </p>
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
            <p>"Connecté avec la carte de : "<strong>{label}</strong></p>
        </div>
        <PatientSearch/>
        <h2>"Créer le DMP d'un patient"</h2>
        <p>"Le patient n'a pas encore de DMP ? Avec sa carte Vitale et son accord, vous pouvez le créer."</p>
        <p><A href=crate::paths::PROFESSIONAL_OPENING_PATH attr:class="button">"Créer le DMP d'un patient"</A></p>
        <ActionForm action attr:class="sign-out">
            <button type="submit" class="button button--secondary">"Retirer ma carte (déconnexion)"</button>
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
            "Connectez-vous avec votre carte de professionnel de santé (CPS). "
            {if home.demo {
                "Dans cette démonstration, choisissez une carte de test : toutes ont le code PIN 1234. "
            } else {
                ""
            }}
            "Trois codes PIN erronés bloquent la carte."
        </p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for=Field::Card.id()>"Carte"</label>
                {error(Field::Card)}
                <select class="field__input" id=Field::Card.id() name="card">
                    {home.cards.into_iter().map(|c| {
                        let text = if c.blocked { format!("{} (bloquée)", c.label) } else { c.label };
                        view! { <option value=c.number>{text}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for=Field::Pin.id()>"Code PIN"</label>
                {error(Field::Pin)}
                <input class="field__input field__input--short" id=Field::Pin.id() name="pin" type="password"
                    inputmode="numeric" maxlength="8" autocomplete="off"/>
            </div>
            <div class="actions">
                <button type="submit" class="button button--large">"Valider le code PIN"</button>
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
        <h2>"Rechercher le DMP d'un patient"</h2>
        <p>"Saisissez l'INS du patient, ou ses traits d'identité. La réponse dit seulement si un DMP existe."</p>
        <form method="post" action=FindPatientRecord::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <TextField field=Field::PatientIns name="form[ins]" label="INS (numéro de sécurité sociale du patient)"
                value=text() errors inputmode="numeric" maxlength=25/>
            <fieldset class="group">
                <legend>"Ou ses traits d'identité"</legend>
                <TextField field=Field::PatientBirthName name="form[birth_name]" label="Nom de naissance"
                    value=text() errors maxlength=100/>
                <TextField field=Field::PatientFirstName name="form[first_name]" label="Premier prénom"
                    value=text() errors maxlength=100/>
                <TextField field=Field::PatientBirthDate name="form[birth_date]" label="Date de naissance"
                    value=text() errors input_type="date"/>
                <div class="field">
                    <label class="field__label" for=Field::PatientSex.id()>"Sexe"</label>
                    {crate::forms::ui::field_error(errors, Field::PatientSex)}
                    <select class="field__input" id=Field::PatientSex.id() name="form[sex]">
                        <option value="">"Choisissez"</option>
                        <option value="F">"Féminin"</option>
                        <option value="M">"Masculin"</option>
                    </select>
                </div>
            </fieldset>
            <div class="actions">
                <button type="submit" class="button button--large">"Rechercher le DMP"</button>
            </div>
        </form>
    }
}

/// Shown on every page of a record reached in an emergency mode.
#[component]
fn EmergencyBanner(text: Option<String>) -> impl IntoView {
    text.map(|t| {
        view! {
            <div class="notice notice--error emergency-banner" role="alert">
                <p><strong>{t}</strong></p>
                <p>"Cet accès est tracé et le patient en est informé."</p>
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
                <p><strong>"Connexion secrète"</strong></p>
                <p>
                    "À la demande du patient mineur, les documents que vous déposez et vos accès à son DMP "
                    "ne sont pas visibles de ses représentants légaux, et ils n'en sont pas informés."
                </p>
                <form method="post" action=ProfessionalSecretMode::url()>
                    <input type="hidden" name="mode" value="normale"/>
                    <button type="submit" class="button button--secondary">"Quitter la connexion secrète"</button>
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
        <p class="professional__who">{format!("Carte : {}", r.holder)}</p>
        {match r.right.clone() {
            Ok(right) => view! {
                <dl class="identity__list">
                    <dt>"Patient"</dt><dd>{r.patient.clone()}</dd>
                    <dt>"Né(e) le"</dt><dd>{r.birth_date.clone()}</dd>
                    <dt>"Accès"</dt><dd>{right}</dd>
                </dl>
            }.into_any(),
            Err(_) => view! { <p class="identity__list">"Un DMP existe pour ce patient."</p> }.into_any(),
        }}
    }
}
