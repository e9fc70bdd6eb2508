//! The patient's contact channels (domain.md §4.2): an e-mail address and a
//! French mobile number, where the one-time sign-in codes go.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EmailError {
    Shape,
    Space,
    TooLong,
}

impl Email {
    /// Deliberately loose (the only real check is a code received there):
    /// one `@`, something before it, a dotted domain after it.
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let s = input.trim();
        if s.chars().any(char::is_whitespace) {
            return Err(EmailError::Space);
        }
        if s.len() > 254 {
            return Err(EmailError::TooLong);
        }
        let (local, domain) = s.split_once('@').ok_or(EmailError::Shape)?;
        let domain_ok = !domain.contains('@')
            && domain.contains('.')
            && domain
                .split('.')
                .all(|label| !label.is_empty() && !label.starts_with('-'));
        if local.is_empty() || !domain_ok {
            return Err(EmailError::Shape);
        }
        // Domains are case-insensitive; the local part is kept as typed.
        Ok(Email(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A French mobile number, stored as `+336…` / `+337…` (E.164).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mobile(String);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MobileError {
    Shape,
}

impl Mobile {
    /// Accepts `06 12 34 56 78`, `06.12.34.56.78`, `+33 6 12 34 56 78`, `0033612345678`.
    pub fn parse(input: &str) -> Result<Self, MobileError> {
        let compact: String = input
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-' | '\u{a0}'))
            .collect();
        let national = if let Some(rest) = compact.strip_prefix("+33") {
            rest.to_string()
        } else if let Some(rest) = compact.strip_prefix("0033") {
            rest.to_string()
        } else if let Some(rest) = compact.strip_prefix('0') {
            rest.to_string()
        } else {
            return Err(MobileError::Shape);
        };
        let valid = national.len() == 9
            && national.chars().all(|c| c.is_ascii_digit())
            && matches!(national.as_bytes()[0], b'6' | b'7');
        if valid {
            Ok(Mobile(format!("+33{national}")))
        } else {
            Err(MobileError::Shape)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `06 12 34 56 78`, as people write it.
    pub fn display(&self) -> String {
        let national = format!("0{}", &self.0[3..]);
        national
            .as_bytes()
            .chunks(2)
            .map(|pair| std::str::from_utf8(pair).unwrap_or_default())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Any telephone number someone may be reached at: a French one (landline
/// or mobile), stored as `+33…`, or a foreign one written with its `+`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone(String);

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhoneError {
    Shape,
}

impl Phone {
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let compact: String = input
            .trim()
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-' | '\u{a0}'))
            .collect();
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        let national = compact
            .strip_prefix("+33")
            .or_else(|| compact.strip_prefix("0033"))
            .or_else(|| compact.strip_prefix('0').filter(|r| !r.starts_with('0')));
        match national {
            Some(n) if n.len() == 9 && digits(n) && n.as_bytes()[0] != b'0' => {
                Ok(Phone(format!("+33{n}")))
            }
            Some(_) => Err(PhoneError::Shape),
            None => {
                let foreign = compact
                    .strip_prefix('+')
                    .filter(|n| digits(n) && (8..=15).contains(&n.len()));
                foreign
                    .map(|n| Phone(format!("+{n}")))
                    .ok_or(PhoneError::Shape)
            }
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `01 23 45 67 89` for a French number, as stored otherwise.
    pub fn display(&self) -> String {
        match self.0.strip_prefix("+33") {
            Some(n) => format!("0{n}")
                .as_bytes()
                .chunks(2)
                .map(|pair| std::str::from_utf8(pair).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(" "),
            None => self.0.clone(),
        }
    }
}

/// « c•••@exemple.fr »: enough for the person to recognise it.
pub fn mask_email(e: &str) -> String {
    match e.split_once('@') {
        Some((local, domain)) => {
            let first: String = local.chars().take(1).collect();
            format!("{first}•••@{domain}")
        }
        None => "•••".into(),
    }
}

/// « 06 •• •• •• 78 ».
pub fn mask_mobile(m: &str) -> String {
    // +33612345678 → 06 •• •• •• 78
    let digits: String = m.chars().filter(char::is_ascii_digit).collect();
    let last: String = digits
        .chars()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let second = digits.chars().nth(2).unwrap_or('6');
    format!("0{second} •• •• •• {last}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails() {
        assert_eq!(
            Email::parse(" Claire.Dubois@Exemple.FR ").unwrap().as_str(),
            "Claire.Dubois@exemple.fr"
        );
        assert_eq!(Email::parse("claire"), Err(EmailError::Shape));
        assert_eq!(Email::parse("claire@exemple"), Err(EmailError::Shape));
        assert_eq!(Email::parse("@exemple.fr"), Err(EmailError::Shape));
        assert_eq!(Email::parse("a@b@c.fr"), Err(EmailError::Shape));
        assert_eq!(Email::parse("a@.fr"), Err(EmailError::Shape));
        assert_eq!(Email::parse("clai re@exemple.fr"), Err(EmailError::Space));
    }

    #[test]
    fn phones() {
        for typed in [
            "01 23 45 67 89",
            "+33 1 23 45 67 89",
            "0033123456789",
            "01.23.45.67.89",
        ] {
            let p = Phone::parse(typed).unwrap();
            assert_eq!(p.as_str(), "+33123456789");
            assert_eq!(p.display(), "01 23 45 67 89");
        }
        assert_eq!(
            Phone::parse("06 12 34 56 78").unwrap().as_str(),
            "+33612345678"
        );
        assert_eq!(
            Phone::parse("+41 22 123 45 67").unwrap().as_str(),
            "+41221234567"
        );
        assert_eq!(
            Phone::parse("+41 22 123 45 67").unwrap().display(),
            "+41221234567"
        );
        for bad in [
            "",
            "0123",
            "00 12 34 56 78",
            "01 23 45 67 8",
            "+33 0 12 34 56 78",
            "numéro",
            "+12",
        ] {
            assert_eq!(Phone::parse(bad), Err(PhoneError::Shape), "{bad}");
        }
    }

    #[test]
    fn mobiles() {
        for typed in [
            "06 12 34 56 78",
            "06.12.34.56.78",
            "+33 6 12 34 56 78",
            "0033612345678",
        ] {
            let m = Mobile::parse(typed).unwrap();
            assert_eq!(m.as_str(), "+33612345678");
            assert_eq!(m.display(), "06 12 34 56 78");
        }
        assert!(Mobile::parse("07 00 00 00 00").is_ok());
        for bad in [
            "01 23 45 67 89",
            "06 12 34 56",
            "06 12 34 56 789",
            "6 12 34 56 78",
            "",
        ] {
            assert_eq!(Mobile::parse(bad), Err(MobileError::Shape), "{bad}");
        }
    }
}
