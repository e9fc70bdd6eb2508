//! What the creation pages are drawn from: where the person is in the flow,
//! what they last typed, the errors to show, and at the end their
//! credentials. Built by the server from the creation session, the same for
//! a page rendered without JavaScript and for one updated in the browser.

use super::code_request::CodeRequestForm;
use super::identify::IdentifyForm;
use super::informations::InformationsForm;
use crate::forms::fields::FieldError;
use serde::{Deserialize, Serialize};

pub const STEP1_PATH: &str = "/creation";
pub const STEP2_PATH: &str = "/creation/informations";
pub const STEP3_PATH: &str = "/creation/donnees-de-connexion";
pub const CODE_REQUEST_PATH: &str = "/creation/demande-de-code";
pub const SECRETS_PDF_PATH: &str = "/creation/document-des-secrets.pdf";

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
    /// The server could not answer (database down…); nothing was saved.
    Unavailable(String),
}

impl Notice {
    pub fn text(&self) -> String {
        match self {
            Notice::NoMatch => super::identify::NO_MATCH.to_string(),
            Notice::LockedNir { minutes } => format!(
                "Trop de tentatives ont échoué pour ce numéro de sécurité sociale. Par sécurité, \
                 réessayez dans {minutes} minute{}.",
                if *minutes > 1 { "s" } else { "" }
            ),
            Notice::LockedAddress => "Trop de tentatives ont échoué depuis cette connexion. Par \
                 sécurité, réessayez dans 15 minutes."
                .into(),
            Notice::AlreadyHasDmp => "Vous avez déjà un DMP : il n'est pas possible d'en créer un \
                 second. Connectez-vous à votre DMP avec votre identifiant et votre mot de passe."
                .into(),
            Notice::ClosedDmp => "Vous avez déjà eu un DMP, qui a été clôturé. Vous pouvez le \
                 rouvrir, avec tous ses documents, pendant les 10 ans qui suivent sa clôture."
                .into(),
            Notice::Expired => "Votre démarche a expiré ou a été interrompue : par sécurité, les \
                 informations saisies ont été effacées. Recommencez depuis la première étape."
                .into(),
            Notice::CodeRequested => super::code_request::ANSWER.into(),
            Notice::Unavailable(message) => message.clone(),
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
    /// Where the acknowledgement went: « par e-mail » or « par courrier ».
    pub acknowledgement: String,
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
