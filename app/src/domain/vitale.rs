//! Carte Vitale (domain.md §2). The serial number has no public checksum:
//! it is an opaque string of digits, kept apart from any identifier.

use serde::{Deserialize, Serialize};

/// The two card generations; the serial is printed in a different place on each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardType {
    /// Vitale 2, since 2007: serial at the top right of the front, left of
    /// the photo (its last 11 digits).
    WithPhoto,
    /// Vitale 1: serial on the back (8 to 13 digits).
    WithoutPhoto,
}

impl CardType {
    /// The value stored in the database and posted by forms.
    pub fn code(self) -> &'static str {
        match self {
            CardType::WithPhoto => "avec_photo",
            CardType::WithoutPhoto => "sans_photo",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "avec_photo" => Some(CardType::WithPhoto),
            "sans_photo" => Some(CardType::WithoutPhoto),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CardType::WithPhoto => "Carte Vitale avec photo",
            CardType::WithoutPhoto => "Carte Vitale sans photo",
        }
    }
}

/// Digits accepted for a serial [I]: 8 to 13 (ux-notes: 8–13 on older cards).
pub const SERIAL_MIN_DIGITS: usize = 8;
pub const SERIAL_MAX_DIGITS: usize = 13;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct VitaleSerial(String);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum VitaleSerialError {
    Empty,
    Characters,
    Length { found: usize },
}

impl VitaleSerial {
    pub fn parse(input: &str) -> Result<Self, VitaleSerialError> {
        let s: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-' && *c != '.')
            .collect();
        if s.is_empty() {
            return Err(VitaleSerialError::Empty);
        }
        if !s.chars().all(|c| c.is_ascii_digit()) {
            return Err(VitaleSerialError::Characters);
        }
        if !(SERIAL_MIN_DIGITS..=SERIAL_MAX_DIGITS).contains(&s.len()) {
            return Err(VitaleSerialError::Length { found: s.len() });
        }
        Ok(VitaleSerial(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serials_with_spaces_are_accepted() {
        assert_eq!(
            VitaleSerial::parse("123 456 789 01").unwrap().as_str(),
            "12345678901"
        );
        assert_eq!(
            VitaleSerial::parse("12345678").unwrap().as_str(),
            "12345678"
        );
    }

    #[test]
    fn bad_serials_say_why() {
        assert_eq!(VitaleSerial::parse(" "), Err(VitaleSerialError::Empty));
        assert_eq!(
            VitaleSerial::parse("1234567A901"),
            Err(VitaleSerialError::Characters)
        );
        assert_eq!(
            VitaleSerial::parse("1234567"),
            Err(VitaleSerialError::Length { found: 7 })
        );
        assert_eq!(
            VitaleSerial::parse("12345678901234"),
            Err(VitaleSerialError::Length { found: 14 })
        );
    }

    #[test]
    fn card_type_codes_round_trip() {
        for t in [CardType::WithPhoto, CardType::WithoutPhoto] {
            assert_eq!(CardType::from_code(t.code()), Some(t));
        }
        assert_eq!(CardType::from_code("autre"), None);
    }
}
