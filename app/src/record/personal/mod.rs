//! The Espace personnel's own information: health notes, contact details,
//! people to call in an emergency, the personne de confiance, written
//! advance directives and the organ-donation wish. One summary page, one
//! form per subject; the rules below run in the browser (instant checks)
//! and on the server (the one that decides).

pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

use crate::domain::contact::Phone;
use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::messages::Text;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::paths::PERSONAL_PATH as PATH;
/// [I] Longest note, and longest written directives.
pub const NOTE_MAX: usize = 2000;
pub const DIRECTIVES_MAX: usize = 10_000;
/// [I] People to call in an emergency, at most.
pub const CONTACTS_MAX: i64 = 5;
pub const BLOOD_GROUPS: [&str; 8] = ["A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-"];

/// The subjects, each with its form page: (address segment, title's key).
pub const SUBJECTS: [(&str, &str); 6] = [
    ("notes", "personal-subject-notes"),
    ("coordonnees", "personal-subject-coordinates"),
    ("personnes-a-prevenir", "personal-subject-contacts"),
    ("personne-de-confiance", "personal-subject-trusted"),
    ("directives-anticipees", "personal-subject-directives"),
    ("don-d-organes", "personal-subject-organ"),
];

pub fn subject_path(segment: &str) -> String {
    format!("{PATH}/{segment}")
}

fn error(errors: &mut Vec<FieldError>, field: Field, message: impl Into<crate::messages::Msg>) {
    errors.push(FieldError::new(field, message));
}

