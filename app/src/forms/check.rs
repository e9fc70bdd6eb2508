//! Instant checks in the browser, for every form that has rules.
//!
//! The server draws each form and, after a post, its errors: that is the
//! whole site without JavaScript, and the pages are never hydrated. In the
//! browser, one listener on the document follows every form whose server
//! function has rules (each feature lists them, keyed by the form's
//! `action`): it reads the form as the server function will, checks it with
//! the same domain rules and writes the errors into the page as the server
//! draws them (the message above the field, `aria-invalid`, the summary
//! linking each message to its field). A form with a mistake is not sent; a
//! correct one is posted as without JavaScript.

use crate::forms::fields::{Field, FieldError};

/// A form read as its server function reads it, and checked; `None` when
/// it cannot be read that way (the browser then posts it and the server
/// answers).
#[cfg(feature = "hydrate")]
pub type Checker = fn(&leptos::web_sys::FormData) -> Option<Vec<FieldError>>;

/// A form's values by name, to build the struct its server function
/// reads. By hand rather than through the server function's decoder:
/// that one weighs some 30 kB in the WebAssembly.
#[cfg(feature = "hydrate")]
pub struct Values<'a>(pub &'a leptos::web_sys::FormData);

#[cfg(feature = "hydrate")]
impl Values<'_> {
    /// A text input's value ("" when absent).
    pub fn text(&self, name: &str) -> String {
        self.0.get(name).as_string().unwrap_or_default()
    }

    /// A ticked checkbox, as the server reads it (`Some("on")`).
    pub fn ticked(&self, name: &str) -> Option<String> {
        self.0.has(name).then(|| "on".to_string())
    }
}

/// Follows every form of every page: `checks` pairs a server function's
/// address (the form's `action`) with its rules.
#[cfg(feature = "hydrate")]
pub fn listen(checks: &'static [&'static [(&'static str, Checker)]]) {
    let find = move |form: &leptos::web_sys::HtmlFormElement| {
        let action = form.get_attribute("action").unwrap_or_default();
        checks
            .iter()
            .flat_map(|list| list.iter())
            .find(|(path, _)| *path == action)
            .map(|(_, check)| *check)
    };
    use crate::browser::{document, on};
    let document = document();
    on(&document, "submit", move |ev| browser::submit(&ev, find));
    on(&document, "focusout", move |ev| {
        browser::touched(&ev, find, false)
    });
    on(&document, "input", move |ev| {
        browser::touched(&ev, find, true)
    });
    on(&document, "change", move |ev| {
        browser::touched(&ev, find, true)
    });
}

/// The message a check found for one field.
pub fn message_for(errors: &[FieldError], field: Field) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.text())
}

#[cfg(feature = "hydrate")]
mod browser {
    use super::{message_for, Checker};
    use crate::forms::fields::Field;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::HtmlFormElement as Form;
    use leptos::web_sys::{Element, Event, FormData, HtmlElement, HtmlFormElement};

    /// A form with a mistake is not sent: its errors are shown and the
    /// summary gets the focus, so a screen reader reads it out.
    pub fn submit(ev: &Event, find: impl Fn(&Form) -> Option<Checker>) {
        let Some(form) = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        let Some(check) = find(&form) else {
            return;
        };
        let Some(errors) = FormData::new_with_form(&form).ok().and_then(|d| check(&d)) else {
            return;
        };
        if errors.is_empty() {
            return;
        }
        ev.prevent_default();
        for field in fields_of(&form) {
            show(&form, field, message_for(&errors, field));
        }
        if let Some(summary) = summary(&form) {
            let _ = summary.focus();
        }
    }

    /// A field left (or, when it shows an error, typed in) is checked
    /// again, if something was typed or it shows an error: no scolding for
    /// a field not reached yet.
    pub fn touched(ev: &Event, find: impl Fn(&Form) -> Option<Checker>, typing: bool) {
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let Some((form, field)) = field_of(&target) else {
            return;
        };
        let Some(check) = find(&form) else {
            return;
        };
        let shown = shown_error(&form, field);
        let typed = target
            .dyn_ref::<leptos::web_sys::HtmlInputElement>()
            .map(|i| !i.value().trim().is_empty() || i.type_() == "radio")
            .or_else(|| {
                target
                    .dyn_ref::<leptos::web_sys::HtmlTextAreaElement>()
                    .map(|t| !t.value().trim().is_empty())
            })
            .unwrap_or(true);
        if !shown && (typing || !typed) {
            return;
        }
        let Some(errors) = FormData::new_with_form(&form).ok().and_then(|d| check(&d)) else {
            return;
        };
        show(&form, field, message_for(&errors, field));
        // An error elsewhere that this answer mends goes too (« at least
        // one channel » sits on the e-mail and goes when a mobile is typed).
        for other in fields_of(&form) {
            if other != field && shown_error(&form, other) && message_for(&errors, other).is_none()
            {
                show(&form, other, None);
            }
        }
    }

    fn shown_error(form: &Form, field: Field) -> bool {
        error_of(form, field).is_some()
    }

    /// The paragraph that shows a field's error (a group's, drawn by the
    /// server, carries no id).
    fn error_of(form: &Form, field: Field) -> Option<Element> {
        leptos::prelude::document()
            .get_element_by_id(&error_id(field))
            .or_else(|| {
                form.query_selector(&format!("fieldset[id='{}'] .field__error", field.id()))
                    .ok()
                    .flatten()
            })
    }

    fn error_id(field: Field) -> String {
        format!("{}-erreur", field.id())
    }

