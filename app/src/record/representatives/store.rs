//! The representatives' rows: invitations and their codes, the new
//! representative's account, removals; each change in one transaction.

use super::*;
use crate::outbox::{enqueue, About, Channel, Message};
use crate::record::notifications::{notify, Event};
use crate::session::patient::{PatientSession, Role};
use chrono::{DateTime, Duration, Utc};
use sqlx::{PgConnection, PgPool};

fn code_hash(key: &[u8], dmp_id: i64, code: &str) -> [u8; 32] {
    crate::otp::hash(key, crate::otp::INVITATION, dmp_id, code)
}

use crate::registry::holder_name as child_name;

/// Active representatives of a record whose holder is still a minor
/// and whose record is open; locks the record's row.
async fn lock_minor_record(
    conn: &mut PgConnection,
    dmp_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(concat!(
        "SELECT (SELECT count(*) FROM legal_representative r WHERE r.dmp_id = d.id \
           AND r.ended_at IS NULL) FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
         WHERE d.id = $1 AND d.status = 'ACTIVE' AND ",
        crate::registry::under_age!("b.birth_date", "$2", "$3"),
        " FOR UPDATE OF d"
    ))
    .bind(dmp_id)
    .bind(now)
    .bind(crate::registry::AGE_OF_MAJORITY as i32)
    .fetch_optional(conn)
    .await
}

pub async fn page(
    conn: &mut PgConnection,
    session: &PatientSession,
    now: DateTime<Utc>,
) -> Result<RepresentativesPage, sqlx::Error> {
    type Row = (i64, String, String, Option<i64>, Option<i64>);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, split_part(first_names, ' ', 1) || ' ' || birth_name, relation, \
         account_id, added_by FROM legal_representative \
         WHERE dmp_id = $1 AND ended_at IS NULL ORDER BY id",
    )
    .bind(session.dmp_id)
    .fetch_all(&mut *conn)
    .await?;
    let as_representative = session.role == Role::Representative;
    let representatives: Vec<Listed> = rows
        .into_iter()
        .map(|(id, name, relation, account, added_by)| {
            let yours = account == Some(session.account_id);
            Listed {
                id,
                name,
                relation: relation_label(&relation).to_string(),
                yours,
                removable: as_representative && (yours || added_by == Some(session.account_id)),
            }
        })
        .collect();
    let pending: Option<(String, String, String)> = sqlx::query_as(
        "SELECT split_part(first_names, ' ', 1) || ' ' || birth_name, relation, \
         to_char(expires_at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY') \
         FROM representative_invitation WHERE dmp_id = $1 AND accepted_at IS NULL \
           AND expires_at > $2 AND wrong_attempts < $3 ORDER BY id DESC LIMIT 1",
    )
    .bind(session.dmp_id)
    .bind(now)
    .bind(INVITATION_TRIES)
    .fetch_optional(&mut *conn)
    .await?;
    let minor = is_open_minor_record(conn, session.dmp_id, now).await?;
    Ok(RepresentativesPage {
        child: child_name(conn, session.dmp_id).await?,
        as_representative,
        may_invite: as_representative
            && minor
            && pending.is_none()
            && (representatives.len() as i64) < MAX_REPRESENTATIVES,
        pending: pending.map(|(name, relation, until)| {
            (format!("{name} ({})", relation_label(&relation)), until)
        }),
        representatives,
    })
}

async fn is_open_minor_record(
    conn: &mut PgConnection,
    dmp_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar(concat!(
        "SELECT EXISTS (SELECT 1 FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
         WHERE d.id = $1 AND d.status = 'ACTIVE' AND ",
        crate::registry::under_age!("b.birth_date", "$2", "$3"),
        ")"
    ))
    .bind(dmp_id)
    .bind(now)
    .bind(crate::registry::AGE_OF_MAJORITY as i32)
    .fetch_one(conn)
    .await
}

