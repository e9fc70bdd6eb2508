//! `/professionnel/creer`: a professional (a pharmacist, a doctor, a
//! hospital's front desk with its establishment card) opens the DMP of the
//! patient in front of them, identified from the Carte Vitale in hand,
//! after the three questions. The creation is the same as everywhere
//! (`opening::create`), channel `officine` for a pharmacist and
//! `professionnel` otherwise, the professional recorded. Creating gives no
//! right to read: only the patient's authorisation, asked apart, does.

use crate::error::PortalError;
use crate::opening::questions::{CardInHandForm, QuestionsForm};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The patient served, as the page shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Served {
    pub name: String,
    pub birth_date: String,
    pub has_record: bool,
    /// « A un DMP, ouvert le … », « DMP clôturé le … », or none.
    pub record: String,
    pub minor: bool,
    pub handover: Option<HandOver>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HandOver {
    /// `None`: no e-mail, no mobile, no account.
    pub login: Option<String>,
    pub printable: bool,
    /// The patient authorised the professional to read it.
    pub authorised: bool,
    #[serde(skip)]
    pub dmp_id: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum OpeningPage {
    NotSignedIn,
    Ready {
        /// The card's holder.
        holder: String,
        /// A professional (not an establishment's card) may be authorised.
        person_card: bool,
        served: Option<Served>,
    },
}

#[cfg(feature = "ssr")]
pub mod store {
    use super::{HandOver, Served};
    use crate::credentials::vault::{self, Key};
    use crate::error::PortalError;
    use crate::messages::Text;
    use crate::opening::create::{self, Actor, Outcome};
    use crate::opening::questions::QuestionsForm;
    use crate::registry::{beneficiary, is_minor};
    use crate::services::Services;
    use crate::session::card::Holder;
    use chrono::{DateTime, Duration, Months, Utc};
    use sqlx::{PgConnection, PgPool};

    const HANDOVER_MINUTES: i64 = 15;
    /// Identifications without result in one card session [I].
    const FRUITLESS_SEARCHES: i16 = 10;

    pub enum Identified {
        Found,
        NoMatch,
        TooMany,
    }

    /// The patient with this NIR on this card, kept with the card session.
    pub async fn identify(
        pool: &PgPool,
        holder: &Holder,
        form: &crate::opening::questions::CardInHandForm,
    ) -> Result<Result<Identified, Vec<crate::forms::fields::FieldError>>, sqlx::Error> {
        let (nir, card_type, serial) = match form.validate() {
            Ok(v) => v,
            Err(e) => return Ok(Err(e)),
        };
        let mut tx = pool.begin().await?;
        let fruitless: i16 = sqlx::query_scalar(
            "SELECT fruitless_searches FROM professional_session WHERE id = $1 FOR UPDATE",
        )
        .bind(holder.session_id)
        .fetch_one(&mut *tx)
        .await?;
        if fruitless >= FRUITLESS_SEARCHES {
            return Ok(Ok(Identified::TooMany));
        }
        let found: Option<i64> =
            crate::registry::on_card(&mut tx, &nir, card_type, &serial).await?;
        sqlx::query(
            "UPDATE professional_session SET beneficiary_id = coalesce($2, beneficiary_id), \
             handover_dmp_id = CASE WHEN $2 IS NULL THEN handover_dmp_id END, \
             handover_at = CASE WHEN $2 IS NULL THEN handover_at END, \
             fruitless_searches = fruitless_searches + CASE WHEN $2 IS NULL THEN 1 ELSE 0 END \
             WHERE id = $1",
        )
        .bind(holder.session_id)
        .bind(found)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Ok(if found.is_some() {
            Identified::Found
        } else {
            Identified::NoMatch
        }))
    }

    pub async fn forget(pool: &PgPool, holder: &Holder) -> Result<(), sqlx::Error> {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "UPDATE professional_session SET beneficiary_id = NULL, handover_dmp_id = NULL, \
             handover_at = NULL WHERE id = $1",
        )
        .bind(holder.session_id)
        .execute(&mut *tx)
        .await?;
        vault::remove(&mut tx, Key::Professional(holder.session_id)).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The three questions answered: the DMP is created once, whatever the
    /// clicks; with the patient's authorisation, the professional may read it.
    pub async fn create(
        pool: &PgPool,
        services: &Services,
        holder: &Holder,
        form: &QuestionsForm,
        authorised: bool,
        now: DateTime<Utc>,
    ) -> Result<Result<(), PortalError>, sqlx::Error> {
        let served: Option<i64> =
            sqlx::query_scalar("SELECT beneficiary_id FROM professional_session WHERE id = $1")
                .bind(holder.session_id)
                .fetch_one(pool)
                .await?;
        let Some(beneficiary_id) = served else {
            return Ok(Err(PortalError::refused(Text::DeskNobodyServed)));
        };
        let mut conn = pool.acquire().await?;
        let Some(b) = beneficiary(&mut conn, beneficiary_id).await? else {
            return Ok(Err(PortalError::refused(Text::DeskNobodyServed)));
        };
        drop(conn);
        let informations = match form.validate(is_minor(b.birth_date, now.date_naive())) {
            Ok(i) => i,
            Err(errors) => return Ok(Err(PortalError::Invalid(errors))),
        };
        let (password, hash) = if informations.email.is_some() || informations.mobile.is_some() {
            let (p, h) = crate::opening::hashed_password().await?;
            (Some(p), h)
        } else {
            (None, String::new())
        };
        let mut tx = pool.begin().await?;
        // A double submit waits here, then finds the DMP.
        let still: Option<i64> = sqlx::query_scalar(
            "SELECT beneficiary_id FROM professional_session WHERE id = $1 FOR UPDATE",
        )
        .bind(holder.session_id)
        .fetch_one(&mut *tx)
        .await?;
        if still != Some(b.id) {
            return Ok(Ok(()));
        }
        // Pharmacists (profession 21) open in their pharmacy.
        let channel = if holder.profession_code == "21" {
            "officine"
        } else {
            "professionnel"
        };
        let outcome = create::create(
            &mut tx,
            &create::Request {
                beneficiary: &b,
                code_id: None,
                informations: &informations,
                password_hash: &hash,
                channel,
                actor: holder
                    .professional_id
                    .map(Actor::Professional)
                    .unwrap_or(Actor::Person),
                workshop_id: None,
                mode: services.mode,
                terms_version: crate::terms::VERSION,
                now,
            },
        )
        .await?;
        let Outcome::Created { dmp_id, .. } = outcome else {
            tx.rollback().await?;
            return Ok(Ok(()));
        };
        use crate::audit::Action;
        use crate::domain::access::Right;
        crate::professional::record::trace(
            &mut tx,
            dmp_id,
            holder,
            Action::CreationProfessionnel,
            None,
            None,
            None,
            now,
        )
        .await?;
        if let (true, Some(professional_id)) = (authorised, holder.professional_id) {
            let expires = now
                .checked_add_months(Months::new(crate::professional::record::CONSENT_MONTHS))
                .unwrap_or(now);
            sqlx::query(
                "INSERT INTO professional_authorisation (dmp_id, professional_id, status, \
                 declared_at, expires_at, changed_at) VALUES ($1, $2, 'VALIDE', $3, $4, $3)",
            )
            .bind(dmp_id)
            .bind(professional_id)
            .bind(now)
            .bind(expires)
            .execute(&mut *tx)
            .await?;
            crate::professional::record::trace(
                &mut tx,
                dmp_id,
                holder,
                Action::DeclarationAutorisation,
                None,
                Some(Right::Autorisation),
                None,
                now,
            )
            .await?;
        }
        sqlx::query(
            "UPDATE professional_session SET handover_dmp_id = $2, handover_at = $3 WHERE id = $1",
        )
        .bind(holder.session_id)
        .bind(dmp_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        vault::hand_over(
            &mut tx,
            Key::Professional(holder.session_id),
            &holder.opener,
            dmp_id,
            password.as_deref(),
            now + Duration::minutes(HANDOVER_MINUTES),
        )
        .await?;
        tx.commit().await?;
        Ok(Ok(()))
    }

    /// The patient served, with their record's state and the hand-over.
    pub async fn served(
        conn: &mut PgConnection,
        holder: &Holder,
        now: DateTime<Utc>,
    ) -> Result<Option<Served>, sqlx::Error> {
        #[allow(clippy::type_complexity)]
        let row: (Option<i64>, Option<i64>, Option<DateTime<Utc>>) = sqlx::query_as(
            "SELECT beneficiary_id, handover_dmp_id, handover_at FROM professional_session \
             WHERE id = $1",
        )
        .bind(holder.session_id)
        .fetch_one(&mut *conn)
        .await?;
        let (Some(id), handover_dmp, handover_at) = row else {
            return Ok(None);
        };
        let Some(b) = beneficiary(&mut *conn, id).await? else {
            return Ok(None);
        };
        let record: Option<(i64, DateTime<Utc>, Option<DateTime<Utc>>)> =
            sqlx::query_as("SELECT id, created_at, closed_at FROM dmp WHERE beneficiary_id = $1")
                .bind(id)
                .fetch_optional(&mut *conn)
                .await?;
        let date = |d: DateTime<Utc>| crate::domain::fmt::french_date(d.date_naive());
        let mut served = Served {
            name: b.full_name(),
            birth_date: crate::domain::fmt::french_date(b.birth_date),
            has_record: record.is_some(),
            record: "N'a pas encore de DMP.".into(),
            minor: is_minor(b.birth_date, now.date_naive()),
            handover: None,
        };
        let Some((dmp_id, created, closed)) = record else {
            return Ok(Some(served));
        };
        served.record = match closed {
            Some(c) => format!("DMP clôturé le {}.", date(c)),
            None => format!("A un DMP, ouvert le {}.", date(created)),
        };
        let fresh = handover_at.is_some_and(|at| at > now - Duration::minutes(HANDOVER_MINUTES));
        if handover_dmp == Some(dmp_id) && fresh {
            let login: Option<String> = sqlx::query_scalar(
                "SELECT a.login FROM record_account r JOIN patient_account a ON a.id = r.account_id \
                 WHERE r.dmp_id = $1 ORDER BY r.role, a.id LIMIT 1",
            )
            .bind(dmp_id)
            .fetch_optional(&mut *conn)
            .await?;
            let authorised: bool = sqlx::query_scalar(
                "SELECT EXISTS (SELECT 1 FROM professional_authorisation WHERE dmp_id = $1 \
                 AND professional_id = $2 AND status = 'VALIDE')",
            )
            .bind(dmp_id)
            .bind(holder.professional_id)
            .fetch_one(&mut *conn)
            .await?;
            served.handover = Some(HandOver {
                printable: vault::holds(&mut *conn, Key::Professional(holder.session_id), now)
                    .await?,
                login,
                authorised,
                dmp_id,
            });
        }
        Ok(Some(served))
    }

    /// The document des secrets of the hand-over in progress.
    pub async fn secrets_pdf(
        pool: &PgPool,
        holder: &Holder,
        now: DateTime<Utc>,
        site: &str,
        lang: crate::i18n::Lang,
    ) -> Result<Option<Vec<u8>>, sqlx::Error> {
        let mut conn = pool.acquire().await?;
        let Some(handover) = served(&mut conn, holder, now)
            .await?
            .and_then(|s| s.handover)
        else {
            return Ok(None);
        };
        let password = vault::get(
            &mut conn,
            Key::Professional(holder.session_id),
            &holder.opener,
            now,
        )
        .await?;
        if handover.login.is_some() && password.is_none() {
            return Ok(None);
        }
        crate::opening::secrets_pdf::of_record(
            &mut conn,
            handover.dmp_id,
            handover.login,
            password,
            None,
            site,
            lang,
        )
        .await
        .map(Some)
    }
}

#[cfg(feature = "ssr")]
async fn signed_in() -> Result<
    (
        crate::session::card::http::Context,
        Option<crate::session::card::Holder>,
    ),
    PortalError,
> {
    let c = crate::session::card::http::context()?;
    let holder = crate::session::card::http::holder(&c).await?;
    Ok((c, holder))
}

#[server(endpoint = "pro/creation/etat")]
pub async fn load_pro_opening() -> Result<OpeningPage, PortalError> {
    let (c, holder) = signed_in().await?;
    let Some(holder) = holder else {
        return Ok(OpeningPage::NotSignedIn);
    };
    let mut conn = c.pool.acquire().await.map_err(crate::http::unavailable)?;
    let served = store::served(&mut conn, &holder, c.now)
        .await
        .map_err(crate::http::unavailable)?;
    Ok(OpeningPage::Ready {
        holder: holder.label.clone(),
        person_card: holder.professional_id.is_some(),
        served,
    })
}

#[server(endpoint = "pro/creation/identifier")]
pub async fn pro_identify_person(form: CardInHandForm) -> Result<(), PortalError> {
    use crate::forms::fields::{Field, FieldError};
    use crate::messages::Text;
    let (c, holder) = signed_in().await?;
    let holder = holder.ok_or_else(|| PortalError::refused(Text::ProOpeningNoCard))?;
    match store::identify(&c.pool, &holder, &form)
        .await
        .map_err(crate::http::unavailable)?
    {
        Err(errors) => Err(PortalError::Invalid(errors)),
        Ok(store::Identified::NoMatch) => Err(PortalError::Invalid(vec![FieldError::new(
            Field::Nir,
            Text::DeskNoMatch,
        )])),
        Ok(store::Identified::TooMany) => Err(PortalError::refused(Text::DeskTooManySearches)),
        Ok(store::Identified::Found) => {
            leptos_axum::redirect(crate::paths::PROFESSIONAL_OPENING_PATH);
            Ok(())
        }
    }
}

#[server(endpoint = "pro/creation/creer")]
pub async fn pro_create_record(
    form: QuestionsForm,
    authorise: Option<String>,
) -> Result<(), PortalError> {
    use crate::messages::Text;
    let (c, holder) = signed_in().await?;
    let holder = holder.ok_or_else(|| PortalError::refused(Text::ProOpeningNoCard))?;
    store::create(
        &c.pool,
        &c.services,
        &holder,
        &form,
        authorise.is_some(),
        c.now,
    )
    .await
    .map_err(crate::http::unavailable)??;
    leptos_axum::redirect(crate::paths::PROFESSIONAL_OPENING_PATH);
    Ok(())
}

#[server(endpoint = "pro/creation/suivant")]
pub async fn pro_next_person() -> Result<(), PortalError> {
    let (c, holder) = signed_in().await?;
    if let Some(holder) = holder {
        store::forget(&c.pool, &holder)
            .await
            .map_err(crate::http::unavailable)?;
    }
    leptos_axum::redirect(crate::paths::PROFESSIONAL_OPENING_PATH);
    Ok(())
}
