//! Who is asking: the sessions every feature stands on. A patient's
//! (holder or legal representative, after login, password and one-time
//! code), a professional's card session and a staff member's (login,
//! password, code by e-mail); each a random token in an
//! `HttpOnly; SameSite=Strict` cookie, only its keyed hash in PostgreSQL.

pub mod attempts;
pub mod card;
pub mod patient;
pub mod staff;

use chrono::{DateTime, Utc};

/// The cookie of a creation in progress (`creation::session`), named here
/// so that what must end it (a practice card taken or left) needs no
/// import of the creation feature.
pub const CREATION_COOKIE: &str = "dmp_creation";

/// A request as every flow sees it: the session token its cookie carries,
/// the client's address, whether the device is a reception-desk kiosk, and
/// the time.
#[derive(Clone, Debug)]
pub struct Visit {
    pub token: Option<String>,
    pub address: String,
    pub kiosk: bool,
    /// The cookie of a device used for a workshop, unchecked: see
    /// [`workshop::device`].
    pub workshop: Option<String>,
    /// The cookie of a workshop's practice card, unchecked: see
    /// [`practice::card`].
    pub practice: Option<String>,
    pub now: DateTime<Utc>,
}

/// What a step does with its session's cookie.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Cookie {
    Keep,
    Set(String),
    Clear,
}

/// The one token machine of every session: a random token for the cookie,
/// and the keyed hash the database keeps, bound to the kind of session so
/// that a token of one kind never opens another.
pub mod token {
    pub fn new() -> String {
        crate::secret::new_token()
    }

    pub fn hash(key: &[u8], kind: &str, token: &str) -> [u8; 32] {
        crate::secret::keyed_hash(key, &format!("{kind}:{token}"))
    }
}

/// The one request context of every session's server functions and file
/// routes: the visit as the request's headers tell it, under the session
/// cookie each kind names, and the cookie each step sets.
#[cfg(feature = "ssr")]
pub mod http {
    use super::{Cookie, Visit};
    use crate::error::PortalError;
    use crate::services::Services;
    use axum::http::request::Parts;
    use sqlx::PgPool;

    pub fn visit(parts: &Parts, cookie: &str) -> Visit {
        Visit {
            token: crate::http::session_token(parts, cookie),
            address: crate::http::client_address(parts),
            kiosk: crate::http::is_kiosk(parts),
            workshop: crate::http::cookie_value(&parts.headers, super::workshop::COOKIE)
                .map(str::to_string),
            practice: crate::http::cookie_value(&parts.headers, super::practice::COOKIE)
                .map(str::to_string),
            now: chrono::Utc::now(),
        }
    }

    pub fn context(cookie: &str) -> Result<(PgPool, Services, Visit), PortalError> {
        let (pool, services, parts) = crate::http::request()?;
        Ok((pool, services, visit(&parts, cookie)))
    }

    /// The `Set-Cookie` value a step asks for, if any.
    pub fn cookie_header(services: &Services, name: &str, c: &Cookie) -> Option<String> {
        let secure = services.secure_cookies();
        match c {
            Cookie::Keep => None,
            Cookie::Set(token) => Some(crate::http::cookie(name, Some(token), None, secure)),
            Cookie::Clear => Some(crate::http::cookie(name, None, None, secure)),
        }
    }

    pub fn set_cookie(services: &Services, name: &str, c: &Cookie) {
        if let Some(value) = cookie_header(services, name, c) {
            crate::http::set_cookie(&value);
        }
    }

    /// A sign-in step's answer: its cookie under `name`, then the next
    /// page (a 302 without JavaScript) or the form's errors.
    pub fn respond(
        services: &Services,
        name: &str,
        outcome: super::patient::Outcome,
    ) -> Result<(), PortalError> {
        set_cookie(services, name, &outcome.cookie);
        crate::http::no_store();
        match outcome.result {
            Ok(path) => {
                leptos_axum::redirect(path);
                Ok(())
            }
            Err(errors) => Err(PortalError::Invalid(errors)),
        }
    }
}

