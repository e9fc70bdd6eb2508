//! Deterministic synthetic households: a card holder, sometimes children on
//! the card (twins among them), each with a valid NIR, a creation code and
//! 24+ months of reimbursements drawn from the shipped code lists.
//!
//! Every household comes from its own ChaCha stream, so any household can be
//! regenerated alone: the seeder walks the households once per table and
//! streams each table with `COPY` without holding the registry in memory.

use super::demo::{self, DemoPerson};
use super::reference::{Place, Reference, REFERENCE};
use app::domain::creation_code::CreationCode;
use app::domain::nir::Nir;
use chrono::{Datelike, Duration, NaiveDate};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::HashSet;

/// Beneficiary ids are `household * MEMBERS + rank + 1`: stable whatever the count.
pub const MEMBERS: i64 = 8;

pub struct Person {
    pub id: i64,
    pub nir: Nir,
    pub birth_name: String,
    pub usage_name: Option<String>,
    pub first_names: String,
    pub male: bool,
    pub birth_date: NaiveDate,
    pub birth_place: &'static str,
    pub email: Option<String>,
    pub quality: &'static str,
    pub birth_rank: i16,
    pub code: CreationCode,
}

pub struct Household {
    pub card_id: i64,
    pub card_type: &'static str,
    pub serial: String,
    pub card_issued: NaiveDate,
    pub address_line: String,
    pub home: &'static Place,
    pub members: Vec<Person>,
    pub demo: bool,
}

pub struct Generator {
    reference: &'static Reference,
    seed: u64,
    as_of: NaiveDate,
    remaining: u64,
    next: i64,
    seen: HashSet<String>,
}

impl Generator {
    /// Households whose members add up to exactly `count` beneficiaries; the
    /// demo households come first.
    pub fn new(seed: u64, as_of: NaiveDate, count: u64) -> Self {
        Generator {
            reference: &REFERENCE,
            seed,
            as_of,
            remaining: count,
            next: 0,
            seen: HashSet::new(),
        }
    }

    fn rng(&self, stream: u64, salt: u64) -> ChaCha8Rng {
        let mut rng = ChaCha8Rng::seed_from_u64(self.seed ^ salt);
        rng.set_stream(stream);
        rng
    }

    fn unique_nir(
        &mut self,
        rng: &mut ChaCha8Rng,
        male: bool,
        birth: NaiveDate,
        place: &Place,
    ) -> Nir {
        loop {
            let dept_commune = if place.insee.starts_with("2A") || place.insee.starts_with("2B") {
                // Corsica was department 20 before 1976 (domain.md §1.1).
                if birth.year() < 1976 {
                    format!("20{}", &place.insee[2..])
                } else {
                    place.insee.to_string()
                }
            } else {
                place.insee.to_string()
            };
            let body = format!(
                "{}{:02}{:02}{}{:03}",
                if male { 1 } else { 2 },
                birth.year() % 100,
                birth.month(),
                dept_commune,
                rng.gen_range(1..=999)
            );
            let nir = Nir::from_body(&body).expect("generated NIR bodies are valid");
            if self.seen.insert(nir.as_str().to_string()) {
                return nir;
            }
        }
    }

