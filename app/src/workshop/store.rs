//! The workshops' rows: a facilitator's own, created, listed with the real
//! DMPs opened for each, ended.

use super::{theme_key, theme_label, Listed, WorkshopForm, THEMES};
use crate::forms::fields::{Field, FieldError};
use crate::messages::Text;
use crate::session::staff::{trace, StaffSession};
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::{PgConnection, PgPool};

pub struct Workshop {
    pub held_on: NaiveDate,
    pub place: String,
    pub association: String,
    pub theme: &'static str,
    pub expected: i32,
}

pub async fn today(conn: &mut PgConnection, now: DateTime<Utc>) -> Result<NaiveDate, sqlx::Error> {
    sqlx::query_scalar("SELECT ($1 AT TIME ZONE 'Europe/Paris')::date")
        .bind(now)
        .fetch_one(conn)
        .await
}

fn text(value: &str, field: Field, message: Text, errors: &mut Vec<FieldError>) -> String {
    let v = value.trim();
    if v.is_empty() || v.chars().count() > 200 || v.chars().any(char::is_control) {
        errors.push(FieldError::new(field, message));
    }
    v.to_string()
}

/// Every error at once; a workshop is held today or later.
pub fn validate(form: &WorkshopForm, today: NaiveDate) -> Result<Workshop, Vec<FieldError>> {
    let mut errors = Vec::new();
    let held_on = crate::forms::input::date(&form.held_on).filter(|d| *d >= today);
    if held_on.is_none() {
        errors.push(FieldError::new(Field::WorkshopDate, Text::WorkshopDate));
    }
    let place = text(
        &form.place,
        Field::WorkshopPlace,
        Text::WorkshopPlace,
        &mut errors,
    );
    let association = text(
        &form.association,
        Field::WorkshopAssociation,
        Text::WorkshopAssociation,
        &mut errors,
    );
    let theme = THEMES
        .iter()
        .find(|(c, _)| *c == form.theme.trim())
        .map(|(c, _)| *c);
    if theme.is_none() {
        errors.push(FieldError::new(Field::WorkshopTheme, Text::WorkshopTheme));
    }
    let expected = form
        .expected
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|n| (1..=500).contains(n));
    if expected.is_none() {
        errors.push(FieldError::new(
            Field::WorkshopExpected,
            Text::WorkshopExpected,
        ));
    }
    match (held_on, theme, expected) {
        (Some(held_on), Some(theme), Some(expected)) if errors.is_empty() => Ok(Workshop {
            held_on,
            place,
            association,
            theme,
            expected,
        }),
        _ => Err(errors),
    }
}

pub async fn create(
    conn: &mut PgConnection,
    session: &StaffSession,
    w: &Workshop,
    now: DateTime<Utc>,
) -> Result<i64, sqlx::Error> {
    let mut tx = sqlx::Connection::begin(&mut *conn).await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO workshop (facilitator_id, held_on, place, association, theme, expected, \
         created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(session.account_id)
    .bind(w.held_on)
    .bind(&w.place)
    .bind(&w.association)
    .bind(w.theme)
    .bind(w.expected)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    trace(
        &mut tx,
        session.account_id,
        "creation_atelier",
        Some(&format!("atelier {id}")),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// The facilitator's workshops, latest first, with the real DMPs opened.
pub async fn list(
    conn: &mut PgConnection,
    facilitator_id: i64,
    device: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Vec<Listed>, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let rows: Vec<(i64, NaiveDate, String, String, String, i32, i64, bool, bool, bool, i64, i64)> = sqlx::query_as(
        "SELECT w.id, w.held_on, w.place, w.association, w.theme, w.expected, \
             (SELECT count(*) FROM dmp d WHERE d.workshop_id = w.id), \
             w.held_on = ($2 AT TIME ZONE 'Europe/Paris')::date, w.ended_at IS NOT NULL, \
             w.held_on < ($2 AT TIME ZONE 'Europe/Paris')::date, \
             (SELECT count(*) FROM practice_card pc WHERE pc.workshop_id = w.id), \
             (SELECT count(*) FROM practice_card pc JOIN dmp d ON d.beneficiary_id = pc.beneficiary_id \
               WHERE pc.workshop_id = w.id) \
             FROM workshop w WHERE w.facilitator_id = $1 ORDER BY w.held_on DESC, w.id DESC \
             LIMIT 50",
    )
    .bind(facilitator_id)
    .bind(now)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(
                id,
                held_on,
                place,
                association,
                theme,
                expected,
                opened,
                today,
                ended,
                past,
                practice_cards,
                practice_records,
            )| Listed {
                id,
                date: crate::domain::fmt::date_in(crate::i18n::locale().lang, held_on),
                place,
                association,
                theme: theme_label(&theme).to_string(),
                expected,
                opened,
                today,
                ended,
                this_device: device == Some(id),
                to_come: !ended && !past,
                practice_cards,
                practice_records,
            },
        )
        .collect())
}

/// When a facilitator's workshop must be held for what they ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Held {
    /// Any time, ended or not (destroying its practice people).
    Any,
    /// Today, not ended (using a device for it).
    Today,
    /// Today or later, not ended (making its practice people).
    FromToday,
}