fn too_long(text: &str, max: usize) -> bool {
    text.chars().count() > max
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthNotes {
    #[serde(default)]
    pub allergies: String,
    #[serde(default)]
    pub history: String,
    #[serde(default)]
    pub operations: String,
    #[serde(default)]
    pub blood_group: String,
    #[serde(default)]
    pub free_note: String,
}

impl HealthNotes {
    pub fn check(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let max = NOTE_MAX;
        for (field, text, message) in [
            (
                Field::Allergies,
                &self.allergies,
                Text::AllergiesTooLong { max },
            ),
            (Field::History, &self.history, Text::HistoryTooLong { max }),
            (
                Field::Operations,
                &self.operations,
                Text::OperationsTooLong { max },
            ),
            (
                Field::FreeNote,
                &self.free_note,
                Text::FreeNoteTooLong { max },
            ),
        ] {
            if too_long(text.trim(), NOTE_MAX) {
                error(&mut errors, field, message);
            }
        }
        if !self.blood_group.is_empty() && !BLOOD_GROUPS.contains(&self.blood_group.as_str()) {
            error(&mut errors, Field::BloodGroup, Text::ChooseBloodGroup);
        }
        errors
    }

    pub fn trimmed(&self) -> Self {
        HealthNotes {
            allergies: self.allergies.trim().to_string(),
            history: self.history.trim().to_string(),
            operations: self.operations.trim().to_string(),
            blood_group: self.blood_group.clone(),
            free_note: self.free_note.trim().to_string(),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coordinates {
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub postal_code: String,
    #[serde(default)]
    pub town: String,
    #[serde(default)]
    pub phone: String,
}

impl Coordinates {
    pub fn check(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        let (address, postal, town) = (
            self.address.trim(),
            postal_code(&self.postal_code),
            self.town.trim(),
        );
        let any = !address.is_empty() || !postal.is_empty() || !town.is_empty();
        if too_long(address, 200) {
            error(&mut errors, Field::Address, Text::AddressTooLong);
        }
        if any && postal.is_empty() {
            error(&mut errors, Field::PostalCode, Text::PostalCodeMissing);
        } else if !postal.is_empty() && !is_postal_code(&postal) {
            error(&mut errors, Field::PostalCode, Text::PostalCodeShape);
        }
        if any && town.is_empty() {
            error(&mut errors, Field::Town, Text::TownMissing);
        } else if too_long(town, 100) {
            error(&mut errors, Field::Town, Text::TownTooLong);
        }
        if !self.phone.trim().is_empty() {
            if let Err(e) = Phone::parse(&self.phone) {
                error(&mut errors, Field::Phone, e);
            }
        }
        errors
    }

    /// What is stored: trimmed, the phone as `+33…` (call after `check`).
    pub fn normalised(&self) -> Self {
        Coordinates {
            address: self.address.trim().to_string(),
            postal_code: postal_code(&self.postal_code),
            town: self.town.trim().to_string(),
            phone: Phone::parse(&self.phone)
                .map(|p| p.as_str().to_string())
                .unwrap_or_default(),
        }
    }
}

fn is_postal_code(code: &str) -> bool {
    code.len() == 5 && code.chars().all(|c| c.is_ascii_digit())
}

fn postal_code(typed: &str) -> String {
    typed.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Somebody the holder names: a person to call, or their personne de confiance.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    #[serde(default)]
    pub last_name: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub relation: String,
    #[serde(default)]
    pub phone: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Emergency,
    Trusted,
}

impl Role {
    /// The fields of its form (both forms may one day share a page).
    fn fields(self) -> [Field; 4] {
        match self {
            Role::Emergency => [
                Field::ContactLastName,
                Field::ContactFirstName,
                Field::ContactRelation,
                Field::ContactPhone,
            ],
            Role::Trusted => [
                Field::TrustedLastName,
                Field::TrustedFirstName,
                Field::TrustedRelation,
                Field::TrustedPhone,
            ],
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Role::Emergency => "a_prevenir",
            Role::Trusted => "confiance",
        }
    }
}

impl Person {
    pub fn check(&self, role: Role) -> Vec<FieldError> {
        let [last, first, relation, phone] = role.fields();
        let mut errors = Vec::new();
        for (field, text, missing) in [
            (last, &self.last_name, Text::PersonLastNameMissing),
            (first, &self.first_name, Text::PersonFirstNameMissing),
        ] {
            let text = text.trim();
            if text.is_empty() {
                error(&mut errors, field, missing);
            } else if too_long(text, 100) {
                error(&mut errors, field, Text::HundredCharactersAtMost);
            }
        }
        if too_long(self.relation.trim(), 60) {
            error(&mut errors, relation, Text::RelationTooLong);
        }
        if self.phone.trim().is_empty() {
            error(&mut errors, phone, Text::PersonPhoneMissing);
        } else if let Err(e) = Phone::parse(&self.phone) {
            error(&mut errors, phone, e);
        }
        errors
    }

    pub fn normalised(&self) -> Self {
        Person {
            last_name: self.last_name.trim().to_string(),
            first_name: self.first_name.trim().to_string(),
            relation: self.relation.trim().to_string(),
            phone: Phone::parse(&self.phone)
                .map(|p| p.as_str().to_string())
                .unwrap_or_default(),
        }
    }

    /// With the phone written as people read it.
    pub fn for_display(mut self) -> Self {
        if let Ok(p) = Phone::parse(&self.phone) {
            self.phone = p.display();
        }
        self
    }
}

pub fn check_directives(text: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if text.trim().is_empty() {
        error(&mut errors, Field::Directives, Text::DirectivesEmpty);
    } else if too_long(text.trim(), DIRECTIVES_MAX) {
        error(
            &mut errors,
            Field::Directives,
            Text::DirectivesTooLong {
                max: DIRECTIVES_MAX,
            },
        );
    }
    errors
}

/// The organ-donation wish: (stored value, key of what it says).
pub const ORGAN_CHOICES: [(&str, &str); 3] = [
    ("non_exprime", "personal-organ-unsaid"),
    ("accord", "personal-organ-yes"),
    ("refus", "personal-organ-no"),
];

pub fn check_organ_donation(choice: &str) -> Vec<FieldError> {
    if ORGAN_CHOICES.iter().any(|(code, _)| *code == choice) {
        Vec::new()
    } else {
        vec![FieldError {
            field: Field::OrganDonation,
            message: Text::ChooseAnswer.into(),
        }]
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: i64,
    pub person: Person,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrittenDirectives {
    pub document_id: i64,
    pub text: String,
    pub date: String,
}

/// Everything of the Espace personnel's own information, phones written
/// as people read them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonalSpace {
    pub notes: HealthNotes,
    pub coordinates: Coordinates,
    pub organ_donation: String,
    pub contacts: Vec<Contact>,
    pub trusted: Option<Person>,
    pub directives: Option<WrittenDirectives>,
}

/// The key of the confirmation shown on the summary after a change (`?fait=`).
pub fn done_message(code: &str) -> Option<&'static str> {
    Some(match code {
        "notes" => "personal-done-notes",
        "coordonnees" => "personal-done-coordinates",
        "contact-ajoute" => "personal-done-contact-added",
        "contact-retire" => "personal-done-contact-removed",
        "confiance" => "personal-done-trusted",
        "confiance-retiree" => "personal-done-trusted-removed",
        "directives" => "personal-done-directives",
        "don" => "personal-done-organ",
        _ => return None,
    })
}

#[cfg(feature = "ssr")]
fn done(code: &str) {
    leptos_axum::redirect(&format!("{PATH}?fait={code}"));
}

#[cfg(feature = "ssr")]
fn refused(errors: Vec<FieldError>) -> PortalError {
    PortalError::Invalid(errors)
}

#[cfg(feature = "ssr")]
fn not_signed_in() -> PortalError {
    PortalError::refused(crate::messages::Text::NotSignedIn)
}

/// `None` when nobody is signed in.
#[server(endpoint = "dmp/espace-personnel")]
pub async fn load_personal_space() -> Result<Option<PersonalSpace>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    store::load(&pool, &session, now)
        .await
        .map(Some)
        .map_err(unavailable)
}

#[server(endpoint = "dmp/espace-personnel/notes")]
pub async fn save_health_notes(form: HealthNotes) -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    let errors = form.check();
    if !errors.is_empty() {
        return Err(refused(errors));
    }
    store::save_notes(&pool, &session, &form.trimmed(), now)
        .await
        .map_err(crate::http::unavailable)?;
    done("notes");
    Ok(())
}

#[server(endpoint = "dmp/espace-personnel/coordonnees")]
pub async fn save_coordinates(form: Coordinates) -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    let errors = form.check();
    if !errors.is_empty() {
        return Err(refused(errors));
    }
    store::save_coordinates(&pool, &session, &form.normalised(), now)
        .await
        .map_err(crate::http::unavailable)?;
    done("coordonnees");
    Ok(())
}

#[server(endpoint = "dmp/espace-personnel/don")]
pub async fn save_organ_donation(choice: String) -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    let errors = check_organ_donation(&choice);
    if !errors.is_empty() {
        return Err(refused(errors));
    }
    store::save_organ_donation(&pool, &session, &choice, now)
        .await
        .map_err(crate::http::unavailable)?;
    done("don");
    Ok(())
}

