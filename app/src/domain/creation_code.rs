//! The 12-character creation code sent by the insurer (domain.md §4.2 [I]).
//! Its alphabet leaves out the characters people confuse: 0/O and 1/I.

use serde::{Deserialize, Serialize};

/// 24 letters and 8 digits: 32 symbols, 5 bits each, 60 bits per code.
pub const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
pub const LENGTH: usize = 12;

#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreationCode(String);

// A secret: never printed by accident in logs or panics.
impl std::fmt::Debug for CreationCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CreationCode(****)")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CreationCodeError {
    Empty,
    Length { found: usize },
    Ambiguous,
    Characters,
}

impl CreationCode {
    /// Accepts lowercase, spaces and dashes (`abcd-efgh-jkmn`).
    pub fn parse(input: &str) -> Result<Self, CreationCodeError> {
        let s: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_uppercase)
            .collect();
        if s.is_empty() {
            return Err(CreationCodeError::Empty);
        }
        if let Some(bad) = s.bytes().find(|b| !ALPHABET.contains(b)) {
            return Err(if matches!(bad, b'0' | b'1' | b'O' | b'I') {
                CreationCodeError::Ambiguous
            } else {
                CreationCodeError::Characters
            });
        }
        if s.len() != LENGTH {
            return Err(CreationCodeError::Length { found: s.len() });
        }
        Ok(CreationCode(s))
    }

    /// Builds a code from 12 random indexes into the alphabet; the caller
    /// brings the randomness (a CSPRNG on the server, a seeded one for demo data).
    pub fn from_indexes(indexes: [u8; LENGTH]) -> Self {
        CreationCode(
            indexes
                .iter()
                .map(|i| ALPHABET[usize::from(*i) % ALPHABET.len()] as char)
                .collect(),
        )
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Grouped by four, as printed on letters: `ABCD-EFGH-JKLM`.
    pub fn display(&self) -> String {
        format!("{}-{}-{}", &self.0[0..4], &self.0[4..8], &self.0[8..12])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn typed_forms_normalise() {
        let c = CreationCode::parse(" abcd-efgh jkmn ").unwrap();
        assert_eq!(c.as_str(), "ABCDEFGHJKMN");
        assert_eq!(c.display(), "ABCD-EFGH-JKMN");
    }

    #[test]
    fn errors_name_the_rule() {
        assert_eq!(CreationCode::parse(""), Err(CreationCodeError::Empty));
        assert_eq!(
            CreationCode::parse("ABCD"),
            Err(CreationCodeError::Length { found: 4 })
        );
        assert_eq!(
            CreationCode::parse("ABCDEFGH0KMN"),
            Err(CreationCodeError::Ambiguous)
        );
        assert_eq!(
            CreationCode::parse("ABCDEFGHOKMN"),
            Err(CreationCodeError::Ambiguous)
        );
        assert_eq!(
            CreationCode::parse("ABCDEFGH#KMN"),
            Err(CreationCodeError::Characters)
        );
    }

    #[test]
    fn the_alphabet_has_no_ambiguous_character() {
        for c in b"01OI" {
            assert!(!ALPHABET.contains(c));
        }
        let mut sorted = ALPHABET.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), 32);
    }

    #[test]
    fn debug_never_shows_the_code() {
        let c = CreationCode::parse("ABCDEFGHJKMN").unwrap();
        assert!(!format!("{c:?}").contains("ABCD"));
    }

    proptest! {
        #[test]
        fn generated_codes_always_parse(idx in prop::array::uniform12(0u8..=255)) {
            let c = CreationCode::from_indexes(idx);
            prop_assert_eq!(CreationCode::parse(c.as_str()), Ok(c.clone()));
            prop_assert_eq!(CreationCode::parse(&c.display().to_lowercase()), Ok(c));
        }
    }
}
