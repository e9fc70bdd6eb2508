//! A professional's file of a document, under the same decision and trace
//! as its page.

use super::{file_response, not_found_file};
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/professionnel/documents/{id}/fichier",
            get(professional_document_file),
        )
        .route(
            app::paths::PROFESSIONAL_SECRETS_PDF_PATH,
            get(opening_secrets_pdf),
        )
}

/// The document des secrets of the DMP the card's holder just opened for
/// the patient in front of them (15 minutes).
async fn opening_secrets_pdf(State(state): State<AppState>, request: Request) -> Response {
    use app::session::card;
    let (parts, _) = request.into_parts();
    let visit = app::session::http::visit(&parts, card::COOKIE);
    let pdf = async {
        let Some(token) = visit.token.as_deref() else {
            return Ok(None);
        };
        let mut conn = state.pool.acquire().await?;
        let holder = card::current(&mut conn, &state.services.key, token, visit.now).await?;
        drop(conn);
        match holder {
            Some(h) => {
                app::professional::opening::store::secrets_pdf(
                    &state.pool,
                    &h,
                    visit.now,
                    &state.services.site(&parts.headers),
                    app::i18n::of_request(&parts.headers).lang,
                )
                .await
            }
            None => Ok(None),
        }
    }
    .await;
    super::pdf_or_404(
        pdf,
        "document-des-secrets-dmp.pdf",
        "professional document des secrets",
    )
}

/// A document of the record open in a professional's card session, if
/// the access policy lets it through; traced with the right that did.
async fn professional_document_file(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<i64>,
    request: Request,
) -> Response {
    use app::professional::record;
    use app::session::card;
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
            app::audit::Action::ConsultationTelechargement
        } else {
            app::audit::Action::ConsultationOuverture
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
