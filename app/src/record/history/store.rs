//! The access trace of a record as its history page reads it: one page of
//! lines under the period and actor filters, and how many there are.

use super::*;
use crate::session::patient::PatientSession;
use chrono::NaiveDate;
use sqlx::PgConnection;

/// One entry of the trace, with its document when the holder may see it.
#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    /// « 22/11/2026 à 21:30 », French time.
    at: String,
    actor_kind: String,
    action: String,
    actor_label: Option<String>,
    actor_profession: Option<String>,
    right_code: Option<String>,
    reason: Option<String>,
    detail: Option<String>,
    document_id: Option<i64>,
    document_title: Option<String>,
}

fn line(r: Row) -> HistoryLine {
    let emergency = matches!(r.right_code.as_deref(), Some("bris_de_glace" | "centre15"));
    let receipt = (r.actor_kind == "patient"
        && crate::record::controls::consent_title(&r.action).is_some())
    .then_some(r.id);
    HistoryLine {
        at: r.at,
        who: match r.actor_kind.as_str() {
            "patient" => crate::i18n::t("record-history-actor-you"),
            "assurance_maladie" => crate::i18n::t("record-history-actor-insurer"),
            _ => r.actor_label.unwrap_or_default(),
        },
        profession: r.actor_profession.unwrap_or_default(),
        what: action_label(&r.action),
        document: match (r.document_id, r.document_title) {
            (Some(id), Some(title)) => Some((id, title)),
            _ => None,
        },
        why: why_label(&r.actor_kind, r.right_code.as_deref(), &r.action).to_string(),
        reason: r.reason.filter(|s| !s.is_empty()),
        detail: r.detail,
        emergency,
        receipt,
    }
}

/// Page `page` of the entries the `reader`'s role may see, between `from`
/// and `to` (days in Paris), by the actor filter `who` (one of [`WHO`]);
/// newest first, with their total.
pub async fn lines(
    conn: &mut PgConnection,
    reader: &PatientSession,
    from: NaiveDate,
    to: NaiveDate,
    who: &str,
    page: i64,
) -> Result<(Vec<HistoryLine>, i64), sqlx::Error> {
    let filter = format!(
        "t.dmp_id = $1 AND (t.at AT TIME ZONE 'Europe/Paris')::date BETWEEN $2 AND $3 \
         AND CASE $4 WHEN 'moi' THEN t.actor_kind = 'patient' \
                     WHEN 'professionnels' THEN t.actor_kind = 'professionnel' \
                     WHEN 'assurance' THEN t.actor_kind = 'assurance_maladie' \
                     WHEN 'urgence' THEN t.right_code IN ('bris_de_glace', 'centre15') \
                     WHEN 'tous' THEN true \
                     ELSE NOT (t.actor_kind = 'patient' AND t.actor_id IS NOT DISTINCT FROM $5 \
                               AND (t.action LIKE 'consultation%' OR t.action = 'ouverture_document')) END \
           AND {}",
        crate::record::trace_entries_for(reader.role)
    );
    let total: i64 = sqlx::query_scalar(&format!(
        "SELECT count(*) FROM access_trace t WHERE {filter}"
    ))
    .bind(reader.dmp_id)
    .bind(from)
    .bind(to)
    .bind(who)
    .bind(reader.account_id)
    .fetch_one(&mut *conn)
    .await?;
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT t.id, to_char(t.at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY \"à\" HH24:MI') AS at, \
                t.actor_kind, t.action, t.actor_label, t.actor_profession, t.right_code, t.reason, \
                t.detail, d.id AS document_id, d.title AS document_title \
         FROM access_trace t LEFT JOIN document d ON d.id = t.document_id AND NOT d.hidden_from_patient \
         WHERE {filter} ORDER BY t.seq DESC LIMIT {PAGE_SIZE} OFFSET $6"
    ))
    .bind(reader.dmp_id)
    .bind(from)
    .bind(to)
    .bind(who)
    .bind(reader.account_id)
    .bind((page - 1) * PAGE_SIZE)
    .fetch_all(&mut *conn)
    .await?;
    Ok((rows.into_iter().map(line).collect(), total))
}
