//! « Télécharger mon DMP » against the real PostgreSQL: the archive holds
//! exactly what the holder may read, a readable summary and the access
//! history (with this very download), and nothing for anyone else.

use crate::common;

use common::pro::{deposit, GP};
use common::{portal, send};
use sqlx::PgPool;
use std::io::Read;

const ZIP: &str = "/mon-dmp/telecharger/dmp.zip";

async fn get(app: &axum::Router, cookie: Option<&str>) -> (u16, Vec<u8>) {
    let mut request = axum::http::Request::get(ZIP);
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let (status, _, body) = send(app, request.body(axum::body::Body::empty()).unwrap()).await;
    (status, body)
}

fn entry(archive: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>, name: &str) -> Vec<u8> {
    let mut bytes = Vec::new();
    archive
        .by_name(name)
        .unwrap_or_else(|_| panic!("{name} missing from the archive"))
        .read_to_end(&mut bytes)
        .unwrap();
    bytes
}

/// The document's id in `documents/<space>/<YYYY-MM-DD>-<id>-<title>.<ext>`.
fn id_of(name: &str) -> Option<i64> {
    let file = name.strip_prefix("documents/")?.rsplit('/').next()?;
    file.split('-').nth(3)?.parse().ok()
}

/// Words separated by single spaces: the PDF wraps long lines.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_holder_downloads_what_they_may_read_with_a_summary_and_the_history(pool: PgPool) {
    let cookie = common::marie_signed_in(&pool).await;
    let app = portal(&pool);
    let visible = deposit(&pool, GP, "57833-6", "Ordonnance « visible » n°1", false).await;
    let hidden = deposit(
        &pool,
        GP,
        "57833-6",
        "Annonce à faire en consultation",
        false,
    )
    .await;
    sqlx::query("UPDATE document SET hidden_from_patient = true WHERE id = $1")
        .bind(hidden)
        .execute(&pool)
        .await
        .unwrap();
    let dmp_id: i64 = sqlx::query_scalar("SELECT dmp_id FROM document WHERE id = $1")
        .bind(visible)
        .fetch_one(&pool)
        .await
        .unwrap();
    let readable: i64 = app::record::documents::store::counts(&pool, holder(dmp_id))
        .await
        .unwrap()
        .iter()
        .map(|(_, n)| n)
        .sum();
    let in_sql: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM document WHERE dmp_id = $1 AND status = 'ACTIVE' \
         AND NOT hidden_from_patient",
    )
    .bind(dmp_id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(readable, in_sql);
    assert!(readable > 1, "the demo record has documents");

    let (status, body) = get(&app, Some(&cookie)).await;
    assert_eq!(status, 200);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(body)).expect("a ZIP");
    let names: Vec<String> = archive
        .file_names()
        .map(|n| n.expect("a file name").into_owned())
        .collect();

    // Every document the holder reads, and only those.
    let documents: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with("documents/"))
        .collect();
    assert_eq!(documents.len() as i64, readable, "{names:?}");
    assert!(documents.iter().all(|n| id_of(n).is_some()), "{names:?}");
    assert!(documents.iter().all(|n| n.is_ascii()
        && [".pdf", ".jpg", ".png", ".txt"]
            .iter()
            .any(|e| n.ends_with(e))));
    assert!(!names.iter().any(|n| id_of(n) == Some(hidden)), "{names:?}");
    let visible_name = names
        .iter()
        .find(|n| id_of(n) == Some(visible))
        .unwrap_or_else(|| panic!("document {visible} missing from {names:?}"))
        .clone();
    assert!(
        visible_name.ends_with(&format!("-{visible}-Ordonnance-visible-n-1.pdf")),
        "{visible_name}"
    );
    let content: Vec<u8> = sqlx::query_scalar("SELECT content FROM document WHERE id = $1")
        .bind(visible)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(entry(&mut archive, &visible_name), content);
    // A seeded document too, byte for byte.
    let (seeded, seeded_content): (i64, Vec<u8>) = sqlx::query_as(
        "SELECT id, content FROM document WHERE dmp_id = $1 AND id <> $2 \
         AND NOT hidden_from_patient AND status = 'ACTIVE' ORDER BY id LIMIT 1",
    )
    .bind(dmp_id)
    .bind(visible)
    .fetch_one(&pool)
    .await
    .unwrap();
    let seeded_name = names
        .iter()
        .find(|n| id_of(n) == Some(seeded))
        .unwrap()
        .clone();
    assert_eq!(entry(&mut archive, &seeded_name), seeded_content);

    // The summary.
    let pdf = entry(&mut archive, "synthese.pdf");
    let doc = lopdf::Document::load_mem(&pdf).expect("a valid PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = words(&doc.extract_text(&pages).unwrap());
    assert!(text.contains("LEROY"), "{text}");
    assert!(text.contains("Ordonnance « visible » n°1"), "{text}");
    assert!(!text.contains("Annonce à faire"), "{text}");
    let label: String = sqlx::query_scalar(
        "SELECT label FROM record_remb_pharmacy WHERE dmp_id = $1 ORDER BY id LIMIT 1",
    )
    .bind(dmp_id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(text.contains(&words(&label)), "{label} missing from {text}");

    // The access history, this download included.
    let csv = String::from_utf8(entry(&mut archive, "historique-des-acces.csv")).unwrap();
    assert!(csv.starts_with('\u{feff}'));
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with("Date et heure (heure de Paris);"),
        "{header}"
    );
    assert_eq!(header.split(';').count(), 11);
    let download = lines
        .clone()
        .find(|l| l.contains(";telechargement_dmp;"))
        .unwrap_or_else(|| panic!("no download in {csv}"));
    assert!(
        download.contains("Téléchargement de tout le DMP"),
        "{download}"
    );
    let traced: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM access_trace WHERE dmp_id = $1 AND action = 'telechargement_dmp'",
    )
    .bind(dmp_id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(traced, 1);
    let entries: i64 = sqlx::query_scalar("SELECT count(*) FROM access_trace WHERE dmp_id = $1")
        .bind(dmp_id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(lines.count() as i64, entries, "one line per entry");

    // In the holder's language: the summary's words; the CSV and the
    // names in the archive stay as they are.
    let (status, body) = get(&app, Some(&format!("{cookie}; dmp_langue=en"))).await;
    assert_eq!(status, 200);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(body)).expect("a ZIP");
    assert!(archive.by_name(&visible_name).is_ok());
    let pdf = entry(&mut archive, "synthese.pdf");
    let doc = lopdf::Document::load_mem(&pdf).expect("a valid PDF");
    let lang = doc.catalog().unwrap().get(b"Lang").unwrap();
    assert_eq!(lang.as_str().unwrap(), b"en");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = words(&doc.extract_text(&pages).unwrap());
    for expected in [
        "Summary of my Shared Medical Record (DMP)",
        "Holder: LEROY",
        "Ordonnance « visible » n°1",
        "visible to authorised health professionals.",
        "Reimbursement data",
        "Pharmacy / supplies:",
        "Description:",
    ] {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
    assert!(text.contains(&words(&label)), "{label} missing from {text}");
    for french in [
        "Synthèse de mon",
        "Titulaire",
        "visible des professionnels",
        "Données de remboursement",
    ] {
        assert!(!text.contains(french), "{french} in {text}");
    }
    let csv = String::from_utf8(entry(&mut archive, "historique-des-acces.csv")).unwrap();
    assert!(
        csv.trim_start_matches('\u{feff}')
            .starts_with("Date et heure (heure de Paris);"),
        "{csv}"
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn nobody_signed_in_gets_nothing(pool: PgPool) {
    common::demo_records(&pool).await;
    let app = portal(&pool);
    let (status, body) = get(&app, None).await;
    assert_eq!(status, 404);
    assert!(zip::ZipArchive::new(std::io::Cursor::new(body)).is_err());
    let forged = format!("{}=not-a-session", app::session::patient::COOKIE);
    let (status, _) = get(&app, Some(&forged)).await;
    assert_eq!(status, 404);
    let traced: i64 =
        sqlx::query_scalar("SELECT count(*) FROM access_trace WHERE action = 'telechargement_dmp'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(traced, 0);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_page_offers_the_archive_or_asks_to_sign_in(pool: PgPool) {
    let cookie = common::marie_signed_in(&pool).await;
    let app = portal(&pool);
    let (status, html) = common::page(&app, "/mon-dmp/telecharger", &cookie).await;
    assert_eq!(status, 200);
    assert!(html.contains("Télécharger mon DMP (ZIP)"), "{html}");
    assert!(html.contains(ZIP), "{html}");
    let (status, html) = common::page(&app, "/mon-dmp/telecharger", "").await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Pour consulter votre DMP, connectez-vous."),
        "{html}"
    );
}

fn holder(dmp_id: i64) -> app::record::documents::store::Reader {
    app::record::documents::store::Reader {
        dmp_id,
        actor: app::domain::access::Actor::Holder,
    }
}
