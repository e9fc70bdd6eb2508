//! The seeded registry, checked in a real PostgreSQL (`#[sqlx::test]` gives
//! each test a fresh database with the migrations applied).

use crate::common;

use app::domain::creation_code::CreationCode;
use app::domain::nir::Nir;
use app::secret::keyed_hash;
use chrono::NaiveDate;
use common::{args, KEY};
use server::seed::seed;
use sqlx::PgPool;

async fn count(pool: &PgPool, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT count(*) FROM {table}"))
        .fetch_one(pool)
        .await
        .unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn seeding_fills_the_registry_with_exactly_the_requested_beneficiaries(pool: PgPool) {
    let report = seed(&pool, KEY, &args(300)).await.unwrap();
    assert_eq!(count(&pool, "beneficiary").await, 300);
    assert_eq!(count(&pool, "vitale_card_beneficiary").await, 300);
    assert_eq!(count(&pool, "creation_code").await, 300);
    assert!(
        count(&pool, "vitale_card").await < 300,
        "children share a parent's card"
    );
    // The report counts what is really in each table, and nothing else.
    let mut total = 0;
    for (table, reported) in &report.tables {
        let actual = count(&pool, table).await;
        assert_eq!(actual, *reported as i64, "{table}");
        total += actual;
    }
    assert_eq!(report.rows() as i64, total);
    assert_eq!(report.tables.len(), 11, "every registry table is reported");
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn every_seeded_nir_passes_the_domain_rules_and_covers_the_special_cases(pool: PgPool) {
    seed(&pool, KEY, &args(1500)).await.unwrap();
    let nirs: Vec<String> = sqlx::query_scalar("SELECT nir FROM beneficiary")
        .fetch_all(&pool)
        .await
        .unwrap();
    let parsed: Vec<Nir> = nirs.iter().map(|n| Nir::parse(n).unwrap()).collect();
    assert!(parsed
        .iter()
        .any(|n| n.department() == "2A" || n.department() == "2B"));
    assert!(
        parsed.iter().any(|n| n.department() == "20"),
        "Corsica before 1976"
    );
    assert!(parsed.iter().any(|n| n.department().starts_with("97")));
    assert!(parsed.iter().any(Nir::born_abroad));
    // The sex digit agrees with the recorded sex, and the NIR's year and
    // month with the birth date.
    let mismatches: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM beneficiary WHERE \
           substr(nir, 1, 1) <> CASE sex WHEN 'M' THEN '1' ELSE '2' END \
           OR substr(nir, 2, 2) <> to_char(birth_date, 'YY') \
           OR substr(nir, 4, 2) <> to_char(birth_date, 'MM')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(mismatches, 0);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn minors_sit_on_a_parents_card_and_twins_share_a_birth_date(pool: PgPool) {
    seed(&pool, KEY, &args(2000)).await.unwrap();
    let minors_on_parent_card: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM vitale_card_beneficiary cb \
         JOIN vitale_card c ON c.id = cb.card_id \
         JOIN beneficiary b ON b.id = cb.beneficiary_id \
         WHERE cb.quality = 'enfant' AND c.holder_id <> b.id \
           AND b.birth_date > DATE '2026-11-01' - INTERVAL '18 years'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(minors_on_parent_card > 0);
    let twins: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM vitale_card_beneficiary a \
         JOIN vitale_card_beneficiary b ON a.card_id = b.card_id AND a.birth_rank = 1 AND b.birth_rank = 2 \
         JOIN beneficiary x ON x.id = a.beneficiary_id JOIN beneficiary y ON y.id = b.beneficiary_id \
         WHERE x.birth_date = y.birth_date",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(twins > 0);
    // Every card holder is on their own card.
    let holders_missing: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM vitale_card c WHERE NOT EXISTS \
         (SELECT 1 FROM vitale_card_beneficiary cb WHERE cb.card_id = c.id AND cb.beneficiary_id = c.holder_id AND cb.quality = 'assure')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(holders_missing, 0);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_demo_identities_can_be_found_with_their_card_and_code(pool: PgPool) {
    seed(&pool, KEY, &args(50)).await.unwrap();
    // As step 1 will: NIR + card serial + creation code, the code compared by its keyed hash.
    for (nir, serial, code) in [
        ("269054958815780", "80123456789", "DEMA-2345-6789"),
        ("196022B03300802", "123456789", "DEMB-2345-6789"),
        ("283019711200550", "80234567890", "DEMC-2345-6789"),
        ("215039712004629", "80234567890", "demd 2345 6789"),
        ("176079935001231", "1234567890", "DEME-2345-6789"),
    ] {
        let code = CreationCode::parse(code).unwrap();
        let found: Option<bool> = sqlx::query_scalar(
            "SELECT cc.used_at IS NULL AND cc.expires_at > TIMESTAMPTZ '2026-11-02' FROM beneficiary b \
             JOIN vitale_card_beneficiary cb ON cb.beneficiary_id = b.id \
             JOIN vitale_card c ON c.id = cb.card_id \
             JOIN creation_code cc ON cc.beneficiary_id = b.id \
             WHERE b.nir = $1 AND c.serial = $2 AND cc.code_hash = $3",
        )
        .bind(nir)
        .bind(serial)
        .bind(keyed_hash(KEY, code.as_str()).as_slice())
        .fetch_optional(&pool)
        .await
        .unwrap();
        assert_eq!(found, Some(true), "{nir}");
    }
    // Codes are never stored in clear.
    let clear: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM creation_code WHERE position('DEMA2345' IN encode(code_hash, 'escape')) > 0",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(clear, 0);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn reimbursements_cover_24_months_in_the_five_families(pool: PgPool) {
    seed(&pool, KEY, &args(400)).await.unwrap();
    for (table, date) in [
        ("remb_pharmacy", "care_date"),
        ("remb_care", "care_date"),
        ("remb_radiology", "care_date"),
        ("remb_hospital", "admission_date"),
        ("remb_biology", "care_date"),
    ] {
        let (n, oldest, newest): (i64, NaiveDate, NaiveDate) = sqlx::query_as(&format!(
            "SELECT count(*), min({date}), max({date}) FROM {table}"
        ))
        .fetch_one(&pool)
        .await
        .unwrap();
        assert!(n > 0, "{table} is empty");
        assert!(newest <= NaiveDate::from_ymd_opt(2026, 11, 1).unwrap());
        assert!(
            (newest - oldest).num_days() >= 700,
            "{table} spans {oldest}..{newest}"
        );
    }
    let hospital_flags: i64 = sqlx::query_scalar("SELECT count(*) FROM remb_care WHERE hospital")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(hospital_flags > 0);
    let sourced: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM remb_pharmacy WHERE source LIKE 'BDPM%' AND cip13 LIKE '34009%'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(sourced, count(&pool, "remb_pharmacy").await);
}

async fn fingerprint(pool: &PgPool) -> (String, String) {
    sqlx::query_as(
        "SELECT (SELECT md5(string_agg(b::text, '|' ORDER BY id)) FROM beneficiary b), \
                (SELECT md5(string_agg(r::text, '|' ORDER BY id)) FROM remb_care r)",
    )
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn seeding_twice_gives_the_same_registry_not_a_double_one(pool: PgPool) {
    seed(&pool, KEY, &args(120)).await.unwrap();
    let first = fingerprint(&pool).await;
    seed(&pool, KEY, &args(120)).await.unwrap();
    assert_eq!(count(&pool, "beneficiary").await, 120);
    assert_eq!(fingerprint(&pool).await, first);
    let mut other = args(120);
    other.seed = 8;
    seed(&pool, KEY, &other).await.unwrap();
    assert_ne!(
        fingerprint(&pool).await,
        first,
        "another seed gives other people"
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_professional_directory_has_the_test_cards(pool: PgPool) {
    seed(&pool, KEY, &args(10)).await.unwrap();
    let professions: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT coalesce(specialty, profession) FROM professional ORDER BY 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    for expected in [
        "Cardiologie",
        "Médecine générale",
        "Infirmier",
        "Sage-femme",
        "Pharmacien",
    ] {
        assert!(
            professions.iter().any(|p| p == expected),
            "{expected} missing from {professions:?}"
        );
    }
    let establishment: i64 =
        sqlx::query_scalar("SELECT count(*) FROM professional_card WHERE kind = 'etablissement'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(establishment, 1);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn seeding_puts_back_every_foreign_key_and_index_it_set_aside(pool: PgPool) {
    let schema = |pool: PgPool| async move {
        let defs: Vec<String> = sqlx::query_scalar(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace \
             UNION ALL SELECT pg_get_indexdef(indexrelid) FROM pg_index \
             JOIN pg_class c ON c.oid = indexrelid WHERE c.relnamespace = 'public'::regnamespace ORDER BY 1",
        )
        .fetch_all(&pool)
        .await
        .unwrap();
        defs
    };
    let before = schema(pool.clone()).await;
    assert!(before
        .iter()
        .any(|d| d.contains("FOREIGN KEY (beneficiary_id)")));
    seed(&pool, KEY, &args(30)).await.unwrap();
    assert_eq!(schema(pool.clone()).await, before);
    // And they hold: a reimbursement line for nobody is refused.
    let orphan = sqlx::query(
        "INSERT INTO remb_biology (beneficiary_id, care_date, nabm_code, label, quantity, source) \
         VALUES (999999999, DATE '2026-01-01', '0552', 'GLUCOSE', 1, 'test')",
    )
    .execute(&pool)
    .await;
    assert!(orphan.is_err());
}
