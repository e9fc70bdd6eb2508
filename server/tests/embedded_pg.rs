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
