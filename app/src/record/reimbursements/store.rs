//! The insurer's history of a record, one table per family, as the
//! reimbursement page shows it.

use super::*;
use chrono::NaiveDate;
use sqlx::PgConnection;

/// The rows of each family between `from` and `to`, newest first, each
/// already formatted for reading: pharmacy, care, radiology, hospital and
/// biology, in [`TABLES`]' order.
pub async fn tables(
    conn: &mut PgConnection,
    dmp_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<[Vec<Vec<String>>; 5], sqlx::Error> {
    // Each family's table and its columns as the page shows them, formatted
    // by PostgreSQL so that one query shape serves the five tables.
    const H: &str = "CASE WHEN hospital THEN 'H' ELSE '' END";
    let [pharmacy, care, radiology, hospital, biology] = TABLES;
    let families: [(&str, &str, String); 5] = [
        (
            pharmacy,
            "care_date",
            format!("label, active_ingredients, quantity::text, {H}"),
        ),
        (
            care,
            "care_date",
            // Decimals with a comma, as in French.
            format!("act_code, replace(coefficient::text, '.', ','), label, specialty, {H}"),
        ),
        (
            radiology,
            "care_date",
            format!("ccam_code, replace(coefficient::text, '.', ','), label, {H}"),
        ),
        (
            hospital,
            "admission_date",
            format!("length_days::text, nature, {H}"),
        ),
        (
            biology,
            "care_date",
            format!("nabm_code, label, quantity::text, {H}"),
        ),
    ];
    // One round trip for the five: each row says its family.
    let sql = families
        .iter()
        .enumerate()
        .map(|(f, (table, date, columns))| {
            format!(
                "SELECT {f} AS f, ARRAY[to_char({date}, 'DD/MM/YYYY'), {columns}] AS r, {date} AS d, id \
                 FROM {table} WHERE dmp_id = $1 AND {date} BETWEEN $2 AND $3"
            )
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ");
    let rows: Vec<(i32, Vec<String>)> = sqlx::query_as(&format!(
        "SELECT f, r FROM ({sql}) x ORDER BY f, d DESC, id"
    ))
    .bind(dmp_id)
    .bind(from)
    .bind(to)
    .fetch_all(&mut *conn)
    .await?;
    let mut tables: [Vec<Vec<String>>; 5] = Default::default();
    for (f, row) in rows {
        if let Some(table) = tables.get_mut(f as usize) {
            table.push(row);
        }
    }
    Ok(tables)
}
