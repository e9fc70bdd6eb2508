//! The portal under load and hostile input, through its real router and a
//! real PostgreSQL: more requests than connections, bodies of the wrong
//! kind or size, control characters, foreign origins, proxies, faults.

use crate::common;

use app::error::PortalError;
use app::forms::fields::Field;
use app::messages::Text;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::Request;
use common::{demo_records, page, send, KEY};
use server::edge::Edge;
use server::web::{leptos_options, router_with_edge, AppState};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

fn portal_with(pool: &PgPool, edge: Edge) -> axum::Router {
    router_with_edge(
        AppState {
            leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
            pool: pool.clone(),
            services: app::services::Services::new(KEY.to_vec(), app::domain::ins::Mode::Demo),
        },
        edge,
    )
}

/// A pool of `size` connections over the test's database; a request that
/// waited for a second connection while holding one would time out.
async fn small_pool(connect: PgConnectOptions, size: u32) -> PgPool {
    PgPoolOptions::new()
        .max_connections(size)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(connect)
        .await
        .unwrap()
}

/// A form posted by a browser without JavaScript, from `peer`.
fn form_post(uri: &str, body: &str, peer: &str) -> Request<Body> {
    let mut request = Request::post(uri)
        .header("accept", "text/html")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("referer", "http://127.0.0.1:3000/")
        .header("host", "127.0.0.1:3000")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(body.to_string()))
        .unwrap();
    let peer: SocketAddr = format!("{peer}:50000").parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    request
}

/// The same call as the page's WebAssembly makes it (no `text/html`).
fn call(uri: &str, body: &str) -> Request<Body> {
    Request::post(uri)
        .header("accept", "application/json")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(body.to_string()))
        .unwrap()
}

const STEP1: &str = "/api/creation/identification";
const CODE_REQUEST: &str = "/api/creation/demande-de-code";
const SIGN_IN: &str = "/api/connexion/identifiants";

