//! Initial passwords between the creation and the end of the creation
//! session, in memory only: never written to disk or database, gone after
//! 15 minutes or a restart (domain.md §4.2: the software must not keep the
//! initial credentials).

use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Whose hand-over a password belongs to: a creation session (step 3, or
/// « Identifiant oublié »), a desk agent's session, a professional's card
/// session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Creation(i64),
    Desk(i64),
    Professional(i64),
}

/// Key → (initial password, end of its life).
type Entries = HashMap<Key, (String, DateTime<Utc>)>;

#[derive(Clone, Default)]
pub struct Vault(Arc<Mutex<Entries>>);

impl Vault {
    pub fn put(&self, key: Key, password: String, now: DateTime<Utc>, until: DateTime<Utc>) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, (_, end)| *end > now);
        map.insert(key, (password, until));
    }

    pub fn get(&self, key: Key, now: DateTime<Utc>) -> Option<String> {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, (_, end)| *end > now);
        map.get(&key).map(|(p, _)| p.clone())
    }

    /// Forgets every password past its end (called by the server's purge).
    pub fn purge(&self, now: DateTime<Utc>) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, (_, end)| *end > now);
    }

    pub fn remove(&self, key: Key) {
        let mut map = self.0.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(&key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_lives_until_its_end_only() {
        let v = Vault::default();
        let t0 = chrono::Utc::now();
        v.put(
            Key::Creation(7),
            "secret".into(),
            t0,
            t0 + chrono::Duration::minutes(15),
        );
        assert_eq!(v.get(Key::Creation(7), t0).as_deref(), Some("secret"));
        assert_eq!(v.get(Key::Creation(8), t0), None);
        assert_eq!(v.get(Key::Desk(7), t0), None, "another kind of session");
        assert_eq!(
            v.get(Key::Creation(7), t0 + chrono::Duration::minutes(15)),
            None
        );
        v.put(
            Key::Creation(9),
            "other".into(),
            t0,
            t0 + chrono::Duration::minutes(1),
        );
        v.remove(Key::Creation(9));
        assert_eq!(v.get(Key::Creation(9), t0), None);
        v.purge(t0 + chrono::Duration::minutes(16));
        assert!(v.0.lock().unwrap().is_empty());
    }
}
