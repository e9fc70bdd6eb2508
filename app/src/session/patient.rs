//! Patient sessions in PostgreSQL: a random token in an `HttpOnly;
//! SameSite=Strict` cookie, only its keyed hash stored; a new token at each
//! stage of the sign-in; an idle timeout and an absolute limit.

use crate::forms::fields::{Field, FieldError};
use crate::messages::Text;

use chrono::{DateTime, Duration, Utc};
use sqlx::PgConnection;

pub const COOKIE: &str = "dmp_session";
/// [I] Idle timeout of an open session, and of a sign-in waiting for its code.
pub const IDLE_MINUTES: i64 = 15;
/// [I] Nobody stays signed in longer than this, active or not.
pub const ABSOLUTE_HOURS: i64 = 4;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Password right, one-time code awaited.
    Code,
    /// First sign-in: a new password must be chosen.
    NewPassword,
    /// The record may be read.
    Open,
}

impl Stage {
    pub fn code(self) -> &'static str {
        match self {
            Stage::Code => "code",
            Stage::NewPassword => "new_password",
            Stage::Open => "open",
        }
    }

    fn from_code(s: &str) -> Self {
        match s {
            "open" => Stage::Open,
            "new_password" => Stage::NewPassword,
            _ => Stage::Code,
        }
    }
}

/// In whose name the record is read: its holder, or a legal representative
/// of a minor holder, who never sees what is kept from representatives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Holder,
    Representative,
}

impl Role {
    pub fn actor(self) -> crate::domain::access::Actor {
        match self {
            Role::Holder => crate::domain::access::Actor::Holder,
            Role::Representative => crate::domain::access::Actor::Representative,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Role::Holder => "holder",
            Role::Representative => "representative",
        }
    }
}

#[derive(Clone, Debug)]
pub struct PatientSession {
    pub id: i64,
    pub account_id: i64,
    /// The record this session reads.
    pub dmp_id: i64,
    pub role: Role,
    pub stage: Stage,
    pub kiosk: bool,
    pub idle_expires_at: DateTime<Utc>,
    /// Whether the account has a link to a minor's record not ended: if
    /// not, it reads its own record and no other, without asking [`records`].
    pub represents: bool,
}

fn token_hash(key: &[u8], token: &str) -> [u8; 32] {
    super::token::hash(key, "patient-session", token)
}

