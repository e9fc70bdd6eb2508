//! « Représentants légaux »: a minor's record has up to two legal
//! representatives, each signing in with their own account (domain.md §4.6).
//! The first adds the second from the record (identity and contact): a
//! 6-digit code goes to the new representative only, who types it back at
//! `/representant-legal` with a password of their own, and is then signed
//! in. A representative ends their own access, or that of one they added;
//! any other removal is done at a desk.

use super::RecordNav;
use crate::domain::contact::{Email, Mobile};
use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::forms::people::{contacts, representative, Representative, RELATIONS};
use crate::forms::ui::{field_error, track_errors, ErrorSummary, GeneralErrors};
use crate::messages::Text;
use crate::password::NewPasswordForm;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use serde::{Deserialize, Serialize};

pub use crate::paths::{
    INVITATION_PATH as ACCEPT_PATH, INVITATION_WELCOME_PATH as WELCOME_PATH,
    REPRESENTATIVES_PATH as PATH,
};
/// Two representatives at most (parents).
pub const MAX_REPRESENTATIVES: i64 = 2;
/// [I] The invited person may be away: a week to answer, 3 wrong codes,
/// 5 invitations a day from one account.
pub const INVITATION_DAYS: i64 = 7;
pub const INVITATION_TRIES: i16 = 3;
pub const INVITATIONS_PER_DAY: i64 = 5;

pub fn relation_label(code: &str) -> &'static str {
    RELATIONS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, l)| *l)
        .unwrap_or("Représentant légal")
}

/// One representative as the page lists them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listed {
    pub id: i64,
    pub name: String,
    pub relation: String,
    pub yours: bool,
    /// Added by the reader: they may end this access.
    pub removable: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepresentativesPage {
    /// Whose record: « Emma JEAN-BAPTISTE ».
    pub child: String,
    /// The reader is one of the representatives (not the holder).
    pub as_representative: bool,
    pub representatives: Vec<Listed>,
    /// (name and relation, until) of the invitation waiting for its code.
    pub pending: Option<(String, String)>,
    pub may_invite: bool,
}

/// The new representative's identity and contact, checked by step 2's own
/// rules (the same messages, the same fields).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    pub rep_relation: String,
    #[serde(default)]
    pub rep_birth_name: String,
    #[serde(default)]
    pub rep_first_names: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub email_confirm: String,
    #[serde(default)]
    pub mobile: String,
    #[serde(default)]
    pub mobile_confirm: String,
}

pub const INVITE_FIELDS: &[Field] = &[
    Field::RepRelation,
    Field::RepBirthName,
    Field::RepFirstNames,
    Field::Email,
    Field::EmailConfirm,
    Field::Mobile,
    Field::MobileConfirm,
];

/// The invited representative, once the form is valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invitee {
    pub representative: Representative,
    pub email: Option<Email>,
    pub mobile: Option<Mobile>,
}

impl InviteForm {
    pub fn validate(&self) -> Result<Invitee, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut push =
            |field, message: crate::messages::Msg| errors.push(FieldError { field, message });
        let who = representative(
            &self.rep_relation,
            &self.rep_birth_name,
            &self.rep_first_names,
            &mut push,
        );
        let reach = contacts(
            [&self.email, &self.email_confirm],
            [&self.mobile, &self.mobile_confirm],
            &mut push,
        );
        match (who, reach) {
            (Some(representative), Ok((email, mobile))) if errors.is_empty() => Ok(Invitee {
                representative,
                email,
                mobile,
            }),
            _ => Err(errors),
        }
    }
}

/// What the invited representative types.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AcceptForm {
    #[serde(default)]
    pub contact: String,
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub confirm: String,
}

pub const ACCEPT_FIELDS: &[Field] = &[
    Field::InvitationContact,
    Field::OneTimeCode,
    Field::Password,
    Field::PasswordConfirm,
];

/// The address or number the code was sent to, in its stored form.
pub fn parse_contact(typed: &str) -> Option<String> {
    use crate::domain::contact::{Email, Mobile};
    if typed.contains('@') {
        Email::parse(typed).ok().map(|e| e.as_str().to_string())
    } else {
        Mobile::parse(typed).ok().map(|m| m.as_str().to_string())
    }
}

