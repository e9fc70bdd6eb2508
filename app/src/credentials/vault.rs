//! Initial passwords between the creation and the end of the creation
//! session, in memory only: never written to disk or database, gone after
//! 15 minutes or a restart (domain.md §4.2: the software must not keep the
//! initial credentials).

use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Session id → (initial password, end of its life).
type Entries = HashMap<i64, (String, DateTime<Utc>)>;

/// The vault's key for a desk agent's session: creation sessions use
/// their own (positive) ids, staff sessions the opposite.
pub fn desk_key(staff_session_id: i64) -> i64 {
    -staff_session_id
}

#[derive(Clone, Default)]
pub struct Vault(Arc<Mutex<Entries>>);

impl Vault {
    pub fn put(&self, session_id: i64, password: String, now: DateTime<Utc>, until: DateTime<Utc>) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, (_, end)| *end > now);
        map.insert(session_id, (password, until));
    }

    pub fn get(&self, session_id: i64, now: DateTime<Utc>) -> Option<String> {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, (_, end)| *end > now);
        map.get(&session_id).map(|(p, _)| p.clone())
    }

    /// Forgets every password past its end (called by the server's purge).
    pub fn purge(&self, now: DateTime<Utc>) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, (_, end)| *end > now);
    }

    pub fn remove(&self, session_id: i64) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(&session_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_lives_until_its_end_only() {
        let v = Vault::default();
        let t0 = chrono::Utc::now();
        v.put(7, "secret".into(), t0, t0 + chrono::Duration::minutes(15));
        assert_eq!(v.get(7, t0).as_deref(), Some("secret"));
        assert_eq!(v.get(8, t0), None);
        assert_eq!(v.get(7, t0 + chrono::Duration::minutes(15)), None);
        v.put(9, "other".into(), t0, t0 + chrono::Duration::minutes(1));
        v.remove(9);
        assert_eq!(v.get(9, t0), None);
        v.purge(t0 + chrono::Duration::minutes(16));
        assert!(v.0.lock().unwrap().is_empty());
    }
}