/// A well-formed step 1 with a wrong code (the `i`-th), so that each one
/// reaches the registry check.
fn step1_body(i: usize) -> String {
    let digits = b"23456789";
    let code: String = [i / 512, i / 64 % 8, i / 8 % 8, i % 8]
        .iter()
        .map(|d| digits[*d % 8] as char)
        .collect();
    format!(
        "form%5Bnir%5D=269054958815780&form%5Bcode%5D=WRNG-{code}-2345\
         &form%5Bcard_type%5D=avec_photo&form%5Bserial%5D=80123456789"
    )
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn more_simultaneous_requests_than_the_pool_holds_all_answer(
    _: PgPoolOptions,
    connect: PgConnectOptions,
) {
    let pool = small_pool(connect, 3).await;
    demo_records(&pool).await;
    let app = portal_with(&pool, Edge::default());
    let mut requests = Vec::new();
    for i in 0..20 {
        requests.push(form_post(STEP1, &step1_body(i), "192.0.2.1"));
        requests.push(form_post(
            CODE_REQUEST,
            "form%5Bnir%5D=284077505612322&form%5Bserial%5D=80345678901",
            "192.0.2.2",
        ));
        let login = if i % 2 == 0 {
            "marieleroy"
        } else {
            "personne-inconnue"
        };
        requests.push(form_post(
            SIGN_IN,
            &format!("login={login}&password=Mauvais-mot-de-passe-{i}"),
            "192.0.2.3",
        ));
    }
    let mut tasks = tokio::task::JoinSet::new();
    for request in requests {
        let app = app.clone();
        tasks.spawn(async move { send(&app, request).await });
    }
    // The health check answers while all of that runs.
    let (health, _, _) = send(&app, Request::get("/healthz").body(Body::empty()).unwrap()).await;
    assert_eq!(health, 200);
    let mut answered = 0;
    while let Some(done) = tasks.join_next().await {
        let (status, location, _) = done.unwrap();
        assert_eq!(status, 302, "every form comes back as a redirect");
        assert!(!location.is_empty());
        answered += 1;
    }
    assert_eq!(answered, 60);
    // Step 1's attempts reached the registry check: the NIR is locked.
    let locked: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM identification_lock WHERE locked_until IS NOT NULL",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(locked >= 1);
    // Every attempt was counted: 20 sign-in attempts on two logins.
    let attempts: i64 = sqlx::query_scalar("SELECT count(*) FROM sign_in_attempt")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(attempts, 2);
    let queued: i64 = sqlx::query_scalar("SELECT count(*) FROM code_request")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(
        queued >= 1,
        "code requests were queued until the NIR locked"
    );
}

/// Each of these reads or writes with one connection at a time: on a pool
/// of one, a request that asked for a second while holding one would wait
/// for ever (here: time out and answer 503).
#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn every_page_and_file_works_on_a_pool_of_one_connection(
    _: PgPoolOptions,
    connect: PgConnectOptions,
) {
    let pool = small_pool(connect, 1).await;
    // Seeds the demo records, and signs Marie in with one connection too.
    let cookie = common::marie_signed_in(&pool).await;
    server::database::sync_reference(&pool).await.unwrap();
    let app = portal_with(&pool, Edge::default());
    let document: i64 = sqlx::query_scalar(
        "SELECT d.id FROM document d JOIN dmp m ON m.id = d.dmp_id \
         JOIN patient_account a ON a.dmp_id = m.id \
         WHERE a.login = 'marieleroy' AND NOT d.hidden_from_patient AND d.status = 'ACTIVE' \
         ORDER BY d.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    for uri in [
        "/mon-dmp".to_string(),
        "/mon-dmp/espace/syntheses".into(),
        "/mon-dmp/remboursements".into(),
        format!("/mon-dmp/documents/{document}"),
        format!("/mon-dmp/documents/{document}/fichier"),
        "/mon-dmp/historique".into(),
        "/mon-dmp/professionnels".into(),
        "/mon-dmp/acces-en-urgence".into(),
        "/mon-dmp/notifications".into(),
        "/mon-dmp/notifications/reglages".into(),
        "/mon-dmp/espace-personnel".into(),
        "/mon-dmp/telecharger".into(),
        app::record::export::ZIP_PATH.into(),
        "/mon-dmp/cloturer".into(),
    ] {
        let (status, body) = page(&app, &uri, &cookie).await;
        assert_eq!(status, 200, "{uri}: {body:.300}");
        // A page's server function that failed still renders a page.
        assert!(!body.contains("momentanément indisponible"), "{uri}");
    }
    // A professional's card session on the same record, reading a document:
    // the decision and its trace share one connection.
    let (gp, marie, card) = common::pro::open(&pool, common::pro::GP).await;
    let now = chrono::Utc::now();
    app::professional::record::declare_consent(&pool, &gp, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    let readable = {
        use app::professional::record;
        let mut conn = pool.acquire().await.unwrap();
        let (s, _) = record::situation(&mut conn, &gp, &marie, now)
            .await
            .unwrap();
        record::documents(&mut conn, &gp, &s, marie.dmp_id)
            .await
            .unwrap()[0]
            .id
    };
    for uri in [
        "/professionnel".to_string(),
        "/professionnel/dossier".into(),
        format!("/professionnel/documents/{readable}"),
        format!("/professionnel/documents/{readable}/fichier"),
    ] {
        let uri = uri.as_str();
        let (status, body) = page(&app, uri, &card).await;
        assert_eq!(status, 200, "{uri}: {body:.300}");
        assert!(!body.contains("momentanément indisponible"), "{uri}");
    }
    // Creation and sign-in, each on one connection.
    let (status, location, _) = send(&app, form_post(STEP1, &step1_body(1), "192.0.2.9")).await;
    assert_eq!((status, location.as_str()), (302, "/creation"));
    let (status, _, _) = send(
        &app,
        form_post(
            SIGN_IN,
            "login=marieleroy&password=Demo-DMP-Marie-2026",
            "192.0.2.9",
        ),
    )
    .await;
    assert_eq!(status, 302);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn bodies_of_the_wrong_kind_or_size_are_refused_before_any_decoder(pool: PgPool) {
    let app = common::portal(&pool);
    let post = |uri: &str, content_type: &str, body: Vec<u8>| {
        Request::post(uri)
            .header("content-type", content_type)
            .body(Body::from(body))
            .unwrap()
    };
    // No boundary: the multipart decoder used to panic on it.
    for uri in ["/api/dmp/deposer", "/api/pro/deposer", "/api/pro/remplacer"] {
        let (status, _, body) = send(&app, post(uri, "multipart/form-data", b"x".to_vec())).await;
        assert_eq!(status, 400, "{uri}");
        assert!(String::from_utf8_lossy(&body).contains("Rien n'a été enregistré"));
        let (status, _, _) = send(&app, post(uri, "text/plain", b"x".to_vec())).await;
        assert_eq!(status, 415, "{uri}");
    }
    // A form body to a server function must be URL-encoded.
    let (status, _, _) = send(&app, post(SIGN_IN, "text/plain", b"login=a".to_vec())).await;
    assert_eq!(status, 415);
    let (status, _, _) = send(&app, post(SIGN_IN, "application/json", b"{}".to_vec())).await;
    assert_eq!(status, 415);
    // Too large, declared: refused at once.
    let big = vec![b'a'; server::edge::FORM_LIMIT + 1];
    let (status, _, _) = send(
        &app,
        Request::post(SIGN_IN)
            .header("content-type", "application/x-www-form-urlencoded")
            .header("content-length", big.len())
            .body(Body::from(big))
            .unwrap(),
    )
    .await;
    assert_eq!(status, 413);
    // Too large, chunked (no length): read up to the limit, then refused.
    let chunks: Vec<Result<Vec<u8>, std::io::Error>> =
        (0..7).map(|_| Ok(vec![b'-'; 1024 * 1024])).collect();
    let (status, _, _) = send(
        &app,
        Request::post("/api/dmp/deposer")
            .header("content-type", "multipart/form-data; boundary=abc")
            .body(Body::from_stream(futures_stream(chunks)))
            .unwrap(),
    )
    .await;
    assert_eq!(status, 413);
    // Several fields of 5 MB each: the whole body is over the limit.
    let (status, _, _) = send(
        &app,
        post(
            "/api/dmp/deposer",
            "multipart/form-data; boundary=abc",
            vec![b'x'; server::edge::BODY_LIMIT + 1],
        ),
    )
    .await;
    assert_eq!(status, 413);
}

fn futures_stream(
    chunks: Vec<Result<Vec<u8>, std::io::Error>>,
) -> impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static {
    futures_util::stream::iter(chunks)
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn control_characters_page_numbers_and_dates_never_reach_the_database(pool: PgPool) {
    let cookie = common::marie_signed_in(&pool).await;
    let app = common::portal(&pool);
    // Asked as the page's WebAssembly asks: a field error, 422.
    let (status, _, body) = send(&app, call(SIGN_IN, "login=marie%00leroy&password=x")).await;
    assert_eq!(status, 422);
    assert_eq!(
        portal_error(&body),
        PortalError::field(Field::Login, Text::ControlCharacter)
    );
    // Without JavaScript: back to the form, the message next to the field.
    let mut plain = form_post(SIGN_IN, "login=marie%00leroy&password=x", "192.0.2.8");
    plain.headers_mut().insert(
        "referer",
        "http://127.0.0.1:3000/connexion".parse().unwrap(),
    );
    let response = tower::ServiceExt::oneshot(app.clone(), plain)
        .await
        .unwrap();
    assert_eq!(response.status(), 302);
    assert_eq!(response.headers()["location"], "/connexion");
    let sealed = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let (_, html) = page(&app, "/connexion", &sealed).await;
    assert!(html.contains("caractère invisible"), "{html:.2000}");
    assert!(html.contains(r##"href="#login""##), "linked to its field");
    let written: i64 = sqlx::query_scalar("SELECT count(*) FROM sign_in_attempt")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(written, 0, "nothing was counted");
    let (status, _) = page(&app, "/connexion?x=%00", "").await;
    assert_eq!(status, 400);

    for uri in [
        "/mon-dmp/espace/syntheses?page=9223372036854775807",
        "/mon-dmp/espace/syntheses?page=-3",
        "/mon-dmp/espace/syntheses?du=-5000-01-01&au=+275760-09-13",
        "/mon-dmp/historique?page=9223372036854775807&du=-5000-01-01",
        "/mon-dmp/remboursements?du=-5000-01-01&au=99999-01-01",
    ] {
        let (status, body) = page(&app, uri, &cookie).await;
        assert_eq!(status, 200, "{uri}: {body:.300}");
        assert!(!body.contains("momentanément indisponible"), "{uri}");
    }
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_refusal_is_a_4xx_and_a_fault_a_5xx(_: PgPoolOptions, connect: PgConnectOptions) {
    let pool = common::own_pool(connect).await;
    demo_records(&pool).await;
    let app = common::portal(&pool);
    // A wrong password, asked as the page's WebAssembly asks: 422.
    let (status, _, body) = send(&app, call(SIGN_IN, "login=marieleroy&password=faux")).await;
    assert_eq!(status, 422);
    assert_eq!(
        portal_error(&body),
        PortalError::field(Field::Login, Text::WrongCredentials)
    );
    // Missing arguments: 400.
    let (status, _, _) = send(&app, call(SIGN_IN, "login=marieleroy")).await;
    assert_eq!(status, 400);
    // Without JavaScript it is still a redirect back to the form.
    let (status, _, _) = send(
        &app,
        form_post(SIGN_IN, "login=marieleroy&password=faux", "192.0.2.5"),
    )
    .await;
    assert_eq!(status, 302);
    // The database gone: a fault, 503, saying nothing was saved.
    pool.close().await;
    let (status, _, body) = send(&app, call(SIGN_IN, "login=marieleroy&password=faux")).await;
    assert_eq!(status, 503);
    assert_eq!(portal_error(&body), PortalError::Unavailable);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn state_changes_from_another_origin_are_refused(pool: PgPool) {
    demo_records(&pool).await;
    let app = common::portal(&pool);
    let foreign = |header: (&str, &str)| {
        Request::post(SIGN_IN)
            .header("host", "127.0.0.1:3000")
            .header(header.0, header.1)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from("login=marieleroy&password=faux"))
            .unwrap()
    };
    for header in [
        ("origin", "https://attaquant.example"),
        ("origin", "null"),
        ("sec-fetch-site", "cross-site"),
        ("sec-fetch-site", "same-site"),
    ] {
        let (status, _, body) = send(&app, foreign(header)).await;
        assert_eq!(status, 403, "{header:?}");
        assert!(String::from_utf8_lossy(&body).contains("ne vient pas d'une page du portail"));
    }
    // `text/plain`, the kind a foreign page may send without asking: refused too.
    let (status, _, _) = send(
        &app,
        Request::post(SIGN_IN)
            .header("content-type", "text/plain")
            .body(Body::from("login=marieleroy&password=faux"))
            .unwrap(),
    )
    .await;
    assert_eq!(status, 415);
    let counted: i64 = sqlx::query_scalar("SELECT count(*) FROM sign_in_attempt")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(counted, 0, "no refused request reached the sign-in");
    // The portal's own page: let through.
    let (status, _, _) = send(&app, foreign(("origin", "http://127.0.0.1:3000"))).await;
    assert_eq!(status, 422);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn behind_a_trusted_proxy_each_client_is_counted_on_its_own(pool: PgPool) {
    common::registry(&pool, 30).await;
    let through_proxy = |client: &str, i: usize| {
        let mut r = form_post(STEP1, &step1_body(i), "10.0.0.5");
        r.headers_mut()
            .insert("x-forwarded-for", client.parse().unwrap());
        r
    };
    let addresses = |pool: PgPool| async move {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM identification_address")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    // Without configuration the proxy's address is everybody's.
    let plain = portal_with(&pool, Edge::default());
    for (i, client) in ["198.51.100.1", "198.51.100.2"].iter().enumerate() {
        send(&plain, through_proxy(client, i)).await;
    }
    assert_eq!(addresses(pool.clone()).await, 1);
    sqlx::query("DELETE FROM identification_address")
        .execute(&pool)
        .await
        .unwrap();
    // With the proxy trusted, two clients, and IPv6 per /64.
    let edge = Edge {
        trusted_proxies: Arc::new(server::edge::parse_proxies("10.0.0.0/8").unwrap()),
        hsts: false,
    };
    let trusted = portal_with(&pool, edge);
    for (i, client) in [
        "198.51.100.1",
        "198.51.100.2",
        "2001:db8:1:2::a",
        "2001:db8:1:2::b",
    ]
    .iter()
    .enumerate()
    {
        let (status, _, _) = send(&trusted, through_proxy(client, i)).await;
        assert_eq!(status, 302);
    }
    assert_eq!(addresses(pool.clone()).await, 3);
    // A forged header straight from the Internet changes nothing.
    let mut forged = form_post(STEP1, &step1_body(9), "203.0.113.7");
    forged
        .headers_mut()
        .insert("x-forwarded-for", "198.51.100.1".parse().unwrap());
    send(&trusted, forged).await;
    assert_eq!(addresses(pool.clone()).await, 4);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn an_unknown_login_and_a_wrong_password_do_the_same_writes(pool: PgPool) {
    demo_records(&pool).await;
    let services = app::services::Services::new(KEY.to_vec(), app::domain::ins::Mode::Demo);
    let visit = app::account::flow::Visit {
        address: String::new(),
        token: None,
        kiosk: false,
        workshop: None,
        practice: None,
        now: chrono::Utc::now(),
    };
    let snapshot = |pool: PgPool| async move {
        sqlx::query_as::<_, (i64, i64, i64)>(
            "SELECT (SELECT count(*) FROM sign_in_attempt), \
                    (SELECT coalesce(sum(failures), 0) FROM sign_in_attempt), \
                    (SELECT count(*) FROM patient_session)",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    let before = snapshot(pool.clone()).await;
    let known = app::account::flow::sign_in(&pool, &services, &visit, "marieleroy", "faux")
        .await
        .unwrap();
    let after_known = snapshot(pool.clone()).await;
    let unknown = app::account::flow::sign_in(&pool, &services, &visit, "personne", "faux")
        .await
        .unwrap();
    let after_unknown = snapshot(pool.clone()).await;
    assert_eq!(known, unknown, "the same answer");
    assert_eq!(after_known.0 - before.0, 1);
    assert_eq!(after_unknown.0 - after_known.0, 1, "the same row written");
    assert_eq!(after_known.1 - before.1, after_unknown.1 - after_known.1);
    assert_eq!(after_unknown.2, before.2, "no session either way");
    // An unknown login locks like a known one, so a lock tells nothing.
    for _ in 0..4 {
        app::account::flow::sign_in(&pool, &services, &visit, "personne", "faux")
            .await
            .unwrap();
    }
    let locked: Option<chrono::DateTime<chrono::Utc>> =
        sqlx::query_scalar("SELECT max(locked_until) FROM sign_in_attempt")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(locked.is_some());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn housekeeping_purges_what_holds_nobody_back_one_instance_at_a_time(pool: PgPool) {
    let now = chrono::Utc::now();
    let services = app::services::Services::new(KEY.to_vec(), app::domain::ins::Mode::Demo);
    let hour = chrono::Duration::hours(1);
    for (i, (window, locked)) in [
        (now - hour * 2, None),             // over: purged
        (now - hour * 2, Some(now + hour)), // still locked: kept
        (now, None),                        // in its window: kept
    ]
    .iter()
    .enumerate()
    {
        sqlx::query(
            "INSERT INTO identification_lock (nir_hash, failures, window_start, locked_until) VALUES ($1, 1, $2, $3)",
        )
        .bind(vec![i as u8; 32])
        .bind(window)
        .bind(locked)
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO identification_address (address_hash, failures, window_start) VALUES ($1, 1, $2)",
        )
        .bind(vec![i as u8; 32])
        .bind(window)
        .execute(&pool)
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO sign_in_attempt (login_hash, failures, locked_until, updated_at) VALUES ($1, 1, $2, $3)",
        )
        .bind(vec![i as u8; 32])
        .bind(locked)
        .bind(*window - chrono::Duration::days(1))
        .execute(&pool)
        .await
        .unwrap();
    }
    // Another instance at it: this one does nothing.
    let mut other = pool.begin().await.unwrap();
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(0x646d_702d_686b_i64)
        .execute(&mut *other)
        .await
        .unwrap();
    assert_eq!(
        server::housekeeping::purge(&pool, &services, now)
            .await
            .unwrap(),
        None
    );
    other.rollback().await.unwrap();
    let purged = server::housekeeping::purge(&pool, &services, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(purged, 2 + 2);
    let left: (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM identification_lock), (SELECT count(*) FROM identification_address), \
                (SELECT count(*) FROM sign_in_attempt)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    // The attempt row written a day ago to the minute still counts.
    assert_eq!(left, (2, 1, 2));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn no_file_leaves_without_its_trace_entry(pool: PgPool) {
    let cookie = common::marie_signed_in(&pool).await;
    let app = common::portal(&pool);
    let document: i64 = sqlx::query_scalar(
        "SELECT d.id FROM document d JOIN patient_account a ON a.dmp_id = d.dmp_id \
         WHERE a.login = 'marieleroy' AND NOT d.hidden_from_patient AND d.status = 'ACTIVE' \
         ORDER BY d.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let uri = format!("/mon-dmp/documents/{document}/fichier");
    let (status, _) = page(&app, &uri, &cookie).await;
    assert_eq!(status, 200);
    // The trace cannot be written any more: the file does not leave.
    sqlx::query(
        "CREATE FUNCTION refuse_trace() RETURNS trigger LANGUAGE plpgsql AS \
         $$ BEGIN RAISE EXCEPTION 'trace refused'; END $$",
    )
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query(
        "CREATE TRIGGER refuse_trace BEFORE INSERT ON access_trace \
         FOR EACH ROW EXECUTE FUNCTION refuse_trace()",
    )
    .execute(&pool)
    .await
    .unwrap();
    let (status, body) = page(&app, &uri, &cookie).await;
    assert_eq!(status, 503);
    assert!(!body.starts_with("%PDF"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn personal_and_form_pages_are_never_kept_and_production_sends_hsts(pool: PgPool) {
    let app = common::portal(&pool);
    for uri in [
        "/rouvrir-mon-dmp",
        "/borne",
        "/creation",
        "/connexion/oubli",
    ] {
        let (status, _, _) = send(&app, Request::get(uri).body(Body::empty()).unwrap()).await;
        assert_eq!(status, 200, "{uri}");
        let response =
            tower::ServiceExt::oneshot(app.clone(), Request::get(uri).body(Body::empty()).unwrap())
                .await
                .unwrap();
        assert_eq!(response.headers()["cache-control"], "no-store", "{uri}");
        assert!(response
            .headers()
            .get("strict-transport-security")
            .is_none());
    }
    assert!(server::web::is_public("/"));
    assert!(server::web::is_public("/pkg/dmp.wasm"));
    assert!(!server::web::is_public("/mon-dmp/documents/3/fichier"));
    assert!(!server::web::is_public(
        "/creation/document-des-secrets.pdf"
    ));
    let production = portal_with(
        &pool,
        Edge {
            hsts: true,
            ..Edge::default()
        },
    );
    let response =
        tower::ServiceExt::oneshot(production, Request::get("/").body(Body::empty()).unwrap())
            .await
            .unwrap();
    assert_eq!(
        response.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
}

#[tokio::test]
async fn a_panic_in_a_handler_answers_a_plain_500() {
    let app = axum::Router::new()
        .route(
            "/boom",
            axum::routing::get(|| async {
                if std::hint::black_box(true) {
                    panic!("NIR 269054958815780 not found");
                }
                "jamais"
            }),
        )
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            server::edge::panic_response,
        ));
    let (status, _, body) = send(&app, Request::get("/boom").body(Body::empty()).unwrap()).await;
    assert_eq!(status, 500);
    let body = String::from_utf8_lossy(&body);
    assert!(body.contains("Erreur du service"));
    assert!(
        !body.contains("269054958815780"),
        "nothing of the request shown"
    );
}

/// A server function's error as the page's WebAssembly reads it: codes of
/// the catalogue only.
fn portal_error(body: &[u8]) -> PortalError {
    serde_json::from_slice(body)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(body)))
}

/// An error as Leptos puts it in an address (base64url).
fn leptos_error(text: &str) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bytes = text.as_bytes();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().fold(0u32, |n, b| n << 8 | u32::from(*b)) << (8 * (3 - chunk.len()));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    while !out.len().is_multiple_of(4) {
        out.push('=');
    }
    out
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_crafted_link_cannot_put_words_in_the_portals_mouth(pool: PgPool) {
    demo_records(&pool).await;
    let app = common::portal(&pool);
    let lie = "Votre compte est suspendu, appelez le 08 99 00 00 00";
    // Leptos's own encoding, and the portal's (codes only, none shown).
    for crafted in [
        format!("ServerError|login|{lie}"),
        format!(r#"{{"Refused":{{"Text":"{lie}"}}}}"#),
        r#"{"Refused":{"Text":"NotSignedIn"}}"#.to_string(),
    ] {
        let uri = format!(
            "/connexion?__path=%2Fapi%2Fconnexion%2Fidentifiants&__err={}",
            leptos_error(&crafted)
        );
        let (status, body) = page(&app, &uri, "").await;
        assert_eq!(status, 200);
        assert!(
            !body.contains("suspendu"),
            "the address's text is not shown"
        );
        assert!(!body.contains("08 99"));
        assert!(
            !body.contains("Votre connexion a expiré"),
            "nor a message it names"
        );
    }

    // A real refusal without JavaScript: back to the page, the error in a
    // signed one-time cookie, not in the address.
    let (status, location, _) = send(
        &app,
        form_post(SIGN_IN, "login=marieleroy&password=faux", "192.0.2.6"),
    )
    .await;
    assert_eq!(status, 302);
    assert!(!location.contains("__err"), "{location}");
    let mut from_sign_in = form_post(SIGN_IN, "login=marieleroy&password=faux", "192.0.2.6");
    from_sign_in.headers_mut().insert(
        "referer",
        "http://127.0.0.1:3000/connexion".parse().unwrap(),
    );
    let response = tower::ServiceExt::oneshot(app.clone(), from_sign_in)
        .await
        .unwrap();
    assert_eq!(response.headers()["location"], "/connexion");
    let sealed = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|c| c.to_str().ok())
        .find(|c| c.starts_with("dmp_retour="))
        .and_then(|c| c.split(';').next())
        .expect("the errors travel in a cookie")
        .to_string();
    assert!(sealed.len() > "dmp_retour=".len());
    let (status, body) = page(&app, "/connexion", &sealed).await;
    assert_eq!(status, 200);
    assert!(body.contains("Identifiant ou mot de passe incorrect"));
    // For that page only, and not altered.
    let (_, body) = page(&app, "/creation", &sealed).await;
    assert!(!body.contains("Identifiant ou mot de passe incorrect"));
    let altered = sealed.replacen('.', ".00", 1);
    let (_, body) = page(&app, "/connexion", &altered).await;
    assert!(!body.contains("Identifiant ou mot de passe incorrect"));
}

/// A page drawn while the database is away says so in words and with a
/// 503 (a fault, never a 200); a form sent without JavaScript meanwhile is
/// still sent back to its page.
#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_page_drawn_without_the_database_answers_503(pool: PgPool) {
    let cookie = common::marie_signed_in(&pool).await;
    // A pool of its own, to close as PostgreSQL would go away.
    let gone = PgPoolOptions::new()
        .max_connections(2)
        .acquire_timeout(Duration::from_secs(1))
        .connect_with((*pool.connect_options()).clone())
        .await
        .unwrap();
    let app = common::portal(&gone);
    assert_eq!(page(&app, "/mon-dmp", &cookie).await.0, 200);
    gone.close().await;
    let (status, html) = page(&app, "/mon-dmp", &cookie).await;
    assert_eq!(status, 503, "{html:.2000}");
    assert!(html.contains(&Text::Unavailable.text()), "{html:.3000}");
    let (status, headers, _) = send(
        &app,
        form_post(
            "/api/connexion/identifiants",
            "login=marieleroy&password=x",
            "192.0.2.1",
        ),
    )
    .await;
    assert_eq!(status, 302, "{headers:?}");
}
