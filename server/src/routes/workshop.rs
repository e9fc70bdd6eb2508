//! A workshop's files and practice people, for its facilitator: the
//! one-page report, the practice cards, and the practice people made (by
//! the seed's generator, which lives here, beside the server).

use crate::state::AppState;
use app::session::staff::Role;
use axum::extract::rejection::FormRejection;
use axum::extract::{Path, State};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Form;
use axum::Router;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/atelier/{id}/bilan.pdf", get(report))
        .route("/atelier/{id}/cartes-entrainement.pdf", get(cards))
        .route("/atelier/{id}/entrainement", post(make_practice))
        .route(
            &app::workshop::practice::store::letter_path_pattern(),
            get(practice_letter),
        )
}

/// A letter the portal kept for a practice card instead of posting it (a
/// new creation code…): readable on that card's device only.
async fn practice_letter(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    parts: Parts,
) -> Response {
    use app::session::practice;
    let cookie = app::http::cookie_value(&parts.headers, practice::COOKIE);
    let letter = async {
        let mut conn = state.pool.acquire().await?;
        let Some(card) = practice::card(&mut conn, &state.services.key, cookie).await? else {
            return Ok(None);
        };
        app::workshop::practice::store::letter(&mut conn, &card, id).await
    }
    .await;
    super::pdf_or_404(letter, &format!("courrier-{id}.pdf"), "practice letter")
}

/// The facilitator's session, if the request has one.
async fn facilitator(
    state: &AppState,
    parts: &Parts,
) -> Result<Option<app::session::staff::StaffSession>, sqlx::Error> {
    Ok(super::staff_session(state, parts, &[Role::Facilitator])
        .await?
        .map(|(s, _)| s))
}

async fn cards(State(state): State<AppState>, Path(id): Path<i64>, parts: Parts) -> Response {
    let pdf = async {
        let Some(s) = facilitator(&state, &parts).await? else {
            return Ok(None);
        };
        app::workshop::practice::store::cards_pdf(
            &state.pool,
            s.account_id,
            id,
            &state.services.site(&parts.headers),
            app::i18n::of_request(&parts.headers).lang,
        )
        .await
    }
    .await;
    super::pdf_or_404(
        pdf,
        &format!("cartes-entrainement-atelier-{id}.pdf"),
        "practice cards",
    )
}

#[derive(serde::Deserialize)]
struct PracticeForm {
    count: String,
}

/// « Préparer l'entraînement »: the practice people of one of the
/// facilitator's workshops still to come or held today, once.
async fn make_practice(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    parts: Parts,
    form: Result<Form<PracticeForm>, FormRejection>,
) -> Response {
    use axum::response::Redirect;
    let count = form
        .ok()
        .and_then(|Form(f)| f.count.trim().parse::<u32>().ok())
        .filter(|n| (1..=crate::seed::practice::MAX_CARDS).contains(n));
    let Some(count) = count else {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            [(
                axum::http::header::CONTENT_TYPE,
                "text/plain; charset=utf-8",
            )],
            app::messages::Text::PracticeCount.text(),
        )
            .into_response();
    };
    let made = async {
        let Some(s) = facilitator(&state, &parts).await? else {
            return Ok(None);
        };
        let mut conn = state.pool.acquire().await?;
        let now = chrono::Utc::now();
        use app::workshop::store::{is_theirs, Held};
        if !is_theirs(&mut conn, &s, id, Held::FromToday, now).await? {
            return Ok(None);
        }
        drop(conn);
        let made =
            crate::seed::practice::generate(&state.pool, &state.services.key, id, count, now)
                .await
                .map_err(|e| sqlx::Error::Protocol(format!("practice: {e:#}")))?;
        let mut conn = state.pool.acquire().await?;
        app::session::staff::trace(
            &mut conn,
            s.account_id,
            "entrainement_atelier",
            Some(&format!("atelier {id}, {made} cartes")),
            now,
        )
        .await?;
        Ok::<_, sqlx::Error>(Some(made))
    }
    .await;
    match made {
        Ok(Some(_)) => {
            Redirect::to(&format!("{}#atelier-{id}", app::paths::WORKSHOP_PATH)).into_response()
        }
        Ok(None) => StatusCode::FORBIDDEN.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "practice people: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

async fn report(State(state): State<AppState>, Path(id): Path<i64>, parts: Parts) -> Response {
    let lang = app::i18n::of_request(&parts.headers).lang;
    let pdf = async {
        match super::staff_session(&state, &parts, &[Role::Facilitator]).await? {
            Some((s, visit)) => {
                app::workshop::store::report(&state.pool, &s, id, visit.now, lang).await
            }
            None => Ok(None),
        }
    }
    .await;
    super::pdf_or_404(pdf, &format!("bilan-atelier-{id}.pdf"), "workshop report")
}
