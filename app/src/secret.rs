//! Keyed hashing of short secrets (creation codes, one-time codes, session
//! tokens, test-card PINs): HMAC-SHA-256 under the server's secret key, so a
//! copy of the database alone does not let anyone test guesses offline.

use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// A new random token for a cookie (256 bits, as 64 hex digits).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether a cookie value looks like one of our tokens.
pub fn is_token(value: &str) -> bool {
    value.len() == 64 && value.bytes().all(|b| b.is_ascii_hexdigit())
}

pub fn keyed_hash(key: &[u8], secret: &str) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC accepts any key length");
    mac.update(secret.as_bytes());
    mac.finalize().into_bytes().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_depends_on_key_and_secret() {
        let a = keyed_hash(b"key-one", "ABCDEFGHJKMN");
        assert_eq!(a, keyed_hash(b"key-one", "ABCDEFGHJKMN"));
        assert_ne!(a, keyed_hash(b"key-two", "ABCDEFGHJKMN"));
        assert_ne!(a, keyed_hash(b"key-one", "ABCDEFGHJKMP"));
    }
}
