//! The console's rows: finding the person on the card and keeping them
//! with the agent's session, creating their DMP, issuing connection data,
//! recording legal representatives and guardians, tracing each with the
//! agent.

use super::{DeskCredentialsForm, DeskRepresentativeForm, HandOver, Person, QuestionsForm};
use crate::credentials::vault::{self, Key};
use crate::domain::nir::Nir;
use crate::domain::vitale::{CardType, VitaleSerial};
use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::i18n::{t, tr};
use crate::messages::Text;
use crate::opening::create::{self, Actor, Outcome};
use crate::registry::{beneficiary, is_minor, Beneficiary};
use crate::services::Services;
use crate::session::staff::{trace, StaffSession};
use chrono::{DateTime, Duration, Utc};
use sqlx::{PgConnection, PgPool};

/// Legal representatives (or guardians) of one record at once.
const MAX_REPRESENTATIVES: usize = 2;
/// How long the connection data just issued stay printable, as at step 3.
const HANDOVER_MINUTES: i64 = 15;
/// Searches without result from one agent in a quarter of an hour before
/// the console waits [I]: a card in hand matches at the first try.
const FRUITLESS_SEARCHES: i64 = 10;

pub enum Identified {
    Found,
    NoMatch,
    TooMany,
}

/// Finds the person with this NIR on this card; keeps them with the
/// session and traces the identification with the agent. Nothing kept
/// when nobody matches (traced too, without the numbers).
pub async fn identify(
    pool: &PgPool,
    session: &StaffSession,
    nir: &Nir,
    card_type: CardType,
    serial: &VitaleSerial,
    now: DateTime<Utc>,
) -> Result<Identified, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let fruitless: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM staff_trace WHERE account_id = $1 \
         AND action = 'identification_guichet_sans_resultat' AND at > $2",
    )
    .bind(session.account_id)
    .bind(now - Duration::minutes(15))
    .fetch_one(&mut *tx)
    .await?;
    if fruitless >= FRUITLESS_SEARCHES {
        return Ok(Identified::TooMany);
    }
    let found: Option<i64> = crate::registry::on_card(&mut tx, nir, card_type, serial).await?;
    let outcome = match found {
        Some(id) => {
            sqlx::query(
                "UPDATE staff_session SET beneficiary_id = $2, handover_dmp_id = NULL, \
                 handover_at = NULL WHERE id = $1",
            )
            .bind(session.id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
            let detail = format!("beneficiaire {id}, présence attestée par l'agent");
            trace(
                &mut tx,
                session.account_id,
                "identification_guichet",
                Some(&detail),
                now,
            )
            .await?;
            Identified::Found
        }
        None => {
            trace(
                &mut tx,
                session.account_id,
                "identification_guichet_sans_resultat",
                None,
                now,
            )
            .await?;
            Identified::NoMatch
        }
    };
    tx.commit().await?;
    Ok(outcome)
}

/// « Personne suivante »: the person served and the password handed over
/// are forgotten together.
pub async fn forget(pool: &PgPool, session_id: i64) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query(
        "UPDATE staff_session SET beneficiary_id = NULL, handover_dmp_id = NULL, \
         handover_at = NULL WHERE id = $1",
    )
    .bind(session_id)
    .execute(&mut *tx)
    .await?;
    vault::remove(&mut tx, Key::Desk(session_id)).await?;
    tx.commit().await?;
    Ok(())
}

/// The person served, as the agent's session names them now.
async fn served(
    pool: &PgPool,
    session: &StaffSession,
) -> Result<Result<Beneficiary, PortalError>, sqlx::Error> {
    let Some(id) = session.beneficiary_id else {
        return Ok(Err(PortalError::refused(Text::DeskNobodyServed)));
    };
    let mut conn = pool.acquire().await?;
    Ok(beneficiary(&mut conn, id)
        .await?
        .ok_or_else(|| PortalError::refused(Text::DeskNobodyServed)))
}

