//! The creation flow on the server, one function per action, independent of
//! HTTP: the server functions wrap them, the integration tests call them.
//! Every action reads the creation session from its cookie token, and
//! answers with a [`Reply`] plus what to do with the cookie.

use super::code_request::{self, CodeRequestForm};
use super::create::{self, Outcome as Created};
use super::identify::{self, IdentifyForm, Outcome as Checked};
use super::informations::InformationsForm;
use super::limits::Blocked;
use super::secrets_pdf::{document_des_secrets, french_date, Secrets};
use super::session::{self, Channel, Draft, Session};
use super::state::*;
use super::terms;
use crate::credentials::vault;
use crate::domain::nir::Nir;
use crate::registry::{beneficiary, is_minor};
use crate::services::Services;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use sqlx::PgPool;

/// Who is asking: the cookie's token, the client address (for limits), the
/// device kind, and the time (a parameter so tests can move it).
pub use crate::session::{Cookie, Visit};

/// Where the creation is made from, recorded with the DMP.
pub(crate) fn channel(v: &Visit) -> Channel {
    if v.kiosk {
        Channel::Kiosk
    } else {
        Channel::Web
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub reply: Reply,
    pub cookie: Cookie,
}

impl Answer {
    fn new(reply: Reply) -> Self {
        Answer {
            reply,
            cookie: Cookie::Keep,
        }
    }

    fn expired() -> Self {
        Answer {
            reply: Reply::Notice(Notice::Expired),
            cookie: Cookie::Clear,
        }
    }

    /// The page a form-post without JavaScript is sent back to.
    pub fn page(&self, form_page: &str) -> String {
        match &self.reply {
            Reply::Next(path) => path.clone(),
            _ => form_page.to_string(),
        }
    }
}

async fn live(pool: &PgPool, s: &Services, v: &Visit) -> Result<Option<Session>, sqlx::Error> {
    match &v.token {
        Some(token) => {
            let mut conn = pool.acquire().await?;
            session::find(&mut conn, &s.key, token, v.now, false).await
        }
        None => Ok(None),
    }
}

/// The session behind the cookie, or a new one (with its cookie to set).
async fn live_or_new(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
) -> Result<(Session, Cookie), sqlx::Error> {
    if let Some(session) = live(pool, s, v).await? {
        return Ok((session, Cookie::Keep));
    }
    let mut conn = pool.acquire().await?;
    // A practice card in hand: the workshop's fictitious people only.
    let practice = crate::session::practice::card(&mut conn, &s.key, v.practice.as_deref()).await?;
    // A device used for a workshop opens DMPs for it while it is held.
    let workshop =
        crate::session::workshop::device(&mut conn, &s.key, v.workshop.as_deref(), v.now).await?;
    let channel = match (practice, workshop) {
        (Some(card), _) => Channel::Practice(card.id),
        (None, Some(id)) => Channel::Workshop(id),
        (None, None) => channel(v),
    };
    let (session, token) = session::create(&mut conn, &s.key, channel, v.now).await?;
    Ok((session, Cookie::Set(token)))
}

pub(crate) fn blocked_notice(b: Blocked, now: DateTime<Utc>) -> Notice {
    match b {
        Blocked::Nir { .. } => Notice::LockedNir {
            minutes: b.minutes_left(now),
        },
        Blocked::Address => Notice::LockedAddress,
    }
}

/// Step 1, « Je m'identifie ».
pub async fn identify(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    form: IdentifyForm,
) -> Result<Answer, sqlx::Error> {
    let (session, cookie) = live_or_new(pool, s, v).await?;
    let answer = |reply| Answer {
        reply,
        cookie: cookie.clone(),
    };
    if session.step == 3 {
        return Ok(answer(Reply::Next(STEP3_PATH.into())));
    }
    let mut conn = pool.acquire().await?;
    // A session's first identification attempt starts the funnel (a
    // session may have been opened earlier by a code request).
    if session.step == 1 && session.draft.identify.is_none() {
        session::count(&mut conn, v.now, session.channel.code(), "", "etape1").await?;
    }
    // What was typed is kept to draw the form again, except the code: it
    // is stored nowhere in clear.
    let typed = IdentifyForm {
        code: String::new(),
        ..form.clone()
    };
    let keep = |errors, notice| Draft {
        identify: Some(typed.clone()),
        errors,
        notice,
        ..Draft::default()
    };
    let identity = match form.validate() {
        Ok(identity) => identity,
        Err(errors) => {
            session::save_draft(&mut conn, &session, &keep(errors.clone(), None), v.now).await?;
            return Ok(answer(Reply::Invalid(errors)));
        }
    };
    // The check takes its own connection: never two at once.
    drop(conn);
    let checked = identify::check(
        pool,
        &s.key,
        &identity,
        session.channel.practice_card(),
        &v.address,
        &s.limits,
        v.now,
    )
    .await?;
    let mut conn = pool.acquire().await?;
    let notice = match checked {
        Checked::NoMatch => Notice::NoMatch,
        Checked::Blocked(b) => blocked_notice(b, v.now),
        Checked::Identified {
            beneficiary_id,
            code_id,
        } => {
            let status: Option<String> =
                sqlx::query_scalar("SELECT status FROM dmp WHERE beneficiary_id = $1")
                    .bind(beneficiary_id)
                    .fetch_optional(&mut *conn)
                    .await?;
            let takeover = status.as_deref() == Some("ACTIVE")
                && create::awaits_its_holder(&mut conn, beneficiary_id, v.now).await?;
            if status.as_deref() == Some("CLOSED") {
                Notice::ClosedDmp
            } else if status.is_some() && !takeover {
                Notice::AlreadyHasDmp
            } else {
                // A new record, or one opened when its holder was a minor,
                // now theirs to take over (same steps 2 and 3).
                let department: String =
                    sqlx::query_scalar("SELECT caisse_code FROM beneficiary WHERE id = $1")
                        .bind(beneficiary_id)
                        .fetch_one(&mut *conn)
                        .await?;
                session::identified(&mut conn, &session, beneficiary_id, code_id, v.now).await?;
                session::count(
                    &mut conn,
                    v.now,
                    session.channel.code(),
                    &department,
                    "etape2",
                )
                .await?;
                return Ok(answer(Reply::Next(STEP2_PATH.into())));
            }
        }
    };
    session::save_draft(
        &mut conn,
        &session,
        &keep(Vec::new(), Some(notice.clone())),
        v.now,
    )
    .await?;
    Ok(answer(Reply::Notice(notice)))
}

/// « Je n'ai pas de code de création ».
pub async fn request_code(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    form: CodeRequestForm,
) -> Result<Answer, sqlx::Error> {
    let (session, cookie) = live_or_new(pool, s, v).await?;
    let (errors, notice) = match form.validate() {
        Err(errors) => (errors, None),
        Ok((nir, serial)) => {
            let outcome = code_request::request_code(
                pool,
                &s.key,
                &nir,
                &serial,
                session.channel.practice_card(),
                &v.address,
                &s.limits,
                v.now,
            )
            .await?;
            let notice = match outcome {
                code_request::Requested::Blocked(b) => blocked_notice(b, v.now),
                // Same answer whether or not someone matched.
                code_request::Requested::Queued => Notice::CodeRequested,
            };
            (Vec::new(), Some(notice))
        }
    };
    let mut conn = pool.acquire().await?;
    let draft = Draft {
        // Once answered, the fields are emptied: nothing left to resend.
        code_request: (!errors.is_empty()).then(|| form.clone()),
        errors: errors.clone(),
        notice: notice.clone(),
        ..session.draft.clone()
    };
    session::save_draft(&mut conn, &session, &draft, v.now).await?;
    let reply = match notice {
        Some(n) => Reply::Notice(n),
        None => Reply::Invalid(errors),
    };
    Ok(Answer { reply, cookie })
}

/// Step 2, « Je saisis mes informations personnelles », and on Valider the
/// creation itself.
pub async fn informations(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    form: InformationsForm,
) -> Result<Answer, sqlx::Error> {
    let Some(session) = live(pool, s, v).await? else {
        return Ok(Answer::expired());
    };
    match (session.step, session.beneficiary_id, session.code_id) {
        (3, _, _) => return Ok(Answer::new(Reply::Next(STEP3_PATH.into()))),
        (2, Some(_), Some(_)) => {}
        _ => return Ok(Answer::new(Reply::Next(STEP1_PATH.into()))),
    }
    let mut conn = pool.acquire().await?;
    let Some(person) = beneficiary(&mut conn, session.beneficiary_id.unwrap_or_default()).await?
    else {
        return Ok(Answer::expired());
    };
    let informations = match form.validate(is_minor(person.birth_date, v.now.date_naive())) {
        Ok(i) => i,
        Err(errors) => {
            let draft = Draft {
                informations: Some(form),
                errors: errors.clone(),
                ..Draft::default()
            };
            session::save_draft(&mut conn, &session, &draft, v.now).await?;
            return Ok(Answer::new(Reply::Invalid(errors)));
        }
    };
    drop(conn);

    // Hashing is slow on purpose: done before any lock is taken.
    let password = crate::credentials::new_password();
    let hash = {
        let p = password.clone();
        tokio::task::spawn_blocking(move || crate::credentials::hash_password(&p))
            .await
            .map_err(|e| sqlx::Error::Protocol(format!("password hashing: {e}")))?
    };

    let mut tx = pool.begin().await?;
    // Lock the session: a double submit waits here, then sees step 3.
    let token = v.token.as_deref().unwrap_or_default();
    let Some(session) = session::find(&mut tx, &s.key, token, v.now, true).await? else {
        return Ok(Answer::expired());
    };
    if session.step == 3 {
        return Ok(Answer::new(Reply::Next(STEP3_PATH.into())));
    }
    if session.beneficiary_id != Some(person.id) {
        // Identified again as someone else meanwhile (another tab): the
        // form answered was about the first person; show the page again.
        return Ok(Answer::new(Reply::Next(STEP2_PATH.into())));
    }
    let outcome = create::create(
        &mut tx,
        &create::Request {
            beneficiary: &person,
            code_id: Some(session.code_id.unwrap_or_default()),
            informations: &informations,
            password_hash: &hash,
            channel: session.channel.code(),
            actor: create::Actor::Person,
            workshop_id: session.channel.workshop(),
            mode: s.mode,
            terms_version: terms::VERSION,
            now: v.now,
        },
    )
    .await?;
    match outcome {
        Created::Created { dmp_id, taken_over } => {
            session::created(&mut tx, &session, dmp_id, v.now).await?;
            // Step 3 reached is a DMP created; a takeover at majority is not.
            let event = if taken_over {
                "reprise_majorite"
            } else {
                "etape3"
            };
            session::count(
                &mut tx,
                v.now,
                session.channel.code(),
                &person.caisse,
                event,
            )
            .await?;
            let key = vault::Key::Creation(session.id);
            vault::put(
                &mut tx,
                key,
                &vault::Opener::of(&s.key, key, token),
                dmp_id,
                &password,
                v.now + Duration::minutes(session::LIFETIME_MINUTES),
            )
            .await?;
            tx.commit().await?;
            Ok(Answer::new(Reply::Next(STEP3_PATH.into())))
        }
        Created::AlreadyHasDmp => {
            tx.rollback().await?;
            let mut conn = pool.acquire().await?;
            let draft = Draft {
                notice: Some(Notice::AlreadyHasDmp),
                ..Draft::default()
            };
            session::save_draft(&mut conn, &session, &draft, v.now).await?;
            Ok(Answer::new(Reply::Notice(Notice::AlreadyHasDmp)))
        }
        Created::CodeUnusable => {
            // Nothing was written but the session's end.
            session::delete(&mut tx, &session).await?;
            tx.commit().await?;
            Ok(Answer::expired())
        }
    }
}

/// Abandonner (steps 1–2), Terminer (step 3), or a kiosk's idle wipe:
/// everything typed is discarded and the initial password forgotten.
pub async fn end(pool: &PgPool, s: &Services, v: &Visit) -> Result<Answer, sqlx::Error> {
    let answer = Answer {
        reply: Reply::Next(STEP1_PATH.into()),
        cookie: Cookie::Clear,
    };
    let Some(session) = live(pool, s, v).await? else {
        return Ok(answer);
    };
    let mut tx = pool.begin().await?;
    session::delete(&mut tx, &session).await?;
    if session.step < 3 {
        let event = if session.step == 1 {
            "abandon_etape1"
        } else {
            "abandon_etape2"
        };
        session::count(&mut tx, v.now, session.channel.code(), "", event).await?;
    }
    vault::remove(&mut tx, vault::Key::Creation(session.id)).await?;
    tx.commit().await?;
    Ok(answer)
}

/// What the creation pages show.
pub async fn state(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
) -> Result<(CreationState, Cookie), sqlx::Error> {
    let mut state = CreationState {
        kiosk: v.kiosk,
        kiosk_delays: (s.kiosk_idle_seconds, s.kiosk_warning_seconds),
        demo: s.mode == crate::domain::ins::Mode::Demo,
        ..CreationState::default()
    };
    let Some(session) = live(pool, s, v).await? else {
        if v.token.is_some() {
            state.notice = Some(Notice::Expired);
            return Ok((state, Cookie::Clear));
        }
        return Ok((state, Cookie::Keep));
    };
    let draft = session.draft.clone();
    state.step = session.step as u8;
    state.identify = draft.identify.unwrap_or_default();
    state.informations = draft.informations;
    state.code_request = draft.code_request.unwrap_or_default();
    state.errors = draft.errors;
    state.notice = draft.notice;
    let mut conn = pool.acquire().await?;
    if let Some(id) = session.beneficiary_id {
        if let Some(b) = beneficiary(&mut conn, id).await? {
            state.person = Some(Person {
                birth_name: b.birth_name.clone(),
                usage_name: b.usage_name.clone(),
                first_names: b.first_names.clone(),
                birth_date: french_date(b.birth_date),
                minor: is_minor(b.birth_date, v.now.date_naive()),
            });
        }
    }
    if let Some(dmp_id) = session.dmp_id {
        state.credentials = credentials(&mut conn, s, v, &session, dmp_id).await?;
    }
    Ok((state, Cookie::Keep))
}

async fn credentials(
    conn: &mut sqlx::PgConnection,
    s: &Services,
    v: &Visit,
    session: &Session,
    dmp_id: i64,
) -> Result<Option<Credentials>, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let row: Option<(
        i64,
        String,
        Option<String>,
        DateTime<Utc>,
        String,
        Option<String>,
    )> = sqlx::query_as(
        "SELECT d.beneficiary_id, d.ins_value, d.insc, d.created_at, a.login, a.email \
             FROM dmp d JOIN record_account r ON r.dmp_id = d.id \
             JOIN patient_account a ON a.id = r.account_id WHERE d.id = $1 \
             ORDER BY r.role, a.id LIMIT 1",
    )
    .bind(dmp_id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((beneficiary_id, ins, insc, created_at, login, email)) = row else {
        return Ok(None);
    };
    let Some(b) = beneficiary(conn, beneficiary_id).await? else {
        return Ok(None);
    };
    let key = vault::Key::Creation(session.id);
    let initial_password = match v.token.as_deref() {
        Some(token) => vault::get(conn, key, &vault::Opener::of(&s.key, key, token), v.now).await?,
        None => None,
    };
    Ok(Some(Credentials {
        full_name: b.full_name(),
        created_on: french_date(created_at.date_naive()),
        ins: Nir::parse(&ins).map(|n| n.display()).unwrap_or(ins),
        insc,
        login,
        initial_password,
        acknowledged_by_email: email.is_some(),
        renewal: session.renewal,
    }))
}

/// The document des secrets, while the creation session and its initial
/// password live; `None` afterwards.
pub async fn secrets_pdf(
    pool: &PgPool,
    s: &Services,
    v: &Visit,
    site: &str,
    lang: crate::i18n::Lang,
) -> Result<Option<Vec<u8>>, sqlx::Error> {
    let Some(session) = live(pool, s, v).await? else {
        return Ok(None);
    };
    let Some(dmp_id) = session.dmp_id else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await?;
    let Some(c) = credentials(&mut conn, s, v, &session, dmp_id).await? else {
        return Ok(None);
    };
    let Some(password) = c.initial_password.clone() else {
        return Ok(None);
    };
    let created: DateTime<Utc> = sqlx::query_scalar("SELECT created_at FROM dmp WHERE id = $1")
        .bind(dmp_id)
        .fetch_one(&mut *conn)
        .await?;
    let created_on: NaiveDate = created.date_naive();
    let site = site.to_string();
    let pdf = tokio::task::spawn_blocking(move || {
        document_des_secrets(&Secrets {
            full_name: &c.full_name,
            created_on,
            ins: &c.ins,
            insc: c.insc.as_deref(),
            site: &site,
            representative: None,
            login: Some(&c.login),
            initial_password: Some(&password),
            lang,
        })
    })
    .await
    .map_err(|e| sqlx::Error::Protocol(format!("PDF: {e}")))?;
    Ok(Some(pdf))
}
