//! Step 3: the DMP is created in one transaction (record, INS, account,
//! consent and choices, legal representative, 24 months of reimbursement
//! lines, acknowledgement in the outbox), or not at all.

use super::Informations;
use crate::credentials::new_login;
use crate::domain::fmt::date_in;
use crate::domain::ins::{insc, Ins, InsAuthority, Mode};
use crate::domain::nir::Nir;
use crate::outbox::{enqueue, About, Channel, Message};
use crate::pdf::{render_in, Block};
use crate::registry::{copy_history, history_start, Beneficiary, AGE_OF_MAJORITY};
use chrono::{DateTime, Datelike, Utc};
use sqlx::PgConnection;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Created {
        dmp_id: i64,
        /// A record opened for a minor, given to its now adult holder: not
        /// a new DMP, and not counted as one.
        taken_over: bool,
    },
    /// Someone (another tab, another device) created it first.
    AlreadyHasDmp,
    /// The creation code was used or expired meanwhile.
    CodeUnusable,
}

/// Who opened the DMP besides the person: nobody on the web and at
/// kiosks, an agent at a desk, a professional in their space.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    Person,
    Staff(i64),
    Professional(i64),
}

pub struct Request<'a> {
    pub beneficiary: &'a Beneficiary,
    /// The creation code spent; `None` where someone vouches for the
    /// person instead (an agent, a professional: [`Actor`]).
    pub code_id: Option<i64>,
    pub informations: &'a Informations,
    pub password_hash: &'a str,
    pub channel: &'a str,
    pub actor: Actor,
    /// The association's workshop it is opened at (channel `atelier`).
    pub workshop_id: Option<i64>,
    pub mode: Mode,
    pub terms_version: &'a str,
    pub now: DateTime<Utc>,
}

/// Whether the person's DMP, opened while they were a minor (with a
/// representative), has no account of its own and they have come of age,
/// and no guardian represents them: it is theirs to take over, with the
/// same identification as a creation (§4.6).
pub async fn awaits_its_holder(
    conn: &mut PgConnection,
    beneficiary_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    // The same calendar as the end of the representatives' access.
    sqlx::query_scalar(concat!(
        "SELECT EXISTS (SELECT 1 FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
         WHERE d.beneficiary_id = $1 AND d.status = 'ACTIVE' \
           AND NOT EXISTS (SELECT 1 FROM patient_account a WHERE a.dmp_id = d.id) \
           AND EXISTS (SELECT 1 FROM legal_representative r WHERE r.dmp_id = d.id) \
           AND NOT EXISTS (SELECT 1 FROM legal_representative r WHERE r.dmp_id = d.id \
             AND r.guardianship AND r.ended_at IS NULL) AND NOT ",
        crate::registry::under_age!("b.birth_date", "$2", "$3"),
        ")"
    ))
    .bind(beneficiary_id)
    .bind(now)
    .bind(AGE_OF_MAJORITY as i32)
    .fetch_one(conn)
    .await
}