impl AcceptForm {
    /// Everything that can be said before the database is asked.
    pub fn check(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if parse_contact(&self.contact).is_none() {
            errors.push(FieldError::new(
                Field::InvitationContact,
                Text::EnterInvitationContact,
            ));
        }
        let code: String = self.code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
            errors.push(FieldError::new(
                Field::OneTimeCode,
                Text::EnterInvitationCode,
            ));
        }
        errors.extend(
            NewPasswordForm {
                password: self.password.clone(),
                confirm: self.confirm.clone(),
            }
            .check_rules(&[]),
        );
        errors
    }
}

#[cfg(feature = "ssr")]
pub mod store {
    use super::*;
    use crate::outbox::{enqueue, Channel, Message};
    use crate::record::notifications::{notify, Event};
    use crate::session::patient::{PatientSession, Role};
    use chrono::{DateTime, Duration, Utc};
    use rand::Rng;
    use sqlx::{PgConnection, PgPool};

    fn code_hash(key: &[u8], dmp_id: i64, code: &str) -> [u8; 32] {
        crate::secret::keyed_hash(key, &format!("representative-invitation:{dmp_id}:{code}"))
    }

    async fn child_name(conn: &mut PgConnection, dmp_id: i64) -> Result<String, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT split_part(b.first_names, ' ', 1) || ' ' || coalesce(b.usage_name, b.birth_name) \
             FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE d.id = $1",
        )
        .bind(dmp_id)
        .fetch_one(conn)
        .await
    }

    /// Active representatives of a record whose holder is still a minor
    /// and whose record is open; locks the record's row.
    async fn lock_minor_record(
        conn: &mut PgConnection,
        dmp_id: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>, sqlx::Error> {
        sqlx::query_scalar(
            "SELECT (SELECT count(*) FROM legal_representative r WHERE r.dmp_id = d.id \
               AND r.ended_at IS NULL) FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
             WHERE d.id = $1 AND d.status = 'ACTIVE' \
               AND b.birth_date + make_interval(years => $3) > ($2 AT TIME ZONE 'Europe/Paris')::date \
             FOR UPDATE OF d",
        )
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
        sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
             WHERE d.id = $1 AND d.status = 'ACTIVE' \
               AND b.birth_date + make_interval(years => $3) > ($2 AT TIME ZONE 'Europe/Paris')::date)",
        )
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
        let code = format!("{:06}", rand::rngs::OsRng.gen_range(0..1_000_000u32));
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
        if let Some(email) = email {
            enqueue(
                &mut tx,
                &Message {
                    channel: Channel::Email,
                    recipient: email,
                    subject: "Votre accès au DMP d'un enfant dont vous êtes représentant légal".into(),
                    body: format!(
                        "Bonjour,\n\nL'autre représentant légal de {first} vous a désigné(e) comme représentant \
                         légal sur son Dossier Médical Partagé (DMP). Pour créer votre propre accès, allez sur le \
                         site du DMP, page « {ACCEPT_PATH} » (lien « J'ai reçu un code de représentant légal » \
                         de la page de connexion), et saisissez cette adresse e-mail et le code : {code}\n\n\
                         Le code est valable jusqu'au {day}. Si vous ne connaissez pas cet enfant, ignorez ce \
                         message : rien ne sera créé.\n\nL'Assurance Maladie"
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
                    channel: Channel::Sms,
                    recipient: mobile,
                    subject: String::new(),
                    body: format!(
                        "DMP : vous êtes désigné(e) représentant légal de {first}. Code {code}, à saisir \
                         avec ce numéro sur le site du DMP, page {ACCEPT_PATH}, avant le {day}."
                    ),
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
            "invitation_representant_legal",
            None,
            Some(&format!(
                "{} {} ({})",
                who.first_names,
                who.birth_name,
                relation_label(who.relation)
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
        kiosk: bool,
        now: DateTime<Utc>,
    ) -> Result<Accepted, sqlx::Error> {
        use subtle::ConstantTimeEq;
        let errors = form.check();
        if !errors.is_empty() {
            return Ok(Accepted::Refused(errors));
        }
        let contact = parse_contact(&form.contact).unwrap_or_default();
        let typed: String = form.code.chars().filter(|c| !c.is_whitespace()).collect();
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
            .find(|c| bool::from(code_hash(key, c.1, &typed).ct_eq(c.8.as_slice())));
        let wrong = || {
            Accepted::Refused(vec![FieldError::new(
                Field::OneTimeCode,
                Text::InvitationCodeWrong,
            )])
        };
        let Some((id, dmp_id, invited_by, relation, birth_name, first_names, email, mobile, _)) =
            found
        else {
            sqlx::query(
                "UPDATE representative_invitation SET wrong_attempts = wrong_attempts + 1 \
                 WHERE (email = $1 OR mobile = $1) AND accepted_at IS NULL AND expires_at > $2",
            )
            .bind(&contact)
            .bind(now)
            .execute(&mut *tx)
            .await?;
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
            return Ok(wrong());
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
        sqlx::query("UPDATE representative_invitation SET accepted_at = $2 WHERE id = $1")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        crate::audit::trace_detail(
            &mut tx,
            dmp_id,
            account_id,
            "ajout_representant_legal",
            None,
            Some(&format!(
                "{first_names} {birth_name} ({})",
                relation_label(&relation)
            )),
            now,
        )
        .await?;
        notify(
            &mut tx,
            dmp_id,
            Event::Representation,
            "Un second représentant légal accède au DMP",
            "Bonjour,\n\nUn second représentant légal a désormais son propre accès au Dossier Médical \
             Partagé (DMP) de votre enfant. Vous le retrouvez, avec son lien de parenté, dans la page \
             « Représentants légaux » du DMP.\n\nL'Assurance Maladie",
            "DMP : un second représentant légal a désormais accès au DMP de votre enfant.",
        )
        .await?;
        let token = crate::session::patient::open(
            &mut tx,
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
        crate::session::patient::choose(&mut tx, session_id, dmp_id, Role::Representative).await?;
        crate::audit::trace(&mut tx, dmp_id, account_id, "connexion", None, now).await?;
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
            "retrait_representant_legal",
            None,
            Some(&format!(
                "{first_names} {birth_name} ({})",
                relation_label(&relation)
            )),
            now,
        )
        .await?;
        // The person whose access ended hears of it, without details.
        let body = "Bonjour,\n\nVotre accès, en tant que représentant légal, au Dossier Médical Partagé \
                    (DMP) d'un enfant a pris fin. Si vous n'êtes pas à l'origine de ce changement et pensez \
                    qu'il s'agit d'une erreur, adressez-vous à l'accueil de votre caisse d'Assurance \
                    Maladie.\n\nL'Assurance Maladie";
        let sms = "DMP : votre accès de représentant légal au DMP d'un enfant a pris fin.";
        for (channel, recipient, text) in
            [(Channel::Email, email, body), (Channel::Sms, mobile, sms)]
        {
            if let Some(recipient) = recipient {
                enqueue(
                    &mut tx,
                    &Message {
                        channel,
                        recipient,
                        subject: "Votre accès à un DMP a pris fin".into(),
                        body: text.into(),
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
            "L'accès d'un représentant légal au DMP a pris fin",
            "Bonjour,\n\nL'accès d'un représentant légal au Dossier Médical Partagé (DMP) de votre enfant a \
             pris fin. Le détail est dans l'historique des accès du DMP.\n\nL'Assurance Maladie",
            "DMP : l'accès d'un représentant légal au DMP de votre enfant a pris fin.",
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
}

/// `None` when nobody is signed in.
#[server(endpoint = "dmp/representants")]
pub async fn load_representatives() -> Result<Option<RepresentativesPage>, PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await?;
    let page = store::page(&mut conn, &session, now).await?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        "consultation_representants",
        None,
        now,
    )
    .await?;
    Ok(Some(page))
}

#[server(endpoint = "dmp/inviter-representant")]
pub async fn invite_representative(form: InviteForm) -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    let rep = form.validate().map_err(PortalError::Invalid)?;
    let (_, services, _) = crate::http::request()?;
    match store::invite(&pool, &services.key, &session, &rep, now).await? {
        Ok(()) => {
            leptos_axum::redirect(&format!("{PATH}?invite=1"));
            Ok(())
        }
        Err(text) => Err(PortalError::refused(text)),
    }
}

#[server(endpoint = "dmp/annuler-invitation")]
pub async fn cancel_invitation() -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    store::cancel(&pool, &session, now).await?;
    leptos_axum::redirect(PATH);
    Ok(())
}

#[server(endpoint = "dmp/retirer-representant")]
pub async fn remove_representative(
    representant: String,
    confirm: Option<String>,
) -> Result<(), PortalError> {
    use store::Removed;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(Text::NotSignedIn));
    };
    if confirm.is_none() {
        return Err(PortalError::Invalid(vec![FieldError::new(
            Field::RemovalConfirm,
            Text::RemovalConfirmBox,
        )]));
    }
    let id = representant.trim().parse::<i64>().unwrap_or_default();
    match store::remove(&pool, &session, id, now).await? {
        Removed::Other => {
            leptos_axum::redirect(&format!("{PATH}?retire=1"));
            Ok(())
        }
        // Another record the account reads, or nothing left to read.
        Removed::Own => {
            let mut conn = pool.acquire().await?;
            if crate::session::patient::records(&mut conn, session.account_id, now)
                .await?
                .is_empty()
            {
                crate::session::patient::close(&mut conn, session.id).await?;
                let (_, services, _) = crate::http::request()?;
                crate::http::set_cookie(&crate::http::cookie(
                    crate::session::patient::COOKIE,
                    None,
                    None,
                    services.secure_cookies(),
                ));
                leptos_axum::redirect(crate::paths::SIGNED_OUT_PATH);
            } else {
                leptos_axum::redirect(crate::paths::CHOOSE_PATH);
            }
            Ok(())
        }
        Removed::NotAllowed => Err(PortalError::refused(Text::RemovalNotAllowed)),
    }
}

#[server(endpoint = "representant-legal/accepter")]
pub async fn accept_invitation(form: AcceptForm) -> Result<(), PortalError> {
    use crate::session::patient::http;
    let (pool, services, visit) = http::context()?;
    crate::http::no_store();
    match store::accept(&pool, &services.key, &form, visit.kiosk, visit.now).await? {
        store::Accepted::Done { token } => {
            crate::http::set_cookie(&crate::http::cookie(
                crate::session::patient::COOKIE,
                Some(&token),
                None,
                services.secure_cookies(),
            ));
            leptos_axum::redirect(WELCOME_PATH);
            Ok(())
        }
        store::Accepted::Refused(errors) => Err(PortalError::Invalid(errors)),
    }
}

/// The new representative's welcome: their login, read from their session.
#[server(endpoint = "representant-legal/bienvenue")]
pub async fn load_welcome() -> Result<Option<(String, String)>, PortalError> {
    let Some((pool, _, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await?;
    let login = store::login(&mut conn, session.account_id).await?;
    let child: String = sqlx::query_scalar(
        "SELECT split_part(b.first_names, ' ', 1) || ' ' || coalesce(b.usage_name, b.birth_name) \
         FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE d.id = $1",
    )
    .bind(session.dmp_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(Some((login, child)))
}

#[component]
pub fn RepresentativesPageView() -> impl IntoView {
    let invite = ServerAction::<InviteRepresentative>::new();
    let cancel = ServerAction::<CancelInvitation>::new();
    let remove = ServerAction::<RemoveRepresentative>::new();
    let data = Resource::new(
        move || {
            (
                invite.version().get(),
                cancel.version().get(),
                remove.version().get(),
            )
        },
        |_| load_representatives(),
    );
    let query = leptos_router::hooks::use_query_map();
    let invited = query.with_untracked(|q| q.get("invite").is_some());
    let removed = query.with_untracked(|q| q.get("retire").is_some());
    view! {
        <Title text="Représentants légaux – Mon DMP"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Représentants légaux"</h1>
            {invited.then(|| view! {
                <div class="notice notice--success" role="status">
                    <p>"L'invitation est envoyée. Le second représentant légal crée son accès avec le code reçu."</p>
                </div>
            })}
            {removed.then(|| view! {
                <div class="notice notice--success" role="status"><p>"Cet accès a pris fin. La personne en est informée."</p></div>
            })}
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(p)) => view! { <Representatives p invite cancel remove/> }.into_any(),
                        Ok(None) => view! { <super::documents::SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Representatives(
    p: RepresentativesPage,
    invite: ServerAction<InviteRepresentative>,
    cancel: ServerAction<CancelInvitation>,
    remove: ServerAction<RemoveRepresentative>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(remove.value(), &[Field::RemovalConfirm], errors, general);
    if !p.as_representative {
        return view! {
            <p>
                {if p.representatives.is_empty() {
                    "Aucun représentant légal n'a accès à votre DMP."
                } else {
                    "Ces représentants légaux ont accès à votre DMP."
                }}
            </p>
            <ul class="cards">
                {p.representatives.into_iter().map(|r| view! {
                    <li class="card"><p>{format!("{} — {}", r.name, r.relation)}</p></li>
                }).collect_view()}
            </ul>
        }
        .into_any();
    }
    view! {
        <p>
            {format!(
                "Le DMP de {} peut être consulté par deux représentants légaux au plus (les parents, ou un tuteur), \
                 chacun avec son propre identifiant, son mot de passe et ses codes de connexion.",
                p.child
            )}
        </p>
        <GeneralErrors messages=general/>
        <ul class="cards">
            {p.representatives.into_iter().map(|r| {
                let id = r.id.to_string();
                let confirm_id = format!("{}-{}", Field::RemovalConfirm.id(), r.id);
                view! {
                    <li class="card">
                        <h2>{format!("{} — {}", r.name, r.relation)}{r.yours.then_some(" (vous)")}</h2>
                        {r.removable.then(|| view! {
                            <ActionForm action=remove attr:novalidate=true>
                                <input type="hidden" name="representant" value=id.clone()/>
                                {field_error(errors, Field::RemovalConfirm)}
                                <div class="choice">
                                    <input type="checkbox" id=confirm_id.clone() name="confirm" value="oui"/>
                                    <label for=confirm_id.clone()>
                                        {if r.yours {
                                            "Je ne souhaite plus accéder à ce DMP".to_string()
                                        } else {
                                            format!("Je retire l'accès de {}", r.name)
                                        }}
                                    </label>
                                </div>
                                <button type="submit" class="button button--secondary">
                                    {if r.yours { "Mettre fin à mon accès" } else { "Retirer son accès" }}
                                </button>
                            </ActionForm>
                        })}
                    </li>
                }
            }).collect_view()}
        </ul>
        {p.pending.map(|(who, until)| view! {
            <div class="notice" role="status">
                <p>{format!("Invitation envoyée à {who}, valable jusqu'au {until} : elle attend son code.")}</p>
                <ActionForm action=cancel>
                    <button type="submit" class="button button--secondary">"Annuler l'invitation"</button>
                </ActionForm>
            </div>
        })}
        {if p.may_invite {
            view! { <InviteFormView action=invite/> }.into_any()
        } else {
            // An invitation refused (two already, a day's limit) says why here.
            let errors = RwSignal::new(Vec::<FieldError>::new());
            let general = RwSignal::new(Vec::new());
            track_errors(invite.value(), INVITE_FIELDS, errors, general);
            view! { <GeneralErrors messages=general/> }.into_any()
        }}
    }
    .into_any()
}

#[component]
fn InviteFormView(action: ServerAction<InviteRepresentative>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), INVITE_FIELDS, errors, general);
    let input = move |field: Field, name: &'static str, label: &'static str, kind: &'static str| {
        view! {
            <div class="field">
                <label class="field__label" for=field.id()>{label}</label>
                {field_error(errors, field)}
                <input class="field__input" type=kind id=field.id() name=name autocomplete="off" maxlength="254"/>
            </div>
        }
    };
    view! {
        <h2>"Ajouter le second représentant légal"</h2>
        <p>
            "Saisissez son identité et son adresse e-mail ou son numéro de mobile (ou les deux). "
            "Il recevra un code à 6 chiffres, valable 7 jours, pour créer son propre accès : "
            "vous ne connaîtrez ni son identifiant ni son mot de passe."
        </p>
        <ActionForm action attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for=Field::RepRelation.id()>"Son lien avec l'enfant"</label>
                {field_error(errors, Field::RepRelation)}
                <select class="field__input" id=Field::RepRelation.id() name="form[rep_relation]">
                    <option value="">"Choisissez"</option>
                    {RELATIONS.iter().map(|(code, label)| view! {
                        <option value=*code>{*label}</option>
                    }).collect_view()}
                </select>
            </div>
            {input(Field::RepBirthName, "form[rep_birth_name]", "Son nom de naissance", "text")}
            {input(Field::RepFirstNames, "form[rep_first_names]", "Ses prénoms", "text")}
            {input(Field::Email, "form[email]", "Son adresse e-mail", "email")}
            {input(Field::EmailConfirm, "form[email_confirm]", "Son adresse e-mail, une seconde fois", "email")}
            {input(Field::Mobile, "form[mobile]", "Son numéro de mobile", "tel")}
            {input(Field::MobileConfirm, "form[mobile_confirm]", "Son numéro de mobile, une seconde fois", "tel")}
            <div class="actions">
                <button type="submit" class="button button--large">"Envoyer l'invitation"</button>
            </div>
        </ActionForm>
    }
}

/// `/representant-legal`: the invited representative creates their access.
#[component]
pub fn AcceptPage() -> impl IntoView {
    let action = ServerAction::<AcceptInvitation>::new();
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), ACCEPT_FIELDS, errors, general);
    let input = move |field: Field,
                      name: &'static str,
                      label: &'static str,
                      hint: Option<&'static str>,
                      kind: &'static str,
                      autocomplete: &'static str| {
        view! {
            <div class="field">
                <label class="field__label" for=field.id()>{label}</label>
                {hint.map(|h| view! { <p class="field__hint">{h}</p> })}
                {field_error(errors, field)}
                <input class="field__input" type=kind id=field.id() name=name autocomplete=autocomplete maxlength="254"/>
            </div>
        }
    };
    view! {
        <Title text="Créer mon accès de représentant légal"/>
        <section class="container">
            <h1>"J'ai reçu un code de représentant légal"</h1>
            <p>
                "L'autre représentant légal d'un enfant vous a invité à accéder au DMP de cet enfant. "
                "Saisissez l'adresse e-mail ou le numéro de mobile où vous avez reçu le code, le code, "
                "puis choisissez votre mot de passe : votre identifiant vous sera donné à la page suivante."
            </p>
            <ActionForm action attr:novalidate=true>
                <ErrorSummary errors/>
                <GeneralErrors messages=general/>
                {input(Field::InvitationContact, "form[contact]", "Adresse e-mail ou numéro de mobile", None, "text", "off")}
                {input(Field::OneTimeCode, "form[code]", "Code reçu (6 chiffres)", None, "text", "one-time-code")}
                {input(
                    Field::Password,
                    "form[password]",
                    "Mot de passe choisi",
                    Some("12 caractères au moins, difficile à deviner : par exemple quatre mots sans rapport entre eux."),
                    "password",
                    "new-password",
                )}
                {input(Field::PasswordConfirm, "form[confirm]", "Mot de passe, une seconde fois", None, "password", "new-password")}
                <div class="actions">
                    <button type="submit" class="button button--large">"Créer mon accès"</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn WelcomePage() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_welcome());
    view! {
        <Title text="Votre accès est créé"/>
        <section class="container">
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some((login, child))) => view! {
                            <h1>"Votre accès est créé"</h1>
                            <div class="notice notice--success" role="status">
                                <p>{format!("Vous êtes représentant légal sur le DMP de {child}.")}</p>
                            </div>
                            <p>"Pour vos prochaines connexions, notez votre identifiant. Vous recevrez aussi un code par e-mail ou par SMS à chaque connexion."</p>
                            <dl class="credentials">
                                <dt>"Identifiant"</dt><dd class="credentials__value">{login}</dd>
                            </dl>
                            <p><A href=crate::paths::RECORD_PATH attr:class="button button--large">{format!("Ouvrir le DMP de {child}")}</A></p>
                        }.into_any(),
                        Ok(None) => view! { <super::documents::SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}
