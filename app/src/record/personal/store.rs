//! The Espace personnel's information in PostgreSQL. Every change is one
//! transaction with its line in the access trace.

use super::{Contact, Coordinates, HealthNotes, Person, PersonalSpace, Role, WrittenDirectives};
use crate::audit::trace;
use crate::session::patient::PatientSession;
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

const DIRECTIVES_TYPE: &str = "EXPPAT_3";
const DIRECTIVES_TITLE: &str = "Mes directives anticipées (rédigées en ligne)";

type Row = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
);

pub async fn load(
    pool: &PgPool,
    session: &PatientSession,
    now: DateTime<Utc>,
) -> Result<PersonalSpace, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    let row: Option<Row> = sqlx::query_as(
        "SELECT allergies, history, operations, blood_group, free_note, address, postal_code, \
         town, phone, organ_donation FROM personal_space WHERE dmp_id = $1",
    )
    .bind(session.dmp_id)
    .fetch_optional(&mut *conn)
    .await?;
    let mut space = PersonalSpace {
        organ_donation: "non_exprime".into(),
        ..Default::default()
    };
    if let Some((
        allergies,
        history,
        operations,
        blood_group,
        free_note,
        address,
        postal_code,
        town,
        phone,
        organ,
    )) = row
    {
        space.notes = HealthNotes {
            allergies,
            history,
            operations,
            blood_group,
            free_note,
        };
        space.coordinates = Coordinates {
            phone: crate::domain::contact::Phone::parse(&phone)
                .map(|p| p.display())
                .unwrap_or_default(),
            address,
            postal_code,
            town,
        };
        space.organ_donation = organ;
    }
    let people: Vec<(i64, String, String, String, String, String)> = sqlx::query_as(
        "SELECT id, role, last_name, first_name, relation, phone FROM personal_contact \
         WHERE dmp_id = $1 ORDER BY added_at, id",
    )
    .bind(session.dmp_id)
    .fetch_all(&mut *conn)
    .await?;
    for (id, role, last_name, first_name, relation, phone) in people {
        let person = Person {
            last_name,
            first_name,
            relation,
            phone,
        }
        .for_display();
        if role == Role::Trusted.code() {
            space.trusted = Some(person);
        } else {
            space.contacts.push(Contact { id, person });
        }
    }
    let directives: Option<(i64, Vec<u8>, chrono::NaiveDate)> = sqlx::query_as(
        "SELECT id, content, care_date FROM document WHERE dmp_id = $1 AND type_code = $2 \
         AND by_patient AND content_type = 'text/plain' AND status = 'ACTIVE' \
         ORDER BY deposited_at DESC, id DESC LIMIT 1",
    )
    .bind(session.dmp_id)
    .bind(DIRECTIVES_TYPE)
    .fetch_optional(&mut *conn)
    .await?;
    space.directives = directives.map(|(document_id, text, date)| WrittenDirectives {
        document_id,
        text: String::from_utf8_lossy(&text).into_owned(),
        date: crate::domain::fmt::date_in(crate::i18n::locale().lang, date),
    });
    trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationEspacePersonnel,
        None,
        now,
    )
    .await?;
    Ok(space)
}

/// The row every one-off setting lives in, created on first use.
async fn ensure_row(
    conn: &mut PgConnection,
    dmp_id: i64,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO personal_space (dmp_id, updated_at) VALUES ($1, $2) ON CONFLICT (dmp_id) DO NOTHING",
    )
    .bind(dmp_id)
    .bind(now)
    .execute(conn)
    .await?;
    Ok(())
}

pub async fn save_notes(
    pool: &PgPool,
    session: &PatientSession,
    n: &HealthNotes,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    ensure_row(&mut tx, session.dmp_id, now).await?;
    sqlx::query(
        "UPDATE personal_space SET allergies = $2, history = $3, operations = $4, blood_group = $5, \
         free_note = $6, updated_at = $7 WHERE dmp_id = $1",
    )
    .bind(session.dmp_id)
    .bind(&n.allergies)
    .bind(&n.history)
    .bind(&n.operations)
    .bind(&n.blood_group)
    .bind(&n.free_note)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    trace(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ModificationNotesSante,
        None,
        now,
    )
    .await?;
    tx.commit().await
}

pub async fn save_coordinates(
    pool: &PgPool,
    session: &PatientSession,
    c: &Coordinates,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    ensure_row(&mut tx, session.dmp_id, now).await?;
    sqlx::query(
        "UPDATE personal_space SET address = $2, postal_code = $3, town = $4, phone = $5, \
         updated_at = $6 WHERE dmp_id = $1",
    )
    .bind(session.dmp_id)
    .bind(&c.address)
    .bind(&c.postal_code)
    .bind(&c.town)
    .bind(&c.phone)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    trace(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ModificationCoordonnees,
        None,
        now,
    )
    .await?;
    tx.commit().await
}

