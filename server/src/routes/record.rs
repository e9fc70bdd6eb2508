//! The record's files: a document's file, a receipt, the ZIP export.

use super::{file_response, not_found_file};
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/mon-dmp/documents/{id}/fichier", get(document_file))
        .route("/mon-dmp/recus/{id}", get(receipt_pdf))
        .route(app::record::export::ZIP_PATH, get(export_zip))
}

async fn document_file(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<i64>,
    request: Request,
) -> Response {
    use app::record::documents::store::{document, open_session};
    let (parts, _) = request.into_parts();
    let visit = app::session::patient::http::visit(&parts);
    let download = parts
        .uri
        .query()
        .is_some_and(|q| q.contains("telecharger=1"));
    let action = if download {
        app::audit::Action::TelechargementDocument
    } else {
        app::audit::Action::OuvertureDocument
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
    use app::record::documents::store::open_session;
    let (parts, _) = request.into_parts();
    let visit = app::session::patient::http::visit(&parts);
    let lang = app::i18n::of_request(&parts.headers).lang;
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
            receipt_pdf(&facts, lang),
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
    use app::record::documents::store::open_session;
    use app::record::export::{build_zip, ExportError};
    let (parts, _) = request.into_parts();
    let visit = app::session::patient::http::visit(&parts);
    let lang = app::i18n::of_request(&parts.headers).lang;
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
            app::audit::Action::TelechargementDmp,
            None,
            visit.now,
        )
        .await?;
        drop(conn);
        Ok::<_, ExportError>(Some(
            build_zip(&state.pool, &session, visit.now, lang).await?,
        ))
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
