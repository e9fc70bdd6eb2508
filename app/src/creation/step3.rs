//! Step 3 page, « J'obtiens les données de connexion à mon DMP ».

use super::state::*;
use super::step1::{load_state, AbandonForm, Kiosk, Unavailable};
use super::step2::NotHere;
use crate::forms::ui::Stepper;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn CredentialsPage() -> impl IntoView {
    let state = load_state();
    view! {
        <Title text="Mes données de connexion au DMP"/>
        <section class="container creation">
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(s) => match s.credentials.clone() {
                            Some(c) if c.renewal => view! {
                                <h1>"Mes nouvelles données de connexion"</h1>
                                <Kiosk state=s.clone()/><Done credentials=c demo=s.demo/>
                            }.into_any(),
                            Some(c) => view! {
                                <h1>"Je crée mon DMP"</h1>
                                <Stepper current=3/>
                                <Kiosk state=s.clone()/><Done credentials=c demo=s.demo/>
                            }.into_any(),
                            None => view! {
                                <h1>"Je crée mon DMP"</h1>
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
                    <h2>"Vos données de connexion sont renouvelées"</h2>
                    <p>"L'ancien mot de passe ne fonctionne plus. Un message vous prévient sur vos moyens de contact."</p>
                }.into_any()
            } else {
                view! {
                    <h2>"Votre DMP est créé"</h2>
                    <p>{format!("Un accusé de réception vous est envoyé {}.", c.acknowledgement)}</p>
                }.into_any()
            }}
            {demo.then(|| view! {
                <p><a href=crate::paths::OUTBOX_PATH>"Voir les messages envoyés (démonstration)"</a></p>
            })}
        </div>
        <h2>{if c.renewal { "Mes données de connexion" } else { "J'obtiens les données de connexion à mon DMP" }}</h2>
        <dl class="credentials">
            <dt>"Titulaire"</dt><dd>{c.full_name.clone()}</dd>
            <dt>"Date de création"</dt><dd>{c.created_on.clone()}</dd>
            <dt>"Identifiant national de santé (INS)"</dt><dd>{c.ins.clone()}</dd>
            <dt>"Identifiant de connexion"</dt><dd class="credentials__secret" id="identifiant">{c.login.clone()}</dd>
            <dt>"Mot de passe initial"</dt>
            <dd class="credentials__secret" id="mot-de-passe">
                {c.initial_password.clone().unwrap_or_else(|| "n'est plus affiché".into())}
            </dd>
        </dl>
        {c.insc.clone().map(|i| view! {
            <details class="technical">
                <summary>"Pour les professionnels de santé"</summary>
                <p>
                    "Numéro INS calculé (ancien format, demandé par certains logiciels) : "
                    <span class="nowrap-groups">{crate::domain::fmt::groups_of_four(&i)}</span>
                </p>
            </details>
        })}
        {if has_password {
            view! {
                <div class="notice">
                    <p>
                        <strong>"Notez ou imprimez ces informations maintenant."</strong>
                        " Pour votre sécurité, le mot de passe initial ne sera plus affiché une fois cette démarche terminée (15 minutes au plus). "
                        "Il ne sert qu'à votre première connexion : vous choisirez alors votre propre mot de passe."
                    </p>
                </div>
                <div class="actions">
                    <a class="button button--large" href=SECRETS_PDF_PATH download="document-des-secrets-dmp.pdf">
                        "Télécharger le document des secrets (PDF)"
                    </a>
                    // Shown and wired by the browser (`browser::print_buttons`).
                    <button type="button" class="button button--secondary button--large" hidden data-imprimer="">
                        "Imprimer cette page"
                    </button>
                </div>
            }.into_any()
        } else {
            view! {
                <div class="notice">
                    <p>
                        "Le mot de passe initial n'est plus affiché. Si vous ne l'avez pas noté, choisissez "
                        "« Identifiant ou mot de passe oublié » sur la page de connexion pour en recevoir un nouveau."
                    </p>
                </div>
            }.into_any()
        }}
        <div class="actions">
            <A href="/connexion" attr:class="button">"J'accède à mon DMP"</A>
        </div>
        {if has_password {
            view! {
                <AbandonForm label="Terminer"
                    warning="Après cela, votre mot de passe initial ne sera plus affiché. L'avez-vous noté, imprimé ou téléchargé ?"
                    confirm="Oui, je l'ai noté : terminer"/>
            }.into_any()
        } else {
            view! {
                <AbandonForm label="Terminer" warning="Cette démarche de création est terminée." confirm="Terminer"/>
            }.into_any()
        }}
    }
}
