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

/// « Identifiant ou mot de passe oublié ».
#[server(endpoint = "connexion/oubli")]
pub async fn recover_credentials(
    form: crate::registry::identify::IdentifyForm,
) -> Result<(), PortalError> {
    use super::recovery::{recover, Recovery};
    use crate::creation::actions::http as creation_http;
    let (pool, services, visit) = creation_http::context()?;
    crate::http::no_store();
    match recover(&pool, &services, &visit, &form)
        .await
        .map_err(crate::http::unavailable)?
    {
        Recovery::Done { token } => {
            creation_http::set_cookie(&services, &crate::creation::flow::Cookie::Set(token));
            leptos_axum::redirect(crate::paths::STEP3_PATH);
            Ok(())
        }
        Recovery::Invalid(errors) => Err(PortalError::Invalid(errors)),
        Recovery::Refused(notice) => Err(PortalError::Refused(notice.message())),
    }
}

#[server(endpoint = "connexion/fin")]
pub async fn sign_out() -> Result<(), PortalError> {
    let (pool, services, visit) = http::context()?;
    let outcome = super::flow::sign_out(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?;
    http::respond(&services, outcome)
}

/// How long a signed-in page may stay quiet: (kiosk, seconds before the
/// warning, seconds of warning). `None` when nobody is signed in.
#[server(endpoint = "connexion/veille")]
pub async fn load_idle_policy() -> Result<Option<(bool, u32, u32)>, PortalError> {
    let (pool, services, visit) = http::context()?;
    let session = super::flow::current(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?;
    Ok(session.map(|s| {
        if s.kiosk || visit.kiosk {
            (
                true,
                services.kiosk_idle_seconds,
                services.kiosk_warning_seconds,
            )
        } else {
            // Warn two minutes before the server's idle timeout.
            let idle = (super::session::IDLE_MINUTES * 60) as u32;
            (false, idle - 120, 120)
        }
    }))
}

/// « Rester connecté »: any request pushes the session's idle timeout back.
#[server(endpoint = "connexion/maintien")]
pub async fn keep_alive() -> Result<bool, PortalError> {
    let (pool, services, visit) = http::context()?;
    Ok(super::flow::current(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?
        .is_some())
}

#[cfg(feature = "ssr")]
pub use crate::session::patient::http;
