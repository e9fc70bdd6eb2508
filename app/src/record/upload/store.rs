//! A patient's own documents in the database: the types they may deposit,
//! the deposit (checked, then filed once) and its deletion.

use super::*;
use crate::session::patient::PatientSession;
use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// A type a patient may deposit, and the space it files into.
#[derive(sqlx::FromRow)]
struct TypeRow {
    code: String,
    label: String,
    space: String,
}

/// The types a patient may deposit (DOCPAT…, EXPPAT…), with their space's title.
pub async fn types(pool: &PgPool) -> Result<Vec<TypeChoice>, sqlx::Error> {
    let rows: Vec<TypeRow> = sqlx::query_as(
        "SELECT code, label, space FROM document_type \
         WHERE code LIKE 'DOCPAT%' OR code LIKE 'EXPPAT%' ORDER BY code",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| TypeChoice {
            code: r.code,
            label: r.label,
            space_title: crate::deposit::space_title(&r.space),
        })
        .collect())
}

/// Checks an upload and files it; returns the space it went to.
pub async fn deposit(
    pool: &PgPool,
    session: &PatientSession,
    upload: Upload,
    now: DateTime<Utc>,
) -> Result<Result<String, Vec<FieldError>>, sqlx::Error> {
    let mut errors = check_fields(
        &upload.type_code,
        &upload.title,
        &upload.date,
        &now.date_naive().format("%Y-%m-%d").to_string(),
    );
    let mut push = |field, message: Text| errors.push(FieldError::new(field, message));
    let space: Option<String> = sqlx::query_scalar(
        "SELECT space FROM document_type WHERE code = $1 AND (code LIKE 'DOCPAT%' OR code LIKE 'EXPPAT%')",
    )
    .bind(&upload.type_code)
    .fetch_optional(pool)
    .await?;
    if space.is_none() && !upload.type_code.trim().is_empty() {
        push(Field::DocumentType, Text::ChooseType);
    }
    let title = upload.title.trim();
    let date = match upload.date.trim() {
        "" => Some(now.date_naive()),
        s => crate::forms::input::date(s),
    };
    let content_type = if upload.too_large {
        push(Field::DocumentFile, Text::FileTooLarge);
        None
    } else if upload.file.is_empty() {
        push(Field::DocumentFile, Text::ChooseFile);
        None
    } else {
        let sniffed = sniff(&upload.file);
        if sniffed.is_none() {
            push(Field::DocumentFile, Text::NotPdfOrImage);
        }
        sniffed
    };
    let (Some(space), Some(date), Some(content_type), true) =
        (space, date, content_type, errors.is_empty())
    else {
        return Ok(Err(errors));
    };
    let mut tx = pool.begin().await?;
    // A double click or a resent form files the document once: the
    // same file, type and title deposited minutes ago is that one.
    sqlx::query("SELECT id FROM dmp WHERE id = $1 FOR UPDATE")
        .bind(session.dmp_id)
        .execute(&mut *tx)
        .await?;
    let same: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM document WHERE dmp_id = $1 AND by_patient AND status = 'ACTIVE' \
         AND type_code = $2 AND title = $3 AND deposited_at > $4 - interval '10 minutes' AND content = $5)",
    )
    .bind(session.dmp_id)
    .bind(&upload.type_code)
    .bind(title)
    .bind(now)
    .bind(&upload.file)
    .fetch_one(&mut *tx)
    .await?;
    if same {
        return Ok(Ok(space));
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, by_patient, \
         content_type, content) VALUES ($1, $2, $3, $4, $5, true, $6, $7) RETURNING id",
    )
    .bind(session.dmp_id)
    .bind(&upload.type_code)
    .bind(title)
    .bind(date)
    .bind(now)
    .bind(content_type)
    .bind(&upload.file)
    .fetch_one(&mut *tx)
    .await?;
    crate::audit::trace(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::DepotDocument,
        Some(id),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(space))
}

/// Deletes (logically) a document the patient deposited, giving its space;
/// `None` for anything else, which stays untouched.
pub async fn delete(
    pool: &PgPool,
    session: &PatientSession,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Option<String>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let space: Option<String> = sqlx::query_scalar(
        "UPDATE document d SET status = 'DELETED' FROM document_type t \
         WHERE d.id = $1 AND d.dmp_id = $2 AND d.by_patient AND d.status = 'ACTIVE' AND t.code = d.type_code \
         RETURNING t.space",
    )
    .bind(id)
    .bind(session.dmp_id)
    .fetch_optional(&mut *tx)
    .await?;
    if space.is_some() {
        crate::audit::trace(
            &mut tx,
            session.dmp_id,
            session.account_id,
            crate::audit::Action::SuppressionDocument,
            Some(id),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(space)
}
