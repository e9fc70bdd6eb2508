//! The desk console's file: the document des secrets of the hand-over in
//! progress, for the agent who issued it.

use crate::state::AppState;
use app::session::staff::Role;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route(app::paths::DESK_SECRETS_PDF_PATH, get(secrets_pdf))
}

async fn secrets_pdf(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let lang = app::i18n::of_request(&parts.headers).lang;
    let t = |key| app::i18n::text_in(lang, key, &[]);
    let pdf = async {
        match super::staff_session(&state, &parts, &[Role::Agent]).await? {
            Some((s, visit)) => {
                app::desk::store::secrets_pdf(
                    &state.pool,
                    &s,
                    visit.now,
                    &state.services.site(&parts.headers),
                    lang,
                )
                .await
            }
            None => Ok(None),
        }
    }
    .await;
    match pdf {
        Ok(Some(pdf)) => super::pdf_download(pdf, "document-des-secrets-dmp.pdf"),
        Ok(None) => (
            StatusCode::NOT_FOUND,
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            format!(
                "<!DOCTYPE html><html lang=\"{}\"><meta charset=\"utf-8\"><title>{gone}</title>\
                 <h1>{gone}</h1><p>{}</p><p><a href=\"{}\">{}</a></p></html>",
                lang.code(),
                t("staff-desk-pdf-gone-text"),
                app::paths::DESK_PATH,
                t("staff-desk-pdf-gone-back"),
                gone = t("staff-desk-pdf-gone"),
            ),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "desk document des secrets: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
