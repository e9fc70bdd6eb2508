//! Pieces forms share: the creation stepper, the error summary that links
//! each message to its field, and a labelled field that shows its own error.

use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::i18n::{t, te, tr};
use leptos::prelude::*;

pub const STEPS: [&str; 3] = ["forms-step-1", "forms-step-2", "forms-step-3"];

/// « Étape 2 sur 3 », with the three steps listed.
#[component]
pub fn Stepper(current: u8) -> impl IntoView {
    view! {
        <nav class="stepper" aria-label=t("forms-steps")>
            <p class="stepper__count">{tr("forms-step-count", &[("n", i64::from(current).into())])}</p>
            <ol class="stepper__list">
                {STEPS
                    .iter()
                    .enumerate()
                    .map(|(i, label)| {
                        let n = i as u8 + 1;
                        let class = if n == current {
                            "stepper__step stepper__step--current"
                        } else if n < current {
                            "stepper__step stepper__step--done"
                        } else {
                            "stepper__step"
                        };
                        // Done, current and to come differ by more than
                        // colour: a tick, bold type, and words.
                        let state = format!(
                            " {}",
                            t(if n < current {
                                "forms-step-done"
                            } else if n == current {
                                "forms-step-current"
                            } else {
                                "forms-step-to-come"
                            })
                        );
                        view! {
                            <li class=class aria-current=(n == current).then_some("step")>
                                <span class="stepper__number" aria-hidden="true">
                                    {if n < current { "✓".to_string() } else { n.to_string() }}
                                </span>
                                " "
                                {t(label)}
                                <span class="stepper__state">{state}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}

/// The list of errors at the top of a form; each links to its field (the
/// browser's own fragment navigation puts the focus there). Drawn, hidden,
/// even without errors: the browser's checks fill it in (`forms::check`),
/// in the page's words (its `data-*`).
#[component]
pub fn ErrorSummary(errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    view! {
        <div
            class="error-summary"
            role="alert"
            tabindex="-1"
            hidden=move || errors.with(Vec::is_empty)
            data-un=t("forms-summary-one")
            data-plusieurs=tr("forms-summary-many", &[("n", "{n}".into())])
            data-erreur=t("forms-error-prefix")
        >
            <Show when=move || !errors.with(Vec::is_empty)>
                <h2 class="error-summary__title">
                    {move || {
                        let n = errors.with(Vec::len);
                        if n == 1 {
                            t("forms-summary-one")
                        } else {
                            tr("forms-summary-many", &[("n", (n as i64).into())])
                        }
                    }}
                </h2>
                <ul>
                    {move || {
                        errors
                            .get()
                            .into_iter()
                            .map(|e| {
                                let id = e.field.id();
                                view! {
                                    <li>
                                        <a href=format!("#{id}")>
                                            {e.message.text()}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </div>
    }
}

/// A labelled text input with its hint and its error, wired for assistive
/// technology (`aria-describedby`, `aria-invalid`).
#[component]
pub fn TextField(
    field: Field,
    /// The name the server function reads, e.g. `form[nir]`.
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
    value: RwSignal<String>,
    errors: RwSignal<Vec<FieldError>>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] maxlength: Option<u32>,
) -> impl IntoView {
    let id = field.id();
    let error = move || {
        errors.with(|all| {
            all.iter()
                .find(|e| e.field == field)
                .map(|e| e.message.text())
        })
    };
    let hint_id = format!("{id}-aide");
    let error_id = format!("{id}-erreur");
    // An empty hint is none (one that only easy reading has).
    let hint = hint.filter(|h| !h.is_empty());
    let has_hint = hint.is_some();
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field--error=move || error().is_some()>
            <label class="field__label" for=id>
                {label}
                {required.then(|| view! { <span class="field__required">{format!(" {}", t("forms-required"))}</span> })}
            </label>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{h}</p> })}
            {move || {
                error()
                    .map(|m| {
                        view! {
                            <p class="field__error" id=error_id.clone()>
                                <ErrorPrefix/>
                                {m}
                            </p>
                        }
                    })
            }}
            <input
                class="field__input"
                id=id
                name=name
                type=input_type
                value=value.get_untracked()
                autocomplete=autocomplete
                inputmode=inputmode
                maxlength=maxlength
                required=required
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby=described
            />
        </div>
    }
}

/// « Erreur : » before a field's message, for screen readers.
#[component]
pub fn ErrorPrefix() -> impl IntoView {
    view! { <span class="visually-hidden">{format!("{} ", t("forms-error-prefix"))}</span> }
}

/// « (obligatoire) » after a label drawn by hand.
#[component]
pub fn Required() -> impl IntoView {
    view! { <span class="field__required">{format!(" {}", t("forms-required"))}</span> }
}

/// Messages for the whole form, not one field (shown above it).
#[component]
pub fn GeneralErrors(messages: RwSignal<Vec<String>>) -> impl IntoView {
    move || {
        messages.with(|m| {
            (!m.is_empty()).then(|| {
                view! {
                    <div class="notice notice--error" role="alert">
                        {m.iter().map(|t| view! { <p>{t.clone()}</p> }).collect_view()}
                    </div>
                }
            })
        })
    }
}

/// Shows a server function's errors in a form, when the page is drawn
/// after a post (the error comes back in a sealed cookie, as codes of the
/// catalogue).
pub fn track_errors<T, V>(
    value: V,
    fields: &'static [Field],
    errors: RwSignal<Vec<FieldError>>,
    general: RwSignal<Vec<String>>,
) where
    T: Clone + Send + Sync + 'static,
    V: Get<Value = Option<Result<T, PortalError>>>
        + GetUntracked<Value = Option<Result<T, PortalError>>>
        + Send
        + Sync
        + 'static,
{
    let apply = move |result: Option<Result<T, PortalError>>| {
        let (on_fields, others) = match result {
            Some(Err(e)) => e.split(fields),
            _ => (Vec::new(), Vec::new()),
        };
        errors.set(on_fields);
        general.set(others);
    };
    apply(value.get_untracked());
}

/// A labelled multi-line text with its hint and error.
#[component]
pub fn TextArea(
    field: Field,
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional, into)] hint: Option<String>,
    value: String,
    errors: RwSignal<Vec<FieldError>>,
    maxlength: u32,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let id = field.id();
    let error = move || {
        errors.with(|all| {
            all.iter()
                .find(|e| e.field == field)
                .map(|e| e.message.text())
        })
    };
    let hint_id = format!("{id}-aide");
    let error_id = format!("{id}-erreur");
    // An empty hint is none (one that only easy reading has).
    let hint = hint.filter(|h| !h.is_empty());
    let has_hint = hint.is_some();
    let described = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        move || {
            let ids: Vec<&str> = [
                has_hint.then_some(hint_id.as_str()),
                error().is_some().then_some(error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:field--error=move || error().is_some()>
            <label class="field__label" for=id>{label}</label>
            {hint.map(|h| view! { <p class="field__hint" id=hint_id.clone()>{h}</p> })}
            {move || error().map(|m| view! {
                <p class="field__error" id=error_id.clone()>
                    <ErrorPrefix/>{m}
                </p>
            })}
            <textarea
                class="field__input field__textarea"
                id=id
                name=name
                rows=rows
                maxlength=maxlength
                aria-invalid=move || error().is_some().then_some("true")
                aria-describedby=described
            >{value}</textarea>
        </div>
    }
}

/// Shows the errors of a form posted as is, not through an action (a file
/// upload): the server function's answer comes back in the page's address.
pub fn track_address_errors(
    path: &str,
    fields: &'static [Field],
    errors: RwSignal<Vec<FieldError>>,
    general: RwSignal<Vec<String>>,
) {
    let from_address = use_context::<leptos::server::ServerActionError>()
        .filter(|e| e.path() == path)
        .map(|e| {
            Err::<(), _>(
                leptos::server_fn::error::ServerFnUrlError::<PortalError>::decode_err(e.err()),
            )
        });
    track_errors(RwSignal::new(from_address), fields, errors, general);
}

/// One field's message, for inputs drawn by hand (selects, files, radios).
pub fn field_error(
    errors: RwSignal<Vec<FieldError>>,
    field: Field,
) -> impl Fn() -> Option<AnyView> + Send + Sync + 'static {
    move || {
        crate::forms::fields::error_for(&errors.get(), field).map(|m| {
            view! { <p class="field__error" id=format!("{}-erreur", field.id())>{m}</p> }.into_any()
        })
    }
}

/// The four fields that prove who someone is, as in step 1 of the creation
/// (a forgotten password, a reopening), posted as `form[…]`.
#[component]
pub fn IdentityFields(errors: RwSignal<Vec<FieldError>>) -> impl IntoView {
    let (nir, code, serial) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    view! {
        <TextField field=Field::Nir name="form[nir]" label=t("forms-nir") required=true
            hint=te("forms-nir-hint")
            value=nir errors inputmode="numeric" maxlength=25/>
        <TextField field=Field::Code name="form[code]" label=t("forms-code") required=true
            hint=te("forms-code-hint")
            value=code errors maxlength=20/>
        <fieldset class="field" id="card_type">
            <legend class="field__label">{t("forms-card-type")}<Required/></legend>
            <label class="choice"><input type="radio" name="form[card_type]" value="avec_photo"/><span class="choice__label">{t("forms-card-with-photo")}</span></label>
            <label class="choice"><input type="radio" name="form[card_type]" value="sans_photo"/><span class="choice__label">{t("forms-card-without-photo")}</span></label>
        </fieldset>
        <TextField field=Field::Serial name="form[serial]" label=t("forms-serial") required=true
            hint=te("forms-serial-hint")
            value=serial errors inputmode="numeric" maxlength=20/>
    }
}
