//! The archive itself: the record's documents, a PDF summary and the
//! access history as CSV, read from the database and packed into one ZIP.

use crate::i18n::{text_in, Lang};
use crate::pdf::{render_in, Block};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Timelike, Utc};
use sqlx::PgPool;

/// Why the archive could not be made. The messages name no person, no
/// document and no file: they may be logged.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// The ZIP writer's own message is left out: it may quote a file's
    /// name, made from a document's title.
    #[error("the ZIP archive could not be written")]
    Archive,
}

/// The reimbursement families as the summary prints them: the catalogue's
/// key of their title, table, date column, then each column's label (its
/// key, the reimbursements page's) and its text in SQL.
type Family = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const COEFFICIENT: &str = "replace(coefficient::text, '.', ',')";

fn families() -> [Family; 5] {
    let [pharmacy, care, radiology, hospital, biology] = crate::record::reimbursements::TABLES;
    [
        (
            "record-remb-pharmacy",
            pharmacy,
            "care_date",
            &[
                ("record-remb-label", "label"),
                ("record-remb-substances", "active_ingredients"),
                ("record-remb-quantity", "quantity::text"),
            ],
        ),
        (
            "record-remb-care",
            care,
            "care_date",
            &[
                ("record-remb-act", "act_code"),
                ("record-remb-coefficient", COEFFICIENT),
                ("record-remb-label", "label"),
                ("record-remb-speciality", "specialty"),
            ],
        ),
        (
            "record-remb-radiology",
            radiology,
            "care_date",
            &[
                ("record-remb-ccam", "ccam_code"),
                ("record-remb-coefficient", COEFFICIENT),
                ("record-remb-label", "label"),
            ],
        ),
        (
            "record-remb-hospital",
            hospital,
            "admission_date",
            &[
                ("record-remb-days", "length_days::text"),
                ("record-remb-stay", "nature"),
            ],
        ),
        (
            "record-remb-biology",
            biology,
            "care_date",
            &[
                ("record-remb-nabm", "nabm_code"),
                ("record-remb-label", "label"),
                ("record-remb-quantity", "quantity::text"),
            ],
        ),
    ]
}

/// The record itself, and the export's time in Paris.
#[derive(sqlx::FromRow)]
struct Record {
    beneficiary_id: i64,
    ins_value: String,
    created_at: DateTime<Utc>,
    local: NaiveDateTime,
}

