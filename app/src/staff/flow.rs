//! Signing in as staff, on the server: login and password (counted and
//! locked as for patients, in a space of their own), then the one-time
//! code sent to the account's e-mail. Independent of HTTP: the server
//! functions wrap it, the integration tests call it.

use crate::forms::fields::{Field, FieldError};
use crate::messages::Text;
use crate::outbox::{enqueue, About, Channel, Message};
use crate::services::Services;
use crate::session::attempts;
use crate::session::patient::{Cookie, Outcome, Visit};
use crate::session::staff::{self, StaffSession, Stage};
use chrono::Duration;
use sqlx::{PgConnection, PgPool};

/// [I] As for patients: a code's life, wrong tries, codes per sign-in.
pub const CODE_MINUTES: i64 = 10;
pub const CODE_TRIES: i16 = 3;
pub const CODES_PER_SIGN_IN: i16 = 5;

pub use crate::paths::{STAFF_CODE_PATH, STAFF_HOME_PATH, STAFF_SIGN_IN_PATH};

/// The live staff session behind the cookie, at any stage.
pub async fn current(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
) -> Result<Option<StaffSession>, sqlx::Error> {
    let Some(token) = &v.token else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await?;
    staff::find(&mut conn, &s.key, token, v.now).await
}

/// Step 1: identifiant and mot de passe; the code leaves at once.
pub async fn sign_in(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    login: &str,
    password: &str,
) -> Result<Outcome, sqlx::Error> {
    let login = login.trim().to_lowercase();
    let mut errors = Vec::new();
    if login.is_empty() {
        errors.push(FieldError {
            field: Field::Login,
            message: Text::StaffEnterLogin.into(),
        });
    }
    if password.is_empty() {
        errors.push(FieldError {
            field: Field::Password,
            message: Text::EnterPassword.into(),
        });
    }
    if !errors.is_empty() {
        return Ok(Outcome {
            result: Err(errors),
            cookie: Cookie::Keep,
        });
    }
    // Counted apart from the patients' logins.
    let counted = format!("personnel:{login}");
    let lookup =
        "SELECT id, password_hash FROM staff_account WHERE login = $1 AND disabled_at IS NULL";
    let checked =
        attempts::check_password(pool, &s.key, &counted, lookup, &login, password, v.now).await?;
    let Some(account_id) = checked else {
        return Ok(Outcome::error(Field::Login, Text::WrongCredentials));
    };
    let previous = current(pool, s, v).await?;
    let mut tx = pool.begin().await?;
    attempts::succeeded(&mut tx, &s.key, &counted).await?;
    if let Some(old) = previous {
        staff::close(&mut tx, old.id).await?;
    }
    let (session_id, token) = staff::open(&mut tx, &s.key, account_id, v.now).await?;
    send(&mut tx, s, session_id, account_id, v).await?;
    tx.commit().await?;
    Ok(Outcome::next(STAFF_CODE_PATH, Cookie::Set(token)))
}

/// « Recevoir un nouveau code »: the previous one dies.
pub async fn resend_code(pool: &PgPool, s: &Services, v: &Visit) -> Result<Outcome, sqlx::Error> {
    let Some(session) = current(pool, s, v).await? else {
        return Ok(Outcome::not_signed_in());
    };
    if session.stage != Stage::Code {
        return Ok(Outcome::next(STAFF_HOME_PATH, Cookie::Keep));
    }
    let mut tx = pool.begin().await?;
    let sent: i16 =
        sqlx::query_scalar("SELECT codes_sent FROM staff_session WHERE id = $1 FOR UPDATE")
            .bind(session.id)
            .fetch_one(&mut *tx)
            .await?;
    if sent >= CODES_PER_SIGN_IN {
        return Ok(Outcome::error(Field::OneTimeCode, Text::TooManyCodes));
    }
    send(&mut tx, s, session.id, session.account_id, v).await?;
    tx.commit().await?;
    Ok(Outcome::next(STAFF_CODE_PATH, Cookie::Keep))
}

