//! Step 2 page, « Je saisis mes informations personnelles ».

use super::actions::InformationsStep;
use super::informations::RELATIONS;
use super::state::*;
use super::step1::{follow_replies, load_state, AbandonForm, Kiosk, NoticeBox, Unavailable};
use super::terms;
use crate::forms::fields::Field;
use crate::forms::ui::{ErrorPrefix, ErrorSummary, Required, Stepper, TextField};
use crate::i18n::{t, te};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn InformationsPage() -> impl IntoView {
    let state = load_state();
    view! {
        <Title text=t("creation-title-2")/>
        <section class="container creation">
            <h1>{t("creation-heading")}</h1>
            <Stepper current=2/>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(s) if s.step == 2 => view! { <Kiosk state=s.clone()/><InformationsStepForm state=s/> }.into_any(),
                        Ok(s) => view! { <Kiosk state=s.clone()/><NotHere state=s/> }.into_any(),
                        Err(e) => view! { <Unavailable error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// Reached without being identified, after expiry, or after the creation:
/// never a dead end.
#[component]
pub fn NotHere(state: CreationState) -> impl IntoView {
    let (text, path, label) = match state.step {
        3 => (
            t("creation-not-here-created"),
            STEP3_PATH,
            t("creation-see-credentials"),
        ),
        _ => (
            state
                .notice
                .map(|n| n.text())
                .unwrap_or_else(|| t("creation-not-here")),
            STEP1_PATH,
            t("creation-go-step-1"),
        ),
    };
    view! {
        <div class="notice" role="status">
            <p>{text}</p>
            <p><A href=path attr:class="button">{label}</A></p>
        </div>
    }
}

#[component]
fn InformationsStepForm(state: CreationState) -> impl IntoView {
    let action = ServerAction::<InformationsStep>::new();
    let f = state.informations.clone().unwrap_or_default();
    let person = state.person.clone();
    let minor = person.as_ref().is_some_and(|p| p.minor);
    let email = RwSignal::new(f.email.clone());
    let email_confirm = RwSignal::new(f.email_confirm.clone());
    let mobile = RwSignal::new(f.mobile.clone());
    let mobile_confirm = RwSignal::new(f.mobile_confirm.clone());
    let samu = RwSignal::new(f.samu.is_some());
    let bris_de_glace = RwSignal::new(f.bris_de_glace.is_some());
    let rep_relation = RwSignal::new(f.rep_relation.clone());
    let rep_birth_name = RwSignal::new(f.rep_birth_name.clone());
    let rep_first_names = RwSignal::new(f.rep_first_names.clone());
    let accept = RwSignal::new(f.accept.is_some());
    let errors = RwSignal::new(state.errors.clone());
    let notice = RwSignal::new(state.notice.clone());
    follow_replies(action, notice);

    let autocomplete_email = if state.kiosk { "off" } else { "email" };
    let autocomplete_tel = if state.kiosk { "off" } else { "tel" };
    let field_error = move |field: Field| {
        move || {
            errors.with(|all| {
                all.iter()
                    .find(|e| e.field == field)
                    .map(|e| view! { <p class="field__error" id=format!("{}-erreur", field.id())><ErrorPrefix/>{e.message.text()}</p> })
            })
        }
    };
    view! {
        // The summary first: on a phone it is the first thing under the
        // steps, above the identity (forms::check needs it in the form).
        <form method="post" action=InformationsStep::url() novalidate
            autocomplete=if state.kiosk { "off" } else { "on" }>
            <ErrorSummary errors/>
            <h2>{t("creation-informations")}</h2>
            {person.map(|p| view! {
                <section class="identity" aria-labelledby="identite-titre">
                    <h3 id="identite-titre">
                        {t(if p.minor { "creation-identity-child" } else { "creation-identity-own" })}
                    </h3>
                    <dl class="identity__list">
                        <dt>{t("creation-birth-name")}</dt><dd>{p.birth_name.clone()}</dd>
                        {p.usage_name.clone().map(|u| view! { <dt>{t("creation-usage-name")}</dt><dd>{u}</dd> })}
                        <dt>{t("creation-first-names")}</dt><dd>{p.first_names.clone()}</dd>
                        <dt>{t("creation-birth-date")}</dt><dd>{p.birth_date.clone()}</dd>
                    </dl>
                    <p class="field__hint">{te("creation-identity-check")}</p>
                </section>
            })}
            <NoticeBox notice/>

            <fieldset class="group">
                <legend>{t("creation-contact")}</legend>
                <p class="field__hint">{te("creation-contact-hint")}</p>
                <TextField field=Field::Email name="form[email]" label=t("creation-email")
                    hint=t("creation-email-hint") value=email errors
                    input_type="email" autocomplete=autocomplete_email maxlength=254/>
                <TextField field=Field::EmailConfirm name="form[email_confirm]" label=t("creation-email-confirm")
                    value=email_confirm errors input_type="email" autocomplete="off" maxlength=254/>
                <TextField field=Field::Mobile name="form[mobile]" label=t("creation-mobile")
                    hint=t("creation-mobile-hint") value=mobile errors
                    input_type="tel" autocomplete=autocomplete_tel maxlength=20/>
                <TextField field=Field::MobileConfirm name="form[mobile_confirm]" label=t("creation-mobile-confirm")
                    value=mobile_confirm errors input_type="tel" autocomplete="off" maxlength=20/>
            </fieldset>

            <fieldset class="group">
                <legend>{t("creation-emergency")}</legend>
                <p class="field__hint">{te("creation-emergency-hint")}</p>
                <label class="choice">
                    <input type="checkbox" name="form[samu]" value="on" checked=samu.get_untracked()/>
                    <span class="choice__label">
                        <strong>{t("creation-samu")}</strong>
                        " "
                        {te("creation-samu-rest")}
                    </span>
                </label>
                <label class="choice">
                    <input type="checkbox" name="form[bris_de_glace]" value="on" checked=bris_de_glace.get_untracked()/>
                    <span class="choice__label">
                        <strong>{t("creation-bris-de-glace")}</strong>
                        " "
                        {te("creation-bris-de-glace-rest")}
                    </span>
                </label>
            </fieldset>

            {minor.then(|| view! {
                <fieldset class="group">
                    <legend>{t("creation-representative")}</legend>
                    <p class="field__hint">{te("creation-representative-hint")}</p>
                    <div class="field" class:field--error=move || errors.with(|e| e.iter().any(|e| e.field == Field::RepRelation))>
                        <label class="field__label" for="rep_relation">{t("creation-relation")}<Required/></label>
                        {field_error(Field::RepRelation)}
                        <select class="field__input" id="rep_relation" name="form[rep_relation]">
                            <option value="">{t("creation-choose")}</option>
                            {RELATIONS.iter().map(|(code, label)| view! {
                                <option value=*code selected=rep_relation.get_untracked() == *code>{crate::i18n::t(label)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <TextField field=Field::RepBirthName name="form[rep_birth_name]" label=t("creation-rep-name")
                        required=true value=rep_birth_name errors maxlength=80/>
                    <TextField field=Field::RepFirstNames name="form[rep_first_names]" label=t("creation-rep-first-name")
                        required=true value=rep_first_names errors maxlength=80/>
                </fieldset>
            })}

            <fieldset class="group">
                <legend>{t("creation-terms")}</legend>
                {crate::i18n::locale().easy.then(|| view! {
                    <div class="easy">
                        <p><strong>{t("creation-terms-summary")}</strong></p>
                        <ul>
                            <li>{t("creation-terms-summary-1")}</li>
                            <li>{t("creation-terms-summary-2")}</li>
                            <li>{t("creation-terms-summary-3")}</li>
                            <li>{t("creation-terms-summary-4")}</li>
                        </ul>
                    </div>
                })}
                <details class="terms-inline">
                    <summary>{t("creation-terms-read")}</summary>
                    {terms::SECTIONS.iter().map(|s| view! {
                        <h3>{t(s.title)}</h3>
                        {s.paragraphs.iter().map(|p| view! { <p>{t(p)}</p> }).collect_view()}
                    }).collect_view()}
                </details>
                <p>
                    <a href=terms::PDF_PATH rel="external" target="_blank">{t("creation-terms-pdf")}</a>
                </p>
                <div class="field" class:field--error=move || errors.with(|e| e.iter().any(|e| e.field == Field::Accept))>
                    {field_error(Field::Accept)}
                    <label class="choice">
                        <input type="checkbox" id="accept" name="form[accept]" value="on" checked=accept.get_untracked()/>
                        <span class="choice__label">{te("creation-accept")}</span>
                    </label>
                </div>
            </fieldset>

            <div class="actions">
                <button type="submit" class="button button--large">{t("creation-validate")}</button>
            </div>
        </form>
        <AbandonForm/>
    }
}
