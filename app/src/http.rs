//! Request and response details shared by the features' server functions:
//! cookies, the client address, and how a plain form post is answered.

use axum::extract::ConnectInfo;
use axum::http::header::{HeaderMap, ACCEPT, CACHE_CONTROL, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::HeaderValue;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use std::net::SocketAddr;

pub fn cookie_value<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// What every server function starts from: the database, the services and
/// the request's head.
pub fn request(
) -> Result<(sqlx::PgPool, crate::services::Services, Parts), crate::error::PortalError> {
    let pool = use_context::<sqlx::PgPool>().ok_or_else(|| fault("no database"))?;
    let services =
        use_context::<crate::services::Services>().ok_or_else(|| fault("no services"))?;
    let parts = use_context::<Parts>().ok_or_else(|| fault("no request"))?;
    Ok((pool, services, parts))
}

/// A session cookie's token, if it has a token's shape.
pub fn session_token(parts: &Parts, cookie_name: &str) -> Option<String> {
    cookie_value(&parts.headers, cookie_name)
        .filter(|t| crate::secret::is_token(t))
        .map(str::to_string)
}

/// The kiosk device cookie, set by the enrolment page.
pub const KIOSK_COOKIE: &str = "dmp_borne";

pub fn is_kiosk(parts: &Parts) -> bool {
    cookie_value(&parts.headers, KIOSK_COOKIE) == Some("1")
}

/// The client's address as the server's edge worked it out (through
/// trusted proxies only, IPv6 per /64).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientAddress(pub String);

/// The client's address, for the limits on guessing.
pub fn client_address(parts: &Parts) -> String {
    if let Some(ClientAddress(a)) = parts.extensions.get::<ClientAddress>() {
        return a.clone();
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(a)| a.ip().to_string())
        .unwrap_or_else(|| "inconnue".into())
}

/// A `Set-Cookie` value: `HttpOnly; SameSite=Strict` always, `Secure` when
/// asked; `None` as value deletes the cookie.
pub fn cookie(name: &str, value: Option<&str>, max_age: Option<u32>, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    match value {
        Some(v) => {
            let age = max_age
                .map(|a| format!("; Max-Age={a}"))
                .unwrap_or_default();
            format!("{name}={v}; Path=/; HttpOnly; SameSite=Strict{age}{secure}")
        }
        None => format!("{name}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}"),
    }
}

pub fn set_cookie(value: &str) {
    if let (Some(res), Ok(value)) = (
        use_context::<ResponseOptions>(),
        HeaderValue::from_str(value),
    ) {
        res.append_header(SET_COOKIE, value);
    }
}

pub fn no_store() {
    if let Some(res) = use_context::<ResponseOptions>() {
        res.insert_header(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
}

/// The page answers 404 (what it names is not there, or not the reader's).
pub fn not_found() {
    if let Some(res) = use_context::<ResponseOptions>() {
        res.set_status(axum::http::StatusCode::NOT_FOUND);
    }
}

/// Whether the request is a form posted by a browser without JavaScript.
pub fn is_plain_form() -> bool {
    use_context::<Parts>()
        .and_then(|p| {
            p.headers
                .get(ACCEPT)
                .and_then(|v| v.to_str().ok())
                .map(|v| v.contains("text/html"))
        })
        .unwrap_or(false)
}

/// The server's fault: logged here (`what` only, never personal data),
/// answered as "nothing was saved".
pub fn fault(what: &str) -> crate::error::PortalError {
    tracing::error!(what, "server function fault");
    crate::error::PortalError::Unavailable
}

/// No personal data in the log: the error's kind only.
pub fn unavailable(e: sqlx::Error) -> crate::error::PortalError {
    tracing::error!(error = %e, "database error");
    // A page drawn while the database is away says so with its status too
    // (its text already does): a fault is a 503, never a 200. A server
    // function's own answer is left to Leptos and the edge: a form sent
    // without JavaScript must still be redirected back to its page.
    let drawing_a_page = use_context::<Parts>().is_some_and(|p| !p.uri.path().starts_with("/api/"));
    if drawing_a_page {
        if let Some(res) = use_context::<ResponseOptions>() {
            res.set_status(axum::http::StatusCode::SERVICE_UNAVAILABLE);
        }
    }
    crate::error::PortalError::Unavailable
}
