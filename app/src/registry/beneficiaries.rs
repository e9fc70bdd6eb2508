//! Beneficiaries as the registry holds them, majority, and the history of
//! reimbursements a new record receives.

use chrono::{DateTime, Months, NaiveDate, Utc};
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
#[derive(Clone, Debug, sqlx::FromRow)]
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
    sqlx::query_as(
        "SELECT id, nir, birth_name, usage_name, first_names, sex = 'M' AS male, birth_date, \
         address_line, postal_code, city, caisse_code AS caisse FROM beneficiary WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(conn)
    .await
}

/// « Emma JEAN-BAPTISTE »: how a record's holder is named to its readers
/// (first first name, usage name if any).
pub async fn holder_name(conn: &mut PgConnection, dmp_id: i64) -> Result<String, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT split_part(b.first_names, ' ', 1) || ' ' || coalesce(b.usage_name, b.birth_name) \
         FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE d.id = $1",
    )
    .bind(dmp_id)
    .fetch_one(conn)
    .await
}

/// A record's reimbursement tables, one per family, in the order of the
/// seed slide: filled from the registry at creation and by the insurer's feed.
pub const RECORD_REIMBURSEMENT_TABLES: [&str; 5] = [
    "record_remb_pharmacy",
    "record_remb_care",
    "record_remb_radiology",
    "record_remb_hospital",
    "record_remb_biology",
];

/// The registry's reimbursement tables, by beneficiary.
pub const REIMBURSEMENT_TABLES: [&str; 5] = [
    "remb_pharmacy",
    "remb_care",
    "remb_radiology",
    "remb_hospital",
    "remb_biology",
];

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

/// Spends a creation code in the caller's transaction: it serves once,
/// and the person's other live codes end with it. `false` when the code
/// was already used or has expired.
pub async fn spend_code(
    tx: &mut sqlx::PgConnection,
    code_id: i64,
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    // The code row is the meeting point of concurrent uses: the first
    // marks it used, the others wait on its lock and then find it used.
    let holder: Option<i64> = sqlx::query_scalar(
        "UPDATE creation_code SET used_at = $2 WHERE id = $1 AND used_at IS NULL AND expires_at > $2 \
         RETURNING beneficiary_id",
    )
    .bind(code_id)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(beneficiary_id) = holder else {
        return Ok(false);
    };
    // A code issued at this very instant (or by an instance whose clock
    // runs ahead) ends just after its issue: a code never expires before
    // it is issued.
    sqlx::query(
        "UPDATE creation_code SET expires_at = GREATEST($2, issued_at + interval '1 millisecond') \
         WHERE beneficiary_id = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(beneficiary_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(true)
}

/// The beneficiary with this NIR on this (unrevoked) Carte Vitale: how a
/// person in front of someone who vouches for them is found, without a
/// creation code (a desk, a professional).
pub async fn on_card(
    conn: &mut PgConnection,
    nir: &crate::domain::nir::Nir,
    card_type: crate::domain::vitale::CardType,
    serial: &crate::domain::vitale::VitaleSerial,
) -> Result<Option<i64>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT b.id FROM beneficiary b \
         JOIN vitale_card_beneficiary cb ON cb.beneficiary_id = b.id \
         JOIN vitale_card c ON c.id = cb.card_id \
         WHERE b.nir = $1 AND c.serial = $2 AND c.card_type = $3 AND c.revoked_at IS NULL \
           AND b.practice_workshop_id IS NULL",
    )
    .bind(nir.as_str())
    .bind(serial.as_str())
    .bind(card_type.code())
    .fetch_optional(conn)
    .await
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
