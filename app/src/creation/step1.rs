//! Step 1 page, « Je m'identifie », and the code request page.

use super::actions::{load_creation_state, EndCreation, IdentifyStep, RequestCodeStep};
use super::state::*;
use crate::domain::vitale::{CardType, SERIAL_HINT};
use crate::error::PortalError;
use crate::forms::fields::Field;
use crate::forms::ui::{ErrorSummary, Stepper, TextField};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;

/// A message about the whole form (no match, lock, expiry, success).
#[component]
pub fn NoticeBox(notice: RwSignal<Option<Notice>>) -> impl IntoView {
    move || {
        notice.get().map(|n| {
            let success = n.is_success();
            let already = n == Notice::AlreadyHasDmp;
            view! {
                <div
                    class=if success { "notice notice--success" } else { "notice notice--error" }
                    role=if success { "status" } else { "alert" }
                >
                    <p>{n.text()}</p>
                    {(n == Notice::ClosedDmp)
                        .then(|| {
                            view! {
                                <p>
                                    <a class="button" href=crate::paths::REOPEN_PATH>
                                        "Rouvrir mon DMP"
                                    </a>
                                </p>
                            }
                        })}
                    {already
                        .then(|| {
                            view! {
                                <p>
                                    <a class="button" href="/connexion">
                                        "J'accède à mon DMP"
                                    </a>
                                </p>
                            }
                        })}
                </div>
            }
        })
    }
}

/// Shows a server function's failure in a form, when the page is drawn
/// after a post (the error comes back in the page's address).
pub fn follow_replies<S>(action: ServerAction<S>, notice: RwSignal<Option<Notice>>)
where
    S: leptos::server_fn::ServerFn<Output = Reply, Error = PortalError>
        + Clone
        + Send
        + Sync
        + 'static,
{
    if let Some(Err(e)) = action.value().get_untracked() {
        notice.set(Some(Notice::Failed(e)));
    }
}

/// Shared by the step pages: loads the session's state once.
pub fn load_state() -> Resource<Result<CreationState, PortalError>> {
    Resource::new(|| (), |_| load_creation_state())
}

