//! The countdown shown before a quiet page is wiped or signed out: kiosks
//! of the reception desks, and every signed-in session.
//!
//! The server draws the dialog, hidden, with what the browser needs in its
//! `data-` attributes; the WebAssembly (`browser::idle`) counts the quiet
//! seconds, shows it, and at the end calls the server and leaves the page.
//! Without JavaScript nothing of this runs: the server's own timeouts end
//! the session all the same.

use leptos::prelude::*;

/// A countdown dialog after a period without activity, for shared devices
/// and expiring sessions. `count_activity`: keys and clicks restart the
/// wait (kiosks); otherwise only the page's load and the button do (a
/// server session counts requests, not clicks). `message` says `{n}` where
/// the seconds left go. `keep`: the server function the button calls, if
/// any; `end`: the one called when time is up, before going to `then`.
#[component]
pub fn IdleGuard(
    idle: u32,
    warning: u32,
    count_activity: bool,
    #[prop(into)] title: String,
    #[prop(into)] message: String,
    #[prop(into)] button: String,
    #[prop(optional)] keep: Option<&'static str>,
    end: &'static str,
    then: String,
) -> impl IntoView {
    view! {
        <div class="kiosk-dialog" role="alertdialog" aria-modal="true" hidden
            aria-labelledby="veille-titre" aria-describedby="veille-texte"
            data-veille="" data-idle=idle data-warning=warning
            data-activity=count_activity.then_some("") data-message=message
            data-keep=keep data-end=end data-then=then>
            <div class="kiosk-dialog__box">
                <h2 id="veille-titre">{title}</h2>
                <p id="veille-texte" aria-live="polite"></p>
                <button type="button" class="button button--large">{button}</button>
            </div>
        </div>
    }
}
