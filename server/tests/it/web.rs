//! The HTTP surface without a browser: the axum router driven in-process
//! against a real PostgreSQL.

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use server::web::{leptos_options, router, AppState};
use sqlx::PgPool;
use tower::ServiceExt;

fn app(pool: PgPool) -> axum::Router {
    router(AppState {
        leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
        pool,
        services: app::services::Services::new(common::KEY.to_vec(), app::domain::ins::Mode::Demo),
    })
}

async fn get(app: axum::Router, uri: &str) -> (StatusCode, axum::http::HeaderMap, String) {
    let response = app
        .oneshot(
            Request::get(uri)
                .header("accept", "text/html")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, headers, String::from_utf8_lossy(&body).into_owned())
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn health_reports_a_reachable_database(
    _: sqlx::postgres::PgPoolOptions,
    connect: sqlx::postgres::PgConnectOptions,
) {
    let pool = common::own_pool(connect).await;
    let (status, headers, body) = get(app(pool.clone()), "/healthz").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, r#"{"status":"ok","database":"ok"}"#);
    assert_eq!(headers["cache-control"], "no-store");

    pool.close().await;
    let (status, _, body) = get(app(pool), "/healthz").await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(body.contains("unreachable"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_home_page_is_rendered_in_french_on_the_server(pool: PgPool) {
    let (status, headers, body) = get(app(pool), "/").await;
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
    let (status, headers, body) = get(app(pool.clone()), "/creation").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Étape 1 sur 3"));
    assert!(body.contains(r#"action="/api/creation/identification""#));
    assert_eq!(headers["cache-control"], "no-store");
    assert!(
        headers.get("set-cookie").is_none(),
        "a visit alone opens no session"
    );
    let (status, headers, body) = get(app(pool), "/connexion").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"action="/api/connexion/identifiants""#));
    assert_eq!(headers["cache-control"], "no-store");
}

/// A form post as a browser without JavaScript sends it.
async fn post_form(
    app: axum::Router,
    uri: &str,
    cookie: Option<&str>,
    form: &str,
) -> (StatusCode, axum::http::HeaderMap) {
    let mut request = Request::post(uri)
        .header("accept", "text/html")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("referer", "http://127.0.0.1:3000/creation");
    if let Some(c) = cookie {
        request = request.header("cookie", c);
    }
    let response = app
        .oneshot(request.body(Body::from(form.to_string())).unwrap())
        .await
        .unwrap();
    (response.status(), response.headers().clone())
}

async fn get_with_cookie(app: axum::Router, uri: &str, cookie: &str) -> axum::response::Response {
    app.oneshot(
        Request::get(uri)
            .header("accept", "text/html")
            .header("cookie", cookie)
            .body(Body::empty())
            .unwrap(),
    )
    .await
    .unwrap()
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
    let portal = app(pool);
    // Step 1, badly typed: back to the form, whose page shows the errors.
    let (status, headers) = post_form(
        portal.clone(),
        "/api/creation/identification",
        None,
        "form%5Bnir%5D=123&form%5Bcode%5D=&form%5Bserial%5D=",
    )
    .await;
    assert_eq!(status, StatusCode::FOUND);
    assert_eq!(headers["location"], "/creation");
    let set_cookie = headers["set-cookie"].to_str().unwrap().to_string();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Strict"));
    assert!(!set_cookie.contains("Secure"), "plain HTTP in demo mode");
    let cookie = set_cookie.split(';').next().unwrap().to_string();
    let page = get_with_cookie(portal.clone(), "/creation", &cookie).await;
    let body = page.into_body().collect().await.unwrap().to_bytes();
    let body = String::from_utf8_lossy(&body);
    assert!(body.contains("informations sont à corriger"));
    assert!(body.contains(r##"href="#nir""##));

    // Step 1 right (the demo code is valid from the registry's date on).
    let (status, headers) = post_form(
        portal.clone(),
        "/api/creation/identification",
        Some(&cookie),
        "form%5Bnir%5D=269054958815780&form%5Bcode%5D=DEMA-2345-6789\
         &form%5Bcard_type%5D=avec_photo&form%5Bserial%5D=80123456789",
    )
    .await;
    assert_eq!(status, StatusCode::FOUND);
    assert_eq!(headers["location"], "/creation/informations");
    let page = get_with_cookie(portal.clone(), "/creation/informations", &cookie).await;
    assert_eq!(page.headers()["cache-control"], "no-store");
    let body = page.into_body().collect().await.unwrap().to_bytes();
    assert!(String::from_utf8_lossy(&body).contains("MARTIN"));

    // Step 2, consent given: on to step 3; the PDF is there, not cached.
    let (status, headers) = post_form(
        portal.clone(),
        "/api/creation/informations",
        Some(&cookie),
        "form%5Bemail%5D=c%40exemple.fr&form%5Bemail_confirm%5D=c%40exemple.fr\
         &form%5Bsamu%5D=on&form%5Bbris_de_glace%5D=on&form%5Baccept%5D=on",
    )
    .await;
    assert_eq!(status, StatusCode::FOUND);
    assert_eq!(headers["location"], "/creation/donnees-de-connexion");
    let pdf = get_with_cookie(
        portal.clone(),
        "/creation/document-des-secrets.pdf",
        &cookie,
    )
    .await;
    assert_eq!(pdf.status(), StatusCode::OK);
    assert_eq!(pdf.headers()["content-type"], "application/pdf");
    assert_eq!(pdf.headers()["cache-control"], "no-store");
    assert!(pdf.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));

    // Terminer: the cookie is cleared and the PDF is gone.
    let (status, headers) = post_form(portal.clone(), "/api/creation/fin", Some(&cookie), "").await;
    assert_eq!(status, StatusCode::FOUND);
    assert!(headers["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    let pdf = get_with_cookie(
        portal.clone(),
        "/creation/document-des-secrets.pdf",
        &cookie,
    )
    .await;
    assert_eq!(pdf.status(), StatusCode::GONE);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn an_unknown_address_gets_a_french_404_page(pool: PgPool) {
    let (status, _, body) = get(app(pool), "/nulle-part").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("Page introuvable"));
    assert!(body.contains(r#"<html lang="fr""#));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_terms_of_use_read_the_same_as_a_page_and_as_a_pdf(pool: PgPool) {
    let (status, _, page) = get(app(pool.clone()), "/conditions-generales").await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("Conditions générales d'utilisation du Dossier Médical Partagé"));
    assert!(page.contains("version 1.0"));
    assert!(page.contains(r#"href="/conditions-generales.pdf""#));

    let response = app(pool)
        .oneshot(
            Request::get("/conditions-generales.pdf")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let pdf = lopdf::Document::load_mem(&bytes).unwrap();
    let pages: Vec<u32> = pdf.get_pages().keys().copied().collect();
    let text = pdf.extract_text(&pages).unwrap();
    for section in app::terms::SECTIONS {
        assert!(
            text.contains(section.title),
            "{} missing from the PDF",
            section.title
        );
    }
    assert!(text.contains("« bris de glace »"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_demo_outbox_exists_in_demo_mode_only(pool: PgPool) {
    let (status, headers, body) = get(app(pool.clone()), "/demo/messages").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["cache-control"], "no-store");
    assert!(body.contains("Aucun message pour l'instant"));

    let production = router(AppState {
        leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
        pool,
        services: app::services::Services::new(
            common::KEY.to_vec(),
            app::domain::ins::Mode::Production,
        ),
    });
    let (status, _, body) = get(production.clone(), "/demo/messages").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("qu'en mode démonstration"));
    let (status, _, _) = get(production.clone(), "/demo/messages/1/piece-jointe").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // Nor are test cards offered in place of a card reader.
    let (status, _, body) = get(production, "/professionnel").await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("demande un lecteur de carte"), "{body}");
    assert!(!body.contains("Code PIN"));
}
