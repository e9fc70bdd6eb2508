//! Background work inside `server serve`, safe when several instances run
//! it: queued code requests and majority invitations are taken row by row
//! (`SKIP LOCKED`), and the purges run in one instance at a time (a
//! transaction-level advisory lock). The ten-year purge of closed records
//! and the end of practice people run here too, hourly, by the instance
//! that claims the hour (`scheduled_task`): nobody has to remember to
//! schedule `server purge`.

use app::services::Services;
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use std::time::Duration;

/// The advisory lock of the purges ("dmp-hk" in ASCII).
const PURGE_LOCK: i64 = 0x646d_702d_686b;

/// Where and with which key `serve` anchors the access trace.
#[derive(Clone)]
pub struct Anchoring {
    pub key: Vec<u8>,
    pub dir: std::path::PathBuf,
}

/// Claims the run of `task` for this period: true for one instance only
/// per `every`, whichever asks first.
pub async fn claim(
    pool: &PgPool,
    task: &str,
    every: chrono::Duration,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let won: Option<String> = sqlx::query_scalar(
        "INSERT INTO scheduled_task (name, last_run) VALUES ($1, $2) \
         ON CONFLICT (name) DO UPDATE SET last_run = EXCLUDED.last_run \
         WHERE scheduled_task.last_run <= $3 RETURNING name",
    )
    .bind(task)
    .bind(now)
    .bind(now - every)
    .fetch_optional(pool)
    .await?;
    Ok(won.is_some())
}

/// Codes asked for go out within seconds; purges run every minute; the
/// ten-year purge and the trace's anchor every hour.
pub async fn run(pool: PgPool, services: Services, anchoring: Option<Anchoring>) {
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
        // Checked every minute, run once an hour by one instance.
        if rounds.is_multiple_of(30) {
            match hourly_retention(&pool, Utc::now()).await {
                Ok(Some(r)) => tracing::info!(
                    records = r.purged.records,
                    documents = r.purged.documents,
                    practice_people = r.practice_people,
                    "retention: purge done"
                ),
                Ok(None) => {}
                Err(e) => tracing::warn!(error = %e, "retention: purge failed"),
            }
        }
        if let Some(a) = &anchoring {
            let now = Utc::now();
            // Checked every minute, written once an hour by one instance.
            if rounds.is_multiple_of(30) {
                match claim(&pool, "audit_anchor", chrono::Duration::minutes(60), now).await {
                    Ok(true) => match crate::audit::anchor(&pool, &a.key, &a.dir, now).await {
                        Ok(path) => tracing::info!(file = %path.display(), "audit: anchor written"),
                        Err(e) => tracing::error!(error = %e, "audit: anchor failed"),
                    },
                    Ok(false) => {}
                    Err(e) => tracing::warn!(error = %e, "audit: anchor claim failed"),
                }
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

/// What one retention purge destroyed.
#[derive(Debug, Default)]
pub struct Retention {
    pub purged: app::retention::Purged,
    pub workshops: u64,
    pub practice_people: u64,
}

/// The hourly [`retention`] inside `serve`: `None` when another instance
/// has claimed this hour's run. Nothing is held meanwhile, so it needs no
/// connection of the pool beyond those the purge itself uses.
pub async fn hourly_retention(
    pool: &PgPool,
    now: DateTime<Utc>,
) -> Result<Option<Retention>, sqlx::Error> {
    if !claim(pool, "retention", chrono::Duration::minutes(60), now).await? {
        return Ok(None);
    }
    retention(pool, now).await.map(Some)
}

/// Records closed more than ten years ago (domain.md: retention), and the
/// practice people of workshops over. Safe beside another run (the records
/// are taken `FOR UPDATE`), and running it again destroys nothing more.
pub async fn retention(pool: &PgPool, now: DateTime<Utc>) -> Result<Retention, sqlx::Error> {
    let purged = app::closure::store::purge(pool, now).await?;
    let (mut workshops, mut practice_people) = (0, 0);
    for id in app::workshop::practice::store::finished(pool, now).await? {
        practice_people += app::workshop::practice::store::destroy(pool, id, now).await?;
        workshops += 1;
    }
    Ok(Retention {
        purged,
        workshops,
        practice_people,
    })
}
