//! The reception desk's console `/guichet` (issue 15), for desk agents. The
//! person in front of the agent is identified from the Carte Vitale in hand
//! (NIR, card type and serial): no creation code, the agent vouches for
//! the person's presence, and that is traced with the agent's identity.
//! The page then says whether the person has a DMP. The three questions
//! and the assisted creation come next.

use crate::domain::nir::Nir;
use crate::domain::vitale::{CardType, VitaleSerial};
use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::messages::{Msg, Text};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

/// The identification form, as posted (`form[…]`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeskIdentifyForm {
    pub nir: String,
    pub card_type: String,
    pub serial: String,
    /// The agent's box: the person is here, with the card.
    pub presence: Option<String>,
}

impl DeskIdentifyForm {
    /// Every field's error at once, in the order of the form.
    pub fn validate(&self) -> Result<(Nir, CardType, VitaleSerial), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut push = |field, message: Msg| errors.push(FieldError { field, message });
        let nir = Nir::parse(&self.nir).map_err(|e| push(Field::Nir, e.into()));
        let card_type = CardType::from_code(&self.card_type)
            .ok_or_else(|| push(Field::CardType, Text::ChooseCardType.into()));
        let serial = VitaleSerial::parse(&self.serial).map_err(|e| push(Field::Serial, e.into()));
        if self.presence.is_none() {
            push(Field::Presence, Text::DeskPresence.into());
        }
        match (nir, card_type, serial) {
            (Ok(nir), Ok(card_type), Ok(serial)) if errors.is_empty() => {
                Ok((nir, card_type, serial))
            }
            _ => Err(errors),
        }
    }
}

/// The person being served, as the console shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// « SANTONI Antoine ».
    pub name: String,
    pub birth_date: String,
    pub nir: String,
    /// Whether they have a DMP, and since when, in words.
    pub record: String,
    pub has_record: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeskPage {
    NotSignedIn,
    /// Signed in as staff, in another role (its label).
    Refused(String),
    Ready {
        agent: String,
        place: Option<String>,
        person: Option<Person>,
    },
}

#[cfg(feature = "ssr")]
async fn agent() -> Result<
    (
        sqlx::PgPool,
        crate::session::Visit,
        crate::session::staff::Access,
    ),
    PortalError,
> {
    use crate::session::staff::{access, Role, COOKIE};
    let (pool, services, visit) = crate::session::http::context(COOKIE)?;
    crate::http::no_store();
    let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
    let a = access(
        &mut conn,
        &services.key,
        visit.token.as_deref(),
        visit.now,
        &[Role::Agent],
    )
    .await
    .map_err(crate::http::unavailable)?;
    drop(conn);
    Ok((pool, visit, a))
}

#[server(endpoint = "guichet/etat")]
pub async fn load_desk() -> Result<DeskPage, PortalError> {
    use crate::session::staff::Access;
    let (pool, _, access) = agent().await?;
    Ok(match access {
        Access::NotSignedIn => DeskPage::NotSignedIn,
        Access::Refused(role) => DeskPage::Refused(role.label().to_string()),
        Access::Open(s) => {
            let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
            let person = match s.beneficiary_id {
                Some(id) => store::person(&mut conn, id)
                    .await
                    .map_err(crate::http::unavailable)?,
                None => None,
            };
            DeskPage::Ready {
                agent: s.full_name,
                place: s.site,
                person,
            }
        }
    })
}

/// « Identifier la personne ».
#[server(endpoint = "guichet/identifier")]
pub async fn desk_identify(form: DeskIdentifyForm) -> Result<(), PortalError> {
    use crate::session::staff::Access;
    let (pool, visit, access) = agent().await?;
    let Access::Open(s) = access else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    let (nir, card_type, serial) = form.validate().map_err(PortalError::Invalid)?;
    let found = store::identify(&pool, &s, &nir, card_type, &serial, visit.now)
        .await
        .map_err(crate::http::unavailable)?;
    if !found {
        return Err(PortalError::Invalid(vec![FieldError::new(
            Field::Nir,
            Text::DeskNoMatch,
        )]));
    }
    leptos_axum::redirect(crate::paths::DESK_PATH);
    Ok(())
}

/// « Personne suivante »: the console forgets the person served.
#[server(endpoint = "guichet/suivant")]
pub async fn desk_next() -> Result<(), PortalError> {
    use crate::session::staff::Access;
    let (pool, _, access) = agent().await?;
    if let Access::Open(s) = access {
        store::forget(&pool, s.id)
            .await
            .map_err(crate::http::unavailable)?;
    }
    leptos_axum::redirect(crate::paths::DESK_PATH);
    Ok(())
}
