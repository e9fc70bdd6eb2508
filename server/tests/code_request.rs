//! « Je n'ai pas de code de création », against the seeded registry: a new
//! code through the channel on file, the same answer for everyone, limits.

mod common;

use app::creation::code_request::{request_code, CodeRequestForm, Outcome};
use app::creation::identify::{check, Outcome as Identified};
use app::creation::limits::Limits;
use app::outbox::Channel;
use chrono::{DateTime, Duration, Utc};
use common::{identity, now, registry, KEY};
use sqlx::PgPool;

async fn request(pool: &PgPool, nir: &str, serial: &str, at: DateTime<Utc>) -> Outcome {
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
        "192.0.2.10",
        &Limits::default(),
        at,
    )
    .await
    .unwrap()
}

async fn identify(pool: &PgPool, nir: &str, code: &str, card_type: &str, serial: &str) -> bool {
    let who = identity(nir, code, card_type, serial);
    let outcome = check(pool, KEY, &who, "192.0.2.11", &Limits::default(), now())
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
async fn a_new_code_goes_by_email_when_one_is_on_file_and_replaces_the_old_one(pool: PgPool) {
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
    assert!(identify(&pool, "269054958815780", &code, "avec_photo", "80123456789").await);
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
