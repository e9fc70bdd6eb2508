//! What a médecin traitant DMP does beyond other professionals: read the
//! other professionals' accesses, block one at the patient's request.

use super::card::Holder;
use super::record::{situation, trace, Patient};
use crate::domain::access::{Refusal, Right};
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

pub use super::TraceLine;

/// The other professionals' accesses to the record, newest first.
pub async fn history(
    conn: &mut PgConnection,
    holder: &Holder,
    dmp_id: i64,
) -> Result<Vec<TraceLine>, sqlx::Error> {
    // When, who, what, under which right, why.
    type Row = (
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
    );
    let rows: Vec<Row> =
        sqlx::query_as(
            "SELECT to_char(at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY HH24:MI'), actor_label, action, \
             right_code, reason FROM access_trace WHERE dmp_id = $1 AND actor_kind = 'professionnel' \
             AND actor_id IS DISTINCT FROM $2 ORDER BY at DESC, id DESC LIMIT 50",
        )
        .bind(dmp_id)
        .bind(holder.professional_id)
        .fetch_all(conn)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(at, who, action, right, reason)| TraceLine {
            at,
            who: who.unwrap_or_default(),
            action: action.replace('_', " "),
            right: right.unwrap_or_default(),
            reason,
        })
        .collect())
}

/// Professionals with a standing in the record whom a médecin traitant may
/// block at the patient's request (not the médecins traitants themselves).
pub async fn blockable(
    conn: &mut PgConnection,
    holder: &Holder,
    dmp_id: i64,
) -> Result<Vec<(i64, String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT p.id, p.profession || ' ' || p.first_name || ' ' || p.last_name, a.status \
         FROM professional_authorisation a JOIN professional p ON p.id = a.professional_id \
         WHERE a.dmp_id = $1 AND NOT a.medecin_traitant AND a.professional_id <> $2 ORDER BY p.last_name",
    )
    .bind(dmp_id)
    .bind(holder.professional_id)
    .fetch_all(conn)
    .await
}

/// A médecin traitant blocks a professional at the patient's request
/// (INTERDIT: refused from then on, even in an emergency).
pub async fn block(
    pool: &PgPool,
    holder: &Holder,
    patient: &Patient,
    professional_id: i64,
    now: DateTime<Utc>,
) -> Result<Result<(), Refusal>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let (s, _) = situation(&mut tx, holder, patient, now).await?;
    if s.access() != Ok(Right::MedecinTraitant) {
        return Ok(Err(Refusal::NoRole));
    }
    let blocked = sqlx::query(
        "INSERT INTO professional_authorisation (dmp_id, professional_id, status, declared_at, changed_at) \
         SELECT $1, id, 'INTERDIT', $3, $3 FROM professional WHERE id = $2 \
         ON CONFLICT (dmp_id, professional_id) DO UPDATE SET status = 'INTERDIT', changed_at = $3 \
         WHERE NOT professional_authorisation.medecin_traitant",
    )
    .bind(patient.dmp_id)
    .bind(professional_id)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if blocked == 0 || Some(professional_id) == holder.professional_id {
        return Ok(Err(Refusal::NoRole));
    }
    trace(
        &mut tx,
        patient.dmp_id,
        holder,
        crate::audit::Action::BlocageProfessionnel,
        None,
        Some(Right::MedecinTraitant),
        None,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}
