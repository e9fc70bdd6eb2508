//! The staff's space (issue 15): sign-in at `/personnel/connexion` with a
//! login, a password and a one-time code by e-mail, then `/personnel`,
//! which says who is signed in and opens what their role allows.

use crate::error::PortalError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub mod flow;
pub mod pages;

/// What the staff pages are drawn from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffState {
    /// `code` or `open`; `None` when nobody is signed in.
    pub stage: Option<String>,
    pub full_name: String,
    /// « Agent d'accueil »…
    pub role: String,
    /// Where they work, when the account says.
    pub place: Option<String>,
    /// Whether the desk's console opens to them.
    pub desk: bool,
    /// Whether the statistics open to them.
    pub statistics: bool,
    /// Whether the workshops' space opens to them.
    pub workshops: bool,
    pub demo: bool,
}

#[server(endpoint = "personnel/etat")]
pub async fn load_staff_state() -> Result<StaffState, PortalError> {
    let (pool, services, visit) = http::context()?;
    crate::http::no_store();
    let session = flow::current(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?;
    let demo = services.mode == crate::domain::ins::Mode::Demo;
    Ok(match session {
        None => StaffState {
            demo,
            ..StaffState::default()
        },
        Some(s) => StaffState {
            stage: Some(
                match s.stage {
                    crate::session::staff::Stage::Code => "code",
                    crate::session::staff::Stage::Open => "open",
                }
                .to_string(),
            ),
            full_name: s.full_name,
            role: crate::layout::staff::role_label(s.role),
            desk: s.role == crate::session::staff::Role::Agent,
            statistics: s.role == crate::session::staff::Role::Statistician,
            workshops: s.role == crate::session::staff::Role::Facilitator,
            place: match (s.site, s.department) {
                (Some(site), Some(d)) => Some(format!("{site} ({d})")),
                (Some(site), None) => Some(site),
                (None, Some(d)) => Some(crate::i18n::tr(
                    "staff-department",
                    &[("department", d.into())],
                )),
                (None, None) => None,
            },
            demo,
        },
    })
}

#[server(endpoint = "personnel/connexion")]
pub async fn staff_sign_in(login: String, password: String) -> Result<(), PortalError> {
    let (pool, services, visit) = http::context()?;
    let outcome = flow::sign_in(&pool, &services, &visit, &login, &password)
        .await
        .map_err(crate::http::unavailable)?;
    http::respond(&services, outcome)
}

#[server(endpoint = "personnel/code")]
pub async fn staff_verify_code(code: String) -> Result<(), PortalError> {
    let (pool, services, visit) = http::context()?;
    let outcome = flow::verify_code(&pool, &services, &visit, &code)
        .await
        .map_err(crate::http::unavailable)?;
    http::respond(&services, outcome)
}

#[server(endpoint = "personnel/nouveau-code")]
pub async fn staff_resend_code() -> Result<(), PortalError> {
    let (pool, services, visit) = http::context()?;
    let outcome = flow::resend_code(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?;
    http::respond(&services, outcome)
}

#[server(endpoint = "personnel/fin")]
pub async fn staff_sign_out() -> Result<(), PortalError> {
    let (pool, services, visit) = http::context()?;
    let outcome = flow::sign_out(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?;
    http::respond(&services, outcome)
}

/// The staff cookie's request context and answers.
#[cfg(feature = "ssr")]
pub mod http {
    use crate::error::PortalError;
    use crate::services::Services;
    use crate::session::staff::COOKIE;
    use crate::session::Visit;
    use sqlx::PgPool;

    pub fn context() -> Result<(PgPool, Services, Visit), PortalError> {
        crate::session::http::context(COOKIE)
    }

    pub fn respond(
        services: &Services,
        outcome: crate::session::patient::Outcome,
    ) -> Result<(), PortalError> {
        crate::session::http::respond(services, COOKIE, outcome)
    }
}
