//! Light on a poor link: what travels compressed, what a browser may keep,
//! and what it asks again for nothing (issue 14).

use crate::common::TestApp;
use app::domain::ins::Mode;
use axum::http::StatusCode;
use sqlx::PgPool;
use std::io::Read;

fn gunzip(bytes: &[u8]) -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_string(&mut text)
        .expect("a gzip body");
    text
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn pages_travel_compressed_to_browsers_that_accept_it(pool: PgPool) {
    let portal = TestApp::new(&pool);
    let plain = portal.get_with("/creation", &[]).await;
    assert_eq!(plain.status, StatusCode::OK);
    assert_eq!(plain.header("content-encoding"), "");
    assert!(plain.body.contains("Étape 1 sur 3"));

    let gzip = portal
        .get_with("/creation", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(gzip.header("content-encoding"), "gzip");
    assert!(gzip.headers.get_all("vary").iter().any(|v| v
        .to_str()
        .unwrap()
        .to_ascii_lowercase()
        .contains("accept-encoding")));
    assert_eq!(
        gzip.header("cache-control"),
        "no-store",
        "a personal page stays unkept"
    );
    let text = gunzip(&gzip.bytes);
    assert!(text.contains("Étape 1 sur 3"));
    assert!(
        gzip.bytes.len() * 2 < text.len(),
        "{} bytes for {} of HTML",
        gzip.bytes.len(),
        text.len()
    );

    let br = portal
        .get_with("/creation", &[("accept-encoding", "br, gzip")])
        .await;
    assert_eq!(br.header("content-encoding"), "br");
    assert!(br.bytes.len() < gzip.bytes.len());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_pdf_travels_as_it_is_compressed_already(pool: PgPool) {
    let pdf = b"%PDF-1.7 a letter, already compressed inside".repeat(40);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO outbox (channel, recipient, subject, body, attachment_name, attachment, purpose) \
         VALUES ('courrier', 'x', 'x', 'x', 'lettre.pdf', $1, 'test') RETURNING id",
    )
    .bind(&pdf)
    .fetch_one(&pool)
    .await
    .unwrap();
    let letter = TestApp::new(&pool)
        .get_with(
            &format!("/demo/messages/{id}/piece-jointe"),
            &[("accept-encoding", "br, gzip")],
        )
        .await;
    assert_eq!(letter.status, StatusCode::OK);
    assert_eq!(letter.header("content-type"), "application/pdf");
    assert_eq!(letter.header("content-encoding"), "");
    assert_eq!(letter.bytes, pdf);
}

/// A built site as cargo-leptos leaves it: hashed names in `/pkg` with
/// their `.br` and `.gz` twins, and the public folder's images.
fn built_site(hashed: bool) -> (tempfile::TempDir, leptos::config::LeptosOptions) {
    let site = tempfile::tempdir().unwrap();
    let pkg = site.path().join("pkg");
    std::fs::create_dir(&pkg).unwrap();
    std::fs::write(
        pkg.join("dmp.Ab12.js"),
        "console.log('hydrate');\n".repeat(50),
    )
    .unwrap();
    std::fs::write(pkg.join("dmp.Ab12.js.br"), b"brotli twin").unwrap();
    std::fs::write(pkg.join("dmp.Ab12.js.gz"), b"gzip twin").unwrap();
    std::fs::write(site.path().join("favicon.svg"), "<svg/>").unwrap();
    let mut options = server::web::leptos_options(
        site.path().to_str().unwrap(),
        "127.0.0.1:3000".parse().unwrap(),
    );
    options.hash_files = hashed;
    (site, options)
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_sites_files_come_precompressed_and_hashed_names_are_kept_a_year(pool: PgPool) {
    let (_site, options) = built_site(true);
    let portal = TestApp::with_site(&pool, Mode::Demo, options);

    let br = portal
        .get_with(
            "/pkg/dmp.Ab12.js",
            &[("accept-encoding", "gzip, deflate, br")],
        )
        .await;
    assert_eq!(br.status, StatusCode::OK);
    assert_eq!(br.header("content-encoding"), "br");
    assert_eq!(br.bytes, b"brotli twin");
    assert_eq!(
        br.header("cache-control"),
        "public, max-age=31536000, immutable"
    );

    let gz = portal
        .get_with("/pkg/dmp.Ab12.js", &[("accept-encoding", "gzip")])
        .await;
    assert_eq!(gz.header("content-encoding"), "gzip");
    assert_eq!(gz.bytes, b"gzip twin");

    let plain = portal.get_with("/pkg/dmp.Ab12.js", &[]).await;
    assert_eq!(plain.header("content-encoding"), "");
    assert!(plain.body.starts_with("console.log"));

    // A name that does not exist is not kept.
    let missing = portal.get_with("/pkg/dmp.Zz99.js", &[]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_ne!(
        missing.header("cache-control"),
        "public, max-age=31536000, immutable"
    );

    // The public folder's images are kept a day, and revalidated for nothing.
    let icon = portal.get_with("/favicon.svg", &[]).await;
    assert_eq!(icon.status, StatusCode::OK);
    assert_eq!(icon.header("cache-control"), "public, max-age=86400");
    let since = icon.header("last-modified").to_string();
    let again = portal
        .get_with("/favicon.svg", &[("if-modified-since", &since)])
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(again.bytes.is_empty());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn unhashed_files_are_asked_again_and_answered_with_304(pool: PgPool) {
    let (_site, options) = built_site(false);
    let portal = TestApp::with_site(&pool, Mode::Demo, options);
    let first = portal.get_with("/pkg/dmp.Ab12.js", &[]).await;
    assert_eq!(first.header("cache-control"), "no-cache");
    let since = first.header("last-modified").to_string();
    assert!(!since.is_empty());
    let again = portal
        .get_with("/pkg/dmp.Ab12.js", &[("if-modified-since", &since)])
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);

    // A page that is not a file is still the portal's own « page not found ».
    let lost = portal.get("/pas-une-page", None).await;
    assert_eq!(lost.status, StatusCode::NOT_FOUND);
    assert!(lost.body.contains("<h1>Page introuvable</h1>"));
}
