//! The reception desk's console `/guichet` (issue 15), for desk agents. The
//! person in front of the agent is identified from the Carte Vitale in hand
//! (NIR, card type and serial): no creation code, the agent vouches for
//! the person's presence, and that is traced with the agent's identity.
//! The page then says whether the person has a DMP. Without one, the agent
//! asks the three questions (seed: national day of 12 November 2018) and
//! creates it; the document des secrets is printed and handed over. With
//! one, the agent issues new connection data, adding or changing the
//! contact channel they need.

use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::messages::Msg;
#[cfg(feature = "ssr")]
use crate::messages::Text;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

pub use crate::opening::questions::{CardInHandForm, QuestionsForm};

/// New connection data for a record: the contacts to add or change (none:
/// keep those on file; required when the record has no account yet).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeskCredentialsForm {
    /// A representative's (or guardian's) id: their connection data; empty:
    /// the holder's own.
    pub representative: String,
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

/// The rules the browser checks before a console's form is sent.
#[cfg(feature = "hydrate")]
pub const CHECKS: &[(&str, crate::forms::check::Checker)] = {
    use crate::opening::questions::{check_card_in_hand, check_questions};
    use leptos::server_fn::ServerFn;
    &[
        (DeskIdentify::PATH, check_card_in_hand),
        (DeskCreate::PATH, check_questions),
        (DeskCredentials::PATH, |d| {
            let v = crate::forms::check::Values(d);
            let form = DeskCredentialsForm {
                representative: v.text("form[representative]"),
                email: v.text("form[email]"),
                email_confirm: v.text("form[email_confirm]"),
                mobile: v.text("form[mobile]"),
                mobile_confirm: v.text("form[mobile_confirm]"),
            };
            Some(form.validate().err().unwrap_or_default())
        }),
        (DeskAddRepresentative::PATH, |d| {
            let v = crate::forms::check::Values(d);
            let form = DeskRepresentativeForm {
                rep_relation: v.text("form[rep_relation]"),
                rep_birth_name: v.text("form[rep_birth_name]"),
                rep_first_names: v.text("form[rep_first_names]"),
                email: v.text("form[email]"),
                email_confirm: v.text("form[email_confirm]"),
                mobile: v.text("form[mobile]"),
                mobile_confirm: v.text("form[mobile_confirm]"),
                proof: v.ticked("form[proof]"),
            };
            Some(
                form.validate(d.has("form[rep_relation]"))
                    .err()
                    .unwrap_or_default(),
            )
        }),
    ]
};

/// A legal representative or a guardian recorded at the desk, as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeskRepresentativeForm {
    /// A minor's representative's relation; an adult's is a guardian.
    pub rep_relation: String,
    pub rep_birth_name: String,
    pub rep_first_names: String,
    pub email: String,
    pub email_confirm: String,
    pub mobile: String,
    pub mobile_confirm: String,
    /// The agent saw the proof (family record book, judgment).
    pub proof: Option<String>,
}

