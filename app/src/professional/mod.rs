//! The professional side: card sign-in (this release), then finding a
//! patient, consent, reading and feeding under the access policy
//! (`crate::domain::access`).

#[cfg(feature = "ssr")]
pub use crate::session::card;
#[cfg(feature = "ssr")]
pub mod feeding;
#[cfg(feature = "ssr")]
pub mod medecin_traitant;
pub mod opening;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod record;
#[cfg(feature = "ssr")]
mod view;

use crate::error::PortalError;
use crate::forms::fields::Field;
use crate::i18n::{t, tr};
use crate::messages::Text;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::paths::PROFESSIONAL_PATH as PATH;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardChoice {
    pub number: String,
    pub label: String,
    pub blocked: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfessionalHome {
    /// Who is signed in (the card's holder), if anyone.
    pub signed_in: Option<String>,
    /// The emergency access open in this session, shown on every page.
    pub emergency: Option<String>,
    pub cards: Vec<CardChoice>,
    /// Test cards work in demo mode only.
    pub demo: bool,
}

pub const FIELDS: &[Field] = &[Field::Card, Field::Pin];
pub use crate::paths::PROFESSIONAL_RECORD_PATH as RECORD_PATH;

pub fn document_path(id: i64) -> String {
    format!("/professionnel/documents/{id}")
}

pub fn file_path(id: i64) -> String {
    format!("/professionnel/documents/{id}/fichier")
}

/// What a professional types to find a patient: the INS, or the identity
/// traits (birth name, first name, birth date, sex).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Search {
    #[serde(default)]
    pub ins: String,
    #[serde(default)]
    pub birth_name: String,
    #[serde(default)]
    pub first_name: String,
    #[serde(default)]
    pub birth_date: String,
    #[serde(default)]
    pub sex: String,
}

pub const SEARCH_FIELDS: &[Field] = &[
    Field::PatientIns,
    Field::PatientBirthName,
    Field::PatientFirstName,
    Field::PatientBirthDate,
    Field::PatientSex,
];

impl Search {
    pub fn check(&self) -> Vec<crate::forms::fields::FieldError> {
        use crate::forms::fields::FieldError;
        let mut errors = Vec::new();
        let mut push = |field, message: Text| errors.push(FieldError::new(field, message));
        if !self.ins.trim().is_empty() {
            if crate::domain::nir::Nir::parse(&self.ins).is_err() {
                push(Field::PatientIns, Text::PatientInsShape);
            }
            return errors;
        }
        let traits = [
            &self.birth_name,
            &self.first_name,
            &self.birth_date,
            &self.sex,
        ];
        if traits.iter().all(|t| t.trim().is_empty()) {
            push(Field::PatientIns, Text::PatientIdentityMissing);
            return errors;
        }
        if self.birth_name.trim().is_empty() {
            push(Field::PatientBirthName, Text::PatientBirthName);
        }
        if self.first_name.trim().is_empty() {
            push(Field::PatientFirstName, Text::PatientFirstName);
        }
        if !crate::deposit::is_calendar_date(self.birth_date.trim()) {
            push(Field::PatientBirthDate, Text::PatientBirthDate);
        }
        if !matches!(self.sex.as_str(), "M" | "F") {
            push(Field::PatientSex, Text::PatientSex);
        }
        errors
    }
}

/// A patient's record as the professional sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordView {
    pub holder: String,
    pub patient: String,
    pub birth_date: String,
    /// Why the professional may read it (« autorisation », « médecin traitant »…),
    /// or why not.
    pub right: Result<String, String>,
    /// « Accès en mode bris de glace » and its reason, for the whole session.
    pub emergency: Option<String>,
    pub may_become_medecin_traitant: bool,
    pub medecin_traitant: bool,
    pub regulator: bool,
    pub documents: Vec<Listed>,
    /// For a médecin traitant: the other professionals' accesses, and
    /// those who may be blocked at the patient's request (id, name, status).
    pub history: Vec<TraceLine>,
    pub blockable: Vec<(i64, String, String)>,
    /// Documents per space among those listed (space title, count).
    pub counts: Vec<(String, usize)>,
    /// An establishment's feeding card: it deposits, never reads.
    pub feeding_only: bool,
    /// A minor's record: *connexion secrète* may be offered.
    pub minor: bool,
    /// The session is in *connexion secrète* on this record.
    pub secret: bool,
}

