//! Step 3: the DMP is created in one transaction (record, INS, account,
//! consent and choices, legal representative, 24 months of reimbursement
//! lines, acknowledgement in the outbox), or not at all.

use super::informations::Informations;
use super::secrets_pdf::french_date;
use crate::domain::ins::{insc, Ins, InsAuthority, Mode};
use crate::domain::nir::Nir;
use crate::outbox::{enqueue, Channel, Message};
use crate::pdf::{render, Block};
use argon2::password_hash::{rand_core::OsRng, PasswordHasher, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Datelike, Months, NaiveDate, Utc};
use rand::Rng;
use sqlx::PgConnection;

/// How far back the insurer's history goes into a new record.
pub const HISTORY_MONTHS: u32 = 24;

/// Age of majority [I] (domain.md §4.6 `age-majorite`).
pub const AGE_OF_MAJORITY: u32 = 18;

pub fn is_minor(birth: NaiveDate, today: NaiveDate) -> bool {
    birth
        .checked_add_months(Months::new(12 * AGE_OF_MAJORITY))
        .is_some_and(|majority| majority > today)
}

/// The registry's facts about the person, read inside the transaction.
#[derive(Clone, Debug)]
pub struct Beneficiary {
    pub id: i64,
    pub nir: String,
    pub birth_name: String,
    pub usage_name: Option<String>,
    pub first_names: String,
    pub male: bool,
    pub birth_date: NaiveDate,
    pub address_line: String,
    pub postal_code: String,
    pub city: String,
    pub caisse: String,
}

impl Beneficiary {
    pub fn first_name(&self) -> &str {
        self.first_names.split(' ').next().unwrap_or_default()
    }

    /// « NOM Prénom », the usage name when there is one.
    pub fn full_name(&self) -> String {
        let name = self.usage_name.as_deref().unwrap_or(&self.birth_name);
        format!("{name} {}", self.first_name())
    }
}

pub async fn beneficiary(
    conn: &mut PgConnection,
    id: i64,
) -> Result<Option<Beneficiary>, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let row: Option<(
        i64,
        String,
        String,
        Option<String>,
        String,
        String,
        NaiveDate,
        String,
        String,
        String,
        String,
    )> = sqlx::query_as(
        "SELECT id, nir, birth_name, usage_name, first_names, sex, birth_date, address_line, \
         postal_code, city, caisse_code FROM beneficiary WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| Beneficiary {
        id: r.0,
        nir: r.1,
        birth_name: r.2,
        usage_name: r.3,
        first_names: r.4,
        male: r.5 == "M",
        birth_date: r.6,
        address_line: r.7,
        postal_code: r.8,
        city: r.9,
        caisse: r.10,
    }))
}

/// Letters and digits nobody confuses when reading them off paper.
const LOGIN_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
const PASSWORD_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";

/// 8 characters [I]: short enough to type, 31^8 ≈ 8.5·10^11 possibilities.
pub fn new_login() -> String {
    let mut rng = rand::rngs::OsRng;
    (0..8)
        .map(|_| LOGIN_ALPHABET[rng.gen_range(0..LOGIN_ALPHABET.len())] as char)
        .collect()
}

/// 12 characters with upper case, lower case and digits (about 69 bits).
pub fn new_password() -> String {
    let mut rng = rand::rngs::OsRng;
    loop {
        let p: String = (0..12)
            .map(|_| PASSWORD_ALPHABET[rng.gen_range(0..PASSWORD_ALPHABET.len())] as char)
            .collect();
        let classes = [
            p.chars().any(|c| c.is_ascii_uppercase()),
            p.chars().any(|c| c.is_ascii_lowercase()),
            p.chars().any(|c| c.is_ascii_digit()),
        ];
        if classes.iter().all(|c| *c) {
            return p;
        }
    }
}

/// argon2id with the crate's defaults (19 MiB, 2 passes): slow on
/// purpose, so callers run it with `spawn_blocking`.
pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 accepts any password and a generated salt")
        .to_string()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Created {
        dmp_id: i64,
    },
    /// Someone (another tab, another device) created it first.
    AlreadyHasDmp,
    /// The creation code was used or expired meanwhile.
    CodeUnusable,
}

