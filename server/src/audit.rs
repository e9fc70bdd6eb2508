//! `server audit verify`: recomputes the hash chain of every record's
//! access trace (migration 0012) and reports each entry that was altered,
//! removed or put out of place, by id and sequence number only.

use anyhow::Result;
use sqlx::PgPool;

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
        }
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub records: i64,
    pub entries: i64,
    pub problems: Vec<Problem>,
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
