//! One-time codes, the same for every use (a sign-in, a new contact, a
//! legal representative's invitation): six digits drawn from the operating
//! system, kept only as a keyed hash bound to what they open, compared in
//! constant time. Each use keeps its own life, tries and limits in its own
//! table.

use crate::secret::keyed_hash;
use rand::Rng;
use subtle::ConstantTimeEq;

/// A fresh code, `000000`–`999999`.
pub fn new_code() -> String {
    format!("{:06}", rand::rngs::OsRng.gen_range(0..1_000_000u32))
}

/// What is stored: the code bound to its purpose and to the one session,
/// account or record it opens, so that a code never opens anything else.
pub fn hash(key: &[u8], purpose: &str, scope: i64, code: &str) -> [u8; 32] {
    keyed_hash(key, &format!("{purpose}:{scope}:{code}"))
}

/// Whether a typed code (spaces allowed) is the stored one.
pub fn matches(key: &[u8], purpose: &str, scope: i64, typed: &str, stored: &[u8]) -> bool {
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    hash(key, purpose, scope, &typed).ct_eq(stored).into()
}

/// What a wrong sign-in code is answered, after `wrong` wrong tries of
/// `tries`: the tries left, or that the code is dead.
pub fn wrong_code(wrong: i16, tries: i16) -> crate::messages::Text {
    match tries - wrong {
        left if left <= 0 => crate::messages::Text::CodeWrongTooOften { tries },
        left => crate::messages::Text::CodeWrong { left },
    }
}

/// The purposes, each a different key space.
pub const SIGN_IN: &str = "otp";
pub const CONTACT_CHANGE: &str = "contact-change";
pub const STAFF_SIGN_IN: &str = "staff-sign-in";
pub const INVITATION: &str = "representative-invitation";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_opens_only_what_it_was_made_for() {
        let key = b"0123456789abcdef0123456789abcdef";
        let code = new_code();
        assert_eq!(code.len(), 6);
        assert!(code.bytes().all(|b| b.is_ascii_digit()));
        let stored = hash(key, SIGN_IN, 7, &code);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert!(matches(key, SIGN_IN, 7, &spaced, &stored));
        assert!(!matches(key, SIGN_IN, 8, &code, &stored), "another session");
        assert!(
            !matches(key, CONTACT_CHANGE, 7, &code, &stored),
            "another use"
        );
        let other = if code == "000000" { "000001" } else { "000000" };
        assert!(!matches(key, SIGN_IN, 7, other, &stored));
    }
}
