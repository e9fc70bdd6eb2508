//! Initial passwords between their making and their hand-over (step 3 of a
//! creation, « Identifiant oublié », a desk agent's or a professional's
//! hand-over): kept 15 minutes in PostgreSQL, sealed (ChaCha20-Poly1305)
//! under a key derived from the session's cookie token, which the database
//! never holds (it keeps another keyed hash of the token). Any instance that
//! receives the cookie can open it; a copy of the database, a log or the
//! server's key alone cannot. domain.md asks that the initial password be
//! kept in no recoverable form: only the cookie's holder, the person it is
//! shown to, can recover it, and only for these minutes. Erased at
//! « Terminer », when the desk or professional moves on, at the account's
//! first sign-in, and past its end.

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key as AeadKey, Nonce};
use chrono::{DateTime, Utc};
use rand::RngCore;
use sqlx::PgConnection;

/// Whose hand-over a password belongs to: a creation session (step 3, or
/// « Identifiant oublié »), a desk agent's session, a professional's card
/// session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Creation(i64),
    Desk(i64),
    Professional(i64),
}

impl Key {
    fn parts(self) -> (&'static str, i64) {
        match self {
            Key::Creation(id) => ("creation", id),
            Key::Desk(id) => ("desk", id),
            Key::Professional(id) => ("professional", id),
        }
    }
}

/// What opens one session's password: a key derived from the server's key
/// and the session's cookie token; never printed, never stored. The default
/// opens nothing (a random key nobody keeps).
#[derive(Clone, PartialEq, Eq)]
pub struct Opener([u8; 32]);

impl Default for Opener {
    fn default() -> Self {
        let mut key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut key);
        Opener(key)
    }
}

impl std::fmt::Debug for Opener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Opener(…)")
    }
}

impl Opener {
    /// In a domain of its own (`vault:kind:`), so that the token's hash the
    /// database keeps (`kind-session:`) says nothing of it.
    pub fn of(server_key: &[u8], key: Key, token: &str) -> Self {
        let (kind, _) = key.parts();
        Opener(crate::secret::keyed_hash(
            server_key,
            &format!("vault:{kind}:{token}"),
        ))
    }
}

/// The sealed bytes are bound to their place: a row copied onto another
/// session does not open.
fn sealed_for(key: Key) -> Vec<u8> {
    let (kind, id) = key.parts();
    format!("dmp-initial-password:{kind}:{id}").into_bytes()
}

fn seal(with: &Opener, key: Key, password: &str) -> (Vec<u8>, Vec<u8>) {
    let cipher = ChaCha20Poly1305::new(AeadKey::from_slice(&with.0));
    let mut nonce = [0u8; 12];
    rand::rngs::OsRng.fill_bytes(&mut nonce);
    let aad = sealed_for(key);
    let sealed = cipher
        .encrypt(
            Nonce::from_slice(&nonce),
            Payload {
                msg: password.as_bytes(),
                aad: &aad,
            },
        )
        .expect("ChaCha20-Poly1305 seals any short message");
    (nonce.to_vec(), sealed)
}

fn open(with: &Opener, key: Key, nonce: &[u8], sealed: &[u8]) -> Option<String> {
    if nonce.len() != 12 {
        return None;
    }
    let cipher = ChaCha20Poly1305::new(AeadKey::from_slice(&with.0));
    let aad = sealed_for(key);
    let plain = cipher
        .decrypt(
            Nonce::from_slice(nonce),
            Payload {
                msg: sealed,
                aad: &aad,
            },
        )
        .ok()?;
    String::from_utf8(plain).ok()
}

