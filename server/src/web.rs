//! The HTTP side: Leptos pages and server functions, static files, the
//! health endpoint, and the security headers every response carries.

use app::creation::state::SECRETS_PDF_PATH;
use app::services::Services;
use app::{shell, App};
use axum::extract::Request;
use axum::extract::{FromRef, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use leptos::config::LeptosOptions;
use leptos_axum::{generate_route_list, LeptosRoutes};
use sqlx::PgPool;
use tower_http::set_header::SetResponseHeaderLayer;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub pool: PgPool,
    pub services: Services,
}

pub fn leptos_options(site_root: &str, addr: std::net::SocketAddr) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("dmp")
        .site_root(site_root)
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .build()
}

/// The portal with no proxy in front and no HSTS (tests, a laptop).
pub fn router(state: AppState) -> Router {
    router_with_edge(state, crate::edge::Edge::default())
}

pub fn router_with_edge(state: AppState, edge: crate::edge::Edge) -> Router {
    use crate::edge;
    let routes = generate_route_list(App);
    Router::new()
        .route("/healthz", get(healthz))
        .route(app::terms::PDF_PATH, get(terms_pdf))
        .route(SECRETS_PDF_PATH, get(secrets_pdf))
        .route("/demo/messages/{id}/piece-jointe", get(demo_attachment))
        .route("/mon-dmp/documents/{id}/fichier", get(document_file))
        .route("/mon-dmp/recus/{id}", get(receipt_pdf))
        .route(app::record::export::ZIP_PATH, get(export_zip))
        .route(
            "/assurance-maladie/remboursements",
            axum::routing::post(crate::insurer::endpoint),
        )
        .route(
            "/assurance-maladie/deces",
            axum::routing::post(crate::insurer::death_endpoint),
        )
        .route(
            "/professionnel/documents/{id}/fichier",
            get(professional_document_file),
        )
        .leptos_routes_with_context(
            &state,
            routes,
            {
                let state = state.clone();
                move || provide_app_context(&state)
            },
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        .layer(middleware::from_fn(no_store_unless_public))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        // `same-origin`, not `no-referrer`: forms posted without JavaScript
        // are sent back to their page through the Referer.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(middleware::from_fn_with_state(
            state.services.clone(),
            crate::form_errors::carry,
        ))
        .layer(middleware::from_fn(edge::honest_status))
        .layer(middleware::from_fn_with_state(
            edge.clone(),
            edge::strict_transport,
        ))
        // Outside the guard's own checks: whatever else reads a body (the
        // insurer's JSON) still stops at the limit.
        .layer(tower_http::limit::RequestBodyLimitLayer::new(
            edge::BODY_LIMIT,
        ))
        .layer(middleware::from_fn_with_state(
            state.services.clone(),
            edge::guard_state_changes,
        ))
        .layer(middleware::from_fn(edge::guard_query))
        .layer(middleware::from_fn_with_state(
            edge.clone(),
            edge::with_client_address,
        ))
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            edge::panic_response,
        ))
        .with_state(state)
}

fn provide_app_context(state: &AppState) {
    leptos::prelude::provide_context(state.pool.clone());
    leptos::prelude::provide_context(state.services.clone());
}

/// What a browser or a proxy may keep: the home page, the CGU, the site's
/// own files. Everything else may carry personal data or a form, and is
/// never kept (a shared kiosk must not show it again with « Back »).
pub fn is_public(path: &str) -> bool {
    const STATIC: [&str; 9] = [
        ".css", ".js", ".wasm", ".png", ".svg", ".ico", ".jpg", ".webp", ".woff2",
    ];
    let personal_prefix = [
        "/creation",
        "/connexion",
        "/mon-dmp",
        "/professionnel",
        "/api/",
        "/demo/",
    ]
    .iter()
    .any(|p| path.starts_with(p));
    path == "/"
        || path == "/dmp-cloture"
        || path.starts_with("/conditions-generales")
        || path.starts_with("/pkg/")
        || (!personal_prefix && STATIC.iter().any(|e| path.ends_with(e)))
}

