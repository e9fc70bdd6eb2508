//! The new password's strength (`account::pages::StrengthMeter` draws it,
//! hidden): a moment after typing stops, the browser asks the server
//! (`data-force`) and fills the meter in with its words (`data-labels`).

use std::cell::Cell;
use std::rc::Rc;

pub fn start() {
    let Some(meter) = super::document()
        .query_selector("[data-force]")
        .ok()
        .flatten()
    else {
        return;
    };
    let typed = Rc::new(Cell::new(0u32));
    let target = meter.clone();
    super::on(&super::document(), "input", move |ev| {
        let Some(input) = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(t).ok())
            .filter(|i| i.name() == "form[password]")
        else {
            return;
        };
        let password = input.value();
        typed.set(typed.get() + 1);
        let mine = typed.get();
        if password.is_empty() {
            let _ = target.set_attribute("hidden", "");
            return;
        }
        let (typed, meter) = (typed.clone(), target.clone());
        super::later(350, move || {
            if typed.get() != mine {
                return;
            }
            wasm_bindgen_futures::spawn_local(async move {
                let path = meter.get_attribute("data-force").unwrap_or_default();
                let body = format!("password={}", super::encode(&password));
                // The answer is the score, or `null` without a session.
                let score = super::post(&path, &body)
                    .await
                    .and_then(|a| a.trim().parse::<usize>().ok());
                if typed.get() != mine {
                    return;
                }
                if let Some(score) = score {
                    show(&meter, score);
                }
            });
        });
    });
}

fn show(meter: &web_sys::Element, score: usize) {
    let labels = meter.get_attribute("data-labels").unwrap_or_default();
    let label = labels.split('|').nth(score).unwrap_or_default().to_string();
    let min = meter
        .get_attribute("data-min")
        .and_then(|m| m.parse::<usize>().ok())
        .unwrap_or(0);
    if let Some(m) = meter.query_selector("meter").ok().flatten() {
        let _ = m.set_attribute("value", &score.to_string());
    }
    if let Some(strong) = meter.query_selector("strong").ok().flatten() {
        strong.set_text_content(Some(&label));
    }
    if let Some(weak) = meter.query_selector("span").ok().flatten() {
        let _ = if score < min {
            weak.remove_attribute("hidden")
        } else {
            weak.set_attribute("hidden", "")
        };
    }
    let _ = meter.remove_attribute("hidden");
}
