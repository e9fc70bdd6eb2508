//! What the server hands to every page and server function besides the
//! database pool: the secret key, the mode and the limits on guessing.

use crate::domain::ins::Mode;
use crate::registry::limits::Limits;
use std::sync::Arc;

#[derive(Clone)]
pub struct Services {
    pub key: Arc<Vec<u8>>,
    pub mode: Mode,
    pub limits: Limits,
    /// Reception-desk devices: seconds of inactivity before the warning,
    /// then seconds of warning before everything is wiped [I].
    pub kiosk_idle_seconds: u32,
    pub kiosk_warning_seconds: u32,
    /// The keyed hash of the insurer feed's bearer token; `None`: the feed
    /// endpoint is closed.
    pub insurer_token_hash: Option<[u8; 32]>,
    /// The portal's address as people type it; `None`: the request's host.
    pub public_address: Option<Arc<str>>,
}

impl Services {
    pub fn new(key: Vec<u8>, mode: Mode) -> Self {
        Services {
            key: Arc::new(key),
            mode,
            limits: Limits::default(),
            kiosk_idle_seconds: 60,
            kiosk_warning_seconds: 30,
            insurer_token_hash: None,
            public_address: None,
        }
    }

    /// Opens the insurer feed to requests bearing `token`.
    pub fn with_insurer_token(mut self, token: Option<&str>) -> Self {
        self.insurer_token_hash = token
            .filter(|t| !t.is_empty())
            .map(|t| crate::secret::keyed_hash(&self.key, &format!("insurer-feed:{t}")));
        self
    }

    pub fn with_public_address(mut self, address: Option<&str>) -> Self {
        self.public_address = address
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(Arc::from);
        self
    }

    /// The portal's address to print for people: the configured one, else
    /// the host the browser asked for when it is a plain host name (never
    /// anything else a request could slip in), else a phrase.
    pub fn site(&self, headers: &axum::http::HeaderMap) -> String {
        if let Some(address) = &self.public_address {
            return address.to_string();
        }
        headers
            .get(axum::http::header::HOST)
            .and_then(|h| h.to_str().ok())
            .filter(|h| {
                !h.is_empty()
                    && h.len() <= 100
                    && h.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '-'))
            })
            .unwrap_or("le site du DMP")
            .to_string()
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
