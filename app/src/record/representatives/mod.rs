//! « Représentants légaux »: a minor's record has up to two legal
//! representatives, each signing in with their own account (domain.md §4.6).
//! The first adds the second from the record (identity and contact): a
//! 6-digit code goes to the new representative only, who types it back at
//! `/representant-legal` with a password of their own, and is then signed
//! in. A representative ends their own access, or that of one they added;
//! any other removal is done at a desk.

use crate::domain::contact::{Email, Mobile};
use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::forms::people::{contacts, representative, Representative, RELATIONS};
use crate::messages::Text;
use crate::password::NewPasswordForm;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub mod pages;

pub use crate::paths::{
    INVITATION_PATH as ACCEPT_PATH, INVITATION_WELCOME_PATH as WELCOME_PATH,
    REPRESENTATIVES_PATH as PATH,
};
pub use pages::{AcceptPage, RepresentativesPageView, WelcomePage};
/// Two representatives at most (parents).
pub const MAX_REPRESENTATIVES: i64 = 2;
/// [I] The invited person may be away: a week to answer, 3 wrong codes,
/// 5 invitations a day from one account.
pub const INVITATION_DAYS: i64 = 7;
pub const INVITATION_TRIES: i16 = 3;
pub const INVITATIONS_PER_DAY: i64 = 5;

pub use crate::forms::people::relation_label;

/// One representative as the page lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listed {
    pub id: i64,
    pub name: String,
    pub relation: String,
    pub yours: bool,
    /// Added by the reader: they may end this access.
    pub removable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepresentativesPage {
    /// Whose record: « Emma JEAN-BAPTISTE ».
    pub child: String,
    /// The reader is one of the representatives (not the holder).
    pub as_representative: bool,
    pub representatives: Vec<Listed>,
    /// (name and relation, until) of the invitation waiting for its code.
    pub pending: Option<(String, String)>,
    pub may_invite: bool,
}

/// The new representative's identity and contact, checked by step 2's own
/// rules (the same messages, the same fields).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    pub rep_relation: String,
    #[serde(default)]
    pub rep_birth_name: String,
    #[serde(default)]
    pub rep_first_names: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub email_confirm: String,
    #[serde(default)]
    pub mobile: String,
    #[serde(default)]
    pub mobile_confirm: String,
}

pub const INVITE_FIELDS: &[Field] = &[
    Field::RepRelation,
    Field::RepBirthName,
    Field::RepFirstNames,
    Field::Email,
    Field::EmailConfirm,
    Field::Mobile,
    Field::MobileConfirm,
];

/// The invited representative, once the form is valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitee {
    pub representative: Representative,
    pub email: Option<Email>,
    pub mobile: Option<Mobile>,
}

impl InviteForm {
    pub fn validate(&self) -> Result<Invitee, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut push =
            |field, message: crate::messages::Msg| errors.push(FieldError { field, message });
        let who = representative(
            &self.rep_relation,
            &self.rep_birth_name,
            &self.rep_first_names,
            &mut push,
        );
        let reach = contacts(
            [&self.email, &self.email_confirm],
            [&self.mobile, &self.mobile_confirm],
            &mut push,
        );
        match (who, reach) {
            (Some(representative), Ok((email, mobile))) if errors.is_empty() => Ok(Invitee {
                representative,
                email,
                mobile,
            }),
            _ => Err(errors),
        }
    }
}

/// What the invited representative types.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub confirm: String,
}

pub const ACCEPT_FIELDS: &[Field] = &[
    Field::InvitationContact,
    Field::OneTimeCode,
    Field::Password,
    Field::PasswordConfirm,
];

/// The address or number the code was sent to, in its stored form.
pub fn parse_contact(typed: &str) -> Option<String> {
    use crate::domain::contact::{Email, Mobile};
    if typed.contains('@') {
        Email::parse(typed).ok().map(|e| e.as_str().to_string())
    } else {
        Mobile::parse(typed).ok().map(|m| m.as_str().to_string())
    }
}

