//! Step 2, « Je saisis mes informations personnelles »: contact channels
//! typed twice, emergency-access choices, the legal representative of a
//! minor, and consent. Validated by the same code in the browser and on the
//! server.

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

pub use crate::forms::people::{contacts, representative, Representative, RELATIONS};

/// Step 2 once valid.
pub use crate::opening::Informations;

impl InformationsForm {
    /// Every error at once, in the order of the form. `minor` says whether
    /// the legal representative's identity is required.
    pub fn validate(&self, minor: bool) -> Result<Informations, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut push = |field, message: Msg| errors.push(FieldError { field, message });

        let contacts = contacts(
            [&self.email, &self.email_confirm],
            [&self.mobile, &self.mobile_confirm],
            &mut push,
        );
        let representative = if minor {
            representative(
                &self.rep_relation,
                &self.rep_birth_name,
                &self.rep_first_names,
                &mut push,
            )
        } else {
            None
        };

        if self.accept.is_none() {
            push(Field::Accept, Text::AcceptTerms.into());
        }

        match contacts {
            Ok((email, mobile)) if errors.is_empty() => Ok(Informations {
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
