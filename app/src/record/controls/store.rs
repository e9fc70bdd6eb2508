//! The SQL behind the holder's controls. Every change happens in one
//! transaction with its trace entry; a change to what already is (a double
//! click, a form sent again) changes nothing and traces nothing.

use super::{DirectorySearch, EmergencyChoices, Professional, Standing, SEARCH_LIMIT};
use crate::session::patient::PatientSession;
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

/// `None`: no such document in the record (or one the holder may not
/// see); `Some(None)`: already so; `Some(Some(id))`: changed, traced as `id`.
pub async fn set_masked(
    pool: &PgPool,
    session: &PatientSession,
    id: i64,
    masked: bool,
    now: DateTime<Utc>,
) -> Result<Option<Option<i64>>, sqlx::Error> {
    // The holder's view decides what they may act on.
    let Some(row) = crate::record::documents::store::row(pool, session.into(), id).await? else {
        return Ok(None);
    };
    let mut tx = pool.begin().await?;
    let changed = sqlx::query(
        "UPDATE document SET masked = $3 WHERE id = $1 AND dmp_id = $2 AND masked <> $3",
    )
    .bind(id)
    .bind(session.dmp_id)
    .bind(masked)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Ok(Some(None));
    }
    let detail = format!("{} ({}, {})", row.title, row.type_label, row.date);
    let receipt = crate::audit::trace_detail(
        &mut tx,
        session.dmp_id,
        session.account_id,
        if masked {
            crate::audit::Action::MasquageDocument
        } else {
            crate::audit::Action::DemasquageDocument
        },
        Some(id),
        Some(&detail),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Some(Some(receipt)))
}

/// id, first name, last name, profession, its code, specialty, town,
/// authorisation status, médecin traitant, consent's end, RPPS.
type ProRow = (
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    Option<String>,
    bool,
    Option<DateTime<Utc>>,
    String,
);

const PRO_SELECT: &str = "SELECT p.id, p.first_name, p.last_name, p.profession, p.profession_code, \
     p.specialty, p.city || '', a.status, coalesce(a.medecin_traitant, false), a.expires_at, p.rpps \
     FROM professional p LEFT JOIN professional_authorisation a \
       ON a.professional_id = p.id AND a.dmp_id = $1 ";

fn professional(r: ProRow, now: DateTime<Utc>) -> Professional {
    let (id, first, last, profession, code, specialty, city, status, mt, expires, rpps) = r;
    let standing = match status.as_deref() {
        Some("INTERDIT") => Standing::Blocked,
        Some("VALIDE") if expires.is_none_or(|e| e > now) => {
            if mt {
                Standing::MedecinTraitant
            } else {
                Standing::Authorised
            }
        }
        _ => Standing::None,
    };
    Professional {
        id,
        name: format!("{}{first} {last}", if code == "10" { "Dr " } else { "" }),
        profession: match specialty.filter(|s| !s.is_empty()) {
            Some(s) => format!("{profession} – {s}"),
            None => profession,
        },
        city,
        rpps,
        standing,
    }
}

async fn professionals(
    conn: &mut PgConnection,
    sql: &str,
    dmp_id: i64,
    binds: &[String],
    now: DateTime<Utc>,
) -> Result<Vec<Professional>, sqlx::Error> {
    let mut q = sqlx::query_as::<_, ProRow>(sql).bind(dmp_id);
    for b in binds {
        q = q.bind(b);
    }
    Ok(q.fetch_all(conn)
        .await?
        .into_iter()
        .map(|r| professional(r, now))
        .collect())
}

/// Those with a standing in the record: médecins traitants, authorised,
/// blocked (an expired consent is no standing).
pub async fn known_professionals(
    conn: &mut PgConnection,
    dmp_id: i64,
    now: DateTime<Utc>,
) -> Result<Vec<Professional>, sqlx::Error> {
    let all = professionals(
        conn,
        &format!("{PRO_SELECT} WHERE a.dmp_id IS NOT NULL ORDER BY p.last_name, p.first_name"),
        dmp_id,
        &[],
        now,
    )
    .await?;
    Ok(all
        .into_iter()
        .filter(|p| p.standing != Standing::None)
        .collect())
}

