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
