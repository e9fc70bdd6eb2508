//! The reception desk's console `/guichet` (issue 15), for desk agents. The
//! person in front of the agent is identified from the Carte Vitale in hand
//! (NIR, card type and serial): no creation code, the agent vouches for
//! the person's presence, and that is traced with the agent's identity.
//! The page then says whether the person has a DMP. Without one, the agent
//! asks the three questions (seed: national day of 12 November 2018) and
//! creates it; the document des secrets is printed and handed over. With
//! one, the agent issues new connection data, adding or changing the
//! contact channel they need.

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

/// The three questions, as posted. The answers to the emergency
/// questions are `oui` / `non`: the agent must have asked them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeskCreateForm {
    /// 1. The DMP was presented and the person consents to its creation.
    pub accept: Option<String>,
    /// 2. Emergency accesses without consent.
    pub samu: String,
    pub bris_de_glace: String,
    /// 3. Contacts, each typed twice; none is allowed.
    pub email: String,
    pub email_confirm: String,
    pub mobile: String,
    pub mobile_confirm: String,
    /// A minor's legal representative, who answers for them.
    pub rep_relation: String,
    pub rep_birth_name: String,
    pub rep_first_names: String,
}

fn yes_no(answer: &str, field: Field, missing: Text, push: &mut impl FnMut(Field, Msg)) -> bool {
    match answer {
        "oui" => true,
        "non" => false,
        _ => {
            push(field, missing.into());
            false
        }
    }
}

impl DeskCreateForm {
    /// Every error at once, in the order of the form.
    pub fn validate(&self, minor: bool) -> Result<crate::opening::Informations, Vec<FieldError>> {
        use crate::forms::people::{optional_contacts, representative};
        let mut errors = Vec::new();
        let mut push = |field, message: Msg| errors.push(FieldError { field, message });
        if self.accept.is_none() {
            push(Field::Accept, Text::DeskConsent.into());
        }
        let bris_de_glace = yes_no(
            &self.bris_de_glace,
            Field::BrisDeGlace,
            Text::DeskAnswerBrisDeGlace,
            &mut push,
        );
        let samu = yes_no(&self.samu, Field::Samu, Text::DeskAnswerSamu, &mut push);
        let contacts = optional_contacts(
            [&self.email, &self.email_confirm],
            [&self.mobile, &self.mobile_confirm],
            &mut push,
        );
        let representative = if minor {
            representative(
                &self.rep_relation,
                &self.rep_birth_name,
                &self.rep_first_names,
                &mut push,
            )
        } else {
            None
        };
        match contacts {
            Ok((email, mobile)) if errors.is_empty() => Ok(crate::opening::Informations {
                email,
                mobile,
                samu,
                bris_de_glace,
                representative,
            }),
            _ => Err(errors),
        }
    }
}

/// New connection data for a record: the contacts to add or change (none:
/// keep those on file; required when the record has no account yet).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeskCredentialsForm {
    pub email: String,
    pub email_confirm: String,
    pub mobile: String,
    pub mobile_confirm: String,
}

impl DeskCredentialsForm {
    #[allow(clippy::type_complexity)]
    pub fn validate(
        &self,
    ) -> Result<
        (
            Option<crate::domain::contact::Email>,
            Option<crate::domain::contact::Mobile>,
        ),
        Vec<FieldError>,
    > {
        let mut errors = Vec::new();
        let mut push = |field, message: Msg| errors.push(FieldError { field, message });
        let contacts = crate::forms::people::optional_contacts(
            [&self.email, &self.email_confirm],
            [&self.mobile, &self.mobile_confirm],
            &mut push,
        );
        match contacts {
            Ok(c) if errors.is_empty() => Ok(c),
            _ => Err(errors),
        }
    }
}

/// The connection data just handed over for the person's record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandOver {
    /// `None`: the DMP has no account (no e-mail, no mobile).
    pub login: Option<String>,
    /// The initial password is still there to print (15 minutes).
    pub printable: bool,
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
    /// An open record's account: e-mail and mobile on file, masked; `None`
    /// when it has no account.
    pub account: Option<String>,
    pub minor: bool,
    pub handover: Option<HandOver>,
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
        crate::services::Services,
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
    Ok((pool, services, visit, a))
}