pub async fn professions(conn: &mut PgConnection) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT DISTINCT profession FROM professional ORDER BY profession")
        .fetch_all(conn)
        .await
}

/// The directory, by name (either name, accents and case ignored), exact
/// profession, town (its beginning) and RPPS; at most SEARCH_LIMIT.
pub async fn search_directory(
    conn: &mut PgConnection,
    dmp_id: i64,
    s: &DirectorySearch,
    now: DateTime<Utc>,
) -> Result<Vec<Professional>, sqlx::Error> {
    use crate::domain::fmt::fold;
    // Names and towns are compared folded (no accents, upper case).
    let candidates = professionals(
        conn,
        &format!(
            "{PRO_SELECT} WHERE ($2 = '' OR p.profession = $2) AND ($3 = '' OR p.rpps = $3) \
             ORDER BY p.last_name, p.first_name"
        ),
        dmp_id,
        &[s.profession.trim().to_string(), s.rpps.trim().to_string()],
        now,
    )
    .await?;
    let (name, town) = (fold(&s.nom), fold(&s.ville));
    Ok(candidates
        .into_iter()
        .filter(|p| {
            let folded = fold(&p.name);
            (name.is_empty()
                || folded.split(' ').any(|w| w.starts_with(&name))
                || folded.contains(&name))
                && (town.is_empty() || fold(&p.city).starts_with(&town))
        })
        .take(SEARCH_LIMIT as usize)
        .collect())
}

pub enum BlockOutcome {
    Unknown,
    MedecinTraitant,
    /// The receipt's trace entry, `None` when nothing changed.
    Done(Option<i64>),
}

