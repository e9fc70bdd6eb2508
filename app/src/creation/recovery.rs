//! « Identifiant ou mot de passe oublié »: the holder proves who they are
//! exactly as at creation (NIR, Carte Vitale, a creation code, within the
//! same limits on guessing), then receives a new initial password with
//! their login, on screen and in a new document des secrets. The old
//! password stops working, every session ends, and the holder is told on
//! their channels. Nothing is sent with the credentials themselves.

use super::flow::{blocked_notice, Visit};
use super::session;
use super::state::Notice;
use crate::credentials::{hash_password, new_password};
use crate::forms::fields::FieldError;
use crate::messages::Text;
use crate::outbox::{enqueue, About, Channel, Message};
use crate::registry::identify::{self, IdentifyForm, Outcome as Checked};
use crate::services::Services;
use chrono::Duration;
use sqlx::PgPool;

#[derive(Debug, PartialEq, Eq)]
pub enum Recovery {
    /// New credentials ready: the cookie of the session that shows them.
    Done {
        token: String,
    },
    Invalid(Vec<FieldError>),
    Refused(Notice),
}

pub async fn recover(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    form: &IdentifyForm,
) -> Result<Recovery, sqlx::Error> {
    let identity = match form.validate() {
        Ok(i) => i,
        Err(errors) => return Ok(Recovery::Invalid(errors)),
    };
    let (beneficiary_id, code_id) =
        match identify::check(pool, &s.key, &identity, None, &v.address, &s.limits, v.now).await? {
            Checked::NoMatch => return Ok(Recovery::Refused(Notice::NoMatch)),
            Checked::Blocked(b) => return Ok(Recovery::Refused(blocked_notice(b, v.now))),
            Checked::Identified {
                beneficiary_id,
                code_id,
            } => (beneficiary_id, code_id),
        };
    // Record, account, e-mail, mobile, record status.
    type Row = (i64, i64, Option<String>, Option<String>, String);
    let account: Option<Row> = sqlx::query_as(
        "SELECT d.id, a.id, a.email, a.mobile, d.status FROM dmp d \
         JOIN record_account r ON r.dmp_id = d.id JOIN patient_account a ON a.id = r.account_id \
         WHERE d.beneficiary_id = $1 ORDER BY r.role, a.id LIMIT 1",
    )
    .bind(beneficiary_id)
    .fetch_optional(pool)
    .await?;
    let (dmp_id, account_id, email, mobile) = match account {
        Some((dmp_id, account_id, email, mobile, status)) if status == "ACTIVE" => {
            (dmp_id, account_id, email, mobile)
        }
        found => {
            return Ok(Recovery::Invalid(vec![FieldError {
                field: crate::forms::fields::Field::Code,
                message: if found.is_some() {
                    Text::RecoveryClosed
                } else {
                    Text::RecoveryNoDmp
                }
                .into(),
            }]))
        }
    };

    let password = new_password();
    let hash = {
        let p = password.clone();
        tokio::task::spawn_blocking(move || hash_password(&p))
            .await
            .map_err(|e| sqlx::Error::Protocol(format!("password hashing: {e}")))?
    };
    let mut tx = pool.begin().await?;
    // The code serves once: a second submit finds it used and changes nothing.
    let spent = crate::registry::spend_code(&mut tx, code_id, v.now).await?;
    if !spent {
        return Ok(Recovery::Refused(Notice::NoMatch));
    }
    sqlx::query(
        "UPDATE patient_account SET password_hash = $2, must_change_password = true WHERE id = $1",
    )
    .bind(account_id)
    .bind(&hash)
    .execute(&mut *tx)
    .await?;
    crate::session::attempts::reset_account(&mut tx, &s.key, account_id).await?;
    sqlx::query("DELETE FROM patient_session WHERE account_id = $1")
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    let lang = crate::i18n::locale().lang;
    let say = |key| crate::i18n::text_in(lang, key, &[]);
    let text = crate::outbox::mail_text(lang, &say("mail-hello"), "mail-renewed-body", &[]);
    for (channel, recipient) in [(Channel::Email, email), (Channel::Sms, mobile)] {
        if let Some(recipient) = recipient {
            enqueue(
                &mut tx,
                &Message {
                    about: About::Account(account_id),
                    channel,
                    recipient,
                    subject: say("mail-renewed-subject"),
                    body: if channel == Channel::Sms {
                        say("mail-renewed-sms")
                    } else {
                        text.clone()
                    },
                    attachment: None,
                    purpose: "credentials_renewed",
                },
            )
            .await?;
        }
    }
    crate::audit::trace(
        &mut tx,
        dmp_id,
        account_id,
        crate::audit::Action::RenouvellementIdentifiants,
        None,
        v.now,
    )
    .await?;
    let (shown, token) = session::create_renewal(
        &mut tx,
        &s.key,
        super::flow::channel(v),
        beneficiary_id,
        dmp_id,
        v.now,
    )
    .await?;
    use crate::credentials::vault;
    let key = vault::Key::Creation(shown.id);
    vault::put(
        &mut tx,
        key,
        &vault::Opener::of(&s.key, key, &token),
        dmp_id,
        &password,
        v.now + Duration::minutes(session::LIFETIME_MINUTES),
    )
    .await?;
    tx.commit().await?;
    Ok(Recovery::Done { token })
}
