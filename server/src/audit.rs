//! `server audit verify`: recomputes the hash chain of every record's
//! access trace (migration 0012) and reports each entry that was altered,
//! removed or put out of place, by id and sequence number only.
//!
//! The chain alone does not stop whoever owns the database: they can
//! rewrite an entry, then every hash after it and the head, consistently.
//! `server audit anchor` therefore writes the head of every chain to a file
//! outside the database, authenticated with HMAC-SHA-256 under
//! `DMP_AUDIT_KEY`, a key the database never holds; `server audit verify
//! --anchors DIR` checks that each anchored entry is still there with the
//! same hash, and that each anchor file is authentic.

use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The entry's content no longer matches its hash.
    Altered { dmp_id: i64, id: i64, seq: i64 },
    /// The entry does not follow the one before it: entries were removed
    /// or rewritten in between.
    BrokenLink { dmp_id: i64, id: i64, seq: i64 },
    /// The record's newest entries are missing.
    MissingTail {
        dmp_id: i64,
        expected_seq: i64,
        found_seq: i64,
    },
    /// An entry anchored outside the database now has another hash: the
    /// chain was rewritten since, however consistently.
    Rewritten {
        dmp_id: i64,
        seq: i64,
        anchor: String,
    },
    /// An anchored entry of a record still there is gone.
    AnchoredGone {
        dmp_id: i64,
        seq: i64,
        anchor: String,
    },
    /// An anchor file whose authentication does not hold (edited, or made
    /// without the key).
    ForgedAnchor { anchor: String },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Altered { dmp_id, id, seq } => {
                write!(f, "record {dmp_id}: entry {id} (n° {seq}) was altered")
            }
            Problem::BrokenLink { dmp_id, id, seq } => write!(
                f,
                "record {dmp_id}: entry {id} (n° {seq}) does not follow the previous entry (entries removed or rewritten before it)"
            ),
            Problem::MissingTail {
                dmp_id,
                expected_seq,
                found_seq,
            } => write!(
                f,
                "record {dmp_id}: the trace ends at n° {found_seq}, n° {expected_seq} was written (newest entries removed)"
            ),
            Problem::Rewritten { dmp_id, seq, anchor } => write!(
                f,
                "record {dmp_id}: entry n° {seq} differs from anchor {anchor} (the chain was rewritten since)"
            ),
            Problem::AnchoredGone { dmp_id, seq, anchor } => write!(
                f,
                "record {dmp_id}: entry n° {seq}, in anchor {anchor}, is gone"
            ),
            Problem::ForgedAnchor { anchor } => {
                write!(f, "anchor {anchor} is not authentic (edited, or made without the key)")
            }
        }
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub records: i64,
    pub entries: i64,
    pub problems: Vec<Problem>,
    /// Anchor files read, and the records they name that are gone
    /// altogether (the ten-year purge).
    pub anchors: usize,
    pub purged_since: usize,
}

