//! The SQL of closing, reopening and destroying records (domain.md §4.7).
//! A closed record is kept, unreadable, for ten years after its closure,
//! then destroyed by `server purge`.

use chrono::{DateTime, Months, NaiveDate, Utc};
use sqlx::PgPool;

/// [I] Ten years of archive after closure (R. 1111-34, DEVBOX EX_AIR-100).
pub const ARCHIVE_YEARS: u32 = 10;

pub fn archive_limit(now: DateTime<Utc>) -> DateTime<Utc> {
    now.checked_sub_months(Months::new(12 * ARCHIVE_YEARS))
        .unwrap_or(now)
}

use crate::session::end_record_sessions as end_sessions;

#[derive(Debug, PartialEq, Eq)]
pub enum Close {
    Closed,
    WrongPassword,
    /// Too many wrong passwords: the account is locked and signed out.
    Locked,
    AlreadyClosed,
}

/// The holder closes their record, confirming with their password.
pub async fn close_by_holder(
    pool: &PgPool,
    key: &[u8],
    session: &crate::session::patient::PatientSession,
    password: &str,
    comment: &str,
    now: DateTime<Utc>,
) -> Result<Close, sqlx::Error> {
    use crate::credentials::check_password;
    use crate::session::attempts::{self, Attempt};
    // The password first, counted like a sign-in and hashed with no
    // connection held.
    let mut conn = pool.acquire().await?;
    let (login, hash): (String, String) =
        sqlx::query_as("SELECT login, password_hash FROM patient_account WHERE id = $1")
            .bind(session.account_id)
            .fetch_one(&mut *conn)
            .await?;
    let attempt = attempts::count(&mut conn, key, &login, now).await?;
    drop(conn);
    let right = match attempt {
        Attempt::Blocked => false,
        Attempt::Allowed { .. } => check_password(password.to_string(), hash).await,
    };
    if !right {
        let locked = matches!(attempt, Attempt::Blocked | Attempt::Allowed { last: true });
        if locked {
            sqlx::query("DELETE FROM patient_session WHERE account_id = $1")
                .bind(session.account_id)
                .execute(pool)
                .await?;
        }
        return Ok(if locked {
            Close::Locked
        } else {
            Close::WrongPassword
        });
    }
    let mut tx = pool.begin().await?;
    // The record first, then the account: the order every change takes.
    let status: String = sqlx::query_scalar("SELECT status FROM dmp WHERE id = $1 FOR UPDATE")
        .bind(session.dmp_id)
        .fetch_one(&mut *tx)
        .await?;
    if status == "CLOSED" {
        return Ok(Close::AlreadyClosed);
    }
    sqlx::query(
        "UPDATE dmp SET status = 'CLOSED', closed_at = $2, closure_reason = 'PATIENT_REQUEST', \
         closure_comment = nullif($3, '') WHERE id = $1",
    )
    .bind(session.dmp_id)
    .bind(now)
    .bind(comment.trim())
    .execute(&mut *tx)
    .await?;
    attempts::succeeded(&mut tx, key, &login).await?;
    crate::audit::trace(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::Cloture,
        None,
        now,
    )
    .await?;
    crate::notify::notify(
        &mut tx,
        session.dmp_id,
        crate::notify::Event::Closure,
        "notify-closed",
        &[],
    )
    .await?;
    end_sessions(&mut tx, session.dmp_id).await?;
    tx.commit().await?;
    Ok(Close::Closed)
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum Death {
    Closed,
    AlreadyClosed,
    /// No DMP for this INS: nothing to do (the event is still recorded).
    Unknown,
}

impl Death {
    pub fn code(self) -> &'static str {
        match self {
            Death::Closed => "closed",
            Death::AlreadyClosed => "already_closed",
            Death::Unknown => "unknown",
        }
    }
}

