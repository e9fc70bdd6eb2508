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

/// A reader's choice (language, larger text, easy reading, a practice
/// card) makes pages theirs, never kept; the site's files stay the same
/// for everyone and are kept, or a workshop's devices would fetch the
/// WebAssembly again on every page. The checks' messages travel one
/// language at a time, under a name that changes with their words.
#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_readers_choices_keep_the_sites_files_cached_and_the_pages_not(pool: PgPool) {
    use app::i18n::Lang;
    let (_site, options) = built_site(true);
    let portal = TestApp::with_site(&pool, Mode::Demo, options);
    // Pages drawn without cargo-leptos's list of hashed names.
    let (_plain_site, plain) = built_site(false);
    let pages = TestApp::with_site(&pool, Mode::Demo, plain);
    let year = "public, max-age=31536000, immutable";
    for name in [
        app::i18n::LANG_COOKIE,
        app::i18n::EASY_COOKIE,
        app::layout::TEXT_SIZE_COOKIE,
        app::session::practice::COOKIE,
    ] {
        let cookie = format!("{name}=1");
        let cookie = [("cookie", cookie.as_str())];
        let js = portal.get_with("/pkg/dmp.Ab12.js", &cookie).await;
        assert_eq!(js.header("cache-control"), year, "{name}");
        let icon = portal.get_with("/favicon.svg", &cookie).await;
        assert_eq!(
            icon.header("cache-control"),
            "public, max-age=86400",
            "{name}"
        );
        let home = pages.get_with("/", &cookie).await;
        assert_eq!(home.status, StatusCode::OK);
        assert_eq!(home.header("cache-control"), "no-store", "{name}");
    }
    for (lang, words, not) in [
        (Lang::Fr, "Code incorrect.", "Wrong code."),
        (Lang::En, "Wrong code.", "Code incorrect."),
    ] {
        let path = app::messages::table_path(lang);
        let table = portal
            .get_with(
                &path,
                &[("cookie", &format!("{}=en", app::i18n::LANG_COOKIE))],
            )
            .await;
        assert_eq!(table.status, StatusCode::OK, "{path}");
        assert_eq!(table.header("cache-control"), year);
        assert!(
            table.body.contains(words) && !table.body.contains(not),
            "{path}"
        );
        // The page names its own language's table only.
        let page = pages
            .get_with("/connexion", &[("accept-language", lang.code())])
            .await;
        assert!(
            page.body.contains(&format!("href=\"{path}\"")),
            "{}",
            page.body
        );
    }
    let unknown = portal
        .get_with("/messages/fr.0123456789abcdef.txt", &[])
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
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
    assert!(lost
        .body
        .replace("<!>", "")
        .contains("<h1>Page introuvable</h1>"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_bench_registry_has_records_to_read_and_people_to_create(pool: PgPool) {
    let file = tempfile::NamedTempFile::new().unwrap();
    let args = server::seed::SeedArgs {
        as_of: Some(chrono::Utc::now().date_naive()),
        bench_records: 12,
        bench_file: Some(file.path().to_path_buf()),
        ..crate::common::args(120)
    };
    server::seed::seed(&pool, crate::common::KEY, &args)
        .await
        .unwrap();
    let text = std::fs::read_to_string(file.path()).unwrap();
    let lines: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect();
    let records: Vec<_> = lines.iter().filter(|l| l[0] == "record").collect();
    let people: Vec<_> = lines.iter().filter(|l| l[0] == "person").collect();
    assert_eq!(records.len(), 12);
    assert!(!people.is_empty());
    let (opened, with_history, documents): (i64, i64, i64) = sqlx::query_as(
        "SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM record_remb_care r \
           WHERE r.dmp_id = d.id)), (SELECT count(*) FROM document) FROM dmp d",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(opened, 12);
    assert!(with_history > 0, "the records carry the insurer's history");
    assert_eq!(documents, 36);

    // Each bench account reads its own record.
    let portal = TestApp::new(&pool);
    let (login, password) = (records[11][1], records[11][2]);
    let cookie = portal.sign_in(login, password).await.expect("signed in");
    let page = portal.get("/mon-dmp/remboursements", Some(&cookie)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Données de remboursement"));

    // A listed person has no DMP yet and passes step 1 with the listed data.
    let p = people.last().unwrap();
    let sent = portal
        .post_form(
            "/api/creation/identification",
            None,
            "/creation",
            &[
                ("form[nir]", p[1]),
                ("form[code]", p[4]),
                ("form[card_type]", p[2]),
                ("form[serial]", p[3]),
            ],
        )
        .await;
    assert_eq!(sent.location(), "/creation/informations");
}
