//! Closing a DMP (by its holder, or at death on the insurer's word),
//! reopening it within the ten years of archive, and destroying it after.

pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::messages::Text;
use crate::registry::identify::IdentifyForm;
use leptos::prelude::*;

pub use crate::paths::{CLOSED_PATH, CLOSE_PATH, REOPENED_PATH, REOPEN_PATH};

const MOTIF_MAX: usize = 500;

/// The holder's confirmation, checked the same way in the browser and on
/// the server.
pub fn check_close(password: &str, motif: &str, understood: bool) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if !understood {
        errors.push(FieldError::new(Field::Accept, Text::CloseUnderstood));
    }
    if motif.chars().count() > MOTIF_MAX {
        errors.push(FieldError::new(
            Field::FreeNote,
            Text::MotifTooLong { max: MOTIF_MAX },
        ));
    }
    if password.is_empty() {
        errors.push(FieldError::new(Field::Password, Text::PasswordToConfirm));
    }
    errors
}

/// « Clôturer mon DMP ». `comprends`: the box ticked.
#[server(endpoint = "dmp/cloturer")]
pub async fn close_record(
    password: String,
    // Optional: a form without the field still gets its French messages.
    motif: Option<String>,
    comprends: Option<String>,
) -> Result<(), PortalError> {
    let motif = motif.unwrap_or_default();
    use crate::session::patient::{Cookie, Outcome};
    use store::Close;
    let (pool, services, visit) = crate::session::patient::http::context()?;
    crate::http::no_store();
    let errors = check_close(&password, &motif, comprends.is_some());
    if !errors.is_empty() {
        return Err(PortalError::Invalid(errors));
    }
    let Some(session) = crate::session::patient::open_session(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?
    else {
        return Err(PortalError::refused(crate::messages::Text::NotSignedIn));
    };
    let closed =
        store::close_by_holder(&pool, &services.key, &session, &password, &motif, visit.now)
            .await
            .map_err(crate::http::unavailable)?;
    let outcome = match closed {
        Close::Closed | Close::AlreadyClosed => Outcome {
            result: Ok(CLOSED_PATH),
            cookie: Cookie::Clear,
        },
        Close::WrongPassword => Outcome {
            result: Err(vec![FieldError::new(
                Field::Password,
                Text::CloseWrongPassword,
            )]),
            cookie: Cookie::Keep,
        },
        Close::Locked => Outcome {
            result: Ok(crate::paths::SIGN_IN_PATH),
            cookie: Cookie::Clear,
        },
    };
    crate::session::patient::http::respond(&services, outcome)
}

/// « Rouvrir mon DMP »: identified as in step 1, with consent.
#[server(endpoint = "dmp/rouvrir")]
pub async fn reopen_record(form: IdentifyForm, consent: Option<String>) -> Result<(), PortalError> {
    use crate::registry::identify::{self, Outcome as Checked};
    use store::Reopen;
    // No session of its own: the visit gives the address, the time and
    // any practice card in hand.
    let (pool, services, visit) = crate::session::http::context(crate::session::patient::COOKIE)?;
    let (address, now) = (visit.address, visit.now);
    crate::http::no_store();
    let mut errors = form.validate().err().unwrap_or_default();
    if consent.is_none() {
        errors.push(FieldError::new(Field::Consent, Text::ReopenConsent));
    }
    let identity = match form.validate() {
        Ok(identity) if errors.is_empty() => identity,
        _ => return Err(PortalError::Invalid(errors)),
    };
    let refused = |m: crate::messages::Msg| Err(PortalError::Refused(m));
    // A practice card in hand: the workshop's fictitious people only (and
    // they only), as in creation.
    let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
    let practice =
        crate::session::practice::card(&mut conn, &services.key, visit.practice.as_deref())
            .await
            .map_err(crate::http::unavailable)?
            .map(|card| card.id);
    drop(conn);
    let (beneficiary_id, code_id) = match identify::check(
        &pool,
        &services.key,
        &identity,
        practice,
        &address,
        &services.limits,
        now,
    )
    .await
    .map_err(crate::http::unavailable)?
    {
        Checked::NoMatch => return refused(Text::NoMatch.into()),
        Checked::Blocked(b) => return refused(b.message(now).into()),
        Checked::Identified {
            beneficiary_id,
            code_id,
        } => (beneficiary_id, code_id),
    };
    match store::reopen(
        &pool,
        &services.key,
        beneficiary_id,
        code_id,
        crate::terms::VERSION,
        now,
    )
    .await
    .map_err(crate::http::unavailable)?
    {
        Reopen::Reopened => {
            leptos_axum::redirect(REOPENED_PATH);
            Ok(())
        }
        Reopen::NotClosed => refused(Text::ReopenNotClosed.into()),
        Reopen::NotReopenable => refused(Text::NotReopenable.into()),
        Reopen::NoDmp => refused(Text::ReopenNoDmp.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_needs_the_box_the_password_and_a_short_motif() {
        assert_eq!(check_close("secret", "", true), vec![]);
        let errors = check_close("", &"x".repeat(501), false);
        let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![Field::Accept, Field::FreeNote, Field::Password]
        );
    }
}
