//! The bench's registry (`server seed --bench-records N --bench-file F`):
//! N open records of generated adults, each with its own account, so that
//! many holders read their own record at once; and, in the file, people
//! left without a DMP whose creation codes are still valid, for the bench's
//! complete creations. Synthetic people only: `seed` is refused in
//! production.

use super::generate::{Generator, Household};
use super::records::{open_record, Deposit, DOCUMENTS};
use anyhow::{Context, Result};
use app::credentials::hash_password;
use app::domain::ins::Mode;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sqlx::PgConnection;
use std::fmt::Write as _;

/// Every bench account's password (its hash is computed once).
pub const PASSWORD: &str = "Banc-DMP-Essai-2026";

/// The bench account number `n`'s login (from 1).
pub fn login(n: u64) -> String {
    format!("banc{n:05}")
}

/// Documents each bench record holds: enough for the lists and the
/// record's home to have something to show.
const DOCUMENTS_PER_RECORD: usize = 3;

/// Opens `records` records, writes their logins and `people` creation
/// candidates to `file` (tab-separated), and returns (records, documents).
pub async fn seed_bench(
    tx: &mut PgConnection,
    households: Generator,
    as_of: NaiveDate,
    records: u64,
    people: u64,
    file: Option<&std::path::Path>,
) -> Result<(u64, u64)> {
    let now: DateTime<Utc> = as_of.and_hms_opt(9, 0, 0).context("seed date")?.and_utc();
    let hash = tokio::task::spawn_blocking(|| hash_password(PASSWORD)).await?;
    let mut deposits = Vec::new();
    for d in DOCUMENTS.iter().take(DOCUMENTS_PER_RECORD) {
        deposits.push(Deposit::new(tx, d, as_of, "Personne fictive du banc d'essai").await?);
    }
    let mut out = String::from("# kind\tlogin or NIR\tpassword or card type\t\tserial\tcode\n");
    let (mut opened, mut listed, mut documents) = (0u64, 0u64, 0u64);
    // The past records seeded for the statistics fall on random people:
    // theirs are neither opened again nor listed for creation.
    let taken: std::collections::HashSet<i64> =
        sqlx::query_scalar("SELECT beneficiary_id FROM dmp")
            .fetch_all(&mut *tx)
            .await?
            .into_iter()
            .collect();
    for h in households.filter(|h| !h.demo) {
        for p in adults(&h, as_of).filter(|p| !taken.contains(&p.id)) {
            if opened < records {
                opened += 1;
                let login = login(opened);
                let email = format!("{login}@example.org");
                let dmp_id = open_record(tx, p.id, now, Mode::Demo).await?;
                sqlx::query(
                    "INSERT INTO patient_account (dmp_id, login, password_hash, must_change_password, \
                     email, created_at, password_changed_at) VALUES ($1, $2, $3, false, $4, $5, $5)",
                )
                .bind(dmp_id)
                .bind(&login)
                .bind(&hash)
                .bind(&email)
                .bind(now)
                .execute(&mut *tx)
                .await?;
                for d in &deposits {
                    d.insert(tx, dmp_id).await?;
                    documents += 1;
                }
                writeln!(out, "record\t{login}\t{PASSWORD}")?;
            } else if listed < people {
                listed += 1;
                writeln!(
                    out,
                    "person\t{}\t{}\t{}\t{}",
                    p.nir.as_str(),
                    h.card_type,
                    h.serial,
                    p.code.as_str()
                )?;
            } else {
                break;
            }
        }
        if opened == records && listed == people {
            break;
        }
    }
    if let Some(file) = file {
        std::fs::write(file, out).with_context(|| format!("writing {}", file.display()))?;
    }
    Ok((opened, documents))
}

/// The household's members of age at `as_of` (a minor's creation asks for
/// a representative: not what the bench measures).
fn adults(h: &Household, as_of: NaiveDate) -> impl Iterator<Item = &super::generate::Person> {
    h.members.iter().filter(move |p| {
        let years = as_of.year()
            - p.birth_date.year()
            - i32::from((as_of.month(), as_of.day()) < (p.birth_date.month(), p.birth_date.day()));
        years >= 19
    })
}