#[server(endpoint = "guichet/etat")]
pub async fn load_desk() -> Result<DeskPage, PortalError> {
    use crate::session::staff::Access;
    let (pool, services, visit, access) = agent().await?;
    Ok(match access {
        Access::NotSignedIn => DeskPage::NotSignedIn,
        Access::Refused(role) => DeskPage::Refused(role.label().to_string()),
        Access::Open(s) => {
            let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
            let person = match s.beneficiary_id {
                Some(id) => store::person(&mut conn, &services, &s, id, visit.now)
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
    let (pool, _, visit, access) = agent().await?;
    let Access::Open(s) = access else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    let (nir, card_type, serial) = form.validate().map_err(PortalError::Invalid)?;
    match store::identify(&pool, &s, &nir, card_type, &serial, visit.now)
        .await
        .map_err(crate::http::unavailable)?
    {
        store::Identified::Found => {}
        store::Identified::NoMatch => {
            return Err(PortalError::Invalid(vec![FieldError::new(
                Field::Nir,
                Text::DeskNoMatch,
            )]))
        }
        store::Identified::TooMany => return Err(PortalError::refused(Text::DeskTooManySearches)),
    }
    leptos_axum::redirect(crate::paths::DESK_PATH);
    Ok(())
}

/// The three questions answered: the DMP is created (once, whatever the
/// clicks), and its connection data handed over.
#[server(endpoint = "guichet/creer")]
pub async fn desk_create(form: DeskCreateForm) -> Result<(), PortalError> {
    use crate::session::staff::Access;
    let (pool, services, visit, access) = agent().await?;
    let Access::Open(s) = access else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    match store::create(&pool, &services, &s, &form, visit.now)
        .await
        .map_err(crate::http::unavailable)?
    {
        Ok(()) => {
            leptos_axum::redirect(crate::paths::DESK_PATH);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// « Remettre de nouvelles données de connexion », with a contact added
/// or changed.
#[server(endpoint = "guichet/identifiants")]
pub async fn desk_credentials(form: DeskCredentialsForm) -> Result<(), PortalError> {
    use crate::session::staff::Access;
    let (pool, services, visit, access) = agent().await?;
    let Access::Open(s) = access else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    match store::credentials(&pool, &services, &s, &form, visit.now)
        .await
        .map_err(crate::http::unavailable)?
    {
        Ok(()) => {
            leptos_axum::redirect(crate::paths::DESK_PATH);
            Ok(())
        }
        Err(e) => Err(e),
    }
}

/// « Personne suivante »: the console forgets the person served.
#[server(endpoint = "guichet/suivant")]
pub async fn desk_next() -> Result<(), PortalError> {
    use crate::session::staff::Access;
    let (pool, services, _, access) = agent().await?;
    if let Access::Open(s) = access {
        services
            .vault
            .remove(crate::credentials::vault::desk_key(s.id));
        store::forget(&pool, s.id)
            .await
            .map_err(crate::http::unavailable)?;
    }
    leptos_axum::redirect(crate::paths::DESK_PATH);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answered() -> DeskCreateForm {
        DeskCreateForm {
            accept: Some("on".into()),
            samu: "non".into(),
            bris_de_glace: "oui".into(),
            ..DeskCreateForm::default()
        }
    }

    #[test]
    fn the_three_questions_answered_without_any_contact_are_enough() {
        let i = answered().validate(false).unwrap();
        assert!(i.email.is_none() && i.mobile.is_none());
        assert!(!i.samu && i.bris_de_glace && i.representative.is_none());
    }

    #[test]
    fn each_question_must_be_answered_and_a_contact_given_is_typed_twice() {
        let form = DeskCreateForm {
            email: "antoine@exemple.fr".into(),
            ..DeskCreateForm::default()
        };
        let fields: Vec<Field> = form
            .validate(true)
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                Field::Accept,
                Field::BrisDeGlace,
                Field::Samu,
                Field::EmailConfirm,
                Field::RepRelation,
                Field::RepBirthName,
                Field::RepFirstNames,
            ]
        );
    }
}
