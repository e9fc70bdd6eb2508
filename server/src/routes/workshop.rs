//! A workshop's one-page report, for its facilitator.

use crate::state::AppState;
use app::session::staff::{access, Access, Role, COOKIE};
use axum::extract::{Path, Request, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new().route("/atelier/{id}/bilan.pdf", get(report))
}

async fn report(State(state): State<AppState>, Path(id): Path<i64>, request: Request) -> Response {
    let (parts, _) = request.into_parts();
    let visit = app::session::http::visit(&parts, COOKIE);
    let pdf = async {
        let mut conn = state.pool.acquire().await?;
        let a = access(
            &mut conn,
            &state.services.key,
            visit.token.as_deref(),
            visit.now,
            &[Role::Facilitator],
        )
        .await?;
        drop(conn);
        match a {
            Access::Open(s) => app::workshop::store::report(&state.pool, &s, id, visit.now).await,
            _ => Ok(None),
        }
    }
    .await;
    match pdf {
        Ok(Some(pdf)) => super::pdf_download(pdf, &format!("bilan-atelier-{id}.pdf")),
        Ok(None) => super::not_found_file(),
        Err(e) => {
            tracing::error!(error = %e, "workshop report: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