/// The archive of the record as `reader` sees it, as of `now`:
/// `documents/…`, `synthese.pdf` (in `lang`) and `historique-des-acces.csv`
/// (in French, a data format like its file names). The caller has checked
/// the session and traced the download (the CSV includes it).
pub async fn build_zip(
    pool: &PgPool,
    session: &crate::session::patient::PatientSession,
    now: DateTime<Utc>,
    lang: Lang,
) -> Result<Vec<u8>, ExportError> {
    let (dmp_id, reader) = (session.dmp_id, session.into());
    use crate::record::documents::store::{document, readable_rows};
    let mut conn = pool.acquire().await?;
    let Record {
        beneficiary_id,
        ins_value: ins,
        created_at,
        local,
    } = sqlx::query_as(
        "SELECT beneficiary_id, ins_value, created_at, ($2 AT TIME ZONE 'Europe/Paris') AS local \
         FROM dmp WHERE id = $1",
    )
    .bind(dmp_id)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    let holder = crate::registry::beneficiary(&mut conn, beneficiary_id)
        .await?
        .ok_or(sqlx::Error::RowNotFound)?;
    let ins = crate::domain::nir::Nir::parse(&ins)
        .map(|n| n.display())
        .unwrap_or(ins);
    let t = |key: &str| text_in(lang, key, &[]);
    let date = |d: NaiveDate| crate::domain::fmt::date_in(lang, d);
    // The document reads below take their own connection: never two at once.
    drop(conn);

    // The documents, each read through the same rule as its own page.
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    let mut listed: Vec<Block> = Vec::new();
    for (row, space, care_date) in readable_rows(pool, reader).await? {
        let Some((view, bytes)) = document(pool, reader, row.id).await? else {
            continue;
        };
        let name = file_name(&space, care_date, row.id, &row.title, &view.content_type);
        let visibility = t(if row.masked {
            "record-export-pdf-masked"
        } else {
            "record-export-pdf-visible"
        });
        let kind = text_in(
            lang,
            "record-export-pdf-document-kind",
            &[
                ("type", row.type_label.as_str().into()),
                ("author", row.author.as_str().into()),
                ("visibility", visibility.into()),
            ],
        );
        let file = text_in(
            lang,
            "record-export-pdf-document-file",
            &[("name", name.as_str().into())],
        );
        listed.push(Block::Paragraph(format!(
            "{} – {}\n{kind}\n{file}",
            row.date, row.title
        )));
        files.push((name, bytes));
    }

    let mut blocks = vec![
        Block::Title(t("record-export-pdf-title")),
        Block::Field(t("record-holder"), holder.full_name()),
        Block::Field(t("record-export-pdf-ins"), ins),
        Block::Field(
            t("record-export-pdf-created-on"),
            date(created_at.date_naive()),
        ),
        Block::Field(
            t("record-export-pdf-exported-on"),
            text_in(
                lang,
                "record-export-pdf-date-time",
                &[
                    ("date", date(local.date()).into()),
                    ("time", local.format("%H:%M").to_string().into()),
                ],
            ),
        ),
        Block::Heading(text_in(
            lang,
            "record-export-pdf-documents",
            &[("n", listed.len().into())],
        )),
    ];
    if listed.is_empty() {
        blocks.push(Block::Paragraph(t("record-export-pdf-no-document")));
    }
    blocks.append(&mut listed);
    let mut conn = pool.acquire().await?;
    blocks.push(Block::Heading(t("record-remb-title")));
    blocks.push(Block::Paragraph(t("record-export-pdf-reimbursements")));
    for (title, table, date_column, columns) in families() {
        let values = columns
            .iter()
            .map(|(_, sql)| format!("coalesce({sql}, '')"))
            .collect::<Vec<_>>()
            .join(", ");
        let rows: Vec<Vec<String>> = sqlx::query_scalar(&format!(
            "SELECT ARRAY[to_char({date_column}, 'DD/MM/YYYY'), {values}, \
             CASE WHEN hospital THEN 'H' ELSE '' END] \
             FROM {table} WHERE dmp_id = $1 ORDER BY {date_column} DESC, id"
        ))
        .bind(dmp_id)
        .fetch_all(&mut *conn)
        .await?;
        blocks.push(Block::Heading(text_in(
            lang,
            "record-export-pdf-lines",
            &[("title", t(title).into()), ("n", rows.len().into())],
        )));
        let labels: Vec<(String, &str)> = columns
            .iter()
            .map(|(label, sql)| (t(label), *sql))
            .collect();
        for row in rows {
            blocks.push(Block::Paragraph(reimbursement_line(lang, &labels, &row)));
        }
    }

    let csv = access_history_csv(&mut conn, dmp_id, session.role).await?;
    drop(conn);
    let modified = zip::DateTime::from_date_and_time(
        u16::try_from(local.year()).unwrap_or(1980),
        local.month() as u8,
        local.day() as u8,
        local.hour() as u8,
        local.minute() as u8,
        local.second().min(58) as u8,
    )
    .unwrap_or_default();
    // Laying out the PDF and compressing are work for a blocking thread.
    tokio::task::spawn_blocking(move || {
        let pdf = render_in(
            lang.code(),
            &text_in(lang, "record-export-pdf-title", &[]),
            &blocks,
        );
        files.push(("synthese.pdf".to_string(), pdf));
        files.push(("historique-des-acces.csv".to_string(), csv.into_bytes()));
        pack(files, modified)
    })
    .await
    .map_err(|_| ExportError::Archive)?
}

/// « 12/10/2026 – Libellé : … ; Quantité : 2 ; H »: the date, then each
/// filled column with its label (in `lang`, as the labels are).
fn reimbursement_line(lang: Lang, columns: &[(String, &str)], row: &[String]) -> String {
    let date = row.first().cloned().unwrap_or_default();
    let mut cells: Vec<String> = columns
        .iter()
        .zip(row.iter().skip(1))
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|((label, _), v)| {
            text_in(
                lang,
                "record-export-pdf-cell",
                &[
                    ("label", label.as_str().into()),
                    ("value", v.as_str().into()),
                ],
            )
        })
        .collect();
    if row.last().is_some_and(|h| h == "H") {
        cells.push("H".into());
    }
    format!(
        "{date} – {}",
        cells.join(&text_in(lang, "record-export-pdf-cells-separator", &[]))
    )
}