/// Ends everything that reads a record: the holder's sessions, and the
/// professionals' sessions open on it.
pub async fn end_record_sessions(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "DELETE FROM patient_session WHERE dmp_id = $1 \
         OR account_id IN (SELECT account_id FROM record_account WHERE dmp_id = $1)",
    )
    .bind(dmp_id)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM emergency_access WHERE dmp_id = $1")
        .bind(dmp_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE professional_session SET dmp_id = NULL WHERE dmp_id = $1")
        .bind(dmp_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// A cookie's signature of an id with the portal's key, for one purpose;
/// the cookie reads `id.signature`.
fn signed(key: &[u8], purpose: &str, id: i64) -> String {
    crate::secret::keyed_hash(key, &format!("{purpose}\n{id}"))
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The id a signed cookie names, if its signature is ours.
fn signed_id(key: &[u8], purpose: &str, cookie: Option<&str>) -> Option<i64> {
    use subtle::ConstantTimeEq;
    let (id, sig) = cookie?.split_once('.')?;
    let id = id.parse::<i64>().ok()?;
    bool::from(sig.as_bytes().ct_eq(signed(key, purpose, id).as_bytes())).then_some(id)
}

/// A participant's practice card in a workshop (issue 16): a cookie set on
/// the card's page, signed with the portal's key, naming the card. While it
/// is set, creation finds the workshop's fictitious people only, and the
/// pages say that nothing is real.
pub mod practice {
    use sqlx::PgConnection;

    pub const COOKIE: &str = "dmp_entrainement";
    const PURPOSE: &str = "practice-card";

    pub fn token(key: &[u8], card_id: i64) -> String {
        format!("{card_id}.{}", super::signed(key, PURPOSE, card_id))
    }

    /// Whether a cookie is a card's, signed by us (without asking the
    /// database whether the card still exists: for the pages' banner).
    pub fn is_signed(key: &[u8], cookie: Option<&str>) -> bool {
        super::signed_id(key, PURPOSE, cookie).is_some()
    }

    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct Card {
        pub id: i64,
        pub workshop_id: i64,
        pub number: i32,
        pub beneficiary_id: i64,
    }

    /// The card a cookie names, if its signature is ours and the card
    /// still exists (not destroyed with its workshop's practice).
    pub async fn card(
        conn: &mut PgConnection,
        key: &[u8],
        cookie: Option<&str>,
    ) -> Result<Option<Card>, sqlx::Error> {
        let Some(id) = super::signed_id(key, PURPOSE, cookie) else {
            return Ok(None);
        };
        let row: Option<(i64, i32, i64)> = sqlx::query_as(
            "SELECT workshop_id, number, beneficiary_id FROM practice_card WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(conn)
        .await?;
        Ok(row.map(|(workshop_id, number, beneficiary_id)| Card {
            id,
            workshop_id,
            number,
            beneficiary_id,
        }))
    }
}

/// A device used for an association's workshop (issue 16): a cookie the
/// facilitator's space sets, signed with the portal's key, naming the
/// workshop; the DMPs opened on it count with the channel `atelier`.
pub mod workshop {
    use chrono::{DateTime, Utc};
    use sqlx::PgConnection;

    pub const COOKIE: &str = "dmp_atelier";

    const PURPOSE: &str = "workshop-device";

    pub fn token(key: &[u8], id: i64) -> String {
        format!("{id}.{}", super::signed(key, PURPOSE, id))
    }

    /// The workshop a device's cookie names, if its signature is ours and
    /// the workshop is held today and not ended.
    pub async fn device(
        conn: &mut PgConnection,
        key: &[u8],
        cookie: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, sqlx::Error> {
        let Some(id) = super::signed_id(key, PURPOSE, cookie) else {
            return Ok(None);
        };
        let open: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM workshop WHERE id = $1 AND ended_at IS NULL \
             AND held_on = ($2 AT TIME ZONE 'Europe/Paris')::date)",
        )
        .bind(id)
        .bind(now)
        .fetch_one(conn)
        .await?;
        Ok(open.then_some(id))
    }
}
