//! What the server hands to every page and server function besides the
//! database pool: the secret key, the mode, the limits on guessing, and the
//! in-memory vault of initial passwords.

use crate::credentials::vault::Vault;
use crate::domain::ins::Mode;
use crate::registry::limits::Limits;
use std::sync::Arc;

#[derive(Clone)]
pub struct Services {
    pub key: Arc<Vec<u8>>,
    pub mode: Mode,
    pub limits: Limits,
    pub vault: Vault,
    /// Reception-desk devices: seconds of inactivity before the warning,
    /// then seconds of warning before everything is wiped [I].
    pub kiosk_idle_seconds: u32,
    pub kiosk_warning_seconds: u32,
    /// The keyed hash of the insurer feed's bearer token; `None`: the feed
    /// endpoint is closed.
    pub insurer_token_hash: Option<[u8; 32]>,
}

impl Services {
    pub fn new(key: Vec<u8>, mode: Mode) -> Self {
        Services {
            key: Arc::new(key),
            mode,
            limits: Limits::default(),
            vault: Vault::default(),
            kiosk_idle_seconds: 60,
            kiosk_warning_seconds: 30,
            insurer_token_hash: None,
        }
    }

    /// Opens the insurer feed to requests bearing `token`.
    pub fn with_insurer_token(mut self, token: Option<&str>) -> Self {
        self.insurer_token_hash = token
            .filter(|t| !t.is_empty())
            .map(|t| crate::secret::keyed_hash(&self.key, &format!("insurer-feed:{t}")));
        self
    }

    pub fn with_kiosk_delays(mut self, idle_seconds: u32, warning_seconds: u32) -> Self {
        self.kiosk_idle_seconds = idle_seconds.max(1);
        self.kiosk_warning_seconds = warning_seconds.max(1);
        self
    }

    /// Cookies travel over HTTPS only, except in demo mode (plain HTTP on
    /// a laptop in a village hall).
    pub fn secure_cookies(&self) -> bool {
        self.mode == Mode::Production
    }
}