/// The insurer reports a death: the record is closed, nobody is notified.
/// The same event (by its reference) applies once.
pub async fn close_at_death(
    pool: &PgPool,
    ins: &str,
    death_date: NaiveDate,
    reference: &str,
    now: DateTime<Utc>,
) -> Result<Death, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let seen: Option<String> = sqlx::query_scalar(
        "INSERT INTO death_event (reference, received_at, outcome) VALUES ($1, $2, '') \
         ON CONFLICT (reference) DO NOTHING RETURNING reference",
    )
    .bind(reference)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    if seen.is_none() {
        let outcome: String =
            sqlx::query_scalar("SELECT outcome FROM death_event WHERE reference = $1")
                .bind(reference)
                .fetch_one(&mut *tx)
                .await?;
        return Ok(match outcome.as_str() {
            "unknown" => Death::Unknown,
            _ => Death::AlreadyClosed,
        });
    }
    let found: Option<(i64, String)> =
        sqlx::query_as("SELECT id, status FROM dmp WHERE ins_value = $1 AND creation_channel <> 'entrainement' FOR UPDATE")
            .bind(ins)
            .fetch_optional(&mut *tx)
            .await?;
    let outcome = match found {
        None => Death::Unknown,
        Some((_, status)) if status == "CLOSED" => Death::AlreadyClosed,
        Some((dmp_id, _)) => {
            sqlx::query(
                "UPDATE dmp SET status = 'CLOSED', closed_at = $2, closure_reason = 'DEATH', death_date = $3 \
                 WHERE id = $1",
            )
            .bind(dmp_id)
            .bind(now)
            .bind(death_date)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO access_trace (dmp_id, at, actor_kind, action, actor_label, reason) \
                 VALUES ($1, $2, 'assurance_maladie', 'cloture_deces', 'Assurance Maladie', $3)",
            )
            .bind(dmp_id)
            .bind(now)
            .bind(format!("événement {reference}"))
            .execute(&mut *tx)
            .await?;
            end_sessions(&mut tx, dmp_id).await?;
            Death::Closed
        }
    };
    sqlx::query("UPDATE death_event SET outcome = $2 WHERE reference = $1")
        .bind(reference)
        .bind(outcome.code())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(outcome)
}

#[derive(Debug, PartialEq, Eq)]
pub enum Reopen {
    Reopened,
    /// Open already: nothing to reopen.
    NotClosed,
    /// Closed at death, or closed for more than ten years.
    NotReopenable,
    /// No DMP was ever opened for this person.
    NoDmp,
}

/// Reopens the closed record of a person identified as in step 1, with
/// their consent; spends the creation code.
pub async fn reopen(
    pool: &PgPool,
    key: &[u8],
    beneficiary_id: i64,
    code_id: i64,
    terms_version: &str,
    now: DateTime<Utc>,
) -> Result<Reopen, sqlx::Error> {
    let mut tx = pool.begin().await?;
    type Row = (i64, String, Option<String>, Option<DateTime<Utc>>);
    let found: Option<Row> = sqlx::query_as(
        "SELECT id, status, closure_reason, closed_at FROM dmp WHERE beneficiary_id = $1 FOR UPDATE",
    )
    .bind(beneficiary_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((dmp_id, status, reason, closed_at)) = found else {
        return Ok(Reopen::NoDmp);
    };
    if status != "CLOSED" {
        return Ok(Reopen::NotClosed);
    }
    if reason.as_deref() == Some("DEATH") || closed_at.is_none_or(|c| c < archive_limit(now)) {
        return Ok(Reopen::NotReopenable);
    }
    // The code serves once: a second submit finds it used and changes nothing.
    let spent = crate::registry::spend_code(&mut tx, code_id, now).await?;
    if !spent {
        return Ok(Reopen::NoDmp);
    }
    sqlx::query(
        "UPDATE dmp SET status = 'ACTIVE', closed_at = NULL, closure_reason = NULL, closure_comment = NULL, \
         reopened_at = $2, consent_at = $2, terms_version = $3 WHERE id = $1",
    )
    .bind(dmp_id)
    .bind(now)
    .bind(terms_version)
    .execute(&mut *tx)
    .await?;
    let account_id: i64 = sqlx::query_scalar(
        "SELECT account_id FROM record_account WHERE dmp_id = $1 ORDER BY role, account_id LIMIT 1",
    )
    .bind(dmp_id)
    .fetch_one(&mut *tx)
    .await?;
    crate::session::attempts::reset_account(&mut tx, key, account_id).await?;
    crate::audit::trace(
        &mut tx,
        dmp_id,
        account_id,
        crate::audit::Action::Reouverture,
        None,
        now,
    )
    .await?;
    crate::notify::notify(
        &mut tx,
        dmp_id,
        crate::notify::Event::Creation,
        "notify-reopened",
        &[],
    )
    .await?;
    tx.commit().await?;
    Ok(Reopen::Reopened)
}

pub use crate::retention::Purged;

/// Destroys every record closed more than ten years ago, with everything
/// that belongs to it. Running it again destroys nothing more.
pub async fn purge(pool: &PgPool, now: DateTime<Utc>) -> Result<Purged, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM dmp WHERE status = 'CLOSED' AND closed_at < $1 ORDER BY id FOR UPDATE",
    )
    .bind(archive_limit(now))
    .fetch_all(&mut *tx)
    .await?;
    let purged = crate::retention::destroy(&mut tx, &ids).await?;
    tx.commit().await?;
    Ok(purged)
}
