//! Feeding a record: a professional's deposit with its visibility
//! choices, and what the author alone may do afterwards (announce, replace,
//! delete).

use super::card::Holder;
use super::record::{notify, notify_as, situation, trace, Event, Patient};
use crate::domain::access::{self, Authorisation, DocumentFacts, Refusal, Right, Visibility};
use crate::messages::Text;
use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// « Synthèse du dossier médical »: the volet de synthèse médicale.
pub const VSM_TYPE: &str = "60591-5";

/// The types a professional may deposit: (code, label, space slug).
pub async fn deposit_types(pool: &PgPool) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT code, label, space FROM document_type WHERE code NOT LIKE 'DOCPAT%' \
         AND code NOT LIKE 'EXPPAT%' AND code <> 'REMB' ORDER BY label",
    )
    .fetch_all(pool)
    .await
}

/// What a professional deposits.
#[derive(Debug, Default)]
pub struct Deposit {
    pub type_code: String,
    pub title: String,
    pub date: String,
    pub visibility: Visibility,
    pub file: Vec<u8>,
    pub too_large: bool,
}

/// Files a professional's document (a PDF) in the record: feeding needs no
/// authorisation, but the policy's other rules and the visibility rules
/// hold. Returns the new document's id, or what to correct.
pub async fn deposit(
    pool: &PgPool,
    holder: &Holder,
    patient: &Patient,
    d: Deposit,
    now: DateTime<Utc>,
) -> Result<Result<i64, Vec<crate::forms::fields::FieldError>>, sqlx::Error> {
    use crate::forms::fields::{Field, FieldError};
    let mut conn = pool.acquire().await?;
    let (s, _) = situation(&mut conn, holder, patient, now).await?;
    drop(conn);
    let mut errors = Vec::new();
    if let Err(refusal) = access::may_deposit(s.actor, s.relation, s.settings) {
        return Ok(Err(vec![FieldError {
            field: Field::DocumentFile,
            message: refusal.into(),
        }]));
    }
    let today = now.date_naive().format("%Y-%m-%d").to_string();
    errors.extend(crate::deposit::check_fields(
        &d.type_code,
        &d.title,
        &d.date,
        &today,
    ));
    let known: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM document_type WHERE code = $1 \
         AND code NOT LIKE 'DOCPAT%' AND code NOT LIKE 'EXPPAT%' AND code <> 'REMB')",
    )
    .bind(d.type_code.trim())
    .fetch_one(pool)
    .await?;
    if !known && !d.type_code.trim().is_empty() {
        errors.push(FieldError {
            field: Field::DocumentType,
            message: Text::ChooseType.into(),
        });
    }
    // [I] The volet de synthèse médicale is the médecin traitant's.
    if d.type_code.trim() == VSM_TYPE && !s.relation.medecin_traitant {
        errors.push(FieldError {
            field: Field::DocumentType,
            message: Text::VsmByMedecinTraitant.into(),
        });
    }
    if d.too_large {
        errors.push(FieldError {
            field: Field::DocumentFile,
            message: Text::FileTooLarge.into(),
        });
    } else if d.file.is_empty() {
        errors.push(FieldError {
            field: Field::DocumentFile,
            message: Text::ChooseFile.into(),
        });
    } else if crate::deposit::sniff(&d.file) != Some("application/pdf") {
        errors.push(FieldError {
            field: Field::DocumentFile,
            message: Text::NotAPdf.into(),
        });
    }
    // In connexion secrète the minor's secret is not a choice (§4.6 rule 3).
    let visibility = access::deposit_visibility(d.visibility, holder.secret, patient.minor);
    if let Err(e) = access::check_visibility(visibility, patient.minor, false) {
        errors.push(FieldError {
            field: Field::DocumentVisibility,
            message: e.into(),
        });
    }
    let care_date = match d.date.trim() {
        "" => Some(now.date_naive()),
        s => crate::forms::input::date(s),
    };
    let (Some(care_date), true) = (care_date, errors.is_empty()) else {
        return Ok(Err(errors));
    };
    let mut tx = pool.begin().await?;
    // A double click or a resent form files the document once.
    sqlx::query("SELECT id FROM dmp WHERE id = $1 FOR UPDATE")
        .bind(patient.dmp_id)
        .execute(&mut *tx)
        .await?;
    let same: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM document WHERE dmp_id = $1 AND author_card_id = $2 AND status = 'ACTIVE' \
         AND type_code = $3 AND title = $4 AND deposited_at > $5 - interval '10 minutes' AND content = $6",
    )
    .bind(patient.dmp_id)
    .bind(holder.card_id)
    .bind(d.type_code.trim())
    .bind(d.title.trim())
    .bind(now)
    .bind(&d.file)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = same {
        return Ok(Ok(id));
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, author_professional_id, \
         content_type, content, masked, hidden_from_patient, hidden_from_representatives, author_card_id) \
         VALUES ($1, $2, $3, $4, $5, $6, 'application/pdf', $7, $8, $9, $10, $11) RETURNING id",
    )
    .bind(patient.dmp_id)
    .bind(d.type_code.trim())
    .bind(d.title.trim())
    .bind(care_date)
    .bind(now)
    .bind(holder.professional_id)
    .bind(&d.file)
    .bind(visibility.masked)
    .bind(visibility.invisible_patient)
    .bind(visibility.invisible_representatives)
    .bind(holder.card_id)
    .fetch_one(&mut *tx)
    .await?;
    trace(
        &mut tx,
        patient.dmp_id,
        holder,
        crate::audit::Action::DepotDocument,
        Some(id),
        Some(Right::Author),
        None,
        now,
    )
    .await?;
    // A document hidden from the patient is announced when it is shown; one
    // kept from the representatives never is: the messages reach the
    // contacts of a minor's record, which are often a parent's (§4.6).
    if !visibility.invisible_patient && !visibility.invisible_representatives {
        notify(
            &mut tx,
            patient.dmp_id,
            Event::NewDocument,
            "notify-new-document",
            &[("who", holder.label.clone().into())],
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Ok(id))
}

