//! INS, the Identité Nationale de Santé (domain.md §3): the individual's
//! NIR (or NIA) qualified by the OID of its assigning authority, and the
//! legacy INS-C printed on the document des secrets.

use super::nir::Nir;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// Whether the portal serves real people or fictitious ones. Decides which
/// INS authorities are acceptable, like the test-card / real-card rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    Demo,
    Production,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim().to_ascii_lowercase().as_str() {
            "demo" => Some(Mode::Demo),
            "production" | "prod" => Some(Mode::Production),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Demo => "demo",
            Mode::Production => "production",
        }
    }
}

/// The assigning authorities of a matricule INS (domain.md §3.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum InsAuthority {
    Nir,
    Nia,
    NirTest,
    NirDemo,
}

impl InsAuthority {
    pub fn oid(self) -> &'static str {
        match self {
            InsAuthority::Nir => "1.2.250.1.213.1.4.8",
            InsAuthority::Nia => "1.2.250.1.213.1.4.9",
            InsAuthority::NirTest => "1.2.250.1.213.1.4.10",
            InsAuthority::NirDemo => "1.2.250.1.213.1.4.11",
        }
    }

    pub fn from_oid(oid: &str) -> Option<Self> {
        [Self::Nir, Self::Nia, Self::NirTest, Self::NirDemo]
            .into_iter()
            .find(|a| a.oid() == oid)
    }

    /// Real authorities in production, test/demo ones elsewhere.
    pub fn allowed_in(self, mode: Mode) -> bool {
        match mode {
            Mode::Production => matches!(self, Self::Nir | Self::Nia),
            Mode::Demo => matches!(self, Self::NirTest | Self::NirDemo),
        }
    }

    /// The authority a new identity gets: demo identities are fictitious and
    /// carry the "INS-NIR de démonstration" OID.
    pub fn default_for(mode: Mode) -> Self {
        match mode {
            Mode::Production => Self::Nir,
            Mode::Demo => Self::NirDemo,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ins {
    pub matricule: Nir,
    pub authority: InsAuthority,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InsError {
    #[error("this INS authority ({0}) is not accepted in {1} mode")]
    WrongEnvironment(&'static str, &'static str),
    #[error("a provisional number cannot be an INS-NIR")]
    Provisional,
}

impl Ins {
    pub fn new(matricule: Nir, authority: InsAuthority, mode: Mode) -> Result<Self, InsError> {
        if !authority.allowed_in(mode) {
            return Err(InsError::WrongEnvironment(authority.oid(), mode.as_str()));
        }
        if matricule.is_provisional() && authority != InsAuthority::Nia {
            return Err(InsError::Provisional);
        }
        Ok(Ins {
            matricule,
            authority,
        })
    }

    /// HL7 v2 / XDS form: `matricule^^^&OID&ISO^NH`.
    pub fn to_hl7(&self) -> String {
        format!(
            "{}^^^&{}&ISO^NH",
            self.matricule.as_str(),
            self.authority.oid()
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InscError {
    #[error("INS-C needs a non-provisional NIR")]
    ProvisionalNir,
    #[error("birth date must be YYMMDD or empty")]
    BirthDate,
}

/// Prénom as the INS-C algorithm wants it: uppercase ASCII letters only,
/// accents removed, then cut or right-padded with spaces to 10 characters.
pub fn insc_first_name(first_name: &str) -> String {
    let mut letters = String::new();
    for c in first_name.nfd() {
        match c {
            'a'..='z' => letters.push(c.to_ascii_uppercase()),
            'A'..='Z' => letters.push(c),
            // Ligatures do not decompose under NFD.
            'œ' | 'Œ' => letters.push_str("OE"),
            'æ' | 'Æ' => letters.push_str("AE"),
            'ß' => letters.push_str("SS"),
            // Combining accents, spaces, hyphens, apostrophes: dropped (the
            // algorithm turns non-letters into spaces, then removes spaces).
            _ => {}
        }
    }
    letters.truncate(10);
    format!("{letters:<10}")
}

/// INS-C (domain.md §3.3): SHA-256 of `prénom10 || YYMMDD || NIR13`, first
/// 64 bits as a 20-digit decimal, then a mod-97 key.
pub fn insc(nir: &Nir, first_name: &str, birth_yymmdd: &str) -> Result<String, InscError> {
    if nir.is_provisional() {
        return Err(InscError::ProvisionalNir);
    }
    let date = match birth_yymmdd {
        "" => "000000",
        d if d.len() == 6 && d.bytes().all(|b| b.is_ascii_digit()) => d,
        _ => return Err(InscError::BirthDate),
    };
    let seed = format!("{}{}{}", insc_first_name(first_name), date, nir.body());
    let hash = Sha256::digest(seed.as_bytes());
    let x = u64::from_be_bytes(hash[..8].try_into().expect("8 bytes"));
    let body = format!("{x:020}");
    // 20 digits do not fit u64 arithmetic safely for the modulo: use u128.
    let n: u128 = body.parse().expect("20 digits");
    let key = 97 - (n % 97) as u8;
    Ok(format!("{body}{key:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insc_matches_the_worked_example_of_domain_md() {
        let nir = Nir::parse("150081505104018").unwrap();
        assert_eq!(insc_first_name("Jean"), "JEAN      ");
        assert_eq!(
            insc(&nir, "Jean", "500801").unwrap(),
            "1541187387477485562488"
        );
    }

    #[test]
    fn insc_first_name_drops_accents_and_punctuation() {
        assert_eq!(insc_first_name("Jean-Éloïse"), "JEANELOISE");
        assert_eq!(insc_first_name("Hélène Marie-Thérèse"), "HELENEMARI");
        assert_eq!(insc_first_name("Chloé"), "CHLOE     ");
        assert_eq!(insc_first_name("Œdipe"), "OEDIPE    ");
    }

    #[test]
    fn insc_refuses_provisional_numbers_and_bad_dates() {
        let provisional = Nir::from_body("7500815051040").unwrap();
        assert_eq!(
            insc(&provisional, "Jean", "500801"),
            Err(InscError::ProvisionalNir)
        );
        let nir = Nir::parse("150081505104018").unwrap();
        assert_eq!(insc(&nir, "Jean", "5008"), Err(InscError::BirthDate));
        assert_eq!(insc(&nir, "Jean", "").unwrap().len(), 22);
    }

    #[test]
    fn ins_authorities_follow_the_environment() {
        let nir = Nir::parse("269054958815780").unwrap();
        assert!(Ins::new(nir.clone(), InsAuthority::Nir, Mode::Production).is_ok());
        assert!(Ins::new(nir.clone(), InsAuthority::NirDemo, Mode::Production).is_err());
        assert!(Ins::new(nir.clone(), InsAuthority::Nir, Mode::Demo).is_err());
        let demo = Ins::new(nir, InsAuthority::default_for(Mode::Demo), Mode::Demo).unwrap();
        assert_eq!(
            demo.to_hl7(),
            "269054958815780^^^&1.2.250.1.213.1.4.11&ISO^NH"
        );
        assert_eq!(
            InsAuthority::from_oid("1.2.250.1.213.1.4.10"),
            Some(InsAuthority::NirTest)
        );
    }

    #[test]
    fn modes_parse() {
        assert_eq!(Mode::parse("Demo"), Some(Mode::Demo));
        assert_eq!(Mode::parse("production"), Some(Mode::Production));
        assert_eq!(Mode::parse("staging"), None);
    }
}