/// Keeps `password` for the session `key` until `until`, replacing any
/// earlier one; `dmp_id` is the record it opens (erased at its first
/// sign-in).
pub async fn put(
    conn: &mut PgConnection,
    key: Key,
    with: &Opener,
    dmp_id: i64,
    password: &str,
    until: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let (kind, id) = key.parts();
    let (nonce, sealed) = seal(with, key, password);
    sqlx::query(
        "INSERT INTO initial_password (kind, session_id, dmp_id, nonce, sealed, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (kind, session_id) DO UPDATE SET dmp_id = EXCLUDED.dmp_id, \
         nonce = EXCLUDED.nonce, sealed = EXCLUDED.sealed, expires_at = EXCLUDED.expires_at",
    )
    .bind(kind)
    .bind(id)
    .bind(dmp_id)
    .bind(nonce)
    .bind(sealed)
    .bind(until)
    .execute(conn)
    .await?;
    Ok(())
}

/// A hand-over (desk, professional): its new password kept until `until`,
/// or, for connection data without one, any earlier password forgotten.
pub async fn hand_over(
    conn: &mut PgConnection,
    key: Key,
    with: &Opener,
    dmp_id: i64,
    password: Option<&str>,
    until: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    match password {
        Some(p) => put(conn, key, with, dmp_id, p, until).await,
        None => remove(conn, key).await,
    }
}

/// The password kept for this session, if still within its time and the
/// key is the session's.
pub async fn get(
    conn: &mut PgConnection,
    key: Key,
    with: &Opener,
    now: DateTime<Utc>,
) -> Result<Option<String>, sqlx::Error> {
    let (kind, id) = key.parts();
    let row: Option<(Vec<u8>, Vec<u8>)> = sqlx::query_as(
        "SELECT nonce, sealed FROM initial_password \
         WHERE kind = $1 AND session_id = $2 AND expires_at > $3",
    )
    .bind(kind)
    .bind(id)
    .bind(now)
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|(nonce, sealed)| open(with, key, &nonce, &sealed)))
}

/// Whether a password is kept for this session (without opening it).
pub async fn holds(
    conn: &mut PgConnection,
    key: Key,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let (kind, id) = key.parts();
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM initial_password \
         WHERE kind = $1 AND session_id = $2 AND expires_at > $3)",
    )
    .bind(kind)
    .bind(id)
    .bind(now)
    .fetch_one(conn)
    .await
}

pub async fn remove(conn: &mut PgConnection, key: Key) -> Result<(), sqlx::Error> {
    let (kind, id) = key.parts();
    sqlx::query("DELETE FROM initial_password WHERE kind = $1 AND session_id = $2")
        .bind(kind)
        .bind(id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Once an account has signed in, the initial passwords of the records it
/// reads have done their work.
pub async fn forget_for_account(
    conn: &mut PgConnection,
    account_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "DELETE FROM initial_password WHERE dmp_id IN \
         (SELECT dmp_id FROM record_account WHERE account_id = $1)",
    )
    .bind(account_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Forgets every password past its end (called by the server's purge).
pub async fn purge(conn: &mut PgConnection, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query("DELETE FROM initial_password WHERE expires_at <= $1")
            .bind(now)
            .execute(conn)
            .await?
            .rows_affected(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_sessions_own_key_opens_its_password() {
        let mine = Opener::of(b"server", Key::Creation(7), "token-a");
        let other = Opener::of(b"server", Key::Creation(7), "token-b");
        let (nonce, sealed) = seal(&mine, Key::Creation(7), "Ab3dEf6hJk9m");
        assert!(!sealed.windows(12).any(|w| w == b"Ab3dEf6hJk9m"));
        assert_eq!(
            open(&mine, Key::Creation(7), &nonce, &sealed).as_deref(),
            Some("Ab3dEf6hJk9m")
        );
        assert_eq!(open(&other, Key::Creation(7), &nonce, &sealed), None);
        // Moved onto another session's row, it does not open either.
        assert_eq!(open(&mine, Key::Creation(8), &nonce, &sealed), None);
        assert_eq!(open(&mine, Key::Desk(7), &nonce, &sealed), None);
        // The database's hash of the token is no key.
        let stored = crate::session::token::hash(b"server", "creation-session", "token-a");
        assert_eq!(
            open(&Opener(stored), Key::Creation(7), &nonce, &sealed),
            None
        );
    }
}
