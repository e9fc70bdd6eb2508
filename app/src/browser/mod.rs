//! The browser's part of the site, and all of it: the pages are drawn by
//! the server and work without JavaScript; once the WebAssembly runs, it
//! enhances what the server drew, by its `data-` attributes: the instant
//! checks of the forms (`forms::check`), the text size, the countdowns
//! before a quiet page is wiped, the password's strength, the parts that
//! keep themselves current. No page is
//! hydrated, so the WebAssembly weighs only this and the domain rules the
//! checks share with the server.

pub mod arrival;
pub mod idle;
pub mod live;
pub mod meter;
pub mod text_size;

use leptos::wasm_bindgen::closure::Closure;
use leptos::wasm_bindgen::{JsCast, JsValue};

/// Calls a server function as a plain form post (`path` is its address,
/// `body` its arguments, URL-encoded) and gives the answer's text when it
/// is a success. By hand rather than through the server function's client:
/// that one weighs some 25 kB in the WebAssembly, for four calls.
pub async fn post(path: &str, body: &str) -> Option<String> {
    let init = web_sys::RequestInit::new();
    init.set_method("POST");
    init.set_body(&JsValue::from_str(body));
    let headers = web_sys::Headers::new().ok()?;
    headers
        .set("Content-Type", "application/x-www-form-urlencoded")
        .ok()?;
    init.set_headers(&headers);
    text(window().fetch_with_str_and_init(path, &init)).await
}

/// The text of a fetch's answer, when it is a success.
pub async fn text(fetch: js_sys::Promise) -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let answer = JsFuture::from(fetch)
        .await
        .ok()?
        .dyn_into::<web_sys::Response>()
        .ok()?;
    if !answer.ok() {
        return None;
    }
    JsFuture::from(answer.text().ok()?).await.ok()?.as_string()
}

/// A value as a form sends it.
pub fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}

pub fn window() -> web_sys::Window {
    leptos::prelude::window()
}

pub fn document() -> web_sys::Document {
    leptos::prelude::document()
}

/// Listens to `event` on `target` for as long as the page lives.
pub fn on(target: &web_sys::EventTarget, event: &str, handler: impl Fn(web_sys::Event) + 'static) {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(handler);
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    closure.forget();
}

/// Runs `f` once, `ms` milliseconds from now; the number cancels it.
pub fn later(ms: i32, f: impl FnOnce() + 'static) -> i32 {
    let closure = Closure::once_into_js(f);
    window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(closure.unchecked_ref(), ms)
        .unwrap_or(0)
}

/// Runs `f` every `ms` milliseconds for as long as the page lives.
pub fn every(ms: i32, f: impl Fn() + 'static) {
    let closure = Closure::<dyn Fn()>::new(f);
    let _ = window().set_interval_with_callback_and_timeout_and_arguments_0(
        closure.as_ref().unchecked_ref(),
        ms,
    );
    closure.forget();
}

/// Milliseconds of the browser's clock.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// « Imprimer »: the buttons drawn hidden (`data-imprimer`) appear and
/// print the page.
fn print_buttons() {
    let Ok(buttons) = document().query_selector_all("[data-imprimer]") else {
        return;
    };
    for i in 0..buttons.length() {
        if let Some(button) = buttons
            .item(i)
            .and_then(|b| b.dyn_into::<web_sys::Element>().ok())
        {
            let _ = button.remove_attribute("hidden");
            on(&button, "click", |_| {
                let _ = window().print();
            });
        }
    }
}

/// Everything the browser does, started once the WebAssembly is loaded;
/// `checks`: every feature's forms and their rules (`forms::check`).
pub fn start(checks: &'static [&'static [(&'static str, crate::forms::check::Checker)]]) {
    text_size::start();
    idle::start();
    meter::start();
    live::start();
    print_buttons();
    arrival::start();
    // The checks speak the page's language, whose messages come apart
    // (preloaded by the page): one language travels, not every one. If
    // they cannot come, the forms are checked by the server alone.
    wasm_bindgen_futures::spawn_local(async move {
        if crate::messages::load(crate::i18n::locale().lang).await {
            crate::forms::check::listen(checks);
        }
        // The page now reacts: what was typed before this moment was typed
        // into plain HTML (the end-to-end tests wait for this mark).
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-hydrated", "");
        }
    });
}
