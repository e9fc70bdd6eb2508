//! Issue 18: no state in one process that another instance needs. The
//! initial password between step 3 and « Terminer » is kept in PostgreSQL,
//! sealed under a key only the session's cookie gives: another instance
//! shows it, a dump of the database does not.

use crate::common;

use app::creation::flow::{self, Cookie};
use app::credentials::vault;
use chrono::Duration;
use common::{now, registry, services, visit};
use sqlx::PgPool;

/// Claire's creation up to step 3, step 1 on one instance, step 2 on
/// another; returns the session's token.
async fn to_step3(pool: &PgPool) -> String {
    registry(pool, 30).await;
    let first = flow::identify(
        pool,
        &services(),
        &visit(None, now()),
        common::claire_identifies(),
    )
    .await
    .unwrap();
    let Cookie::Set(token) = first.cookie else {
        panic!("a session cookie")
    };
    flow::informations(
        pool,
        &services(),
        &visit(Some(&token), now() + Duration::minutes(1)),
        common::claire_informs(),
    )
    .await
    .unwrap();
    token
}

async fn password_shown(pool: &PgPool, token: &str, minutes: i64) -> Option<String> {
    let v = visit(Some(token), now() + Duration::minutes(minutes));
    let (state, _) = flow::state(pool, &services(), &v).await.unwrap();
    state.credentials.and_then(|c| c.initial_password)
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn another_instance_shows_the_initial_password_until_terminer(pool: PgPool) {
    let token = to_step3(&pool).await;
    // Shown by each instance alike, as often as asked, for 15 minutes.
    let password = password_shown(&pool, &token, 2).await.expect("shown");
    assert_eq!(password.len(), 12);
    assert_eq!(
        password_shown(&pool, &token, 3).await.as_deref(),
        Some(password.as_str())
    );
    let pdf = flow::secrets_pdf(
        &pool,
        &services(),
        &visit(Some(&token), now() + Duration::minutes(4)),
        "dmp.example.org",
        app::i18n::Lang::Fr,
    )
    .await
    .unwrap()
    .expect("the document des secrets, from yet another instance");
    assert!(pdf.starts_with(b"%PDF"));

    // « Terminer »: gone for every instance, and from the database.
    flow::end(
        &pool,
        &services(),
        &visit(Some(&token), now() + Duration::minutes(5)),
    )
    .await
    .unwrap();
    let kept: i64 = sqlx::query_scalar("SELECT count(*) FROM initial_password")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(kept, 0);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn past_fifteen_minutes_the_password_is_gone_and_purged(pool: PgPool) {
    let token = to_step3(&pool).await;
    assert!(password_shown(&pool, &token, 2).await.is_some());
    let mut conn = pool.acquire().await.unwrap();
    let later = now() + Duration::minutes(20);
    let key = vault::Key::Creation(
        sqlx::query_scalar("SELECT session_id FROM initial_password")
            .fetch_one(&mut *conn)
            .await
            .unwrap(),
    );
    let opener = vault::Opener::of(common::KEY, key, &token);
    assert_eq!(
        vault::get(&mut conn, key, &opener, later).await.unwrap(),
        None
    );
    assert_eq!(vault::purge(&mut conn, later).await.unwrap(), 1);
}

/// The database's own URL for `pg_dump`: the test database on the server
/// `DATABASE_URL` names.
async fn dump(pool: &PgPool) -> String {
    let name: String = sqlx::query_scalar("SELECT current_database()")
        .fetch_one(pool)
        .await
        .unwrap();
    let url = std::env::var("DATABASE_URL").expect("DATABASE_URL");
    let (base, query) = url.split_once('?').unwrap_or((url.as_str(), ""));
    let server = &base[..base.rfind('/').expect("a URL with a path")];
    let target = format!("{server}/{name}?{query}");
    let pg_dump = std::fs::read_dir("/usr/lib/postgresql")
        .ok()
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .map(|e| e.path().join("bin/pg_dump"))
        .filter(|p| p.exists())
        .max()
        .unwrap_or_else(|| "pg_dump".into());
    let out = std::process::Command::new(pg_dump)
        .args(["--data-only", "--no-owner", "--dbname", &target])
        .output()
        .expect("pg_dump runs");
    assert!(
        out.status.success(),
        "pg_dump: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("a text dump")
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_dump_during_step_3_does_not_give_the_initial_password(pool: PgPool) {
    let token = to_step3(&pool).await;
    let password = password_shown(&pool, &token, 2).await.expect("shown");
    let dump = dump(&pool).await;
    assert!(
        dump.contains("initial_password"),
        "the vault's table is in the dump"
    );

    // Not in clear, nor in the encodings a dump may use for bytes.
    let hex: String = password.bytes().map(|b| format!("{b:02x}")).collect();
    let lower = dump.to_lowercase();
    assert!(!dump.contains(&password));
    assert!(!lower.contains(&hex));
    assert!(!lower.contains(&password.to_lowercase()));
    // Nor in the cookie's token, which only the browser holds.
    assert!(!lower.contains(&token));

    // With everything the server holds (its key) and everything the
    // database holds (the token's hash), the sealed password does not open.
    let mut conn = pool.acquire().await.unwrap();
    let (id, token_hash): (i64, Vec<u8>) =
        sqlx::query_as("SELECT id, token_hash FROM creation_session")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    let key = vault::Key::Creation(id);
    let stored: String = token_hash.iter().map(|b| format!("{b:02x}")).collect();
    let at = now() + Duration::minutes(2);
    for guess in [stored.as_str(), "", "0"] {
        let opener = vault::Opener::of(common::KEY, key, guess);
        assert_eq!(vault::get(&mut conn, key, &opener, at).await.unwrap(), None);
    }
    // With the cookie, it does.
    let opener = vault::Opener::of(common::KEY, key, &token);
    assert_eq!(
        vault::get(&mut conn, key, &opener, at).await.unwrap(),
        Some(password)
    );
}