/// Locks the agent's session (a double submit waits here) and says
/// whether it still serves this person.
async fn still_serving(
    tx: &mut PgConnection,
    session: &StaffSession,
    beneficiary_id: i64,
) -> Result<bool, sqlx::Error> {
    let served: Option<Option<i64>> =
        sqlx::query_scalar("SELECT beneficiary_id FROM staff_session WHERE id = $1 FOR UPDATE")
            .bind(session.id)
            .fetch_optional(&mut *tx)
            .await?;
    Ok(served.flatten() == Some(beneficiary_id))
}

/// What an agent did on a record, written twice: to the staff's trace with
/// the agent, and to the record's own, which its holder reads (with the
/// site, not the agent's name).
async fn traced(
    tx: &mut PgConnection,
    session: &StaffSession,
    dmp_id: i64,
    action: crate::audit::Action,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let detail = format!("dmp {dmp_id}");
    trace(
        &mut *tx,
        session.account_id,
        &action.code(),
        Some(&detail),
        now,
    )
    .await?;
    crate::audit::trace_by_staff(
        tx,
        dmp_id,
        session.account_id,
        session.site.as_deref(),
        action,
        now,
    )
    .await
}

/// Records the hand-over with the session (the record, and the account
/// whose connection data these are when not the record's own), traces it,
/// commits, and keeps the initial password for printing.
#[allow(clippy::too_many_arguments)]
async fn hand_over(
    mut tx: sqlx::Transaction<'_, sqlx::Postgres>,
    session: &StaffSession,
    dmp_id: i64,
    account_id: Option<i64>,
    action: crate::audit::Action,
    password: Option<String>,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE staff_session SET handover_dmp_id = $2, handover_at = $3, \
         handover_account_id = $4 WHERE id = $1",
    )
    .bind(session.id)
    .bind(dmp_id)
    .bind(now)
    .bind(account_id)
    .execute(&mut *tx)
    .await?;
    traced(&mut tx, session, dmp_id, action, now).await?;
    vault::hand_over(
        &mut tx,
        Key::Desk(session.id),
        &session.opener,
        dmp_id,
        password.as_deref(),
        now + Duration::minutes(HANDOVER_MINUTES),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The three questions answered: the DMP is created in one transaction
/// (as at step 2, with the 24 months of reimbursements), channel
/// `guichet` (`atelier` on a workshop's device), the agent recorded. Nothing twice: a second submit finds
/// the DMP and the console shows it.
pub async fn create(
    pool: &PgPool,
    services: &Services,
    session: &StaffSession,
    form: &QuestionsForm,
    device: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Result<(), PortalError>, sqlx::Error> {
    let b = match served(pool, session).await? {
        Ok(b) => b,
        Err(e) => return Ok(Err(e)),
    };
    let informations = match form.validate(is_minor(b.birth_date, now.date_naive())) {
        Ok(i) => i,
        Err(errors) => return Ok(Err(PortalError::Invalid(errors))),
    };
    let with_account = informations.email.is_some() || informations.mobile.is_some();
    let (password, hash) = if with_account {
        let (p, h) = crate::opening::hashed_password().await?;
        (Some(p), h)
    } else {
        (None, String::new())
    };
    // An agent at an association's workshop, on its device, opens DMPs
    // for it.
    let workshop = {
        let mut conn = pool.acquire().await?;
        crate::session::workshop::device(&mut conn, &services.key, device, now).await?
    };
    let mut tx = pool.begin().await?;
    if !still_serving(&mut tx, session, b.id).await? {
        return Ok(Ok(()));
    }
    let outcome = create::create(
        &mut tx,
        &create::Request {
            beneficiary: &b,
            code_id: None,
            informations: &informations,
            password_hash: &hash,
            channel: if workshop.is_some() {
                "atelier"
            } else {
                "guichet"
            },
            actor: Actor::Staff(session.account_id),
            workshop_id: workshop,
            mode: services.mode,
            terms_version: crate::terms::VERSION,
            now,
        },
    )
    .await?;
    match outcome {
        Outcome::Created { dmp_id, .. } => {
            let action = crate::audit::Action::CreationGuichet;
            hand_over(tx, session, dmp_id, None, action, password, now).await?;
        }
        Outcome::AlreadyHasDmp | Outcome::CodeUnusable => tx.rollback().await?,
    }
    Ok(Ok(()))
}

/// New connection data for the person's open record, with the contacts
/// given added or changed; a record without an account gets one (its
/// holder's, or for a minor their representative's). The old password
/// stops working and every session of the account ends.
pub async fn credentials(
    pool: &PgPool,
    services: &Services,
    session: &StaffSession,
    form: &DeskCredentialsForm,
    now: DateTime<Utc>,
) -> Result<Result<(), PortalError>, sqlx::Error> {
    let b = match served(pool, session).await? {
        Ok(b) => b,
        Err(e) => return Ok(Err(e)),
    };
    let (email, mobile) = match form.validate() {
        Ok(c) => c,
        Err(errors) => return Ok(Err(PortalError::Invalid(errors))),
    };
    let (email, mobile) = (
        email.as_ref().map(|e| e.as_str()),
        mobile.as_ref().map(|m| m.as_str()),
    );
    let record: Option<i64> =
        sqlx::query_scalar("SELECT id FROM dmp WHERE beneficiary_id = $1 AND status = 'ACTIVE'")
            .bind(b.id)
            .fetch_optional(pool)
            .await?;
    let Some(dmp_id) = record else {
        return Ok(Err(PortalError::refused(Text::DeskNoRecord)));
    };
    let minor = is_minor(b.birth_date, now.date_naive());
    // Whose connection data: a representative's (or guardian's) chosen on
    // the form, else the holder's own; a minor has none of their own.
    let representative: Option<i64> = match form.representative.trim() {
        "" => None,
        id => match id.parse::<i64>() {
            Ok(id) => Some(id),
            Err(_) => return Ok(Err(PortalError::Call(crate::error::Call::Malformed))),
        },
    };
    let account: Option<i64> = match representative {
        Some(id) => {
            let found: Option<Option<i64>> = sqlx::query_scalar(
                "SELECT account_id FROM legal_representative WHERE id = $1 AND dmp_id = $2 \
                 AND ended_at IS NULL",
            )
            .bind(id)
            .bind(dmp_id)
            .fetch_optional(pool)
            .await?;
            match found {
                Some(account) => account,
                None => return Ok(Err(PortalError::refused(Text::DeskChooseRepresentative))),
            }
        }
        None if minor => return Ok(Err(PortalError::refused(Text::DeskChooseRepresentative))),
        None => {
            sqlx::query_scalar("SELECT id FROM patient_account WHERE dmp_id = $1")
                .bind(dmp_id)
                .fetch_optional(pool)
                .await?
        }
    };
    if account.is_none() && email.is_none() && mobile.is_none() {
        return Ok(Err(PortalError::Invalid(vec![FieldError::new(
            Field::Email,
            Text::DeskNeedsContact,
        )])));
    }
    let (password, hash) = crate::opening::hashed_password().await?;
    let mut tx = pool.begin().await?;
    if !still_serving(&mut tx, session, b.id).await? {
        return Ok(Ok(()));
    }
    let account_id = match account {
        Some(account_id) => {
            sqlx::query(
                "UPDATE patient_account SET password_hash = $2, must_change_password = true, \
                 email = coalesce($3, email), mobile = coalesce($4, mobile) WHERE id = $1",
            )
            .bind(account_id)
            .bind(&hash)
            .bind(email)
            .bind(mobile)
            .execute(&mut *tx)
            .await?;
            crate::session::attempts::reset_account(&mut tx, &services.key, account_id).await?;
            sqlx::query("DELETE FROM patient_session WHERE account_id = $1")
                .bind(account_id)
                .execute(&mut *tx)
                .await?;
            account_id
        }
        None => {
            let holder = representative.is_none().then_some(dmp_id);
            let account_id =
                create::new_account(&mut tx, holder, email, mobile, &hash, now).await?;
            if let Some(id) = representative {
                sqlx::query("UPDATE legal_representative SET account_id = $2 WHERE id = $1")
                    .bind(id)
                    .bind(account_id)
                    .execute(&mut *tx)
                    .await?;
            }
            account_id
        }
    };
    let action = crate::audit::Action::IdentifiantsGuichet;
    hand_over(
        tx,
        session,
        dmp_id,
        representative.map(|_| account_id),
        action,
        Some(password),
        now,
    )
    .await?;
    Ok(Ok(()))
}

/// The person as the console shows them, with their record's state and
/// what was just handed over.
pub async fn person(
    conn: &mut PgConnection,
    session: &StaffSession,
    id: i64,
    now: DateTime<Utc>,
) -> Result<Option<Person>, sqlx::Error> {
    let Some(b) = beneficiary(&mut *conn, id).await? else {
        return Ok(None);
    };
    #[allow(clippy::type_complexity)]
    let record: Option<(
        i64,
        DateTime<Utc>,
        Option<DateTime<Utc>>,
        Option<i64>,
        Option<DateTime<Utc>>,
        Option<i64>,
    )> = sqlx::query_as(
        "SELECT d.id, d.created_at, d.closed_at, s.handover_dmp_id, s.handover_at, \
         s.handover_account_id \
         FROM dmp d LEFT JOIN staff_session s ON s.id = $2 WHERE d.beneficiary_id = $1",
    )
    .bind(id)
    .bind(session.id)
    .fetch_optional(&mut *conn)
    .await?;
    // As the page says it, in its reader's language.
    let lang = crate::i18n::locale().lang;
    let date = |d: DateTime<Utc>| crate::domain::fmt::date_in(lang, d.date_naive());
    let mut person = Person {
        name: b.full_name(),
        birth_date: crate::domain::fmt::date_in(lang, b.birth_date),
        nir: Nir::parse(&b.nir)
            .map(|n| n.display())
            .unwrap_or(b.nir.clone()),
        record: t("staff-desk-record-none"),
        has_record: false,
        account: None,
        minor: is_minor(b.birth_date, now.date_naive()),
        handover: None,
        handover_for: None,
        representatives: Vec::new(),
        may_add_representative: false,
    };
    let Some((dmp_id, created, closed, handover_dmp, handover_at, handover_account)) = record
    else {
        return Ok(Some(person));
    };
    person.has_record = true;
    if let Some(closed) = closed {
        person.record = tr("staff-desk-record-closed", &[("date", date(closed).into())]);
        return Ok(Some(person));
    }
    person.record = tr("staff-desk-record-open", &[("date", date(created).into())]);
    let account: Option<(String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT a.login, a.email, a.mobile FROM record_account r \
         JOIN patient_account a ON a.id = r.account_id WHERE r.dmp_id = $1 \
         ORDER BY r.role, a.id LIMIT 1",
    )
    .bind(dmp_id)
    .fetch_optional(&mut *conn)
    .await?;
    use crate::domain::contact::{mask_email, mask_mobile};
    person.account = Some(match &account {
        None => t("staff-desk-account-none"),
        Some((_, email, mobile)) => {
            let channels: Vec<String> = [
                email.as_deref().map(|e| {
                    tr(
                        "staff-desk-account-email",
                        &[("email", mask_email(e).into())],
                    )
                }),
                mobile.as_deref().map(|m| {
                    tr(
                        "staff-desk-account-mobile",
                        &[("mobile", mask_mobile(m).into())],
                    )
                }),
            ]
            .into_iter()
            .flatten()
            .collect();
            tr(
                "staff-desk-account",
                &[("channels", channels.join(", ").into())],
            )
        }
    });
    let fresh = handover_at.is_some_and(|at| at > now - Duration::minutes(HANDOVER_MINUTES));
    let representatives: Vec<(i64, String, String, bool)> = sqlx::query_as(
        "SELECT id, split_part(first_names, ' ', 1) || ' ' || birth_name, relation, guardianship \
         FROM legal_representative WHERE dmp_id = $1 AND ended_at IS NULL ORDER BY id",
    )
    .bind(dmp_id)
    .fetch_all(&mut *conn)
    .await?;
    person.may_add_representative = representatives.len() < MAX_REPRESENTATIVES;
    person.representatives = representatives
        .into_iter()
        .map(|(id, name, relation, guardianship)| {
            let role = if guardianship {
                t("staff-desk-guardian")
            } else {
                crate::forms::people::relation_label(&relation).to_lowercase()
            };
            (id, format!("{name} ({role})"))
        })
        .collect();
    if handover_dmp == Some(dmp_id) && fresh {
        let login = match handover_account {
            Some(id) => {
                let (login, name): (String, Option<String>) = sqlx::query_as(
                    "SELECT a.login, (SELECT split_part(r.first_names, ' ', 1) || ' ' || r.birth_name \
                     FROM legal_representative r WHERE r.account_id = a.id AND r.dmp_id = $2 \
                     ORDER BY r.id DESC LIMIT 1) FROM patient_account a WHERE a.id = $1",
                )
                .bind(id)
                .bind(dmp_id)
                .fetch_one(&mut *conn)
                .await?;
                person.handover_for = name;
                Some(login)
            }
            None => account.map(|(login, _, _)| login),
        };
        person.handover = Some(HandOver {
            login,
            printable: vault::holds(conn, Key::Desk(session.id), now).await?,
            dmp_id,
        });
    }
    Ok(Some(person))
}

/// The document des secrets of the hand-over in progress (without
/// credentials for a record without account), in the language the agent
/// reads the console in; `None` once it is over.
pub async fn secrets_pdf(
    pool: &PgPool,
    session: &StaffSession,
    now: DateTime<Utc>,
    site: &str,
    lang: crate::i18n::Lang,
) -> Result<Option<Vec<u8>>, sqlx::Error> {
    let mut conn = pool.acquire().await?;
    let Some(id) = session.beneficiary_id else {
        return Ok(None);
    };
    let Some(p) = person(&mut conn, session, id, now).await? else {
        return Ok(None);
    };
    let Some(handover) = p.handover else {
        return Ok(None);
    };
    let password = vault::get(&mut conn, Key::Desk(session.id), &session.opener, now).await?;
    if handover.login.is_some() && password.is_none() {
        return Ok(None);
    }
    let pdf = crate::opening::secrets_pdf::of_record(
        &mut conn,
        handover.dmp_id,
        handover.login,
        password,
        p.handover_for,
        site,
        lang,
    )
    .await?;
    Ok(Some(pdf))
}

/// A legal representative (a minor's), or a guardian (an adult's, under
/// tutelle), recorded at the desk on the proof shown: their own account
/// (login, password on the document des secrets, code on their channel).
pub async fn add_representative(
    pool: &PgPool,
    session: &StaffSession,
    form: &DeskRepresentativeForm,
    now: DateTime<Utc>,
) -> Result<Result<(), PortalError>, sqlx::Error> {
    let b = match served(pool, session).await? {
        Ok(b) => b,
        Err(e) => return Ok(Err(e)),
    };
    let minor = is_minor(b.birth_date, now.date_naive());
    let (rep, email, mobile) = match form.validate(minor) {
        Ok(v) => v,
        Err(errors) => return Ok(Err(PortalError::Invalid(errors))),
    };
    let record: Option<i64> =
        sqlx::query_scalar("SELECT id FROM dmp WHERE beneficiary_id = $1 AND status = 'ACTIVE'")
            .bind(b.id)
            .fetch_optional(pool)
            .await?;
    let Some(dmp_id) = record else {
        return Ok(Err(PortalError::refused(Text::DeskNoRecord)));
    };
    let (password, hash) = crate::opening::hashed_password().await?;
    let mut tx = pool.begin().await?;
    if !still_serving(&mut tx, session, b.id).await? {
        return Ok(Ok(()));
    }
    // Counted under the record's lock: two desks cannot add a third.
    let active: i64 = sqlx::query_scalar(
        "SELECT (SELECT count(*) FROM legal_representative r WHERE r.dmp_id = d.id \
         AND r.ended_at IS NULL) FROM dmp d WHERE d.id = $1 FOR UPDATE",
    )
    .bind(dmp_id)
    .fetch_one(&mut *tx)
    .await?;
    if active as usize >= MAX_REPRESENTATIVES {
        return Ok(Err(PortalError::refused(Text::DeskTwoRepresentatives)));
    }
    let account_id = create::new_account(
        &mut tx,
        None,
        email.as_ref().map(|e| e.as_str()),
        mobile.as_ref().map(|m| m.as_str()),
        &hash,
        now,
    )
    .await?;
    sqlx::query(
        "INSERT INTO legal_representative (dmp_id, relation, birth_name, first_names, consent_at, \
         account_id, guardianship) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(dmp_id)
    .bind(rep.relation)
    .bind(&rep.birth_name)
    .bind(&rep.first_names)
    .bind(now)
    .bind(account_id)
    .bind(!minor)
    .execute(&mut *tx)
    .await?;
    let action = crate::audit::Action::RepresentantGuichet;
    hand_over(
        tx,
        session,
        dmp_id,
        Some(account_id),
        action,
        Some(password),
        now,
    )
    .await?;
    Ok(Ok(()))
}

/// Ends a representative's (or a guardian's) access to the record of the
/// person served, on the proof shown (a judgment, the end of a tutelle…);
/// their sessions on it end at their next request.
pub async fn end_representative(
    pool: &PgPool,
    session: &StaffSession,
    representative_id: i64,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let Some(beneficiary_id) = session.beneficiary_id else {
        return Ok(());
    };
    let mut tx = pool.begin().await?;
    let ended: Option<i64> = sqlx::query_scalar(
        "UPDATE legal_representative r SET ended_at = $3, ended_by_staff = $4 FROM dmp d \
         WHERE r.id = $1 AND d.id = r.dmp_id AND d.beneficiary_id = $2 AND r.ended_at IS NULL \
         RETURNING d.id",
    )
    .bind(representative_id)
    .bind(beneficiary_id)
    .bind(now)
    .bind(session.account_id)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(dmp_id) = ended {
        let action = crate::audit::Action::FinRepresentantGuichet;
        traced(&mut tx, session, dmp_id, action, now).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A closure asked in person at the desk: as the holder's own (nobody reads
/// the record any more, archived 10 years, reopenable), traced with the
/// agent; the holder is told on their channels.
pub async fn close_in_person(
    pool: &PgPool,
    session: &StaffSession,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let Some(beneficiary_id) = session.beneficiary_id else {
        return Ok(());
    };
    let mut tx = pool.begin().await?;
    let closed: Option<i64> = sqlx::query_scalar(
        "UPDATE dmp SET status = 'CLOSED', closed_at = $2, closure_reason = 'PATIENT_REQUEST', \
         closure_comment = 'Demande faite en personne à un accueil' \
         WHERE beneficiary_id = $1 AND status = 'ACTIVE' RETURNING id",
    )
    .bind(beneficiary_id)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(dmp_id) = closed {
        let action = crate::audit::Action::ClotureGuichet;
        traced(&mut tx, session, dmp_id, action, now).await?;
        crate::notify::notify(
            &mut tx,
            dmp_id,
            crate::notify::Event::Closure,
            "notify-desk-closed",
            &[],
        )
        .await?;
        crate::session::end_record_sessions(&mut tx, dmp_id).await?;
    }
    tx.commit().await?;
    Ok(())
}
