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

/// Whom a message is about, so that a practice person's messages (issue
/// 16) stay in the portal, on their practice card's page, and never leave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum About {
    /// A person of the registry (before their record exists).
    Person(i64),
    Record(i64),
    Account(i64),
    /// Staff: never a practice person.
    Staff,
}

#[derive(Clone, Debug)]
pub struct Message {
    pub about: About,
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
    let (person, record, account) = match message.about {
        About::Person(id) => (Some(id), None, None),
        About::Record(id) => (None, Some(id), None),
        About::Account(id) => (None, None, Some(id)),
        About::Staff => (None, None, None),
    };
    sqlx::query_scalar(
        "INSERT INTO outbox (channel, recipient, subject, body, attachment_name, attachment, purpose, \
         practice_card_id) VALUES ($1, $2, $3, $4, $5, $6, $7, \
         (SELECT pc.id FROM practice_card pc WHERE pc.beneficiary_id = coalesce($8, \
            (SELECT d.beneficiary_id FROM dmp d WHERE d.id = coalesce($9, \
               (SELECT a.dmp_id FROM patient_account a WHERE a.id = $10)))))) RETURNING id",
    )
    .bind(message.channel.code())
    .bind(&message.recipient)
    .bind(&message.subject)
    .bind(&message.body)
    .bind(name)
    .bind(bytes)
    .bind(message.purpose)
    .bind(person)
    .bind(record)
    .bind(account)
    .fetch_one(conn)
    .await
}
