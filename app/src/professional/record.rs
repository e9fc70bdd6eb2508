//! A patient's record as a professional reaches it: finding the patient,
//! the situation the access policy judges (consent, médecin traitant,
//! emergency mode, the patient's choices), the documents it lets through,
//! and the traces and notifications every access leaves.

use super::card::Holder;
use crate::audit::Action;
use crate::domain::access::{
    self, Actor, Authorisation, DocumentFacts, Mode, Refusal, Relation, Right, Settings, Visibility,
};
pub use crate::notify::{notify, notify_as, Event};
use chrono::{DateTime, Months, NaiveDate, Utc};
use sqlx::{PgConnection, PgPool};

/// [I] A declared consent lasts a year after its last declaration.
pub const CONSENT_MONTHS: u32 = 12;

pub use super::Search;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    Found(i64),
    /// No such person, several, or one without a DMP: the same answer.
    NoDmp,
    Closed,
}

pub use crate::domain::fmt::fold;

pub async fn find_patient(pool: &PgPool, s: &Search) -> Result<Lookup, sqlx::Error> {
    let found: Vec<(i64, String)> = if !s.ins.trim().is_empty() {
        let ins: String = s.ins.chars().filter(|c| !c.is_whitespace()).collect();
        sqlx::query_as("SELECT id, status FROM dmp WHERE ins_value = upper($1) AND creation_channel <> 'entrainement'")
            .bind(ins)
            .fetch_all(pool)
            .await?
    } else {
        let Some(birth) = crate::forms::input::date(&s.birth_date) else {
            return Ok(Lookup::NoDmp);
        };
        let people: Vec<(i64, String, String, Option<String>)> = sqlx::query_as(
            "SELECT d.id, d.status, b.birth_name || '|' || b.first_names, b.usage_name FROM beneficiary b \
             JOIN dmp d ON d.beneficiary_id = b.id WHERE b.birth_date = $1 AND b.sex = $2 \
             AND b.practice_workshop_id IS NULL",
        )
        .bind(birth)
        .bind(s.sex.trim())
        .fetch_all(pool)
        .await?;
        let (name, first) = (fold(&s.birth_name), fold(&s.first_name));
        people
            .into_iter()
            .filter(|(_, _, names, usage)| {
                let (birth_name, first_names) = names.split_once('|').unwrap_or_default();
                let first_ok = fold(first_names).split(' ').next() == Some(first.as_str());
                let name_ok = fold(birth_name) == name
                    || usage.as_deref().map(fold).as_deref() == Some(name.as_str());
                first_ok && name_ok && !name.is_empty()
            })
            .map(|(id, status, _, _)| (id, status))
            .collect()
    };
    Ok(match found.as_slice() {
        [(_, status)] if status == "CLOSED" => Lookup::Closed,
        [(id, _)] => Lookup::Found(*id),
        _ => Lookup::NoDmp,
    })
}

/// Who the patient is, as shown at the top of every page of their record.
#[derive(Clone, Debug)]
pub struct Patient {
    pub dmp_id: i64,
    pub full_name: String,
    pub birth_date: NaiveDate,
    pub settings: Settings,
    pub minor: bool,
}

