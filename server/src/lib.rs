//! The DMP portal's server side: everything that touches the outside world
//! (HTTP, PostgreSQL, files) and the command line that drives it.

pub mod audit;
pub mod config;
pub mod database;
pub mod delivery;
pub mod edge;
pub mod embedded_pg;
pub mod form_errors;
pub mod housekeeping;
pub mod insurer;
pub mod letters;
pub mod mail;
pub mod routes;
pub mod seed;
pub mod sms;
pub mod staff;
pub mod state;
pub mod web;

use anyhow::Result;
use std::future::Future;

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutdown requested");
}

/// Runs `work` against the database, interrupted by Ctrl-C/SIGTERM, and
/// always closes the database afterwards (stopping the embedded cluster).
pub async fn with_database<F, Fut, T>(config: &config::Config, work: F) -> Result<T>
where
    F: FnOnce(sqlx::PgPool) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let db = database::Database::open(config).await?;
    let result = tokio::select! {
        r = work(db.pool.clone()) => r,
        _ = shutdown_signal() => Err(anyhow::anyhow!("interrupted")),
    };
    db.close().await?;
    result
}
