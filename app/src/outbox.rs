//! Messages to people (e-mail, SMS, postal letter), queued in the database
//! inside the caller's transaction: a message goes out only if what it
//! announces was committed, and a retried request never sends it twice
//! unless the caller enqueues twice.

use sqlx::PgConnection;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
    Letter,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Letter => "courrier",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Message {
    pub channel: Channel,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// A PDF and its file name.
    pub attachment: Option<(String, Vec<u8>)>,
    pub purpose: &'static str,
}

/// Queues a message; returns its id.
pub async fn enqueue(conn: &mut PgConnection, message: &Message) -> Result<i64, sqlx::Error> {
    let (name, bytes) = match &message.attachment {
        Some((name, bytes)) => (Some(name.as_str()), Some(bytes.as_slice())),
        None => (None, None),
    };
    sqlx::query_scalar(
        "INSERT INTO outbox (channel, recipient, subject, body, attachment_name, attachment, purpose) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(message.channel.code())
    .bind(&message.recipient)
    .bind(&message.subject)
    .bind(&message.body)
    .bind(name)
    .bind(bytes)
    .bind(message.purpose)
    .fetch_one(conn)
    .await
}