/// One entry of the access trace, as the CSV file lists it.
#[derive(sqlx::FromRow)]
struct TraceRow {
    /// `YYYY-MM-DD HH:MM:SS`, Paris time.
    at: String,
    actor_kind: String,
    actor_label: Option<String>,
    actor_profession: Option<String>,
    action: String,
    document_id: Option<i64>,
    right_code: Option<String>,
    reason: Option<String>,
    detail: Option<String>,
    seq: i64,
}

/// The whole access trace of the record, oldest first, for a spreadsheet:
/// UTF-8 with a byte order mark, `;` between fields, times in Paris.
async fn access_history_csv(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    role: crate::session::patient::Role,
) -> Result<String, sqlx::Error> {
    let rows: Vec<TraceRow> = sqlx::query_as(&format!(
        "SELECT to_char(t.at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD HH24:MI:SS') AS at, \
         t.actor_kind, t.actor_label, t.actor_profession, t.action, t.document_id, \
         t.right_code, t.reason, t.detail, t.seq \
         FROM access_trace t WHERE t.dmp_id = $1 AND {} ORDER BY t.seq, t.id",
        crate::audit::trace_entries_for(role)
    ))
    .bind(dmp_id)
    .fetch_all(conn)
    .await?;
    let mut csv = String::from("\u{feff}");
    push_record(
        &mut csv,
        &[
            "Date et heure (heure de Paris)",
            "Type d'acteur",
            "Acteur",
            "Profession",
            "Action (code)",
            "Action",
            "Document (numéro)",
            "Droit d'accès",
            "Motif",
            "Détail",
            "Numéro d'ordre",
        ],
    );
    for r in rows {
        let label_of_action = crate::record::history::action_label(&r.action);
        push_record(
            &mut csv,
            &[
                &r.at,
                &r.actor_kind,
                r.actor_label.as_deref().unwrap_or_default(),
                r.actor_profession.as_deref().unwrap_or_default(),
                &r.action,
                &label_of_action,
                &r.document_id.map(|d| d.to_string()).unwrap_or_default(),
                r.right_code.as_deref().unwrap_or_default(),
                r.reason.as_deref().unwrap_or_default(),
                r.detail.as_deref().unwrap_or_default(),
                &r.seq.to_string(),
            ],
        );
    }
    Ok(csv)
}

fn push_record(csv: &mut String, fields: &[&str]) {
    let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    csv.push_str(&line.join(";"));
    csv.push_str("\r\n");
}

/// One CSV field, quoted when it must be (RFC 4180, with `;`). A text
/// starting like a formula gets a leading `'`, so that a spreadsheet
/// shows it instead of running it (a reason is typed by a professional).
fn csv_field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if value.contains([';', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ') {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// `documents/<space>/<YYYY-MM-DD>-<id>-<title>.<ext>`: plain ASCII,
/// readable on any system; the id keeps names apart.
pub(super) fn file_name(
    space: &str,
    care_date: NaiveDate,
    id: i64,
    title: &str,
    content_type: &str,
) -> String {
    let extension = match content_type {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "txt",
    };
    let space = match safe(space, 40) {
        s if s.is_empty() => "autres".to_string(),
        s => s,
    };
    let title = match safe(title, 60) {
        t if t.is_empty() => "document".to_string(),
        t => t,
    };
    format!(
        "documents/{space}/{}-{id}-{title}.{extension}",
        care_date.format("%Y-%m-%d")
    )
}

/// Letters without their accents, digits, and `-` for anything else,
/// at most `max` characters.
fn safe(text: &str, max: usize) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in text.nfd() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => out.push(c),
            'œ' => out.push_str("oe"),
            'Œ' => out.push_str("OE"),
            'æ' => out.push_str("ae"),
            'Æ' => out.push_str("AE"),
            'ß' => out.push_str("ss"),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            _ => {
                if !out.is_empty() && !out.ends_with('-') {
                    out.push('-');
                }
            }
        }
        if out.len() >= max {
            break;
        }
    }
    out.truncate(max);
    out.trim_end_matches('-').to_string()
}

