//! The embedded cluster the portal starts when no DATABASE_URL is given:
//! created, started, reachable, stopped, and restartable on the same folder.

use server::embedded_pg::EmbeddedPostgres;
use sqlx::Connection;
use std::os::unix::fs::PermissionsExt;

#[tokio::test]
async fn the_embedded_cluster_starts_answers_and_stops_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    // As root the cluster runs as `postgres`, which must be able to reach it.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    for round in 0..2 {
        let root = dir.path().to_path_buf();
        let pg = tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&root))
            .await
            .unwrap()
            .unwrap();
        let mut conn = sqlx::PgConnection::connect_with(&pg.connect_options("postgres"))
            .await
            .unwrap();
        let one: i32 = sqlx::query_scalar("SELECT 1")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert_eq!(one, 1, "round {round}");
        // No TCP: only the Unix socket.
        let listen: String = sqlx::query_scalar("SHOW listen_addresses")
            .fetch_one(&mut conn)
            .await
            .unwrap();
        assert_eq!(listen, "");
        conn.close().await.unwrap();
        tokio::task::spawn_blocking(move || pg.stop())
            .await
            .unwrap()
            .unwrap();
        let pid_file = dir.path().join("postgres/data/postmaster.pid");
        assert!(
            !pid_file.exists(),
            "PostgreSQL still running after stop (round {round})"
        );
    }
}

async fn start(root: &std::path::Path) -> EmbeddedPostgres {
    let root = root.to_path_buf();
    tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&root))
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn a_cluster_left_by_a_dead_process_is_adopted_and_one_used_by_a_live_process_is_joined() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let owner_file = dir.path().join("postgres/owner.pid");

    let first = start(dir.path()).await;
    assert!(first.started_here());
    // Another live process (pid 1 always exists) runs it: a second command joins.
    std::fs::write(&owner_file, "1").unwrap();
    let joined = start(dir.path()).await;
    assert!(!joined.started_here());
    joined.stop().unwrap();
    assert!(
        dir.path().join("postgres/data/postmaster.pid").exists(),
        "joining never stops it"
    );

    // Its owner died without stopping it: the next start adopts it and stops it.
    std::mem::forget(first);
    std::fs::write(&owner_file, "4194304").unwrap(); // above Linux's pid_max: no such process
    let adopted = start(dir.path()).await;
    assert!(adopted.started_here());
    tokio::task::spawn_blocking(move || adopted.stop())
        .await
        .unwrap()
        .unwrap();
    assert!(!dir.path().join("postgres/data/postmaster.pid").exists());
}
