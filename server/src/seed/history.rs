//! A few months of openings for the demo's statistics (issue 15): DMPs of
//! generated adults opened on past days by every channel, about half of
//! them fed by a professional, and the web and kiosk funnels around them,
//! so the statistician's charts say something. The demo identities are
//! left alone; everything is drawn from the seed, so it is the same each
//! time.

use super::records::{open_record_on, Deposit, DOCUMENTS};
use anyhow::Result;
use app::domain::ins::Mode;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgConnection;

/// How far back the history goes.
const DAYS: i64 = 120;
/// The share of the generated adults without a DMP who get one, in %.
const SHARE: u64 = 60;
/// Channels and their weights [I], from the seeds' proportions: most
/// openings on the web and at desks, fewer in pharmacies and workshops.
const CHANNELS: [(&str, u64); 6] = [
    ("web", 40),
    ("borne", 12),
    ("guichet", 22),
    ("officine", 12),
    ("professionnel", 8),
    ("atelier", 6),
];

/// A well-mixed number from `n` (splitmix64): the same seed, the same history.
fn mix(n: u64) -> u64 {
    let mut z = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Returns the number of DMPs opened.
pub(super) async fn seed_history(
    tx: &mut PgConnection,
    now: DateTime<Utc>,
    excluded_nirs: &[&str],
) -> Result<u64> {
    let excluded: Vec<String> = excluded_nirs.iter().map(|n| n.to_string()).collect();
    let people: Vec<i64> = sqlx::query_scalar(
        "SELECT b.id FROM beneficiary b WHERE NOT (b.nir = ANY($1)) \
         AND b.birth_date <= ($2::timestamptz AT TIME ZONE 'Europe/Paris')::date - interval '18 years' \
         AND NOT EXISTS (SELECT 1 FROM dmp d WHERE d.beneficiary_id = b.id) ORDER BY b.id",
    )
    .bind(&excluded)
    .bind(now)
    .fetch_all(&mut *tx)
    .await?;
    let total_weight: u64 = CHANNELS.iter().map(|(_, w)| w).sum();
    let mut opened = 0;
    for id in people {
        let r = mix(id as u64);
        if r % 100 >= SHARE {
            continue;
        }
        // More openings lately than four months ago: the service grows.
        let u = (mix(r) % 10_000) as f64 / 10_000.0;
        let days_ago = 1 + ((DAYS - 1) as f64 * (1.0 - u.sqrt())) as i64;
        let created = now - Duration::days(days_ago) - Duration::minutes((mix(r ^ 7) % 600) as i64);
        let mut pick = mix(r ^ 11) % total_weight;
        let channel = CHANNELS
            .iter()
            .find(|(_, w)| {
                if pick < *w {
                    true
                } else {
                    pick -= w;
                    false
                }
            })
            .map(|(c, _)| *c)
            .unwrap_or("web");
        let dmp_id = open_record_on(tx, id, now, created, channel, Mode::Demo).await?;
        opened += 1;
        // About half are fed by a professional, some days after opening.
        if mix(r ^ 13) % 100 < 50 && days_ago > 6 {
            let document = &DOCUMENTS[(mix(r ^ 17) % DOCUMENTS.len() as u64) as usize];
            let care = created.date_naive() + Duration::days(5);
            let as_of = care + Duration::days(document.2);
            Deposit::new(tx, document, as_of, "Personne de démonstration")
                .await?
                .insert(tx, dmp_id)
                .await?;
        }
        if matches!(channel, "web" | "borne") {
            let department: String = sqlx::query_scalar("SELECT department FROM dmp WHERE id = $1")
                .bind(dmp_id)
                .fetch_one(&mut *tx)
                .await?;
            // Around each online creation, those who started and stopped.
            let extra = mix(r ^ 19) % 4;
            for (event, n) in [
                ("etape1", 1 + extra),
                ("etape2", 1 + extra / 2),
                ("etape3", 1),
                ("abandon_etape1", extra - extra / 2),
                ("abandon_etape2", extra / 2),
            ] {
                if n == 0 {
                    continue;
                }
                sqlx::query(
                    "INSERT INTO creation_funnel (day, channel, department, event, count) \
                     VALUES (($1::timestamptz AT TIME ZONE 'Europe/Paris')::date, $2, $3, $4, $5) \
                     ON CONFLICT (day, channel, department, event) \
                     DO UPDATE SET count = creation_funnel.count + EXCLUDED.count",
                )
                .bind(created)
                .bind(channel)
                .bind(if event.starts_with("abandon") {
                    ""
                } else {
                    &department
                })
                .bind(event)
                .bind(n as i64)
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    Ok(opened)
}
