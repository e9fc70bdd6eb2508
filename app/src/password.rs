//! The patient's own password, chosen at the first sign-in: the rules that
//! need no dictionary are checked here (browser and server alike); the
//! strength estimate (zxcvbn, with its dictionaries) runs on the server.

use crate::forms::fields::{Field, FieldError};
use crate::messages::Text;
use serde::{Deserialize, Serialize};

pub const MIN_LENGTH: usize = 12;
/// zxcvbn score (0–4) a new password must reach [I].
pub const MIN_SCORE: u8 = 3;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewPasswordForm {
    pub password: String,
    pub confirm: String,
}

fn folded(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl NewPasswordForm {
    /// `personal`: the login and the holder's names, which the password
    /// must not contain (compared without case or accents).
    pub fn check_rules(&self, personal: &[&str]) -> Vec<FieldError> {
        let mut errors = self.check_shape();
        let long_enough = !errors.iter().any(|e| e.field == Field::Password);
        if long_enough && !personal.is_empty() {
            let typed = folded(&self.password);
            if personal
                .iter()
                .map(|p| folded(p))
                .any(|p| p.chars().count() >= 3 && typed.contains(p.as_str()))
            {
                errors.insert(0, FieldError::new(Field::Password, Text::PasswordPersonal));
            }
        }
        errors
    }

    /// The rules that need nothing but the form: its length and the
    /// confirmation (what the browser checks; the personal words, folded
    /// with Unicode's tables, are the server's).
    pub fn check_shape(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let length = self.password.chars().count();
        if length < MIN_LENGTH {
            errors.push(FieldError::new(
                Field::Password,
                Text::PasswordTooShort {
                    min: MIN_LENGTH,
                    found: length,
                },
            ));
        }
        if self.confirm != self.password {
            errors.push(FieldError::new(
                Field::PasswordConfirm,
                Text::PasswordsDiffer,
            ));
        }
        errors
    }
}

/// The meter's words for a zxcvbn score.
pub fn strength_label(score: u8) -> &'static str {
    match score {
        0 | 1 => "account-strength-very-weak",
        2 => "account-strength-low",
        3 => "account-strength-good",
        _ => "account-strength-excellent",
    }
}

/// Strength on the server: zxcvbn's score, knowing the personal words.
#[cfg(feature = "ssr")]
pub fn score(password: &str, personal: &[&str]) -> u8 {
    zxcvbn::zxcvbn(password, personal).score().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(p: &str) -> NewPasswordForm {
        NewPasswordForm {
            password: p.into(),
            confirm: p.into(),
        }
    }

    #[test]
    fn rules() {
        assert_eq!(form("court").check_rules(&[])[0].field, Field::Password);
        let e = form("Mon-Helene-du-jardin-2026").check_rules(&["k7m3p9tx", "Hélène"]);
        assert!(e[0].message.text().contains("ni votre prénom"), "{e:?}");
        assert!(form("lapin-vert-soupe-nuage")
            .check_rules(&["k7m3p9tx", "Claire"])
            .is_empty());
        let mismatch = NewPasswordForm {
            password: "lapin-vert-soupe-nuage".into(),
            confirm: "lapin-vert-soupe-nuag".into(),
        };
        assert_eq!(mismatch.check_rules(&[])[0].field, Field::PasswordConfirm);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn common_passwords_score_low_and_passphrases_high() {
        assert!(score("motdepasse12", &[]) < MIN_SCORE);
        assert!(score("azertyuiop123", &[]) < MIN_SCORE);
        assert!(score("lapin-vert-soupe-nuage", &[]) >= MIN_SCORE);
    }
}
