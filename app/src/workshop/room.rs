//! The room at a glance (issue 16), for the facilitator during a workshop:
//! how many practice participants are at which step, who has been stuck on
//! an error for more than two minutes (by card number only), and how many
//! real DMPs were opened. It keeps itself current every few seconds: with
//! JavaScript the room alone is fetched again (`browser::live`), without it
//! the page reloads.

use crate::error::PortalError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// Seconds between two refreshes of the page.
pub const REFRESH_SECONDS: u32 = 10;

/// A practice participant's steps, in order, as the room counts them
/// (their words' keys in the catalogue).
pub const STEPS: [&str; 6] = [
    "workshop-room-step-not-started",
    "workshop-room-step-1",
    "workshop-room-step-2",
    "workshop-room-step-3",
    "workshop-room-step-signed-in",
    "workshop-room-step-masked",
];

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stuck {
    pub number: i32,
    pub step: String,
    pub minutes: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Room {
    pub title: String,
    pub cards: i64,
    /// Each step with how many participants are at it.
    pub steps: Vec<(String, i64)>,
    pub stuck: Vec<Stuck>,
    /// Real DMPs opened for the workshop.
    pub opened: i64,
    /// « 14:32:05 », Paris time.
    pub at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RoomPage {
    NotSignedIn,
    Refused(String),
    NotFound,
    Ready(Room),
}

#[server(endpoint = "atelier/salle")]
pub async fn load_room(id: String) -> Result<RoomPage, PortalError> {
    use crate::session::staff::{http::for_roles, Access, Role};
    let (pool, _, visit, access) = for_roles(&[Role::Facilitator]).await?;
    crate::http::no_store();
    Ok(match access {
        Access::NotSignedIn => RoomPage::NotSignedIn,
        Access::Refused(role) => RoomPage::Refused(crate::layout::staff::role_label(role)),
        Access::Open(s) => {
            let Ok(id) = id.trim().parse::<i64>() else {
                return Ok(RoomPage::NotFound);
            };
            let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
            match store::room(&mut conn, s.account_id, id, visit.now)
                .await
                .map_err(crate::http::unavailable)?
            {
                Some(room) => RoomPage::Ready(room),
                None => RoomPage::NotFound,
            }
        }
    })
}

#[cfg(feature = "ssr")]
pub mod store {
    use super::{Room, Stuck, STEPS};
    use crate::i18n::t;
    use chrono::{DateTime, NaiveDate, Utc};
    use sqlx::PgConnection;

    /// Where one practice card is: its step's index in [`STEPS`].
    fn step_of(step: Option<i16>, has_record: bool, signed_in: bool, masked: bool) -> usize {
        match (masked, signed_in, has_record, step) {
            (true, _, _, _) => 5,
            (_, true, _, _) => 4,
            (_, _, true, _) | (_, _, _, Some(3)) => 3,
            (_, _, _, Some(2)) => 2,
            (_, _, _, Some(_)) => 1,
            _ => 0,
        }
    }

    /// `None`: not the facilitator's workshop.
    pub async fn room(
        conn: &mut PgConnection,
        facilitator_id: i64,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<Room>, sqlx::Error> {
        let workshop: Option<(NaiveDate, String, i64, String)> = sqlx::query_as(
            "SELECT w.held_on, w.place, (SELECT count(*) FROM dmp d WHERE d.workshop_id = w.id), \
             to_char($3 AT TIME ZONE 'Europe/Paris', 'HH24:MI:SS') \
             FROM workshop w WHERE w.id = $1 AND w.facilitator_id = $2",
        )
        .bind(id)
        .bind(facilitator_id)
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?;
        let Some((held_on, place, opened, at)) = workshop else {
            return Ok(None);
        };
        type Row = (i32, Option<i16>, Option<f64>, bool, bool, bool);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT pc.number, s.step, extract(epoch FROM $2 - s.error_since)::float8, \
               d.id IS NOT NULL, \
               coalesce(EXISTS (SELECT 1 FROM access_trace t WHERE t.dmp_id = d.id \
                 AND t.actor_kind = 'patient'), false), \
               coalesce(EXISTS (SELECT 1 FROM document x WHERE x.dmp_id = d.id AND x.masked), false) \
             FROM practice_card pc \
             LEFT JOIN dmp d ON d.beneficiary_id = pc.beneficiary_id \
             LEFT JOIN LATERAL (SELECT cs.step, cs.error_since FROM creation_session cs \
               WHERE cs.practice_card_id = pc.id AND cs.expires_at > $2 \
               ORDER BY cs.id DESC LIMIT 1) s ON true \
             WHERE pc.workshop_id = $1 ORDER BY pc.number",
        )
        .bind(id)
        .bind(now)
        .fetch_all(&mut *conn)
        .await?;
        let mut counts = [0i64; STEPS.len()];
        let mut stuck = Vec::new();
        for (number, step, error_for, has_record, signed_in, masked) in &rows {
            let at = step_of(*step, *has_record, *signed_in, *masked);
            counts[at] += 1;
            if let (Some(seconds), false) = (error_for, *has_record) {
                if *seconds >= 120.0 {
                    stuck.push(Stuck {
                        number: *number,
                        step: t(STEPS[at]),
                        minutes: (*seconds / 60.0) as i64,
                    });
                }
            }
        }
        Ok(Some(Room {
            title: format!(
                "{}, {}",
                crate::domain::fmt::date_in(crate::i18n::locale().lang, held_on),
                place
            ),
            cards: rows.len() as i64,
            steps: STEPS.iter().zip(counts).map(|(s, n)| (t(s), n)).collect(),
            stuck,
            opened,
            at,
        }))
    }
}

pub mod pages {
    use super::*;
    use crate::i18n::{t, tr};
    use crate::layout::staff::{StaffNotSignedIn, StaffOtherRole};
    use crate::paths::WORKSHOP_PATH;
    use leptos_meta::Title;
    use leptos_router::hooks::use_params_map;

    #[component]
    pub fn RoomPageView() -> impl IntoView {
        let params = use_params_map();
        let state = Resource::new(
            move || params.with(|p| p.get("id").unwrap_or_default()),
            load_room,
        );
        view! {
            <Title text=t("workshop-room-title")/>
            <section class="container account">
                <h1>{t("workshop-room-title")}</h1>
                <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                    {move || Suspend::new(async move {
                        match state.await {
                            Ok(RoomPage::Ready(room)) => view! {
                                // Without JavaScript the page reloads whole;
                                // with it, the room alone is fetched again.
                                <noscript><meta http-equiv="refresh" content=REFRESH_SECONDS.to_string()/></noscript>
                                <div data-direct=REFRESH_SECONDS.to_string()>
                                    <RoomView room/>
                                </div>
                            }.into_any(),
                            Ok(RoomPage::NotFound) => view! {
                                <div class="notice notice--error" role="alert">
                                    <p>{t("workshop-room-not-found")}</p>
                                    <p><a href=WORKSHOP_PATH>{t("workshop-mine")}</a></p>
                                </div>
                            }.into_any(),
                            Ok(RoomPage::Refused(role)) => view! { <StaffOtherRole reserved=t("workshop-reserved") role/> }.into_any(),
                            Ok(RoomPage::NotSignedIn) => view! { <StaffNotSignedIn reserved=t("workshop-reserved")/> }.into_any(),
                            Err(e) => view! {
                                <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                            }.into_any(),
                        }
                    })}
                </Suspense>
            </section>
        }
    }

    #[component]
    fn RoomView(room: Room) -> impl IntoView {
        let stuck = room.stuck;
        view! {
            <p>{tr("workshop-of", &[("workshop", room.title.into())])}</p>
            <p class="field__hint">
                {tr(
                    "workshop-room-updated",
                    &[("at", room.at.into()), ("seconds", i64::from(REFRESH_SECONDS).into())],
                )}
                " "
                <a href="">{t("workshop-room-refresh")}</a>
            </p>
            {(!stuck.is_empty()).then(|| view! {
                <div class="notice notice--error">
                    <h2>{t("workshop-room-stuck")}</h2>
                    <ul>
                        {stuck.into_iter().map(|s| view! {
                            <li>{tr(
                                "workshop-room-stuck-card",
                                &[
                                    ("number", i64::from(s.number).into()),
                                    ("step", s.step.into()),
                                    ("minutes", s.minutes.into()),
                                ],
                            )}</li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <h2>{t("workshop-room-practice")}</h2>
            {if room.cards == 0 {
                view! { <p>{t("workshop-room-no-cards")}</p> }.into_any()
            } else {
                view! {
                    <table class="figures">
                        <caption>{tr("workshop-room-caption", &[("n", room.cards.into())])}</caption>
                        <thead><tr><th scope="col">{t("workshop-room-col-step")}</th><th scope="col">{t("workshop-room-col-participants")}</th></tr></thead>
                        <tbody>
                            {room.steps.into_iter().map(|(step, n)| view! {
                                <tr><th scope="row">{step}</th><td>{n}</td></tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
            <h2>{t("workshop-room-real")}</h2>
            <p>{tr("workshop-room-opened", &[("n", room.opened.into())])}</p>
            <p><a href=WORKSHOP_PATH>{t("workshop-room-back")}</a></p>
        }
    }
}
