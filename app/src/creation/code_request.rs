//! « Je n'ai pas de code de création »: a new code, sent through the
//! channel the insurer has on file (e-mail, or a postal letter as PDF). The
//! person always gets the same answer, whether or not the identity matched,
//! so the form cannot be used to learn who is in the registry.

use crate::domain::nir::Nir;
use crate::domain::vitale::VitaleSerial;
use crate::forms::fields::{Field, FieldError};
use crate::messages::Msg;
use serde::{Deserialize, Serialize};

/// Fields left out by the browser (no card type ticked) read as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct CodeRequestForm {
    pub nir: String,
    pub serial: String,
}

impl CodeRequestForm {
    /// Every field's error at once, in the order of the form.
    pub fn validate(&self) -> Result<(Nir, VitaleSerial), Vec<FieldError>> {
        let error = |field, e: Msg| FieldError { field, message: e };
        match (Nir::parse(&self.nir), VitaleSerial::parse(&self.serial)) {
            (Ok(nir), Ok(serial)) => Ok((nir, serial)),
            (nir, serial) => Err(nir
                .err()
                .map(|e| error(Field::Nir, e.into()))
                .into_iter()
                .chain(serial.err().map(|e| error(Field::Serial, e.into())))
                .collect()),
        }
    }
}

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use crate::domain::creation_code::CreationCode;
    use crate::domain::fmt::date_in;
    use crate::domain::nir::Nir;
    use crate::domain::vitale::VitaleSerial;
    use crate::outbox::{enqueue, About, Channel, Message};
    use crate::pdf::{render_in, Block};
    use crate::registry::limits::{Attempt, Blocked, Limits};
    use crate::secret::keyed_hash;
    use chrono::{DateTime, Duration, Utc};
    use sqlx::PgPool;

    /// How long a requested code stays valid, and how many may be sent to
    /// one person in a day [I].
    pub const CODE_VALIDITY_DAYS: i64 = 90;
    pub const CODES_PER_DAY: i64 = 3;

    /// What the request got: the person sees `Text::CodeRequested` unless blocked.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Requested {
        /// Counted and queued, whoever the NIR and serial belong to.
        Queued,
        Blocked(Blocked),
    }

    /// What became of a queued request, for tests and statistics.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Outcome {
        Sent(Channel),
        NoMatch,
        /// The identity matched but enough codes went out today.
        DailyLimit,
    }

    #[derive(sqlx::FromRow)]
    struct Person {
        id: i64,
        first_names: String,
        birth_name: String,
        usage_name: Option<String>,
        male: bool,
        address_line: String,
        postal_code: String,
        city: String,
        email: Option<String>,
    }

    /// Counts the request against the NIR and the address, then queues it.
    /// Every request does exactly this work, whether or not the NIR and
    /// serial match someone: neither the answer nor its time tells. The
    /// registry is read later, by [`process_requests`]. On a workshop's
    /// practice card, the card's practice people are looked for instead.
    #[allow(clippy::too_many_arguments)]
    pub async fn request_code(
        pool: &PgPool,
        key: &[u8],
        nir: &Nir,
        serial: &VitaleSerial,
        practice_card: Option<i64>,
        address: &str,
        limits: &Limits,
        now: DateTime<Utc>,
    ) -> Result<Requested, sqlx::Error> {
        let mut tx = pool.begin().await?;
        let attempt = match Attempt::begin(&mut tx, key, nir, address, limits, now).await? {
            Ok(attempt) => attempt,
            Err(blocked) => {
                tx.commit().await?;
                return Ok(Requested::Blocked(blocked));
            }
        };
        // Knowing a NIR and a serial proves little: every request counts.
        attempt.failed(&mut tx).await?;
        sqlx::query(
            "INSERT INTO code_request (nir, serial, requested_at, practice_card_id) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(nir.as_str())
        .bind(serial.as_str())
        .bind(now)
        .bind(practice_card)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Requested::Queued)
    }

    /// Handles the queued requests, oldest first, each in its own
    /// transaction; two servers running this take different rows.
    pub async fn process_requests(pool: &PgPool, key: &[u8]) -> Result<Vec<Outcome>, sqlx::Error> {
        let mut outcomes = Vec::new();
        loop {
            let mut tx = pool.begin().await?;
            let next: Option<(String, String, DateTime<Utc>, Option<i64>)> = sqlx::query_as(
                "DELETE FROM code_request WHERE id = \
                   (SELECT id FROM code_request ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) \
                 RETURNING nir, serial, requested_at, practice_card_id",
            )
            .fetch_optional(&mut *tx)
            .await?;
            let Some((nir, serial, at, card)) = next else {
                return Ok(outcomes);
            };
            outcomes.push(handle(&mut tx, key, &nir, &serial, card, at).await?);
            tx.commit().await?;
        }
    }

    async fn handle(
        tx: &mut sqlx::PgConnection,
        key: &[u8],
        nir: &str,
        serial: &str,
        practice_card: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<Outcome, sqlx::Error> {
        let person: Option<Person> = sqlx::query_as(
            "SELECT b.id, b.first_names, b.birth_name, b.usage_name, b.sex = 'M' AS male, b.address_line, \
                        b.postal_code, b.city, b.email \
                 FROM beneficiary b \
                 JOIN vitale_card_beneficiary cb ON cb.beneficiary_id = b.id \
                 JOIN vitale_card c ON c.id = cb.card_id \
                 WHERE b.nir = $1 AND c.serial = $2 AND c.revoked_at IS NULL \
                   AND b.practice_workshop_id IS NOT DISTINCT FROM \
                     (SELECT workshop_id FROM practice_card WHERE id = $3) \
                 FOR UPDATE OF b",
        )
        .bind(nir)
        .bind(serial)
        .bind(practice_card)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(person) = person else {
            return Ok(Outcome::NoMatch);
        };
        let sent_today: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM creation_code WHERE beneficiary_id = $1 AND issued_at > $2",
        )
        .bind(person.id)
        .bind(now - Duration::days(1))
        .fetch_one(&mut *tx)
        .await?;
        if sent_today >= CODES_PER_DAY {
            return Ok(Outcome::DailyLimit);
        }
        // The codes already out stay valid: a request by someone else must
        // not cancel the code the person holds. Using one ends the others.
        let code = CreationCode::from_indexes(rand::random());
        let expires = now + Duration::days(CODE_VALIDITY_DAYS);
        let channel = if person.email.is_some() {
            Channel::Email
        } else {
            Channel::Letter
        };
        sqlx::query(
            "INSERT INTO creation_code (beneficiary_id, code_hash, issued_at, expires_at, sent_by) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(person.id)
        .bind(keyed_hash(key, code.as_str()).as_slice())
        .bind(now)
        .bind(expires)
        .bind(if channel == Channel::Email { "email" } else { "courrier" })
        .execute(&mut *tx)
        .await?;
        enqueue(tx, &message(&person, &code, expires, channel)).await?;
        Ok(Outcome::Sent(channel))
    }

    pub use crate::registry::spend_code as spend;

    fn message(
        p: &Person,
        code: &CreationCode,
        expires: DateTime<Utc>,
        channel: Channel,
    ) -> Message {
        let lang = crate::i18n::locale().lang;
        let say = |key| crate::i18n::text_in(lang, key, &[]);
        let first_name = p.first_names.split(' ').next().unwrap_or_default();
        let name = p.usage_name.as_deref().unwrap_or(&p.birth_name);
        let civility = crate::outbox::civility(lang, p.male);
        let subject = say("mail-creation-code-subject");
        let text = crate::outbox::mail_text(
            lang,
            &crate::outbox::dear_civility(lang, p.male),
            "mail-creation-code-body",
            &[
                ("code", code.display().into()),
                ("date", date_in(lang, expires.date_naive()).into()),
            ],
        );
        match channel {
            Channel::Letter => {
                let address = format!(
                    "{civility} {first_name} {name}\n{}\n{} {}",
                    p.address_line, p.postal_code, p.city
                );
                let letter = render_in(
                    lang.code(),
                    &subject,
                    &[
                        Block::Paragraph(say("mail-letter-head")),
                        Block::Space(24.0),
                        Block::Paragraph(address.clone()),
                        Block::Space(24.0),
                        Block::Heading(subject.clone()),
                        Block::Field(say("mail-creation-code-field"), code.display()),
                        Block::Paragraph(text),
                    ],
                );
                Message {
                    about: About::Person(p.id),
                    channel,
                    recipient: address,
                    subject,
                    body: say("mail-creation-code-letter-note"),
                    attachment: Some((say("mail-creation-code-letter-file"), letter)),
                    purpose: "creation_code",
                }
            }
            _ => Message {
                about: About::Person(p.id),
                channel,
                recipient: p.email.clone().unwrap_or_default(),
                subject,
                body: text,
                attachment: None,
                purpose: "creation_code",
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_fields_are_checked_at_once() {
        let errors = CodeRequestForm {
            nir: "2690549588157".into(),
            serial: "12".into(),
        }
        .validate()
        .unwrap_err();
        assert_eq!(
            errors.iter().map(|e| e.field.id()).collect::<Vec<_>>(),
            ["nir", "serial"]
        );
        assert!(CodeRequestForm {
            nir: "2 69 05 49 588 157 80".into(),
            serial: "80123456789".into()
        }
        .validate()
        .is_ok());
    }
}