pub async fn patient(
    conn: &mut PgConnection,
    dmp_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<Patient>, sqlx::Error> {
    let row: Option<(i64, bool, bool, String)> = sqlx::query_as(
        "SELECT beneficiary_id, oppose_bris_de_glace, oppose_centre15, status FROM dmp WHERE id = $1",
    )
    .bind(dmp_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((beneficiary_id, oppose_bris_de_glace, oppose_centre15, status)) = row else {
        return Ok(None);
    };
    let Some(b) = crate::registry::beneficiary(conn, beneficiary_id).await? else {
        return Ok(None);
    };
    Ok(Some(Patient {
        dmp_id,
        full_name: b.full_name(),
        birth_date: b.birth_date,
        minor: crate::registry::is_minor(b.birth_date, now.date_naive()),
        settings: Settings {
            oppose_bris_de_glace,
            oppose_centre15,
            closed: status == "CLOSED",
        },
    }))
}

/// Everything the policy judges, for one professional and one record.
#[derive(Clone, Copy, Debug)]
pub struct Situation {
    pub actor: Actor,
    pub relation: Relation,
    pub mode: Mode,
    pub settings: Settings,
}

impl Situation {
    pub fn access(&self) -> Result<Right, Refusal> {
        access::record_access(self.actor, self.relation, self.mode, self.settings)
    }
}

pub async fn situation(
    conn: &mut PgConnection,
    holder: &Holder,
    patient: &Patient,
    now: DateTime<Utc>,
) -> Result<(Situation, Option<String>), sqlx::Error> {
    let authorisation: Option<(String, bool, Option<DateTime<Utc>>)> = sqlx::query_as(
        "SELECT status, medecin_traitant, expires_at FROM professional_authorisation \
         WHERE dmp_id = $1 AND professional_id = $2",
    )
    .bind(patient.dmp_id)
    .bind(holder.professional_id)
    .fetch_optional(&mut *conn)
    .await?;
    let relation = match authorisation {
        None => Relation::NONE,
        Some((status, medecin_traitant, expires_at)) => {
            let authorisation = match status.as_str() {
                "INTERDIT" => Authorisation::Blocked,
                "VALIDE" if expires_at.is_none_or(|e| e > now) => Authorisation::Valid,
                _ => Authorisation::Expired,
            };
            Relation {
                medecin_traitant: medecin_traitant && authorisation == Authorisation::Valid,
                authorisation,
            }
        }
    };
    let emergency: Option<(String, String)> = sqlx::query_as(
        "SELECT mode, reason FROM emergency_access WHERE session_id = $1 AND dmp_id = $2",
    )
    .bind(holder.session_id)
    .bind(patient.dmp_id)
    .fetch_optional(&mut *conn)
    .await?;
    let (mode, reason) = match emergency {
        Some((m, reason)) if m == "centre15" => (Mode::Centre15, Some(reason)),
        Some((_, reason)) => (Mode::BrisDeGlace, Some(reason)),
        None => (Mode::Normal, None),
    };
    let actor = match (holder.professional_id, holder.regulator) {
        (Some(_), true) => Actor::Regulator,
        (Some(_), false) => Actor::Professional,
        (None, _) => Actor::Establishment,
    };
    Ok((
        Situation {
            actor,
            relation,
            mode,
            settings: patient.settings,
        },
        reason,
    ))
}

pub use super::Listed;

/// One document as the professional's policy judges it and lists it.
#[derive(sqlx::FromRow)]
struct DocRow {
    id: i64,
    dmp_id: i64,
    title: String,
    care_date: NaiveDate,
    type_label: String,
    space: String,
    masked: bool,
    hidden_from_patient: bool,
    hidden_from_representatives: bool,
    by_actor: bool,
    matrix_allows: bool,
    author: String,
}

const DOC_QUERY: &str =
    "SELECT d.id, d.dmp_id, d.title, d.care_date, t.label AS type_label, t.space, \
     d.masked, d.hidden_from_patient, d.hidden_from_representatives, \
     coalesce(d.author_professional_id = $2, false) AS by_actor, \
     EXISTS (SELECT 1 FROM access_matrix m WHERE m.profession_code = $3 \
             AND (m.specialty = '' OR m.specialty = $4) AND m.type_code = d.type_code) AS matrix_allows, \
     CASE WHEN d.by_patient THEN 'Le patient' \
          ELSE coalesce(p.profession || ' ' || p.first_name || ' ' || p.last_name, ac.holder_label, '') END AS author \
     FROM document d JOIN document_type t ON t.code = d.type_code \
     LEFT JOIN professional p ON p.id = d.author_professional_id \
     LEFT JOIN professional_card ac ON ac.id = d.author_card_id \
     WHERE d.status = 'ACTIVE' AND ";

fn judge(s: &Situation, dmp_id: i64, r: &DocRow) -> Result<Right, Refusal> {
    let facts = DocumentFacts {
        in_record: r.dmp_id == dmp_id,
        visibility: Visibility {
            masked: r.masked,
            invisible_patient: r.hidden_from_patient,
            invisible_representatives: r.hidden_from_representatives,
        },
        by_actor: r.by_actor,
        matrix_allows: r.matrix_allows,
    };
    access::read_document(s.actor, s.relation, s.mode, s.settings, facts)
}

fn listed(r: DocRow, right: Right) -> Listed {
    Listed {
        id: r.id,
        date: r.care_date.format("%d/%m/%Y").to_string(),
        title: r.title,
        type_label: r.type_label,
        space: r.space,
        author: r.author,
        masked: r.masked,
        invisible_patient: r.hidden_from_patient,
        invisible_representatives: r.hidden_from_representatives,
        right: right.code().to_string(),
    }
}

/// The record's documents the policy lets this professional read, newest
/// first: the same rule for lists, counts and single documents.
pub async fn documents(
    conn: &mut PgConnection,
    holder: &Holder,
    s: &Situation,
    dmp_id: i64,
) -> Result<Vec<Listed>, sqlx::Error> {
    let rows: Vec<DocRow> = sqlx::query_as(&format!(
        "{DOC_QUERY} d.dmp_id = $1 ORDER BY d.care_date DESC, d.id DESC"
    ))
    .bind(dmp_id)
    .bind(holder.professional_id)
    .bind(&holder.profession_code)
    .bind(&holder.specialty)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| judge(s, dmp_id, &r).ok().map(|right| listed(r, right)))
        .collect())
}

