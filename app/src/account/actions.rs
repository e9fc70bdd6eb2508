//! The sign-in server functions: thin wrappers around `flow`. Success
//! redirects to the next page (a real 302 without JavaScript); errors come
//! back as the function's error, which Leptos carries to a form posted
//! without JavaScript in the page's address (messages hold no personal data).

use super::password::NewPasswordForm;
use super::state::SignInState;
use crate::error::PortalError;
use leptos::prelude::*;

#[server(endpoint = "connexion/etat")]
pub async fn load_sign_in_state() -> Result<SignInState, PortalError> {
    let (pool, services, visit) = http::context()?;
    crate::http::no_store();
    super::flow::state(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)
}

#[server(endpoint = "connexion/identifiants")]
pub async fn sign_in(login: String, password: String) -> Result<(), PortalError> {
    let (pool, services, visit) = http::context()?;
    let outcome = super::flow::sign_in(&pool, &services, &visit, &login, &password)
        .await
        .map_err(crate::http::unavailable)?;
    http::respond(&services, outcome)
}

#[server(endpoint = "connexion/envoi-code")]
pub async fn send_code(channel: String) -> Result<(), PortalError> {
    let (pool, services, visit) = http::context()?;
    let outcome = super::flow::send_code(&pool, &services, &visit, &channel)
        .await
        .map_err(crate::http::unavailable)?;
    http::respond(&services, outcome)
}

#[server(endpoint = "connexion/code")]
pub async fn verify_code(code: String) -> Result<(), PortalError> {
    let (pool, services, visit) = http::context()?;
    let outcome = super::flow::verify_code(&pool, &services, &visit, &code)
        .await
        .map_err(crate::http::unavailable)?;
    http::respond(&services, outcome)
}

#[server(endpoint = "connexion/mot-de-passe")]
pub async fn change_password(form: NewPasswordForm) -> Result<(), PortalError> {
    let (pool, services, visit) = http::context()?;
    let outcome = super::flow::change_password(&pool, &services, &visit, &form)
        .await
        .map_err(crate::http::unavailable)?;
    http::respond(&services, outcome)
}

/// The strength meter's reading while a new password is typed.
#[server(endpoint = "connexion/force")]
pub async fn password_strength(password: String) -> Result<Option<u8>, PortalError> {
    let (pool, services, visit) = http::context()?;
    super::flow::strength(&pool, &services, &visit, &password)
        .await
        .map_err(crate::http::unavailable)
}

pub use crate::layout::record::{keep_alive, load_idle_policy, sign_out, SignOut};
#[cfg(feature = "ssr")]
pub use crate::session::patient::http;
