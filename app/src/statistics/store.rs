//! The statistics' queries: counts grouped by day (in Paris), department
//! and channel, read from the records themselves (not from a counter that
//! could drift), and the funnel's counters.

use super::{Funnel, Line, Period, Statistics};
use crate::session::staff::{trace, StaffSession};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::PgConnection;

/// The department of a caisse code: `049` → `49`, `02A` → `2A`, `971`.
const DEPARTMENT: &str =
    "CASE WHEN d.department ~ '^0' THEN substr(d.department, 2) ELSE d.department END";

pub async fn today(conn: &mut PgConnection, now: DateTime<Utc>) -> Result<NaiveDate, sqlx::Error> {
    sqlx::query_scalar("SELECT ($1 AT TIME ZONE 'Europe/Paris')::date")
        .bind(now)
        .fetch_one(conn)
        .await
}

/// One row per day × department × channel with a creation.
pub async fn lines(conn: &mut PgConnection, period: &Period) -> Result<Vec<Line>, sqlx::Error> {
    let rows: Vec<(NaiveDate, String, String, i64, i64, i64)> = sqlx::query_as(&format!(
        "SELECT (d.created_at AT TIME ZONE 'Europe/Paris')::date AS jour, {DEPARTMENT} AS dep, \
         d.creation_channel, count(*), \
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM document x \
           WHERE x.dmp_id = d.id AND NOT x.by_patient)), \
         count(*) FILTER (WHERE EXISTS (SELECT 1 FROM record_remb_care r WHERE r.dmp_id = d.id) \
           OR EXISTS (SELECT 1 FROM record_remb_pharmacy r WHERE r.dmp_id = d.id) \
           OR EXISTS (SELECT 1 FROM record_remb_biology r WHERE r.dmp_id = d.id) \
           OR EXISTS (SELECT 1 FROM record_remb_radiology r WHERE r.dmp_id = d.id) \
           OR EXISTS (SELECT 1 FROM record_remb_hospital r WHERE r.dmp_id = d.id)) \
         FROM dmp d \
         WHERE d.created_at >= ($1::date::timestamp AT TIME ZONE 'Europe/Paris') \
           AND d.created_at < (($2::date + 1)::timestamp AT TIME ZONE 'Europe/Paris') \
           AND d.creation_channel <> 'entrainement' \
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"
    ))
    .bind(period.from)
    .bind(period.to)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(day, department, channel, created, fed, fed_by_insurer)| Line {
                day,
                department,
                channel,
                created,
                fed,
                fed_by_insurer,
            },
        )
        .collect())
}

/// The page's figures; reading them is traced with the statistician.
pub async fn figures(
    conn: &mut PgConnection,
    session: &StaffSession,
    period: &Period,
    notice: Option<String>,
    now: DateTime<Utc>,
) -> Result<Statistics, sqlx::Error> {
    let lines = lines(&mut *conn, period).await?;
    let departments: Vec<(String, String)> = sqlx::query_as(
        "SELECT CASE WHEN code ~ '^0' THEN substr(code, 2) ELSE code END, name FROM caisse",
    )
    .fetch_all(&mut *conn)
    .await?;
    let counters: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT channel, event, sum(count)::bigint FROM creation_funnel \
         WHERE day BETWEEN $1 AND $2 GROUP BY 1, 2",
    )
    .bind(period.from)
    .bind(period.to)
    .fetch_all(&mut *conn)
    .await?;
    let funnel = ["web", "borne"]
        .into_iter()
        .map(|channel| {
            let count = |events: &[&str]| -> i64 {
                counters
                    .iter()
                    .filter(|(c, e, _)| c == channel && events.contains(&e.as_str()))
                    .map(|(_, _, n)| n)
                    .sum()
            };
            Funnel {
                channel: super::channel_label(channel),
                started: count(&["etape1"]),
                identified: count(&["etape2"]),
                created: count(&["etape3"]),
                abandoned: count(&["abandon_etape1", "abandon_etape2"]),
                expired: count(&["expiration"]),
            }
        })
        .collect();
    trace(
        conn,
        session.account_id,
        "consultation_statistiques",
        Some(&format!("{} au {}", period.from, period.to)),
        now,
    )
    .await?;
    Ok(Statistics::new(
        period,
        notice,
        &lines,
        &departments,
        funnel,
    ))
}
