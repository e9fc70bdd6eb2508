//! What the server hands to every page and server function besides the
//! database pool: the secret key, the mode, the limits on guessing, and the
//! in-memory vault of initial passwords.

use crate::creation::limits::Limits;
use crate::creation::vault::Vault;
use crate::domain::ins::Mode;
use std::sync::Arc;

#[derive(Clone)]
pub struct Services {
    pub key: Arc<Vec<u8>>,
    pub mode: Mode,
    pub limits: Limits,
    pub vault: Vault,
}

impl Services {
    pub fn new(key: Vec<u8>, mode: Mode) -> Self {
        Services {
            key: Arc::new(key),
            mode,
            limits: Limits::default(),
            vault: Vault::default(),
        }
    }

    /// Cookies travel over HTTPS only, except in demo mode (plain HTTP on
    /// a laptop in a village hall).
    pub fn secure_cookies(&self) -> bool {
        self.mode == Mode::Production
    }
}