/// Whether the workshop is the facilitator's, held `when`.
pub async fn is_theirs(
    conn: &mut PgConnection,
    session: &StaffSession,
    id: i64,
    when: Held,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let held = match when {
        Held::Any => "true",
        Held::Today => "ended_at IS NULL AND held_on = ($3 AT TIME ZONE 'Europe/Paris')::date",
        Held::FromToday => "ended_at IS NULL AND held_on >= ($3 AT TIME ZONE 'Europe/Paris')::date",
    };
    sqlx::query_scalar(&format!(
        "SELECT EXISTS (SELECT 1 FROM workshop WHERE id = $1 AND facilitator_id = $2 AND {held})"
    ))
    .bind(id)
    .bind(session.account_id)
    .bind(now)
    .fetch_one(conn)
    .await
}

pub async fn end(
    pool: &PgPool,
    session: &StaffSession,
    id: i64,
    now: DateTime<Utc>,
) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    let ended = sqlx::query(
        "UPDATE workshop SET ended_at = $3 WHERE id = $1 AND facilitator_id = $2 \
         AND ended_at IS NULL",
    )
    .bind(id)
    .bind(session.account_id)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if ended == 1 {
        trace(
            &mut tx,
            session.account_id,
            "fin_atelier",
            Some(&format!("atelier {id}")),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The one-page report of a facilitator's workshop, for the association
/// and the caisse, in `lang`: counts only, no person. `None`: not theirs.
pub async fn report(
    pool: &PgPool,
    session: &StaffSession,
    id: i64,
    now: DateTime<Utc>,
    lang: crate::i18n::Lang,
) -> Result<Option<Vec<u8>>, sqlx::Error> {
    #[allow(clippy::type_complexity)]
    let row: Option<(
        NaiveDate,
        String,
        String,
        String,
        i32,
        Option<DateTime<Utc>>,
        i64,
        i64,
        i64,
        i64,
        i64,
    )> = sqlx::query_as(
        "SELECT w.held_on, w.place, w.association, w.theme, w.expected, w.ended_at, \
             (SELECT count(*) FROM dmp d WHERE d.workshop_id = w.id), \
             (SELECT count(*) FROM dmp d WHERE d.workshop_id = w.id AND EXISTS \
               (SELECT 1 FROM patient_account a WHERE a.dmp_id = d.id AND a.email IS NOT NULL)), \
             (SELECT count(*) FROM dmp d WHERE d.workshop_id = w.id AND EXISTS \
               (SELECT 1 FROM legal_representative r WHERE r.dmp_id = d.id)), \
             w.practice_cards_made + (SELECT count(*) FROM practice_card pc WHERE pc.workshop_id = w.id), \
             w.practice_records_opened + (SELECT count(*) FROM practice_card pc \
               JOIN dmp d ON d.beneficiary_id = pc.beneficiary_id WHERE pc.workshop_id = w.id) \
             FROM workshop w WHERE w.id = $1 AND w.facilitator_id = $2",
    )
    .bind(id)
    .bind(session.account_id)
    .fetch_optional(pool)
    .await?;
    let Some((
        held_on,
        place,
        association,
        theme,
        expected,
        ended,
        opened,
        by_email,
        minors,
        practice_cards,
        practice_records,
    )) = row
    else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await?;
    trace(
        &mut conn,
        session.account_id,
        "bilan_atelier",
        Some(&format!("atelier {id}")),
        now,
    )
    .await?;
    drop(conn);
    let facilitator = session.full_name.clone();
    let pdf = tokio::task::spawn_blocking(move || {
        use crate::pdf::{render_in, Block};
        let t = |key: &str| crate::i18n::text_in(lang, key, &[]);
        let date = crate::domain::fmt::date_in(lang, held_on);
        render_in(
            lang.code(),
            &t("workshop-report-pdf-title"),
            &[
                Block::Title(t("workshop-report-pdf-title")),
                Block::Field(t("workshop-new-date"), date),
                Block::Field(t("workshop-new-place"), place),
                Block::Field(t("workshop-new-association"), association),
                Block::Field(t("workshop-report-pdf-facilitator"), facilitator),
                Block::Field(t("workshop-new-theme"), t(theme_key(&theme))),
                Block::Heading(t("workshop-report-pdf-participation")),
                Block::Field(t("workshop-new-expected"), expected.to_string()),
                Block::Field(t("workshop-report-pdf-opened"), opened.to_string()),
                Block::Field(t("workshop-report-pdf-by-email"), by_email.to_string()),
                Block::Field(t("workshop-report-pdf-minors"), minors.to_string()),
                Block::Field(
                    t("workshop-report-pdf-practice-cards"),
                    practice_cards.to_string(),
                ),
                Block::Field(
                    t("workshop-report-pdf-practice-records"),
                    practice_records.to_string(),
                ),
                Block::Field(
                    t("workshop-report-pdf-status"),
                    t(if ended.is_some() {
                        "workshop-report-pdf-ended"
                    } else {
                        "workshop-report-pdf-not-ended"
                    }),
                ),
                Block::Space(12.0),
                Block::Paragraph(t("workshop-report-pdf-only-numbers")),
            ],
        )
    })
    .await
    .map_err(|e| sqlx::Error::Protocol(format!("PDF: {e}")))?;
    Ok(Some(pdf))
}