#[server(endpoint = "dmp/espace-personnel/contact")]
pub async fn add_emergency_contact(form: Person) -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    let errors = form.check(Role::Emergency);
    if !errors.is_empty() {
        return Err(refused(errors));
    }
    let added = store::add_contact(&pool, &session, &form.normalised(), now)
        .await
        .map_err(crate::http::unavailable)?;
    if !added {
        return Err(PortalError::refused(Text::TooManyContacts {
            max: CONTACTS_MAX,
        }));
    }
    done("contact-ajoute");
    Ok(())
}

#[server(endpoint = "dmp/espace-personnel/contact-retrait")]
pub async fn remove_emergency_contact(id: String) -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    let id = id.parse::<i64>().unwrap_or_default();
    store::remove_contact(&pool, &session, Role::Emergency, Some(id), now)
        .await
        .map_err(crate::http::unavailable)?;
    // Removing twice (a double click) is no error: the person is gone.
    done("contact-retire");
    Ok(())
}

#[server(endpoint = "dmp/espace-personnel/confiance")]
pub async fn save_trusted_person(form: Person) -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    let errors = form.check(Role::Trusted);
    if !errors.is_empty() {
        return Err(refused(errors));
    }
    store::save_trusted(&pool, &session, &form.normalised(), now)
        .await
        .map_err(crate::http::unavailable)?;
    done("confiance");
    Ok(())
}

#[server(endpoint = "dmp/espace-personnel/confiance-retrait")]
pub async fn remove_trusted_person() -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    store::remove_contact(&pool, &session, Role::Trusted, None, now)
        .await
        .map_err(crate::http::unavailable)?;
    done("confiance-retiree");
    Ok(())
}

