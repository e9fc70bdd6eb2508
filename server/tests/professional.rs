//! The professional side against the real PostgreSQL: card sign-in, the
//! matrice d'habilitations loaded from its data file.

mod common;

use app::professional::card::{self, SignIn};
use chrono::{Duration, Utc};
use sqlx::PgPool;

const GP: &str = "8000000011";
const NURSE: &str = "8000000052";

async fn directory(pool: &PgPool) {
    common::registry(pool, 10).await;
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn three_wrong_pins_block_the_card(pool: PgPool) {
    directory(&pool).await;
    let now = Utc::now();
    let key = common::KEY;
    assert_eq!(
        card::sign_in(&pool, key, NURSE, "0000", now).await.unwrap(),
        SignIn::WrongPin { left: 2 }
    );
    // A right PIN in between starts the count again.
    assert!(matches!(
        card::sign_in(&pool, key, NURSE, "1234", now).await.unwrap(),
        SignIn::Open(_)
    ));
    for left in [2, 1] {
        assert_eq!(
            card::sign_in(&pool, key, NURSE, "9999", now).await.unwrap(),
            SignIn::WrongPin { left }
        );
    }
    assert_eq!(
        card::sign_in(&pool, key, NURSE, "9999", now).await.unwrap(),
        SignIn::Blocked
    );
    assert_eq!(
        card::sign_in(&pool, key, NURSE, "1234", now).await.unwrap(),
        SignIn::Blocked,
        "even the right PIN"
    );
    assert_eq!(
        card::sign_in(&pool, key, "1234567890", "1234", now)
            .await
            .unwrap(),
        SignIn::UnknownCard
    );
    let cards = card::test_cards(&pool).await.unwrap();
    assert!(cards.iter().any(|c| c.number == NURSE && c.blocked));
    assert!(cards.iter().any(|c| c.number == GP && !c.blocked));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_card_session_knows_its_holder_and_ends(pool: PgPool) {
    directory(&pool).await;
    let now = Utc::now();
    let SignIn::Open(token) = card::sign_in(&pool, common::KEY, GP, "1234", now)
        .await
        .unwrap()
    else {
        panic!("the GP's card opens")
    };
    let mut conn = pool.acquire().await.unwrap();
    let holder = card::current(&mut conn, common::KEY, &token, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(holder.label, "Médecin Sophie LEBLANC");
    assert_eq!(holder.profession_code, "10");
    assert!(!holder.regulator);
    // Kept alive by use, ended by 30 quiet minutes.
    let later = now + Duration::minutes(25);
    assert!(card::current(&mut conn, common::KEY, &token, later)
        .await
        .unwrap()
        .is_some());
    let quiet = later + Duration::minutes(31);
    assert!(card::current(&mut conn, common::KEY, &token, quiet)
        .await
        .unwrap()
        .is_none());
    assert!(
        card::current(&mut conn, common::KEY, "0".repeat(64).as_str(), now)
            .await
            .unwrap()
            .is_none()
    );

    let SignIn::Open(regulator) = card::sign_in(&pool, common::KEY, "8000000094", "1234", now)
        .await
        .unwrap()
    else {
        panic!("the regulator's card opens")
    };
    let holder = card::current(&mut conn, common::KEY, &regulator, now)
        .await
        .unwrap()
        .unwrap();
    assert!(holder.regulator);
    card::sign_out(&mut conn, holder.session_id).await.unwrap();
    assert!(card::current(&mut conn, common::KEY, &regulator, now)
        .await
        .unwrap()
        .is_none());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_matrix_comes_from_its_data_file_one_row_per_type(pool: PgPool) {
    directory(&pool).await;
    let count = |profession: &'static str, specialty: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                "SELECT count(*) FROM access_matrix WHERE profession_code = $1 AND specialty = $2",
            )
            .bind(profession)
            .bind(specialty)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    let types: i64 = sqlx::query_scalar("SELECT count(*) FROM document_type")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(count("10", "").await, types, "doctors read every type");
    let may = |profession: &'static str, type_code: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, bool>(
                "SELECT EXISTS (SELECT 1 FROM access_matrix WHERE profession_code = $1 AND specialty = '' AND type_code = $2)",
            )
            .bind(profession)
            .bind(type_code)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    assert!(may("21", "60593-1").await, "pharmacists read dispensations");
    assert!(!may("21", "34874-8").await, "not operation reports");
    assert!(may("70", "PRESC-KINE").await);
    assert!(!may("70", "11502-2").await, "physiotherapists: no biology");
    assert_eq!(count("21", "Biologie médicale").await, 3);
    assert_eq!(
        count("99", "").await,
        0,
        "an unknown profession reads nothing"
    );
}
