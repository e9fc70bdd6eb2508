//! Step 2, « Je saisis mes informations personnelles »: contact channels
//! typed twice, emergency-access choices, the legal representative of a
//! minor, and consent. Validated by the same code in the browser and on the
//! server.

use crate::domain::contact::{Email, Mobile};
use crate::forms::fields::{Field, FieldError};
use crate::messages::{Msg, Text};
use serde::{Deserialize, Serialize};

/// What the person posted. Checkboxes are `Some` when ticked: a browser
/// sends nothing for an unticked box.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InformationsForm {
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub email_confirm: String,
    #[serde(default)]
    pub mobile: String,
    #[serde(default)]
    pub mobile_confirm: String,
    pub samu: Option<String>,
    pub bris_de_glace: Option<String>,
    #[serde(default)]
    pub rep_relation: String,
    #[serde(default)]
    pub rep_birth_name: String,
    #[serde(default)]
    pub rep_first_names: String,
    pub accept: Option<String>,
}

impl Default for InformationsForm {
    /// Both emergency accesses are accepted until the person says otherwise.
    fn default() -> Self {
        InformationsForm {
            email: String::new(),
            email_confirm: String::new(),
            mobile: String::new(),
            mobile_confirm: String::new(),
            samu: Some("on".into()),
            bris_de_glace: Some("on".into()),
            rep_relation: String::new(),
            rep_birth_name: String::new(),
            rep_first_names: String::new(),
            accept: None,
        }
    }
}

/// Legal representatives' relation to the minor (HL7 RoleCode, domain.md §4.2).
pub const RELATIONS: [(&str, &str); 13] = [
    ("MTH", "Mère"),
    ("FTH", "Père"),
    ("STPMTH", "Belle-mère"),
    ("STPFTH", "Beau-père"),
    ("GRMTH", "Grand-mère"),
    ("GRFTH", "Grand-père"),
    ("GGRMTH", "Arrière-grand-mère"),
    ("GGRFTH", "Arrière-grand-père"),
    ("AUNT", "Tante"),
    ("UNCLE", "Oncle"),
    ("SIS", "Sœur"),
    ("BRO", "Frère"),
    ("RESPRSN", "Autre représentant légal (tuteur…)"),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Representative {
    pub relation: &'static str,
    pub birth_name: String,
    pub first_names: String,
}

/// Step 2 once valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Informations {
    pub email: Option<Email>,
    pub mobile: Option<Mobile>,
    /// `true` = the person accepts this emergency access.
    pub samu: bool,
    pub bris_de_glace: bool,
    pub representative: Option<Representative>,
}

const NAME_MAX: usize = 80;

fn name_error(value: &str, first: bool) -> Option<Text> {
    let v = value.trim();
    if v.is_empty() {
        Some(Text::RepNameEmpty { first })
    } else if v.chars().count() > NAME_MAX {
        Some(Text::RepNameTooLong {
            first,
            max: NAME_MAX,
        })
    } else if !v
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'))
    {
        Some(Text::RepNameCharacters { first })
    } else {
        None
    }
}

impl InformationsForm {
    /// Every error at once, in the order of the form. `minor` says whether
    /// the legal representative's identity is required.
    pub fn validate(&self, minor: bool) -> Result<Informations, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut push = |field, message: Msg| errors.push(FieldError { field, message });

        let email = channel(
            &self.email,
            &self.email_confirm,
            Email::parse,
            Text::EmailsDiffer,
            (Field::Email, Field::EmailConfirm),
            &mut push,
        );
        let mobile = channel(
            &self.mobile,
            &self.mobile_confirm,
            Mobile::parse,
            Text::MobilesDiffer,
            (Field::Mobile, Field::MobileConfirm),
            &mut push,
        );
        if matches!((&email, &mobile), (Ok(None), Ok(None))) {
            push(Field::Email, Text::NoContact.into());
        }

