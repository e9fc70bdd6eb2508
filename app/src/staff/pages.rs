//! The staff's sign-in pages and their home.

use super::*;
use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors, TextField};
use crate::i18n::t;
use crate::paths::{STAFF_CODE_PATH, STAFF_HOME_PATH, STAFF_SIGN_IN_PATH};
use leptos_meta::Title;
use leptos_router::components::A;

/// For a page reached at the wrong stage: where to go instead.
#[component]
fn Elsewhere(stage: Option<String>) -> impl IntoView {
    let (text, path, label) = match stage.as_deref() {
        Some("open") => (
            t("staff-elsewhere-open"),
            STAFF_HOME_PATH,
            t("staff-elsewhere-open-link"),
        ),
        Some("code") => (
            t("staff-elsewhere-code"),
            STAFF_CODE_PATH,
            t("staff-elsewhere-code-link"),
        ),
        _ => (
            t("staff-elsewhere-expired"),
            STAFF_SIGN_IN_PATH,
            t("staff-elsewhere-expired-link"),
        ),
    };
    view! {
        <div class="notice" role="status">
            <p>{text}</p>
            <p><A href=path attr:class="button">{label}</A></p>
        </div>
    }
}

#[component]
pub fn StaffSignInPage() -> impl IntoView {
    let state = Resource::new(|| (), |_| load_staff_state());
    view! {
        <Title text=t("staff-sign-in-title")/>
        <section class="container account">
            <h1>{t("staff-space")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    match s.stage.as_deref() {
                        Some("open") => view! { <Elsewhere stage=s.stage.clone()/> }.into_any(),
                        _ => view! { <StaffSignInForm/> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn StaffSignInForm() -> impl IntoView {
    let action = ServerAction::<StaffSignIn>::new();
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
    view! {
        <p>{t("staff-sign-in-intro")}</p>
        <ActionForm action attr:novalidate=true attr:autocomplete="off">
            <ErrorSummary errors/>
            <TextField field=Field::Login name="login" label=t("staff-sign-in-login") required=true
                value=login errors autocomplete="username" maxlength=64/>
            <TextField field=Field::Password name="password" label=t("staff-sign-in-password") required=true
                value=password errors input_type="password" autocomplete="current-password" maxlength=256/>
            <GeneralErrors messages=general/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("staff-sign-in-submit")}</button>
            </div>
        </ActionForm>
        <p>{t("staff-sign-in-patient")}" "<A href=crate::paths::SIGN_IN_PATH>{t("staff-sign-in-patient-link")}</A></p>
    }
}

#[component]
pub fn StaffCodePage() -> impl IntoView {
    let resend = ServerAction::<StaffResendCode>::new();
    let state = Resource::new(move || resend.version().get(), |_| load_staff_state());
    view! {
        <Title text=t("staff-code-title")/>
        <section class="container account">
            <h1>{t("staff-code-heading")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    if s.stage.as_deref() == Some("code") {
                        view! { <StaffCodeForms demo=s.demo resend/> }.into_any()
                    } else {
                        view! { <Elsewhere stage=s.stage.clone()/> }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn StaffCodeForms(demo: bool, resend: ServerAction<StaffResendCode>) -> impl IntoView {
    let verify = ServerAction::<StaffVerifyCode>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(verify.value(), &[Field::OneTimeCode], errors, general);
    let resend_errors = RwSignal::new(Vec::<FieldError>::new());
    let resend_general = RwSignal::new(Vec::new());
    track_errors(
        resend.value(),
        &[Field::OneTimeCode],
        resend_errors,
        resend_general,
    );
    let code = RwSignal::new(String::new());
    view! {
        <div class="notice notice--success" role="status">
            <p>{t("staff-code-sent")}</p>
            {demo.then(|| view! {
                <p><a href=crate::paths::OUTBOX_PATH target="_blank">{t("staff-code-outbox")}</a></p>
            })}
        </div>
        <ActionForm action=verify attr:novalidate=true attr:class="code-form">
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <TextField field=Field::OneTimeCode name="code" label=t("staff-code-label") required=true
                hint=t("staff-code-hint")
                value=code errors inputmode="numeric" autocomplete="one-time-code" maxlength=12/>
            <div class="actions">
                <button type="submit" class="button button--large">{t("staff-code-submit")}</button>
            </div>
        </ActionForm>
        // After the code's field: a new code cancels the one just received.
        <ActionForm action=resend>
            {move || resend_errors.get().into_iter().map(|e| view! { <p class="field__error">{e.message.text()}</p> }).collect_view()}
            <GeneralErrors messages=resend_general/>
            <p>{t("staff-code-no-message")}</p>
            <button type="submit" class="button button--secondary">{t("staff-code-resend")}</button>
        </ActionForm>
    }
}

#[component]
pub fn StaffHomePage() -> impl IntoView {
    let state = Resource::new(|| (), |_| load_staff_state());
    view! {
        <Title text=t("staff-space")/>
        <section class="container account">
            <h1>{t("staff-space")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    let s = state.await.unwrap_or_default();
                    if s.stage.as_deref() == Some("open") {
                        view! { <StaffHome state=s/> }.into_any()
                    } else {
                        view! { <Elsewhere stage=s.stage.clone()/> }.into_any()
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn StaffHome(state: StaffState) -> impl IntoView {
    let sign_out = ServerAction::<StaffSignOut>::new();
    view! {
        <dl class="summary">
            <dt>{t("staff-home-signed-in")}</dt><dd>{state.full_name}</dd>
            <dt>{t("staff-home-role")}</dt><dd>{state.role}</dd>
            {state.place.map(|p| view! { <dt>{t("staff-home-place")}</dt><dd>{p}</dd> })}
        </dl>
        {state.desk.then(|| view! {
            <p><A href=crate::paths::DESK_PATH attr:class="button button--large">{t("staff-home-desk")}</A></p>
        })}
        {state.workshops.then(|| view! {
            <p><A href=crate::paths::WORKSHOP_PATH attr:class="button button--large">{t("staff-home-workshops")}</A></p>
        })}
        {state.statistics.then(|| view! {
            <p><A href=crate::paths::STATISTICS_PATH attr:class="button button--large">{t("staff-home-statistics")}</A></p>
        })}
        <p>{t("staff-home-traced")}</p>
        <ActionForm action=sign_out>
            <button type="submit" class="button button--secondary">{t("staff-home-sign-out")}</button>
        </ActionForm>
    }
}