/// Sends the invitation's code to the new representative, replacing
/// one in progress. `Err` says why not.
pub async fn invite(
    pool: &PgPool,
    key: &[u8],
    session: &PatientSession,
    rep: &Invitee,
    now: DateTime<Utc>,
) -> Result<Result<(), Text>, sqlx::Error> {
    let who = &rep.representative;
    if session.role != Role::Representative {
        return Ok(Err(Text::OnlyRepresentativesInvite));
    }
    let mut tx = pool.begin().await?;
    let Some(active) = lock_minor_record(&mut tx, session.dmp_id, now).await? else {
        return Ok(Err(Text::OnlyRepresentativesInvite));
    };
    if active >= MAX_REPRESENTATIVES {
        return Ok(Err(Text::RepresentativesFull));
    }
    let sent: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM representative_invitation WHERE invited_by = $1 \
         AND created_at > $2 - interval '1 day'",
    )
    .bind(session.account_id)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    if sent >= INVITATIONS_PER_DAY {
        return Ok(Err(Text::TooManyInvitations {
            max: INVITATIONS_PER_DAY,
        }));
    }
    // One invitation at a time: the one before stops working.
    sqlx::query(
        "UPDATE representative_invitation SET expires_at = $2 WHERE dmp_id = $1 \
         AND accepted_at IS NULL AND expires_at > $2",
    )
    .bind(session.dmp_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let code = crate::otp::new_code();
    let email = rep.email.as_ref().map(|e| e.as_str().to_string());
    let mobile = rep.mobile.as_ref().map(|m| m.as_str().to_string());
    let until = now + Duration::days(INVITATION_DAYS);
    let day: String = sqlx::query_scalar(
        "INSERT INTO representative_invitation (dmp_id, invited_by, relation, birth_name, \
         first_names, email, mobile, code_hash, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
         RETURNING to_char(expires_at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY')",
    )
    .bind(session.dmp_id)
    .bind(session.account_id)
    .bind(who.relation)
    .bind(&who.birth_name)
    .bind(&who.first_names)
    .bind(&email)
    .bind(&mobile)
    .bind(code_hash(key, session.dmp_id, &code).as_slice())
    .bind(now)
    .bind(until)
    .fetch_one(&mut *tx)
    .await?;
    // The child's first name only: a parent knows their child; the
    // rest of the identity stays out of messages.
    let child = child_name(&mut tx, session.dmp_id).await?;
    let first = child.split(' ').next().unwrap_or_default().to_string();
    // In the inviter's language: the best guess for the other parent's.
    let lang = crate::i18n::locale().lang;
    use crate::i18n::text_in;
    let args: [(&str, crate::i18n::Arg); 4] = [
        ("child", first.as_str().into()),
        ("page", ACCEPT_PATH.into()),
        ("code", code.as_str().into()),
        ("day", day.as_str().into()),
    ];
    if let Some(email) = email {
        enqueue(
            &mut tx,
            &Message {
                about: About::Record(session.dmp_id),
                channel: Channel::Email,
                recipient: email,
                subject: text_in(lang, "mail-invitation-subject", &[]),
                body: crate::outbox::mail_text(
                    lang,
                    &text_in(lang, "mail-hello", &[]),
                    "mail-invitation-body",
                    &args,
                ),
                attachment: None,
                purpose: "representative_invitation",
            },
        )
        .await?;
    }
    if let Some(mobile) = mobile {
        enqueue(
            &mut tx,
            &Message {
                about: About::Record(session.dmp_id),
                channel: Channel::Sms,
                recipient: mobile,
                subject: String::new(),
                body: text_in(lang, "mail-invitation-sms", &args),
                attachment: None,
                purpose: "representative_invitation",
            },
        )
        .await?;
    }
    crate::audit::trace_detail(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::InvitationRepresentantLegal,
        None,
        Some(&format!(
            "{} {} ({})",
            who.first_names,
            who.birth_name,
            crate::forms::people::relation_for_trace(who.relation)
        )),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

pub async fn cancel(
    pool: &PgPool,
    session: &PatientSession,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE representative_invitation SET expires_at = $2 WHERE dmp_id = $1 \
         AND accepted_at IS NULL AND expires_at > $2",
    )
    .bind(session.dmp_id)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(())
}

#[derive(Debug, PartialEq, Eq)]
pub enum Accepted {
    /// The new account, signed in: the session's token.
    Done {
        token: String,
    },
    Refused(Vec<FieldError>),
}

/// The invited representative's answer: the code, sent to `contact`,
/// and their password. The same answer for an unknown contact and a
/// wrong code; every wrong code counts against the invitations of that
/// contact.
pub async fn accept(
    pool: &PgPool,
    key: &[u8],
    form: &AcceptForm,
    visit: &crate::session::Visit,
    limits: &crate::registry::limits::Limits,
) -> Result<Accepted, sqlx::Error> {
    let (kiosk, now) = (visit.kiosk, visit.now);
    let errors = form.check();
    if !errors.is_empty() {
        return Ok(Accepted::Refused(errors));
    }
    let contact = parse_contact(&form.contact).unwrap_or_default();
    type Invitation = (
        i64,
        i64,
        i64,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
        Vec<u8>,
    );
    let mut tx = pool.begin().await?;
    // Wrong answers count against the connection too, as at step 1.
    let attempt = match crate::registry::limits::AddressAttempt::begin(
        &mut tx,
        key,
        &visit.address,
        limits,
        now,
    )
    .await?
    {
        Ok(attempt) => attempt,
        Err(blocked) => {
            return Ok(Accepted::Refused(vec![FieldError::new(
                Field::OneTimeCode,
                blocked.message(now),
            )]))
        }
    };
    let candidates: Vec<Invitation> = sqlx::query_as(
        "SELECT id, dmp_id, invited_by, relation, birth_name, first_names, email, mobile, code_hash \
         FROM representative_invitation WHERE (email = $1 OR mobile = $1) AND accepted_at IS NULL \
           AND expires_at > $2 AND wrong_attempts < $3 ORDER BY id FOR UPDATE",
    )
    .bind(&contact)
    .bind(now)
    .bind(INVITATION_TRIES)
    .fetch_all(&mut *tx)
    .await?;
    let found = candidates
        .into_iter()
        .find(|c| crate::otp::matches(key, crate::otp::INVITATION, c.1, &form.code, &c.8));
    let wrong = || {
        Accepted::Refused(vec![FieldError::new(
            Field::OneTimeCode,
            Text::InvitationCodeWrong,
        )])
    };
    let Some((id, dmp_id, invited_by, relation, birth_name, first_names, email, mobile, _)) = found
    else {
        if let Some((account_id, dmp_id)) =
            answered_lately(&mut tx, key, &contact, &form.code, now).await?
        {
            // The right code, answered already: not a wrong guess.
            tx.commit().await?;
            return answered_again(pool, key, form, account_id, dmp_id, visit).await;
        }
        sqlx::query(
            "UPDATE representative_invitation SET wrong_attempts = wrong_attempts + 1 \
             WHERE (email = $1 OR mobile = $1) AND accepted_at IS NULL AND expires_at > $2",
        )
        .bind(&contact)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        attempt.failed(&mut tx).await?;
        tx.commit().await?;
        return Ok(wrong());
    };
    // The names the password must avoid: theirs.
    let personal: Vec<&str> = birth_name
        .split([' ', '-', '\''])
        .chain(first_names.split([' ', '-', '\'']))
        .collect();
    let mut errors = NewPasswordForm {
        password: form.password.clone(),
        confirm: form.confirm.clone(),
    }
    .check_rules(&personal);
    if errors.is_empty()
        && crate::password::score(&form.password, &personal) < crate::password::MIN_SCORE
    {
        errors.push(FieldError::new(Field::Password, Text::PasswordTooGuessable));
    }
    if !errors.is_empty() {
        // The code was right: it is not spent by a weak password.
        return Ok(Accepted::Refused(errors));
    }
    drop(tx);
    // Hashed with no connection held (argon2id is slow on purpose); the
    // invitation is then taken again, locked: the code serves once even
    // when two answers arrive together.
    let hash = {
        let p = form.password.clone();
        tokio::task::spawn_blocking(move || crate::credentials::hash_password(&p))
            .await
            .map_err(|e| sqlx::Error::Protocol(format!("password hashing: {e}")))?
    };
    let mut tx = pool.begin().await?;
    let still: Option<i64> = sqlx::query_scalar(
        "SELECT id FROM representative_invitation WHERE id = $1 AND accepted_at IS NULL \
         AND expires_at > $2 AND wrong_attempts < $3 FOR UPDATE",
    )
    .bind(id)
    .bind(now)
    .bind(INVITATION_TRIES)
    .fetch_optional(&mut *tx)
    .await?;
    if still.is_none() {
        // Two answers at once: the other one made the account.
        drop(tx);
        let mut conn = pool.acquire().await?;
        let made = answered_lately(&mut conn, key, &contact, &form.code, now).await?;
        drop(conn);
        return match made {
            Some((account_id, dmp_id)) => {
                answered_again(pool, key, form, account_id, dmp_id, visit).await
            }
            None => Ok(wrong()),
        };
    }
    let void = || {
        Accepted::Refused(vec![FieldError::new(
            Field::OneTimeCode,
            Text::InvitationVoid,
        )])
    };
    let active = lock_minor_record(&mut tx, dmp_id, now).await?;
    let inviter_still: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM legal_representative WHERE dmp_id = $1 AND account_id = $2 \
         AND ended_at IS NULL)",
    )
    .bind(dmp_id)
    .bind(invited_by)
    .fetch_one(&mut *tx)
    .await?;
    if !matches!(active, Some(n) if n < MAX_REPRESENTATIVES) || !inviter_still {
        sqlx::query("UPDATE representative_invitation SET expires_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        return Ok(void());
    }
    let account_id: i64 = loop {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO patient_account (dmp_id, login, password_hash, email, mobile, created_at, \
             must_change_password, password_changed_at) VALUES (NULL, $1, $2, $3, $4, $5, false, $5) \
             ON CONFLICT (login) DO NOTHING RETURNING id",
        )
        .bind(crate::credentials::new_login())
        .bind(&hash)
        .bind(&email)
        .bind(&mobile)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(id) = inserted {
            break id;
        }
    };
    sqlx::query(
        "INSERT INTO legal_representative (dmp_id, relation, birth_name, first_names, consent_at, \
         account_id, added_by) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(dmp_id)
    .bind(&relation)
    .bind(&birth_name)
    .bind(&first_names)
    .bind(now)
    .bind(account_id)
    .bind(invited_by)
    .execute(&mut *tx)
    .await?;
    sqlx::query(
        "UPDATE representative_invitation SET accepted_at = $2, account_id = $3 WHERE id = $1",
    )
    .bind(id)
    .bind(now)
    .bind(account_id)
    .execute(&mut *tx)
    .await?;
    crate::audit::trace_detail(
        &mut tx,
        dmp_id,
        account_id,
        crate::audit::Action::AjoutRepresentantLegal,
        None,
        Some(&format!(
            "{first_names} {birth_name} ({})",
            crate::forms::people::relation_for_trace(&relation)
        )),
        now,
    )
    .await?;
    notify(
        &mut tx,
        dmp_id,
        Event::Representation,
        "notify-second-representative",
        &[],
    )
    .await?;
    let token = open_as_representative(&mut tx, key, account_id, dmp_id, kiosk, now).await?;
    tx.commit().await?;
    Ok(Accepted::Done { token })
}

/// A session of the new representative's account, open on the minor's
/// record, and its trace.
async fn open_as_representative(
    tx: &mut PgConnection,
    key: &[u8],
    account_id: i64,
    dmp_id: i64,
    kiosk: bool,
    now: DateTime<Utc>,
) -> Result<String, sqlx::Error> {
    let token = crate::session::patient::open(
        &mut *tx,
        key,
        account_id,
        crate::session::patient::Stage::Open,
        kiosk,
        now,
    )
    .await?;
    let session_id: i64 = sqlx::query_scalar(
        "SELECT id FROM patient_session WHERE account_id = $1 ORDER BY id DESC LIMIT 1",
    )
    .bind(account_id)
    .fetch_one(&mut *tx)
    .await?;
    crate::session::patient::choose(&mut *tx, session_id, dmp_id, Role::Representative).await?;
    crate::audit::trace(
        &mut *tx,
        dmp_id,
        account_id,
        crate::audit::Action::Connexion,
        None,
        now,
    )
    .await?;
    Ok(token)
}

/// [I] How long a second answer to an accepted invitation is recognised.
const ANSWERED_AGAIN_MINUTES: i64 = 15;

/// The account and record of an invitation to `contact` accepted in the
/// last minutes whose code is `typed`, if any.
async fn answered_lately(
    conn: &mut PgConnection,
    key: &[u8],
    contact: &str,
    typed: &str,
    now: DateTime<Utc>,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    let accepted: Vec<(i64, i64, Vec<u8>)> = sqlx::query_as(
        "SELECT account_id, dmp_id, code_hash FROM representative_invitation \
         WHERE (email = $1 OR mobile = $1) AND account_id IS NOT NULL \
           AND accepted_at > $2 - make_interval(mins => $3)",
    )
    .bind(contact)
    .bind(now)
    .bind(ANSWERED_AGAIN_MINUTES as i32)
    .fetch_all(conn)
    .await?;
    Ok(accepted
        .into_iter()
        .find(|(_, dmp_id, hash)| {
            crate::otp::matches(key, crate::otp::INVITATION, *dmp_id, typed, hash)
        })
        .map(|(account, dmp_id, _)| (account, dmp_id)))
}

/// A second answer to an accepted invitation (a double click, a reload):
/// with the password chosen then, the same outcome, signed in; no second
/// account.
async fn answered_again(
    pool: &PgPool,
    key: &[u8],
    form: &AcceptForm,
    account_id: i64,
    dmp_id: i64,
    visit: &crate::session::Visit,
) -> Result<Accepted, sqlx::Error> {
    let hash: Option<String> =
        sqlx::query_scalar("SELECT password_hash FROM patient_account WHERE id = $1")
            .bind(account_id)
            .fetch_optional(pool)
            .await?;
    let right = match hash {
        Some(hash) => crate::credentials::check_password(form.password.clone(), hash).await,
        None => false,
    };
    if !right {
        return Ok(Accepted::Refused(vec![FieldError::new(
            Field::Password,
            Text::InvitationAlreadyAccepted,
        )]));
    }
    let mut tx = pool.begin().await?;
    let token =
        open_as_representative(&mut tx, key, account_id, dmp_id, visit.kiosk, visit.now).await?;
    tx.commit().await?;
    Ok(Accepted::Done { token })
}

#[derive(Debug, PartialEq, Eq)]
pub enum Removed {
    /// Another representative's access ended.
    Other,
    /// The reader's own: their session no longer reads this record.
    Own,
    NotAllowed,
}

/// Ends a representative's access: one's own, or one added by the reader.
pub async fn remove(
    pool: &PgPool,
    session: &PatientSession,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Removed, sqlx::Error> {
    if session.role != Role::Representative {
        return Ok(Removed::NotAllowed);
    }
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT id FROM dmp WHERE id = $1 FOR UPDATE")
        .bind(session.dmp_id)
        .execute(&mut *tx)
        .await?;
    type Row = (
        Option<i64>,
        String,
        String,
        String,
        Option<String>,
        Option<String>,
    );
    let row: Option<Row> = sqlx::query_as(
        "UPDATE legal_representative r SET ended_at = $4 \
         FROM patient_account a WHERE r.id = $1 AND r.dmp_id = $2 AND r.ended_at IS NULL \
           AND a.id = r.account_id AND (r.account_id = $3 OR r.added_by = $3) \
         RETURNING r.account_id, r.first_names, r.birth_name, r.relation, a.email, a.mobile",
    )
    .bind(id)
    .bind(session.dmp_id)
    .bind(session.account_id)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((account, first_names, birth_name, relation, email, mobile)) = row else {
        return Ok(Removed::NotAllowed);
    };
    let own = account == Some(session.account_id);
    crate::audit::trace_detail(
        &mut tx,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::RetraitRepresentantLegal,
        None,
        Some(&format!(
            "{first_names} {birth_name} ({})",
            crate::forms::people::relation_for_trace(&relation)
        )),
        now,
    )
    .await?;
    // The person whose access ended hears of it, without details.
    let lang: String = match account {
        Some(id) => {
            sqlx::query_scalar("SELECT lang FROM patient_account WHERE id = $1")
                .bind(id)
                .fetch_one(&mut *tx)
                .await?
        }
        None => "fr".into(),
    };
    let lang = crate::i18n::Lang::from_code(&lang).unwrap_or(crate::i18n::Lang::Fr);
    let say = |key| crate::i18n::text_in(lang, key, &[]);
    let body = crate::outbox::mail_text(lang, &say("mail-hello"), "mail-access-ended-body", &[]);
    let sms = say("mail-access-ended-sms");
    for (channel, recipient, text) in [(Channel::Email, email, body), (Channel::Sms, mobile, sms)] {
        if let Some(recipient) = recipient {
            enqueue(
                &mut tx,
                &Message {
                    about: About::Record(session.dmp_id),
                    channel,
                    recipient,
                    subject: say("mail-access-ended-subject"),
                    body: text,
                    attachment: None,
                    purpose: Event::Representation.purpose(),
                },
            )
            .await?;
        }
    }
    notify(
        &mut tx,
        session.dmp_id,
        Event::Representation,
        "notify-representative-ended",
        &[],
    )
    .await?;
    tx.commit().await?;
    Ok(if own { Removed::Own } else { Removed::Other })
}

/// The login of the account a session belongs to.
pub async fn login(conn: &mut PgConnection, account_id: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar("SELECT login FROM patient_account WHERE id = $1")
        .bind(account_id)
        .fetch_one(conn)
        .await
}

/// Invitations over for a day: their names and contacts go.
pub async fn purge(conn: &mut PgConnection, now: DateTime<Utc>) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query(
        "DELETE FROM representative_invitation WHERE \
         coalesce(accepted_at, expires_at) < $1 - interval '1 day' \
         OR (wrong_attempts >= $2 AND created_at < $1 - interval '1 day')",
    )
    .bind(now)
    .bind(INVITATION_TRIES)
    .execute(conn)
    .await?
    .rows_affected())
}
