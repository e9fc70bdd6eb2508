//! The access trace: every reading, deposit and change of a record, by
//! whom and under which right. The table is append-only and hash-chained
//! (migration 0012); `server audit verify` checks it.

/// The access-trace entries (`t`) a reader of the record may see: a legal
/// representative never sees those about a document kept from
/// representatives (its deposit, reading, replacement), which would reveal
/// the minor's secret.
pub fn trace_entries_for(role: crate::session::patient::Role) -> &'static str {
    match role {
        crate::session::patient::Role::Holder => "true",
        crate::session::patient::Role::Representative => {
            "(NOT t.secret AND (t.document_id IS NULL OR NOT EXISTS (SELECT 1 FROM document x \
              WHERE x.id = t.document_id AND x.hidden_from_representatives)))"
        }
    }
}

/// Writes one action of the holder (or of a legal representative: the
/// account's own record says which) on the record to the access trace.
pub async fn trace(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    account_id: i64,
    action: &str,
    document_id: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(), sqlx::Error> {
    trace_detail(conn, dmp_id, account_id, action, document_id, None, now).await?;
    Ok(())
}

/// The same, with what was changed (a choice, a document's title, a
/// professional's name); returns the entry's id, which a receipt names.
pub async fn trace_detail(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    account_id: i64,
    action: &str,
    document_id: Option<i64>,
    detail: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO access_trace (dmp_id, at, actor_kind, actor_id, action, document_id, right_code, detail) \
         VALUES ($1, $2, 'patient', $3, $4, $5, \
           CASE WHEN EXISTS (SELECT 1 FROM patient_account WHERE id = $3 AND dmp_id = $1) \
             THEN 'titulaire' ELSE 'representant_legal' END, $6) RETURNING id",
    )
    .bind(dmp_id)
    .bind(now)
    .bind(account_id)
    .bind(action)
    .bind(document_id)
    .bind(detail)
    .fetch_one(conn)
    .await
}