/// Documents per space, in the order of the spaces (titles in the
/// reader's language).
pub fn space_counts(documents: &[Listed]) -> Vec<(String, usize)> {
    crate::deposit::SPACES
        .iter()
        .map(|(slug, _)| {
            (
                crate::deposit::space_title(slug),
                documents.iter().filter(|d| d.space == *slug).count(),
            )
        })
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// One line of the record's access history, as a médecin traitant sees it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraceLine {
    pub at: String,
    pub who: String,
    pub action: String,
    pub right: String,
    pub reason: Option<String>,
}

/// A document as listed to a professional.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listed {
    pub id: i64,
    pub date: String,
    pub title: String,
    pub type_label: String,
    pub space: String,
    pub author: String,
    pub masked: bool,
    pub invisible_patient: bool,
    pub invisible_representatives: bool,
    pub right: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentPage {
    pub record: RecordView,
    pub document: Listed,
    pub content_type: String,
    pub text: Option<String>,
}

/// The banner of an emergency access, in the reader's language.
pub fn emergency_text(mode: &str, reason: &str) -> String {
    if mode == "centre15" {
        t("pro-emergency-centre15")
    } else {
        tr("pro-emergency-break-glass", &[("reason", reason.into())])
    }
}

/// How a right reads in a page, in the reader's language.
pub fn right_label(code: &str) -> String {
    let key = match code {
        "autorisation" => "pro-right-authorisation",
        "medecin_traitant" => "pro-right-doctor",
        "bris_de_glace" => "pro-right-break-glass",
        "centre15" => "pro-right-centre15",
        "auteur" => "pro-right-author",
        _ => return String::new(),
    };
    t(key)
}

#[cfg(feature = "ssr")]
use crate::session::card::http;
#[cfg(feature = "ssr")]
use view::{open_patient, record_view, required_patient};

#[server(endpoint = "pro/accueil")]
pub async fn load_professional_home() -> Result<ProfessionalHome, PortalError> {
    let c = http::context()?;
    let holder = http::holder(&c).await?;
    let emergency = match &holder {
        Some(h) => {
            let mut conn = c.pool.acquire().await.map_err(crate::http::unavailable)?;
            record::emergency_of_session(&mut conn, h.session_id)
                .await
                .map_err(crate::http::unavailable)?
                .map(|(mode, reason)| emergency_text(&mode, &reason))
        }
        None => None,
    };
    let signed_in = holder.map(|h| h.label);
    let demo = c.services.mode == crate::domain::ins::Mode::Demo;
    // Test cards stand in for a reader in demo mode only.
    let cards = if demo {
        card::test_cards(&c.pool)
            .await
            .map_err(crate::http::unavailable)?
    } else {
        Vec::new()
    };
    let cards = cards
        .into_iter()
        .map(|c| CardChoice {
            number: c.number,
            label: c.label,
            blocked: c.blocked,
        })
        .collect();
    Ok(ProfessionalHome {
        signed_in,
        emergency,
        cards,
        demo,
    })
}

#[server(endpoint = "pro/connexion")]
pub async fn professional_sign_in(card: String, pin: String) -> Result<(), PortalError> {
    let c = http::context()?;
    let refuse = |field, message: Text| Err(PortalError::field(field, message));
    if c.services.mode != crate::domain::ins::Mode::Demo {
        return Err(PortalError::refused(Text::TestCardsDemoOnly));
    }
    let pin = pin.trim();
    if !(4..=8).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_digit()) {
        return refuse(Field::Pin, Text::PinShape);
    }
    let outcome = card::sign_in(&c.pool, &c.services.key, card.trim(), pin, c.now)
        .await
        .map_err(crate::http::unavailable)?;
    match outcome {
        card::SignIn::Open(token) => {
            http::set_cookie(&c.services, Some(&token));
            leptos_axum::redirect(PATH);
            Ok(())
        }
        card::SignIn::UnknownCard => refuse(Field::Card, outcome.message()),
        other => refuse(Field::Pin, other.message()),
    }
}

#[server(endpoint = "pro/deconnexion")]
pub async fn professional_sign_out() -> Result<(), PortalError> {
    let c = http::context()?;
    if let Some(h) = http::holder(&c).await? {
        let mut conn = c.pool.acquire().await.map_err(crate::http::unavailable)?;
        card::sign_out(&mut conn, h.session_id)
            .await
            .map_err(crate::http::unavailable)?;
    }
    http::set_cookie(&c.services, None);
    leptos_axum::redirect(PATH);
    Ok(())
}

