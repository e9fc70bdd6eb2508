//! Signing in, on the server: login and password, then a one-time code sent
//! to a channel the patient chooses, then (first time) a new password. Each
//! function is independent of HTTP: the server functions wrap them, the
//! integration tests call them.

use super::attempts;
use super::password::{self, NewPasswordForm, MIN_SCORE};
use super::session::{self, PatientSession, Stage};
use super::state::*;
use crate::audit::trace;
use crate::credentials::hash_password;
use crate::forms::fields::{Field, FieldError};
use crate::messages::Text;
use crate::outbox::{enqueue, About, Channel, Message};
use crate::services::Services;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgPool;

pub use super::attempts::{FAILURES_BEFORE_LOCK, LOCK_MINUTES};
/// [I] A one-time code: its life, wrong tries before it dies, codes per sign-in.
pub const CODE_MINUTES: i64 = 10;
pub const CODE_TRIES: i16 = 3;
pub const CODES_PER_SIGN_IN: i64 = 5;

pub use crate::session::patient::{current, Cookie, Outcome, Visit};

pub use crate::credentials::{check_password, decoy_hash};

/// Step 1: identifiant and mot de passe.
pub async fn sign_in(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    login: &str,
    password: &str,
) -> Result<Outcome, sqlx::Error> {
    let login = login.trim().to_lowercase();
    if login.is_empty() || password.is_empty() {
        let mut errors = Vec::new();
        if login.is_empty() {
            errors.push(FieldError {
                field: Field::Login,
                message: Text::EnterLogin.into(),
            });
        }
        if password.is_empty() {
            errors.push(FieldError {
                field: Field::Password,
                message: Text::EnterPassword.into(),
            });
        }
        return Ok(Outcome {
            result: Err(errors),
            cookie: Cookie::Keep,
        });
    }
    // Counted first, whatever the login; the same hashing in every case.
    let lookup = "SELECT id, password_hash FROM patient_account WHERE login = $1";
    let checked =
        attempts::check_password(pool, &s.key, &login, lookup, &login, password, v.now).await?;
    let Some(account_id) = checked else {
        return Ok(Outcome::error(Field::Login, Text::WrongCredentials));
    };
    // 3. The right password: a session at the code stage.
    let previous = current(pool, s, v).await?;
    let mut tx = pool.begin().await?;
    attempts::succeeded(&mut tx, &s.key, &login).await?;
    // Said only to whoever knows the password.
    // A representative's account may hold no DMP of its own.
    let closed: bool = sqlx::query_scalar(
        "SELECT coalesce((SELECT d.status = 'CLOSED' FROM dmp d \
         JOIN patient_account a ON a.dmp_id = d.id WHERE a.id = $1), false)",
    )
    .bind(account_id)
    .fetch_one(&mut *tx)
    .await?;
    if closed {
        tx.commit().await?;
        return Ok(Outcome::error(Field::Login, Text::ClosedSignIn));
    }
    // A representative's account whose every link has ended (the holder
    // came of age, or the link was removed) opens nothing.
    let own: Option<i64> = sqlx::query_scalar("SELECT dmp_id FROM patient_account WHERE id = $1")
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
    if own.is_none()
        && session::represented(&mut tx, account_id, v.now)
            .await?
            .is_empty()
    {
        tx.commit().await?;
        return Ok(Outcome::error(Field::Login, Text::RepresentationEnded));
    }
    // A session from before (another tab, a lost code) is replaced.
    if let Some(old) = previous {
        session::close(&mut tx, old.id).await?;
    }
    let token = session::open(&mut tx, &s.key, account_id, Stage::Code, v.kiosk, v.now).await?;
    tx.commit().await?;
    Ok(Outcome::next(CODE_PATH, Cookie::Set(token)))
}

fn code_hash(key: &[u8], session_id: i64, code: &str) -> [u8; 32] {
    crate::otp::hash(key, crate::otp::SIGN_IN, session_id, code)
}