pub async fn verify(pool: &PgPool) -> Result<Report> {
    let mut conn = pool.acquire().await?;
    // One pass in the database: each entry against its own hash and
    // against the entry before it in its record.
    let rows: Vec<(i64, i64, i64, bool, bool)> = sqlx::query_as(
        "SELECT dmp_id, id, seq, hash IS DISTINCT FROM access_trace_digest(prev_hash, t), \
                prev_hash IS DISTINCT FROM coalesce(lag(hash) OVER w, access_trace_genesis()) \
                OR seq <> coalesce(lag(seq) OVER w, 0) + 1 \
         FROM access_trace t WINDOW w AS (PARTITION BY dmp_id ORDER BY seq) ORDER BY dmp_id, seq",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut report = Report {
        entries: rows.len() as i64,
        ..Report::default()
    };
    for (dmp_id, id, seq, altered, broken) in rows {
        if altered {
            report.problems.push(Problem::Altered { dmp_id, id, seq });
        }
        if broken {
            report
                .problems
                .push(Problem::BrokenLink { dmp_id, id, seq });
        }
    }
    let heads: Vec<(i64, i64, Option<i64>, bool)> = sqlx::query_as(
        "SELECT h.dmp_id, h.seq, last.seq, last.hash IS NOT DISTINCT FROM h.hash FROM access_trace_head h \
         LEFT JOIN LATERAL (SELECT seq, hash FROM access_trace t WHERE t.dmp_id = h.dmp_id \
                            ORDER BY seq DESC LIMIT 1) last ON true ORDER BY h.dmp_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    report.records = heads.len() as i64;
    for (dmp_id, expected_seq, found_seq, same) in heads {
        let found_seq = found_seq.unwrap_or(0);
        if found_seq != expected_seq || !same {
            report.problems.push(Problem::MissingTail {
                dmp_id,
                expected_seq,
                found_seq,
            });
        }
    }
    Ok(report)
}

const ANCHOR_FIRST_LINE: &str = "dmp-audit-anchor v1";

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn mac(key: &[u8], body: &str) -> [u8; 32] {
    app::secret::keyed_hash(key, body)
}

/// Writes the head of every record's chain to a new file of `dir`, signed
/// with `key`; returns its path. A file is never overwritten.
pub async fn anchor(pool: &PgPool, key: &[u8], dir: &Path, now: DateTime<Utc>) -> Result<PathBuf> {
    anyhow::ensure!(
        key.len() >= 32,
        "DMP_AUDIT_KEY must be at least 32 characters long"
    );
    let heads: Vec<(i64, i64, Vec<u8>)> =
        sqlx::query_as("SELECT dmp_id, seq, hash FROM access_trace_head ORDER BY dmp_id")
            .fetch_all(pool)
            .await?;
    let mut body = format!("{ANCHOR_FIRST_LINE}\nat {}\n", now.to_rfc3339());
    for (dmp_id, seq, hash) in &heads {
        body.push_str(&format!("{dmp_id} {seq} {}\n", hex(hash)));
    }
    let text = format!("{body}hmac {}\n", hex(&mac(key, &body)));
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let stamp = now.format("%Y%m%dT%H%M%S%.6fZ");
    let path = dir.join(format!("anchor-{stamp}.txt"));
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(text.as_bytes())?;
    file.sync_all()?;
    Ok(path)
}

/// One anchor file: its heads if its authentication holds.
fn read_anchor(key: &[u8], text: &str) -> Option<Vec<(i64, i64, Vec<u8>)>> {
    let (body, last) = text.trim_end_matches('\n').rsplit_once('\n')?;
    let body = format!("{body}\n");
    let claimed = last.strip_prefix("hmac ")?;
    use subtle::ConstantTimeEq;
    if !bool::from(hex(&mac(key, &body)).as_bytes().ct_eq(claimed.as_bytes())) {
        return None;
    }
    let mut lines = body.lines();
    (lines.next()? == ANCHOR_FIRST_LINE).then_some(())?;
    lines.next()?.strip_prefix("at ")?;
    lines
        .map(|line| {
            let mut parts = line.split(' ');
            let dmp_id = parts.next()?.parse().ok()?;
            let seq = parts.next()?.parse().ok()?;
            let hash = parts.next()?;
            let bytes = (0..hash.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(hash.get(i..i + 2)?, 16).ok())
                .collect::<Option<Vec<u8>>>()?;
            Some((dmp_id, seq, bytes))
        })
        .collect()
}

/// `verify`, then every anchor file of `dir` against the database.
pub async fn verify_with_anchors(pool: &PgPool, key: &[u8], dir: &Path) -> Result<Report> {
    let mut report = verify(pool).await?;
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("anchor-") && n.ends_with(".txt"))
        })
        .collect();
    files.sort();
    let mut conn = pool.acquire().await?;
    for path in files {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_string();
        report.anchors += 1;
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let Some(heads) = read_anchor(key, &text) else {
            report.problems.push(Problem::ForgedAnchor { anchor: name });
            continue;
        };
        for (dmp_id, seq, hash) in heads {
            let found: Option<Vec<u8>> =
                sqlx::query_scalar("SELECT hash FROM access_trace WHERE dmp_id = $1 AND seq = $2")
                    .bind(dmp_id)
                    .bind(seq)
                    .fetch_optional(&mut *conn)
                    .await?;
            match found {
                Some(h) if h == hash => {}
                Some(_) => report.problems.push(Problem::Rewritten {
                    dmp_id,
                    seq,
                    anchor: name.clone(),
                }),
                None => {
                    let still: bool =
                        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM dmp WHERE id = $1)")
                            .bind(dmp_id)
                            .fetch_one(&mut *conn)
                            .await?;
                    if still {
                        report.problems.push(Problem::AnchoredGone {
                            dmp_id,
                            seq,
                            anchor: name.clone(),
                        });
                    } else {
                        report.purged_since += 1;
                    }
                }
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_anchor_reads_back_only_with_its_key_and_unedited() {
        let key = b"an-audit-key-of-at-least-32-chars!!";
        let body = format!(
            "{ANCHOR_FIRST_LINE}\nat 2026-12-05T10:00:00+00:00\n7 3 {}\n",
            "ab".repeat(32)
        );
        let text = format!("{body}hmac {}\n", hex(&mac(key, &body)));
        assert_eq!(read_anchor(key, &text), Some(vec![(7, 3, vec![0xab; 32])]));
        assert_eq!(
            read_anchor(b"another-key-another-key-another-key", &text),
            None
        );
        assert_eq!(read_anchor(key, &text.replace("7 3", "7 2")), None);
    }
}
