//! Step 1 page, « Je m'identifie », and the code request page.

use super::actions::{load_creation_state, EndCreation, IdentifyStep, RequestCodeStep};
use super::state::*;
use crate::error::PortalError;
use crate::forms::fields::Field;
use crate::forms::ui::{ErrorPrefix, ErrorSummary, Required, Stepper, TextField};
use crate::i18n::{t, te};
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
                                        {t("creation-reopen")}
                                    </a>
                                </p>
                            }
                        })}
                    {already
                        .then(|| {
                            view! {
                                <p>
                                    <a class="button" href="/connexion">
                                        {t("creation-sign-in")}
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
        <Title text=t("creation-title-1")/>
        <section class="container creation">
            <h1>{t("creation-heading")}</h1>
            <Stepper current=1/>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
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
            <p class="kiosk-banner">{t("creation-kiosk")}</p>
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
        2 => (STEP2_PATH, t("creation-resume-2")),
        3 => (STEP3_PATH, t("creation-see-credentials")),
        _ => return ().into_any(),
    };
    view! {
        <div class="notice" role="status">
            <p>{t("creation-resume")}</p>
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
    let radio = move |value: &'static str, label: String, image: &'static str, alt: String| {
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
        <h2>{t("creation-identify")}</h2>
        <p>{te("creation-identify-intro")}</p>
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
                label=t("forms-nir")
                hint=te("creation-nir-hint")
                required=true
                value=nir
                errors
                inputmode="numeric"
                maxlength=25
            />
            <TextField
                field=Field::Code
                name="form[code]"
                label=t("forms-code")
                hint=te("forms-code-hint")
                required=true
                value=code
                errors
                maxlength=20
            />
            <p class="field__aside">
                <A href=CODE_REQUEST_PATH>{t("creation-no-code")}</A>
            </p>
            <fieldset
                class="field"
                class:field--error=move || card_error().is_some()
                id="card_type"
                aria-describedby="card_type-aide"
            >
                <legend class="field__label">{t("forms-card-type")}<Required/></legend>
                <p class="field__hint" id="card_type-aide">{te("forms-card-type-hint")}</p>
                {move || card_error().map(|m| view! { <p class="field__error" id="card_type-erreur"><ErrorPrefix/>{m}</p> })}
                <div class="choices choices--cards">
                    {radio(
                        "avec_photo",
                        t("forms-card-with-photo"),
                        "/carte-vitale-avec-photo.svg",
                        t("forms-serial-with-photo"),
                    )}
                    {radio(
                        "sans_photo",
                        t("forms-card-without-photo"),
                        "/carte-vitale-sans-photo.svg",
                        t("forms-serial-without-photo"),
                    )}
                </div>
            </fieldset>
            <TextField
                field=Field::Serial
                name="form[serial]"
                label=t("forms-serial")
                hint=te("forms-serial-hint")
                required=true
                value=serial
                errors
                inputmode="numeric"
                maxlength=20
            />
            <div class="actions">
                <button type="submit" class="button button--large">{t("creation-continue")}</button>
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
    #[prop(default = "creation-abandon")] label: &'static str,
    #[prop(default = "creation-abandon-warning")] warning: &'static str,
    #[prop(default = "creation-abandon-confirm")] confirm: &'static str,
) -> impl IntoView {
    let end = ServerAction::<EndCreation>::new();
    view! {
        <details class="abandon confirm">
            <summary class="button button--secondary">{t(label)}</summary>
            <div class="confirm__panel">
                <p>{t(warning)}</p>
                <ActionForm action=end>
                    <button type="submit" class="button button--danger">{t(confirm)}</button>
                </ActionForm>
            </div>
        </details>
    }
}

#[component]
pub fn CodeRequestPage() -> impl IntoView {
    let state = load_state();
    view! {
        <Title text=t("creation-no-code")/>
        <section class="container creation">
            <h1>{t("creation-no-code")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
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
        <p>{te("creation-code-request-intro")}</p>
        <form method="post" action=RequestCodeStep::url() novalidate
            autocomplete=if state.kiosk { "off" } else { "on" }>
            <ErrorSummary errors/>
            <NoticeBox notice/>
            <TextField
                field=Field::Nir
                name="form[nir]"
                label=t("forms-nir")
                hint=te("forms-nir-hint")
                required=true
                value=nir
                errors
                inputmode="numeric"
                maxlength=25
            />
            <TextField
                field=Field::Serial
                name="form[serial]"
                label=t("forms-serial")
                hint=te("forms-serial-hint")
                required=true
                value=serial
                errors
                inputmode="numeric"
                maxlength=20
            />
            {state.demo.then(|| view! {
                <p><a href=crate::paths::OUTBOX_PATH>{t("creation-outbox")}</a></p>
            })}
            <div class="actions">
                <button type="submit" class="button button--large">{t("creation-code-request-send")}</button>
                <A href=STEP1_PATH attr:class="button button--secondary">{t("creation-code-request-back")}</A>
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
            title=t("creation-idle-title")
            message=t("creation-idle-message")
            button=t("creation-idle-button")
            end=end_path
            then=STEP1_PATH.to_string()
        />
    }
}
