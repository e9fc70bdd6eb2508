//! A workshop's practice people (issue 16): fictitious adults generated for
//! one workshop, with a Carte Vitale, a creation code, 24 months of
//! reimbursements and documents of every space waiting for their record.
//! They live in the registry's tables but name their workshop, so no real
//! lookup finds them; `app::workshop::practice` prints their cards and
//! destroys them.

use super::generate::Generator;
use super::records::{Deposit, DOCUMENTS};
use super::{caisse_code, write_line, CopyRows};
use anyhow::{Context, Result};
use app::domain::creation_code::CreationCode;
use app::secret::keyed_hash;
use chrono::{DateTime, Duration, Utc};
use rand::Rng;
use sqlx::{PgConnection, PgPool};

/// At most this many cards for one workshop.
pub const MAX_CARDS: u32 = 60;

/// How long a practice person's creation code lasts: the day, and a
/// facilitator preparing the cards the week before.
const CODE_DAYS: i64 = 14;

/// A random code of the creation code's alphabet.
fn random_code() -> CreationCode {
    let mut rng = rand::rngs::OsRng;
    CreationCode::from_indexes(std::array::from_fn(|_| rng.gen::<u8>()))
}

/// Generates `count` practice people for workshop `workshop_id`, in one
/// transaction. A workshop that has cards already keeps them (a double
/// click makes nothing twice); returns how many cards it has.
pub async fn generate(
    pool: &PgPool,
    key: &[u8],
    workshop_id: i64,
    count: u32,
    now: DateTime<Utc>,
) -> Result<u32> {
    let count = count.clamp(1, MAX_CARDS);
    let mut tx = pool.begin().await?;
    // The workshop's row serialises two clicks.
    sqlx::query("SELECT 1 FROM workshop WHERE id = $1 FOR UPDATE")
        .bind(workshop_id)
        .fetch_one(&mut *tx)
        .await
        .context("workshop")?;
    let existing: i64 =
        sqlx::query_scalar("SELECT count(*) FROM practice_card WHERE workshop_id = $1")
            .bind(workshop_id)
            .fetch_one(&mut *tx)
            .await?;
    if existing > 0 {
        tx.commit().await?;
        return Ok(existing as u32);
    }
    sqlx::query("UPDATE workshop SET practice_purged_at = NULL WHERE id = $1")
        .bind(workshop_id)
        .execute(&mut *tx)
        .await?;
    let as_of = now.date_naive();
    // Adults only, holders of their own card: each workshop its own people.
    let generator = Generator::new(0x7072_6163 ^ workshop_id as u64, as_of, 1_000_000);
    let lines_of = Generator::new(0x7072_6163 ^ workshop_id as u64, as_of, 0);
    let mut families: [CopyRows; 5] = std::array::from_fn(|_| CopyRows::default());
    let holders = generator
        .filter(|h| !h.demo)
        .map(|h| {
            let p = h
                .members
                .into_iter()
                .next()
                .expect("a household has a holder");
            (
                p,
                h.card_type,
                h.serial,
                h.card_issued,
                h.address_line,
                h.home,
            )
        })
        .take(count as usize);
    for (number, (p, card_type, serial, issued, address, home)) in (1..).zip(holders) {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO beneficiary (nir, birth_name, usage_name, first_names, sex, birth_date, \
             birth_place_code, address_line, postal_code, city, caisse_code, practice_workshop_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(p.nir.as_str())
        .bind(&p.birth_name)
        .bind(&p.usage_name)
        .bind(&p.first_names)
        .bind(if p.male { "M" } else { "F" })
        .bind(p.birth_date)
        .bind(p.birth_place)
        .bind(&address)
        .bind(home.postal_code)
        .bind(home.city)
        .bind(caisse_code(home.department()))
        .bind(workshop_id)
        .fetch_one(&mut *tx)
        .await?;
        let card_id: i64 = sqlx::query_scalar(
            "INSERT INTO vitale_card (card_type, serial, holder_id, issued_on, practice_workshop_id) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(card_type)
        .bind(&serial)
        .bind(id)
        .bind(issued)
        .bind(workshop_id)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO vitale_card_beneficiary (card_id, beneficiary_id, quality) VALUES ($1, $2, 'assure')",
        )
        .bind(card_id)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        let code = random_code();
        sqlx::query(
            "INSERT INTO creation_code (beneficiary_id, code_hash, issued_at, expires_at, sent_by) \
             VALUES ($1, $2, $3, $4, 'courrier')",
        )
        .bind(id)
        .bind(keyed_hash(key, code.as_str()).as_slice())
        .bind(now)
        .bind(now + Duration::days(CODE_DAYS))
        .execute(&mut *tx)
        .await?;
        let card_code = random_code();
        let practice_card: i64 = sqlx::query_scalar(
            "INSERT INTO practice_card (workshop_id, number, beneficiary_id, creation_code, \
             card_code_hash, card_code) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(workshop_id)
        .bind(number)
        .bind(id)
        .bind(code.as_str())
        .bind(app::workshop::practice::card_code_hash(key, &card_code).as_slice())
        .bind(card_code.as_str())
        .fetch_one(&mut *tx)
        .await?;
        for (family, rows) in families.iter_mut().enumerate() {
            for line in lines_of.reimbursements(&p) {
                write_line(rows, family, id, &line);
            }
        }
        let name = format!("{} {}", p.first_names, p.birth_name);
        deposit_documents(&mut tx, practice_card, as_of, &name).await?;
    }
    for (rows, (_, target)) in families.into_iter().zip(super::REIMBURSEMENT_TARGETS) {
        super::copy_rows(&mut tx, target, rows).await?;
    }
    let made: i64 = sqlx::query_scalar("SELECT count(*) FROM practice_card WHERE workshop_id = $1")
        .bind(workshop_id)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(made as u32)
}

/// The documents of every space, by professionals of the directory; a
/// directory without them (production without the test professionals)
/// gives a record with its reimbursements only.
async fn deposit_documents(
    tx: &mut PgConnection,
    card_id: i64,
    as_of: chrono::NaiveDate,
    name: &str,
) -> Result<()> {
    for d in DOCUMENTS {
        if let Ok(deposit) = Deposit::new(tx, d, as_of, name).await {
            deposit.keep_for_practice(tx, card_id).await?;
        }
    }
    Ok(())
}
