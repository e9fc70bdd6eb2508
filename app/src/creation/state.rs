//! What the creation pages are drawn from: where the person is in the flow,
//! what they last typed, the errors to show, and at the end their
//! credentials. Built by the server from the creation session, the same for
//! a page rendered without JavaScript and for one updated in the browser.

use super::code_request::CodeRequestForm;
use super::identify::IdentifyForm;
use super::informations::InformationsForm;
use crate::forms::fields::FieldError;
use crate::messages::Text;
use serde::{Deserialize, Serialize};

pub use crate::paths::{CODE_REQUEST_PATH, SECRETS_PDF_PATH, STEP1_PATH, STEP2_PATH, STEP3_PATH};

/// A message about the whole form rather than one field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    NoMatch,
    /// Too many failures for this NIR; the lock ends in this many minutes.
    LockedNir {
        minutes: i64,
    },
    LockedAddress,
    AlreadyHasDmp,
    /// A DMP was opened, then closed: it can be reopened, not created again.
    ClosedDmp,
    /// The creation session ended (delay passed, or abandoned elsewhere).
    Expired,
    /// A code request was taken into account (same text whatever happened).
    CodeRequested,
    /// The server's answer was an error (database down, cut connection…);
    /// nothing was saved.
    Failed(crate::error::PortalError),
}

impl Notice {
    pub fn text(&self) -> String {
        match self {
            Notice::Failed(e) => e.general(),
            other => other.message().text(),
        }
    }

    /// The notice as a message of the catalogue (a failure says nothing
    /// was saved).
    pub fn message(&self) -> crate::messages::Msg {
        match self {
            Notice::NoMatch => Text::NoMatch.into(),
            Notice::LockedNir { minutes } => Text::LockedNir { minutes: *minutes }.into(),
            Notice::LockedAddress => Text::LockedAddress.into(),
            Notice::AlreadyHasDmp => Text::AlreadyHasDmp.into(),
            Notice::ClosedDmp => Text::ClosedDmp.into(),
            Notice::Expired => Text::CreationExpired.into(),
            Notice::CodeRequested => Text::CodeRequested.into(),
            Notice::Failed(_) => Text::Unavailable.into(),
        }
    }

    /// Whether this is good news (shown as a status, not an alert).
    pub fn is_success(&self) -> bool {
        matches!(self, Notice::CodeRequested)
    }
}

/// The identified person, as the registry knows them (read only).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub birth_name: String,
    pub usage_name: Option<String>,
    pub first_names: String,
    /// « 5 avril 1969 ».
    pub birth_date: String,
    pub minor: bool,
}

/// Step 3: what the person needs to sign in the first time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credentials {
    pub full_name: String,
    pub created_on: String,
    pub ins: String,
    pub insc: Option<String>,
    pub login: String,
    /// Gone once the creation session has ended (at most 15 minutes).
    pub initial_password: Option<String>,
    /// Whether the acknowledgement went by e-mail (else by post).
    pub acknowledged_by_email: bool,
    /// New credentials for an existing DMP (« identifiant ou mot de passe oublié »).
    pub renewal: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreationState {
    /// 0 without a creation session, else 1, 2 or 3.
    pub step: u8,
    pub identify: IdentifyForm,
    pub informations: Option<InformationsForm>,
    pub code_request: CodeRequestForm,
    pub errors: Vec<FieldError>,
    pub notice: Option<Notice>,
    pub person: Option<Person>,
    pub credentials: Option<Credentials>,
    /// Shared reception-desk device: no autofill, idle wipe.
    pub kiosk: bool,
    /// Seconds of inactivity before the kiosk warning, then before the wipe.
    pub kiosk_delays: (u32, u32),
    /// Demo mode: the pages point to the demo outbox.
    pub demo: bool,
}

/// A form's answer when JavaScript is on (without it, the server redirects
/// and the page is drawn again from the session).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reply {
    Invalid(Vec<FieldError>),
    Notice(Notice),
    /// Go on to this page.
    Next(String),
}
