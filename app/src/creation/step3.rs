//! Step 3 page, « J'obtiens les données de connexion à mon DMP ».

use super::state::*;
use super::step1::{load_state, AbandonForm, Kiosk, Unavailable};
use super::step2::NotHere;
use crate::forms::ui::Stepper;
use crate::i18n::{t, te};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn CredentialsPage() -> impl IntoView {
    let state = load_state();
    view! {
        <Title text=t("creation-title-3")/>
        <section class="container creation">
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(s) => match s.credentials.clone() {
                            Some(c) if c.renewal => view! {
                                <h1>{t("creation-renewed-heading")}</h1>
                                <Kiosk state=s.clone()/><Done credentials=c demo=s.demo/>
                            }.into_any(),
                            Some(c) => view! {
                                <h1>{t("creation-heading")}</h1>
                                <Stepper current=3/>
                                <Kiosk state=s.clone()/><Done credentials=c demo=s.demo/>
                            }.into_any(),
                            None => view! {
                                <h1>{t("creation-heading")}</h1>
                                <Stepper current=3/>
                                <Kiosk state=s.clone()/><NotHere state=s/>
                            }.into_any(),
                        },
                        Err(e) => view! { <Unavailable error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Done(credentials: Credentials, demo: bool) -> impl IntoView {
    let c = credentials;
    let has_password = c.initial_password.is_some();
    view! {
        <div class="notice notice--success" role="status">
            {if c.renewal {
                view! {
                    <h2>{t("creation-renewed")}</h2>
                    <p>{t("creation-renewed-text")}</p>
                }.into_any()
            } else {
                view! {
                    <h2>{t("creation-created")}</h2>
                    <p>{t(if c.acknowledged_by_email {
                        "creation-acknowledgement-email"
                    } else {
                        "creation-acknowledgement-post"
                    })}</p>
                }.into_any()
            }}
            {demo.then(|| view! {
                <p><a href=crate::paths::OUTBOX_PATH>{t("creation-outbox")}</a></p>
            })}
        </div>
        <h2>{t(if c.renewal { "creation-my-credentials" } else { "forms-step-3" })}</h2>
        <dl class="credentials">
            <dt>{t("creation-holder")}</dt><dd>{c.full_name.clone()}</dd>
            <dt>{t("creation-created-on")}</dt><dd>{c.created_on.clone()}</dd>
            <dt>{t("creation-ins")}</dt><dd>{c.ins.clone()}</dd>
            <dt>{t("creation-login")}</dt><dd class="credentials__secret" id="identifiant">{c.login.clone()}</dd>
            <dt>{t("creation-initial-password")}</dt>
            <dd class="credentials__secret" id="mot-de-passe">
                {c.initial_password.clone().unwrap_or_else(|| t("creation-no-longer-shown"))}
            </dd>
        </dl>
        {c.insc.clone().map(|i| view! {
            <details class="technical">
                <summary>{t("creation-for-professionals")}</summary>
                <p>
                    {t("creation-insc")}
                    " "
                    <span class="nowrap-groups">{crate::domain::fmt::groups_of_four(&i)}</span>
                </p>
            </details>
        })}
        {if has_password {
            view! {
                <div class="notice">
                    <p>
                        <strong>{t("creation-note-now")}</strong>
                        " "
                        {te("creation-note-now-rest")}
                    </p>
                </div>
                <div class="actions">
                    <a class="button button--large" href=SECRETS_PDF_PATH download="document-des-secrets-dmp.pdf">
                        {t("creation-download")}
                    </a>
                    // Shown and wired by the browser (`browser::print_buttons`).
                    <button type="button" class="button button--secondary button--large" hidden data-imprimer="">
                        {t("creation-print")}
                    </button>
                </div>
            }.into_any()
        } else {
            view! {
                <div class="notice">
                    <p>{t("creation-password-gone")}</p>
                </div>
            }.into_any()
        }}
        <div class="actions">
            <A href="/connexion" attr:class="button">{t("creation-sign-in")}</A>
        </div>
        {if has_password {
            view! {
                <AbandonForm label="creation-finish"
                    warning="creation-finish-warning"
                    confirm="creation-finish-confirm"/>
            }.into_any()
        } else {
            view! {
                <AbandonForm label="creation-finish" warning="creation-finished" confirm="creation-finish"/>
            }.into_any()
        }}
    }
}
