//! The creation session: a random token in a cookie, its keyed hash and the
//! flow's progress in PostgreSQL. It lives 15 minutes after the last action
//! [I], so an abandoned kiosk or a closed tab leaves nothing usable behind.

use super::code_request::CodeRequestForm;
use super::identify::IdentifyForm;
use super::informations::InformationsForm;
use super::state::Notice;
use crate::forms::fields::FieldError;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;

pub const COOKIE: &str = crate::session::CREATION_COOKIE;
pub const LIFETIME_MINUTES: i64 = 15;
use crate::opening::PRACTICE_CHANNEL as PRACTICE;

/// Where a creation was made from (recorded with the DMP, for statistics).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Web,
    Kiosk,
    /// A device used for an association's workshop (issue 16).
    Workshop(i64),
    /// A workshop's practice card: a fictitious person, never counted.
    Practice(i64),
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Web => "web",
            Channel::Kiosk => "borne",
            Channel::Workshop(_) => "atelier",
            Channel::Practice(_) => PRACTICE,
        }
    }

    pub fn workshop(self) -> Option<i64> {
        match self {
            Channel::Workshop(id) => Some(id),
            _ => None,
        }
    }

    pub fn practice_card(self) -> Option<i64> {
        match self {
            Channel::Practice(id) => Some(id),
            _ => None,
        }
    }

    fn from_row(code: &str, workshop: Option<i64>, card: Option<i64>) -> Self {
        match (code, workshop, card) {
            (PRACTICE, _, Some(card)) => Channel::Practice(card),
            ("borne", _, _) => Channel::Kiosk,
            ("atelier", Some(id), _) => Channel::Workshop(id),
            _ => Channel::Web,
        }
    }
}

/// What was typed last and what to say about it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Draft {
    pub identify: Option<IdentifyForm>,
    pub informations: Option<InformationsForm>,
    pub code_request: Option<CodeRequestForm>,
    pub errors: Vec<FieldError>,
    pub notice: Option<Notice>,
}

#[derive(Clone, Debug)]
pub struct Session {
    pub id: i64,
    pub channel: Channel,
    pub step: i16,
    pub beneficiary_id: Option<i64>,
    pub code_id: Option<i64>,
    pub dmp_id: Option<i64>,
    pub draft: Draft,
    pub created_at: DateTime<Utc>,
    /// New credentials for an existing DMP, not a creation.
    pub renewal: bool,
}

fn token_hash(key: &[u8], token: &str) -> [u8; 32] {
    crate::session::token::hash(key, "creation-session", token)
}

type Row = (
    i64,
    String,
    i16,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    String,
    DateTime<Utc>,
    bool,
    Option<i64>,
    Option<i64>,
);

fn from_row(row: Row) -> Session {
    let (
        id,
        channel,
        step,
        beneficiary_id,
        code_id,
        dmp_id,
        form,
        created_at,
        renewal,
        workshop,
        card,
    ) = row;
    Session {
        id,
        channel: Channel::from_row(&channel, workshop, card),
        step,
        beneficiary_id,
        code_id,
        dmp_id,
        // A draft from an older version of the site is simply dropped.
        draft: serde_json::from_str(&form).unwrap_or_default(),
        created_at,
        renewal,
    }
}

const COLUMNS: &str =
    "id, channel, step, beneficiary_id, code_id, dmp_id, form::text, created_at, \
     renewal, workshop_id, practice_card_id";

/// The live session behind a cookie, if any. `lock` holds its row until the
/// transaction ends, so a double submit waits for the first to finish.
pub async fn find(
    conn: &mut PgConnection,
    key: &[u8],
    token: &str,
    now: DateTime<Utc>,
    lock: bool,
) -> Result<Option<Session>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM creation_session WHERE token_hash = $1 AND expires_at > $2{}",
        if lock { " FOR UPDATE" } else { "" }
    );
    let row: Option<Row> = sqlx::query_as(&sql)
        .bind(token_hash(key, token).as_slice())
        .bind(now)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(from_row))
}

/// Starts a session; returns it with its token.
pub async fn create(
    conn: &mut PgConnection,
    key: &[u8],
    channel: Channel,
    now: DateTime<Utc>,
) -> Result<(Session, String), sqlx::Error> {
    let token = crate::session::token::new();
    let row: Row = sqlx::query_as(&format!(
        "INSERT INTO creation_session (token_hash, channel, created_at, expires_at, workshop_id, \
         practice_card_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING {COLUMNS}"
    ))
    .bind(token_hash(key, &token).as_slice())
    .bind(channel.code())
    .bind(now)
    .bind(now + Duration::minutes(LIFETIME_MINUTES))
    .bind(channel.workshop())
    .bind(channel.practice_card())
    .fetch_one(&mut *conn)
    .await?;
    count(conn, now, channel.code(), "", "etape1").await?;
    Ok((from_row(row), token))
}