    fn household(&mut self, index: i64) -> Household {
        let r = self.reference;
        if let Some(d) = demo::HOUSEHOLDS.get(index as usize) {
            return self.demo_household(index, d);
        }
        let mut rng = self.rng(index as u64, 0);
        let home = r.places.choose(&mut rng).unwrap();
        let holder_male = rng.gen_bool(0.48);
        let holder_age = rng.gen_range(18..=95);
        let holder_birth = birth_date(&mut rng, self.as_of, holder_age);
        let family = pick(&mut rng, names::SURNAMES).to_string();
        let mut members = vec![self.person(
            &mut rng,
            index,
            0,
            holder_male,
            holder_birth,
            &family,
            home,
            "assure",
            1,
        )];
        // About one household in six has children on the holder's card;
        // one birth in twelve is a pair of twins (same date, ranks 1 and 2).
        if holder_age < 60 && rng.gen_bool(0.16) {
            let mut slot = 1;
            for _ in 0..rng.gen_range(1..=3) {
                let age = rng.gen_range(0..=15);
                let birth = birth_date(&mut rng, self.as_of, age);
                let babies = if rng.gen_bool(0.08) { 2 } else { 1 };
                for rank in 1..=babies {
                    let male = rng.gen_bool(0.5);
                    members.push(self.person(
                        &mut rng, index, slot, male, birth, &family, home, "enfant", rank,
                    ));
                    slot += 1;
                }
            }
        }
        let with_photo = rng.gen_bool(0.75);
        let lead = rng.gen_range(1..=9);
        // The household index in the serial keeps serials unique by construction.
        let serial = if with_photo {
            format!("{lead}{index:010}")
        } else {
            format!("{lead}{index:09}")
        };
        let card_issued = self.as_of - Duration::days(rng.gen_range(30..=3650));
        Household {
            card_id: index + 1,
            card_type: if with_photo {
                "avec_photo"
            } else {
                "sans_photo"
            },
            serial,
            card_issued,
            address_line: address(&mut rng),
            home,
            members,
            demo: false,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn person(
        &mut self,
        rng: &mut ChaCha8Rng,
        household: i64,
        rank_in_household: usize,
        male: bool,
        birth_date: NaiveDate,
        family: &str,
        home: &'static Place,
        quality: &'static str,
        birth_rank: i16,
    ) -> Person {
        let r = self.reference;
        let birth_place: &'static Place = if quality == "enfant" || rng.gen_bool(0.88) {
            if rng.gen_bool(0.7) {
                home
            } else {
                r.places.choose(rng).unwrap()
            }
        } else {
            r.countries.choose(rng).unwrap()
        };
        let nir = self.unique_nir(rng, male, birth_date, birth_place);
        let given = if male { names::MALE } else { names::FEMALE };
        let count = rng.gen_range(1..=3);
        let first_names: Vec<&str> = (0..count).map(|_| pick(rng, given)).collect();
        let adult = quality == "assure";
        let usage_name =
            (adult && !male && rng.gen_bool(0.35)).then(|| pick(rng, names::SURNAMES).to_string());
        let email = (adult && rng.gen_bool(0.6)).then(|| {
            format!(
                "{}.{}{}@example.org",
                slug(first_names[0]),
                slug(usage_name.as_deref().unwrap_or(family)),
                rng.gen_range(1..100)
            )
        });
        Person {
            id: household * MEMBERS + rank_in_household as i64 + 1,
            nir,
            birth_name: family.to_string(),
            usage_name,
            first_names: first_names.join(" "),
            male,
            birth_date,
            birth_place: birth_place.insee,
            email,
            quality,
            birth_rank,
            code: CreationCode::from_indexes(rng.gen()),
        }
    }

    fn demo_household(&mut self, index: i64, d: &demo::DemoHousehold) -> Household {
        let r = self.reference;
        let members = d
            .members
            .iter()
            .enumerate()
            .map(|(i, p): (usize, &DemoPerson)| {
                let nir = Nir::parse(p.nir).expect("demo NIRs are valid");
                self.seen.insert(nir.as_str().to_string());
                Person {
                    id: index * MEMBERS + i as i64 + 1,
                    nir,
                    birth_name: p.birth_name.to_string(),
                    usage_name: p.usage_name.map(str::to_string),
                    first_names: p.first_names.to_string(),
                    male: p.male,
                    birth_date: NaiveDate::parse_from_str(p.birth_date, "%Y-%m-%d").unwrap(),
                    birth_place: p.birth_place,
                    email: p.email.map(str::to_string),
                    quality: if i == 0 { "assure" } else { "enfant" },
                    birth_rank: p.birth_rank,
                    code: CreationCode::parse(p.code).expect("demo codes are valid"),
                }
            })
            .collect();
        Household {
            card_id: index + 1,
            card_type: d.card_type,
            serial: d.serial.to_string(),
            card_issued: NaiveDate::parse_from_str(d.card_issued, "%Y-%m-%d").unwrap(),
            address_line: d.address_line.to_string(),
            home: r.place(d.home),
            members,
            demo: true,
        }
    }

    /// Reimbursement lines of one person, newest last; the same for every call.
    pub fn reimbursements(&self, person: &Person) -> Vec<Line> {
        let r = self.reference;
        let mut rng = self.rng(person.id as u64, 0x005e_ed0f_4e1b);
        let age = (self.as_of - person.birth_date).num_days() / 365;
        let events = 4 + rng.gen_range(0..=8) + (age / 10) as usize;
        // 24 months and a little more: the record shows at least two full years.
        let span = 760;
        let mut lines = Vec::with_capacity(events);
        for _ in 0..events {
            let date = self.as_of - Duration::days(rng.gen_range(0..span));
            let roll = rng.gen_range(0..100);
            let line = match roll {
                0..=39 => {
                    let d = r.drugs.choose(&mut rng).unwrap();
                    Line::Pharmacy {
                        date,
                        hospital: rng.gen_bool(0.03),
                        cip13: d.cip13,
                        label: d.name,
                        active_ingredients: d.active_ingredient,
                        quantity: rng.gen_range(1..=3),
                    }
                }
                40..=69 => {
                    if rng.gen_bool(0.8) {
                        let a = r.ngap.choose(&mut rng).unwrap();
                        Line::Care {
                            date,
                            hospital: rng.gen_bool(0.08),
                            system: "NGAP",
                            code: a.code,
                            coefficient: a.coefficient,
                            label: a.label,
                            specialty: a.specialty,
                        }
                    } else {
                        let a = r.ccam_care.choose(&mut rng).unwrap();
                        let dental = a.code.starts_with("HB");
                        Line::Care {
                            date,
                            hospital: rng.gen_bool(0.15),
                            system: "CCAM",
                            code: a.code,
                            coefficient: "1",
                            label: a.label,
                            specialty: if dental {
                                "Chirurgie dentaire"
                            } else if a.code.starts_with("B") {
                                "Ophtalmologie"
                            } else if a.code.starts_with("DE") {
                                "Cardiologie"
                            } else {
                                "Médecine générale"
                            },
                        }
                    }
                }
                70..=84 => {
                    let a = r.nabm.choose(&mut rng).unwrap();
                    Line::Biology {
                        date,
                        hospital: rng.gen_bool(0.15),
                        code: a.code,
                        label: a.label,
                        quantity: 1,
                    }
                }
                85..=95 => {
                    let a = r.radiology.choose(&mut rng).unwrap();
                    Line::Radiology {
                        date,
                        hospital: rng.gen_bool(0.3),
                        code: a.code,
                        label: a.label,
                    }
                }
                _ => Line::Hospital {
                    date,
                    length_days: rng.gen_range(0..=12),
                    nature: HOSPITAL_NATURES.choose(&mut rng).unwrap(),
                },
            };
            lines.push(line);
        }
        lines
    }
}

pub const HOSPITAL_NATURES: &[&str] = &[
    "Médecine",
    "Chirurgie",
    "Obstétrique",
    "Hospitalisation de jour",
    "Soins de suite et de réadaptation",
    "Psychiatrie",
];

pub enum Line {
    Pharmacy {
        date: NaiveDate,
        hospital: bool,
        cip13: &'static str,
        label: &'static str,
        active_ingredients: &'static str,
        quantity: i32,
    },
    Care {
        date: NaiveDate,
        hospital: bool,
        system: &'static str,
        code: &'static str,
        coefficient: &'static str,
        label: &'static str,
        specialty: &'static str,
    },
    Radiology {
        date: NaiveDate,
        hospital: bool,
        code: &'static str,
        label: &'static str,
    },
    Hospital {
        date: NaiveDate,
        length_days: i32,
        nature: &'static str,
    },
    Biology {
        date: NaiveDate,
        hospital: bool,
        code: &'static str,
        label: &'static str,
        quantity: i32,
    },
}

impl Iterator for Generator {
    type Item = Household;

