//! Who is asking: the sessions every feature stands on. A patient's
//! (holder or legal representative, after login, password and one-time
//! code) and a professional's card session; each a random token in an
//! `HttpOnly; SameSite=Strict` cookie, only its keyed hash in PostgreSQL.

pub mod attempts;
pub mod card;
pub mod patient;

use chrono::{DateTime, Utc};

/// A request as every flow sees it: the session token its cookie carries,
/// the client's address, whether the device is a reception-desk kiosk, and
/// the time.
#[derive(Clone, Debug)]
pub struct Visit {
    pub token: Option<String>,
    pub address: String,
    pub kiosk: bool,
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
