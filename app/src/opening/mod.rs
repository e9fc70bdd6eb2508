//! Opening a DMP, shared by every way in: the web and kiosk creation, the
//! reception desk, professionals, workshops. What the person decided
//! (`Informations`), the creation in one transaction (`create`) and the
//! document des secrets handed over (`secrets_pdf`).

use crate::domain::contact::{Email, Mobile};
pub use crate::forms::people::Representative;

#[cfg(feature = "ssr")]
pub mod create;
pub mod questions;
#[cfg(feature = "ssr")]
pub mod secrets_pdf;

/// The channel of a workshop's practice records (issue 16): fictitious
/// people, left out of every statistic and every real lookup.
pub const PRACTICE_CHANNEL: &str = "entrainement";

/// What the person (or their representative) decided, once valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Informations {
    pub email: Option<Email>,
    pub mobile: Option<Mobile>,
    /// `true` = the person accepts this emergency access.
    pub samu: bool,
    pub bris_de_glace: bool,
    pub representative: Option<Representative>,
}

/// A new initial password and its argon2id hash, computed off the async
/// threads (slow on purpose) and before any lock is taken.
#[cfg(feature = "ssr")]
pub async fn hashed_password() -> Result<(String, String), sqlx::Error> {
    let password = crate::credentials::new_password();
    let p = password.clone();
    let hash = tokio::task::spawn_blocking(move || crate::credentials::hash_password(&p))
        .await
        .map_err(|e| sqlx::Error::Protocol(format!("password hashing: {e}")))?;
    Ok((password, hash))
}