/// Sends a new one-time code to the chosen channel (`email` or `sms`).
pub async fn send_code(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    channel: &str,
) -> Result<Outcome, sqlx::Error> {
    let Some(session) = current(pool, s, v).await? else {
        return Ok(Outcome::not_signed_in());
    };
    if session.stage != Stage::Code {
        return Ok(Outcome::next(after(session.stage), Cookie::Keep));
    }
    let mut tx = pool.begin().await?;
    let (email, mobile): (Option<String>, Option<String>) =
        sqlx::query_as("SELECT email, mobile FROM patient_account WHERE id = $1")
            .bind(session.account_id)
            .fetch_one(&mut *tx)
            .await?;
    let (channel, recipient) = match (channel, email, mobile) {
        ("email", Some(e), _) => (Channel::Email, e),
        ("sms", _, Some(m)) => (Channel::Sms, m),
        _ => return Ok(Outcome::error(Field::OneTimeCode, Text::ChooseCodeChannel)),
    };
    let sent: i64 = sqlx::query_scalar("SELECT count(*) FROM sign_in_code WHERE session_id = $1")
        .bind(session.id)
        .fetch_one(&mut *tx)
        .await?;
    if sent >= CODES_PER_SIGN_IN {
        return Ok(Outcome::error(Field::OneTimeCode, Text::TooManyCodes));
    }
    let code = crate::otp::new_code();
    // One live code at a time.
    sqlx::query("UPDATE sign_in_code SET revoked = true WHERE session_id = $1 AND used_at IS NULL")
        .bind(session.id)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO sign_in_code (session_id, channel, code_hash, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(session.id)
    .bind(if channel == Channel::Email {
        "email"
    } else {
        "sms"
    })
    .bind(code_hash(&s.key, session.id, &code).as_slice())
    .bind(v.now)
    .bind(v.now + Duration::minutes(CODE_MINUTES))
    .execute(&mut *tx)
    .await?;
    enqueue(
        &mut tx,
        &code_message(session.account_id, channel, recipient, &code),
    )
    .await?;
    tx.commit().await?;
    Ok(Outcome::next(CODE_PATH, Cookie::Keep))
}

fn code_message(account_id: i64, channel: Channel, recipient: String, code: &str) -> Message {
    use crate::i18n::{text_in, Arg};
    let lang = crate::i18n::locale().lang;
    let args: [(&str, Arg); 2] = [("code", code.into()), ("minutes", CODE_MINUTES.into())];
    let body = match channel {
        Channel::Sms => text_in(lang, "mail-code-sms", &args),
        _ => crate::outbox::mail_text(
            lang,
            &text_in(lang, "mail-hello", &[]),
            "mail-code-body",
            &args,
        ),
    };
    Message {
        about: About::Account(account_id),
        channel,
        recipient,
        subject: text_in(lang, "mail-code-subject", &[]),
        body,
        attachment: None,
        purpose: "sign_in_code",
    }
}

fn after(stage: Stage) -> &'static str {
    match stage {
        Stage::Code => CODE_PATH,
        Stage::NewPassword => NEW_PASSWORD_PATH,
        Stage::Open => RECORD_PATH,
    }
}

