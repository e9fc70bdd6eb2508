//! The HTTP side: Leptos pages and server functions, static files, the
//! health endpoint, and the security headers every response carries.

pub use crate::state::{leptos_options, AppState};
use app::{shell, App};
use axum::extract::Request;
use axum::extract::State;
use axum::handler::Handler;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::IntoResponse;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use leptos_axum::{generate_route_list, LeptosRoutes};
use sqlx::PgPool;
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// The portal with no proxy in front and no HSTS (tests, a laptop).
pub fn router(state: AppState) -> Router {
    router_with_edge(state, crate::edge::Edge::default())
}

pub fn router_with_edge(state: AppState, edge: crate::edge::Edge) -> Router {
    use crate::edge;
    let routes = generate_route_list(App);
    Router::new()
        .route("/healthz", get(healthz))
        .route(
            &format!("{}/{{file}}", app::messages::TABLE_DIR),
            get(message_table),
        )
        .merge(crate::routes::creation::routes())
        .merge(crate::routes::demo::routes())
        .merge(crate::routes::desk::routes())
        .merge(crate::routes::statistics::routes())
        .merge(crate::routes::workshop::routes())
        .merge(crate::routes::record::routes())
        .merge(crate::routes::professional::routes())
        .merge(crate::insurer::routes())
        .leptos_routes_with_context(
            &state,
            routes,
            {
                let state = state.clone();
                move || crate::state::provide_app_context(&state)
            },
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .nest_service(
            &format!("/{}", state.leptos_options.site_pkg_dir),
            site_files(&state.leptos_options),
        )
        .fallback_service(
            Router::new()
                .fallback_service(
                    ServeDir::new(state.leptos_options.site_root.as_ref())
                        .precompressed_br()
                        .precompressed_gzip()
                        // Any other method on an unknown address: the portal's 404 page.
                        .call_fallback_on_method_not_allowed(true)
                        .fallback(
                            leptos_axum::file_and_error_handler::<AppState, _>(shell)
                                .with_state(state.clone()),
                        ),
                )
                // The public folder's images keep their names from one release to
                // the next: kept a day, not a year.
                .layer(middleware::map_response(|r: Response| {
                    cache_when_found(r, "public, max-age=86400")
                })),
        )
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
        // Pages and server functions compressed as they go; the site's
        // files come precompressed, PDFs and ZIPs are compressed already.
        .layer(
            CompressionLayer::new().compress_when(
                DefaultPredicate::new()
                    .and(NotForContentType::const_new("application/pdf"))
                    .and(NotForContentType::const_new("application/zip")),
            ),
        )
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            edge::panic_response,
        ))
        .with_state(state)
}

/// `/pkg`: the WebAssembly, its JavaScript and the CSS, with the `.br` and
/// `.gz` twins a release build writes. Names carrying the build's hash
/// are kept a year; otherwise a browser asks again and gets a 304.
fn site_files(options: &leptos::config::LeptosOptions) -> Router {
    let dir = format!("{}/{}", options.site_root, options.site_pkg_dir);
    let cache = if options.hash_files {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    Router::new()
        .fallback_service(ServeDir::new(dir).precompressed_br().precompressed_gzip())
        .layer(middleware::map_response(move |r: Response| {
            cache_when_found(r, cache)
        }))
}

async fn cache_when_found(mut response: Response, cache: &'static str) -> Response {
    if response.status() == StatusCode::OK || response.status() == StatusCode::NOT_MODIFIED {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    }
    response
}

/// What a browser or a proxy may keep: the home page, the CGU, the site's
/// own files. Everything else may carry personal data or a form, and is
/// never kept (a shared kiosk must not show it again with « Back »).
pub fn is_public(path: &str) -> bool {
    path == "/"
        || path == "/dmp-cloture"
        || path.starts_with("/conditions-generales")
        || is_site_file(path)
}

/// The site's own files (its code, style, images, the checks' messages):
/// the same for everyone, whatever they chose, so always kept.
pub fn is_site_file(path: &str) -> bool {
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
    path.starts_with("/pkg/")
        || path
            .strip_prefix(app::messages::TABLE_DIR)
            .is_some_and(|rest| rest.starts_with('/'))
        || (!personal_prefix && STATIC.iter().any(|e| path.ends_with(e)))
}

async fn no_store_unless_public(request: Request, next: Next) -> Response {
    // A public page drawn for a visitor's own choice (larger text, a
    // language, the easy-to-read version, a practice card's banner) is
    // theirs alone: never kept by a cache.
    let chosen = [
        app::layout::TEXT_SIZE_COOKIE,
        app::i18n::LANG_COOKIE,
        app::i18n::EASY_COOKIE,
        app::session::practice::COOKIE,
    ]
    .iter()
    .any(|c| app::http::cookie_value(request.headers(), c).is_some());
    // A choice makes pages personal, never the site's files: those are
    // the same for everyone, and kept (a workshop's devices, with their
    // practice cards, would fetch the WebAssembly again on every page).
    let path = request.uri().path();
    let personal = !is_site_file(path) && (chosen || !is_public(path));
    let mut response = next.run(request).await;
    if personal {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    // Without a cookie, a page's language follows the browser's.
    let html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if html {
        response
            .headers_mut()
            .append(header::VARY, HeaderValue::from_static("accept-language"));
    }
    response
}

/// The instant checks' messages of one language, for the browser
/// (`messages::table_path`): the name changes with the words, so kept a year.
async fn message_table(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    match app::messages::table_text(&file) {
        Some(text) => (
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            text,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
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
