//! What the sign-in pages are drawn from, and their addresses.

use serde::{Deserialize, Serialize};

pub const SIGN_IN_PATH: &str = "/connexion";
pub const CODE_PATH: &str = "/connexion/code";
pub const NEW_PASSWORD_PATH: &str = "/connexion/nouveau-mot-de-passe";
pub const SIGNED_OUT_PATH: &str = "/connexion/deconnecte";
pub const FORGOTTEN_PATH: &str = "/connexion/oubli";
pub const RECORD_PATH: &str = "/mon-dmp";
/// Where an account that reads several records chooses one.
pub const CHOOSE_PATH: &str = "/mon-dmp/choisir";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChannelChoice {
    /// `email` or `sms`.
    pub code: String,
    /// « par e-mail (c•••@exemple.fr) ».
    pub label: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInState {
    /// `code`, `new_password` or `open`; `None` when not signed in.
    pub stage: Option<String>,
    pub channels: Vec<ChannelChoice>,
    /// Where the live code went, if one was sent.
    pub sent_to: Option<String>,
    pub kiosk: bool,
    pub demo: bool,
}
