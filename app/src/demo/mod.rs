//! The demo outbox: in demo mode, every e-mail, SMS and postal letter the
//! portal sent, so a workshop can follow the whole journey without a real
//! mailbox or phone. The page does not exist in production mode.

use crate::error::PortalError;
use crate::i18n::{t, tr};
use leptos::prelude::*;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

pub use crate::paths::OUTBOX_PATH;

/// The attachment of a message, e.g. a letter as PDF.
pub fn attachment_path(id: i64) -> String {
    format!("{OUTBOX_PATH}/{id}/piece-jointe")
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    pub id: i64,
    pub channel: String,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// « 22/11/2026 à 18:04 (UTC) ».
    pub at: String,
    pub attachment: Option<String>,
}

/// `None` outside demo mode.
#[server(endpoint = "demo/messages")]
pub async fn demo_outbox() -> Result<Option<Vec<Sent>>, PortalError> {
    use crate::domain::ins::Mode;
    use crate::services::Services;
    use chrono::{DateTime, Utc};
    let services = use_context::<Services>().ok_or_else(|| crate::http::fault("no services"))?;
    if services.mode != Mode::Demo {
        if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
            res.set_status(axum::http::StatusCode::NOT_FOUND);
        }
        return Ok(None);
    }
    let pool = use_context::<sqlx::PgPool>().ok_or_else(|| crate::http::fault("no database"))?;
    #[allow(clippy::type_complexity)]
    let rows: Vec<(
        i64,
        String,
        String,
        String,
        String,
        DateTime<Utc>,
        Option<String>,
    )> = sqlx::query_as(
        "SELECT id, channel, recipient, subject, body, created_at, attachment_name \
             FROM outbox WHERE practice_card_id IS NULL ORDER BY id DESC LIMIT 50",
    )
    .fetch_all(&pool)
    .await
    .map_err(crate::http::unavailable)?;
    Ok(Some(
        rows.into_iter()
            .map(
                |(id, channel, recipient, subject, body, at, attachment)| Sent {
                    id,
                    channel: t(match channel.as_str() {
                        "email" => "workshop-outbox-channel-email",
                        "sms" => "workshop-outbox-channel-sms",
                        _ => "workshop-outbox-channel-letter",
                    }),
                    recipient,
                    subject,
                    body,
                    at: tr(
                        "workshop-outbox-at",
                        &[
                            ("date", at.format("%d/%m/%Y").to_string().into()),
                            ("time", at.format("%H:%M").to_string().into()),
                        ],
                    ),
                    attachment,
                },
            )
            .collect(),
    ))
}

#[component]
pub fn OutboxPage() -> impl IntoView {
    let sent = Resource::new(|| (), |_| demo_outbox());
    view! {
        <Title text=t("workshop-outbox-title")/>
        <section class="container">
            <h1>{t("workshop-outbox-heading")}</h1>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match sent.await {
                        Ok(Some(list)) => view! { <Outbox list/> }.into_any(),
                        Ok(None) => view! {
                            <p>{t("workshop-outbox-demo-only")}</p>
                        }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.to_string()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Outbox(list: Vec<Sent>) -> impl IntoView {
    let empty = list.is_empty();
    view! {
        <div class="notice">
            <p>{t("workshop-outbox-intro")}</p>
        </div>
        {empty.then(|| view! { <p>{t("workshop-outbox-none")}</p> })}
        <ol class="outbox">
            {list.into_iter().map(|m| view! {
                <li class="outbox__message">
                    <h2 class="outbox__subject">{m.subject}</h2>
                    <p class="outbox__meta">
                        {format!("{} · {} · ", m.channel, m.at)}
                        <span class="outbox__recipient">{m.recipient}</span>
                    </p>
                    <pre class="outbox__body">{m.body}</pre>
                    {m.attachment.map(|name| view! {
                        <p><a href=attachment_path(m.id) download=name.clone()>{tr("workshop-outbox-attachment", &[("name", name.as_str().into())])}</a></p>
                    })}
                </li>
            }).collect_view()}
        </ol>
    }
}