pub async fn save_organ_donation(
    pool: &PgPool,
    session: &PatientSession,
    choice: &str,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    ensure_row(&mut tx, session.dmp_id, now).await?;
    sqlx::query("UPDATE personal_space SET organ_donation = $2, updated_at = $3 WHERE dmp_id = $1")
        .bind(session.dmp_id)
        .bind(choice)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    trace(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ModificationDonOrganes,
        None,
        now,
    )
    .await?;
    tx.commit().await
}

/// Adds a person to call; `false` when the list is full. The same person
/// twice (a double click, a reload) is added once.
pub async fn add_contact(
    pool: &PgPool,
    session: &PatientSession,
    p: &Person,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    // One change of a record's contacts at a time, so the limit holds.
    sqlx::query("SELECT id FROM dmp WHERE id = $1 FOR UPDATE")
        .bind(session.dmp_id)
        .execute(&mut *tx)
        .await?;
    let (count, same): (i64, bool) = sqlx::query_as(
        "SELECT count(*), coalesce(bool_or(lower(last_name) = lower($2) AND lower(first_name) = lower($3) \
         AND phone = $4), false) FROM personal_contact WHERE dmp_id = $1 AND role = 'a_prevenir'",
    )
    .bind(session.dmp_id)
    .bind(&p.last_name)
    .bind(&p.first_name)
    .bind(&p.phone)
    .fetch_one(&mut *tx)
    .await?;
    if same {
        return Ok(true);
    }
    if count >= super::CONTACTS_MAX {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO personal_contact (dmp_id, role, last_name, first_name, relation, phone, added_at) \
         VALUES ($1, 'a_prevenir', $2, $3, $4, $5, $6)",
    )
    .bind(session.dmp_id)
    .bind(&p.last_name)
    .bind(&p.first_name)
    .bind(&p.relation)
    .bind(&p.phone)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    trace(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::AjoutPersonneAPrevenir,
        None,
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Removes a person to call (by id) or the personne de confiance; only
/// from the holder's own record, and traced only when something went.
pub async fn remove_contact(
    pool: &PgPool,
    session: &PatientSession,
    role: Role,
    id: Option<i64>,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let removed = sqlx::query(
        "DELETE FROM personal_contact WHERE dmp_id = $1 AND role = $2 AND ($3::bigint IS NULL OR id = $3)",
    )
    .bind(session.dmp_id)
    .bind(role.code())
    .bind(id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        > 0;
    if removed {
        let action = match role {
            Role::Emergency => crate::audit::Action::RetraitPersonneAPrevenir,
            Role::Trusted => crate::audit::Action::RetraitPersonneDeConfiance,
        };
        trace(
            &mut tx,
            session.dmp_id,
            session.account_id,
            action,
            None,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(removed)
}

pub async fn save_trusted(
    pool: &PgPool,
    session: &PatientSession,
    p: &Person,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "INSERT INTO personal_contact (dmp_id, role, last_name, first_name, relation, phone, added_at) \
         VALUES ($1, 'confiance', $2, $3, $4, $5, $6) \
         ON CONFLICT (dmp_id) WHERE role = 'confiance' DO UPDATE SET last_name = EXCLUDED.last_name, \
         first_name = EXCLUDED.first_name, relation = EXCLUDED.relation, phone = EXCLUDED.phone, \
         added_at = EXCLUDED.added_at",
    )
    .bind(session.dmp_id)
    .bind(&p.last_name)
    .bind(&p.first_name)
    .bind(&p.relation)
    .bind(&p.phone)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    trace(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ModificationPersonneDeConfiance,
        None,
        now,
    )
    .await?;
    tx.commit().await
}

/// Files written directives as a document of the Directives anticipées
/// space; the previous written version is kept as replaced. Saving the same
/// text again changes nothing.
pub async fn save_directives(
    pool: &PgPool,
    session: &PatientSession,
    text: &str,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT id FROM dmp WHERE id = $1 FOR UPDATE")
        .bind(session.dmp_id)
        .execute(&mut *tx)
        .await?;
    let current: Option<(i64, Vec<u8>)> = sqlx::query_as(
        "SELECT id, content FROM document WHERE dmp_id = $1 AND type_code = $2 AND by_patient \
         AND content_type = 'text/plain' AND status = 'ACTIVE'",
    )
    .bind(session.dmp_id)
    .bind(DIRECTIVES_TYPE)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some((id, content)) = &current {
        if content.as_slice() == text.as_bytes() {
            return Ok(());
        }
        sqlx::query("UPDATE document SET status = 'REPLACED' WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, by_patient, \
         content_type, content) VALUES ($1, $2, $3, $4, $5, true, 'text/plain', $6) RETURNING id",
    )
    .bind(session.dmp_id)
    .bind(DIRECTIVES_TYPE)
    .bind(DIRECTIVES_TITLE)
    .bind(now.date_naive())
    .bind(now)
    .bind(text.as_bytes())
    .fetch_one(&mut *tx)
    .await?;
    trace(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::RedactionDirectivesAnticipees,
        Some(id),
        now,
    )
    .await?;
    tx.commit().await
}
