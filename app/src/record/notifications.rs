//! « Mes notifications »: what the portal told the holder (first access by
//! a professional, new documents, emergency accesses…), newest first.

use super::RecordNav;
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

pub const PATH: &str = "/mon-dmp/notifications";

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub at: String,
    pub subject: String,
    pub body: String,
}

/// `None` when nobody is signed in.
#[server(endpoint = "dmp/notifications")]
pub async fn load_notifications() -> Result<Option<Vec<Notification>>, ServerFnError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT to_char(at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY \"à\" HH24:MI'), subject, body \
         FROM patient_notification WHERE dmp_id = $1 ORDER BY at DESC, id DESC LIMIT 100",
    )
    .bind(session.dmp_id)
    .fetch_all(&mut *conn)
    .await
    .map_err(unavailable)?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        "consultation_notifications",
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(
        rows.into_iter()
            .map(|(at, subject, body)| Notification { at, subject, body })
            .collect(),
    ))
}

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_notifications());
    view! {
        <Title text="Mes notifications – Mon DMP"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Mes notifications"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(list)) if list.is_empty() => view! {
                            <p>"Aucune notification pour l'instant."</p>
                        }.into_any(),
                        Ok(Some(list)) => view! {
                            <ol class="notifications">
                                {list.into_iter().map(|n| view! {
                                    <li class="card">
                                        <h2>{n.subject}</h2>
                                        <p class="notifications__date">{format!("Le {}", n.at)}</p>
                                        <p class="multiline">{n.body}</p>
                                    </li>
                                }).collect_view()}
                            </ol>
                        }.into_any(),
                        Ok(None) => view! { <super::documents::SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.to_string()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