/// Opens a session at `stage`; returns its token.
pub async fn open(
    conn: &mut PgConnection,
    key: &[u8],
    account_id: i64,
    stage: Stage,
    kiosk: bool,
    now: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    let token = crate::session::token::new();
    sqlx::query(
        "INSERT INTO patient_session (token_hash, account_id, stage, kiosk, created_at, \
         idle_expires_at, absolute_expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(token_hash(key, &token).as_slice())
    .bind(account_id)
    .bind(stage.code())
    .bind(kiosk)
    .bind(now)
    .bind(now + Duration::minutes(IDLE_MINUTES))
    .bind(now + Duration::hours(ABSOLUTE_HOURS))
    .execute(conn)
    .await?;
    Ok(token)
}

/// The live session behind a token, its idle timeout pushed back.
pub async fn find(
    conn: &mut PgConnection,
    key: &[u8],
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<PatientSession>, sqlx::Error> {
    type Row = (
        i64,
        i64,
        Option<i64>,
        String,
        Option<i64>,
        String,
        bool,
        DateTime<Utc>,
        bool,
    );
    // The idle deadline moves at most once a minute: a page's several
    // server functions, and a reader going from page to page, then read the
    // session without writing it (a write is a commit to disk each time).
    let row: Option<Row> = sqlx::query_as(
        "WITH live AS ( \
           SELECT s.id, s.account_id, s.dmp_id, s.role, a.dmp_id AS own, s.stage, s.kiosk, \
                  s.idle_expires_at, LEAST($3, s.absolute_expires_at) AS pushed_to, \
                  EXISTS (SELECT 1 FROM legal_representative r \
                    WHERE r.account_id = s.account_id AND r.ended_at IS NULL) \
                    AS represents \
           FROM patient_session s JOIN patient_account a ON a.id = s.account_id \
           WHERE s.token_hash = $1 AND s.idle_expires_at > $2 AND s.absolute_expires_at > $2), \
         pushed AS ( \
           UPDATE patient_session s SET idle_expires_at = live.pushed_to FROM live \
           WHERE s.id = live.id AND live.idle_expires_at < live.pushed_to - interval '1 minute' \
           RETURNING s.id, s.idle_expires_at) \
         SELECT live.id, live.account_id, live.dmp_id, live.role, live.own, live.stage, live.kiosk, \
                COALESCE(pushed.idle_expires_at, live.idle_expires_at), live.represents \
         FROM live LEFT JOIN pushed ON pushed.id = live.id",
    )
    .bind(token_hash(key, token).as_slice())
    .bind(now)
    .bind(now + Duration::minutes(IDLE_MINUTES))
    .fetch_optional(&mut *conn)
    .await?;
    let Some((id, account_id, chosen, role, own, stage, kiosk, idle_expires_at, represents)) = row
    else {
        return Ok(None);
    };
    // A representative's access ends the day the holder comes of age (or
    // the link is ended): checked at each request, not by a batch.
    let record = match (chosen, own) {
        (Some(dmp_id), _) if role == "representative" => represented(conn, account_id, now)
            .await?
            .contains(&dmp_id)
            .then_some((dmp_id, Role::Representative)),
        (Some(dmp_id), _) => Some((dmp_id, Role::Holder)),
        (None, Some(dmp_id)) => Some((dmp_id, Role::Holder)),
        // An account that holds no DMP of its own reads the one it represents.
        (None, None) => represented(conn, account_id, now)
            .await?
            .first()
            .map(|&dmp_id| (dmp_id, Role::Representative)),
    };
    Ok(record.map(|(dmp_id, role)| PatientSession {
        id,
        account_id,
        dmp_id,
        role,
        stage: Stage::from_code(&stage),
        kiosk,
        idle_expires_at,
        represents,
    }))
}

/// The records an account represents today, oldest link first: links not
/// ended, to open records of holders still under age (Paris's calendar)
/// or under guardianship.
pub async fn represented(
    conn: &mut PgConnection,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar(concat!(
        "SELECT r.dmp_id FROM legal_representative r JOIN dmp d ON d.id = r.dmp_id \
         JOIN beneficiary b ON b.id = d.beneficiary_id \
         WHERE r.account_id = $1 AND r.ended_at IS NULL AND d.status = 'ACTIVE' \
           AND (r.guardianship OR ",
        crate::registry::under_age!("b.birth_date", "$2", "$3"),
        ") ORDER BY r.id"
    ))
    .bind(account_id)
    .bind(now)
    .bind(crate::registry::AGE_OF_MAJORITY as i32)
    .fetch_all(conn)
    .await
}

/// Every record the account reads today: its own first, then those it
/// represents.
pub async fn records(
    conn: &mut PgConnection,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<(i64, Role)>, sqlx::Error> {
    let own: Option<i64> = sqlx::query_scalar("SELECT dmp_id FROM patient_account WHERE id = $1")
        .bind(account_id)
        .fetch_optional(&mut *conn)
        .await?
        .flatten();
    let mut all: Vec<(i64, Role)> = own.map(|d| (d, Role::Holder)).into_iter().collect();
    for dmp_id in represented(conn, account_id, now).await? {
        all.push((dmp_id, Role::Representative));
    }
    Ok(all)
}

/// Sets the record a session reads and the role it reads it in.
pub async fn choose(
    conn: &mut PgConnection,
    session_id: i64,
    dmp_id: i64,
    role: Role,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE patient_session SET dmp_id = $2, role = $3 WHERE id = $1")
        .bind(session_id)
        .bind(dmp_id)
        .bind(role.code())
        .execute(conn)
        .await?;
    Ok(())
}

/// Moves a session on to `stage` under a new token (the old one stops
/// working: a token seen before sign-in is worthless after it).
pub async fn advance(
    conn: &mut PgConnection,
    key: &[u8],
    session: &PatientSession,
    stage: Stage,
) -> Result<String, sqlx::Error> {
    let token = crate::session::token::new();
    sqlx::query("UPDATE patient_session SET token_hash = $2, stage = $3 WHERE id = $1")
        .bind(session.id)
        .bind(token_hash(key, &token).as_slice())
        .bind(stage.code())
        .execute(conn)
        .await?;
    Ok(token)
}

pub async fn close(conn: &mut PgConnection, session_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM patient_session WHERE id = $1")
        .bind(session_id)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn purge_expired(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "DELETE FROM patient_session WHERE idle_expires_at <= $1 OR absolute_expires_at <= $1",
    )
    .bind(now)
    .execute(conn)
    .await?
    .rows_affected())
}

/// [I] How long an account that reads no record any more is kept, so that
/// its owner can still sign in and read why.
pub const ORPHAN_DAYS: i32 = 30;

/// Deletes the accounts that hold no record of their own and represent
/// nobody any more (every link ended, or its holder of age, for more than
/// [`ORPHAN_DAYS`]): a parent's login, password and contacts are not kept
/// for ever. Their links stay, with the names, for the record's history.
/// Returns how many accounts went.
pub async fn purge_orphan_accounts(
    conn: &mut PgConnection,
    now: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    let orphans: Vec<i64> = sqlx::query_scalar(
        "SELECT a.id FROM patient_account a WHERE a.dmp_id IS NULL \
           AND a.created_at < $1 - make_interval(days => $2) \
           AND NOT EXISTS (SELECT 1 FROM legal_representative r \
             JOIN dmp d ON d.id = r.dmp_id JOIN beneficiary b ON b.id = d.beneficiary_id \
             WHERE r.account_id = a.id AND ( \
               (r.ended_at IS NULL AND r.guardianship) OR \
               (r.ended_at IS NULL AND b.birth_date + make_interval(years => $3, days => $2) \
                  > ($1 AT TIME ZONE 'Europe/Paris')::date) \
               OR r.ended_at > $1 - make_interval(days => $2))) \
         FOR UPDATE OF a SKIP LOCKED",
    )
    .bind(now)
    .bind(ORPHAN_DAYS)
    .bind(crate::registry::AGE_OF_MAJORITY as i32)
    .fetch_all(&mut *conn)
    .await?;
    if orphans.is_empty() {
        return Ok(0);
    }
    sqlx::query("UPDATE legal_representative SET account_id = NULL WHERE account_id = ANY($1)")
        .bind(&orphans)
        .execute(&mut *conn)
        .await?;
    sqlx::query("UPDATE legal_representative SET added_by = NULL WHERE added_by = ANY($1)")
        .bind(&orphans)
        .execute(&mut *conn)
        .await?;
    Ok(
        sqlx::query("DELETE FROM patient_account WHERE id = ANY($1)")
            .bind(&orphans)
            .execute(&mut *conn)
            .await?
            .rows_affected(),
    )
}

pub use super::{Cookie, Visit};

/// Where to go next, or what to say; and what to do with the cookie.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub result: Result<&'static str, Vec<FieldError>>,
    pub cookie: Cookie,
}

impl Outcome {
    pub(crate) fn next(path: &'static str, cookie: Cookie) -> Self {
        Outcome {
            result: Ok(path),
            cookie,
        }
    }

    pub(crate) fn error(field: Field, message: impl Into<crate::messages::Msg>) -> Self {
        Outcome {
            result: Err(vec![FieldError {
                field,
                message: message.into(),
            }]),
            cookie: Cookie::Keep,
        }
    }

    pub(crate) fn not_signed_in() -> Self {
        Outcome {
            result: Err(vec![FieldError {
                field: Field::Login,
                message: Text::NotSignedIn.into(),
            }]),
            cookie: Cookie::Clear,
        }
    }
}

/// The live session behind the cookie, if any (at any stage of sign-in).
/// Read once per request: a record page's parts (the idle guard, whose
/// record it is, the page's data) each ask for it.
pub async fn current(
    pool: &sqlx::PgPool,
    s: &crate::services::Services,
    v: &Visit,
) -> Result<Option<PatientSession>, sqlx::Error> {
    let Some(token) = &v.token else {
        return Ok(None);
    };
    let read = || async {
        let mut conn = pool.acquire().await?;
        find(&mut conn, &s.key, token, v.now).await
    };
    match leptos::prelude::use_context::<RequestMemo>() {
        Some(memo) => memo.0.get_or_try_init(read).await.cloned(),
        None => read().await,
    }
}

/// The session as this request first read it; each request gets its own
/// (see `server::state::provide_app_context`), so nothing outlives it.
#[derive(Clone, Default)]
pub struct RequestMemo(std::sync::Arc<tokio::sync::OnceCell<Option<PatientSession>>>);

/// The session that may read a record: signed in, code typed.
pub async fn open_session(
    pool: &sqlx::PgPool,
    s: &crate::services::Services,
    v: &Visit,
) -> Result<Option<PatientSession>, sqlx::Error> {
    Ok(current(pool, s, v)
        .await?
        .filter(|s| s.stage == Stage::Open))
}

/// « Se déconnecter »: the session is destroyed.
pub async fn sign_out(
    pool: &sqlx::PgPool,
    s: &crate::services::Services,
    v: &Visit,
) -> Result<Outcome, sqlx::Error> {
    if let Some(session) = current(pool, s, v).await? {
        let mut tx = pool.begin().await?;
        close(&mut tx, session.id).await?;
        if session.stage == Stage::Open {
            crate::audit::trace(
                &mut tx,
                session.dmp_id,
                session.account_id,
                crate::audit::Action::Deconnexion,
                None,
                v.now,
            )
            .await?;
        }
        tx.commit().await?;
    }
    Ok(Outcome::next(crate::paths::SIGNED_OUT_PATH, Cookie::Clear))
}

/// What every server function of the record starts with: the database,
/// and the holder's open session, or `None` when nobody is signed in.
/// Responses are never cached.
pub async fn open_record() -> Result<
    Option<(
        sqlx::PgPool,
        chrono::DateTime<chrono::Utc>,
        crate::session::patient::PatientSession,
    )>,
    crate::error::PortalError,
> {
    let (pool, services, visit) = http::context()?;
    crate::http::no_store();
    let session = open_session(&pool, &services, &visit)
        .await
        .map_err(crate::http::unavailable)?;
    Ok(session.map(|s| (pool, visit.now, s)))
}

pub mod http {
    use super::{Cookie, Outcome, Visit, COOKIE};
    use crate::error::PortalError;
    use crate::services::Services;
    use axum::http::request::Parts;
    use sqlx::PgPool;

    pub fn visit(parts: &Parts) -> Visit {
        crate::session::http::visit(parts, COOKIE)
    }

    pub fn context() -> Result<(PgPool, Services, Visit), PortalError> {
        crate::session::http::context(COOKIE)
    }

    pub fn set_cookie(services: &Services, c: &Cookie) {
        crate::session::http::set_cookie(services, COOKIE, c);
    }

    pub fn respond(services: &Services, outcome: Outcome) -> Result<(), PortalError> {
        crate::session::http::respond(services, COOKIE, outcome)
    }
}