pub struct Request<'a> {
    pub beneficiary: &'a Beneficiary,
    pub code_id: i64,
    pub informations: &'a Informations,
    pub password_hash: &'a str,
    pub channel: &'a str,
    pub mode: Mode,
    pub terms_version: &'a str,
    pub now: DateTime<Utc>,
}

/// Whether the person's DMP, opened while they were a minor, has no account
/// of its own and they have come of age: it is theirs to take over, with
/// the same identification as a creation (§4.6).
pub async fn awaits_its_holder(
    conn: &mut PgConnection,
    beneficiary_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    // The same calendar as the end of the representatives' access.
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
         WHERE d.beneficiary_id = $1 AND d.status = 'ACTIVE' \
           AND NOT EXISTS (SELECT 1 FROM patient_account a WHERE a.dmp_id = d.id) \
           AND b.birth_date + make_interval(years => $3) <= ($2 AT TIME ZONE 'Europe/Paris')::date)",
    )
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
    let code_ok = crate::creation::code_request::spend(tx, r.code_id, r.now).await?;
    let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM dmp WHERE beneficiary_id = $1")
        .bind(b.id)
        .fetch_optional(&mut *tx)
        .await?;
    if let Some(dmp_id) = existing {
        if !awaits_its_holder(tx, b.id, r.now).await? {
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
    let ins = Ins::new(nir.clone(), InsAuthority::default_for(r.mode), r.mode)
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
         department, terms_version, consent_at, oppose_centre15, oppose_bris_de_glace, choices_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $5, $9, $10, $5) \
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
    // A login already taken is drawn again (rare: 8.5·10^11 possibilities).
    let account_id: i64 = loop {
        let inserted: Option<i64> = sqlx::query_scalar(
            "INSERT INTO patient_account (dmp_id, login, password_hash, email, mobile, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (login) DO NOTHING RETURNING id",
        )
        .bind(holder_account)
        .bind(new_login())
        .bind(r.password_hash)
        .bind(i.email.as_ref().map(|e| e.as_str()))
        .bind(i.mobile.as_ref().map(|m| m.as_str()))
        .bind(r.now)
        .fetch_optional(&mut *tx)
        .await?;
        if let Some(id) = inserted {
            break id;
        }
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
    Ok(Outcome::Created { dmp_id })
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
    crate::record::trace(
        &mut *tx,
        dmp_id,
        account_id,
        "reprise_par_le_titulaire",
        None,
        r.now,
    )
    .await?;
    Ok(Outcome::Created { dmp_id })
}

/// The first day of care a new record receives: 24 months back.
pub fn history_start(now: DateTime<Utc>) -> NaiveDate {
    let today = now.date_naive();
    today
        .checked_sub_months(Months::new(HISTORY_MONTHS))
        .unwrap_or(today)
}

pub async fn copy_history(
    tx: &mut PgConnection,
    dmp_id: i64,
    beneficiary_id: i64,
    since: NaiveDate,
) -> Result<(), sqlx::Error> {
    const COPIES: [&str; 5] = [
        "INSERT INTO record_remb_pharmacy (dmp_id, care_date, hospital, cip13, label, active_ingredients, quantity, source) \
         SELECT $1, care_date, hospital, cip13, label, active_ingredients, quantity, source \
         FROM remb_pharmacy WHERE beneficiary_id = $2 AND care_date >= $3",
        "INSERT INTO record_remb_care (dmp_id, care_date, hospital, act_system, act_code, coefficient, label, specialty, source) \
         SELECT $1, care_date, hospital, act_system, act_code, coefficient, label, specialty, source \
         FROM remb_care WHERE beneficiary_id = $2 AND care_date >= $3",
        "INSERT INTO record_remb_radiology (dmp_id, care_date, hospital, ccam_code, coefficient, label, source) \
         SELECT $1, care_date, hospital, ccam_code, coefficient, label, source \
         FROM remb_radiology WHERE beneficiary_id = $2 AND care_date >= $3",
        "INSERT INTO record_remb_hospital (dmp_id, admission_date, hospital, length_days, nature, source) \
         SELECT $1, admission_date, hospital, length_days, nature, source \
         FROM remb_hospital WHERE beneficiary_id = $2 AND admission_date >= $3",
        "INSERT INTO record_remb_biology (dmp_id, care_date, hospital, nabm_code, label, quantity, source) \
         SELECT $1, care_date, hospital, nabm_code, label, quantity, source \
         FROM remb_biology WHERE beneficiary_id = $2 AND care_date >= $3",
    ];
    for sql in COPIES {
        sqlx::query(sql)
            .bind(dmp_id)
            .bind(beneficiary_id)
            .bind(since)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

pub const ACKNOWLEDGEMENT_SUBJECT: &str = "Accusé de réception création d'un DMP";

/// The « Accusé de réception »: by e-mail when one was given, else a letter
/// to the postal address on file. It never carries the credentials
/// (domain.md §4.2: never both secrets over one electronic channel).
fn acknowledgement(b: &Beneficiary, i: &Informations, now: DateTime<Utc>) -> Message {
    let civility = if b.male { "Monsieur" } else { "Madame" };
    let name = b.usage_name.as_deref().unwrap_or(&b.birth_name);
    let greeting = format!("{civility} {} {name},", b.first_name());
    let yes_no = |accepted: bool| if accepted { "autorisé" } else { "refusé" };
    let text = format!(
        "{greeting}\n\n\
         Nous vous confirmons la création de votre Dossier Médical Partagé (DMP) le {date}.\n\n\
         Votre DMP est votre carnet de santé numérique : vous seul et les professionnels de santé \
         que vous autorisez peuvent le consulter. Les données de vos remboursements des 24 \
         derniers mois y ont été ajoutées.\n\n\
         Vos choix, modifiables à tout moment dans votre espace personnel :\n\
         - accès par le médecin régulateur du SAMU – Centre 15 : {samu} ;\n\
         - accès en urgence (« bris de glace ») par un professionnel de santé : {bdg}.\n\n\
         Pour accéder à votre DMP, utilisez l'identifiant et le mot de passe du document des \
         secrets remis lors de la création, puis le code à usage unique que vous recevrez.\n\n\
         Si vous n'êtes pas à l'origine de cette création, appelez le 36 46 : vous pouvez \
         demander la fermeture de ce DMP à tout moment.\n\n\
         L'Assurance Maladie",
        date = french_date(now.date_naive()),
        samu = yes_no(i.samu),
        bdg = yes_no(i.bris_de_glace),
    );
    match &i.email {
        Some(email) => Message {
            channel: Channel::Email,
            recipient: email.as_str().to_string(),
            subject: ACKNOWLEDGEMENT_SUBJECT.into(),
            body: text,
            attachment: None,
            purpose: "creation_ack",
        },
        None => {
            let address = format!(
                "{civility} {} {name}\n{}\n{} {}",
                b.first_name(),
                b.address_line,
                b.postal_code,
                b.city
            );
            let letter = render(
                ACKNOWLEDGEMENT_SUBJECT,
                &[
                    Block::Paragraph("Assurance Maladie – Dossier Médical Partagé".into()),
                    Block::Space(24.0),
                    Block::Paragraph(address.clone()),
                    Block::Space(24.0),
                    Block::Heading(ACKNOWLEDGEMENT_SUBJECT.into()),
                    Block::Paragraph(text),
                ],
            );
            Message {
                channel: Channel::Letter,
                recipient: address,
                subject: ACKNOWLEDGEMENT_SUBJECT.into(),
                body: "Courrier : accusé de réception de création de DMP (voir la lettre jointe)."
                    .into(),
                attachment: Some(("accuse-de-reception-dmp.pdf".into(), letter)),
                purpose: "creation_ack",
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minority_ends_on_the_eighteenth_birthday() {
        let birth = NaiveDate::from_ymd_opt(2008, 11, 22).unwrap();
        assert!(is_minor(
            birth,
            NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
        ));
        assert!(!is_minor(
            birth,
            NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
        ));
    }

    #[test]
    fn generated_secrets_have_their_shape() {
        for _ in 0..50 {
            let login = new_login();
            assert_eq!(login.len(), 8);
            assert!(login.bytes().all(|c| LOGIN_ALPHABET.contains(&c)));
            let p = new_password();
            assert_eq!(p.len(), 12);
            assert!(p.chars().any(|c| c.is_ascii_digit()));
        }
        assert_ne!(new_password(), new_password());
    }

    #[test]
    fn history_goes_back_24_months() {
        let now = DateTime::parse_from_rfc3339("2026-11-02T10:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        assert_eq!(
            history_start(now),
            NaiveDate::from_ymd_opt(2024, 11, 2).unwrap()
        );
    }
}
