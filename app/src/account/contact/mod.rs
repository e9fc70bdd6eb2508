//! The account's contacts: the e-mail address and mobile number its
//! one-time codes and messages go to. A change takes effect only once the
//! code sent to the new one is typed back, and the former one is told.

use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::messages::{Msg, Text};
#[cfg(feature = "ssr")]
use crate::paths::NOTIFICATION_SETTINGS_PATH as SETTINGS_PATH;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

/// [I] A contact code lasts 15 minutes, allows 3 wrong tries, and at most
/// 5 are sent a day for one account.
pub const CODE_MINUTES: i64 = 15;
pub const CODE_TRIES: i16 = 3;
pub const CODES_PER_DAY: i16 = 5;

/// The account's contacts, and a change waiting for its code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contacts {
    pub email: Option<String>,
    pub mobile: Option<String>,
    /// A change waiting for its code: (« email » or « sms », new value).
    pub pending: Option<(String, String)>,
}

/// The new address or number, typed twice: its normal form, or what is wrong.
pub fn check_new_contact(
    channel: &str,
    value: &str,
    confirm: &str,
) -> Result<String, Vec<FieldError>> {
    use crate::domain::contact::{Email, Mobile};
    let (fields, parsed, mismatch) = match channel {
        "email" => (
            (Field::Email, Field::EmailConfirm),
            Email::parse(value)
                .map(|e| e.as_str().to_string())
                .map_err(Msg::from),
            Text::EmailsDiffer,
        ),
        "sms" => (
            (Field::Mobile, Field::MobileConfirm),
            Mobile::parse(value)
                .map(|m| m.as_str().to_string())
                .map_err(Msg::from),
            Text::MobilesDiffer,
        ),
        _ => {
            return Err(vec![FieldError {
                field: Field::Email,
                message: Text::UnknownChannel.into(),
            }])
        }
    };
    let again = match channel {
        "email" => Email::parse(confirm).map(|e| e.as_str().to_string()).ok(),
        _ => Mobile::parse(confirm).map(|m| m.as_str().to_string()).ok(),
    };
    match parsed {
        Err(message) => Err(vec![FieldError {
            field: fields.0,
            message,
        }]),
        Ok(v) if again.as_deref() != Some(v.as_str()) => Err(vec![FieldError {
            field: fields.1,
            message: mismatch.into(),
        }]),
        Ok(v) => Ok(v),
    }
}

/// `None`: nobody signed in.
#[server(endpoint = "dmp/contact")]
pub async fn load_contacts() -> Result<Option<Contacts>, PortalError> {
    let Some((pool, now, session)) = crate::session::patient::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await?;
    Ok(Some(
        store::contacts(&mut conn, session.account_id, now).await?,
    ))
}

#[server(endpoint = "dmp/contact/changer")]
pub async fn request_contact_change(
    canal: String,
    valeur: String,
    confirmation: String,
) -> Result<(), PortalError> {
    use crate::http::unavailable;
    let (_, services, _) = crate::session::patient::http::context()?;
    let Some((pool, now, session)) = crate::session::patient::open_record().await? else {
        return Err(PortalError::refused(crate::messages::Text::NotSignedIn));
    };
    let value = match check_new_contact(&canal, &valeur, &confirmation) {
        Ok(value) => value,
        Err(errors) => return Err(PortalError::Invalid(errors)),
    };
    match store::request(&pool, &services.key, &session, &canal, &value, now)
        .await
        .map_err(unavailable)?
    {
        store::Requested::Sent => {
            leptos_axum::redirect(&format!("{SETTINGS_PATH}#code"));
            Ok(())
        }
        store::Requested::TooMany => Err(PortalError::refused(Text::TooManyContactCodes)),
    }
}

#[server(endpoint = "dmp/contact/confirmer")]
pub async fn confirm_contact_change(code: String) -> Result<(), PortalError> {
    use crate::http::unavailable;
    use store::Confirmed;
    let (_, services, _) = crate::session::patient::http::context()?;
    let Some((pool, now, session)) = crate::session::patient::open_record().await? else {
        return Err(PortalError::refused(crate::messages::Text::NotSignedIn));
    };
    let error = |message: Text| Err(PortalError::field(Field::OneTimeCode, message));
    let typed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return error(Text::CodeSixDigits);
    }
    match store::confirm(&pool, &services.key, &session, &typed, now)
        .await
        .map_err(unavailable)?
    {
        Confirmed::Changed => {
            leptos_axum::redirect(&format!("{SETTINGS_PATH}?fait=contact"));
            Ok(())
        }
        Confirmed::WrongCode { left } => error(Text::ContactCodeWrong { left }),
        Confirmed::NoChange => error(Text::ContactCodeEnded),
    }
}

#[server(endpoint = "dmp/contact/annuler")]
pub async fn cancel_contact_change() -> Result<(), PortalError> {
    let Some((pool, now, session)) = crate::session::patient::open_record().await? else {
        return Err(PortalError::refused(crate::messages::Text::NotSignedIn));
    };
    store::cancel(&pool, &session, now)
        .await
        .map_err(crate::http::unavailable)?;
    leptos_axum::redirect(SETTINGS_PATH);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_contact_is_typed_twice_and_valid() {
        assert_eq!(
            check_new_contact("email", " marie@Example.org ", "marie@example.org"),
            Ok("marie@example.org".into())
        );
        let e = check_new_contact("email", "marie@example.org", "marie@example.com").unwrap_err();
        assert_eq!(e[0].field, Field::EmailConfirm);
        let e = check_new_contact("sms", "0123", "0123").unwrap_err();
        assert_eq!(e[0].field, Field::Mobile);
        assert_eq!(
            check_new_contact("sms", "06 12 34 56 78", "+33612345678"),
            Ok("+33612345678".into())
        );
        assert!(check_new_contact("fax", "x", "x").is_err());
    }
}
