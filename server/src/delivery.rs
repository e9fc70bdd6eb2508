//! Takes messages out of the outbox and hands them to a transport (SMTP for
//! e-mail, the operator's HTTP gateway for SMS). One loop for both: rows
//! are locked while they are sent, so several servers never send one twice;
//! failures are retried later with a growing delay.

use anyhow::Result;
use app::domain::ins::Mode;
use sqlx::PgPool;
use std::future::Future;
use std::time::Duration;

/// Tries before a message is given up (a dead letter): with the delays
/// doubling up to an hour, about nine hours of trying.
pub const MAX_ATTEMPTS: i32 = 12;

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
         WHERE channel = $1 AND sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now() \
           AND practice_card_id IS NULL \
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
                mark_sent(&mut tx, id, mode).await?;
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
                    "UPDATE outbox SET attempts = attempts + 1, last_error = $2, \
                     next_attempt_at = now() + least(power(2, attempts), 60) * INTERVAL '1 minute', \
                     failed_at = CASE WHEN attempts + 1 >= $3 THEN now() END \
                     WHERE id = $1",
                )
                .bind(id)
                .bind(kind)
                .bind(MAX_ATTEMPTS)
                .execute(&mut *tx)
                .await?;
            }
        }
    }
    tx.commit().await?;
    Ok(sent)
}

/// Marks a message sent (delivered, or handed to the print shop). Once it
/// has left, production keeps no copy of what was said.
pub async fn mark_sent(
    conn: &mut sqlx::PgConnection,
    id: i64,
    mode: Mode,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE outbox SET sent_at = now(), attempts = attempts + 1, \
         body = CASE WHEN $2 THEN '' ELSE body END, \
         attachment = CASE WHEN $2 THEN NULL ELSE attachment END, \
         attachment_name = CASE WHEN $2 THEN NULL ELSE attachment_name END \
         WHERE id = $1",
    )
    .bind(id)
    .bind(mode == Mode::Production)
    .execute(&mut *conn)
    .await?;
    Ok(())
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

/// A message given up, as an operator sees it: no recipient, no content.
#[derive(Debug, PartialEq, Eq)]
pub struct Failed {
    pub id: i64,
    pub channel: String,
    pub purpose: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub failed_at: chrono::DateTime<chrono::Utc>,
    pub attempts: i32,
    pub last_error: Option<String>,
}

/// The dead letters, oldest first.
pub async fn failed(pool: &PgPool) -> Result<Vec<Failed>> {
    #[allow(clippy::type_complexity)]
    let rows: Vec<(
        i64,
        String,
        String,
        chrono::DateTime<chrono::Utc>,
        chrono::DateTime<chrono::Utc>,
        i32,
        Option<String>,
    )> = sqlx::query_as(
        "SELECT id, channel, purpose, created_at, failed_at, attempts, last_error FROM outbox \
         WHERE failed_at IS NOT NULL AND sent_at IS NULL ORDER BY id",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, channel, purpose, created_at, failed_at, attempts, last_error)| Failed {
                id,
                channel,
                purpose,
                created_at,
                failed_at,
                attempts,
                last_error,
            },
        )
        .collect())
}

/// Puts a dead letter back in the queue, with its tries counted afresh;
/// `false` when there is no such dead letter.
pub async fn retry(pool: &PgPool, id: i64) -> Result<bool> {
    Ok(sqlx::query(
        "UPDATE outbox SET failed_at = NULL, attempts = 0, next_attempt_at = now() \
         WHERE id = $1 AND failed_at IS NOT NULL AND sent_at IS NULL",
    )
    .bind(id)
    .execute(pool)
    .await?
    .rows_affected()
        == 1)
}
