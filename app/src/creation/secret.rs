//! Keyed hashing of the insurer's short secrets (creation codes, test-card
//! PINs): HMAC-SHA-256 under the server's secret key, so a copy of the
//! database alone does not let anyone test guesses offline.

use hmac::{Hmac, Mac};
use sha2::Sha256;

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