#[cfg(feature = "ssr")]
fn refused(errors: Vec<crate::forms::fields::FieldError>) -> PortalError {
    PortalError::Invalid(errors)
}

#[server(endpoint = "pro/recherche")]
pub async fn find_patient_record(form: Search) -> Result<(), PortalError> {
    let c = http::context()?;
    let Some(holder) = http::holder(&c).await? else {
        return Err(PortalError::refused(Text::ProSessionEnded));
    };
    let errors = form.check();
    if !errors.is_empty() {
        return Err(refused(errors));
    }
    match record::find_patient(&c.pool, &form)
        .await
        .map_err(crate::http::unavailable)?
    {
        record::Lookup::Found(dmp_id) => {
            let mut conn = c.pool.acquire().await.map_err(crate::http::unavailable)?;
            card::select_patient(&mut conn, holder.session_id, dmp_id)
                .await
                .map_err(crate::http::unavailable)?;
            leptos_axum::redirect(RECORD_PATH);
            Ok(())
        }
        record::Lookup::Closed => Err(PortalError::refused(Text::ProRecordClosed)),
        record::Lookup::NoDmp => Err(PortalError::refused(Text::ProNoDmp)),
    }
}

/// `None`: no card signed in, or no patient open.
#[server(endpoint = "pro/dossier")]
pub async fn load_professional_record() -> Result<Option<RecordView>, PortalError> {
    let c = http::context()?;
    let Some((holder, patient)) = open_patient(&c).await? else {
        return Ok(None);
    };
    record_view(&c, &holder, &patient, true).await.map(Some)
}

#[server(endpoint = "pro/autorisation")]
pub async fn declare_patient_consent(
    consent: Option<String>,
    medecin_traitant: Option<String>,
) -> Result<(), PortalError> {
    use crate::forms::fields::FieldError;
    let c = http::context()?;
    let (holder, patient) = required_patient(&c).await?;
    if consent.is_none() {
        return Err(refused(vec![FieldError {
            field: Field::Consent,
            message: Text::ProConsentBox.into(),
        }]));
    }
    let mt = medecin_traitant.is_some() && holder.profession_code == "10";
    match record::declare_consent(&c.pool, &holder, &patient, mt, c.now)
        .await
        .map_err(crate::http::unavailable)?
    {
        Ok(()) => {
            leptos_axum::redirect(RECORD_PATH);
            Ok(())
        }
        Err(refusal) => Err(PortalError::refused(refusal)),
    }
}

/// *Connexion secrète* (domain.md §4.6), `mode` `secrete` or `normale`:
/// with the minor's agreement, the session's deposits and traces are kept
/// from the legal representatives until it is switched off, another record
/// is opened, or the card signs out.
#[server(endpoint = "pro/connexion-secrete")]
pub async fn professional_secret_mode(
    mode: String,
    agreement: Option<String>,
) -> Result<(), PortalError> {
    use crate::forms::fields::FieldError;
    use crate::http::unavailable;
    let c = http::context()?;
    let (holder, patient) = required_patient(&c).await?;
    let on = mode == "secrete";
    if on == holder.secret {
        // Sent twice: already so.
        leptos_axum::redirect(RECORD_PATH);
        return Ok(());
    }
    if on && agreement.is_none() {
        return Err(refused(vec![FieldError::new(
            Field::SecretAgreement,
            Text::SecretAgreementBox,
        )]));
    }
    let mut tx = c.pool.begin().await.map_err(unavailable)?;
    let (situation, _) = record::situation(&mut tx, &holder, &patient, c.now)
        .await
        .map_err(unavailable)?;
    if on {
        if let Err(e) = crate::domain::access::may_use_secret_mode(situation.actor, patient.minor) {
            return Err(refused(vec![FieldError::new(Field::SecretAgreement, e)]));
        }
    }
    card::set_secret(&mut tx, holder.session_id, on)
        .await
        .map_err(unavailable)?;
    // Both entries belong to the secret: written as the secret session.
    let secret_holder = card::Holder {
        secret: true,
        ..holder.clone()
    };
    record::trace(
        &mut tx,
        patient.dmp_id,
        &secret_holder,
        if on {
            crate::audit::Action::ConnexionSecrete
        } else {
            crate::audit::Action::FinConnexionSecrete
        },
        None,
        None,
        None,
        c.now,
    )
    .await
    .map_err(unavailable)?;
    tx.commit().await.map_err(unavailable)?;
    leptos_axum::redirect(RECORD_PATH);
    Ok(())
}

