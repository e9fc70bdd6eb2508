//! What the sign-in pages are drawn from, and their addresses.

use serde::{Deserialize, Serialize};

pub use crate::paths::{
    CHOOSE_PATH, CODE_PATH, FORGOTTEN_PATH, NEW_PASSWORD_PATH, RECORD_PATH, SIGNED_OUT_PATH,
    SIGN_IN_PATH,
};

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
