//! The countdown of a quiet page (`layout::idle::IdleGuard` draws it,
//! hidden): after `data-idle` quiet seconds the dialog shows the seconds
//! left; its button keeps the page (and calls `data-keep`); at the end the
//! browser calls `data-end` and goes to `data-then`, so nothing stays on
//! screen.

use std::cell::Cell;
use std::rc::Rc;
use web_sys::{Element, HtmlElement};

pub fn start() {
    let Some(dialog) = super::document()
        .query_selector("[data-veille]")
        .ok()
        .flatten()
    else {
        return;
    };
    let number = |name: &str| {
        dialog
            .get_attribute(name)
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    };
    let (idle, warning) = (number("data-idle"), number("data-warning"));
    let activity = dialog.has_attribute("data-activity");
    let text = |name: &str| dialog.get_attribute(name).unwrap_or_default();
    let (message, keep, end, then) = (
        text("data-message"),
        text("data-keep"),
        text("data-end"),
        text("data-then"),
    );
    let last = Rc::new(Cell::new(super::now()));
    let warned = Rc::new(Cell::new(false));
    let over = Rc::new(Cell::new(false));

    if activity {
        // While the warning shows, only the button counts.
        for event in ["keydown", "pointerdown", "input"] {
            let (last, warned) = (last.clone(), warned.clone());
            super::on(&super::window(), event, move |_| {
                if !warned.get() {
                    last.set(super::now());
                }
            });
        }
    }
    let button: Option<HtmlElement> = dialog
        .query_selector("button")
        .ok()
        .flatten()
        .and_then(|b| wasm_bindgen::JsCast::dyn_into(b).ok());
    if let Some(b) = &button {
        let (last, warned, dialog) = (last.clone(), warned.clone(), dialog.clone());
        super::on(b, "click", move |_| {
            last.set(super::now());
            warned.set(false);
            hide(&dialog);
            if !keep.is_empty() {
                let keep = keep.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = super::post(&keep, "").await;
                });
            }
        });
    }
    super::every(500, move || {
        if over.get() {
            return;
        }
        let quiet = ((super::now() - last.get()) / 1000.0) as u32;
        if quiet < idle {
            return;
        }
        let left = (idle + warning).saturating_sub(quiet);
        if left == 0 {
            over.set(true);
            hide(&dialog);
            let (end, then) = (end.clone(), then.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let _ = super::post(&end, "").await;
                let _ = super::window().location().assign(&then);
            });
            return;
        }
        if let Some(p) = dialog.query_selector("#veille-texte").ok().flatten() {
            p.set_text_content(Some(&message.replace("{n}", &left.to_string())));
        }
        if !warned.get() {
            warned.set(true);
            let _ = dialog.remove_attribute("hidden");
            if let Some(b) = &button {
                let _ = b.focus();
            }
        }
    });
}

fn hide(dialog: &Element) {
    let _ = dialog.set_attribute("hidden", "");
}
