//! `/professionnel/creer`: the patient's card, the three questions, the
//! document des secrets handed over.

use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors};
use crate::i18n::{t, tr};
use crate::opening::questions::{CardInHandFields, QuestionsFields};
use crate::paths::{PROFESSIONAL_PATH, PROFESSIONAL_SECRETS_PDF_PATH};
use crate::professional::opening::*;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn ProfessionalOpeningPage() -> impl IntoView {
    let identify = ServerAction::<ProIdentifyPerson>::new();
    let create = ServerAction::<ProCreateRecord>::new();
    let next = ServerAction::<ProNextPerson>::new();
    let state = Resource::new(
        move || {
            (
                identify.version().get(),
                create.version().get(),
                next.version().get(),
            )
        },
        |_| load_pro_opening(),
    );
    view! {
        <Title text=t("pro-opening-title")/>
        <section class="container professional">
            <h1>{t("pro-create-record")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(OpeningPage::Ready { holder, person_card, served }) => view! {
                            <p>{t("pro-signed-in-with")}" "<strong>{holder}</strong></p>
                            {match served {
                                None => view! { <CardForm action=identify/> }.into_any(),
                                Some(s) => view! { <ServedView s person_card create next/> }.into_any(),
                            }}
                            <p><A href=PROFESSIONAL_PATH>{t("pro-opening-back")}</A></p>
                        }.into_any(),
                        Ok(OpeningPage::NotSignedIn) => view! {
                            <div class="notice" role="status">
                                <p>{t("pro-opening-sign-in")}</p>
                                <p><A href=PROFESSIONAL_PATH attr:class="button">{t("pro-opening-sign-in-button")}</A></p>
                            </div>
                        }.into_any(),
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
fn CardForm(action: ServerAction<ProIdentifyPerson>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[Field::Nir, Field::CardType, Field::Serial, Field::Presence],
        errors,
        general,
    );
    view! {
        <h2>{t("pro-opening-card-heading")}</h2>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <CardInHandFields errors presence=t("pro-opening-presence")/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("pro-opening-identify")}</button>
            </div>
        </ActionForm>
    }
}

#[component]
fn ServedView(
    s: Served,
    person_card: bool,
    create: ServerAction<ProCreateRecord>,
    next: ServerAction<ProNextPerson>,
) -> impl IntoView {
    let (has_record, minor, handover) = (s.has_record, s.minor, s.handover.clone());
    view! {
        <h2>{t("pro-opening-identified")}</h2>
        <dl class="summary">
            <dt>{t("pro-name")}</dt><dd>{s.name}</dd>
            <dt>{t("pro-birth-date")}</dt><dd>{s.birth_date}</dd>
            <dt>{t("pro-opening-dmp")}</dt><dd>{s.record}</dd>
        </dl>
        {handover.map(|h| view! { <HandOverBox h/> })}
        {(has_record && s.handover.is_none()).then(|| view! {
            <p>{t("pro-opening-has-record")}</p>
        })}
        {(!has_record).then(|| view! { <Questions action=create minor person_card/> })}
        <ActionForm action=next>
            <button type="submit" class="button button--secondary">{t("pro-opening-next")}</button>
        </ActionForm>
    }
}

#[component]
fn HandOverBox(h: HandOver) -> impl IntoView {
    let text = match (&h.login, h.printable) {
        (Some(login), true) => tr("pro-handover-login", &[("login", login.as_str().into())]),
        (Some(_), false) => t("pro-handover-unavailable"),
        (None, _) => t("pro-handover-offline"),
    };
    let rights = if h.authorised {
        t("pro-handover-authorised")
    } else {
        t("pro-handover-not-authorised")
    };
    let printable = h.printable || h.login.is_none();
    view! {
        <div class="notice notice--success" role="status">
            <p>{text}</p>
            <p>{rights}</p>
            {printable.then(|| view! {
                <p><a class="button" href=PROFESSIONAL_SECRETS_PDF_PATH rel="external" download>
                    {t("pro-handover-download")}
                </a></p>
            })}
        </div>
    }
}

#[component]
fn Questions(
    action: ServerAction<ProCreateRecord>,
    minor: bool,
    person_card: bool,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[
            Field::Accept,
            Field::BrisDeGlace,
            Field::Samu,
            Field::Email,
            Field::EmailConfirm,
            Field::Mobile,
            Field::MobileConfirm,
            Field::RepRelation,
            Field::RepBirthName,
            Field::RepFirstNames,
        ],
        errors,
        general,
    );
    view! {
        <h2>{t("pro-questions-heading")}</h2>
        <p>{t("pro-questions-intro")}</p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <QuestionsFields errors minor/>
            {person_card.then(|| view! {
                <fieldset class="group">
                    <legend>{t("pro-questions-access")}</legend>
                    <p class="field__hint">{t("pro-questions-access-hint")}</p>
                    <label class="choice">
                        <input type="checkbox" name="authorise" value="on"/>
                        <span class="choice__label">{t("pro-questions-authorise")}</span>
                    </label>
                </fieldset>
            })}
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("pro-questions-submit")}</button>
            </div>
        </ActionForm>
    }
}
