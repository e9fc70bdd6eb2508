//! Step 1's identity check against the seeded registry, in a real
//! PostgreSQL: matches, the single answer for every mismatch, and the limits.

use crate::common;

use app::registry::identify::{check, Identity, Outcome};
use app::registry::limits::{Blocked, Limits};
use chrono::{DateTime, Duration, Utc};
use common::{identity, now, registry, KEY};
use sqlx::PgPool;

fn claire() -> Identity {
    identity(
        "269054958815780",
        "DEMA-2345-6789",
        "avec_photo",
        "80123456789",
    )
}

async fn attempt(pool: &PgPool, who: &Identity, address: &str, at: DateTime<Utc>) -> Outcome {
    check(pool, KEY, who, None, address, &Limits::default(), at)
        .await
        .unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_demo_identity_is_identified(pool: PgPool) {
    registry(&pool, 40).await;
    assert!(matches!(
        attempt(&pool, &claire(), "192.0.2.1", now()).await,
        Outcome::Identified { .. }
    ));
    // A minor, with her own NIR and code, on her mother's card.
    let emma = identity(
        "215039712004629",
        "DEMD-2345-6789",
        "avec_photo",
        "80234567890",
    );
    assert!(matches!(
        attempt(&pool, &emma, "192.0.2.1", now()).await,
        Outcome::Identified { .. }
    ));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn every_kind_of_mismatch_gets_the_same_answer(pool: PgPool) {
    registry(&pool, 40).await;
    let mismatches = [
        // A well-formed NIR nobody has.
        identity(
            "185067505612307",
            "DEMA-2345-6789",
            "avec_photo",
            "80123456789",
        ),
        // Wrong serial, wrong card type, wrong code, someone else's code.
        identity(
            "269054958815780",
            "DEMA-2345-6789",
            "avec_photo",
            "80123456780",
        ),
        identity(
            "269054958815780",
            "DEMA-2345-6789",
            "sans_photo",
            "80123456789",
        ),
        identity(
            "269054958815780",
            "DEMA-2345-6788",
            "avec_photo",
            "80123456789",
        ),
        identity(
            "269054958815780",
            "DEMB-2345-6789",
            "avec_photo",
            "80123456789",
        ),
    ];
    for (i, who) in mismatches.iter().enumerate() {
        // A different address each time, so that no limit interferes.
        let outcome = attempt(&pool, who, &format!("198.51.100.{i}"), now()).await;
        assert_eq!(outcome, Outcome::NoMatch, "mismatch {i}");
    }
    // An expired code and a used code: the same answer.
    let later = now() + Duration::days(400);
    assert_eq!(
        attempt(&pool, &claire(), "203.0.113.1", later).await,
        Outcome::NoMatch
    );
    sqlx::query("UPDATE creation_code SET used_at = now() WHERE beneficiary_id = (SELECT id FROM beneficiary WHERE nir = '269054958815780')")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(
        attempt(&pool, &claire(), "203.0.113.2", now()).await,
        Outcome::NoMatch
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn five_failures_lock_the_nir_for_fifteen_minutes_then_it_is_released(pool: PgPool) {
    registry(&pool, 40).await;
    let wrong = identity(
        "269054958815780",
        "DEMA-2345-6788",
        "avec_photo",
        "80123456789",
    );
    for i in 0..4 {
        let at = now() + Duration::seconds(i);
        assert_eq!(
            attempt(&pool, &wrong, "192.0.2.9", at).await,
            Outcome::NoMatch
        );
    }
    let fifth = attempt(&pool, &wrong, "192.0.2.9", now() + Duration::seconds(5)).await;
    assert_eq!(
        fifth,
        Outcome::Blocked(Blocked::Nir {
            until: now() + Duration::seconds(5) + Duration::minutes(15)
        })
    );
    // Locked even with the right code, from any address.
    let during = now() + Duration::minutes(10);
    assert!(matches!(
        attempt(&pool, &claire(), "192.0.2.200", during).await,
        Outcome::Blocked(Blocked::Nir { .. })
    ));
    let after = now() + Duration::minutes(16);
    assert!(matches!(
        attempt(&pool, &claire(), "192.0.2.200", after).await,
        Outcome::Identified { .. }
    ));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_nir_nobody_has_locks_the_same_way(pool: PgPool) {
    registry(&pool, 40).await;
    let stranger = identity(
        "185067505612307",
        "DEMA-2345-6789",
        "avec_photo",
        "80123456789",
    );
    let outcomes: Vec<Outcome> = {
        let mut v = Vec::new();
        for i in 0..6 {
            v.push(attempt(&pool, &stranger, &format!("192.0.2.{i}"), now()).await);
        }
        v
    };
    assert_eq!(
        outcomes[..4],
        [
            Outcome::NoMatch,
            Outcome::NoMatch,
            Outcome::NoMatch,
            Outcome::NoMatch
        ]
    );
    assert!(matches!(outcomes[4], Outcome::Blocked(Blocked::Nir { .. })));
    assert!(matches!(outcomes[5], Outcome::Blocked(Blocked::Nir { .. })));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn one_address_spraying_across_nirs_is_stopped(pool: PgPool) {
    registry(&pool, 40).await;
    let nirs: Vec<String> = sqlx::query_scalar("SELECT nir FROM beneficiary ORDER BY id LIMIT 31")
        .fetch_all(&pool)
        .await
        .unwrap();
    for nir in &nirs[..30] {
        let guess = identity(nir, "ABCD-EFGH-JKLM", "avec_photo", "80123456789");
        assert_eq!(
            attempt(&pool, &guess, "192.0.2.66", now()).await,
            Outcome::NoMatch
        );
    }
    let guess = identity(&nirs[30], "ABCD-EFGH-JKLM", "avec_photo", "80123456789");
    assert_eq!(
        attempt(&pool, &guess, "192.0.2.66", now()).await,
        Outcome::Blocked(Blocked::Address)
    );
    // Others are not affected, and the address may try again after the window.
    assert!(matches!(
        attempt(&pool, &claire(), "192.0.2.67", now()).await,
        Outcome::Identified { .. }
    ));
    let later = now() + Duration::minutes(16);
    assert!(matches!(
        attempt(&pool, &claire(), "192.0.2.66", later).await,
        Outcome::Identified { .. }
    ));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn twenty_simultaneous_guesses_cannot_slip_past_the_lock(pool: PgPool) {
    registry(&pool, 40).await;
    let wrong = identity(
        "269054958815780",
        "DEMA-2345-6788",
        "avec_photo",
        "80123456789",
    );
    let tasks: Vec<_> = (0..20)
        .map(|i| {
            let (pool, wrong) = (pool.clone(), wrong.clone());
            tokio::spawn(
                async move { attempt(&pool, &wrong, &format!("192.0.2.{i}"), now()).await },
            )
        })
        .collect();
    let mut no_match = 0;
    for t in tasks {
        if t.await.unwrap() == Outcome::NoMatch {
            no_match += 1;
        }
    }
    assert_eq!(
        no_match, 4,
        "only four guesses may be checked before the lock"
    );
}