/// A session that only shows renewed credentials (step 3 of a renewal).
pub async fn create_renewal(
    conn: &mut PgConnection,
    key: &[u8],
    channel: Channel,
    beneficiary_id: i64,
    dmp_id: i64,
    now: DateTime<Utc>,
) -> Result<(Session, String), sqlx::Error> {
    let token = crate::session::token::new();
    let row: Row = sqlx::query_as(&format!(
        "INSERT INTO creation_session (token_hash, channel, step, beneficiary_id, dmp_id, renewal, created_at, expires_at) \
         VALUES ($1, $2, 3, $3, $4, true, $5, $6) RETURNING {COLUMNS}"
    ))
    .bind(token_hash(key, &token).as_slice())
    .bind(channel.code())
    .bind(beneficiary_id)
    .bind(dmp_id)
    .bind(now)
    .bind(now + Duration::minutes(LIFETIME_MINUTES))
    .fetch_one(&mut *conn)
    .await?;
    Ok((from_row(row), token))
}

/// Saves the draft and pushes the expiry back: any action counts as activity.
pub async fn save_draft(
    conn: &mut PgConnection,
    session: &Session,
    draft: &Draft,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    // Since when the person has been shown an error (a workshop's room
    // sees who is stuck): the first of a run of failures, none once past.
    let failing = !draft.errors.is_empty()
        || draft
            .notice
            .as_ref()
            .is_some_and(|n| !matches!(n, Notice::CodeRequested));
    sqlx::query(
        "UPDATE creation_session SET form = $2::jsonb, expires_at = GREATEST(expires_at, $3), \
         error_since = CASE WHEN $4 THEN coalesce(error_since, $5) END WHERE id = $1",
    )
    .bind(session.id)
    .bind(serde_json::to_string(draft).unwrap_or_else(|_| "{}".into()))
    .bind(now + Duration::minutes(LIFETIME_MINUTES))
    .bind(failing)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

/// The person was identified: on to step 2 with an empty draft.
pub async fn identified(
    conn: &mut PgConnection,
    session: &Session,
    beneficiary_id: i64,
    code_id: i64,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE creation_session SET step = 2, beneficiary_id = $2, code_id = $3, form = '{}', \
         error_since = NULL, expires_at = $4 WHERE id = $1",
    )
    .bind(session.id)
    .bind(beneficiary_id)
    .bind(code_id)
    .bind(now + Duration::minutes(LIFETIME_MINUTES))
    .execute(conn)
    .await?;
    Ok(())
}

/// The DMP exists: step 3 until the session ends, at most 15 minutes from
/// now whatever happens next (the initial password lives as long).
pub async fn created(
    conn: &mut PgConnection,
    session: &Session,
    dmp_id: i64,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE creation_session SET step = 3, dmp_id = $2, form = '{}', error_since = NULL, \
         expires_at = $3 WHERE id = $1",
    )
    .bind(session.id)
    .bind(dmp_id)
    .bind(now + Duration::minutes(LIFETIME_MINUTES))
    .execute(conn)
    .await?;
    Ok(())
}

/// Ends a session (Abandonner, Terminer, kiosk wipe).
pub async fn delete(conn: &mut PgConnection, session: &Session) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM creation_session WHERE id = $1")
        .bind(session.id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Sessions past their end, removed by the server from time to time; those
/// left before the DMP was created count as expired in the funnel.
pub async fn purge_expired(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    let ended: Vec<(String, i16)> = sqlx::query_as(
        "DELETE FROM creation_session WHERE expires_at <= $1 RETURNING channel, step",
    )
    .bind(now)
    .fetch_all(&mut *conn)
    .await?;
    for (channel, _) in ended.iter().filter(|(_, step)| *step < 3) {
        count(conn, now, channel, "", "expiration").await?;
    }
    Ok(ended.len() as u64)
}

/// One more event in the funnel (no personal data: day, channel, department).
pub async fn count(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
    channel: &str,
    department: &str,
    event: &str,
) -> Result<(), sqlx::Error> {
    if channel == PRACTICE {
        return Ok(());
    }
    sqlx::query(
        "INSERT INTO creation_funnel (day, channel, department, event, count) VALUES ($1, $2, $3, $4, 1) \
         ON CONFLICT (day, channel, department, event) DO UPDATE SET count = creation_funnel.count + 1",
    )
    .bind(now.date_naive())
    .bind(channel)
    .bind(department)
    .bind(event)
    .execute(conn)
    .await?;
    Ok(())
}
