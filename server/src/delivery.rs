//! Takes messages out of the outbox and hands them to a transport (SMTP for
//! e-mail, the operator's HTTP gateway for SMS). One loop for both: rows
//! are locked while they are sent, so several servers never send one twice;
//! failures are retried later with a growing delay.

use anyhow::Result;
use app::domain::ins::Mode;
use sqlx::PgPool;
use std::future::Future;
use std::time::Duration;

/// A message due for delivery.
pub struct Due {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub attachment: Option<(String, Vec<u8>)>,
}

pub trait Transport {
    /// The outbox channel it delivers (`email`, `sms`).
    const CHANNEL: &'static str;
    /// What a failure was, for logs that must not quote the recipient.
    fn send(&self, message: &Due) -> impl Future<Output = Result<(), &'static str>> + Send;
}

/// Delivers what is due on the transport's channel; returns how many went out.
pub async fn deliver_pending<T: Transport + Sync>(
    pool: &PgPool,
    mode: Mode,
    transport: &T,
) -> Result<usize> {
    let mut tx = pool.begin().await?;
    #[allow(clippy::type_complexity)]
    let due: Vec<(i64, String, String, String, Option<String>, Option<Vec<u8>>)> = sqlx::query_as(
        "SELECT id, recipient, subject, body, attachment_name, attachment FROM outbox \
         WHERE channel = $1 AND sent_at IS NULL AND next_attempt_at <= now() \
         ORDER BY id LIMIT 20 FOR UPDATE SKIP LOCKED",
    )
    .bind(T::CHANNEL)
    .fetch_all(&mut *tx)
    .await?;
    let mut sent = 0;
    for (id, recipient, subject, body, name, attachment) in due {
        let message = Due {
            id,
            recipient,
            subject,
            body,
            attachment: name.zip(attachment),
        };
        match transport.send(&message).await {
            Ok(()) => {
                // Once delivered, production keeps no copy of what was said.
                let purge = mode == Mode::Production;
                sqlx::query(
                    "UPDATE outbox SET sent_at = now(), attempts = attempts + 1, \
                     body = CASE WHEN $2 THEN '' ELSE body END, \
                     attachment = CASE WHEN $2 THEN NULL ELSE attachment END, \
                     attachment_name = CASE WHEN $2 THEN NULL ELSE attachment_name END \
                     WHERE id = $1",
                )
                .bind(id)
                .bind(purge)
                .execute(&mut *tx)
                .await?;
                sent += 1;
            }
            Err(kind) => {
                tracing::warn!(
                    outbox_id = id,
                    channel = T::CHANNEL,
                    error_kind = kind,
                    "message not delivered, will retry"
                );
                sqlx::query(
                    "UPDATE outbox SET attempts = attempts + 1, \
                     next_attempt_at = now() + least(power(2, attempts), 60) * INTERVAL '1 minute' \
                     WHERE id = $1",
                )
                .bind(id)
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(sent)
}

/// Delivers every few seconds until `shutdown` resolves.
pub async fn run<T: Transport + Sync>(
    transport: T,
    mode: Mode,
    pool: PgPool,
    shutdown: impl Future<Output = ()>,
) {
    tokio::pin!(shutdown);
    loop {
        if let Err(e) = deliver_pending(&pool, mode, &transport).await {
            tracing::warn!(channel = T::CHANNEL, error = %e, "outbox: delivery round failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(5)) => {}
            _ = &mut shutdown => return,
        }
    }
}