#[server(endpoint = "dmp/espace-personnel/directives")]
pub async fn save_directives(text: String) -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    let errors = check_directives(&text);
    if !errors.is_empty() {
        return Err(refused(errors));
    }
    store::save_directives(&pool, &session, text.trim(), now)
        .await
        .map_err(crate::http::unavailable)?;
    done("directives");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_need_a_whole_address_and_a_valid_phone() {
        assert!(Coordinates::default().check().is_empty());
        let partial = Coordinates {
            address: "12 rue des Lilas".into(),
            ..Default::default()
        };
        let fields: Vec<_> = partial.check().iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::PostalCode, Field::Town]);
        let full = Coordinates {
            address: " 12 rue des Lilas ".into(),
            postal_code: "75 015".into(),
            town: "Paris".into(),
            phone: "01 23 45 67 89".into(),
        };
        assert!(full.check().is_empty());
        assert_eq!(full.normalised().postal_code, "75015");
        assert_eq!(full.normalised().phone, "+33123456789");
        let bad = Coordinates {
            postal_code: "7501".into(),
            town: "Paris".into(),
            phone: "12".into(),
            ..Default::default()
        };
        let fields: Vec<_> = bad.check().iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::PostalCode, Field::Phone]);
    }

    #[test]
    fn a_person_needs_names_and_a_phone_on_the_fields_of_their_form() {
        let errors = Person::default().check(Role::Trusted);
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [
                Field::TrustedLastName,
                Field::TrustedFirstName,
                Field::TrustedPhone
            ]
        );
        let p = Person {
            last_name: "Leroy".into(),
            first_name: "Paul".into(),
            relation: "Frère".into(),
            phone: "06 11 22 33 44".into(),
        };
        assert!(p.check(Role::Emergency).is_empty());
        assert_eq!(p.normalised().phone, "+33611223344");
        assert_eq!(p.normalised().for_display().phone, "06 11 22 33 44");
    }

    #[test]
    fn notes_have_a_length_and_a_blood_group_from_the_list() {
        let mut n = HealthNotes {
            blood_group: "O+".into(),
            allergies: "Pénicilline".into(),
            ..Default::default()
        };
        assert!(n.check().is_empty());
        n.blood_group = "Z".into();
        n.free_note = "é".repeat(NOTE_MAX + 1);
        let fields: Vec<_> = n.check().iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::FreeNote, Field::BloodGroup]);
        assert!(check_organ_donation("refus").is_empty());
        assert_eq!(check_organ_donation("peut-être").len(), 1);
        assert_eq!(check_directives("  ").len(), 1);
        assert!(check_directives("Pas d'acharnement thérapeutique.").is_empty());
    }
}

/// The rules the browser checks before a form is sent (`forms::check`).
#[cfg(feature = "hydrate")]
pub const CHECKS: &[(&str, crate::forms::check::Checker)] = {
    use crate::forms::check::Values;
    use leptos::server_fn::ServerFn;
    fn person(d: &leptos::web_sys::FormData) -> Person {
        let v = Values(d);
        Person {
            last_name: v.text("form[last_name]"),
            first_name: v.text("form[first_name]"),
            relation: v.text("form[relation]"),
            phone: v.text("form[phone]"),
        }
    }
    &[
        (SaveHealthNotes::PATH, |d| {
            let v = Values(d);
            let form = HealthNotes {
                allergies: v.text("form[allergies]"),
                history: v.text("form[history]"),
                operations: v.text("form[operations]"),
                blood_group: v.text("form[blood_group]"),
                free_note: v.text("form[free_note]"),
            };
            Some(form.check())
        }),
        (SaveCoordinates::PATH, |d| {
            let v = Values(d);
            let form = Coordinates {
                address: v.text("form[address]"),
                postal_code: v.text("form[postal_code]"),
                town: v.text("form[town]"),
                phone: v.text("form[phone]"),
            };
            Some(form.check())
        }),
        (AddEmergencyContact::PATH, |d| {
            Some(person(d).check(Role::Emergency))
        }),
        (SaveTrustedPerson::PATH, |d| {
            Some(person(d).check(Role::Trusted))
        }),
        (SaveOrganDonation::PATH, |d| {
            Some(check_organ_donation(&Values(d).text("choice")))
        }),
        (SaveDirectives::PATH, |d| {
            Some(check_directives(&Values(d).text("text")))
        }),
    ]
};
