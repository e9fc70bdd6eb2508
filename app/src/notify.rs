//! Telling the holder (and a minor's legal representatives) what happened
//! to their record: listed in the portal, and sent by e-mail and SMS
//! through the outbox, in the same transaction as what it announces.

use serde::{Deserialize, Serialize};

/// What the holder may be told of (domain.md §4.8).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Event {
    /// The record opened or reopened: always sent.
    Creation,
    FirstAccess,
    NewDocument,
    /// Bris de glace or Centre 15: always sent, cannot be turned off.
    Emergency,
    /// Password or contact channel changed.
    Account,
    Closure,
    /// A legal representative added or removed: always sent.
    Representation,
}

impl Event {
    /// The events the holder chooses channels for: (event, code, key of
    /// its label in the catalogue).
    pub const CHOOSABLE: [(Event, &'static str, &'static str); 4] = [
        (
            Event::FirstAccess,
            "first_access",
            "controls-event-first-access",
        ),
        (
            Event::NewDocument,
            "new_document",
            "controls-event-new-document",
        ),
        (Event::Account, "account", "controls-event-account"),
        (Event::Closure, "closure", "controls-event-closure"),
    ];

    pub fn code(self) -> Option<&'static str> {
        Self::CHOOSABLE
            .iter()
            .find(|(e, _, _)| *e == self)
            .map(|(_, c, _)| *c)
    }

    /// The outbox's `purpose` of its messages.
    pub fn purpose(self) -> &'static str {
        match self {
            Event::Creation => "record_opened",
            Event::FirstAccess => "first_access",
            Event::NewDocument => "new_document",
            Event::Emergency => "emergency_access",
            Event::Account => "account_changed",
            Event::Closure => "closure",
            Event::Representation => "representation_changed",
        }
    }
}

/// Tells the holder (and a minor's legal representatives): listed in the
/// portal, and sent on each channel on file that this reader did not turn
/// off for this event. `key` names the message in `mail.ftl`
/// (`{key}-subject`, `{key}-body`, `{key}-sms`), written for each reader
/// in the language of their account.
#[cfg(feature = "ssr")]
pub async fn notify(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    event: Event,
    key: &str,
    args: &[(&str, crate::i18n::Arg)],
) -> Result<(), sqlx::Error> {
    notify_as(conn, dmp_id, false, event, key, args).await
}

/// A notice's subject, e-mail and SMS in one language.
#[cfg(feature = "ssr")]
fn words(
    lang: crate::i18n::Lang,
    key: &str,
    args: &[(&str, crate::i18n::Arg)],
) -> (String, String, String) {
    use crate::i18n::text_in;
    (
        text_in(lang, &format!("{key}-subject"), args),
        crate::outbox::mail_text(
            lang,
            &text_in(lang, "mail-hello", &[]),
            &format!("{key}-body"),
            args,
        ),
        text_in(lang, &format!("{key}-sms"), args),
    )
}

/// The same, for what a professional did in *connexion secrète*
/// (`secret`): only the holder's own account hears of it, never a legal
/// representative (domain.md §4.8: `MinorSecretModeUsed` is internal).
#[cfg(feature = "ssr")]
pub async fn notify_as(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    secret: bool,
    event: Event,
    key: &str,
    args: &[(&str, crate::i18n::Arg)],
) -> Result<(), sqlx::Error> {
    use crate::i18n::Lang;
    use crate::outbox::{enqueue, About, Channel, Message};
    type Row = (
        Option<String>,
        Option<String>,
        Option<bool>,
        Option<bool>,
        String,
        bool,
    );
    // The holder's account, and the accounts of the legal representatives
    // who read the record today (a minor's record may have no account of
    // its own).
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT a.email, a.mobile, p.email, p.sms, a.lang, a.dmp_id IS NOT DISTINCT FROM $1 \
         FROM patient_account a \
         LEFT JOIN notification_preference p ON p.dmp_id = $1 AND p.account_id = a.id AND p.event = $2 \
         WHERE a.dmp_id = $1 OR (NOT $3 AND a.id IN (SELECT account_id FROM legal_representative \
           WHERE dmp_id = $1 AND ended_at IS NULL)) ORDER BY a.id",
    )
    .bind(dmp_id)
    .bind(event.code().unwrap_or(""))
    .bind(secret)
    .fetch_all(&mut *conn)
    .await?;
    let lang_of = |code: &str| Lang::from_code(code).unwrap_or(Lang::Fr);
    for (email, mobile, by_email, by_sms, lang, _) in &rows {
        let (subject, body, sms) = words(lang_of(lang), key, args);
        for (channel, recipient, text, wanted) in [
            (Channel::Email, email, body, by_email),
            (Channel::Sms, mobile, sms, by_sms),
        ] {
            // No setting, or an event that cannot be turned off: sent.
            let wanted = event.code().is_none() || wanted.unwrap_or(true);
            if let (Some(recipient), true) = (recipient, wanted) {
                enqueue(
                    &mut *conn,
                    &Message {
                        about: About::Record(dmp_id),
                        channel,
                        recipient: recipient.clone(),
                        subject: subject.clone(),
                        body: text,
                        attachment: None,
                        purpose: event.purpose(),
                    },
                )
                .await?;
            }
        }
    }
    // Listed in the portal in the holder's language (else the first
    // reader's, else French).
    let lang = rows
        .iter()
        .find(|r| r.5)
        .or(rows.first())
        .map_or(Lang::Fr, |r| lang_of(&r.4));
    let (subject, body, _) = words(lang, key, args);
    sqlx::query(
        "INSERT INTO patient_notification (dmp_id, at, subject, body, secret) SELECT $1, now(), $2, $3, $4",
    )
    .bind(dmp_id)
    .bind(subject)
    .bind(body)
    .bind(secret)
    .execute(conn)
    .await?;
    Ok(())
}
