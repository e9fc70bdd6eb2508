//! The `server` binary as an operator runs it: against an external
//! DATABASE_URL and against the embedded cluster.

use sqlx::ConnectOptions;
use sqlx::PgPool;
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Output};

fn server(args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_server"));
    cmd.args(args).env("RUST_LOG", "warn");
    cmd
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn help_lists_the_commands_and_the_settings() {
    let out = server(&["--help"]).output().unwrap();
    assert!(out.status.success());
    let help = text(&out);
    for word in [
        "serve",
        "migrate",
        "seed",
        "outbox",
        "courriers",
        "DATABASE_URL",
        "DMP_DATA_DIR",
        "DMP_MODE",
    ] {
        assert!(help.contains(word), "--help lacks {word}");
    }
    let out = server(&["seed", "--help"]).output().unwrap();
    assert!(text(&out).contains("--print-demo") && text(&out).contains("--count"));
}

#[sqlx::test(migrations = false)]
async fn against_an_external_database_the_cli_migrates_seeds_and_prints_the_demo(pool: PgPool) {
    // The fresh database sqlx made for this test, as a URL for the binary.
    let url = pool.connect_options().to_url_lossy().to_string();
    let out = server(&["migrate"])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));

    let out = server(&["seed", "--count", "40", "--as-of", "2026-11-01"])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let report = text(&out);
    assert!(report.contains("rows/s"), "{report}");
    assert!(report.contains("beneficiary:         40 rows"), "{report}");

    let out = server(&["seed", "--print-demo"])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    let demo = text(&out);
    assert!(out.status.success(), "{demo}");
    for expected in [
        "2 69 05 49 588 157 80",
        "80123456789",
        "DEMA-2345-6789",
        "DEME-2345-6789",
    ] {
        assert!(demo.contains(expected), "{expected} missing from {demo}");
    }
    assert_eq!(demo.matches("code valid until").count(), 5, "{demo}");
    let n: i64 = sqlx::query_scalar("SELECT count(*) FROM beneficiary")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(n, 40);
}

#[test]
fn production_mode_refuses_synthetic_data_and_a_missing_secret_key() {
    let out = server(&["seed"])
        .env("DMP_MODE", "production")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(text(&out).contains("DMP_SECRET_KEY"), "{}", text(&out));
    let out = server(&["seed"])
        .env("DMP_MODE", "production")
        .env("DMP_SECRET_KEY", "x".repeat(40))
        .env("DATABASE_URL", "postgres://nobody@127.0.0.1:1/none")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out).contains("refused in production"),
        "{}",
        text(&out)
    );
}

#[test]
fn without_database_url_the_cli_runs_its_own_cluster_and_stops_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = server(&["seed", "--count", "12"])
        .env_remove("DATABASE_URL")
        .env("DMP_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("beneficiary:         12 rows"));
    assert!(dir.path().join("postgres/data/PG_VERSION").exists());
    assert!(
        !dir.path().join("postgres/data/postmaster.pid").exists(),
        "the cluster was left running"
    );
}

#[sqlx::test(migrations = false)]
async fn an_operator_lists_dead_letters_and_exports_letters(pool: PgPool) {
    let url = pool.connect_options().to_url_lossy().to_string();
    let out = server(&["migrate"])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    sqlx::query(
        "INSERT INTO outbox (channel, recipient, subject, body, attachment_name, attachment, purpose) \
         VALUES ('courrier', 'Monsieur X', 'Code', 'Votre code ABCD', 'code.pdf', '%PDF-1.7 x', 'creation_code'), \
                ('email', 'x@example.org', 'Code', 'Votre code', NULL, NULL, 'creation_code')",
    )
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query("UPDATE outbox SET failed_at = now(), attempts = 12, last_error = 'smtp' WHERE channel = 'email'")
        .execute(&pool)
        .await
        .unwrap();
    let out = server(&["outbox"])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    let listing = text(&out);
    assert!(
        listing.contains("1 messages given up") && listing.contains("email\tcreation_code"),
        "{listing}"
    );
    assert!(
        !listing.contains("x@example.org"),
        "no recipient: {listing}"
    );
    let out = server(&["outbox", "retry", "999"])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(!out.status.success());

    let dir = tempfile::tempdir().unwrap();
    let out = server(&["courriers", "export", dir.path().to_str().unwrap()])
        .env("DATABASE_URL", &url)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("1 letters exported"), "{}", text(&out));
    let files: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(files.len(), 1);
}