/// Creates the DMP inside the caller's transaction; or, for a record
/// opened when its holder was a minor, gives it to its now adult holder.
pub async fn create(tx: &mut PgConnection, r: &Request<'_>) -> Result<Outcome, sqlx::Error> {
    let b = r.beneficiary;
    let code_ok = match r.code_id {
        Some(code_id) => crate::registry::spend_code(tx, code_id, r.now).await?,
        None => true,
    };
    let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM dmp WHERE beneficiary_id = $1")
        .bind(b.id)
        .fetch_optional(&mut *tx)
        .await?;
    if let Some(dmp_id) = existing {
        // Someone who vouches for the person serves an existing record
        // with its own tools (new credentials, contacts), not this one.
        if r.code_id.is_none() || !awaits_its_holder(tx, b.id, r.now).await? {
            return Ok(Outcome::AlreadyHasDmp);
        }
        if !code_ok {
            return Ok(Outcome::CodeUnusable);
        }
        return take_over(tx, r, dmp_id).await;
    }
    if !code_ok {
        return Ok(Outcome::CodeUnusable);
    }

    let nir =
        Nir::parse(&b.nir).map_err(|e| sqlx::Error::Protocol(format!("registry NIR: {e}")))?;
    // A practice record is a fictitious person's: the test INS authority,
    // whatever the portal's mode.
    let (authority, mode) = if r.channel == super::PRACTICE_CHANNEL {
        (InsAuthority::NirTest, Mode::Demo)
    } else {
        (InsAuthority::default_for(r.mode), r.mode)
    };
    let ins = Ins::new(nir.clone(), authority, mode)
        .map_err(|e| sqlx::Error::Protocol(format!("INS: {e}")))?;
    let yymmdd = format!(
        "{:02}{:02}{:02}",
        b.birth_date.year() % 100,
        b.birth_date.month(),
        b.birth_date.day()
    );
    let insc = insc(&nir, b.first_name(), &yymmdd).ok();
    let i = r.informations;
    let dmp_id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO dmp (beneficiary_id, ins_value, ins_oid, insc, created_at, creation_channel, \
         department, terms_version, consent_at, oppose_centre15, oppose_bris_de_glace, choices_at, \
         created_by_staff, created_by_professional, workshop_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $5, $9, $10, $5, $11, $12, $13) \
         ON CONFLICT (beneficiary_id) DO NOTHING RETURNING id",
    )
    .bind(b.id)
    .bind(ins.matricule.as_str())
    .bind(ins.authority.oid())
    .bind(&insc)
    .bind(r.now)
    .bind(r.channel)
    .bind(&b.caisse)
    .bind(r.terms_version)
    .bind(!i.samu)
    .bind(!i.bris_de_glace)
    .bind(match r.actor {
        Actor::Staff(id) => Some(id),
        _ => None,
    })
    .bind(match r.actor {
        Actor::Professional(id) => Some(id),
        _ => None,
    })
    .bind(r.workshop_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(dmp_id) = dmp_id else {
        return Ok(Outcome::AlreadyHasDmp);
    };

    // For a minor, the account is the legal representative's own (with the
    // contacts typed at step 2, theirs): it reads the record in the
    // representative's role and never sees what is kept from representatives
    // (§4.6). The minor gets an account of their own at majority.
    let holder_account = i.representative.is_none().then_some(dmp_id);
    // With neither e-mail nor mobile (only where someone vouches for the
    // person), no account: the professionals the person chooses use the
    // record, and a desk issues credentials once a channel is given.
    let account_id: Option<i64> = if i.email.is_none() && i.mobile.is_none() {
        None
    } else {
        let (email, mobile) = (
            i.email.as_ref().map(|e| e.as_str()),
            i.mobile.as_ref().map(|m| m.as_str()),
        );
        Some(new_account(tx, holder_account, email, mobile, r.password_hash, r.now).await?)
    };

    if let Some(rep) = &i.representative {
        sqlx::query(
            "INSERT INTO legal_representative (dmp_id, relation, birth_name, first_names, consent_at, \
             account_id) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(dmp_id)
        .bind(rep.relation)
        .bind(&rep.birth_name)
        .bind(&rep.first_names)
        .bind(r.now)
        .bind(account_id)
        .execute(&mut *tx)
        .await?;
    }

    copy_history(tx, dmp_id, b.id, history_start(r.now)).await?;
    enqueue(tx, &acknowledgement(b, i, r.now)).await?;
    if r.channel == super::PRACTICE_CHANNEL {
        fill_practice_record(tx, dmp_id, b.id).await?;
    }
    Ok(Outcome::Created {
        dmp_id,
        taken_over: false,
    })
}

/// A practice record comes ready to read (issue 16): the documents made
/// for its fictitious person in every space, and their notification.
async fn fill_practice_record(
    tx: &mut PgConnection,
    dmp_id: i64,
    beneficiary_id: i64,
) -> Result<(), sqlx::Error> {
    let deposited = sqlx::query(
        "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, \
         author_professional_id, content_type, content) \
         SELECT $1, d.type_code, d.title, d.care_date, d.deposited_at, d.author_professional_id, \
           'application/pdf', d.content \
         FROM practice_document d JOIN practice_card c ON c.id = d.card_id \
         WHERE c.beneficiary_id = $2 ORDER BY d.deposited_at",
    )
    .bind(dmp_id)
    .bind(beneficiary_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if deposited > 0 {
        crate::notify::notify(
            tx,
            dmp_id,
            crate::notify::Event::NewDocument,
            "notify-practice",
            &[("count", (deposited as i64).into())],
        )
        .await?;
    }
    Ok(())
}

/// A new account for the record (`None`: a representative's, linked by
/// `legal_representative`); a login already taken is drawn again (rare:
/// 8.5·10^11 possibilities).
pub async fn new_account(
    tx: &mut PgConnection,
    dmp_id: Option<i64>,
    email: Option<&str>,
    mobile: Option<&str>,
    password_hash: &str,
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    loop {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO patient_account (dmp_id, login, password_hash, email, mobile, created_at, lang) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (login) DO NOTHING RETURNING id",
        )
        .bind(dmp_id)
        .bind(new_login())
        .bind(password_hash)
        .bind(email)
        .bind(mobile)
        .bind(now)
        .bind(crate::i18n::locale().lang.code())
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(id) = inserted {
            return Ok(id);
        }
    }
}

/// The young adult takes over the record opened for them as a minor: their
/// own account and choices; the representatives' links end (their access
/// ended on the 18th birthday already); traced.
async fn take_over(
    tx: &mut PgConnection,
    r: &Request<'_>,
    dmp_id: i64,
) -> Result<Outcome, sqlx::Error> {
    let i = r.informations;
    sqlx::query(
        "UPDATE dmp SET terms_version = $2, consent_at = $3, oppose_centre15 = $4, \
         oppose_bris_de_glace = $5, choices_at = $3 WHERE id = $1",
    )
    .bind(dmp_id)
    .bind(r.terms_version)
    .bind(r.now)
    .bind(!i.samu)
    .bind(!i.bris_de_glace)
    .execute(&mut *tx)
    .await?;
    let account_id: i64 = loop {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO patient_account (dmp_id, login, password_hash, email, mobile, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(dmp_id)
        .bind(new_login())
        .bind(r.password_hash)
        .bind(i.email.as_ref().map(|e| e.as_str()))
        .bind(i.mobile.as_ref().map(|m| m.as_str()))
        .bind(r.now)
        .fetch_optional(&mut *tx)
        .await?;
        match inserted {
            Some(id) => break id,
            // Someone took it over first (another tab): nothing twice.
            None if sqlx::query_scalar::<_, bool>(
                "SELECT EXISTS (SELECT 1 FROM patient_account WHERE dmp_id = $1)",
            )
            .bind(dmp_id)
            .fetch_one(&mut *tx)
            .await? =>
            {
                return Ok(Outcome::AlreadyHasDmp)
            }
            None => continue,
        }
    };
    sqlx::query(
        "UPDATE legal_representative SET ended_at = $2 WHERE dmp_id = $1 AND ended_at IS NULL",
    )
    .bind(dmp_id)
    .bind(r.now)
    .execute(&mut *tx)
    .await?;
    crate::audit::trace(
        &mut *tx,
        dmp_id,
        account_id,
        crate::audit::Action::RepriseParLeTitulaire,
        None,
        r.now,
    )
    .await?;
    Ok(Outcome::Created {
        dmp_id,
        taken_over: true,
    })
}

/// The « Accusé de réception »: by e-mail when one was given, else a letter
/// to the postal address on file. It never carries the credentials
/// (domain.md §4.2: never both secrets over one electronic channel).
fn acknowledgement(b: &Beneficiary, i: &Informations, now: DateTime<Utc>) -> Message {
    use crate::i18n::text_in;
    let lang = crate::i18n::locale().lang;
    let say = |key| text_in(lang, key, &[]);
    let name = b.usage_name.as_deref().unwrap_or(&b.birth_name);
    let greeting = crate::outbox::dear(lang, b.male, b.first_name(), name);
    let yes_no = |accepted: bool| {
        say(if accepted {
            "mail-ack-allowed"
        } else {
            "mail-ack-refused"
        })
    };
    let text = crate::outbox::mail_text(
        lang,
        &greeting,
        "mail-ack-body",
        &[
            ("date", date_in(lang, now.date_naive()).into()),
            ("samu", yes_no(i.samu).into()),
            ("bdg", yes_no(i.bris_de_glace).into()),
        ],
    );
    let subject = say("mail-ack-subject");
    match &i.email {
        Some(email) => Message {
            about: About::Person(b.id),
            channel: Channel::Email,
            recipient: email.as_str().to_string(),
            subject,
            body: text,
            attachment: None,
            purpose: "creation_ack",
        },
        None => {
            let civility = crate::outbox::civility(lang, b.male);
            let address = format!(
                "{civility} {} {name}\n{}\n{} {}",
                b.first_name(),
                b.address_line,
                b.postal_code,
                b.city
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
                    Block::Paragraph(text),
                ],
            );
            Message {
                about: About::Person(b.id),
                channel: Channel::Letter,
                recipient: address,
                subject,
                body: say("mail-ack-letter-note"),
                attachment: Some((say("mail-ack-letter-file"), letter)),
                purpose: "creation_ack",
            }
        }
    }
}
