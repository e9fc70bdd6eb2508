//! A professional's card session on Marie's record, for the tests of
//! both sides.

use app::domain::access::Refusal;
use app::professional::record::{self, Lookup, Patient};
use app::professional::Search;
use app::session::card::{self, Holder, SignIn};
use chrono::Utc;
use sqlx::PgPool;

pub const GP: &str = "8000000011";
pub const PHARMACIST: &str = "8000000045";
pub const NURSE: &str = "8000000052";
pub const PHYSIO: &str = "8000000060";
pub const REGULATOR: &str = "8000000094";
pub const MARIE: &str = "284077505612322";

/// Signs in with a card and opens Marie's record; returns the holder,
/// the patient and the session cookie.
pub async fn open(pool: &PgPool, card_number: &str) -> (Holder, Patient, String) {
    open_on(pool, card_number, MARIE).await
}

/// The same on the record of the patient with this NIR.
pub async fn open_on(pool: &PgPool, card_number: &str, nir: &str) -> (Holder, Patient, String) {
    let now = Utc::now();
    let SignIn::Open(token) = card::sign_in(pool, super::KEY, card_number, "1234", now)
        .await
        .unwrap()
    else {
        panic!("card {card_number}")
    };
    let search = Search {
        ins: nir.into(),
        ..Search::default()
    };
    let Lookup::Found(dmp_id) = record::find_patient(pool, &search).await.unwrap() else {
        panic!("{nir} has a DMP")
    };
    let mut conn = pool.acquire().await.unwrap();
    let holder = card::current(&mut conn, super::KEY, &token, now)
        .await
        .unwrap()
        .unwrap();
    card::select_patient(&mut conn, holder.session_id, dmp_id)
        .await
        .unwrap();
    let holder = card::current(&mut conn, super::KEY, &token, now)
        .await
        .unwrap()
        .unwrap();
    let patient = record::patient(&mut conn, dmp_id, now)
        .await
        .unwrap()
        .unwrap();
    (holder, patient, format!("{}={token}", card::COOKIE))
}

pub async fn listed(
    pool: &PgPool,
    holder: &Holder,
    patient: &Patient,
) -> Result<Vec<String>, Refusal> {
    let mut conn = pool.acquire().await.unwrap();
    let (s, _) = record::situation(&mut conn, holder, patient, Utc::now())
        .await
        .unwrap();
    s.access()?;
    Ok(record::documents(&mut conn, holder, &s, patient.dmp_id)
        .await
        .unwrap()
        .into_iter()
        .map(|d| d.title)
        .collect())
}

/// A document of Marie's record written by the card's professional.
pub async fn deposit(
    pool: &PgPool,
    author_card: &str,
    type_code: &str,
    title: &str,
    masked: bool,
) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, author_professional_id, \
         content_type, content, masked) \
         SELECT d.id, $2, $3, current_date, now(), c.professional_id, 'application/pdf', '%PDF-1.7', $4 \
         FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id, professional_card c \
         WHERE b.nir = $1 AND c.card_number = $5 RETURNING id",
    )
    .bind(MARIE)
    .bind(type_code)
    .bind(title)
    .bind(masked)
    .bind(author_card)
    .fetch_one(pool)
    .await
    .unwrap()
}