/// The files into one ZIP. Images are stored as they are (compressed
/// already); the rest is deflated.
fn pack(files: Vec<(String, Vec<u8>)>, modified: zip::DateTime) -> Result<Vec<u8>, ExportError> {
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    use zip::CompressionMethod;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in files {
        let method = if name.ends_with(".jpg") || name.ends_with(".png") {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(modified)
            .unix_permissions(0o600);
        zip.start_file(name, options)
            .map_err(|_| ExportError::Archive)?;
        zip.write_all(&bytes).map_err(|_| ExportError::Archive)?;
    }
    Ok(zip.finish().map_err(|_| ExportError::Archive)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_plain_ascii_with_date_id_and_extension() {
        let date = NaiveDate::from_ymd_opt(2026, 3, 14).unwrap();
        assert_eq!(
            file_name(
                "comptes-rendus",
                date,
                42,
                "Compte rendu d'échographie : cœur / « contrôle »",
                "application/pdf"
            ),
            "documents/comptes-rendus/2026-03-14-42-Compte-rendu-d-echographie-coeur-controle.pdf"
        );
        assert_eq!(
            file_name("imagerie", date, 7, "«»", "image/jpeg"),
            "documents/imagerie/2026-03-14-7-document.jpg"
        );
        assert!(file_name("x", date, 1, &"é".repeat(500), "text/plain").len() < 100);
        assert!(file_name("../..", date, 1, "a", "image/png").starts_with("documents/autres/"));
    }

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("simple"), "simple");
        assert_eq!(csv_field("a;b"), "\"a;b\"");
        assert_eq!(csv_field("dit \"oui\""), "\"dit \"\"oui\"\"\"");
        assert_eq!(csv_field("deux\nlignes"), "\"deux\nlignes\"");
        assert_eq!(csv_field("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_field(""), "");
    }

    #[test]
    fn a_reimbursement_line_names_its_filled_columns() {
        let columns = [
            ("Libellé".to_string(), "label"),
            ("Quantité".to_string(), "quantity::text"),
        ];
        let row: Vec<String> = ["12/10/2026", "DOLIPRANE", "2", "H"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            reimbursement_line(Lang::Fr, &columns, &row),
            "12/10/2026 – Libellé : DOLIPRANE ; Quantité : 2 ; H"
        );
        let row: Vec<String> = ["01/01/2026", "", "1", ""].map(String::from).to_vec();
        assert_eq!(
            reimbursement_line(Lang::Fr, &columns, &row),
            "01/01/2026 – Quantité : 1"
        );
        let columns = [
            ("Description".to_string(), "label"),
            ("Quantity".to_string(), "quantity::text"),
        ];
        let row: Vec<String> = ["12/10/2026", "DOLIPRANE", "2", "H"]
            .map(String::from)
            .to_vec();
        assert_eq!(
            reimbursement_line(Lang::En, &columns, &row),
            "12/10/2026 – Description: DOLIPRANE; Quantity: 2; H"
        );
    }

    #[test]
    fn the_summary_counts_read_in_each_language_with_their_plurals() {
        let lines = |lang, n: usize| {
            text_in(
                lang,
                "record-export-pdf-lines",
                &[("title", "Radiologie".into()), ("n", n.into())],
            )
        };
        assert_eq!(lines(Lang::Fr, 0), "Radiologie : aucune ligne");
        assert_eq!(lines(Lang::Fr, 1), "Radiologie : 1 ligne");
        assert_eq!(lines(Lang::Fr, 12), "Radiologie : 12 lignes");
        assert_eq!(lines(Lang::En, 0), "Radiologie: no lines");
        assert_eq!(lines(Lang::En, 1), "Radiologie: 1 line");
        assert_eq!(lines(Lang::En, 12), "Radiologie: 12 lines");
        let documents =
            |lang, n: usize| text_in(lang, "record-export-pdf-documents", &[("n", n.into())]);
        assert_eq!(documents(Lang::Fr, 0), "Documents : aucun");
        assert_eq!(documents(Lang::Fr, 1), "Documents : 1");
        assert_eq!(documents(Lang::Fr, 7), "Documents : 7");
        assert_eq!(documents(Lang::En, 0), "Documents: none");
        assert_eq!(documents(Lang::En, 7), "Documents: 7");
    }

    #[test]
    fn an_archive_reads_back() {
        let zip = pack(
            vec![
                ("documents/a/1.txt".into(), b"bonjour".to_vec()),
                ("documents/b/2.png".into(), vec![0x89, b'P', b'N', b'G']),
            ],
            zip::DateTime::default(),
        )
        .unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
        assert_eq!(archive.len(), 2);
        let mut text = String::new();
        std::io::Read::read_to_string(
            &mut archive.by_name("documents/a/1.txt").unwrap(),
            &mut text,
        )
        .unwrap();
        assert_eq!(text, "bonjour");
    }
}
