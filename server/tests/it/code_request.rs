//! « Je n'ai pas de code de création », against the seeded registry: a new
//! code through the channel on file, the same answer for everyone, limits.

use crate::common;

use app::creation::code_request::{
    process_requests, request_code, CodeRequestForm, Outcome, Requested,
};
use app::outbox::Channel;
use app::registry::identify::{check, Outcome as Identified};
use app::registry::limits::Limits;
use chrono::{DateTime, Duration, Utc};
use common::{identity, now, registry, KEY};
use sqlx::PgPool;

/// A request as the form sends it, from one address: what it answered.
async fn ask(pool: &PgPool, nir: &str, serial: &str, at: DateTime<Utc>) -> Requested {
    let (nir, serial) = CodeRequestForm {
        nir: nir.into(),
        serial: serial.into(),
    }
    .validate()
    .unwrap();
    request_code(
        pool,
        KEY,
        &nir,
        &serial,
        None,
        "192.0.2.10",
        &Limits::default(),
        at,
    )
    .await
    .unwrap()
}

/// A request, then the worker's round: what became of it.
async fn request(pool: &PgPool, nir: &str, serial: &str, at: DateTime<Utc>) -> Outcome {
    assert_eq!(ask(pool, nir, serial, at).await, Requested::Queued);
    let mut handled = process_requests(pool, KEY).await.unwrap();
    assert_eq!(handled.len(), 1, "{handled:?}");
    handled.pop().unwrap()
}

async fn identify(pool: &PgPool, nir: &str, code: &str, card_type: &str, serial: &str) -> bool {
    let who = identity(nir, code, card_type, serial);
    let outcome = check(
        pool,
        KEY,
        &who,
        None,
        "192.0.2.11",
        &Limits::default(),
        now(),
    )
    .await
    .unwrap();
    matches!(outcome, Identified::Identified { .. })
}

/// The 12-character code in a text, as printed: `ABCD-EFGH-JKLM`.
fn code_in(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .find(|w| w.len() == 14 && w.matches('-').count() == 2)
        .unwrap_or_else(|| panic!("no code in {text}"))
        .to_string()
}

