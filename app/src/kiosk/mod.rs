//! Reception-desk kiosks: the creation flow on a device shared by many
//! people. An agent switches a device to kiosk mode once (the `/borne`
//! page sets a long-lived cookie on that device); from then on the creation
//! pages use larger text, refuse browser autofill, and wipe themselves
//! after a period without activity. Kiosk mode only adds restrictions, so
//! a patient who turns it on at home harms nobody.

use crate::creation::actions::EndCreation;
use crate::error::PortalError;
use crate::paths::STEP1_PATH;
use leptos::prelude::*;
use leptos_meta::Title;

pub use crate::paths::KIOSK_PATH;

#[server(endpoint = "borne/etat")]
pub async fn kiosk_status() -> Result<bool, PortalError> {
    let parts = use_context::<axum::http::request::Parts>()
        .ok_or_else(|| crate::http::fault("no request"))?;
    Ok(crate::creation::actions::http::is_kiosk(&parts))
}

/// `on` is « 1 » to switch kiosk mode on, anything else to switch it off.
#[server(endpoint = "borne/mode")]
pub async fn set_kiosk(on: String) -> Result<(), PortalError> {
    use crate::creation::actions::http::KIOSK_COOKIE;
    use crate::services::Services;
    let services = use_context::<Services>().ok_or_else(|| crate::http::fault("no services"))?;
    // A year: the device stays a kiosk until an agent says otherwise.
    let value = (on == "1").then_some("1");
    crate::http::set_cookie(&crate::http::cookie(
        KIOSK_COOKIE,
        value,
        Some(31_536_000),
        services.secure_cookies(),
    ));
    leptos_axum::redirect(if on == "1" { STEP1_PATH } else { KIOSK_PATH });
    Ok(())
}

#[component]
pub fn KioskPage() -> impl IntoView {
    let status = Resource::new(|| (), |_| kiosk_status());
    let set = ServerAction::<SetKiosk>::new();
    view! {
        <Title text="Mode borne d'accueil"/>
        <section class="container">
            <h1>"Mode borne d'accueil"</h1>
            <p>
                "Réservé aux agents d'accueil : sur un appareil partagé, le mode borne agrandit le texte, "
                "désactive le remplissage automatique du navigateur et efface tout ce qui a été saisi "
                "après une période sans activité ou quand la personne a terminé."
            </p>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    let on = status.await.unwrap_or(false);
                    view! {
                        <p role="status">
                            {if on { "Cet appareil est en mode borne." } else { "Cet appareil n'est pas en mode borne." }}
                        </p>
                        <ActionForm action=set>
                            <input type="hidden" name="on" value=if on { "0" } else { "1" }/>
                            <button type="submit" class="button button--large">
                                {if on { "Désactiver le mode borne" } else { "Activer le mode borne sur cet appareil" }}
                            </button>
                        </ActionForm>
                    }
                })}
            </Suspense>
        </section>
    }
}

/// Watches for inactivity on a kiosk: after `idle` seconds a dialog asks
/// whether the person is still there; `warning` seconds later the creation
/// session is discarded on the server and the device goes back to a blank
/// welcome screen. Runs only in the browser.
#[component]
pub fn KioskGuard(idle: u32, warning: u32) -> impl IntoView {
    let end = ServerAction::<EndCreation>::new();
    // After the wipe, a fresh page: nothing typed survives in the DOM.
    Effect::new(move |_| {
        if end.value().get().is_some() {
            let _ = window().location().assign(STEP1_PATH);
        }
    });
    view! {
        <IdleGuard
            idle
            warning
            count_activity=true
            title="Êtes-vous toujours là ?"
            message=Callback::new(|n: u32| format!(
                "Par sécurité, les informations saisies seront effacées dans {n} secondes."
            ))
            button="Je continue"
            on_continue=Callback::new(|_| {})
            on_expire=Callback::new(move |_| {
                end.dispatch(EndCreation {});
            })
        />
    }
}

/// A countdown dialog after a period without activity, for shared devices
/// and expiring sessions. `count_activity`: keys and clicks restart the
/// wait (kiosks); otherwise only the page's load and the button do (a
/// server session counts requests, not clicks).
#[component]
pub fn IdleGuard(
    idle: u32,
    warning: u32,
    count_activity: bool,
    title: &'static str,
    message: Callback<u32, String>,
    button: &'static str,
    on_continue: Callback<()>,
    on_expire: Callback<()>,
) -> impl IntoView {
    let remaining = RwSignal::new(None::<u32>);
    let last_activity = StoredValue::new(0.0f64);
    let expired = StoredValue::new(false);
    let continue_button = NodeRef::<leptos::html::Button>::new();

    Effect::new(move |_| {
        let now = || js_sys_now();
        last_activity.set_value(now());
        let touch = move || {
            // While the warning shows, only the button counts.
            if count_activity && remaining.get_untracked().is_none() {
                last_activity.set_value(now());
            }
        };
        let keys = window_event_listener(leptos::ev::keydown, move |_| touch());
        let pointer = window_event_listener(leptos::ev::pointerdown, move |_| touch());
        let input = window_event_listener(leptos::ev::input, move |_| touch());
        let timer = set_interval_with_handle(
            move || {
                if expired.get_value() {
                    return;
                }
                let quiet = ((now() - last_activity.get_value()) / 1000.0) as u32;
                if quiet < idle {
                    return;
                }
                let left = (idle + warning).saturating_sub(quiet);
                if left == 0 {
                    expired.set_value(true);
                    remaining.set(None);
                    on_expire.run(());
                } else {
                    if remaining.get_untracked().is_none() {
                        request_animation_frame(move || {
                            if let Some(b) = continue_button.get_untracked() {
                                let _ = b.focus();
                            }
                        });
                    }
                    remaining.set(Some(left));
                }
            },
            std::time::Duration::from_millis(500),
        )
        .ok();
        on_cleanup(move || {
            keys.remove();
            pointer.remove();
            input.remove();
            if let Some(t) = timer {
                t.clear();
            }
        });
    });

    view! {
        <Show when=move || remaining.get().is_some()>
            <div class="kiosk-dialog" role="alertdialog" aria-modal="true"
                aria-labelledby="veille-titre" aria-describedby="veille-texte">
                <div class="kiosk-dialog__box">
                    <h2 id="veille-titre">{title}</h2>
                    <p id="veille-texte" aria-live="polite">
                        {move || message.run(remaining.get().unwrap_or(0))}
                    </p>
                    <button type="button" class="button button--large" node_ref=continue_button
                        on:click=move |_| {
                            last_activity.set_value(js_sys_now());
                            remaining.set(None);
                            on_continue.run(());
                        }>
                        {button}
                    </button>
                </div>
            </div>
        </Show>
    }
}

/// Milliseconds of the browser's clock (0 on the server, where it never runs).
fn js_sys_now() -> f64 {
    #[cfg(feature = "hydrate")]
    {
        js_sys::Date::now()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        0.0
    }
}
