//! « Mes notifications »: what the portal told the holder (first access by
//! a professional, new documents, emergency accesses…), newest first.

use super::RecordNav;
use crate::error::PortalError;
use crate::i18n::{t, tr};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

pub use crate::paths::NOTIFICATIONS_PATH as PATH;

pub use crate::notify::Event;
#[cfg(feature = "ssr")]
pub use crate::notify::{notify, notify_as};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub at: String,
    pub subject: String,
    pub body: String,
}

/// `None` when nobody is signed in.
#[server(endpoint = "dmp/notifications")]
pub async fn load_notifications() -> Result<Option<Vec<Notification>>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT to_char(at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY \"à\" HH24:MI'), subject, body \
         FROM patient_notification WHERE dmp_id = $1 AND (NOT secret OR $2) \
         ORDER BY at DESC, id DESC LIMIT 100",
    )
    .bind(session.dmp_id)
    .bind(session.role == crate::session::patient::Role::Holder)
    .fetch_all(&mut *conn)
    .await
    .map_err(unavailable)?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationNotifications,
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
        <Title text=t("record-notifications-title")/>
        <section class="container record">
            <RecordNav/>
            <h1>{t("record-notifications-title")}</h1>
            <p><leptos_router::components::A href=super::notification_settings::PATH>{t("record-notifications-settings")}</leptos_router::components::A></p>
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(list)) if list.is_empty() => view! {
                            <p>{t("record-notifications-none")}</p>
                        }.into_any(),
                        Ok(Some(list)) => view! {
                            <ol class="notifications">
                                {list.into_iter().map(|n| view! {
                                    <li class="card">
                                        <h2>{n.subject}</h2>
                                        <p class="notifications__date">{tr("record-notification-date", &[("at", n.at.into())])}</p>
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