    fn next(&mut self) -> Option<Household> {
        if self.remaining == 0 {
            return None;
        }
        let mut h = self.household(self.next);
        self.next += 1;
        if h.members.len() as u64 > self.remaining {
            h.members.truncate(self.remaining as usize);
        }
        self.remaining -= h.members.len() as u64;
        Some(h)
    }
}

fn birth_date(rng: &mut ChaCha8Rng, as_of: NaiveDate, age: i64) -> NaiveDate {
    as_of - Duration::days(age * 365 + rng.gen_range(0..365))
}

fn pick<'s>(rng: &mut ChaCha8Rng, list: &'s [&'s str]) -> &'s str {
    list.choose(rng).unwrap()
}

fn address(rng: &mut ChaCha8Rng) -> String {
    format!("{} {}", rng.gen_range(1..=180), pick(rng, names::STREETS))
}

/// `Hélène-Marie` → `helene-marie`, for synthetic e-mail addresses.
fn slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    s.nfd()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .flat_map(char::to_lowercase)
        .collect()
}

mod names {
    pub const SURNAMES: &[&str] = &[
        "MARTIN",
        "BERNARD",
        "THOMAS",
        "PETIT",
        "ROBERT",
        "RICHARD",
        "DURAND",
        "DUBOIS",
        "MOREAU",
        "LAURENT",
        "SIMON",
        "MICHEL",
        "LEFEBVRE",
        "LEROY",
        "ROUX",
        "DAVID",
        "BERTRAND",
        "MOREL",
        "FOURNIER",
        "GIRARD",
        "BONNET",
        "DUPONT",
        "LAMBERT",
        "FONTAINE",
        "ROUSSEAU",
        "VINCENT",
        "MULLER",
        "LEFÈVRE",
        "FAURE",
        "ANDRÉ",
        "MERCIER",
        "BLANC",
        "GUÉRIN",
        "BOYER",
        "GARNIER",
        "CHEVALIER",
        "FRANÇOIS",
        "LEGRAND",
        "GAUTHIER",
        "GARCIA",
        "PERRIN",
        "ROBIN",
        "CLÉMENT",
        "MORIN",
        "NICOLAS",
        "HENRY",
        "ROUSSEL",
        "MATHIEU",
        "MASSON",
        "NGUYEN",
        "DIALLO",
        "BENALI",
        "DA SILVA",
        "LE GALL",
        "N'DIAYE",
        "SANTONI",
        "ETCHEVERRY",
        "KERVELLA",
        "HOARAU",
        "JEAN-BAPTISTE",
    ];
    pub const MALE: &[&str] = &[
        "Jean",
        "Pierre",
        "Michel",
        "André",
        "Philippe",
        "Alain",
        "Bernard",
        "Jacques",
        "Daniel",
        "Nicolas",
        "Christophe",
        "Stéphane",
        "Thomas",
        "Julien",
        "Lucas",
        "Hugo",
        "Louis",
        "Gabriel",
        "Léo",
        "Arthur",
        "Mohamed",
        "Karim",
        "Antoine",
        "François",
        "Jean-Pierre",
        "Noé",
        "Raphaël",
        "Yanis",
    ];
    pub const FEMALE: &[&str] = &[
        "Marie",
        "Nathalie",
        "Isabelle",
        "Sylvie",
        "Catherine",
        "Françoise",
        "Christine",
        "Monique",
        "Valérie",
        "Sandrine",
        "Julie",
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Emma",
        "Jade",
        "Louise",
        "Alice",
        "Inès",
        "Fatima",
        "Aïcha",
        "Hélène",
        "Anne",
        "Marie-Claire",
        "Zoé",
        "Maëlys",
        "Océane",
    ];
    pub const STREETS: &[&str] = &[
        "rue de la République",
        "avenue Jean Jaurès",
        "rue Victor Hugo",
        "place de la Mairie",
        "rue du Général de Gaulle",
        "boulevard Pasteur",
        "chemin des Vignes",
        "rue des Écoles",
        "allée des Tilleuls",
        "impasse du Moulin",
        "rue de la Gare",
        "route de Paris",
        "rue Jules Ferry",
        "avenue de la Libération",
        "rue des Lilas",
    ];
}
