//! The HTTP surface without a browser: the axum router driven in-process
//! against a real PostgreSQL.

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
async fn health_reports_a_reachable_database(pool: PgPool) {
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
    for uri in ["/creation", "/connexion"] {
        let (status, _, body) = get(app(pool.clone()), uri).await;
        assert_eq!(status, StatusCode::OK, "{uri}");
        assert!(body.contains("en cours de préparation"), "{uri}");
    }
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
    for section in app::creation::terms::SECTIONS {
        assert!(
            text.contains(section.title),
            "{} missing from the PDF",
            section.title
        );
    }
    assert!(text.contains("« bris de glace »"));
}