/// One document's row and the right that lets this professional read it,
/// if the policy does (any other answer is the same « introuvable »).
async fn judged(
    conn: &mut PgConnection,
    holder: &Holder,
    s: &Situation,
    dmp_id: i64,
    id: i64,
) -> Result<Option<(DocRow, Right)>, sqlx::Error> {
    let row: Option<DocRow> = sqlx::query_as(&format!("{DOC_QUERY} d.id = $1"))
        .bind(id)
        .bind(holder.professional_id)
        .bind(&holder.profession_code)
        .bind(&holder.specialty)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.and_then(|row| judge(s, dmp_id, &row).ok().map(|right| (row, right))))
}

/// One document, if the policy lets it through, with its content; no trace
/// (the decision alone, as tests and the policy's checks need it).
pub async fn document(
    conn: &mut PgConnection,
    holder: &Holder,
    s: &Situation,
    dmp_id: i64,
    id: i64,
) -> Result<Option<(Listed, String, Vec<u8>)>, sqlx::Error> {
    let Some((row, right)) = judged(conn, holder, s, dmp_id, id).await? else {
        return Ok(None);
    };
    let (content_type, content): (String, Vec<u8>) =
        sqlx::query_as("SELECT content_type, content FROM document WHERE id = $1")
            .bind(id)
            .fetch_one(&mut *conn)
            .await?;
    Ok(Some((listed(row, right), content_type, content)))
}

/// What a professional's reading of one document needs of its bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bytes {
    /// The file itself (the file route).
    Always,
    /// A text document's text, shown in its page; a PDF is framed from the
    /// file route, so its bytes are not read here.
    TextOnly,
}

