//! The demo outbox's attachments (letters as PDF); nothing in production.

use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route("/demo/messages/{id}/piece-jointe", get(demo_attachment))
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
        "SELECT attachment_name, attachment FROM outbox WHERE id = $1 AND attachment IS NOT NULL AND practice_card_id IS NULL",
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
