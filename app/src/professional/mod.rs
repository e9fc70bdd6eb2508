//! The professional side: card sign-in (this release), then finding a
//! patient, consent, reading and feeding under the access policy
//! (`crate::domain::access`).

#[cfg(feature = "ssr")]
pub mod card;
pub mod pages;

use crate::forms::fields::Field;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub const PATH: &str = "/professionnel";

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardChoice {
    pub number: String,
    pub label: String,
    pub blocked: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfessionalHome {
    /// Who is signed in (the card's holder), if anyone.
    pub signed_in: Option<String>,
    pub cards: Vec<CardChoice>,
    /// Test cards work in demo mode only.
    pub demo: bool,
}

pub const FIELDS: &[Field] = &[Field::Card, Field::Pin];

#[cfg(feature = "ssr")]
mod http {
    use super::card;
    use leptos::prelude::*;

    pub struct Context {
        pub pool: sqlx::PgPool,
        pub services: crate::services::Services,
        pub token: Option<String>,
        pub now: chrono::DateTime<chrono::Utc>,
    }

    pub fn context() -> Result<Context, ServerFnError> {
        let (pool, services, parts) = crate::http::request()?;
        crate::http::no_store();
        Ok(Context {
            pool,
            services,
            token: crate::http::session_token(&parts, card::COOKIE),
            now: chrono::Utc::now(),
        })
    }

    pub fn set_cookie(services: &crate::services::Services, token: Option<&str>) {
        crate::http::set_cookie(&crate::http::cookie(
            card::COOKIE,
            token,
            None,
            services.secure_cookies(),
        ));
    }

    /// The signed-in card holder, if any.
    pub async fn holder(c: &Context) -> Result<Option<card::Holder>, ServerFnError> {
        let Some(token) = &c.token else {
            return Ok(None);
        };
        let mut conn = c.pool.acquire().await.map_err(crate::http::unavailable)?;
        card::current(&mut conn, &c.services.key, token, c.now)
            .await
            .map_err(crate::http::unavailable)
    }
}

#[server(endpoint = "pro/accueil")]
pub async fn load_professional_home() -> Result<ProfessionalHome, ServerFnError> {
    let c = http::context()?;
    let signed_in = http::holder(&c).await?.map(|h| h.label);
    let cards = card::test_cards(&c.pool)
        .await
        .map_err(crate::http::unavailable)?
        .into_iter()
        .map(|c| CardChoice {
            number: c.number,
            label: c.label,
            blocked: c.blocked,
        })
        .collect();
    Ok(ProfessionalHome {
        signed_in,
        cards,
        demo: c.services.mode == crate::domain::ins::Mode::Demo,
    })
}

#[server(endpoint = "pro/connexion")]
pub async fn professional_sign_in(card: String, pin: String) -> Result<(), ServerFnError> {
    use crate::forms::fields::{encode, FieldError};
    let c = http::context()?;
    let refuse = |field, message: String| {
        Err(ServerFnError::ServerError(encode(&[FieldError {
            field,
            message,
        }])))
    };
    if c.services.mode != crate::domain::ins::Mode::Demo {
        return Err(ServerFnError::new(
            "Les cartes de test ne fonctionnent qu'en mode démonstration : utilisez votre carte dans un lecteur.",
        ));
    }
    let pin = pin.trim();
    if !(4..=8).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return refuse(
            Field::Pin,
            "Le code PIN de la carte compte 4 à 8 chiffres.".into(),
        );
    }
    let outcome = card::sign_in(&c.pool, &c.services.key, card.trim(), pin, c.now)
        .await
        .map_err(crate::http::unavailable)?;
    match outcome {
        card::SignIn::Open(token) => {
            http::set_cookie(&c.services, Some(&token));
            leptos_axum::redirect(PATH);
            Ok(())
        }
        card::SignIn::UnknownCard => refuse(Field::Card, outcome.message()),
        other => refuse(Field::Pin, other.message()),
    }
}

#[server(endpoint = "pro/deconnexion")]
pub async fn professional_sign_out() -> Result<(), ServerFnError> {
    let c = http::context()?;
    if let Some(h) = http::holder(&c).await? {
        let mut conn = c.pool.acquire().await.map_err(crate::http::unavailable)?;
        card::sign_out(&mut conn, h.session_id)
            .await
            .map_err(crate::http::unavailable)?;
    }
    http::set_cookie(&c.services, None);
    leptos_axum::redirect(PATH);
    Ok(())
}
