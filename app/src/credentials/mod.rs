//! Account credentials: logins and initial passwords people read off paper,
//! and argon2id hashes.

pub mod vault;

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, SaltString};
use argon2::{Argon2, PasswordVerifier};
use rand::Rng;
use std::sync::OnceLock;

/// Letters and digits nobody confuses when reading them off paper.
const LOGIN_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
const PASSWORD_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

/// 8 characters [I]: short enough to type, 31^8 ≈ 8.5·10^11 possibilities.
pub fn new_login() -> String {
    let mut rng = rand::rngs::OsRng;
    (0..8)
        .map(|_| LOGIN_ALPHABET[rng.gen_range(0..LOGIN_ALPHABET.len())] as char)
        .collect()
}

/// 12 characters with upper case, lower case and digits (about 69 bits).
pub fn new_password() -> String {
    let mut rng = rand::rngs::OsRng;
    loop {
        let p: String = (0..12)
            .map(|_| PASSWORD_ALPHABET[rng.gen_range(0..PASSWORD_ALPHABET.len())] as char)
            .collect();
        let classes = [
            p.chars().any(|c| c.is_ascii_uppercase()),
            p.chars().any(|c| c.is_ascii_lowercase()),
            p.chars().any(|c| c.is_ascii_digit()),
        ];
        if classes.iter().all(|c| *c) {
            return p;
        }
    }
}

/// argon2id with the crate's defaults (19 MiB, 2 passes): slow on
/// purpose, so callers run it with `spawn_blocking`.
pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 accepts any password and a generated salt")
        .to_string()
}

/// A hash of nothing anyone knows: an unknown login is checked against it,
/// so that it costs the same work as a known one.
pub fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| hash_password(&crate::secret::new_token()))
}

/// Whether the password matches its argon2id hash (off the async threads).
pub async fn check_password(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_secrets_have_their_shape() {
        for _ in 0..50 {
            let login = new_login();
            assert_eq!(login.len(), 8);
            assert!(login.bytes().all(|c| LOGIN_ALPHABET.contains(&c)));
            let p = new_password();
            assert_eq!(p.len(), 12);
            assert!(p.chars().any(|c| c.is_ascii_digit()));
        }
        assert_ne!(new_password(), new_password());
    }
}
