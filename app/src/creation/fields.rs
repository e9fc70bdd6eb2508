//! The fields of the creation forms and their errors, one shape for every
//! form, so one error summary (linking each message to its input) serves all.

use serde::{Deserialize, Serialize};

/// In the order the forms show them (error summaries are sorted by it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Field {
    Nir,
    Code,
    CardType,
    Serial,
    Email,
    EmailConfirm,
    Mobile,
    MobileConfirm,
    RepRelation,
    RepBirthName,
    RepFirstNames,
    Accept,
}

impl Field {
    /// The input's `id`, so an error summary can link to it.
    pub fn id(self) -> &'static str {
        match self {
            Field::Nir => "nir",
            Field::Code => "code",
            Field::CardType => "card_type",
            Field::Serial => "serial",
            Field::Email => "email",
            Field::EmailConfirm => "email_confirm",
            Field::Mobile => "mobile",
            Field::MobileConfirm => "mobile_confirm",
            Field::RepRelation => "rep_relation",
            Field::RepBirthName => "rep_birth_name",
            Field::RepFirstNames => "rep_first_names",
            Field::Accept => "accept",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

/// The message for one field, if it has one.
pub fn error_for(errors: &[FieldError], field: Field) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.clone())
}
