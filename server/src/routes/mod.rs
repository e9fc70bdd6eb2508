//! The routes that are not Leptos pages, each feature's beside its own
//! handlers; merged once in `web`.

pub mod creation;
pub mod demo;
pub mod desk;
pub mod professional;
pub mod record;
pub mod statistics;
pub mod workshop;

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

/// The staff session a file route's request carries, if it is open in one
/// of `roles`; with the visit it was read from.
pub async fn staff_session(
    state: &crate::state::AppState,
    parts: &axum::http::request::Parts,
    roles: &[app::session::staff::Role],
) -> Result<Option<(app::session::staff::StaffSession, app::session::Visit)>, sqlx::Error> {
    use app::session::staff::{access, Access, COOKIE};
    let visit = app::session::http::visit(parts, COOKIE);
    let mut conn = state.pool.acquire().await?;
    let a = access(
        &mut conn,
        &state.services.key,
        visit.token.as_deref(),
        visit.now,
        roles,
    )
    .await?;
    Ok(match a {
        Access::Open(s) => Some((s, visit)),
        _ => None,
    })
}

/// A PDF made for this visit only (a document des secrets): downloaded,
/// never cached.
pub fn pdf_download(pdf: Vec<u8>, filename: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{filename}\""),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        pdf,
    )
        .into_response()
}

/// A document's file, for its holder only: any other id, or nobody signed
/// in, answers 404. Shown inline (PDF in the page's frame) or downloaded.
/// A document's bytes for the browser: inline or as a download, never cached.
pub fn file_response(id: i64, content_type: &str, bytes: Vec<u8>, download: bool) -> Response {
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

/// A PDF for this visit, [`not_found_file`] when there is none for it
/// (not theirs, no session), 503 with a log line (`what`) when the
/// database failed.
pub fn pdf_or_404(
    pdf: Result<Option<Vec<u8>>, sqlx::Error>,
    filename: &str,
    what: &str,
) -> Response {
    match pdf {
        Ok(Some(pdf)) => pdf_download(pdf, filename),
        Ok(None) => not_found_file(),
        Err(e) => {
            tracing::error!(error = %e, "{what}: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

pub fn not_found_file() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CACHE_CONTROL, "no-store")],
        "Document introuvable",
    )
        .into_response()
}
