//! `/statistiques/creations.csv`: the statistics' figures for a period, one
//! row per day × department × channel, for the statistician only.

use crate::state::AppState;
use app::session::staff::{trace, Role};
use app::statistics::{csv, store, Period, CSV_PATH};
use axum::extract::{Query, Request, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use std::collections::HashMap;

pub fn routes() -> Router<AppState> {
    Router::new().route(CSV_PATH, get(creations_csv))
}

async fn creations_csv(
    State(state): State<AppState>,
    Query(query): Query<HashMap<String, String>>,
    request: Request,
) -> Response {
    let (parts, _) = request.into_parts();
    let lang = app::i18n::of_request(&parts.headers).lang;
    let t = |key| app::i18n::text_in(lang, key, &[]);
    let param = |k: &str| query.get(k).map(String::as_str).unwrap_or_default();
    let answer = async {
        let Some((s, visit)) = super::staff_session(&state, &parts, &[Role::Statistician]).await?
        else {
            return Ok(None);
        };
        let mut conn = state.pool.acquire().await?;
        let today = store::today(&mut conn, visit.now).await?;
        let (period, _) = Period::parse(param("du"), param("au"), "jour", today);
        let lines = store::lines(&mut conn, &period).await?;
        let detail = format!("{} au {}", period.from, period.to);
        trace(
            &mut conn,
            s.account_id,
            "export_statistiques",
            Some(&detail),
            visit.now,
        )
        .await?;
        Ok::<_, sqlx::Error>(Some((period, csv(&lines))))
    }
    .await;
    match answer {
        Ok(Some((period, text))) => (
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!(
                        "attachment; filename=\"dmp-creations-{}-{}.csv\"",
                        period.from, period.to
                    ),
                ),
                (header::CACHE_CONTROL, "no-store".to_string()),
            ],
            text,
        )
            .into_response(),
        Ok(None) => (
            StatusCode::FORBIDDEN,
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-store"),
            ],
            format!(
                "<!DOCTYPE html><html lang=\"{}\"><meta charset=\"utf-8\"><title>{refused}</title>\
                 <h1>{refused}</h1><p>{}</p><p><a href=\"{}\">{}</a></p></html>",
                lang.code(),
                t("staff-stats-refused-text"),
                app::paths::STAFF_SIGN_IN_PATH,
                t("staff-sign-in-link"),
                refused = t("staff-stats-refused"),
            ),
        )
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "statistics CSV: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}
