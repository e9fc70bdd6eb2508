//! The documents of a record as its reader may see them: lists, counts,
//! the latest, one document and its bytes, under the access policy.

use super::*;
pub use crate::session::patient::open_session;
use crate::session::patient::PatientSession;
use chrono::NaiveDate;
use sqlx::PgPool;

/// A document with what the page shows and what the policy judges.
struct Found {
    row: DocumentRow,
    dmp_id: i64,
    space: String,
    care_date: NaiveDate,
    visibility: crate::domain::access::Visibility,
}

/// A document and its author as the query reads them.
#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    dmp_id: i64,
    care_date: NaiveDate,
    title: String,
    type_label: String,
    by_patient: bool,
    class_code: String,
    space: String,
    first_name: Option<String>,
    last_name: Option<String>,
    profession: Option<String>,
    specialty: Option<String>,
    card_label: Option<String>,
    masked: bool,
    hidden_from_patient: bool,
    hidden_from_representatives: bool,
}

const SELECT: &str =
    "SELECT d.id, d.dmp_id, d.care_date, d.title, t.label AS type_label, d.by_patient, \
    t.class_code, t.space, p.first_name, p.last_name, p.profession, p.specialty, \
    ac.holder_label AS card_label, d.masked, d.hidden_from_patient, d.hidden_from_representatives \
    FROM document d JOIN document_type t ON t.code = d.type_code \
    LEFT JOIN professional p ON p.id = d.author_professional_id \
    LEFT JOIN professional_card ac ON ac.id = d.author_card_id \
    WHERE d.status = 'ACTIVE' AND ";

fn found(r: Row) -> Found {
    let by_patient = r.by_patient || r.class_code == "90";
    let (specialty, card) = (r.specialty, r.card_label);
    let author = match (r.first_name, r.last_name, r.profession) {
        (Some(f), Some(l), Some(p)) => {
            let title = if p == "Médecin" { "Dr " } else { "" };
            match specialty.filter(|s| !s.is_empty()) {
                Some(s) => format!("{title}{f} {l}, {p} – {s}"),
                None => format!("{title}{f} {l}, {p}"),
            }
        }
        // An establishment's feeding card.
        _ if !by_patient => card.unwrap_or_default(),
        _ => "Vous".to_string(),
    };
    Found {
        row: DocumentRow {
            id: r.id,
            date: r.care_date.format("%d/%m/%Y").to_string(),
            title: r.title,
            type_label: r.type_label,
            author,
            by_patient,
            masked: r.masked,
        },
        dmp_id: r.dmp_id,
        space: r.space,
        care_date: r.care_date,
        visibility: crate::domain::access::Visibility {
            masked: r.masked,
            invisible_patient: r.hidden_from_patient,
            invisible_representatives: r.hidden_from_representatives,
        },
    }
}

/// Who reads a record: its holder, or a legal representative.
#[derive(Clone, Copy, Debug)]
pub struct Reader {
    pub dmp_id: i64,
    pub actor: crate::domain::access::Actor,
}

impl From<&PatientSession> for Reader {
    fn from(s: &PatientSession) -> Self {
        Reader {
            dmp_id: s.dmp_id,
            actor: s.role.actor(),
        }
    }
}

/// Whether `reader` may read it: the access policy decides (a
/// representative never sees what is kept from representatives).
fn reads(f: &Found, reader: Reader, closed: bool) -> bool {
    use crate::domain::access::{read_document, DocumentFacts, Mode, Relation, Settings};
    let facts = DocumentFacts {
        in_record: f.dmp_id == reader.dmp_id,
        visibility: f.visibility,
        by_actor: false,
        matrix_allows: true,
    };
    let settings = Settings {
        closed,
        ..Settings::default()
    };
    read_document(reader.actor, Relation::NONE, Mode::Normal, settings, facts).is_ok()
}

/// Every document of the record `reader` may read, newest first.
async fn readable(pool: &PgPool, reader: Reader) -> Result<Vec<Found>, sqlx::Error> {
    let dmp_id = reader.dmp_id;
    let closed: bool = sqlx::query_scalar("SELECT status = 'CLOSED' FROM dmp WHERE id = $1")
        .bind(dmp_id)
        .fetch_optional(pool)
        .await?
        .unwrap_or(true);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} d.dmp_id = $1 ORDER BY d.care_date DESC, d.id DESC"
    ))
    .bind(dmp_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(found)
        .filter(|f| reads(f, reader, closed))
        .collect())
}

