//! Destroying records with everything that belongs to them: the ten-year
//! purge of closed records, and a workshop's practice records (issue 16).

use sqlx::PgConnection;

/// What was destroyed: counts only.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub records: u64,
    pub documents: u64,
    pub reimbursement_lines: u64,
    pub traces: u64,
}

/// Destroys the records `ids` (locked by the caller) inside its transaction.
pub async fn destroy(tx: &mut PgConnection, ids: &[i64]) -> Result<Purged, sqlx::Error> {
    let mut purged = Purged {
        records: ids.len() as u64,
        ..Purged::default()
    };
    // Replacements point to what they replace: unlink before deleting.
    sqlx::query("UPDATE document SET replaces_id = NULL WHERE dmp_id = ANY($1)")
        .bind(ids)
        .execute(&mut *tx)
        .await?;
    purged.documents = delete_for(tx, "document", ids).await?;
    for table in crate::registry::RECORD_REIMBURSEMENT_TABLES {
        purged.reimbursement_lines += delete_for(tx, table, ids).await?;
    }
    purged.traces = delete_for(tx, "access_trace", ids).await?;
    for table in [
        "access_trace_head",
        "patient_notification",
        "notification_preference",
        "personal_contact",
        "personal_space",
        "professional_authorisation",
        "emergency_access",
        "representative_invitation",
        "patient_session",
        "legal_representative",
        "creation_session",
    ] {
        delete_for(tx, table, ids).await?;
    }
    sqlx::query("UPDATE professional_session SET dmp_id = NULL WHERE dmp_id = ANY($1)")
        .bind(ids)
        .execute(&mut *tx)
        .await?;
    delete_for(tx, "patient_account", ids).await?;
    sqlx::query("DELETE FROM dmp WHERE id = ANY($1)")
        .bind(ids)
        .execute(&mut *tx)
        .await?;
    Ok(purged)
}

async fn delete_for(conn: &mut PgConnection, table: &str, ids: &[i64]) -> Result<u64, sqlx::Error> {
    Ok(
        sqlx::query(&format!("DELETE FROM {table} WHERE dmp_id = ANY($1)"))
            .bind(ids)
            .execute(conn)
            .await?
            .rows_affected(),
    )
}
