//! The creation flow's server functions: thin wrappers around `flow`, which
//! add the cookie and the redirect. A form posted without JavaScript is
//! always answered with a redirect (to the next step, or back to its page,
//! drawn again from the session); with JavaScript, the reply comes back as
//! data and the page updates in place.

use super::code_request::CodeRequestForm;
use super::identify::IdentifyForm;
use super::informations::InformationsForm;
use super::state::{CreationState, Reply};
use crate::error::PortalError;
use leptos::prelude::*;

#[server(endpoint = "creation/etat")]
pub async fn load_creation_state() -> Result<CreationState, PortalError> {
    let (pool, services, visit) = http::context()?;
    let (state, cookie) = super::flow::state(&pool, &services, &visit)
        .await
        .map_err(http::unavailable)?;
    http::set_cookie(&services, &cookie);
    http::no_store();
    Ok(state)
}

#[server(endpoint = "creation/identification")]
pub async fn identify_step(form: IdentifyForm) -> Result<Reply, PortalError> {
    let (pool, services, visit) = http::context()?;
    let answer = super::flow::identify(&pool, &services, &visit, form)
        .await
        .map_err(http::unavailable)?;
    Ok(http::respond(&services, answer, super::state::STEP1_PATH))
}

#[server(endpoint = "creation/demande-de-code")]
pub async fn request_code_step(form: CodeRequestForm) -> Result<Reply, PortalError> {
    let (pool, services, visit) = http::context()?;
    let answer = super::flow::request_code(&pool, &services, &visit, form)
        .await
        .map_err(http::unavailable)?;
    Ok(http::respond(
        &services,
        answer,
        super::state::CODE_REQUEST_PATH,
    ))
}

#[server(endpoint = "creation/informations")]
pub async fn informations_step(form: InformationsForm) -> Result<Reply, PortalError> {
    let (pool, services, visit) = http::context()?;
    let answer = super::flow::informations(&pool, &services, &visit, form)
        .await
        .map_err(http::unavailable)?;
    Ok(http::respond(&services, answer, super::state::STEP2_PATH))
}

/// Abandonner, Terminer and the kiosk wipe.
#[server(endpoint = "creation/fin")]
pub async fn end_creation() -> Result<Reply, PortalError> {
    let (pool, services, visit) = http::context()?;
    let answer = super::flow::end(&pool, &services, &visit)
        .await
        .map_err(http::unavailable)?;
    crate::layout::forget_preferences(&services, &visit);
    Ok(http::respond(&services, answer, super::state::STEP1_PATH))
}

#[cfg(feature = "ssr")]
pub mod http {
    use crate::creation::flow::{Answer, Cookie, Visit};
    use crate::creation::session::COOKIE;
    use crate::creation::state::Reply;
    use crate::error::PortalError;
    use crate::http::is_plain_form;
    use crate::services::Services;
    use axum::http::request::Parts;
    use sqlx::PgPool;

    pub use crate::http::no_store;

    pub use crate::http::{is_kiosk, KIOSK_COOKIE};

    /// A visit as read from a request's headers.
    pub fn visit(parts: &Parts) -> Visit {
        crate::session::http::visit(parts, COOKIE)
    }

    pub fn context() -> Result<(PgPool, Services, Visit), PortalError> {
        crate::session::http::context(COOKIE)
    }

    pub use crate::http::unavailable;

    pub fn cookie_header(services: &Services, c: &Cookie) -> Option<String> {
        crate::session::http::cookie_header(services, COOKIE, c)
    }

    pub fn set_cookie(services: &Services, c: &Cookie) {
        crate::session::http::set_cookie(services, COOKIE, c);
    }

    /// Sets the cookie and redirects: always for a plain form post (back to
    /// `form_page` or on to the next step), only to move on otherwise.
    pub fn respond(services: &Services, answer: Answer, form_page: &str) -> Reply {
        set_cookie(services, &answer.cookie);
        no_store();
        if is_plain_form() || matches!(answer.reply, Reply::Next(_)) {
            leptos_axum::redirect(&answer.page(form_page));
        }
        answer.reply
    }
}
