//! The account's contacts as stored, and a change confirmed by its code.

use super::*;
use crate::notify::Event;
use crate::outbox::{enqueue, About, Channel, Message};
use crate::session::patient::PatientSession;
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

pub async fn contacts(
    conn: &mut PgConnection,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<Contacts, sqlx::Error> {
    let (email, mobile): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT email, mobile FROM patient_account WHERE id = $1")
            .bind(account_id)
            .fetch_one(&mut *conn)
            .await?;
    let pending: Option<(String, String)> = sqlx::query_as(
        "SELECT channel, new_value FROM contact_change WHERE account_id = $1 AND expires_at > $2",
    )
    .bind(account_id)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(Contacts {
        email,
        mobile,
        pending,
    })
}

fn code_hash(key: &[u8], account_id: i64, code: &str) -> [u8; 32] {
    crate::otp::hash(key, crate::otp::CONTACT_CHANGE, account_id, code)
}

pub enum Requested {
    Sent,
    TooMany,
}

/// Sends a code to the new address or number, replacing a change in
/// progress.
pub async fn request(
    pool: &PgPool,
    key: &[u8],
    session: &PatientSession,
    channel: &str,
    value: &str,
    now: DateTime<Utc>,
) -> Result<Requested, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let today = now.date_naive();
    let sent: Option<i16> = sqlx::query_scalar(
        "SELECT CASE WHEN sent_day = $2 THEN sent_today ELSE 0::smallint END FROM contact_change WHERE account_id = $1 FOR UPDATE",
    )
    .bind(session.account_id)
    .bind(today)
    .fetch_optional(&mut *tx)
    .await?;
    let sent = sent.unwrap_or(0);
    if sent >= CODES_PER_DAY {
        return Ok(Requested::TooMany);
    }
    let code = crate::otp::new_code();
    sqlx::query(
        "INSERT INTO contact_change (account_id, channel, new_value, code_hash, created_at, expires_at, \
         wrong_attempts, sent_today, sent_day) VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8) \
         ON CONFLICT (account_id) DO UPDATE SET channel = $2, new_value = $3, code_hash = $4, created_at = $5, \
         expires_at = $6, wrong_attempts = 0, sent_today = $7, sent_day = $8",
    )
    .bind(session.account_id)
    .bind(channel)
    .bind(value)
    .bind(code_hash(key, session.account_id, &code).as_slice())
    .bind(now)
    .bind(now + chrono::Duration::minutes(CODE_MINUTES))
    .bind(sent + 1)
    .bind(today)
    .execute(&mut *tx)
    .await?;
    let lang = crate::i18n::locale().lang;
    let args: [(&str, crate::i18n::Arg); 2] = [
        ("code", code.as_str().into()),
        ("minutes", CODE_MINUTES.into()),
    ];
    let (channel, body) = if channel == "sms" {
        (
            Channel::Sms,
            crate::i18n::text_in(lang, "mail-contact-code-sms", &args),
        )
    } else {
        (
            Channel::Email,
            crate::outbox::mail_text(
                lang,
                &crate::i18n::text_in(lang, "mail-hello", &[]),
                "mail-contact-code-body",
                &args,
            ),
        )
    };
    enqueue(
        &mut tx,
        &Message {
            about: About::Account(session.account_id),
            channel,
            recipient: value.to_string(),
            subject: crate::i18n::text_in(lang, "mail-contact-code-subject", &[]),
            body,
            attachment: None,
            purpose: "contact_change_code",
        },
    )
    .await?;
    crate::audit::trace_detail(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::DemandeChangementContact,
        None,
        Some(if channel == Channel::Sms {
            "numéro de mobile"
        } else {
            "adresse e-mail"
        }),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Requested::Sent)
}

#[derive(Debug, PartialEq, Eq)]
pub enum Confirmed {
    Changed,
    WrongCode {
        left: i16,
    },
    /// Expired, cancelled after too many tries, or none asked.
    NoChange,
}

pub async fn confirm(
    pool: &PgPool,
    key: &[u8],
    session: &PatientSession,
    typed: &str,
    now: DateTime<Utc>,
) -> Result<Confirmed, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let row: Option<(String, String, Vec<u8>, i16)> = sqlx::query_as(
        "SELECT channel, new_value, code_hash, wrong_attempts FROM contact_change \
         WHERE account_id = $1 AND expires_at > $2 FOR UPDATE",
    )
    .bind(session.account_id)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((channel, value, hash, wrong)) = row else {
        return Ok(Confirmed::NoChange);
    };
    if !crate::otp::matches(
        key,
        crate::otp::CONTACT_CHANGE,
        session.account_id,
        typed,
        &hash,
    ) {
        let wrong = wrong + 1;
        if wrong >= CODE_TRIES {
            // Spent: the change must be asked again (the day's count stays).
            sqlx::query("UPDATE contact_change SET expires_at = $2 WHERE account_id = $1")
                .bind(session.account_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query("UPDATE contact_change SET wrong_attempts = $2 WHERE account_id = $1")
                .bind(session.account_id)
                .bind(wrong)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        return Ok(if wrong >= CODE_TRIES {
            Confirmed::NoChange
        } else {
            Confirmed::WrongCode {
                left: CODE_TRIES - wrong,
            }
        });
    }
    let column = if channel == "sms" { "mobile" } else { "email" };
    let old: Option<String> = sqlx::query_scalar(&format!(
        "SELECT {column} FROM patient_account WHERE id = $1"
    ))
    .bind(session.account_id)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query(&format!(
        "UPDATE patient_account SET {column} = $2 WHERE id = $1"
    ))
    .bind(session.account_id)
    .bind(&value)
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE contact_change SET expires_at = $2 WHERE account_id = $1")
        .bind(session.account_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    let what = if channel == "sms" {
        "numéro de mobile"
    } else {
        "adresse e-mail"
    };
    crate::audit::trace_detail(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ChangementContact,
        None,
        Some(what),
        now,
    )
    .await?;
    let lang = crate::i18n::locale().lang;
    let (subject, body, sms) = (
        crate::i18n::text_in(lang, "notify-contact-subject", &[]),
        crate::outbox::mail_text(
            lang,
            &crate::i18n::text_in(lang, "mail-hello", &[]),
            "notify-contact-body",
            &[("channel", channel.as_str().into())],
        ),
        crate::i18n::text_in(lang, "notify-contact-sms", &[]),
    );
    // The former one is told too: it is the one a thief would not have.
    if let Some(old) = old.filter(|o| *o != value) {
        enqueue(
            &mut tx,
            &Message {
                about: About::Account(session.account_id),
                channel: if channel == "sms" {
                    Channel::Sms
                } else {
                    Channel::Email
                },
                recipient: old,
                subject,
                body: if channel == "sms" { sms } else { body },
                attachment: None,
                purpose: Event::Account.purpose(),
            },
        )
        .await?;
    }
    crate::notify::notify(
        &mut tx,
        session.dmp_id,
        Event::Account,
        "notify-contact",
        &[("channel", channel.as_str().into())],
    )
    .await?;
    tx.commit().await?;
    Ok(Confirmed::Changed)
}

pub async fn cancel(
    pool: &PgPool,
    session: &PatientSession,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE contact_change SET expires_at = $2 WHERE account_id = $1 AND expires_at > $2",
    )
    .bind(session.account_id)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}
