//! Signing in with a professional card. The directory's test cards (CPS)
//! stand in for the card reader: choose a card, type its PIN. Three wrong
//! PINs in a row block the card, as a real CPS does. Sessions live in
//! PostgreSQL behind an `HttpOnly; SameSite=Strict` cookie, only the
//! token's keyed hash stored.

use crate::messages::Text;
use crate::secret::keyed_hash;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgConnection, PgPool};

pub const COOKIE: &str = "dmp_pro";
/// [I] A card left in a quiet reader signs out after this.
pub const IDLE_MINUTES: i64 = 30;
/// [I] A working day at most.
pub const ABSOLUTE_HOURS: i64 = 12;
pub const MAX_PIN_FAILURES: i16 = 3;

/// Who holds the card in a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub session_id: i64,
    pub card_id: i64,
    /// `None` for an establishment's feeding card.
    pub professional_id: Option<i64>,
    pub label: String,
    pub profession_code: String,
    pub specialty: String,
    pub regulator: bool,
    /// The patient whose record is open in this session.
    pub dmp_id: Option<i64>,
    /// *Connexion secrète* on the open record (domain.md §4.6).
    pub secret: bool,
    /// Opens the initial password of a hand-over (from the cookie's token);
    /// never sent anywhere.
    #[serde(skip)]
    pub opener: crate::credentials::vault::Opener,
}

/// A test card offered in the list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestCard {
    pub number: String,
    pub label: String,
    pub blocked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignIn {
    /// The new session's token.
    Open(String),
    WrongPin {
        left: i16,
    },
    Blocked,
    UnknownCard,
}

impl SignIn {
    pub fn message(&self) -> Text {
        match self {
            SignIn::WrongPin { left: 1 } => Text::PinWrongLastTry,
            SignIn::WrongPin { left } => Text::PinWrong { left: *left },
            SignIn::Blocked => Text::CardBlocked,
            // Never asked of an open session.
            SignIn::Open(_) | SignIn::UnknownCard => Text::UnknownCard,
        }
    }
}

fn pin_hash(key: &[u8], card: &str, pin: &str) -> [u8; 32] {
    keyed_hash(key, &format!("{card}:{pin}"))
}

fn token_hash(key: &[u8], token: &str) -> [u8; 32] {
    super::token::hash(key, "professional-session", token)
}

pub async fn test_cards(pool: &PgPool) -> Result<Vec<TestCard>, sqlx::Error> {
    let rows: Vec<(String, String, bool)> = sqlx::query_as(
        "SELECT card_number, holder_label, blocked_at IS NOT NULL FROM professional_card \
         WHERE test_card ORDER BY id",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(number, label, blocked)| TestCard {
            number,
            label,
            blocked,
        })
        .collect())
}