/// `mode`: `bris_de_glace` (with its reason) or `centre15`.
#[server(endpoint = "pro/urgence")]
pub async fn declare_emergency_access(mode: String, reason: String) -> Result<(), PortalError> {
    use crate::domain::access::Mode;
    use crate::forms::fields::FieldError;
    let c = http::context()?;
    let (holder, patient) = required_patient(&c).await?;
    let reason = reason.trim();
    let mode = match mode.as_str() {
        "centre15" => Mode::Centre15,
        _ => Mode::BrisDeGlace,
    };
    if mode == Mode::BrisDeGlace && reason.is_empty() {
        return Err(refused(vec![FieldError {
            field: Field::EmergencyReason,
            message: Text::EmergencyReason.into(),
        }]));
    }
    if reason.chars().count() > 500 {
        return Err(refused(vec![FieldError {
            field: Field::EmergencyReason,
            message: Text::EmergencyReasonTooLong.into(),
        }]));
    }
    match record::declare_emergency(&c.pool, &holder, &patient, mode, reason, c.now)
        .await
        .map_err(crate::http::unavailable)?
    {
        Ok(_) => {
            leptos_axum::redirect(RECORD_PATH);
            Ok(())
        }
        Err(refusal) => Err(PortalError::refused(refusal)),
    }
}