impl AcceptForm {
    /// Everything that can be said before the database is asked.
    pub fn check(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if parse_contact(&self.contact).is_none() {
            errors.push(FieldError::new(
                Field::InvitationContact,
                Text::EnterInvitationContact,
            ));
        }
        let code: String = self.code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
            errors.push(FieldError::new(
                Field::OneTimeCode,
                Text::EnterInvitationCode,
            ));
        }
        errors.extend(
            NewPasswordForm {
                password: self.password.clone(),
                confirm: self.confirm.clone(),
            }
            .check_rules(&[]),
        );
        errors
    }
}

#[cfg(feature = "ssr")]
pub mod store;

/// `None` when nobody is signed in.
#[server(endpoint = "dmp/representants")]
pub async fn load_representatives() -> Result<Option<RepresentativesPage>, PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await?;
    let page = store::page(&mut conn, &session, now).await?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationRepresentants,
        None,
        now,
    )
    .await?;
    Ok(Some(page))
}

#[server(endpoint = "dmp/inviter-representant")]
pub async fn invite_representative(form: InviteForm) -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    let rep = form.validate().map_err(PortalError::Invalid)?;
    let (_, services, _) = crate::http::request()?;
    match store::invite(&pool, &services.key, &session, &rep, now).await? {
        Ok(()) => {
            leptos_axum::redirect(&format!("{PATH}?invite=1"));
            Ok(())
        }
        Err(text) => Err(PortalError::refused(text)),
    }
}

#[server(endpoint = "dmp/annuler-invitation")]
pub async fn cancel_invitation() -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    store::cancel(&pool, &session, now).await?;
    leptos_axum::redirect(PATH);
    Ok(())
}

#[server(endpoint = "dmp/retirer-representant")]
pub async fn remove_representative(
    representant: String,
    confirm: Option<String>,
) -> Result<(), PortalError> {
    use store::Removed;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    if confirm.is_none() {
        return Err(PortalError::Invalid(vec![FieldError::new(
            Field::RemovalConfirm,
            Text::RemovalConfirmBox,
        )]));
    }
    let id = representant.trim().parse::<i64>().unwrap_or_default();
    match store::remove(&pool, &session, id, now).await? {
        Removed::Other => {
            leptos_axum::redirect(&format!("{PATH}?retire=1"));
            Ok(())
        }
        // Another record the account reads, or nothing left to read.
        Removed::Own => {
            let mut conn = pool.acquire().await?;
            if crate::session::patient::records(&mut conn, session.account_id, now)
                .await?
                .is_empty()
            {
                crate::session::patient::close(&mut conn, session.id).await?;
                let (_, services, _) = crate::http::request()?;
                crate::session::patient::http::set_cookie(
                    &services,
                    &crate::session::Cookie::Clear,
                );
                leptos_axum::redirect(crate::paths::SIGNED_OUT_PATH);
            } else {
                leptos_axum::redirect(crate::paths::CHOOSE_PATH);
            }
            Ok(())
        }
        Removed::NotAllowed => Err(PortalError::refused(Text::RemovalNotAllowed)),
    }
}

#[server(endpoint = "representant-legal/accepter")]
pub async fn accept_invitation(form: AcceptForm) -> Result<(), PortalError> {
    use crate::session::patient::http;
    let (pool, services, visit) = http::context()?;
    crate::http::no_store();
    match store::accept(&pool, &services.key, &form, &visit, &services.limits).await? {
        store::Accepted::Done { token } => {
            http::set_cookie(&services, &crate::session::Cookie::Set(token));
            leptos_axum::redirect(WELCOME_PATH);
            Ok(())
        }
        store::Accepted::Refused(errors) => Err(PortalError::Invalid(errors)),
    }
}

/// The new representative's welcome: their login, read from their session.
#[server(endpoint = "representant-legal/bienvenue")]
pub async fn load_welcome() -> Result<Option<(String, String)>, PortalError> {
    let Some((pool, _, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await?;
    let login = store::login(&mut conn, session.account_id).await?;
    let child = crate::registry::holder_name(&mut conn, session.dmp_id).await?;
    Ok(Some((login, child)))
}
