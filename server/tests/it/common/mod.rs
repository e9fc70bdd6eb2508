//! What the integration tests share: the secret key, a seeded registry as
//! of a fixed date, and step-1 identities built from typed text.

pub mod harness;

pub use harness::TestApp;

pub mod pro;

use app::registry::identify::{IdentifyForm, Identity};
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
        without_history: true,
        bench_records: 0,
        bench_file: None,
    }
}

/// A registry of `count` people, the demo identities among them.
pub async fn registry(pool: &PgPool, count: u64) {
    seed(pool, KEY, &args(count)).await.unwrap();
    server::database::sync_reference(pool).await.unwrap();
}

/// A pool over the test's database that is nobody's child, for a test that
/// closes its pool: the pools `#[sqlx::test]` hands over are children of one
/// pool shared by all the tests of a binary.
pub async fn own_pool(connect: sqlx::postgres::PgConnectOptions) -> PgPool {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(5)
        .connect_with(connect)
        .await
        .unwrap()
}

/// The day after the registry's date: its codes are fresh.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 2, 10, 0, 0).unwrap()
}

/// One instance of the portal's services: nothing but its configuration.
pub fn services() -> app::services::Services {
    app::services::Services::new(KEY.to_vec(), app::domain::ins::Mode::Demo)
}

/// A visit from one browser (its session cookie, if any) at `at`.
pub fn visit(token: Option<&str>, at: DateTime<Utc>) -> app::session::Visit {
    app::session::Visit {
        token: token.map(str::to_string),
        address: "192.0.2.10".into(),
        kiosk: false,
        workshop: None,
        practice: None,
        now: at,
    }
}

/// Claire DUBOIS's step 1 as she types it (the demo registry's: spaces,
/// a lowercase code).
pub fn claire_identifies() -> IdentifyForm {
    IdentifyForm {
        nir: "2 69 05 49 588 157 80".into(),
        code: "dema-2345-6789".into(),
        card_type: "avec_photo".into(),
        serial: "801 234 567 89".into(),
    }
}

/// Claire's step 2: her e-mail typed twice, the terms accepted.
pub fn claire_informs() -> app::creation::informations::InformationsForm {
    app::creation::informations::InformationsForm {
        email: "claire.dubois@exemple.fr".into(),
        email_confirm: "claire.dubois@exemple.fr".into(),
        accept: Some("on".into()),
        ..Default::default()
    }
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
        address: String::new(),
        token: None,
        kiosk: false,
        workshop: None,
        practice: None,
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
        address: String::new(),
        token: Some(token.to_string()),
        kiosk: false,
        workshop: None,
        practice: None,
        now: Utc::now(),
    };
    app::account::flow::verify_code(pool, services, &visit, code)
        .await
        .unwrap()
        .result
}

/// The portal's router over this database, in demo mode.
pub fn portal(pool: &PgPool) -> axum::Router {
    use server::web::{leptos_options, router, AppState};
    router(AppState {
        leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
        pool: pool.clone(),
        services: app::services::Services::new(KEY.to_vec(), app::domain::ins::Mode::Demo),
    })
}

/// The demo records, and Marie LEROY signed in: her session cookie.
pub async fn marie_signed_in(pool: &PgPool) -> String {
    signed_in_as(pool, "marieleroy", "Demo-DMP-Marie-2026").await
}

/// The demo records, and this ready account signed in with the code sent
/// by e-mail: its session cookie.
pub async fn signed_in_as(pool: &PgPool, login: &str, password: &str) -> String {
    demo_records(pool).await;
    TestApp::new(pool)
        .sign_in(login, password)
        .await
        .unwrap_or_else(|| panic!("{login} signs in"))
}

/// A response's status, `location` header and body.
pub async fn send(
    app: &axum::Router,
    request: axum::http::Request<axum::body::Body>,
) -> (u16, String, Vec<u8>) {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let response = app.clone().oneshot(request).await.unwrap();
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default();
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, location, body.to_vec())
}

thread_local! {
    /// The one-time cookie that carries a refused form's errors back to its
    /// page, kept as a browser keeps it (each test runs on its own thread).
    static CARRIED: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// A page as a browser without JavaScript asks for it (with the errors a
/// form just carried back, as a browser would send them).
pub async fn page(app: &axum::Router, uri: &str, cookie: &str) -> (u16, String) {
    let carried = CARRIED.with(|c| c.borrow_mut().take());
    let cookie = match carried {
        Some(c) if cookie.is_empty() => c,
        Some(c) => format!("{cookie}; {c}"),
        None => cookie.to_string(),
    };
    let (status, _, body) = send(
        app,
        axum::http::Request::get(uri)
            .header("accept", "text/html")
            .header("cookie", cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    (status, String::from_utf8_lossy(&body).into_owned())
}

/// A form posted without JavaScript: the status and where it leads.
pub async fn post_form(
    app: &axum::Router,
    uri: &str,
    cookie: &str,
    referer: &str,
    fields: &[(&str, &str)],
) -> (u16, String) {
    let body = fields
        .iter()
        .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
        .collect::<Vec<_>>()
        .join("&");
    let response = tower::ServiceExt::oneshot(
        app.clone(),
        axum::http::Request::post(uri)
            .header("accept", "text/html")
            .header("referer", format!("http://127.0.0.1:3000{referer}"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("cookie", cookie)
            .body(axum::body::Body::from(body))
            .unwrap(),
    )
    .await
    .unwrap();
    let carried = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|c| c.to_str().ok())
        .filter(|c| c.starts_with(&format!("{}=", server::form_errors::COOKIE)))
        .filter_map(|c| c.split(';').next())
        .find(|pair| !pair.ends_with('='))
        .map(str::to_string);
    CARRIED.with(|c| *c.borrow_mut() = carried);
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default();
    (response.status().as_u16(), location)
}

pub fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
