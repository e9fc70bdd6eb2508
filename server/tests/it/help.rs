//! Issue 16: the help pages — each topic with the picture of its real page
//! (taken by ./scripts/screenshots), all of them on one page to print.

use crate::common::TestApp;
use axum::http::StatusCode;
use sqlx::PgPool;

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn every_help_topic_has_its_page_and_picture_and_all_print_on_one_page(pool: PgPool) {
    let portal = TestApp::new(&pool);
    let index = portal.get("/aide", None).await;
    assert_eq!(index.status, StatusCode::OK);
    let public = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public");
    let print = portal.get("/aide/imprimer", None).await;
    assert_eq!(print.status, StatusCode::OK);
    let unescape = |s: &str| s.replace("&#x27;", "'").replace("<!>", "");
    let (index, print) = (unescape(&index.body), unescape(&print.body));
    assert!(app::help::TOPICS.len() >= 9);
    for t in app::help::TOPICS {
        assert!(
            index.contains(&format!("href=\"{}\"", t.path())),
            "{}",
            t.slug
        );
        let page = portal.get(&t.path(), None).await;
        assert_eq!(page.status, StatusCode::OK, "{}", t.slug);
        let body = unescape(&page.body);
        assert!(
            body.contains(&format!("<h1>{}</h1>", t.title)),
            "{body:.2000}"
        );
        assert!(body.contains(&t.picture_path()));
        assert!(print.contains(t.title) && print.contains(&t.picture_path()));
        let picture = public.join(t.picture_path().trim_start_matches('/'));
        let bytes = std::fs::read(&picture).unwrap_or_else(|_| panic!("{}", picture.display()));
        assert_eq!(
            &bytes[..3],
            &[0xFF, 0xD8, 0xFF],
            "a JPEG: {}",
            picture.display()
        );
        assert!(
            bytes.len() < 60_000,
            "light on a slow link: {}",
            picture.display()
        );
    }
    let unknown = portal.get("/aide/pas-un-sujet", None).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_larger_text_works_without_javascript_and_follows_the_visitor(pool: PgPool) {
    let portal = TestApp::new(&pool);
    let plain = portal.get("/", None).await;
    assert!(!plain.body.contains("page--large-text"));
    assert!(plain.body.contains("Agrandir le texte"));
    let asked = portal
        .post_form("/api/taille-texte", None, "/aide", &[("grand", "oui")])
        .await;
    assert_eq!(
        asked.location(),
        "/aide",
        "back to the page it was asked from"
    );
    let cookie = asked.cookie("dmp_texte").expect("the choice is kept");
    for page in ["/", "/aide", "/creation"] {
        let answer = portal.get(page, Some(&cookie)).await;
        assert!(answer.body.contains("page page--large-text"), "{page}");
        assert!(answer.body.contains("Texte normal"));
        assert_eq!(
            answer.header("cache-control"),
            "no-store",
            "{page}: never cached"
        );
    }
    let back = portal
        .post_form(
            "/api/taille-texte",
            Some(&cookie),
            "https://ailleurs.example/x",
            &[("grand", "non")],
        )
        .await;
    assert!(
        back.header("set-cookie").starts_with("dmp_texte=;"),
        "{}",
        back.header("set-cookie")
    );
    assert_eq!(back.location(), "/", "never to another site");
}
