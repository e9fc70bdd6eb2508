//! The countdown shown before a quiet page is wiped or signed out: kiosks
//! of the reception desks, and every signed-in session.

use leptos::prelude::*;

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
