//! `/atelier` (issue 16), for workshop facilitators: their associations'
//! workshops (date, place, association, theme, expected participants),
//! and the devices used for one, on which the DMPs opened count with the
//! channel `atelier` and the workshop. Practice mode, the room view and
//! the report come next.

use crate::error::PortalError;
#[cfg(feature = "ssr")]
use crate::messages::Text;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub mod pages;
pub mod practice;
pub mod room;
#[cfg(feature = "ssr")]
pub mod store;

pub use crate::paths::WORKSHOP_PATH as PATH;

/// The seeds' three kinds of workshop.
pub const THEMES: [(&str, &str); 3] = [
    (
        "decouvrir",
        "Le DMP : quoi, pourquoi, comment, droits et risques",
    ),
    ("creer_consulter", "Créer et consulter son DMP"),
    (
        "professionnels",
        "Professionnels : alimenter le DMP de ses usagers",
    ),
];

pub fn theme_label(code: &str) -> &'static str {
    THEMES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, l)| *l)
        .unwrap_or("Atelier")
}

/// The catalogue's key for a theme's words (on a page, in the report's PDF).
pub fn theme_key(code: &str) -> &'static str {
    match code {
        "decouvrir" => "workshop-theme-discover",
        "creer_consulter" => "workshop-theme-create",
        "professionnels" => "workshop-theme-professionals",
        _ => "workshop-theme-other",
    }
}

/// A new workshop, as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkshopForm {
    /// `AAAA-MM-JJ`, as a date field sends it.
    pub held_on: String,
    pub place: String,
    pub association: String,
    pub theme: String,
    pub expected: String,
}

/// A workshop as the facilitator's page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listed {
    pub id: i64,
    pub date: String,
    pub place: String,
    pub association: String,
    pub theme: String,
    pub expected: i32,
    /// Real DMPs opened for it.
    pub opened: i64,
    pub today: bool,
    pub ended: bool,
    /// This device is used for it.
    pub this_device: bool,
    /// Held today or later, and not ended: practice people may be made.
    pub to_come: bool,
    /// Its practice cards, and the practice records opened with them.
    pub practice_cards: i64,
    pub practice_records: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum WorkshopPage {
    NotSignedIn,
    Refused(String),
    Ready {
        facilitator: String,
        workshops: Vec<Listed>,
    },
}

#[cfg(feature = "ssr")]
use crate::session::staff::{http::for_roles, http::open_for, Role};

#[cfg(feature = "ssr")]
fn back() -> Result<(), PortalError> {
    leptos_axum::redirect(PATH);
    Ok(())
}

#[server(endpoint = "atelier/etat")]
pub async fn load_workshops() -> Result<WorkshopPage, PortalError> {
    use crate::session::staff::Access;
    let (pool, services, visit, access) = for_roles(&[Role::Facilitator]).await?;
    Ok(match access {
        Access::NotSignedIn => WorkshopPage::NotSignedIn,
        Access::Refused(role) => WorkshopPage::Refused(crate::layout::staff::role_label(role)),
        Access::Open(s) => {
            let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
            let device = crate::session::workshop::device(
                &mut conn,
                &services.key,
                visit.workshop.as_deref(),
                visit.now,
            )
            .await
            .map_err(crate::http::unavailable)?;
            let workshops = store::list(&mut conn, s.account_id, device, visit.now)
                .await
                .map_err(crate::http::unavailable)?;
            WorkshopPage::Ready {
                facilitator: s.full_name,
                workshops,
            }
        }
    })
}

/// « Créer l'atelier ».
#[server(endpoint = "atelier/creer")]
pub async fn create_workshop(form: WorkshopForm) -> Result<(), PortalError> {
    let (pool, _, visit, s) = open_for(&[Role::Facilitator]).await?;
    let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
    let today = store::today(&mut conn, visit.now)
        .await
        .map_err(crate::http::unavailable)?;
    let w = store::validate(&form, today).map_err(PortalError::Invalid)?;
    store::create(&mut conn, &s, &w, visit.now)
        .await
        .map_err(crate::http::unavailable)?;
    back()
}

/// « Utiliser cet appareil pour l'atelier »: the DMPs opened on it today
/// count for the workshop.
#[server(endpoint = "atelier/appareil")]
pub async fn use_device(id: String) -> Result<(), PortalError> {
    let (pool, services, visit, s) = open_for(&[Role::Facilitator]).await?;
    let id: i64 = id
        .trim()
        .parse()
        .map_err(|_| PortalError::Call(crate::error::Call::Malformed))?;
    let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
    if !store::is_theirs(&mut conn, &s, id, store::Held::Today, visit.now)
        .await
        .map_err(crate::http::unavailable)?
    {
        return Err(PortalError::refused(Text::WorkshopNotToday));
    }
    let token = crate::session::workshop::token(&services.key, id);
    // A day at most: the workshop's date is checked at each creation.
    crate::http::set_cookie(&crate::http::cookie(
        crate::session::workshop::COOKIE,
        Some(&token),
        Some(86_400),
        services.secure_cookies(),
    ));
    crate::session::staff::trace(
        &mut conn,
        s.account_id,
        "appareil_atelier",
        Some(&format!("atelier {id}")),
        visit.now,
    )
    .await
    .map_err(crate::http::unavailable)?;
    back()
}

/// « Ne plus utiliser cet appareil pour l'atelier ».
#[server(endpoint = "atelier/liberer")]
pub async fn release_device() -> Result<(), PortalError> {
    let (_, services, _, _) = open_for(&[Role::Facilitator]).await?;
    crate::http::set_cookie(&crate::http::cookie(
        crate::session::workshop::COOKIE,
        None,
        None,
        services.secure_cookies(),
    ));
    back()
}

/// « Détruire les personnes d'entraînement »: now, rather than at the
/// next `server purge` after the workshop.
#[server(endpoint = "atelier/detruire-entrainement")]
pub async fn destroy_practice(id: String) -> Result<(), PortalError> {
    let (pool, _, visit, s) = open_for(&[Role::Facilitator]).await?;
    let id: i64 = id
        .trim()
        .parse()
        .map_err(|_| PortalError::Call(crate::error::Call::Malformed))?;
    let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
    if !store::is_theirs(&mut conn, &s, id, store::Held::Any, visit.now)
        .await
        .map_err(crate::http::unavailable)?
    {
        return back();
    }
    // The destruction takes its own connection: never two at once.
    drop(conn);
    let people = practice::store::destroy(&pool, id, visit.now)
        .await
        .map_err(crate::http::unavailable)?;
    let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
    crate::session::staff::trace(
        &mut conn,
        s.account_id,
        "destruction_entrainement",
        Some(&format!("atelier {id}, {people} personnes")),
        visit.now,
    )
    .await
    .map_err(crate::http::unavailable)?;
    back()
}

/// « Terminer l'atelier »: no device opens DMPs for it any more.
#[server(endpoint = "atelier/terminer")]
pub async fn end_workshop(id: String) -> Result<(), PortalError> {
    let (pool, _, visit, s) = open_for(&[Role::Facilitator]).await?;
    let id: i64 = id
        .trim()
        .parse()
        .map_err(|_| PortalError::Call(crate::error::Call::Malformed))?;
    store::end(&pool, &s, id, visit.now)
        .await
        .map_err(crate::http::unavailable)?;
    back()
}
