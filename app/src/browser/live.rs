//! A part of a page that keeps itself current (`data-direct="SECONDS"`):
//! the page is fetched again every so many seconds and the part replaced by
//! its new version, without reloading — the workshop's room at a glance.
//! Without JavaScript the page refreshes whole (a `<noscript>` refresh).

use super::{document, every, window};

pub fn start() {
    let Ok(Some(part)) = document().query_selector("[data-direct]") else {
        return;
    };
    let seconds = part
        .get_attribute("data-direct")
        .and_then(|s| s.parse::<i32>().ok())
        .unwrap_or(10)
        .max(2);
    every(seconds * 1000, move || {
        let part = part.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(fresh) = fetch_part().await {
                part.set_inner_html(&fresh);
            }
        });
    });
}

/// The part as the server draws it now; `None` offline or signed out.
async fn fetch_part() -> Option<String> {
    let href = window().location().href().ok()?;
    let html = super::text(window().fetch_with_str(&href)).await?;
    let page = web_sys::DomParser::new()
        .ok()?
        .parse_from_string(&html, web_sys::SupportedType::TextHtml)
        .ok()?;
    Some(page.query_selector("[data-direct]").ok()??.inner_html())
}