/// A document of the open record; anything the policy does not let
/// through answers 404, like a document that does not exist.
#[server(endpoint = "pro/document")]
pub async fn load_professional_document(id: String) -> Result<Option<DocumentPage>, PortalError> {
    use crate::http::unavailable;
    let c = http::context()?;
    let Some((holder, patient)) = open_patient(&c).await? else {
        return Ok(None);
    };
    let view = record_view(&c, &holder, &patient, false).await?;
    let found = match id.parse::<i64>() {
        Ok(id) => {
            let mut conn = c.pool.acquire().await.map_err(unavailable)?;
            record::read_document(
                &mut conn,
                &holder,
                &patient,
                id,
                crate::audit::Action::ConsultationDocument,
                record::Bytes::TextOnly,
                c.now,
            )
            .await
            .map_err(unavailable)?
        }
        Err(_) => None,
    };
    let Some((document, content_type, content)) = found else {
        crate::http::not_found();
        return Err(PortalError::refused(Text::DocumentNotInRecord));
    };
    Ok(Some(DocumentPage {
        record: view,
        text: content.map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        document,
        content_type,
    }))
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DepositPage {
    pub record: RecordView,
    /// (code, label, space title) of the types a professional may deposit.
    pub types: Vec<(String, String, String)>,
    pub minor: bool,
}

pub use crate::paths::PROFESSIONAL_DEPOSIT_PATH as DEPOSIT_PATH;

pub const DEPOSIT_FIELDS: &[Field] = &[
    Field::DocumentType,
    Field::DocumentTitle,
    Field::DocumentDate,
    Field::DocumentFile,
    Field::DocumentVisibility,
];

#[server(endpoint = "pro/types-depot")]
pub async fn load_deposit_page() -> Result<Option<DepositPage>, PortalError> {
    use crate::http::unavailable;
    let c = http::context()?;
    let Some((holder, patient)) = open_patient(&c).await? else {
        return Ok(None);
    };
    let record = record_view(&c, &holder, &patient, false).await?;
    let rows = feeding::deposit_types(&c.pool).await.map_err(unavailable)?;
    let types = rows
        .into_iter()
        .map(|(code, label, space)| {
            let title = crate::deposit::SPACES
                .iter()
                .find(|(s, _)| *s == space)
                .map(|(slug, _)| crate::deposit::space_title(slug))
                .unwrap_or_default();
            (code, label, title)
        })
        .collect();
    Ok(Some(DepositPage {
        record,
        types,
        minor: patient.minor,
    }))
}

#[server(endpoint = "pro/deposer", input = leptos::server_fn::codec::MultipartFormData)]
pub async fn professional_deposit(
    data: leptos::server_fn::codec::MultipartData,
) -> Result<(), PortalError> {
    let c = http::context()?;
    let (holder, patient) = required_patient(&c).await?;
    let form = crate::deposit::read_multipart(data).await?;
    let ticked = |name: &str| !form.text(name).is_empty();
    let deposit = feeding::Deposit {
        type_code: form.text("type_code"),
        title: form.text("title"),
        date: form.text("date"),
        visibility: crate::domain::access::Visibility {
            masked: ticked("masked"),
            invisible_patient: ticked("invisible_patient"),
            invisible_representatives: ticked("invisible_representatives"),
        },
        too_large: form.too_large,
        file: form.file,
    };
    match feeding::deposit(&c.pool, &holder, &patient, deposit, c.now)
        .await
        .map_err(crate::http::unavailable)?
    {
        Ok(_) => {
            leptos_axum::redirect(&format!("{RECORD_PATH}?depose=1"));
            Ok(())
        }
        Err(errors) => Err(refused(errors)),
    }
}

/// `action`: `rendre-visible` or `supprimer`, on a document the
/// professional wrote.
#[server(endpoint = "pro/document-action")]
pub async fn document_author_action(id: String, action: String) -> Result<(), PortalError> {
    let c = http::context()?;
    let (holder, patient) = required_patient(&c).await?;
    let id = id.parse::<i64>().unwrap_or_default();
    let what = match action.as_str() {
        "rendre-visible" => feeding::AuthorAction::ShowToPatient,
        "supprimer" => feeding::AuthorAction::Delete,
        _ => return Err(PortalError::refused(Text::UnknownAction)),
    };
    let done = feeding::author_action(&c.pool, &holder, &patient, id, what, c.now)
        .await
        .map_err(crate::http::unavailable)?;
    if !done {
        return Err(PortalError::refused(Text::AuthorOnlyChanges));
    }
    match what {
        feeding::AuthorAction::Delete => leptos_axum::redirect(RECORD_PATH),
        feeding::AuthorAction::ShowToPatient => leptos_axum::redirect(&document_path(id)),
    }
    Ok(())
}

#[server(endpoint = "pro/remplacer", input = leptos::server_fn::codec::MultipartFormData)]
pub async fn replace_document(
    data: leptos::server_fn::codec::MultipartData,
) -> Result<(), PortalError> {
    use crate::forms::fields::FieldError;
    let c = http::context()?;
    let (holder, patient) = required_patient(&c).await?;
    let form = crate::deposit::read_multipart(data).await?;
    let id = form.text("id").parse::<i64>().unwrap_or_default();
    let message = if form.too_large {
        Some(Text::FileTooLarge.into())
    } else if form.file.is_empty() {
        Some(Text::ChooseFile.into())
    } else {
        None
    };
    if let Some(message) = message {
        return Err(refused(vec![FieldError {
            field: Field::DocumentFile,
            message,
        }]));
    }
    match feeding::replace(&c.pool, &holder, &patient, id, form.file, c.now)
        .await
        .map_err(crate::http::unavailable)?
    {
        Ok(new_id) => {
            leptos_axum::redirect(&document_path(new_id));
            Ok(())
        }
        Err(message) => Err(refused(vec![FieldError {
            field: Field::DocumentFile,
            message,
        }])),
    }
}

/// A médecin traitant blocks a professional, at the patient's request.
#[server(endpoint = "pro/bloquer")]
pub async fn block_professional(
    professional: String,
    patient_request: Option<String>,
) -> Result<(), PortalError> {
    let c = http::context()?;
    let (holder, patient) = required_patient(&c).await?;
    if patient_request.is_none() {
        return Err(PortalError::refused(Text::BlockOnPatientRequest));
    }
    let id = professional.parse::<i64>().unwrap_or_default();
    match medecin_traitant::block(&c.pool, &holder, &patient, id, c.now)
        .await
        .map_err(crate::http::unavailable)?
    {
        Ok(()) => {
            leptos_axum::redirect(RECORD_PATH);
            Ok(())
        }
        Err(_) => Err(PortalError::refused(Text::BlockMedecinTraitantOnly)),
    }
}

/// The rules the browser checks before a form is sent (`forms::check`).
#[cfg(feature = "hydrate")]
pub const CHECKS: &[(&str, crate::forms::check::Checker)] = {
    use leptos::server_fn::ServerFn;
    &[
        (FindPatientRecord::PATH, |d| {
            let v = crate::forms::check::Values(d);
            let form = Search {
                ins: v.text("form[ins]"),
                birth_name: v.text("form[birth_name]"),
                first_name: v.text("form[first_name]"),
                birth_date: v.text("form[birth_date]"),
                sex: v.text("form[sex]"),
            };
            Some(form.check())
        }),
        (
            opening::ProIdentifyPerson::PATH,
            crate::opening::questions::check_card_in_hand,
        ),
        (
            opening::ProCreateRecord::PATH,
            crate::opening::questions::check_questions,
        ),
    ]
};