async fn outbox(pool: &PgPool) -> Vec<(String, String, String, Option<Vec<u8>>)> {
    sqlx::query_as("SELECT channel, recipient, body, attachment FROM outbox ORDER BY id")
        .fetch_all(pool)
        .await
        .unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_new_code_goes_by_email_and_the_old_one_ends_only_when_one_is_used(pool: PgPool) {
    registry(&pool, 30).await;
    let outcome = request(&pool, "269054958815780", "80123456789", now()).await;
    assert_eq!(outcome, Outcome::Sent(Channel::Email));
    let messages = outbox(&pool).await;
    assert_eq!(messages.len(), 1);
    let (channel, recipient, body, _) = &messages[0];
    assert_eq!(
        (channel.as_str(), recipient.as_str()),
        ("email", "claire.dubois@example.org")
    );
    assert!(body.starts_with("Madame,"), "{body}");
    let code = code_in(body);
    // Both work until one of them is used: a stranger who knows the NIR
    // and the serial cannot cancel the code the person holds.
    let live: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM creation_code cc JOIN beneficiary b ON b.id = cc.beneficiary_id \
         WHERE b.nir = '269054958815780' AND cc.used_at IS NULL AND cc.expires_at > $1",
    )
    .bind(now())
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(live, 2);
    // Step 2's creation spends one: the other ends with it.
    let Identified::Identified { code_id, .. } = check(
        &pool,
        KEY,
        &identity("269054958815780", &code, "avec_photo", "80123456789"),
        None,
        "192.0.2.11",
        &Limits::default(),
        now(),
    )
    .await
    .unwrap() else {
        panic!("the new code identifies")
    };
    let mut tx = pool.begin().await.unwrap();
    assert!(app::registry::spend_code(&mut tx, code_id, now())
        .await
        .unwrap());
    tx.commit().await.unwrap();
    assert!(
        !identify(
            &pool,
            "269054958815780",
            "DEMA-2345-6789",
            "avec_photo",
            "80123456789"
        )
        .await
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn every_request_is_counted_and_does_the_same_work_whoever_it_names(pool: PgPool) {
    registry(&pool, 30).await;
    let rows = |pool: PgPool| async move {
        sqlx::query_as::<_, (i64, i64, i64)>(
            "SELECT (SELECT count(*) FROM code_request), (SELECT count(*) FROM identification_lock), \
             (SELECT coalesce(sum(failures), 0) FROM identification_address)",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    // A match and a mismatch write the same rows.
    assert_eq!(
        ask(&pool, "269054958815780", "80123456789", now()).await,
        Requested::Queued
    );
    assert_eq!(rows(pool.clone()).await, (1, 1, 1));
    assert_eq!(
        ask(&pool, "185067505612307", "80123456789", now()).await,
        Requested::Queued
    );
    assert_eq!(rows(pool.clone()).await, (2, 2, 2));
    // Nothing was read from the registry yet: no code, no message.
    assert!(outbox(&pool).await.is_empty());
    // Matching requests count like failures: the fifth locks the NIR, for
    // code requests and step 1 alike.
    for i in 1..5 {
        assert_eq!(
            ask(
                &pool,
                "269054958815780",
                "80123456789",
                now() + Duration::seconds(i)
            )
            .await,
            Requested::Queued
        );
    }
    assert!(matches!(
        ask(
            &pool,
            "269054958815780",
            "80123456789",
            now() + Duration::seconds(9)
        )
        .await,
        Requested::Blocked(app::registry::limits::Blocked::Nir { .. })
    ));
    // The queue is handled once, whichever worker takes it.
    let (a, b) = tokio::join!(process_requests(&pool, KEY), process_requests(&pool, KEY));
    let handled = a.unwrap().len() + b.unwrap().len();
    assert_eq!(handled, 6);
    assert_eq!(rows(pool.clone()).await.0, 0);
    // Three codes a day at most for Claire; the stranger got nothing.
    assert_eq!(outbox(&pool).await.len(), 3);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn without_email_the_code_goes_in_a_printed_letter(pool: PgPool) {
    registry(&pool, 30).await;
    let outcome = request(&pool, "1 96 02 2B 033 008 02", "123 456 789", now()).await;
    assert_eq!(outcome, Outcome::Sent(Channel::Letter));
    let messages = outbox(&pool).await;
    let (channel, recipient, _, attachment) = &messages[0];
    assert_eq!(channel, "courrier");
    assert!(recipient.contains("3 boulevard Paoli") && recipient.contains("20200 Bastia"));
    let pdf = lopdf::Document::load_mem(attachment.as_ref().unwrap()).unwrap();
    let text = pdf.extract_text(&[1]).unwrap();
    assert!(text.contains("Monsieur Antoine SANTONI"), "{text}");
    assert!(text.contains("20200 Bastia"), "{text}");
    let code = code_in(&text);
    assert!(identify(&pool, "196022B03300802", &code, "sans_photo", "123456789").await);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_mismatch_sends_nothing_and_changes_nothing(pool: PgPool) {
    registry(&pool, 30).await;
    let codes_before: i64 = sqlx::query_scalar("SELECT count(*) FROM creation_code")
        .fetch_one(&pool)
        .await
        .unwrap();
    for (nir, serial) in [
        ("269054958815780", "80123456780"),
        ("185067505612307", "80123456789"),
    ] {
        assert_eq!(request(&pool, nir, serial, now()).await, Outcome::NoMatch);
    }
    assert!(outbox(&pool).await.is_empty());
    let codes_after: i64 = sqlx::query_scalar("SELECT count(*) FROM creation_code")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(codes_after, codes_before);
    // The demo code still works: a stranger's request did not cancel it.
    assert!(
        identify(
            &pool,
            "269054958815780",
            "DEMA-2345-6789",
            "avec_photo",
            "80123456789"
        )
        .await
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn no_more_than_three_codes_a_day_for_one_person(pool: PgPool) {
    registry(&pool, 30).await;
    for i in 0..3 {
        let at = now() + Duration::minutes(i);
        assert_eq!(
            request(&pool, "176079935001231", "1234567890", at).await,
            Outcome::Sent(Channel::Email)
        );
    }
    let fourth = request(
        &pool,
        "176079935001231",
        "1234567890",
        now() + Duration::minutes(5),
    )
    .await;
    assert_eq!(fourth, Outcome::DailyLimit);
    assert_eq!(outbox(&pool).await.len(), 3);
    let next_day = request(
        &pool,
        "176079935001231",
        "1234567890",
        now() + Duration::hours(25),
    )
    .await;
    assert_eq!(next_day, Outcome::Sent(Channel::Email));
}
