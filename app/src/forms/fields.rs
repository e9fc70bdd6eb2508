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
    SecretAgreement,
    InvitationContact,
    RemovalConfirm,
    Presence,
    Samu,
    BrisDeGlace,
    WorkshopDate,
    WorkshopPlace,
    WorkshopAssociation,
    WorkshopTheme,
    WorkshopExpected,
    PracticeCard,
}

impl Field {
    /// Every field, to find one by its `id`.
    pub const ALL: [Field; 61] = [
        Field::Nir,
        Field::Code,
        Field::CardType,
        Field::Serial,
        Field::Email,
        Field::EmailConfirm,
        Field::Mobile,
        Field::MobileConfirm,
        Field::RepRelation,
        Field::RepBirthName,
        Field::RepFirstNames,
        Field::Accept,
        Field::Login,
        Field::Password,
        Field::PasswordConfirm,
        Field::OneTimeCode,
        Field::DocumentType,
        Field::DocumentTitle,
        Field::DocumentDate,
        Field::DocumentFile,
        Field::Allergies,
        Field::History,
        Field::Operations,
        Field::BloodGroup,
        Field::FreeNote,
        Field::Address,
        Field::PostalCode,
        Field::Town,
        Field::Phone,
        Field::ContactLastName,
        Field::ContactFirstName,
        Field::ContactRelation,
        Field::ContactPhone,
        Field::TrustedLastName,
        Field::TrustedFirstName,
        Field::TrustedRelation,
        Field::TrustedPhone,
        Field::Directives,
        Field::OrganDonation,
        Field::Card,
        Field::Pin,
        Field::PatientIns,
        Field::PatientBirthName,
        Field::PatientFirstName,
        Field::PatientBirthDate,
        Field::PatientSex,
        Field::Consent,
        Field::EmergencyReason,
        Field::DocumentVisibility,
        Field::SecretAgreement,
        Field::InvitationContact,
        Field::RemovalConfirm,
        Field::Presence,
        Field::Samu,
        Field::BrisDeGlace,
        Field::WorkshopDate,
        Field::WorkshopPlace,
        Field::WorkshopAssociation,
        Field::WorkshopTheme,
        Field::WorkshopExpected,
        Field::PracticeCard,
    ];

    /// The field whose input has this `id`.
    pub fn from_id(id: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.id() == id)
    }

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
            Field::SecretAgreement => "secret_agreement",
            Field::InvitationContact => "invitation_contact",
            Field::RemovalConfirm => "removal_confirm",
            Field::Presence => "presence",
            Field::Samu => "samu",
            Field::BrisDeGlace => "bris_de_glace",
            Field::WorkshopDate => "held_on",
            Field::WorkshopPlace => "place",
            Field::WorkshopAssociation => "association",
            Field::WorkshopTheme => "theme",
            Field::WorkshopExpected => "expected",
            Field::PracticeCard => "card_code",
        }
    }
}

/// A field's message, from the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub message: crate::messages::Msg,
}

impl FieldError {
    pub fn new(field: Field, message: impl Into<crate::messages::Msg>) -> Self {
        FieldError {
            field,
            message: message.into(),
        }
    }
}

/// The message for one field, if it has one.
pub fn error_for(errors: &[FieldError], field: Field) -> Option<String> {
    errors
        .iter()
        .find(|e| e.field == field)
        .map(|e| e.message.text())
}