/// Checks the PIN (in constant time) and opens a session.
pub async fn sign_in(
    pool: &PgPool,
    key: &[u8],
    card: &str,
    pin: &str,
    now: DateTime<Utc>,
) -> Result<SignIn, sqlx::Error> {
    use subtle::ConstantTimeEq;
    let mut tx = pool.begin().await?;
    // Locked: two PINs typed at once count as two tries.
    let row: Option<(i64, Vec<u8>, i16, bool)> = sqlx::query_as(
        "SELECT id, pin_hash, failed_pin_attempts, blocked_at IS NOT NULL FROM professional_card \
         WHERE card_number = $1 FOR UPDATE",
    )
    .bind(card)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((card_id, stored, failures, blocked)) = row else {
        return Ok(SignIn::UnknownCard);
    };
    if blocked {
        return Ok(SignIn::Blocked);
    }
    let right: bool = stored
        .as_slice()
        .ct_eq(pin_hash(key, card, pin).as_slice())
        .into();
    if !right {
        let failures = failures + 1;
        sqlx::query(
            "UPDATE professional_card SET failed_pin_attempts = $2, \
             blocked_at = CASE WHEN $2 >= $3 THEN $4 END WHERE id = $1",
        )
        .bind(card_id)
        .bind(failures)
        .bind(MAX_PIN_FAILURES)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        return Ok(if failures >= MAX_PIN_FAILURES {
            SignIn::Blocked
        } else {
            SignIn::WrongPin {
                left: MAX_PIN_FAILURES - failures,
            }
        });
    }
    sqlx::query("UPDATE professional_card SET failed_pin_attempts = 0 WHERE id = $1")
        .bind(card_id)
        .execute(&mut *tx)
        .await?;
    let token = super::token::new();
    sqlx::query(
        "INSERT INTO professional_session (token_hash, card_id, created_at, last_seen_at) \
         VALUES ($1, $2, $3, $3)",
    )
    .bind(token_hash(key, &token).as_slice())
    .bind(card_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(SignIn::Open(token))
}

/// The live session behind a token, kept alive.
pub async fn current(
    conn: &mut PgConnection,
    key: &[u8],
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Holder>, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let row: Option<(
        i64,
        i64,
        Option<i64>,
        String,
        Option<String>,
        Option<String>,
        Option<bool>,
        Option<i64>,
        bool,
    )> =
        sqlx::query_as(
            "UPDATE professional_session s SET last_seen_at = $2 \
             FROM professional_card c LEFT JOIN professional p ON p.id = c.professional_id \
             WHERE s.token_hash = $1 AND c.id = s.card_id AND c.blocked_at IS NULL \
               AND s.last_seen_at > $2 - make_interval(mins => $3) \
               AND s.created_at > $2 - make_interval(hours => $4) \
             RETURNING s.id, c.id, p.id, c.holder_label, p.profession_code, p.specialty, p.regulator, s.dmp_id, s.secret",
        )
        .bind(token_hash(key, token).as_slice())
        .bind(now)
        .bind(IDLE_MINUTES as i32)
        .bind(ABSOLUTE_HOURS as i32)
        .fetch_optional(conn)
        .await?;
    Ok(row.map(
        |(
            session_id,
            card_id,
            professional_id,
            label,
            profession,
            specialty,
            regulator,
            dmp_id,
            secret,
        )| Holder {
            session_id,
            card_id,
            professional_id,
            label,
            profession_code: profession.unwrap_or_default(),
            specialty: specialty.unwrap_or_default(),
            regulator: regulator.unwrap_or(false),
            dmp_id,
            secret,
            opener: crate::credentials::vault::Opener::of(
                key,
                crate::credentials::vault::Key::Professional(session_id),
                token,
            ),
        },
    ))
}

/// Opens a patient's record in the session (the previous one closes, and
/// with it any secret mode: the minor agreed to it for their own record).
pub async fn select_patient(
    conn: &mut PgConnection,
    session_id: i64,
    dmp_id: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE professional_session SET secret = secret AND dmp_id IS NOT DISTINCT FROM $2, \
         dmp_id = $2 WHERE id = $1",
    )
    .bind(session_id)
    .bind(dmp_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Switches the session's secret mode on the open record; the caller
/// checked the policy.
pub async fn set_secret(
    conn: &mut PgConnection,
    session_id: i64,
    on: bool,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE professional_session SET secret = $2 AND dmp_id IS NOT NULL WHERE id = $1")
        .bind(session_id)
        .bind(on)
        .execute(conn)
        .await?;
    Ok(())
}

pub async fn sign_out(conn: &mut PgConnection, session_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM professional_session WHERE id = $1")
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
        "DELETE FROM professional_session WHERE last_seen_at <= $1 - make_interval(mins => $2) \
         OR created_at <= $1 - make_interval(hours => $3)",
    )
    .bind(now)
    .bind(IDLE_MINUTES as i32)
    .bind(ABSOLUTE_HOURS as i32)
    .execute(conn)
    .await?
    .rows_affected())
}

/// The card session's request context, for the professionals' server functions.
pub mod http {
    use crate::error::PortalError;
    use crate::session::card;

    pub struct Context {
        pub pool: sqlx::PgPool,
        pub services: crate::services::Services,
        pub token: Option<String>,
        pub now: chrono::DateTime<chrono::Utc>,
    }

    pub fn context() -> Result<Context, PortalError> {
        let (pool, services, visit) = crate::session::http::context(card::COOKIE)?;
        crate::http::no_store();
        Ok(Context {
            pool,
            services,
            token: visit.token,
            now: visit.now,
        })
    }

    pub fn set_cookie(services: &crate::services::Services, token: Option<&str>) {
        let c = match token {
            Some(t) => crate::session::Cookie::Set(t.to_string()),
            None => crate::session::Cookie::Clear,
        };
        crate::session::http::set_cookie(services, card::COOKIE, &c);
    }

    /// The signed-in card holder, if any.
    pub async fn holder(c: &Context) -> Result<Option<card::Holder>, PortalError> {
        let Some(token) = &c.token else {
            return Ok(None);
        };
        let mut conn = c.pool.acquire().await.map_err(crate::http::unavailable)?;
        card::current(&mut conn, &c.services.key, token, c.now)
            .await
            .map_err(crate::http::unavailable)
    }
}