/// Every document of the record `reader` may read, newest first, with
/// its space's address and its date of care (« Télécharger mon DMP »).
pub async fn readable_rows(
    pool: &PgPool,
    reader: Reader,
) -> Result<Vec<(DocumentRow, String, NaiveDate)>, sqlx::Error> {
    Ok(readable(pool, reader)
        .await?
        .into_iter()
        .map(|f| (f.row, f.space, f.care_date))
        .collect())
}

/// One page of a space, newest first, within a period.
pub async fn space(
    pool: &PgPool,
    reader: Reader,
    slug: &str,
    from: NaiveDate,
    to: NaiveDate,
    page: i64,
) -> Result<(Vec<DocumentRow>, i64), sqlx::Error> {
    let all: Vec<DocumentRow> = readable(pool, reader)
        .await?
        .into_iter()
        .filter(|f| f.space == slug && f.care_date >= from && f.care_date <= to)
        .map(|f| f.row)
        .collect();
    let total = all.len() as i64;
    let skip = ((page - 1).max(0) * PAGE_SIZE) as usize;
    Ok((
        all.into_iter()
            .skip(skip)
            .take(PAGE_SIZE as usize)
            .collect(),
        total,
    ))
}

/// Documents per space, for the record's home.
pub async fn counts(pool: &PgPool, reader: Reader) -> Result<Vec<(String, i64)>, sqlx::Error> {
    Ok(count_spaces(&readable(pool, reader).await?))
}

fn count_spaces(readable: &[Found]) -> Vec<(String, i64)> {
    let mut counts: Vec<(String, i64)> = Vec::new();
    for f in readable {
        match counts.iter_mut().find(|(s, _)| *s == f.space) {
            Some((_, n)) => *n += 1,
            None => counts.push((f.space.clone(), 1)),
        }
    }
    counts
}

/// Documents per space and the latest `n` deposited, for the record's
/// home: what the reader may read is worked out once for both.
pub async fn counts_and_latest(
    pool: &PgPool,
    reader: Reader,
    n: i64,
) -> Result<(Vec<(String, i64)>, Vec<DocumentRow>), sqlx::Error> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT id FROM document WHERE dmp_id = $1 AND status = 'ACTIVE' \
         ORDER BY deposited_at DESC, id DESC",
    )
    .bind(reader.dmp_id)
    .fetch_all(pool)
    .await?;
    let mut readable = readable(pool, reader).await?;
    let counts = count_spaces(&readable);
    readable.sort_by_key(|f| ids.iter().position(|id| *id == f.row.id));
    Ok((
        counts,
        readable
            .into_iter()
            .take(n.max(0) as usize)
            .map(|f| f.row)
            .collect(),
    ))
}

/// One document `reader` may read, without its content.
async fn readable_one(
    pool: &PgPool,
    reader: Reader,
    id: i64,
) -> Result<Option<Found>, sqlx::Error> {
    let Some(r) = sqlx::query_as::<_, Row>(&format!("{SELECT} d.id = $1"))
        .bind(id)
        .fetch_optional(pool)
        .await?
    else {
        return Ok(None);
    };
    let f = found(r);
    let closed: bool = sqlx::query_scalar("SELECT status = 'CLOSED' FROM dmp WHERE id = $1")
        .bind(reader.dmp_id)
        .fetch_optional(pool)
        .await?
        .unwrap_or(true);
    Ok(reads(&f, reader, closed).then_some(f))
}

/// What a list shows of one document `reader` may read (its file is
/// not fetched), or `None` as for `document`.
pub async fn row(
    pool: &PgPool,
    reader: Reader,
    id: i64,
) -> Result<Option<DocumentRow>, sqlx::Error> {
    Ok(readable_one(pool, reader, id).await?.map(|f| f.row))
}

/// One document of this record, or `None` — the same for a document of
/// another record, or hidden from the reader, as for one that does not exist.
pub async fn document(
    pool: &PgPool,
    reader: Reader,
    id: i64,
) -> Result<Option<(DocumentView, Vec<u8>)>, sqlx::Error> {
    let Some(f) = readable_one(pool, reader, id).await? else {
        return Ok(None);
    };
    let (content_type, content): (String, Vec<u8>) =
        sqlx::query_as("SELECT content_type, content FROM document WHERE id = $1")
            .bind(id)
            .fetch_one(pool)
            .await?;
    let text =
        (content_type == "text/plain").then(|| String::from_utf8_lossy(&content).into_owned());
    let space_title = SPACES
        .iter()
        .find(|(slug, _)| *slug == f.space)
        .map(|(_, t)| t.to_string())
        .unwrap_or_default();
    Ok(Some((
        DocumentView {
            row: f.row,
            space_slug: f.space,
            space_title,
            content_type,
            text,
        },
        content,
    )))
}
