//! The small extracts of real code lists shipped in `server/data/`, each
//! file naming its source in its header comments.

pub struct Drug {
    pub cip13: &'static str,
    pub name: &'static str,
    pub active_ingredient: &'static str,
}

pub struct Act {
    pub code: &'static str,
    pub label: &'static str,
}

pub struct NgapAct {
    pub code: &'static str,
    pub label: &'static str,
    pub specialty: &'static str,
    pub coefficient: &'static str,
}

pub struct Place {
    /// INSEE COG code: commune (`75056`, `2A004`, `97120`) or country (`99350`).
    pub insee: &'static str,
    pub city: &'static str,
    pub postal_code: &'static str,
    pub department_name: &'static str,
}

impl Place {
    pub fn is_abroad(&self) -> bool {
        self.insee.starts_with("99")
    }

    /// The department part of the code: 2 characters, 3 overseas.
    pub fn department(&self) -> &'static str {
        if self.insee.starts_with("97") {
            &self.insee[..3]
        } else {
            &self.insee[..2]
        }
    }
}

/// Loaded once: the generator hands out `&'static` places and labels.
pub static REFERENCE: std::sync::LazyLock<Reference> = std::sync::LazyLock::new(Reference::load);

pub struct Reference {
    pub drugs: Vec<Drug>,
    pub radiology: Vec<Act>,
    pub ccam_care: Vec<Act>,
    pub nabm: Vec<Act>,
    pub ngap: Vec<NgapAct>,
    pub places: Vec<Place>,
    pub countries: Vec<Place>,
}

pub const DRUGS_SOURCE: &str = "BDPM (ANSM) 2026-07-24";
pub const CCAM_SOURCE: &str = "CCAM v81 (CNAM) 2026-01-01";
pub const NABM_SOURCE: &str = "NABM, SNDS IR_BIO_R 2019";
pub const NGAP_SOURCE: &str = "NGAP (CNAM)";
pub const HOSPITAL_SOURCE: &str = "synthétique";

/// Data lines of a `;`-separated file, without comments and header.
fn rows(text: &'static str, columns: usize) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(move |l| {
            let f: Vec<&str> = l.split(';').collect();
            assert_eq!(f.len(), columns, "malformed reference row: {l}");
            f
        })
}

impl Reference {
    pub fn load() -> Self {
        let drugs = rows(include_str!("../../data/drugs.csv"), 3)
            .map(|f| Drug {
                cip13: f[0],
                name: f[1],
                active_ingredient: f[2],
            })
            .collect();
        let (mut radiology, mut ccam_care) = (Vec::new(), Vec::new());
        for f in rows(include_str!("../../data/ccam.csv"), 3) {
            let act = Act {
                code: f[0],
                label: f[1],
            };
            match f[2] {
                "radiology" => radiology.push(act),
                "care" => ccam_care.push(act),
                other => panic!("unknown CCAM kind {other}"),
            }
        }
        let nabm = rows(include_str!("../../data/nabm.csv"), 2)
            .map(|f| Act {
                code: f[0],
                label: f[1],
            })
            .collect();
        let ngap = rows(include_str!("../../data/ngap.csv"), 4)
            .map(|f| NgapAct {
                code: f[0],
                label: f[1],
                specialty: f[2],
                coefficient: f[3],
            })
            .collect();
        let (countries, places) = rows(include_str!("../../data/places.csv"), 4)
            .map(|f| Place {
                insee: f[0],
                city: f[1],
                postal_code: f[2],
                department_name: f[3],
            })
            .partition(Place::is_abroad);
        Reference {
            drugs,
            radiology,
            ccam_care,
            nabm,
            ngap,
            places,
            countries,
        }
    }

    pub fn place(&self, insee: &str) -> &Place {
        self.places
            .iter()
            .chain(&self.countries)
            .find(|p| p.insee == insee)
            .unwrap_or_else(|| panic!("place {insee} missing from places.csv"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cip13_is_valid(c: &str) -> bool {
        let d: Vec<u32> = c.bytes().map(|b| u32::from(b - b'0')).collect();
        let sum: u32 = d[..12]
            .iter()
            .enumerate()
            .map(|(i, x)| if i % 2 == 0 { *x } else { 3 * x })
            .sum();
        d.len() == 13 && (10 - sum % 10) % 10 == d[12]
    }

    #[test]
    fn shipped_code_lists_are_well_formed() {
        let r = Reference::load();
        assert!(r.drugs.len() >= 20);
        for d in &r.drugs {
            assert!(
                d.cip13.starts_with("34009") && cip13_is_valid(d.cip13),
                "{}",
                d.cip13
            );
        }
        for a in r.radiology.iter().chain(&r.ccam_care) {
            let b = a.code.as_bytes();
            assert!(
                b.len() == 7
                    && b[..4].iter().all(u8::is_ascii_uppercase)
                    && b[4..].iter().all(u8::is_ascii_digit),
                "{}",
                a.code
            );
        }
        for a in &r.nabm {
            assert!(a.code.len() == 4 && a.code.bytes().all(|b| b.is_ascii_digit()));
        }
        for p in &r.places {
            assert_eq!(p.postal_code.len(), 5, "{}", p.insee);
        }
        assert!(r.places.iter().any(|p| p.insee.starts_with("2A")));
        assert!(r.places.iter().any(|p| p.insee.starts_with("97")));
        assert!(!r.countries.is_empty());
        assert!(r.ngap.iter().all(|n| n.coefficient.parse::<f64>().is_ok()));
    }
}
