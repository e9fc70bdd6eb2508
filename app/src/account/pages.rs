//! « J'accède à mon DMP »: the sign-in pages.

use super::actions::*;
use super::password::{strength_label, MIN_LENGTH, MIN_SCORE};
use super::state::*;
use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextField};
use crate::i18n::{easy, t, te, tre};
use leptos::prelude::*;
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use leptos_router::components::A;

/// For a page reached at the wrong stage: where to go instead.
#[component]
fn Elsewhere(stage: Option<String>) -> impl IntoView {
    let (text, path, label) = match stage.as_deref() {
        Some("open") => ("account-signed-in", RECORD_PATH, "account-go-record"),
        Some("code") => ("account-code-left", CODE_PATH, "account-enter-code"),
        Some("new_password") => (
            "account-password-left",
            NEW_PASSWORD_PATH,
            "account-choose-password",
        ),
        _ => ("account-expired", SIGN_IN_PATH, "account-sign-in-again"),
    };
    view! {
        <div class="notice" role="status">
            <p>{t(text)}</p>
            <p><A href=path attr:class="button">{t(label)}</A></p>
        </div>
    }
}

#[component]
pub fn SignInPage() -> impl IntoView {
    let state = Resource::new(|| (), |_| load_sign_in_state());
    view! {
        <Title text=t("account-heading")/>
        <section class="container account">
            <h1>{t("account-heading")}</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    match s.stage.as_deref() {
                        Some("open") => view! { <Elsewhere stage=s.stage.clone()/> }.into_any(),
                        _ => view! { <SignInForm state=s/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn SignInForm(state: SignInState) -> impl IntoView {
    let action = ServerAction::<SignIn>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[Field::Login, Field::Password],
        errors,
        general,
    );
    let login = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let kiosk = state.kiosk;
    view! {
        <p>{te("account-intro")}</p>
        <ActionForm action attr:novalidate=true attr:autocomplete=if kiosk { "off" } else { "on" }>
            <ErrorSummary errors/>
            <TextField field=Field::Login name="login" label=t("account-login") required=true
                hint=easy("account-login-hint-easy").unwrap_or_default() value=login errors
                autocomplete=if kiosk { "off" } else { "username" } maxlength=64/>
            <TextField field=Field::Password name="password" label=t("account-password") required=true
                hint=easy("account-password-hint-easy").unwrap_or_default() value=password errors input_type="password"
                autocomplete=if kiosk { "off" } else { "current-password" } maxlength=256/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("account-submit")}</button>
            </div>
        </ActionForm>
        <ul class="links">
            <li><A href=FORGOTTEN_PATH>{t("account-forgotten")}</A></li>
            <li><A href="/creation">{t("account-no-dmp")}</A></li>
            <li><A href=crate::paths::INVITATION_PATH>{t("account-invitation")}</A></li>
        </ul>
    }
}

#[component]
pub fn CodePage() -> impl IntoView {
    let send = ServerAction::<SendCode>::new();
    // Drawn again after each sending, to say where the code went.
    let state = Resource::new(move || send.version().get(), |_| load_sign_in_state());
    view! {
        <Title text=t("account-code-title")/>
        <section class="container account">
            <h1>{t("account-code-heading")}</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    if s.stage.as_deref() == Some("code") {
                        view! { <CodeForms state=s send/> }.into_any()
                    } else {
                        view! { <Elsewhere stage=s.stage.clone()/> }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn CodeForms(state: SignInState, send: ServerAction<SendCode>) -> impl IntoView {
    let verify = ServerAction::<VerifyCode>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(verify.value(), &[Field::OneTimeCode], errors, general);
    let send_errors = RwSignal::new(Vec::<FieldError>::new());
    let send_general = RwSignal::new(Vec::new());
    track_errors(
        send.value(),
        &[Field::OneTimeCode],
        send_errors,
        send_general,
    );
    let code = RwSignal::new(String::new());
    let sent = state.sent_to.clone();
    let was_sent = sent.is_some();
    let first = state.channels.first().map(|c| c.code.clone());
    let notice = sent.map(|to| view! {
            <div class="notice notice--success" role="status">
                <p>{tre("account-code-sent", &[("to", to.into())])}</p>
                {state.demo.then(|| view! {
                    <p><a href=crate::paths::OUTBOX_PATH target="_blank">{t("account-outbox")}</a></p>
                })}
            </div>
        });
    // The code's field first: asking for another one, which cancels the
    // code just received, comes after it.
    let send_form = view! {
        <ActionForm action=send>
            <fieldset class="field">
                <legend class="field__label">{t(if was_sent { "account-code-new-by" } else { "account-code-get" })}</legend>
                {easy("account-code-get-hint-easy").map(|h| view! { <p class="field__hint">{h}</p> })}
                {move || send_errors.get().into_iter().map(|e| view! { <p class="field__error">{e.message.text()}</p> }).collect_view()}
                <GeneralErrors messages=send_general/>
                {state.channels.iter().map(|c| view! {
                    <label class="choice">
                        <input type="radio" name="channel" value=c.code.clone() checked=Some(&c.code) == first.as_ref()/>
                        <span class="choice__label">{c.label.clone()}</span>
                    </label>
                }).collect_view()}
            </fieldset>
            <button type="submit" class=if was_sent { "button button--secondary" } else { "button button--large" }>
                {t(if was_sent { "account-code-new" } else { "account-code-get" })}
            </button>
        </ActionForm>
    };
    view! {
        {notice}
        {if was_sent {
            view! {
                <ActionForm action=verify attr:novalidate=true attr:class="code-form">
                    <ErrorSummary errors/>
                    <GeneralErrors messages=general/>
                    <TextField field=Field::OneTimeCode name="code" label=t("account-code") required=true
                        hint=te("account-code-hint")
                        value=code errors inputmode="numeric"
                        autocomplete="one-time-code" maxlength=12/>
                    <div class="actions">
                        <button type="submit" class="button button--large">{t("account-validate")}</button>
                    </div>
                </ActionForm>
                <h2>{t("account-no-message")}</h2>
                <p>{te("account-no-message-text")}</p>
                {send_form}
            }
            .into_any()
        } else {
            send_form.into_any()
        }}
    }
}

#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let state = Resource::new(|| (), |_| load_sign_in_state());
    view! {
        <Title text=t("account-password-title")/>
        <section class="container account">
            <h1>{t("account-password-heading")}</h1>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    if s.stage.as_deref() == Some("new_password") {
                        view! { <NewPasswordForm_/> }.into_any()
                    } else {
                        view! { <Elsewhere stage=s.stage.clone()/> }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

#[allow(non_snake_case)]
#[component]
fn NewPasswordForm_() -> impl IntoView {
    let action = ServerAction::<ChangePassword>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(
        action.value(),
        &[Field::Password, Field::PasswordConfirm],
        errors,
        general,
    );
    let password = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    view! {
        <p>{te("account-password-intro")}</p>
        <ul>
            <li>{tre("account-rule-length", &[("min", (MIN_LENGTH as i64).into())])}</li>
            <li>{te("account-rule-personal")}</li>
            <li>{te("account-rule-guess")}</li>
        </ul>
        <form method="post" action=ChangePassword::url() novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <TextField field=Field::Password name="form[password]" label=t("account-new-password") required=true
                value=password errors input_type="password" autocomplete="new-password" maxlength=256/>
            <StrengthMeter/>
            <TextField field=Field::PasswordConfirm name="form[confirm]" label=t("account-new-password-confirm") required=true
                value=confirm errors input_type="password" autocomplete="new-password" maxlength=256/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("account-save-password")}</button>
            </div>
        </form>
    }
}

/// The strength of the new password as it is typed, drawn hidden: the
/// WebAssembly (`browser::meter`) asks the server (zxcvbn and its
/// dictionaries stay there) a moment after typing stops, and fills it in.
/// Without JavaScript the rules are checked when the form is sent.
#[component]
fn StrengthMeter() -> impl IntoView {
    let labels: Vec<String> = (0..=4).map(|s| t(strength_label(s))).collect();
    let strength_path = <PasswordStrength as leptos::server_fn::ServerFn>::PATH;
    view! {
        <p class="strength" aria-live="polite" hidden
            data-force=strength_path
            data-labels=labels.join("|") data-min=MIN_SCORE>
            <label for="force">{format!("{} ", t("account-strength"))}</label>
            <meter id="force" min="0" max="4" low="2" high="3" optimum="4" value="0"></meter>
            " "
            <strong></strong>
            <span>{format!(" {}", t("account-strength-weak"))}</span>
        </p>
    }
}

#[component]
pub fn SignedOutPage() -> impl IntoView {
    view! {
        <Title text=t("account-signed-out")/>
        <section class="container account">
            <h1>{t("account-signed-out")}</h1>
            <div class="notice notice--success" role="status">
                <p>{te("account-signed-out-text")}</p>
            </div>
            <p><A href=SIGN_IN_PATH attr:class="button">{t("account-sign-in-again-button")}</A></p>
        </section>
    }
}

pub use crate::forms::ui::IdentityFields;
pub use crate::layout::record::SignOutButton;