/// A professional reads one document of the open record: the policy
/// decides and the reading is traced with the right that let it through
/// (the first access announced), on one connection; the bytes are read
/// once, and only if wanted. `None` for anything the policy refuses, which
/// answers like a document that does not exist.
#[allow(clippy::too_many_arguments)]
pub async fn read_document(
    conn: &mut PgConnection,
    holder: &Holder,
    patient: &Patient,
    id: i64,
    action: Action,
    bytes: Bytes,
    now: DateTime<Utc>,
) -> Result<Option<(Listed, String, Option<Vec<u8>>)>, sqlx::Error> {
    let (s, _) = situation(conn, holder, patient, now).await?;
    let Some((row, right)) = judged(conn, holder, &s, patient.dmp_id, id).await? else {
        return Ok(None);
    };
    let (content_type, content): (String, Option<Vec<u8>>) = sqlx::query_as(
        "SELECT content_type, CASE WHEN $2 OR content_type = 'text/plain' THEN content END \
         FROM document WHERE id = $1",
    )
    .bind(id)
    .bind(bytes == Bytes::Always)
    .fetch_one(&mut *conn)
    .await?;
    let listed = listed(row, right);
    // Traced under the record's right, or as the author when only
    // authorship lets this document through.
    let traced = s
        .access()
        .ok()
        .filter(|_| listed.right != "auteur")
        .unwrap_or(Right::Author);
    consultation(conn, holder, patient, action, Some(id), traced, now).await?;
    Ok(Some((listed, content_type, content)))
}

/// The emergency access a card session opened last, if any: (mode, reason).
pub async fn emergency_of_session(
    conn: &mut PgConnection,
    session_id: i64,
) -> Result<Option<(String, String)>, sqlx::Error> {
    sqlx::query_as(
        "SELECT mode, reason FROM emergency_access WHERE session_id = $1 \
         ORDER BY started_at DESC LIMIT 1",
    )
    .bind(session_id)
    .fetch_optional(conn)
    .await
}

/// Writes one professional action to the record's access trace.
#[allow(clippy::too_many_arguments)]
pub async fn trace(
    conn: &mut PgConnection,
    dmp_id: i64,
    holder: &Holder,
    action: Action,
    document_id: Option<i64>,
    right: Option<Right>,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO access_trace (dmp_id, at, actor_kind, actor_id, action, document_id, \
         actor_label, actor_profession, right_code, reason, secret) \
         SELECT $1, $2, 'professionnel', $3, $4, $5, c.holder_label, p.profession \
                || coalesce(' – ' || p.specialty, ''), $6, $7, $9 \
         FROM professional_card c LEFT JOIN professional p ON p.id = c.professional_id WHERE c.id = $8",
    )
    .bind(dmp_id)
    .bind(now)
    .bind(holder.professional_id)
    .bind(action.code())
    .bind(document_id)
    .bind(right.map(Right::code))
    .bind(reason)
    .bind(holder.card_id)
    // A secret session's every entry is kept from the representatives.
    .bind(holder.secret && holder.dmp_id == Some(dmp_id))
    .execute(conn)
    .await?;
    Ok(())
}

