//! Closing a DMP (by its holder, or at death on the insurer's word),
//! reopening it within the ten years of archive, and destroying it after.

pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

use crate::creation::identify::IdentifyForm;
use crate::forms::fields::{Field, FieldError};
use leptos::prelude::*;

pub const CLOSE_PATH: &str = "/mon-dmp/cloturer";
pub const CLOSED_PATH: &str = "/dmp-cloture";
pub const REOPEN_PATH: &str = "/rouvrir-mon-dmp";
pub const REOPENED_PATH: &str = "/rouvrir-mon-dmp/fait";

/// What a holder who signs in to a closed record is told (after a right
/// password only: nobody else learns that the record exists).
pub const CLOSED_SIGN_IN: &str = "Votre DMP est clôturé : il ne peut plus être consulté. Pendant \
     les 10 ans qui suivent sa clôture, vous pouvez le rouvrir avec « Rouvrir mon DMP ».";

const MOTIF_MAX: usize = 500;

/// The holder's confirmation, checked the same way in the browser and on
/// the server.
pub fn check_close(password: &str, motif: &str, understood: bool) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if !understood {
        errors.push(FieldError {
            field: Field::Accept,
            message: "Cochez la case pour confirmer que vous avez compris les conséquences.".into(),
        });
    }
    if motif.chars().count() > MOTIF_MAX {
        errors.push(FieldError {
            field: Field::FreeNote,
            message: format!("Le motif ne peut pas dépasser {MOTIF_MAX} caractères."),
        });
    }
    if password.is_empty() {
        errors.push(FieldError {
            field: Field::Password,
            message: "Saisissez votre mot de passe pour confirmer.".into(),
        });
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
) -> Result<(), ServerFnError> {
    let motif = motif.unwrap_or_default();
    use crate::account::flow::{Cookie, Outcome};
    use store::Close;
    let (pool, services, visit) = crate::account::actions::http::context()?;
    crate::http::no_store();
    let errors = check_close(&password, &motif, comprends.is_some());
    if !errors.is_empty() {
        return Err(ServerFnError::ServerError(crate::forms::fields::encode(
            &errors,
        )));
    }
    let Some(session) = crate::record::documents::server::open_session(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?
    else {
        return Err(ServerFnError::new(crate::account::flow::NOT_SIGNED_IN));
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
            result: Err(vec![FieldError {
                field: Field::Password,
                message: "Mot de passe incorrect : votre DMP n'a pas été clôturé.".into(),
            }]),
            cookie: Cookie::Keep,
        },
        Close::Locked => Outcome {
            result: Ok(crate::account::state::SIGN_IN_PATH),
            cookie: Cookie::Clear,
        },
    };
    crate::account::actions::http::respond(&services, outcome)
}

/// « Rouvrir mon DMP »: identified as in step 1, with consent.
#[server(endpoint = "dmp/rouvrir")]
pub async fn reopen_record(
    form: IdentifyForm,
    consent: Option<String>,
) -> Result<(), ServerFnError> {
    use crate::creation::identify::{self, Outcome as Checked};
    use store::Reopen;
    let (pool, services, visit) = crate::creation::actions::http::context()?;
    crate::http::no_store();
    let mut errors = form.validate().err().unwrap_or_default();
    if consent.is_none() {
        errors.push(FieldError {
            field: Field::Consent,
            message: "Cochez la case pour donner votre accord à la réouverture de votre DMP."
                .into(),
        });
    }
    let identity = match form.validate() {
        Ok(identity) if errors.is_empty() => identity,
        _ => {
            return Err(ServerFnError::ServerError(crate::forms::fields::encode(
                &errors,
            )))
        }
    };
    let refused = |text: String| Err(ServerFnError::ServerError(text));
    let (beneficiary_id, code_id) = match identify::check(
        &pool,
        &services.key,
        &identity,
        &visit.address,
        &services.limits,
        visit.now,
    )
    .await
    .map_err(crate::http::unavailable)?
    {
        Checked::NoMatch => return refused(identify::NO_MATCH.into()),
        Checked::Blocked(b) => {
            return refused(crate::creation::flow::blocked_notice(b, visit.now).text())
        }
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
        crate::creation::terms::VERSION,
        visit.now,
    )
    .await
    .map_err(crate::http::unavailable)?
    {
        Reopen::Reopened => {
            leptos_axum::redirect(REOPENED_PATH);
            Ok(())
        }
        Reopen::NotClosed => refused(
            "Votre DMP est ouvert : il n'y a rien à rouvrir. Connectez-vous avec votre identifiant et votre mot de passe."
                .into(),
        ),
        Reopen::NotReopenable => refused(
            "Ce DMP ne peut plus être rouvert. Pour toute question, appelez le 36 46.".into(),
        ),
        Reopen::NoDmp => refused(
            "Aucun DMP clôturé n'est à votre nom : vous pouvez créer votre DMP avec ce même code."
                .into(),
        ),
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