async fn send(
    tx: &mut PgConnection,
    s: &Services,
    session_id: i64,
    account_id: i64,
    v: &Visit,
) -> Result<(), sqlx::Error> {
    let code = crate::otp::new_code();
    sqlx::query(
        "UPDATE staff_session SET code_hash = $2, code_expires_at = $3, code_wrong = 0, \
         codes_sent = codes_sent + 1 WHERE id = $1",
    )
    .bind(session_id)
    .bind(crate::otp::hash(&s.key, crate::otp::STAFF_SIGN_IN, session_id, &code).as_slice())
    .bind(v.now + Duration::minutes(CODE_MINUTES))
    .execute(&mut *tx)
    .await?;
    let lang = crate::i18n::locale().lang;
    let email: String = sqlx::query_scalar("SELECT email FROM staff_account WHERE id = $1")
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
    enqueue(
        tx,
        &Message {
            about: About::Staff,
            channel: Channel::Email,
            recipient: email,
            subject: crate::i18n::text_in(lang, "mail-staff-code-subject", &[]),
            body: crate::outbox::mail_text(
                lang,
                &crate::i18n::text_in(lang, "mail-hello", &[]),
                "mail-staff-code-body",
                &[
                    ("code", code.as_str().into()),
                    ("minutes", CODE_MINUTES.into()),
                ],
            ),
            attachment: None,
            purpose: "staff_sign_in_code",
        },
    )
    .await?;
    Ok(())
}

/// Step 2: the one-time code; the session opens under a new token.
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
        return Ok(Outcome::next(STAFF_HOME_PATH, Cookie::Keep));
    }
    let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Outcome::error(Field::OneTimeCode, Text::CodeSixDigits));
    }
    let mut tx = pool.begin().await?;
    // Locked: two codes typed at once count as two tries.
    let (hash, expires_at, wrong): (Option<Vec<u8>>, Option<chrono::DateTime<chrono::Utc>>, i16) =
        sqlx::query_as(
            "SELECT code_hash, code_expires_at, code_wrong FROM staff_session WHERE id = $1 FOR UPDATE",
        )
        .bind(session.id)
        .fetch_one(&mut *tx)
        .await?;
    let (Some(hash), Some(expires_at)) = (hash, expires_at) else {
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
    if !crate::otp::matches(&s.key, crate::otp::STAFF_SIGN_IN, session.id, &typed, &hash) {
        let wrong = wrong + 1;
        sqlx::query(
            "UPDATE staff_session SET code_wrong = $2, \
             code_hash = CASE WHEN $2 >= $3 THEN NULL ELSE code_hash END WHERE id = $1",
        )
        .bind(session.id)
        .bind(wrong)
        .bind(CODE_TRIES)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        return Ok(Outcome::error(
            Field::OneTimeCode,
            crate::otp::wrong_code(wrong, CODE_TRIES),
        ));
    }
    let token = staff::advance(&mut tx, &s.key, session.id, Stage::Open).await?;
    staff::trace(&mut tx, session.account_id, "connexion", None, v.now).await?;
    tx.commit().await?;
    Ok(Outcome::next(STAFF_HOME_PATH, Cookie::Set(token)))
}

/// « Se déconnecter ».
pub async fn sign_out(pool: &PgPool, s: &Services, v: &Visit) -> Result<Outcome, sqlx::Error> {
    if let Some(session) = current(pool, s, v).await? {
        let mut tx = pool.begin().await?;
        staff::close(&mut tx, session.id).await?;
        if session.stage == Stage::Open {
            staff::trace(&mut tx, session.account_id, "deconnexion", None, v.now).await?;
        }
        tx.commit().await?;
    }
    Ok(Outcome::next(STAFF_SIGN_IN_PATH, Cookie::Clear))
}
