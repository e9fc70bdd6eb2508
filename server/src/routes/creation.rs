//! Creation's files: the document des secrets and the CGU as a PDF.

use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(app::terms::PDF_PATH, get(terms_pdf))
        .route(app::paths::SECRETS_PDF_PATH, get(secrets_pdf))
}

/// The document des secrets, made on demand from the creation session; gone
/// once the session (and the initial password) has ended.
async fn secrets_pdf(State(state): State<AppState>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let visit = app::creation::actions::http::visit(&parts);
    let lang = app::i18n::of_request(&parts.headers).lang;
    let t = |key| app::i18n::text_in(lang, key, &[]);
    match app::creation::flow::secrets_pdf(
        &state.pool,
        &state.services,
        &visit,
        &state.services.site(&parts.headers),
        lang,
    )
    .await
    {
        Ok(Some(pdf)) => super::pdf_download(pdf, &t("creation-pdf-file")),
        Ok(None) => (
            StatusCode::GONE,
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            format!(
                "<!DOCTYPE html><html lang=\"{}\"><meta charset=\"utf-8\"><title>{gone}</title>\
                 <h1>{gone}</h1><p>{}</p><p><a href=\"/\">{}</a></p></html>",
                lang.code(),
                t("creation-pdf-gone-text"),
                t("creation-pdf-gone-home"),
                gone = t("creation-pdf-gone"),
            ),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "document des secrets: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// The CGU as a PDF, made from the same text as the page, in the reader's
/// language (the cache keeps one per language).
async fn terms_pdf(request: Request) -> impl IntoResponse {
    let lang = app::i18n::of_request(request.headers()).lang;
    let pdf = tokio::task::spawn_blocking(move || app::terms::pdf(lang))
        .await
        .unwrap_or_default();
    (
        [
            (header::CONTENT_TYPE, "application/pdf"),
            (
                header::CONTENT_DISPOSITION,
                "inline; filename=\"conditions-generales-dmp.pdf\"",
            ),
            (header::CACHE_CONTROL, "private, max-age=3600"),
            (header::VARY, "Accept-Language, Cookie"),
        ],
        pdf,
    )
}
