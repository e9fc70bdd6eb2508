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