    /// The form and the field an input belongs to (its own id, or its
    /// group's, as the radio buttons of a fieldset).
    fn field_of(target: &Element) -> Option<(HtmlFormElement, Field)> {
        let form = target.closest("form").ok()??.dyn_into().ok()?;
        let mut node = Some(target.clone());
        while let Some(el) = node {
            let id = el.id();
            if let Some(field) = Field::ALL.into_iter().find(|f| f.id() == id) {
                return Some((form, field));
            }
            if el.tag_name() == "FORM" {
                return None;
            }
            node = el.parent_element();
        }
        None
    }

    /// The fields a form draws, in its order.
    fn fields_of(form: &HtmlFormElement) -> Vec<Field> {
        Field::ALL
            .into_iter()
            .filter(|f| {
                form.query_selector(&format!("[id='{}']", f.id()))
                    .ok()
                    .flatten()
                    .is_some()
            })
            .collect()
    }

    /// Draws one field's error, or takes it away, as the server draws it;
    /// then the summary again.
    fn show(form: &HtmlFormElement, field: Field, message: Option<String>) {
        let document = leptos::prelude::document();
        let Some(input) = form
            .query_selector(&format!("[id='{}']", field.id()))
            .ok()
            .flatten()
        else {
            return;
        };
        let group = input.tag_name() == "FIELDSET";
        let container = if group {
            Some(input.clone())
        } else {
            input.closest(".field").ok().flatten()
        };
        let id = error_id(field);
        let existing = error_of(form, field);
        match (message, existing) {
            (None, Some(p)) => p.remove(),
            (None, None) => {}
            (Some(text), existing) => {
                let p = match existing {
                    Some(p) => p,
                    None => {
                        let Ok(p) = document.create_element("p") else {
                            return;
                        };
                        p.set_class_name("field__error");
                        if group {
                            let before = input.query_selector(".choices").ok().flatten();
                            let _ = input.insert_before(&p, before.as_ref().map(|b| b.as_ref()));
                        } else {
                            let _ = input.before_with_node_1(&p);
                        }
                        p
                    }
                };
                p.set_id(&id);
                p.set_text_content(None);
                if let Ok(hidden) = document.create_element("span") {
                    hidden.set_class_name("visually-hidden");
                    hidden.set_text_content(Some(&format!("{} ", words(form).prefix)));
                    let _ = p.append_child(&hidden);
                }
                let _ = p.append_with_str_1(&text);
            }
        }
        let invalid = error_of(form, field).is_some();
        if let Some(c) = &container {
            let _ = c.class_list().toggle_with_force("field--error", invalid);
        }
        if !group {
            if invalid {
                let _ = input.set_attribute("aria-invalid", "true");
            } else {
                let _ = input.remove_attribute("aria-invalid");
            }
            let mut ids: Vec<String> = input
                .get_attribute("aria-describedby")
                .unwrap_or_default()
                .split_whitespace()
                .filter(|i| *i != id)
                .map(str::to_string)
                .collect();
            if invalid {
                ids.push(id.clone());
            }
            if ids.is_empty() {
                let _ = input.remove_attribute("aria-describedby");
            } else {
                let _ = input.set_attribute("aria-describedby", &ids.join(" "));
            }
        }
        redraw_summary(form);
    }

    /// The page's words for errors, drawn by the server on the summary.
    struct Words {
        prefix: String,
        one: String,
        many: String,
    }

    fn words(form: &HtmlFormElement) -> Words {
        let data = |name: &str, french: &str| {
            summary(form)
                .and_then(|s| s.get_attribute(name))
                .unwrap_or_else(|| french.to_string())
        };
        Words {
            prefix: data("data-erreur", "Erreur :"),
            one: data("data-un", "Une information est à corriger"),
            many: data("data-plusieurs", "{n} informations sont à corriger"),
        }
    }

    fn summary(form: &HtmlFormElement) -> Option<HtmlElement> {
        form.query_selector(".error-summary")
            .ok()
            .flatten()
            .and_then(|s| s.dyn_into().ok())
    }

    /// The summary lists the errors the form shows, each linking to its
    /// field, with the count as its title.
    fn redraw_summary(form: &HtmlFormElement) {
        let document = leptos::prelude::document();
        let Some(summary) = summary(form) else {
            return;
        };
        let words = words(form);
        let shown: Vec<(Field, String)> = fields_of(form)
            .into_iter()
            .filter_map(|f| {
                let p = error_of(form, f)?;
                let text = p.text_content().unwrap_or_default();
                let text = text
                    .trim()
                    .trim_start_matches(words.prefix.as_str())
                    .trim()
                    .to_string();
                Some((f, text))
            })
            .collect();
        summary.set_text_content(None);
        summary.set_hidden(shown.is_empty());
        if shown.is_empty() {
            return;
        }
        let (Ok(title), Ok(list)) = (document.create_element("h2"), document.create_element("ul"))
        else {
            return;
        };
        title.set_class_name("error-summary__title");
        title.set_text_content(Some(&if shown.len() == 1 {
            words.one
        } else {
            words.many.replace("{n}", &shown.len().to_string())
        }));
        for (field, text) in shown {
            let (Ok(item), Ok(link)) =
                (document.create_element("li"), document.create_element("a"))
            else {
                return;
            };
            let _ = link.set_attribute("href", &format!("#{}", field.id()));
            link.set_text_content(Some(&text));
            let _ = item.append_child(&link);
            let _ = list.append_child(&item);
        }
        let _ = summary.append_child(&title);
        let _ = summary.append_child(&list);
    }
}