        let representative = if minor {
            let relation = RELATIONS
                .iter()
                .find(|(code, _)| *code == self.rep_relation)
                .map(|(code, _)| *code);
            if relation.is_none() {
                push(Field::RepRelation, Text::ChooseRepRelation.into());
            }
            if let Some(m) = name_error(&self.rep_birth_name, false) {
                push(Field::RepBirthName, m.into());
            }
            if let Some(m) = name_error(&self.rep_first_names, true) {
                push(Field::RepFirstNames, m.into());
            }
            relation.map(|relation| Representative {
                relation,
                birth_name: self.rep_birth_name.trim().to_uppercase(),
                first_names: self.rep_first_names.trim().to_string(),
            })
        } else {
            None
        };

        if self.accept.is_none() {
            push(Field::Accept, Text::AcceptTerms.into());
        }

        match (email, mobile) {
            (Ok(email), Ok(mobile)) if errors.is_empty() => Ok(Informations {
                email,
                mobile,
                samu: self.samu.is_some(),
                bris_de_glace: self.bris_de_glace.is_some(),
                representative,
            }),
            _ => Err(errors),
        }
    }
}

/// One optional channel typed twice: `Ok(None)` when both fields are empty.
fn channel<T: PartialEq, E: Into<Msg>>(
    first: &str,
    second: &str,
    parse: impl Fn(&str) -> Result<T, E>,
    mismatch: Text,
    (field, confirm): (Field, Field),
    push: &mut impl FnMut(Field, Msg),
) -> Result<Option<T>, ()> {
    if first.trim().is_empty() && second.trim().is_empty() {
        return Ok(None);
    }
    let value = match parse(first) {
        Ok(v) => v,
        Err(e) => {
            push(field, e.into());
            return Err(());
        }
    };
    // Compared once normalised: "06 12…" and "0612…" are the same number.
    match parse(second) {
        Ok(again) if again == value => Ok(Some(value)),
        _ => {
            push(confirm, mismatch.into());
            Err(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> InformationsForm {
        InformationsForm {
            email: "claire@exemple.fr".into(),
            email_confirm: "claire@exemple.fr".into(),
            accept: Some("on".into()),
            ..InformationsForm::default()
        }
    }

    #[test]
    fn an_adult_with_an_email_and_consent_is_valid() {
        let i = form().validate(false).unwrap();
        assert_eq!(i.email.unwrap().as_str(), "claire@exemple.fr");
        assert!(i.mobile.is_none() && i.samu && i.bris_de_glace && i.representative.is_none());
    }

    #[test]
    fn a_mobile_alone_is_enough_and_is_compared_once_normalised() {
        let f = InformationsForm {
            email: String::new(),
            email_confirm: String::new(),
            mobile: "06 12 34 56 78".into(),
            mobile_confirm: "0612345678".into(),
            ..form()
        };
        assert_eq!(
            f.validate(false).unwrap().mobile.unwrap().as_str(),
            "+33612345678"
        );
    }

    #[test]
    fn a_mismatch_is_reported_on_the_second_field() {
        let f = InformationsForm {
            email_confirm: "clair@exemple.fr".into(),
            ..form()
        };
        let errors = f.validate(false).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, Field::EmailConfirm);
    }

    #[test]
    fn no_channel_and_no_consent_are_errors() {
        let f = InformationsForm {
            email: String::new(),
            email_confirm: String::new(),
            accept: None,
            ..form()
        };
        let fields: Vec<_> = f
            .validate(false)
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, [Field::Email, Field::Accept]);
    }

    #[test]
    fn unticked_emergency_boxes_are_oppositions() {
        let f = InformationsForm {
            samu: None,
            bris_de_glace: None,
            ..form()
        };
        let i = f.validate(false).unwrap();
        assert!(!i.samu && !i.bris_de_glace);
    }

    #[test]
    fn a_minor_needs_the_representative() {
        let fields: Vec<_> = form()
            .validate(true)
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                Field::RepRelation,
                Field::RepBirthName,
                Field::RepFirstNames
            ]
        );
        let f = InformationsForm {
            rep_relation: "MTH".into(),
            rep_birth_name: "Jean-Baptiste".into(),
            rep_first_names: "Léa".into(),
            ..form()
        };
        let rep = f.validate(true).unwrap().representative.unwrap();
        assert_eq!(rep.relation, "MTH");
        assert_eq!(rep.birth_name, "JEAN-BAPTISTE");
    }
}