/// Blocks (INTERDIT: refused even with consent or in an emergency) or
/// lifts the block; a lifted block leaves no consent behind, the
/// professional must be authorised again.
pub async fn set_blocked(
    pool: &PgPool,
    session: &PatientSession,
    professional_id: i64,
    block: bool,
    now: DateTime<Utc>,
) -> Result<BlockOutcome, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // One change at a time per record.
    sqlx::query("SELECT 1 FROM dmp WHERE id = $1 FOR UPDATE")
        .bind(session.dmp_id)
        .execute(&mut *tx)
        .await?;
    let row: Vec<Professional> = professionals(
        &mut tx,
        &format!("{PRO_SELECT} WHERE p.id = $2::bigint"),
        session.dmp_id,
        &[professional_id.to_string()],
        now,
    )
    .await?;
    let Some(p) = row.into_iter().next() else {
        return Ok(BlockOutcome::Unknown);
    };
    let changed = match (block, p.standing) {
        (true, Standing::MedecinTraitant) => return Ok(BlockOutcome::MedecinTraitant),
        (true, Standing::Blocked)
        | (false, Standing::None | Standing::Authorised | Standing::MedecinTraitant) => false,
        (true, _) => {
            sqlx::query(
                "INSERT INTO professional_authorisation (dmp_id, professional_id, status, declared_at, changed_at) \
                 VALUES ($1, $2, 'INTERDIT', $3, $3) ON CONFLICT (dmp_id, professional_id) \
                 DO UPDATE SET status = 'INTERDIT', medecin_traitant = false, changed_at = $3",
            )
            .bind(session.dmp_id)
            .bind(professional_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            true
        }
        (false, Standing::Blocked) => {
            sqlx::query(
                "UPDATE professional_authorisation SET status = 'EXPIRE', expires_at = $3, changed_at = $3 \
                 WHERE dmp_id = $1 AND professional_id = $2 AND status = 'INTERDIT'",
            )
            .bind(session.dmp_id)
            .bind(professional_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            true
        }
    };
    if !changed {
        return Ok(BlockOutcome::Done(None));
    }
    let detail = format!("{}, {} ({}), RPPS {}", p.name, p.profession, p.city, p.rpps);
    let receipt = crate::audit::trace_detail(
        &mut tx,
        session.dmp_id,
        session.account_id,
        if block {
            crate::audit::Action::BlocageProfessionnel
        } else {
            crate::audit::Action::DeblocageProfessionnel
        },
        None,
        Some(&detail),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(BlockOutcome::Done(Some(receipt)))
}

pub async fn emergency(
    conn: &mut PgConnection,
    dmp_id: i64,
) -> Result<EmergencyChoices, sqlx::Error> {
    let (oppose_centre15, oppose_bris_de_glace, since): (bool, bool, String) = sqlx::query_as(
        "SELECT oppose_centre15, oppose_bris_de_glace, \
         to_char(choices_at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY') FROM dmp WHERE id = $1",
    )
    .bind(dmp_id)
    .fetch_one(conn)
    .await?;
    Ok(EmergencyChoices {
        centre15_allowed: !oppose_centre15,
        bris_de_glace_allowed: !oppose_bris_de_glace,
        since,
    })
}

/// The receipt's trace entry, `None` when the choices were already so.
pub async fn save_emergency(
    pool: &PgPool,
    session: &PatientSession,
    centre15_allowed: bool,
    bris_de_glace_allowed: bool,
    now: DateTime<Utc>,
) -> Result<Option<i64>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let changed = sqlx::query(
        "UPDATE dmp SET oppose_centre15 = $2, oppose_bris_de_glace = $3, choices_at = $4 \
         WHERE id = $1 AND (oppose_centre15 <> $2 OR oppose_bris_de_glace <> $3)",
    )
    .bind(session.dmp_id)
    .bind(!centre15_allowed)
    .bind(!bris_de_glace_allowed)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Ok(None);
    }
    let receipt = crate::audit::trace_detail(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ChoixUrgence,
        None,
        Some(&super::emergency_detail(
            centre15_allowed,
            bris_de_glace_allowed,
        )),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Some(receipt))
}

/// A receipt's content, for the holder of the record only.
pub struct ReceiptFacts {
    pub full_name: String,
    pub ins: String,
    /// French time.
    pub at: chrono::NaiveDateTime,
    pub action: String,
    pub detail: String,
    pub seq: i64,
    pub hash: Vec<u8>,
}

pub async fn receipt(
    conn: &mut PgConnection,
    dmp_id: i64,
    trace_id: i64,
) -> Result<Option<ReceiptFacts>, sqlx::Error> {
    let actions: Vec<&str> = super::CONSENT_ACTIONS.iter().map(|(a, _)| *a).collect();
    type Row = (
        i64,
        String,
        chrono::NaiveDateTime,
        String,
        Option<String>,
        i64,
        Vec<u8>,
    );
    let row: Option<Row> = sqlx::query_as(
            "SELECT d.beneficiary_id, d.ins_value, t.at AT TIME ZONE 'Europe/Paris', t.action, t.detail, t.seq, t.hash \
             FROM access_trace t JOIN dmp d ON d.id = t.dmp_id \
             WHERE t.id = $1 AND t.dmp_id = $2 AND t.actor_kind = 'patient' AND t.action = ANY($3)",
        )
        .bind(trace_id)
        .bind(dmp_id)
        .bind(&actions)
        .fetch_optional(&mut *conn)
        .await?;
    let Some((beneficiary_id, ins, at, action, detail, seq, hash)) = row else {
        return Ok(None);
    };
    let Some(b) = crate::registry::beneficiary(conn, beneficiary_id).await? else {
        return Ok(None);
    };
    Ok(Some(ReceiptFacts {
        full_name: b.full_name(),
        ins,
        at,
        action,
        detail: detail.unwrap_or_default(),
        seq,
        hash,
    }))
}