/// What the author of a document may do with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthorAction {
    /// After the announcement consultation: the patient may now see it.
    ShowToPatient,
    /// Logical deletion (§4.4: only the author deletes).
    Delete,
}

/// Applies an author's action; `Ok(false)` when the document is not this
/// professional's active document of the open record (nothing changes).
pub async fn author_action(
    pool: &PgPool,
    holder: &Holder,
    patient: &Patient,
    id: i64,
    action: AuthorAction,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let facts: Option<(i64, bool, bool)> = sqlx::query_as(
        "SELECT dmp_id, hidden_from_patient, hidden_from_representatives FROM document \
         WHERE id = $1 AND status = 'ACTIVE' \
         AND (author_professional_id = $2 OR (author_professional_id IS NULL AND author_card_id = $3)) \
         FOR UPDATE",
    )
    .bind(id)
    .bind(holder.professional_id)
    .bind(holder.card_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((dmp_id, hidden, secret)) = facts else {
        return Ok(false);
    };
    let doc = DocumentFacts {
        in_record: dmp_id == patient.dmp_id,
        by_actor: true,
        ..DocumentFacts::default()
    };
    let (s, _) = situation(&mut tx, holder, patient, now).await?;
    if !access::may_delete(s.actor, doc, s.settings)
        || s.relation.authorisation == Authorisation::Blocked
    {
        return Ok(false);
    }
    match action {
        AuthorAction::ShowToPatient => {
            if !hidden {
                return Ok(true);
            }
            sqlx::query("UPDATE document SET hidden_from_patient = false WHERE id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            trace(
                &mut tx,
                dmp_id,
                holder,
                crate::audit::Action::VisibilitePatientDocument,
                Some(id),
                Some(Right::Author),
                None,
                now,
            )
            .await?;
            if !secret {
                notify_as(
                    &mut tx,
                    dmp_id,
                    holder.secret,
                    Event::NewDocument,
                    "notify-document-shown",
                    &[("who", holder.label.clone().into())],
                )
                .await?;
            }
        }
        AuthorAction::Delete => {
            sqlx::query("UPDATE document SET status = 'DELETED', deleted_at = $2 WHERE id = $1")
                .bind(id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            trace(
                &mut tx,
                dmp_id,
                holder,
                crate::audit::Action::SuppressionDocument,
                Some(id),
                Some(Right::Author),
                None,
                now,
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}

/// Replaces an author's document by a new version: the old one is kept as
/// REPLACED, the new one points to it and keeps its type and visibility.
pub async fn replace(
    pool: &PgPool,
    holder: &Holder,
    patient: &Patient,
    id: i64,
    file: Vec<u8>,
    now: DateTime<Utc>,
) -> Result<Result<i64, crate::messages::Msg>, sqlx::Error> {
    if crate::deposit::sniff(&file) != Some("application/pdf") {
        return Ok(Err(Text::NotAPdfNewVersion.into()));
    }
    let mut tx = pool.begin().await?;
    let (s, _) = situation(&mut tx, holder, patient, now).await?;
    if access::may_deposit(s.actor, s.relation, s.settings).is_err() {
        return Ok(Err(Refusal::Blocked.into()));
    }
    let new_id: Option<i64> = sqlx::query_scalar(
        "WITH old AS (UPDATE document SET status = 'REPLACED' WHERE id = $1 AND dmp_id = $2 \
           AND status = 'ACTIVE' AND (author_professional_id = $3 OR (author_professional_id IS NULL AND author_card_id = $4)) \
           RETURNING *) \
         INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, author_professional_id, \
           content_type, content, masked, hidden_from_patient, hidden_from_representatives, author_card_id, replaces_id) \
         SELECT dmp_id, type_code, title, care_date, $5, author_professional_id, 'application/pdf', $6, masked, \
           hidden_from_patient, hidden_from_representatives OR $7, $4, id FROM old RETURNING id",
    )
    .bind(id)
    .bind(patient.dmp_id)
    .bind(holder.professional_id)
    .bind(holder.card_id)
    .bind(now)
    .bind(&file)
    // A new version written in connexion secrète is the minor's secret too.
    .bind(holder.secret && patient.minor)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(new_id) = new_id else {
        return Ok(Err(Text::AuthorOnlyReplaces.into()));
    };
    trace(
        &mut tx,
        patient.dmp_id,
        holder,
        crate::audit::Action::RemplacementDocument,
        Some(new_id),
        Some(Right::Author),
        None,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(new_id))
}