/// Step 2: the one-time code.
pub async fn verify_code(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    typed: &str,
) -> Result<Outcome, sqlx::Error> {
    let Some(session) = current(pool, s, v).await? else {
        return Ok(Outcome::not_signed_in());
    };
    if session.stage != Stage::Code {
        return Ok(Outcome::next(after(session.stage), Cookie::Keep));
    }
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Outcome::error(Field::OneTimeCode, Text::CodeSixDigits));
    }
    let mut tx = pool.begin().await?;
    let live: Option<(i64, Vec<u8>, DateTime<Utc>, i16)> = sqlx::query_as(
        "SELECT id, code_hash, expires_at, wrong_attempts FROM sign_in_code \
         WHERE session_id = $1 AND used_at IS NULL AND NOT revoked \
         ORDER BY created_at DESC LIMIT 1 FOR UPDATE",
    )
    .bind(session.id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((code_id, hash, expires_at, wrong)) = live else {
        return Ok(Outcome::error(Field::OneTimeCode, Text::CodeNoLongerValid));
    };
    if expires_at <= v.now {
        return Ok(Outcome::error(
            Field::OneTimeCode,
            Text::CodeExpired {
                minutes: CODE_MINUTES,
            },
        ));
    }
    let right = crate::otp::matches(&s.key, crate::otp::SIGN_IN, session.id, &typed, &hash);
    if !right {
        let wrong = wrong + 1;
        sqlx::query("UPDATE sign_in_code SET wrong_attempts = $2, revoked = $3 WHERE id = $1")
            .bind(code_id)
            .bind(wrong)
            .bind(wrong >= CODE_TRIES)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        return Ok(Outcome::error(
            Field::OneTimeCode,
            crate::otp::wrong_code(wrong, CODE_TRIES),
        ));
    }
    sqlx::query("UPDATE sign_in_code SET used_at = $2 WHERE id = $1")
        .bind(code_id)
        .bind(v.now)
        .execute(&mut *tx)
        .await?;
    // What is sent to this account from now on speaks its pages' language.
    sqlx::query("UPDATE patient_account SET lang = $2 WHERE id = $1")
        .bind(session.account_id)
        .bind(crate::i18n::locale().lang.code())
        .execute(&mut *tx)
        .await?;
    let must_change: bool =
        sqlx::query_scalar("SELECT must_change_password FROM patient_account WHERE id = $1")
            .bind(session.account_id)
            .fetch_one(&mut *tx)
            .await?;
    // Signed in: no copy of an initial password is needed any more.
    crate::credentials::vault::forget_for_account(&mut tx, session.account_id).await?;
    let stage = if must_change {
        Stage::NewPassword
    } else {
        Stage::Open
    };
    let token = session::advance(&mut tx, &s.key, &session, stage).await?;
    if stage == Stage::Open {
        trace(
            &mut tx,
            session.dmp_id,
            session.account_id,
            crate::audit::Action::Connexion,
            None,
            v.now,
        )
        .await?;
    }
    let next = match stage {
        Stage::Open => landing(&mut tx, &session, v.now).await?,
        other => after(other),
    };
    tx.commit().await?;
    Ok(Outcome::next(next, Cookie::Set(token)))
}

/// Where an opened session goes first: the record, or the choice between
/// the records the account reads (its own, a child's…).
async fn landing(
    conn: &mut sqlx::PgConnection,
    session: &PatientSession,
    now: DateTime<Utc>,
) -> Result<&'static str, sqlx::Error> {
    Ok(
        if session::records(conn, session.account_id, now).await?.len() > 1 {
            CHOOSE_PATH
        } else {
            RECORD_PATH
        },
    )
}

/// The login and the holder's names, which a new password must avoid.
async fn personal_words(pool: &PgPool, account_id: i64) -> Result<Vec<String>, sqlx::Error> {
    type Names = (String, Option<String>, Option<String>, Option<String>);
    let (login, birth_name, usage_name, first_names): Names = sqlx::query_as(
        "SELECT a.login, b.birth_name, b.usage_name, b.first_names FROM patient_account a \
         LEFT JOIN dmp d ON d.id = a.dmp_id LEFT JOIN beneficiary b ON b.id = d.beneficiary_id \
         WHERE a.id = $1",
    )
    .bind(account_id)
    .fetch_one(pool)
    .await?;
    let mut words = vec![login];
    for name in [birth_name, usage_name, first_names].into_iter().flatten() {
        words.extend(name.split([' ', '-', '\'']).map(str::to_string));
    }
    Ok(words)
}

/// The meter's reading (0–4), for the holder of a session choosing a
/// password only: the function is no public oracle.
pub async fn strength(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    typed: &str,
) -> Result<Option<u8>, sqlx::Error> {
    let Some(session) = current(pool, s, v).await? else {
        return Ok(None);
    };
    if session.stage != Stage::NewPassword {
        return Ok(None);
    }
    let words = personal_words(pool, session.account_id).await?;
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    Ok(Some(password::score(typed, &refs)))
}

