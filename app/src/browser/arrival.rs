//! A page reached from another page of the site: the focus goes to its
//! heading and a polite announcement names it, as after a step in any
//! application. A page reached from elsewhere (a bookmark, a search)
//! starts at its top, as usual. Without JavaScript the server puts the
//! focus on the page's main content instead (`layout::arrived_from_the_site`).

use super::{document, later, window};
use leptos::wasm_bindgen::JsCast;

pub fn start() {
    let doc = document();
    let origin = window().location().origin().unwrap_or_default();
    let referrer = doc.referrer();
    if origin.is_empty() || !(referrer == origin || referrer.starts_with(&format!("{origin}/"))) {
        return;
    }
    // Someone already typing keeps their place.
    if let Some(active) = doc.active_element() {
        if matches!(
            active.tag_name().as_str(),
            "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON"
        ) {
            return;
        }
    }
    // Errors to correct come first (the summary links to each field).
    let target = doc
        .query_selector(".error-summary:not([hidden])")
        .ok()
        .flatten()
        .or_else(|| doc.query_selector("main h1").ok().flatten());
    let Some(target) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    if !target.has_attribute("tabindex") {
        let _ = target.set_attribute("tabindex", "-1");
    }
    // Without scrolling: the page was shown at its top, and whoever has
    // already scrolled or is about to click keeps the page where it is.
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = target.focus_with_options(&options);
    // A live region speaks a change, not what the page came with: its
    // words (in the page's language, drawn by the server) are written into
    // it a moment after the page is shown. They say that a page came, not
    // its name again: the heading that takes the focus says that.
    later(150, move || {
        if let Some(region) = document().get_element_by_id("annonce") {
            let words = region.get_attribute("data-annonce").unwrap_or_default();
            region.set_text_content(Some(&words));
        }
    });
}
