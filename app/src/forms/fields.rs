//! The fields of the site's forms and their errors, one shape for every
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
    Login,
    Password,
    PasswordConfirm,
    OneTimeCode,
    DocumentType,
    DocumentTitle,
    DocumentDate,
    DocumentFile,
    Allergies,
    History,
    Operations,
    BloodGroup,
    FreeNote,
    Address,
    PostalCode,
    Town,
    Phone,
    ContactLastName,
    ContactFirstName,
    ContactRelation,
    ContactPhone,
    TrustedLastName,
    TrustedFirstName,
    TrustedRelation,
    TrustedPhone,
    Directives,
    OrganDonation,
    Card,
    Pin,
    PatientIns,
    PatientBirthName,
    PatientFirstName,
    PatientBirthDate,
    PatientSex,
    Consent,
    EmergencyReason,
    DocumentVisibility,
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
            Field::Login => "login",
            Field::Password => "password",
            Field::PasswordConfirm => "password_confirm",
            Field::OneTimeCode => "otp",
            Field::DocumentType => "type_code",
            Field::DocumentTitle => "document_title",
            Field::DocumentDate => "document_date",
            Field::DocumentFile => "document_file",
            Field::Allergies => "allergies",
            Field::History => "history",
            Field::Operations => "operations",
            Field::BloodGroup => "blood_group",
            Field::FreeNote => "free_note",
            Field::Address => "address",
            Field::PostalCode => "postal_code",
            Field::Town => "town",
            Field::Phone => "phone",
            Field::ContactLastName => "contact_last_name",
            Field::ContactFirstName => "contact_first_name",
            Field::ContactRelation => "contact_relation",
            Field::ContactPhone => "contact_phone",
            Field::TrustedLastName => "trusted_last_name",
            Field::TrustedFirstName => "trusted_first_name",
            Field::TrustedRelation => "trusted_relation",
            Field::TrustedPhone => "trusted_phone",
            Field::Directives => "directives",
            Field::OrganDonation => "organ_donation",
            Field::Card => "card",
            Field::Pin => "pin",
            Field::PatientIns => "patient_ins",
            Field::PatientBirthName => "patient_birth_name",
            Field::PatientFirstName => "patient_first_name",
            Field::PatientBirthDate => "patient_birth_date",
            Field::PatientSex => "patient_sex",
            Field::Consent => "consent",
            Field::EmergencyReason => "emergency_reason",
            Field::DocumentVisibility => "masked",
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

/// Field errors as one line each, `field|message`: how a server function's
/// error carries them back to a form posted without JavaScript (in the
/// page's address, so messages never hold personal data).
pub fn encode(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}|{}", e.field.id(), e.message))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The reverse of [`encode`]; a message that names no field is `None`.
pub fn decode(text: &str, fields: &[Field]) -> Vec<(Option<Field>, String)> {
    text.lines()
        .map(|line| match line.split_once('|') {
            Some((id, message)) => match fields.iter().find(|f| f.id() == id) {
                Some(f) => (Some(*f), message.to_string()),
                None => (None, line.to_string()),
            },
            None => (None, line.to_string()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_survive_their_trip_through_a_message() {
        let errors = vec![
            FieldError {
                field: Field::Password,
                message: "Trop court.".into(),
            },
            FieldError {
                field: Field::PasswordConfirm,
                message: "Différents.".into(),
            },
        ];
        let back = decode(&encode(&errors), &[Field::Password, Field::PasswordConfirm]);
        assert_eq!(back[0], (Some(Field::Password), "Trop court.".into()));
        assert_eq!(back[1].0, Some(Field::PasswordConfirm));
        assert_eq!(
            decode("Service indisponible.", &[])[0],
            (None, "Service indisponible.".into())
        );
    }
}
