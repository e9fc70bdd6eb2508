//! What the integration tests share: the secret key, a seeded registry as
//! of a fixed date, and step-1 identities built from typed text.
// Each test binary uses only part of this module.
#![allow(dead_code)]

use app::creation::identify::{IdentifyForm, Identity};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use server::seed::{seed, SeedArgs};
use sqlx::PgPool;

pub const KEY: &[u8] = b"integration-test-secret-key-0123456789";

/// Registry seed arguments: `count` people, history up to 1 November 2026.
pub fn args(count: u64) -> SeedArgs {
    SeedArgs {
        count,
        seed: 7,
        as_of: NaiveDate::from_ymd_opt(2026, 11, 1),
        print_demo: false,
        // Only the registry: tests count what the flows add.
        without_records: true,
    }
}

/// A registry of `count` people, the demo identities among them.
pub async fn registry(pool: &PgPool, count: u64) {
    seed(pool, KEY, &args(count)).await.unwrap();
    server::database::sync_reference(pool).await.unwrap();
}

/// The day after the registry's date: its codes are fresh.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap()
}

/// A step-1 identity as typed (spaces, dashes and lowercase allowed).
pub fn identity(nir: &str, code: &str, card_type: &str, serial: &str) -> Identity {
    IdentifyForm {
        nir: nir.into(),
        code: code.into(),
        card_type: card_type.into(),
        serial: serial.into(),
    }
    .validate()
    .unwrap()
}

/// The demo registry dated today, with its ready records (Marie LEROY,
/// Jean-Pierre MOREAU) full of professionals' documents.
pub async fn demo_records(pool: &PgPool) {
    let args = SeedArgs {
        as_of: Some(Utc::now().date_naive()),
        without_records: false,
        ..args(30)
    };
    seed(pool, KEY, &args).await.unwrap();
}

/// The demo data with its ready records (Marie LEROY by e-mail, Jean-Pierre
/// MOREAU by SMS), then the holder's password accepted and a one-time code
/// queued on `channel`; returns the services and the session token.
pub async fn code_sent(
    pool: &PgPool,
    login: &str,
    password: &str,
    channel: &str,
) -> (app::services::Services, String) {
    use app::account::flow::{self, Cookie, Visit};
    demo_records(pool).await;
    let services = app::services::Services::new(KEY.to_vec(), app::domain::ins::Mode::Demo);
    let visit = Visit {
        token: None,
        kiosk: false,
        now: Utc::now(),
    };
    let o = flow::sign_in(pool, &services, &visit, login, password)
        .await
        .unwrap();
    let Cookie::Set(token) = o.cookie else {
        panic!("{o:?}")
    };
    let visit = Visit {
        token: Some(token.clone()),
        ..visit
    };
    let o = flow::send_code(pool, &services, &visit, channel)
        .await
        .unwrap();
    assert!(o.result.is_ok(), "{o:?}");
    (services, token)
}

/// The six-digit code in a message.
pub fn six_digits(text: &str) -> String {
    text.split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap_or_else(|| panic!("no code in {text}"))
        .to_string()
}

/// Types the code; the page it leads to.
pub async fn verify(
    pool: &PgPool,
    services: &app::services::Services,
    token: &str,
    code: &str,
) -> Result<&'static str, Vec<app::forms::fields::FieldError>> {
    let visit = app::account::flow::Visit {
        token: Some(token.to_string()),
        kiosk: false,
        now: Utc::now(),
    };
    app::account::flow::verify_code(pool, services, &visit, code)
        .await
        .unwrap()
        .result
}
