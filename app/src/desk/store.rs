//! The console's rows: finding the person on the card, keeping them with
//! the agent's session, tracing it.

use super::Person;
use crate::domain::nir::Nir;
use crate::domain::vitale::{CardType, VitaleSerial};
use crate::session::staff::{trace, StaffSession};
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

/// Finds the person with this NIR on this card; keeps them with the
/// session and traces the identification with the agent. `false`, and
/// nothing kept, when nobody matches (traced too, without the numbers).
pub async fn identify(
    pool: &PgPool,
    session: &StaffSession,
    nir: &Nir,
    card_type: CardType,
    serial: &VitaleSerial,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let found: Option<i64> = sqlx::query_scalar(
        "SELECT b.id FROM beneficiary b \
         JOIN vitale_card_beneficiary cb ON cb.beneficiary_id = b.id \
         JOIN vitale_card c ON c.id = cb.card_id \
         WHERE b.nir = $1 AND c.serial = $2 AND c.card_type = $3 AND c.revoked_at IS NULL",
    )
    .bind(nir.as_str())
    .bind(serial.as_str())
    .bind(card_type.code())
    .fetch_optional(&mut *tx)
    .await?;
    match found {
        Some(id) => {
            sqlx::query("UPDATE staff_session SET beneficiary_id = $2 WHERE id = $1")
                .bind(session.id)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            let detail = format!("beneficiaire {id}, présence attestée par l'agent");
            trace(
                &mut tx,
                session.account_id,
                "identification_guichet",
                Some(&detail),
                now,
            )
            .await?;
        }
        None => {
            trace(
                &mut tx,
                session.account_id,
                "identification_guichet_sans_resultat",
                None,
                now,
            )
            .await?;
        }
    }
    tx.commit().await?;
    Ok(found.is_some())
}

pub async fn forget(pool: &PgPool, session_id: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE staff_session SET beneficiary_id = NULL WHERE id = $1")
        .bind(session_id)
        .execute(pool)
        .await?;
    Ok(())
}

/// The person as the console shows them, with their record's state.
pub async fn person(conn: &mut PgConnection, id: i64) -> Result<Option<Person>, sqlx::Error> {
    let Some(b) = crate::registry::beneficiary(&mut *conn, id).await? else {
        return Ok(None);
    };
    let record: Option<(String, DateTime<Utc>, Option<DateTime<Utc>>)> =
        sqlx::query_as("SELECT status, created_at, closed_at FROM dmp WHERE beneficiary_id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await?;
    let date = |d: DateTime<Utc>| crate::domain::fmt::french_date(d.date_naive());
    let (record, has_record) = match record {
        None => ("N'a pas encore de DMP.".to_string(), false),
        Some((_, _, Some(closed))) => (format!("DMP clôturé le {}.", date(closed)), true),
        Some((_, created, None)) => (format!("A un DMP, ouvert le {}.", date(created)), true),
    };
    Ok(Some(Person {
        name: b.full_name(),
        birth_date: crate::domain::fmt::french_date(b.birth_date),
        nir: Nir::parse(&b.nir).map(|n| n.display()).unwrap_or(b.nir),
        record,
        has_record,
    }))
}
