//! Password attempts, counted per login typed, whether or not an account
//! has that login: an unknown login and a wrong password cost the same
//! work and the same writes, so neither time nor locks tell them apart.
//! Each attempt is counted *before* the password is checked, in its own
//! short transaction: concurrent guesses cannot all read the same count,
//! and no connection is held while the password is hashed.

use crate::secret::keyed_hash;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgConnection;

/// [I] Wrong passwords before the login is locked, and for how long.
pub const FAILURES_BEFORE_LOCK: i16 = 5;
pub const LOCK_MINUTES: i64 = 15;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attempt {
    /// The login is locked: the password is not even compared.
    Blocked,
    /// Counted; `last` when a wrong password now locks the login.
    Allowed { last: bool },
}

fn login_hash(key: &[u8], login: &str) -> [u8; 32] {
    keyed_hash(key, &format!("login:{login}"))
}

/// Counts one attempt for `login` (already normalised).
pub async fn count(
    conn: &mut PgConnection,
    key: &[u8],
    login: &str,
    now: DateTime<Utc>,
) -> Result<Attempt, sqlx::Error> {
    use sqlx::Connection;
    let hash = login_hash(key, login);
    let mut tx = conn.begin().await?;
    sqlx::query(
        "INSERT INTO sign_in_attempt (login_hash, failures, updated_at) VALUES ($1, 0, $2) \
         ON CONFLICT DO NOTHING",
    )
    .bind(hash.as_slice())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    // Locked until the end of this short transaction: concurrent attempts
    // on one login queue here, never while a password is hashed.
    let (failures, locked_until): (i16, Option<DateTime<Utc>>) = sqlx::query_as(
        "SELECT failures, locked_until FROM sign_in_attempt WHERE login_hash = $1 FOR UPDATE",
    )
    .bind(hash.as_slice())
    .fetch_one(&mut *tx)
    .await?;
    if locked_until.is_some_and(|until| until > now) {
        tx.commit().await?;
        return Ok(Attempt::Blocked);
    }
    let failures = failures + 1;
    let last = failures >= FAILURES_BEFORE_LOCK;
    sqlx::query(
        "UPDATE sign_in_attempt SET failures = $2, locked_until = $3, updated_at = $4 \
         WHERE login_hash = $1",
    )
    .bind(hash.as_slice())
    .bind(if last { 0 } else { failures })
    .bind(last.then(|| now + Duration::minutes(LOCK_MINUTES)))
    .bind(now)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Attempt::Allowed { last })
}

/// The right password: the count starts over and any lock is lifted.
pub async fn succeeded(
    conn: &mut PgConnection,
    key: &[u8],
    login: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sign_in_attempt WHERE login_hash = $1")
        .bind(login_hash(key, login).as_slice())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// New credentials (recovery, reopening): the login starts unlocked.
pub async fn reset_account(
    conn: &mut PgConnection,
    key: &[u8],
    account_id: i64,
) -> Result<(), sqlx::Error> {
    let login: Option<String> =
        sqlx::query_scalar("SELECT login FROM patient_account WHERE id = $1")
            .bind(account_id)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(login) = login {
        succeeded(conn, key, &login).await?;
    }
    Ok(())
}

/// Rows that say nothing any more: no lock running, no attempt for a day.
pub async fn purge(conn: &mut PgConnection, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "DELETE FROM sign_in_attempt WHERE updated_at < $1 \
         AND (locked_until IS NULL OR locked_until < $2)",
    )
    .bind(now - Duration::days(1))
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected())
}

/// A sign-in's password, checked the one way: the attempt is counted on
/// `counted` first, then the account `lookup` finds for `login` (SQL
/// giving `id, password_hash`, `$1` the login) has its hash compared with
/// no connection held, a decoy's when the login is unknown or locked, so
/// that all cases cost the same. The account's id when the password is
/// right; the caller clears the count in its own transaction.
pub async fn check_password(
    pool: &sqlx::PgPool,
    key: &[u8],
    counted: &str,
    lookup: &str,
    login: &str,
    password: &str,
    now: DateTime<Utc>,
) -> Result<Option<i64>, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    let account: Option<(i64, String)> = match count(&mut conn, key, counted, now).await? {
        Attempt::Blocked => None,
        Attempt::Allowed { .. } => {
            sqlx::query_as(lookup)
                .bind(login)
                .fetch_optional(&mut *conn)
                .await?
        }
    };
    drop(conn);
    let (account_id, hash) = match account {
        Some((id, hash)) => (Some(id), hash),
        None => (None, crate::credentials::decoy_hash().to_string()),
    };
    let right = crate::credentials::check_password(password.to_string(), hash).await;
    Ok(account_id.filter(|_| right))
}