impl DeskRepresentativeForm {
    #[allow(clippy::type_complexity)]
    pub fn validate(
        &self,
        minor: bool,
    ) -> Result<
        (
            crate::forms::people::Representative,
            Option<crate::domain::contact::Email>,
            Option<crate::domain::contact::Mobile>,
        ),
        Vec<FieldError>,
    > {
        let mut errors = Vec::new();
        let mut push = |field, message: Msg| errors.push(FieldError { field, message });
        // A guardian is « autre représentant légal » in the HL7 codes.
        let relation = if minor {
            self.rep_relation.as_str()
        } else {
            "RESPRSN"
        };
        let rep = crate::forms::people::representative(
            relation,
            &self.rep_birth_name,
            &self.rep_first_names,
            &mut push,
        );
        let contacts = crate::forms::people::contacts(
            [&self.email, &self.email_confirm],
            [&self.mobile, &self.mobile_confirm],
            &mut push,
        );
        if self.proof.is_none() {
            push(Field::Presence, crate::messages::Text::DeskProof.into());
        }
        match (rep, contacts) {
            (Some(rep), Ok((email, mobile))) if errors.is_empty() => Ok((rep, email, mobile)),
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
    /// The record, for the server only.
    #[serde(skip)]
    pub dmp_id: i64,
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
    /// The representative whose connection data are handed over, if not
    /// the holder's.
    pub handover_for: Option<String>,
    /// Legal representatives and guardians today: (id, « Léa JEAN-BAPTISTE (mère) »).
    pub representatives: Vec<(i64, String)>,
    pub may_add_representative: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeskPage {
    NotSignedIn,
    /// Signed in as staff, in another role (its label).
    Refused(String),
    Ready {
        agent: String,
        place: Option<String>,
        person: Option<Box<Person>>,
        /// On a reception-desk kiosk (assisted session): its quiet and
        /// warning seconds, after which the console signs the agent out.
        kiosk: Option<(u32, u32)>,
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
    crate::session::staff::http::for_roles(&[crate::session::staff::Role::Agent]).await
}

/// The agent's open session, or the refusal every form of the console
/// answers without one.
#[cfg(feature = "ssr")]
async fn open_agent() -> Result<
    (
        sqlx::PgPool,
        crate::services::Services,
        crate::session::Visit,
        crate::session::staff::StaffSession,
    ),
    PortalError,
> {
    crate::session::staff::http::open_for(&[crate::session::staff::Role::Agent]).await
}

/// Back to the console, which shows what changed.
#[cfg(feature = "ssr")]
fn back_to_console() -> Result<(), PortalError> {
    leptos_axum::redirect(crate::paths::DESK_PATH);
    Ok(())
}

#[server(endpoint = "guichet/etat")]
pub async fn load_desk() -> Result<DeskPage, PortalError> {
    use crate::session::staff::Access;
    let (pool, services, visit, access) = agent().await?;
    Ok(match access {
        Access::NotSignedIn => DeskPage::NotSignedIn,
        Access::Refused(role) => DeskPage::Refused(crate::layout::staff::role_label(role)),
        Access::Open(s) => {
            let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
            let person = match s.beneficiary_id {
                Some(id) => store::person(&mut conn, &s, id, visit.now)
                    .await
                    .map_err(crate::http::unavailable)?,
                None => None,
            };
            DeskPage::Ready {
                agent: s.full_name,
                place: s.site,
                person: person.map(Box::new),
                kiosk: visit
                    .kiosk
                    .then_some((services.kiosk_idle_seconds, services.kiosk_warning_seconds)),
            }
        }
    })
}

/// « Identifier la personne ».
#[server(endpoint = "guichet/identifier")]
pub async fn desk_identify(form: CardInHandForm) -> Result<(), PortalError> {
    let (pool, _, visit, s) = open_agent().await?;
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
    back_to_console()
}

/// The three questions answered: the DMP is created (once, whatever the
/// clicks), and its connection data handed over.
#[server(endpoint = "guichet/creer")]
pub async fn desk_create(form: QuestionsForm) -> Result<(), PortalError> {
    let (pool, services, visit, s) = open_agent().await?;
    store::create(
        &pool,
        &services,
        &s,
        &form,
        visit.workshop.as_deref(),
        visit.now,
    )
    .await
    .map_err(crate::http::unavailable)??;
    back_to_console()
}

/// « Remettre de nouvelles données de connexion », with a contact added
/// or changed.
#[server(endpoint = "guichet/identifiants")]
pub async fn desk_credentials(form: DeskCredentialsForm) -> Result<(), PortalError> {
    let (pool, services, visit, s) = open_agent().await?;
    store::credentials(&pool, &services, &s, &form, visit.now)
        .await
        .map_err(crate::http::unavailable)??;
    back_to_console()
}

/// « Enregistrer le représentant légal » (or the guardian): their own
/// account, their connection data handed over.
#[server(endpoint = "guichet/representant")]
pub async fn desk_add_representative(form: DeskRepresentativeForm) -> Result<(), PortalError> {
    let (pool, _, visit, s) = open_agent().await?;
    store::add_representative(&pool, &s, &form, visit.now)
        .await
        .map_err(crate::http::unavailable)??;
    back_to_console()
}

/// « Mettre fin à son accès »: a representative's or a guardian's.
#[server(endpoint = "guichet/fin-representant")]
pub async fn desk_end_representative(id: String) -> Result<(), PortalError> {
    let (pool, _, visit, s) = open_agent().await?;
    let id: i64 = id
        .trim()
        .parse()
        .map_err(|_| PortalError::Call(crate::error::Call::Malformed))?;
    store::end_representative(&pool, &s, id, visit.now)
        .await
        .map_err(crate::http::unavailable)?;
    back_to_console()
}

/// « Clôturer le DMP », asked in person; the box says the agent explained
/// what it means.
#[server(endpoint = "guichet/cloturer")]
pub async fn desk_close(confirm: Option<String>) -> Result<(), PortalError> {
    let (pool, _, visit, s) = open_agent().await?;
    if confirm.is_none() {
        return Err(PortalError::field(Field::Consent, Text::DeskCloseConfirm));
    }
    store::close_in_person(&pool, &s, visit.now)
        .await
        .map_err(crate::http::unavailable)?;
    back_to_console()
}

/// The end of an assisted session on a shared device: the person served
/// and what was handed over are forgotten, and the agent signed out.
#[server(endpoint = "guichet/fin")]
pub async fn desk_end_session() -> Result<(), PortalError> {
    use crate::session::staff::{close, trace, Access, COOKIE};
    let (pool, services, visit, access) = agent().await?;
    if let Access::Open(s) = access {
        let mut tx = pool.begin().await.map_err(crate::http::unavailable)?;
        crate::credentials::vault::remove(&mut tx, crate::credentials::vault::Key::Desk(s.id))
            .await
            .map_err(crate::http::unavailable)?;
        close(&mut tx, s.id)
            .await
            .map_err(crate::http::unavailable)?;
        trace(&mut tx, s.account_id, "deconnexion_borne", None, visit.now)
            .await
            .map_err(crate::http::unavailable)?;
        tx.commit().await.map_err(crate::http::unavailable)?;
    }
    crate::session::http::set_cookie(&services, COOKIE, &crate::session::Cookie::Clear);
    leptos_axum::redirect(crate::paths::KIOSK_PATH);
    Ok(())
}

/// « Personne suivante »: the console forgets the person served.
#[server(endpoint = "guichet/suivant")]
pub async fn desk_next() -> Result<(), PortalError> {
    use crate::session::staff::Access;
    let (pool, _, _, access) = agent().await?;
    if let Access::Open(s) = access {
        store::forget(&pool, s.id)
            .await
            .map_err(crate::http::unavailable)?;
    }
    back_to_console()
}
