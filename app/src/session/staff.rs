//! A staff member's session (issue 15): the people who work for the
//! insurer or its partners sign in with a login, a password and a one-time
//! code by e-mail. As for patients, a random token in an `HttpOnly;
//! SameSite=Strict` cookie, only its keyed hash in PostgreSQL, a new token
//! at each stage. Their role decides which pages open.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgConnection;

pub const COOKIE: &str = "dmp_personnel";
/// [I] A quiet desk signs out after this; a working day at most.
pub const IDLE_MINUTES: i64 = 30;
pub const ABSOLUTE_HOURS: i64 = 10;

/// What a staff member is there for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// A reception-desk agent of a caisse: opens DMPs for people.
    Agent,
    /// An association's workshop facilitator.
    Facilitator,
    /// The insurer's statistician: figures, never people.
    Statistician,
    /// Manages the staff accounts.
    Administrator,
}

impl Role {
    pub const ALL: [Role; 4] = [
        Role::Agent,
        Role::Facilitator,
        Role::Statistician,
        Role::Administrator,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::Agent => "agent",
            Role::Facilitator => "animateur",
            Role::Statistician => "statisticien",
            Role::Administrator => "administrateur",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// As the pages say it.
    pub fn label(self) -> &'static str {
        match self {
            Role::Agent => "Agent d'accueil",
            Role::Facilitator => "Animateur d'ateliers",
            Role::Statistician => "Statisticien",
            Role::Administrator => "Administrateur",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Password right, the code sent by e-mail not yet typed.
    Code,
    Open,
}

impl Stage {
    pub fn code(self) -> &'static str {
        match self {
            Stage::Code => "code",
            Stage::Open => "open",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaffSession {
    pub id: i64,
    pub account_id: i64,
    pub full_name: String,
    pub role: Role,
    pub stage: Stage,
    pub department: Option<String>,
    pub site: Option<String>,
    /// At a desk: the person being served, once identified.
    pub beneficiary_id: Option<i64>,
    /// Opens the initial password of a hand-over (from the cookie's token).
    pub opener: crate::credentials::vault::Opener,
}

fn token_hash(key: &[u8], token: &str) -> [u8; 32] {
    super::token::hash(key, "staff-session", token)
}

/// Opens a session at the code stage; returns its token.
pub async fn open(
    conn: &mut PgConnection,
    key: &[u8],
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<(i64, String), sqlx::Error> {
    let token = super::token::new();
    let id = sqlx::query_scalar(
        "INSERT INTO staff_session (token_hash, account_id, stage, created_at, idle_expires_at, \
         absolute_expires_at) VALUES ($1, $2, 'code', $3, $4, $5) RETURNING id",
    )
    .bind(token_hash(key, &token).as_slice())
    .bind(account_id)
    .bind(now)
    .bind(now + Duration::minutes(IDLE_MINUTES))
    .bind(now + Duration::hours(ABSOLUTE_HOURS))
    .fetch_one(conn)
    .await?;
    Ok((id, token))
}

/// The live session behind a token, its idle deadline pushed back (at most
/// once a minute: reading a page writes nothing else). A disabled account's
/// sessions end at once.
pub async fn find(
    conn: &mut PgConnection,
    key: &[u8],
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<StaffSession>, sqlx::Error> {
    type Row = (
        i64,
        i64,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Option<i64>,
    );
    let row: Option<Row> = sqlx::query_as(
        "WITH live AS ( \
           SELECT s.id, s.account_id, a.full_name, a.role, s.stage, a.department, a.site, \
                  s.beneficiary_id, \
                  s.idle_expires_at, LEAST($3, s.absolute_expires_at) AS pushed_to \
           FROM staff_session s JOIN staff_account a ON a.id = s.account_id \
           WHERE s.token_hash = $1 AND s.idle_expires_at > $2 AND s.absolute_expires_at > $2 \
             AND a.disabled_at IS NULL), \
         pushed AS ( \
           UPDATE staff_session s SET idle_expires_at = live.pushed_to FROM live \
           WHERE s.id = live.id AND live.idle_expires_at < live.pushed_to - interval '1 minute') \
         SELECT id, account_id, full_name, role, stage, department, site, beneficiary_id FROM live",
    )
    .bind(token_hash(key, token).as_slice())
    .bind(now)
    .bind(now + Duration::minutes(IDLE_MINUTES))
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(
        |(id, account_id, full_name, role, stage, department, site, beneficiary_id)| {
            Some(StaffSession {
                id,
                account_id,
                full_name,
                role: Role::from_code(&role)?,
                stage: if stage == "open" {
                    Stage::Open
                } else {
                    Stage::Code
                },
                department,
                site,
                beneficiary_id,
                opener: crate::credentials::vault::Opener::of(
                    key,
                    crate::credentials::vault::Key::Desk(id),
                    token,
                ),
            })
        },
    ))
}

/// What a staff page may show to whoever asks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Access {
    /// No open staff session (a patient, a visitor, a code not typed).
    NotSignedIn,
    /// Signed in, in a role this page is not for.
    Refused(Role),
    Open(StaffSession),
}

/// The staff session behind `token`, if it is open and its role is one
/// of `roles`: roles decide which pages open.
pub async fn access(
    conn: &mut PgConnection,
    key: &[u8],
    token: Option<&str>,
    now: DateTime<Utc>,
    roles: &[Role],
) -> Result<Access, sqlx::Error> {
    let Some(token) = token else {
        return Ok(Access::NotSignedIn);
    };
    Ok(match find(conn, key, token, now).await? {
        Some(s) if s.stage == Stage::Open && roles.contains(&s.role) => Access::Open(s),
        Some(s) if s.stage == Stage::Open => Access::Refused(s.role),
        _ => Access::NotSignedIn,
    })
}

/// Moves a session to `stage` under a new token (the old one, seen before
/// the code was typed, opens nothing any more).
pub async fn advance(
    conn: &mut PgConnection,
    key: &[u8],
    session_id: i64,
    stage: Stage,
) -> Result<String, sqlx::Error> {
    let token = super::token::new();
    sqlx::query(
        "UPDATE staff_session SET stage = $2, token_hash = $3, code_hash = NULL WHERE id = $1",
    )
    .bind(session_id)
    .bind(stage.code())
    .bind(token_hash(key, &token).as_slice())
    .execute(conn)
    .await?;
    Ok(token)
}

pub async fn close(conn: &mut PgConnection, session_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM staff_session WHERE id = $1")
        .bind(session_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// Writes what a staff member did, with who they are, to their trace.
pub async fn trace(
    conn: &mut PgConnection,
    account_id: i64,
    action: &str,
    detail: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO staff_trace (account_id, at, action, detail) VALUES ($1, $2, $3, $4)")
        .bind(account_id)
        .bind(now)
        .bind(action)
        .bind(detail)
        .execute(conn)
        .await?;
    Ok(())
}

/// Ends the sessions past their deadlines; returns how many went.
pub async fn purge_expired(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "DELETE FROM staff_session WHERE idle_expires_at <= $1 OR absolute_expires_at <= $1",
    )
    .bind(now)
    .execute(conn)
    .await?
    .rows_affected())
}

/// A staff page's or form's request context, for the roles it is for.
pub mod http {
    use super::{access, Access, Role, StaffSession, COOKIE};
    use crate::error::PortalError;
    use crate::services::Services;
    use crate::session::Visit;
    use sqlx::PgPool;

    /// The request's staff session, as `access` answers for `roles`.
    pub async fn for_roles(
        roles: &[Role],
    ) -> Result<(PgPool, Services, Visit, Access), PortalError> {
        let (pool, services, visit) = crate::session::http::context(COOKIE)?;
        crate::http::no_store();
        let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
        let a = access(
            &mut conn,
            &services.key,
            visit.token.as_deref(),
            visit.now,
            roles,
        )
        .await
        .map_err(crate::http::unavailable)?;
        Ok((pool, services, visit, a))
    }

    /// The same, open, or the refusal a form answers without it.
    pub async fn open_for(
        roles: &[Role],
    ) -> Result<(PgPool, Services, Visit, StaffSession), PortalError> {
        match for_roles(roles).await? {
            (pool, services, visit, Access::Open(s)) => Ok((pool, services, visit, s)),
            _ => Err(PortalError::refused(crate::messages::Text::NotSignedIn)),
        }
    }
}