/// The consent the professional declares (« le patient m'a autorisé »);
/// a médecin may become médecin traitant DMP at the same time. A block
/// stands: no declaration lifts it.
pub async fn declare_consent(
    pool: &PgPool,
    holder: &Holder,
    patient: &Patient,
    medecin_traitant: bool,
    now: DateTime<Utc>,
) -> Result<Result<(), Refusal>, sqlx::Error> {
    let Some(professional_id) = holder.professional_id else {
        return Ok(Err(Refusal::NoRole));
    };
    if patient.settings.closed {
        return Ok(Err(Refusal::Closed));
    }
    // Only a médecin (profession 10) becomes médecin traitant DMP.
    let medecin_traitant = medecin_traitant && holder.profession_code == "10";
    let mut tx = pool.begin().await?;
    let expires = now
        .checked_add_months(Months::new(CONSENT_MONTHS))
        .unwrap_or(now);
    let changed: Option<bool> = sqlx::query_scalar(
        "INSERT INTO professional_authorisation (dmp_id, professional_id, status, medecin_traitant, \
         declared_at, expires_at, changed_at) VALUES ($1, $2, 'VALIDE', $3, $4, $5, $4) \
         ON CONFLICT (dmp_id, professional_id) DO UPDATE SET status = 'VALIDE', \
         medecin_traitant = professional_authorisation.medecin_traitant OR EXCLUDED.medecin_traitant, \
         declared_at = EXCLUDED.declared_at, expires_at = EXCLUDED.expires_at, changed_at = EXCLUDED.changed_at \
         WHERE professional_authorisation.status <> 'INTERDIT' RETURNING medecin_traitant",
    )
    .bind(patient.dmp_id)
    .bind(professional_id)
    .bind(medecin_traitant)
    .bind(now)
    .bind(expires)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(is_mt) = changed else {
        return Ok(Err(Refusal::Blocked));
    };
    trace(
        &mut tx,
        patient.dmp_id,
        holder,
        if medecin_traitant {
            crate::audit::Action::DeclarationMedecinTraitant
        } else {
            crate::audit::Action::DeclarationAutorisation
        },
        None,
        Some(if is_mt {
            Right::MedecinTraitant
        } else {
            Right::Autorisation
        }),
        None,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Opens an emergency access (bris de glace with its reason, or Centre 15)
/// if the policy allows it; traced as such and notified to the patient.
pub async fn declare_emergency(
    pool: &PgPool,
    holder: &Holder,
    patient: &Patient,
    mode: Mode,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Result<Right, Refusal>, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let (mut s, _) = situation(&mut tx, holder, patient, now).await?;
    s.mode = mode;
    let right = match access::record_access(s.actor, s.relation, mode, s.settings) {
        Ok(r @ (Right::BrisDeGlace | Right::Centre15)) => r,
        // Someone with an ordinary right needs no emergency access.
        Ok(r) => return Ok(Ok(r)),
        Err(refusal) => return Ok(Err(refusal)),
    };
    let code = if right == Right::Centre15 {
        "centre15"
    } else {
        "bris_de_glace"
    };
    let opened = sqlx::query(
        "INSERT INTO emergency_access (session_id, dmp_id, mode, reason, started_at) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (session_id, dmp_id) DO NOTHING",
    )
    .bind(holder.session_id)
    .bind(patient.dmp_id)
    .bind(code)
    .bind(reason)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if opened > 0 {
        trace(
            &mut tx,
            patient.dmp_id,
            holder,
            crate::audit::Action::AccesUrgence,
            None,
            Some(right),
            Some(reason).filter(|r| !r.is_empty()),
            now,
        )
        .await?;
        let how = if right == Right::Centre15 {
            "centre15"
        } else {
            "bris_de_glace"
        };
        notify_as(
            &mut tx,
            patient.dmp_id,
            holder.secret,
            Event::Emergency,
            "notify-emergency",
            &[("how", how.into()), ("who", holder.label.clone().into())],
        )
        .await?;
    }
    tx.commit().await?;
    Ok(Ok(right))
}

/// Traces a look at the record; the first access by a professional is
/// notified to the patient.
pub async fn trace_consultation(
    pool: &PgPool,
    holder: &Holder,
    patient: &Patient,
    action: Action,
    document_id: Option<i64>,
    right: Right,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let mut conn = pool.acquire().await?;
    consultation(&mut conn, holder, patient, action, document_id, right, now).await
}

/// The same, on a connection the caller holds.
async fn consultation(
    conn: &mut PgConnection,
    holder: &Holder,
    patient: &Patient,
    action: Action,
    document_id: Option<i64>,
    right: Right,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    use sqlx::Connection;
    let mut tx = conn.begin().await?;
    let first: bool = sqlx::query_scalar(
        "SELECT NOT EXISTS (SELECT 1 FROM access_trace WHERE dmp_id = $1 AND actor_kind = 'professionnel' \
         AND actor_id = $2 AND action LIKE 'consultation%')",
    )
    .bind(patient.dmp_id)
    .bind(holder.professional_id)
    .fetch_one(&mut *tx)
    .await?;
    trace(
        &mut tx,
        patient.dmp_id,
        holder,
        action,
        document_id,
        Some(right),
        None,
        now,
    )
    .await?;
    if first && !matches!(right, Right::BrisDeGlace | Right::Centre15) {
        notify_as(
            &mut tx,
            patient.dmp_id,
            holder.secret,
            Event::FirstAccess,
            "notify-first-access",
            &[("who", holder.label.clone().into())],
        )
        .await?;
    }
    tx.commit().await
}
