//! Majority (domain.md §4.6): on the 18th birthday the representatives'
//! access ends (checked at each request, `account::session::represented`),
//! and the young adult is invited to take their record over with step 1
//! and a fresh creation code. The invitations go out from `server serve`'s
//! housekeeping, each record once, whichever instance gets it.

use crate::domain::creation_code::CreationCode;
use crate::outbox::{enqueue, About, Channel, Message};
use crate::pdf::{render, Block};
use crate::registry::AGE_OF_MAJORITY;
use crate::secret::keyed_hash;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgPool;

/// [I] How long the invitation's creation code serves.
pub const CODE_VALIDITY_DAYS: i64 = 90;

/// Invites every holder who came of age and has no account of their own
/// yet; tells the representatives, without details, that their access
/// ended. Returns how many were invited.
pub async fn invite_due(pool: &PgPool, key: &[u8], now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    let mut invited = 0;
    loop {
        let mut tx = pool.begin().await?;
        type Due = (
            i64,
            i64,
            String,
            String,
            Option<String>,
            bool,
            String,
            String,
            String,
            Option<String>,
        );
        let due: Option<Due> = sqlx::query_as(concat!(
            "SELECT d.id, b.id, b.first_names, b.birth_name, b.usage_name, b.sex = 'M', \
                    b.address_line, b.postal_code, b.city, b.email \
             FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
             WHERE d.status = 'ACTIVE' AND d.majority_invited_at IS NULL \
               AND NOT EXISTS (SELECT 1 FROM patient_account a WHERE a.dmp_id = d.id) \
               AND EXISTS (SELECT 1 FROM legal_representative r WHERE r.dmp_id = d.id) \
               AND NOT EXISTS (SELECT 1 FROM legal_representative r WHERE r.dmp_id = d.id \
                 AND r.guardianship AND r.ended_at IS NULL) AND NOT ",
            crate::registry::under_age!("b.birth_date", "$1", "$2"),
            " ORDER BY d.id LIMIT 1 FOR UPDATE OF d SKIP LOCKED"
        ))
        .bind(now)
        .bind(AGE_OF_MAJORITY as i32)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((
            dmp_id,
            beneficiary_id,
            first_names,
            birth_name,
            usage_name,
            male,
            address_line,
            postal_code,
            city,
            email,
        )) = due
        else {
            return Ok(invited);
        };
        let code = CreationCode::from_indexes(rand::random());
        let expires = now + Duration::days(CODE_VALIDITY_DAYS);
        let channel = if email.is_some() {
            Channel::Email
        } else {
            Channel::Letter
        };
        sqlx::query(
            "INSERT INTO creation_code (beneficiary_id, code_hash, issued_at, expires_at, sent_by) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(beneficiary_id)
        .bind(keyed_hash(key, code.as_str()).as_slice())
        .bind(now)
        .bind(expires)
        .bind(if channel == Channel::Email { "email" } else { "courrier" })
        .execute(&mut *tx)
        .await?;
        // The registry knows no language: French, as the insurer writes.
        let lang = crate::i18n::Lang::Fr;
        let say = |key| crate::i18n::text_in(lang, key, &[]);
        let civility = crate::outbox::civility(lang, male);
        let first_name = first_names.split(' ').next().unwrap_or_default();
        let name = usage_name.as_deref().unwrap_or(&birth_name);
        let subject = say("mail-majority-subject");
        let text = crate::outbox::mail_text(
            lang,
            &crate::outbox::dear_civility(lang, male),
            "mail-majority-body",
            &[
                ("code", code.display().into()),
                (
                    "date",
                    crate::domain::fmt::date_in(lang, expires.date_naive()).into(),
                ),
            ],
        );
        let message = match (channel, email) {
            (Channel::Email, Some(email)) => Message {
                about: About::Record(dmp_id),
                channel,
                recipient: email,
                subject,
                body: text,
                attachment: None,
                purpose: "majority_invitation",
            },
            _ => {
                let address =
                    format!("{civility} {first_name} {name}\n{address_line}\n{postal_code} {city}");
                let letter = render(
                    &subject,
                    &[
                        Block::Paragraph(say("mail-letter-head")),
                        Block::Space(24.0),
                        Block::Paragraph(address.clone()),
                        Block::Space(24.0),
                        Block::Heading(subject.clone()),
                        Block::Field(say("mail-majority-field"), code.display()),
                        Block::Paragraph(text),
                    ],
                );
                Message {
                    about: About::Record(dmp_id),
                    channel: Channel::Letter,
                    recipient: address,
                    subject,
                    body: say("mail-majority-letter-note"),
                    attachment: Some((say("mail-majority-letter-file"), letter)),
                    purpose: "majority_invitation",
                }
            }
        };
        enqueue(&mut tx, &message).await?;
        // The representatives learn that their access ended, nothing more.
        let contacts: Vec<(Option<String>, Option<String>, String)> = sqlx::query_as(
            "SELECT a.email, a.mobile, a.lang FROM legal_representative r \
             JOIN patient_account a ON a.id = r.account_id WHERE r.dmp_id = $1",
        )
        .bind(dmp_id)
        .fetch_all(&mut *tx)
        .await?;
        for (email, mobile, lang) in contacts {
            let lang = crate::i18n::Lang::from_code(&lang).unwrap_or(crate::i18n::Lang::Fr);
            let say = |key| crate::i18n::text_in(lang, key, &[]);
            let note =
                crate::outbox::mail_text(lang, &say("mail-hello"), "mail-majority-ended-body", &[]);
            for (channel, recipient, body) in [
                (Channel::Email, email, note),
                (Channel::Sms, mobile, say("mail-majority-ended-sms")),
            ] {
                if let Some(recipient) = recipient {
                    enqueue(
                        &mut tx,
                        &Message {
                            about: About::Record(dmp_id),
                            channel,
                            recipient,
                            subject: say("mail-access-ended-subject"),
                            body,
                            attachment: None,
                            purpose: "representation_ended",
                        },
                    )
                    .await?;
                }
            }
        }
        sqlx::query("UPDATE dmp SET majority_invited_at = $2 WHERE id = $1")
            .bind(dmp_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO access_trace (dmp_id, at, actor_kind, action) \
             VALUES ($1, $2, 'assurance_maladie', 'invitation_majorite')",
        )
        .bind(dmp_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        invited += 1;
    }
}