#[component]
pub fn IdentifyPage() -> impl IntoView {
    let state = load_state();
    view! {
        <Title text="Je crée mon DMP – Étape 1 sur 3 : je m'identifie"/>
        <section class="container creation">
            <h1>"Je crée mon DMP"</h1>
            <Stepper current=1/>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(s) => view! { <Kiosk state=s.clone()/><IdentifyStepForm state=s/> }.into_any(),
                        Err(e) => view! { <Unavailable error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// On a kiosk: larger text and the inactivity wipe.
#[component]
pub fn Kiosk(state: CreationState) -> impl IntoView {
    let (idle, warning) = state.kiosk_delays;
    state.kiosk.then(|| {
        view! {
            <p class="kiosk-banner">"Borne d'accueil : vos informations sont effacées dès que vous avez terminé."</p>
            <KioskGuard idle warning/>
        }
    })
}

#[component]
pub fn Unavailable(error: PortalError) -> impl IntoView {
    view! {
        <div class="notice notice--error" role="alert">
            <p>{error.general()}</p>
        </div>
    }
}

/// For a session already further on: where to pick it up.
#[component]
fn Resume(step: u8) -> impl IntoView {
    let (path, label) = match step {
        2 => (STEP2_PATH, "Reprendre à l'étape 2"),
        3 => (STEP3_PATH, "Voir mes données de connexion"),
        _ => return ().into_any(),
    };
    view! {
        <div class="notice" role="status">
            <p>"Vous avez une démarche de création en cours."</p>
            <p><A href=path attr:class="button">{label}</A></p>
        </div>
    }
    .into_any()
}

#[component]
fn IdentifyStepForm(state: CreationState) -> impl IntoView {
    let action = ServerAction::<IdentifyStep>::new();
    let f = state.identify.clone();
    let nir = RwSignal::new(f.nir);
    let code = RwSignal::new(f.code);
    let card_type = RwSignal::new(f.card_type);
    let serial = RwSignal::new(f.serial);
    let errors = RwSignal::new(state.errors.clone());
    let notice = RwSignal::new(state.notice.clone());
    follow_replies(action, notice);

    let autocomplete = if state.kiosk { "off" } else { "on" };
    let step = state.step;
    let radio =
        move |value: &'static str, label: &'static str, image: &'static str, alt: &'static str| {
            view! {
                <label class="choice choice--card">
                    <input
                        type="radio"
                        name="form[card_type]"
                        value=value
                        checked=card_type.get_untracked() == value
                    />
                    <span class="choice__label">{label}</span>
                    <img src=image alt=alt width="200" height="126"/>
                </label>
            }
        };
    let card_error = move || {
        errors.with(|all| {
            all.iter()
                .find(|e| e.field == Field::CardType)
                .map(|e| e.message.text())
        })
    };
    view! {
        <Resume step=state.step/>
        <h2>"Je m'identifie"</h2>
        <p>
            "Munissez-vous de votre carte Vitale et du code de création reçu par courrier ou par e-mail. "
            "Tous les champs sont obligatoires."
        </p>
        <form
            method="post"
            action=IdentifyStep::url()
            novalidate
            autocomplete=autocomplete
        >
            <ErrorSummary errors/>
            <NoticeBox notice/>
            <TextField
                field=Field::Nir
                name="form[nir]"
                label="Numéro de sécurité sociale"
                hint="Les 15 caractères inscrits sur votre carte Vitale, clé comprise. Les espaces sont acceptés. Exemple : 2 90 01 75 123 456 05."
                required=true
                value=nir
                errors
                inputmode="numeric"
                maxlength=25
            />
            <TextField
                field=Field::Code
                name="form[code]"
                label="Code de création"
                hint="Les 12 caractères reçus par courrier ou par e-mail, par exemple ABCD-2345-6789. Tirets et espaces acceptés."
                required=true
                value=code
                errors
                maxlength=20
            />
            <p class="field__aside">
                <A href=CODE_REQUEST_PATH>"Je n'ai pas de code de création"</A>
            </p>
            <fieldset
                class="field"
                class:field--error=move || card_error().is_some()
                id="card_type"
                aria-describedby="card_type-aide"
            >
                <legend class="field__label">
                    "Type de carte Vitale"
                    <span class="field__required">" (obligatoire)"</span>
                </legend>
                <p class="field__hint" id="card_type-aide">
                    "Le numéro de série n'est pas au même endroit sur les deux cartes."
                </p>
                {move || card_error().map(|m| view! { <p class="field__error" id="card_type-erreur"><span class="visually-hidden">"Erreur : "</span>{m}</p> })}
                <div class="choices choices--cards">
                    {radio(
                        "avec_photo",
                        "Carte Vitale avec photo",
                        "/carte-vitale-avec-photo.svg",
                        CardType::WithPhoto.serial_help(),
                    )}
                    {radio(
                        "sans_photo",
                        "Carte Vitale sans photo",
                        "/carte-vitale-sans-photo.svg",
                        CardType::WithoutPhoto.serial_help(),
                    )}
                </div>
            </fieldset>
            <TextField
                field=Field::Serial
                name="form[serial]"
                label="Numéro de série de la carte Vitale"
                hint=SERIAL_HINT
                required=true
                value=serial
                errors
                inputmode="numeric"
                maxlength=20
            />
            <div class="actions">
                <button type="submit" class="button button--large">"Continuer"</button>
            </div>
        </form>
        <Show when=move || { step > 0 }>
            <AbandonForm/>
        </Show>
    }
}

/// « Abandonner »: discards the creation session and everything typed;
/// « Terminer » at step 3, the only copy of the initial password. Both ask
/// first, in a disclosure that works without JavaScript.
#[component]
pub fn AbandonForm(
    #[prop(default = "Abandonner")] label: &'static str,
    #[prop(
        default = "Tout ce que vous avez saisi sera effacé, et la création de votre DMP arrêtée."
    )]
    warning: &'static str,
    #[prop(default = "Oui, abandonner")] confirm: &'static str,
) -> impl IntoView {
    let end = ServerAction::<EndCreation>::new();
    view! {
        <details class="abandon confirm">
            <summary class="button button--secondary">{label}</summary>
            <div class="confirm__panel">
                <p>{warning}</p>
                <ActionForm action=end>
                    <button type="submit" class="button button--danger">{confirm}</button>
                </ActionForm>
            </div>
        </details>
    }
}

#[component]
pub fn CodeRequestPage() -> impl IntoView {
    let state = load_state();
    view! {
        <Title text="Je n'ai pas de code de création"/>
        <section class="container creation">
            <h1>"Je n'ai pas de code de création"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match state.await {
                        Ok(s) => view! { <Kiosk state=s.clone()/><CodeRequestStepForm state=s/> }.into_any(),
                        Err(e) => view! { <Unavailable error=e/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CodeRequestStepForm(state: CreationState) -> impl IntoView {
    let action = ServerAction::<RequestCodeStep>::new();
    let nir = RwSignal::new(state.code_request.nir.clone());
    let serial = RwSignal::new(state.code_request.serial.clone());
    let errors = RwSignal::new(state.errors.clone());
    // Only this page's notices (not step 1's).
    let notice = RwSignal::new(state.notice.clone().filter(|n| {
        matches!(
            n,
            Notice::CodeRequested | Notice::LockedNir { .. } | Notice::LockedAddress
        )
    }));
    follow_replies(action, notice);
    view! {
        <p>
            "Indiquez votre numéro de sécurité sociale et le numéro de série de votre carte Vitale. "
            "Un nouveau code vous sera envoyé par e-mail, ou par courrier à l'adresse connue de l'Assurance Maladie. "
            "Il remplace tout code reçu auparavant."
        </p>
        <form method="post" action=RequestCodeStep::url() novalidate
            autocomplete=if state.kiosk { "off" } else { "on" }>
            <ErrorSummary errors/>
            <NoticeBox notice/>
            <TextField
                field=Field::Nir
                name="form[nir]"
                label="Numéro de sécurité sociale"
                hint="Les 15 caractères inscrits sur votre carte Vitale, clé comprise. Les espaces sont acceptés."
                required=true
                value=nir
                errors
                inputmode="numeric"
                maxlength=25
            />
            <TextField
                field=Field::Serial
                name="form[serial]"
                label="Numéro de série de la carte Vitale"
                hint=SERIAL_HINT
                required=true
                value=serial
                errors
                inputmode="numeric"
                maxlength=20
            />
            {state.demo.then(|| view! {
                <p><a href=crate::paths::OUTBOX_PATH>"Voir les messages envoyés (démonstration)"</a></p>
            })}
            <div class="actions">
                <button type="submit" class="button button--large">"Recevoir un nouveau code"</button>
                <A href=STEP1_PATH attr:class="button button--secondary">"Retour à l'identification"</A>
            </div>
        </form>
    }
}

/// Watches for inactivity on a kiosk: after `idle` seconds a dialog asks
/// whether the person is still there; `warning` seconds later the creation
/// session is discarded on the server and the device goes back to a blank
/// welcome screen (the browser's part is `browser::idle`).
#[component]
pub fn KioskGuard(idle: u32, warning: u32) -> impl IntoView {
    let end_path = <EndCreation as leptos::server_fn::ServerFn>::PATH;
    view! {
        <crate::layout::idle::IdleGuard
            idle
            warning
            count_activity=true
            title="Êtes-vous toujours là ?"
            message="Par sécurité, les informations saisies seront effacées dans {n} secondes."
            button="Je continue"
            end=end_path
            then=STEP1_PATH.to_string()
        />
    }
}