async fn no_store_unless_public(request: Request, next: Next) -> Response {
    let personal = !is_public(request.uri().path());
    let mut response = next.run(request).await;
    if personal {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// The document des secrets, made on demand from the creation session; gone
/// once the session (and the initial password) has ended.
async fn secrets_pdf(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let visit = app::creation::actions::http::visit(&parts);
    match app::creation::flow::secrets_pdf(&state.pool, &state.services, &visit).await {
        Ok(Some(pdf)) => (
            [
                (header::CONTENT_TYPE, "application/pdf"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"document-des-secrets-dmp.pdf\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            pdf,
        )
            .into_response(),
        Ok(None) => (
            StatusCode::GONE,
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            "<!DOCTYPE html><html lang=\"fr\"><meta charset=\"utf-8\"><title>Document indisponible</title>\
             <h1>Document indisponible</h1><p>Le document des secrets n'est disponible que pendant la \
             création du DMP, 15 minutes au plus. Si vous ne l'avez pas enregistré, choisissez \
             « Identifiant ou mot de passe oublié » sur la page de connexion.</p>\
             <p><a href=\"/\">Retour à l'accueil</a></p></html>",
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "document des secrets: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// The CGU as a PDF, made from the same text as the page.
async fn terms_pdf() -> impl IntoResponse {
    let pdf = tokio::task::spawn_blocking(app::terms::pdf)
        .await
        .unwrap_or_default();
    (
        [
            (header::CONTENT_TYPE, "application/pdf"),
            (
                header::CONTENT_DISPOSITION,
                "inline; filename=\"conditions-generales-dmp.pdf\"",
            ),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        pdf,
    )
}

/// For load balancers: 200 when the database answers, 503 otherwise.
async fn healthz(State(pool): State<PgPool>) -> impl IntoResponse {
    let db = sqlx::query_scalar::<_, i32>("SELECT 1")
        .fetch_one(&pool)
        .await;
    let (status, body) = match db {
        Ok(_) => (StatusCode::OK, r#"{"status":"ok","database":"ok"}"#),
        Err(e) => {
            tracing::warn!(error = %e, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                r#"{"status":"degraded","database":"unreachable"}"#,
            )
        }
    };
    (
        status,
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
}

/// A letter or other attachment from the demo outbox; nothing in production.
async fn demo_attachment(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<i64>,
) -> Response {
    if state.services.mode != app::domain::ins::Mode::Demo {
        return StatusCode::NOT_FOUND.into_response();
    }
    let row: Result<Option<(String, Vec<u8>)>, _> = sqlx::query_as(
        "SELECT attachment_name, attachment FROM outbox WHERE id = $1 AND attachment IS NOT NULL",
    )
    .bind(id)
    .fetch_optional(&state.pool)
    .await;
    match row {
        Ok(Some((name, bytes))) => {
            let disposition = format!("inline; filename=\"{}\"", name.replace('"', ""));
            (
                [
                    (header::CONTENT_TYPE, "application/pdf".to_string()),
                    (header::CONTENT_DISPOSITION, disposition),
                    (header::CACHE_CONTROL, "no-store".to_string()),
                ],
                bytes,
            )
                .into_response()
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "demo attachment: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// A document's file, for its holder only: any other id, or nobody signed
/// in, answers 404. Shown inline (PDF in the page's frame) or downloaded.
/// A document's bytes for the browser: inline or as a download, never cached.
fn file_response(id: i64, content_type: &str, bytes: Vec<u8>, download: bool) -> Response {
    // A PDF needs the browser's viewer, which a sandbox would block;
    // text and images need nothing and get the strictest policy.
    let policy = if content_type == "application/pdf" {
        "frame-ancestors 'self'"
    } else {
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'self'; sandbox"
    };
    let extension = match content_type {
        "application/pdf" => "pdf",
        "image/jpeg" => "jpg",
        "image/png" => "png",
        _ => "txt",
    };
    let disposition = format!(
        "{}; filename=\"document-{id}.{extension}\"",
        if download { "attachment" } else { "inline" }
    );
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_string()),
            // The record's page shows it in a frame: same origin only.
            (header::X_FRAME_OPTIONS, "SAMEORIGIN".to_string()),
            (header::CONTENT_SECURITY_POLICY, policy.to_string()),
        ],
        bytes,
    )
        .into_response()
}

fn not_found_file() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CACHE_CONTROL, "no-store")],
        "Document introuvable",
    )
        .into_response()
}

/// A document of the record open in a professional's card session, if
/// the access policy lets it through; traced with the right that did.
async fn professional_document_file(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<i64>,
    request: Request,
) -> Response {
    use app::professional::{card, record};
    let (parts, _) = request.into_parts();
    let download = parts
        .uri
        .query()
        .is_some_and(|q| q.contains("telecharger=1"));
    let now = chrono::Utc::now();
    let Some(token) = app::http::session_token(&parts, card::COOKIE) else {
        return not_found_file();
    };
    let found = async {
        let mut conn = state.pool.acquire().await?;
        let Some(holder) = card::current(&mut conn, &state.services.key, &token, now).await? else {
            return Ok(None);
        };
        let Some(dmp_id) = holder.dmp_id else {
            return Ok(None);
        };
        let Some(patient) = record::patient(&mut conn, dmp_id, now).await? else {
            return Ok(None);
        };
        let action = if download {
            "consultation_telechargement"
        } else {
            "consultation_ouverture"
        };
        // The same decision and trace as the document's page.
        let Some((_, content_type, bytes)) = record::read_document(
            &mut conn,
            &holder,
            &patient,
            id,
            action,
            record::Bytes::Always,
            now,
        )
        .await?
        else {
            return Ok(None);
        };
        Ok::<_, sqlx::Error>(Some((content_type, bytes.unwrap_or_default())))
    };
    match found.await {
        Ok(Some((content_type, bytes))) => file_response(id, &content_type, bytes, download),
        Ok(None) => not_found_file(),
        Err(e) => {
            tracing::error!(error = %e, "professional document file: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

async fn document_file(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<i64>,
    request: Request,
) -> Response {
    use app::record::documents::server::{document, open_session};
    let (parts, _) = request.into_parts();
    let visit = app::account::actions::http::visit(&parts);
    let download = parts
        .uri
        .query()
        .is_some_and(|q| q.contains("telecharger=1"));
    let action = if download {
        "telechargement_document"
    } else {
        "ouverture_document"
    };
    // Fail closed: the file leaves only once its reading is traced.
    let found = async {
        let Some(session) = open_session(&state.pool, &state.services, &visit).await? else {
            return Ok(None);
        };
        let Some((view, bytes)) = document(&state.pool, (&session).into(), id).await? else {
            return Ok(None);
        };
        let mut conn = state.pool.acquire().await?;
        app::audit::trace(
            &mut conn,
            session.dmp_id,
            session.account_id,
            action,
            Some(id),
            visit.now,
        )
        .await?;
        Ok::<_, sqlx::Error>(Some((view, bytes)))
    };
    match found.await {
        Ok(Some((view, bytes))) => file_response(id, &view.content_type, bytes, download),
        Ok(None) => not_found_file(),
        Err(e) => {
            tracing::error!(error = %e, "document file: not served (database or trace unavailable)");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// The receipt of one change of the holder's choices, for that holder
/// only (any other id answers 404); printed from the trace on demand.
async fn receipt_pdf(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<i64>,
    request: Request,
) -> Response {
    use app::record::controls::{receipt::receipt_pdf, store::receipt};
    use app::record::documents::server::open_session;
    let (parts, _) = request.into_parts();
    let visit = app::account::actions::http::visit(&parts);
    let found = async {
        let Some(session) = open_session(&state.pool, &state.services, &visit).await? else {
            return Ok(None);
        };
        let mut conn = state.pool.acquire().await?;
        receipt(&mut conn, session.dmp_id, id).await
    };
    match found.await {
        Ok(Some(facts)) => (
            [
                (header::CONTENT_TYPE, "application/pdf".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("inline; filename=\"recu-dmp-{}.pdf\"", facts.seq),
                ),
                (header::CACHE_CONTROL, "no-store".to_string()),
            ],
            receipt_pdf(&facts),
        )
            .into_response(),
        Ok(None) => not_found_file(),
        Err(e) => {
            tracing::error!(error = %e, "receipt: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// « Télécharger mon DMP »: the whole record as one ZIP, for its signed-in
/// holder only (nobody signed in: 404). The download is traced first, so
/// that the access history in the archive shows it.
async fn export_zip(State(state): State<AppState>, request: Request) -> Response {
    use app::record::documents::server::open_session;
    use app::record::export::{build_zip, ExportError};
    let (parts, _) = request.into_parts();
    let visit = app::account::actions::http::visit(&parts);
    let built = async {
        // Never at a kiosk: the file would stay on a shared device.
        let Some(session) = open_session(&state.pool, &state.services, &visit)
            .await?
            .filter(|s| !s.kiosk)
        else {
            return Ok(None);
        };
        let mut conn = state.pool.acquire().await?;
        app::audit::trace(
            &mut conn,
            session.dmp_id,
            session.account_id,
            "telechargement_dmp",
            None,
            visit.now,
        )
        .await?;
        drop(conn);
        Ok::<_, ExportError>(Some(build_zip(&state.pool, &session, visit.now).await?))
    };
    match built.await {
        Ok(Some(zip)) => (
            [
                (header::CONTENT_TYPE, "application/zip"),
                (
                    header::CONTENT_DISPOSITION,
                    "attachment; filename=\"mon-dmp.zip\"",
                ),
                (header::CACHE_CONTROL, "no-store"),
            ],
            zip,
        )
            .into_response(),
        Ok(None) => not_found_file(),
        Err(e) => {
            tracing::error!(error = %e, "record export: failed");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