/// Step 3, first sign-in only: the patient's own password replaces the
/// initial one, which stops working.
pub async fn change_password(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    form: &NewPasswordForm,
) -> Result<Outcome, sqlx::Error> {
    let Some(session) = current(pool, s, v).await? else {
        return Ok(Outcome::not_signed_in());
    };
    if session.stage != Stage::NewPassword {
        return Ok(Outcome::next(after(session.stage), Cookie::Keep));
    }
    let words = personal_words(pool, session.account_id).await?;
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let mut errors = form.check_rules(&refs);
    if errors.is_empty() && password::score(&form.password, &refs) < MIN_SCORE {
        errors.push(FieldError {
            field: Field::Password,
            message: Text::PasswordTooGuessable.into(),
        });
    }
    if !errors.is_empty() {
        return Ok(Outcome {
            result: Err(errors),
            cookie: Cookie::Keep,
        });
    }
    let hash = {
        let p = form.password.clone();
        tokio::task::spawn_blocking(move || hash_password(&p))
            .await
            .map_err(|e| sqlx::Error::Protocol(format!("password hashing: {e}")))?
    };
    let mut tx = pool.begin().await?;
    sqlx::query(
        "UPDATE patient_account SET password_hash = $2, must_change_password = false, \
         password_changed_at = $3 WHERE id = $1",
    )
    .bind(session.account_id)
    .bind(&hash)
    .bind(v.now)
    .execute(&mut *tx)
    .await?;
    let token = session::advance(&mut tx, &s.key, &session, Stage::Open).await?;
    trace(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::MotDePassePersonnalise,
        None,
        v.now,
    )
    .await?;
    crate::notify::notify(
        &mut tx,
        session.dmp_id,
        crate::notify::Event::Account,
        "notify-password",
        &[],
    )
    .await?;
    trace(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::Connexion,
        None,
        v.now,
    )
    .await?;
    let next = landing(&mut tx, &session, v.now).await?;
    tx.commit().await?;
    Ok(Outcome::next(next, Cookie::Set(token)))
}

pub use crate::session::patient::sign_out;

use crate::domain::contact::{mask_email, mask_mobile};

/// What the sign-in pages show.
pub async fn state(pool: &PgPool, s: &Services, v: &Visit) -> Result<SignInState, sqlx::Error> {
    let mut state = SignInState {
        kiosk: v.kiosk,
        demo: s.mode == crate::domain::ins::Mode::Demo,
        ..SignInState::default()
    };
    let Some(session) = current(pool, s, v).await? else {
        return Ok(state);
    };
    state.stage = Some(session.stage.code().to_string());
    if session.stage == Stage::Code {
        let (email, mobile): (Option<String>, Option<String>) =
            sqlx::query_as("SELECT email, mobile FROM patient_account WHERE id = $1")
                .bind(session.account_id)
                .fetch_one(pool)
                .await?;
        if let Some(e) = email {
            state.channels.push(ChannelChoice {
                code: "email".into(),
                label: crate::i18n::tr("account-by-email", &[("to", mask_email(&e).into())]),
            });
        }
        if let Some(m) = mobile {
            state.channels.push(ChannelChoice {
                code: "sms".into(),
                label: crate::i18n::tr("account-by-sms", &[("to", mask_mobile(&m).into())]),
            });
        }
        let sent: Option<String> = sqlx::query_scalar(
            "SELECT channel FROM sign_in_code WHERE session_id = $1 AND used_at IS NULL AND NOT revoked \
             AND expires_at > $2 ORDER BY created_at DESC LIMIT 1",
        )
        .bind(session.id)
        .bind(v.now)
        .fetch_optional(pool)
        .await?;
        state.sent_to = sent.and_then(|c| {
            state
                .channels
                .iter()
                .find(|choice| choice.code == c)
                .map(|choice| choice.label.clone())
        });
    }
    Ok(state)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn channels_are_masked() {
        assert_eq!(mask_email("claire.dubois@exemple.fr"), "c•••@exemple.fr");
        assert_eq!(mask_mobile("+33612345678"), "06 •• •• •• 78");
    }
}
