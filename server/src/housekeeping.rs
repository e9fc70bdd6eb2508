//! Background work inside `server serve`, safe when several instances run
//! it: queued code requests and majority invitations are taken row by row
//! (`SKIP LOCKED`), and the purges run in one instance at a time (a
//! transaction-level advisory lock).

use app::services::Services;
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use std::time::Duration;

/// The advisory lock of the purges ("dmp-hk" in ASCII).
const PURGE_LOCK: i64 = 0x646d_702d_686b;

/// Codes asked for go out within seconds; purges run every minute.
pub async fn run(pool: PgPool, services: Services) {
    let mut tick = tokio::time::interval(Duration::from_secs(2));
    let mut rounds: u64 = 0;
    loop {
        tick.tick().await;
        if let Err(e) = app::creation::code_request::process_requests(&pool, &services.key).await {
            tracing::warn!(error = %e, "code requests: handling failed");
        }
        if rounds.is_multiple_of(30) {
            let now = Utc::now();
            match app::creation::majority::invite_due(&pool, &services.key, now).await {
                Ok(n) if n > 0 => tracing::info!(records = n, "majority: holders invited"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "majority: invitations failed"),
            }
            match purge(&pool, &services, now).await {
                Ok(Some(n)) if n > 0 => {
                    tracing::info!(rows = n, "housekeeping: expired rows purged")
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "housekeeping: purge failed"),
            }
        }
        rounds += 1;
    }
}

/// Ended sessions (with what was typed and any initial password) and limit
/// rows that hold nobody back any more. `None` when another instance is
/// already at it.
pub async fn purge(
    pool: &PgPool,
    services: &Services,
    now: DateTime<Utc>,
) -> Result<Option<u64>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let ours: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
        .bind(PURGE_LOCK)
        .fetch_one(&mut *tx)
        .await?;
    if !ours {
        return Ok(None);
    }
    app::creation::session::purge_expired(&mut tx, now).await?;
    app::session::patient::purge_expired(&mut tx, now).await?;
    app::session::card::purge_expired(&mut tx, now).await?;
    app::session::staff::purge_expired(&mut tx, now).await?;
    let mut rows = app::registry::limits::purge(&mut tx, &services.limits, now).await?;
    rows += app::session::attempts::purge(&mut tx, now).await?;
    rows += app::record::representatives::store::purge(&mut tx, now).await?;
    rows += app::session::patient::purge_orphan_accounts(&mut tx, now).await?;
    rows += app::credentials::vault::purge(&mut tx, now).await?;
    tx.commit().await?;
    Ok(Some(rows))
}
