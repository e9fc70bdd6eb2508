//! The HTTP surface without a browser: the axum router driven in-process
//! against a real PostgreSQL.

use crate::common::{self, TestApp};
use axum::http::StatusCode;
use sqlx::PgPool;

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn health_reports_a_reachable_database(
    _: sqlx::postgres::PgPoolOptions,
    connect: sqlx::postgres::PgConnectOptions,
) {
    let pool = common::own_pool(connect).await;
    let portal = TestApp::new(&pool);
    let health = portal.get("/healthz", None).await;
    assert_eq!(health.status, StatusCode::OK);
    assert_eq!(health.body, r#"{"status":"ok","database":"ok"}"#);
    assert_eq!(health.header("cache-control"), "no-store");

    pool.close().await;
    let health = portal.get("/healthz", None).await;
    assert_eq!(health.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(health.body.contains("unreachable"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_home_page_is_rendered_in_french_on_the_server(pool: PgPool) {
    let home = TestApp::new(&pool).get("/", None).await;
    let (status, headers, body) = (home.status, home.headers, home.body);
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"<html lang="fr""#));
    assert!(body.contains("Mon Dossier Médical Partagé"));
    assert!(body.contains(r#"href="/creation""#) && body.contains("Je crée mon DMP"));
    assert!(body.contains(r#"href="/connexion""#));
    assert!(body.contains("/pkg/dmp.js"), "hydration script linked");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(headers["referrer-policy"], "same-origin");
    let csp = headers["content-security-policy"].to_str().unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("the policy carries a nonce");
    assert!(
        body.contains(&format!(r#"nonce="{nonce}""#)),
        "inline scripts carry the policy's nonce"
    );
    assert!(csp.contains("frame-ancestors 'none'"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn entry_points_lead_to_pages_not_errors(pool: PgPool) {
    let portal = TestApp::new(&pool);
    let step1 = portal.get("/creation", None).await;
    let (status, headers, body) = (step1.status, step1.headers, step1.body);
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Étape 1 sur 3"));
    assert!(body.contains(r#"action="/api/creation/identification""#));
    assert_eq!(headers["cache-control"], "no-store");
    assert!(
        headers.get("set-cookie").is_none(),
        "a visit alone opens no session"
    );
    let sign_in = portal.get("/connexion", None).await;
    let (status, headers, body) = (sign_in.status, sign_in.headers, sign_in.body);
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"action="/api/connexion/identifiants""#));
    assert_eq!(headers["cache-control"], "no-store");
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn without_javascript_the_creation_moves_by_redirects_and_a_cookie(pool: PgPool) {
    // The HTTP layer reads the real clock: the registry is dated today.
    let args = server::seed::SeedArgs {
        as_of: Some(chrono::Utc::now().date_naive()),
        ..common::args(20)
    };
    server::seed::seed(&pool, common::KEY, &args).await.unwrap();
    // One server for the whole visit: the initial password lives in its memory.
    let portal = TestApp::new(&pool);
    // Step 1, badly typed: back to the form, whose page shows the errors.
    let sent = portal
        .post_form(
            "/api/creation/identification",
            None,
            "/creation",
            &[
                ("form[nir]", "123"),
                ("form[code]", ""),
                ("form[serial]", ""),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::FOUND);
    assert_eq!(sent.location(), "/creation");
    let set_cookie = sent.header("set-cookie").to_string();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"));
    assert!(!set_cookie.contains("Secure"), "plain HTTP in demo mode");
    let cookie = set_cookie.split(';').next().unwrap().to_string();
    let body = portal.get("/creation", Some(&cookie)).await.body;
    assert!(body.contains("informations sont à corriger"));
    assert!(body.contains(r##"href="#nir""##));

    // Step 1 right (the demo code is valid from the registry's date on).
    let sent = portal
        .post_form(
            "/api/creation/identification",
            Some(&cookie),
            "/creation",
            &[
                ("form[nir]", "269054958815780"),
                ("form[code]", "DEMA-2345-6789"),
                ("form[card_type]", "avec_photo"),
                ("form[serial]", "80123456789"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::FOUND);
    assert_eq!(sent.location(), "/creation/informations");
    let step2 = portal.get("/creation/informations", Some(&cookie)).await;
    assert_eq!(step2.header("cache-control"), "no-store");
    assert!(step2.body.contains("MARTIN"));
    // Issue 17: the same step in English, and easy to read.
    let english = unescape(
        &portal
            .get(
                "/creation/informations",
                Some(&format!("{cookie}; dmp_langue=en")),
            )
            .await
            .body,
    );
    assert!(english.contains(r#"<html lang="en""#));
    assert!(english.contains("I enter my personal details") && english.contains("Confirm"));
    let easy = unescape(
        &portal
            .get(
                "/creation/informations",
                Some(&format!("{cookie}; dmp_facile=oui")),
            )
            .await
            .body,
    );
    assert!(easy.contains("Chaque fois que vous ouvrez votre DMP, vous recevez un code."));
    assert!(!easy.contains("À chaque connexion, un code à usage unique"));

    // Step 2, consent given: on to step 3; the PDF is there, not cached.
    let sent = portal
        .post_form(
            "/api/creation/informations",
            Some(&cookie),
            "/creation/informations",
            &[
                ("form[email]", "c@exemple.fr"),
                ("form[email_confirm]", "c@exemple.fr"),
                ("form[samu]", "on"),
                ("form[bris_de_glace]", "on"),
                ("form[accept]", "on"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::FOUND);
    assert_eq!(sent.location(), "/creation/donnees-de-connexion");
    let step3 = |cookies: String| {
        let portal = &portal;
        async move {
            unescape(
                &portal
                    .get("/creation/donnees-de-connexion", Some(&cookies))
                    .await
                    .body,
            )
        }
    };
    let french = step3(cookie.clone()).await;
    assert!(french.contains("Votre DMP est créé") && french.contains("envoyé par e-mail"));
    let english = step3(format!("{cookie}; dmp_langue=en")).await;
    assert!(english.contains("Your DMP is created"));
    assert!(english.contains("Write down or print this information now."));
    assert!(english.contains("Yes, I wrote it down: finish"));
    let easy = step3(format!("{cookie}; dmp_langue=en; dmp_facile=oui")).await;
    assert!(easy.contains("You need it to open your DMP."));
    let pdf = portal
        .get("/creation/document-des-secrets.pdf", Some(&cookie))
        .await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.header("content-type"), "application/pdf");
    assert_eq!(pdf.header("cache-control"), "no-store");
    assert!(pdf.header("content-disposition").starts_with("attachment"));

    // Terminer: the cookie is cleared and the PDF is gone.
    let done = portal
        .post_form(
            "/api/creation/fin",
            Some(&cookie),
            "/creation/donnees-de-connexion",
            &[],
        )
        .await;
    assert_eq!(done.status, StatusCode::FOUND);
    assert!(done.header("set-cookie").contains("Max-Age=0"));
    let pdf = portal
        .get("/creation/document-des-secrets.pdf", Some(&cookie))
        .await;
    assert_eq!(pdf.status, StatusCode::GONE);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn an_unknown_address_gets_a_french_404_page(pool: PgPool) {
    let nowhere = TestApp::new(&pool).get("/nulle-part", None).await;
    let (status, body) = (nowhere.status, nowhere.body);
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page introuvable"));
    assert!(body.contains(r#"<html lang="fr""#));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_terms_of_use_read_the_same_as_a_page_and_as_a_pdf(pool: PgPool) {
    let portal = TestApp::new(&pool);
    let terms = portal.get("/conditions-generales", None).await;
    let (status, page) = (terms.status, terms.body);
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Conditions générales d'utilisation du Dossier Médical Partagé"));
    assert!(page.contains("version 1.0"));
    assert!(page.contains(r#"href="/conditions-generales.pdf""#));

    let file = portal.get("/conditions-generales.pdf", None).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.header("content-type"), "application/pdf");
    let pdf = lopdf::Document::load_mem(&file.bytes).unwrap();
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = pdf.extract_text(&pages).unwrap();
    let french = |key| app::i18n::catalogue::text(app::i18n::Lang::Fr, key, &[]);
    let page = unescape(&page);
    for section in app::terms::SECTIONS {
        let title = french(section.title);
        assert!(text.contains(&title), "{title} missing from the PDF");
        assert!(page.contains(&title), "{title} missing from the page");
    }
    assert!(text.contains("« bris de glace »"));

    // In English: the page for the switch's cookie, the PDF for the
    // browser's language; the French text binds, and they say so.
    let english = portal
        .get("/conditions-generales", Some("dmp_langue=en"))
        .await;
    assert_eq!(english.status, StatusCode::OK);
    assert!(english.body.contains("1. What the DMP is for"));
    assert!(english
        .body
        .contains("the French version is the one that binds"));
    let file = portal
        .get_with("/conditions-generales.pdf", &[("accept-language", "en")])
        .await;
    assert_eq!(file.status, StatusCode::OK);
    let pdf = lopdf::Document::load_mem(&file.bytes).unwrap();
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = pdf.extract_text(&pages).unwrap();
    assert!(text.contains("1. What the DMP is for"), "{text}");
    assert!(!text.contains("À quoi sert"), "{text}");
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_demo_outbox_exists_in_demo_mode_only(pool: PgPool) {
    let outbox = TestApp::new(&pool).get("/demo/messages", None).await;
    assert_eq!(outbox.status, StatusCode::OK);
    assert_eq!(outbox.header("cache-control"), "no-store");
    assert!(outbox.body.contains("Aucun message pour l'instant"));

    let production = TestApp::in_mode(&pool, app::domain::ins::Mode::Production);
    let outbox = production.get("/demo/messages", None).await;
    assert_eq!(outbox.status, StatusCode::NOT_FOUND);
    assert!(outbox.body.contains("qu'en mode démonstration"));
    let letter = production.get("/demo/messages/1/piece-jointe", None).await;
    assert_eq!(letter.status, StatusCode::NOT_FOUND);
    // Nor are test cards offered in place of a card reader.
    let cards = production.get("/professionnel", None).await;
    let (status, body) = (cards.status, cards.body);
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("demande un lecteur de carte"), "{body}");
    assert!(!body.contains("Code PIN"));
}

/// The page's text as read: Leptos' markers and escaped apostrophes out.
fn unescape(body: &str) -> String {
    body.replace("<!>", "").replace("&#x27;", "'")
}
