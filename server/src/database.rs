//! The database the portal runs on: the server named by `DATABASE_URL`, or
//! the embedded cluster. Migrations are embedded in the binary.

use crate::config::Config;
use crate::embedded_pg::{self, EmbeddedPostgres};
use anyhow::{Context, Result};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, PgPool};
use std::str::FromStr;

pub static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

pub struct Database {
    pub pool: PgPool,
    embedded: Option<EmbeddedPostgres>,
}

impl Database {
    /// Connects (starting the embedded cluster when no URL is given) and
    /// brings the schema up to date.
    pub async fn open(config: &Config) -> Result<Self> {
        let (options, embedded) = match config.database_url.as_deref().filter(|u| !u.is_empty()) {
            Some(url) => (
                PgConnectOptions::from_str(url)
                    .context("DATABASE_URL is not a valid PostgreSQL URL")?,
                None,
            ),
            None => {
                let root = config.data_dir.clone();
                let pg =
                    tokio::task::spawn_blocking(move || EmbeddedPostgres::start(&root)).await??;
                if let Err(e) = create_database(&pg).await {
                    pg.stop()?;
                    return Err(e);
                }
                (pg.connect_options(embedded_pg::DATABASE), Some(pg))
            }
        };
        let db = match PgPoolOptions::new()
            .max_connections(10)
            .connect_with(options)
            .await
            .context("cannot connect to PostgreSQL")
        {
            Ok(pool) => Database { pool, embedded },
            Err(e) => {
                if let Some(pg) = embedded {
                    pg.stop()?;
                }
                return Err(e);
            }
        };
        if let Err(e) = MIGRATOR.run(&db.pool).await {
            db.close().await?;
            return Err(e).context("cannot apply migrations");
        }
        Ok(db)
    }

    /// Closes the connections, then stops the embedded cluster if we started it.
    pub async fn close(self) -> Result<()> {
        self.pool.close().await;
        if let Some(pg) = self.embedded {
            tokio::task::spawn_blocking(move || pg.stop()).await??;
        }
        Ok(())
    }
}

async fn create_database(pg: &EmbeddedPostgres) -> Result<()> {
    let mut conn = sqlx::PgConnection::connect_with(&pg.connect_options("postgres"))
        .await
        .context("cannot connect to the embedded PostgreSQL")?;
    let exists: bool =
        sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)")
            .bind(embedded_pg::DATABASE)
            .fetch_one(&mut conn)
            .await?;
    if !exists {
        sqlx::query(&format!("CREATE DATABASE {}", embedded_pg::DATABASE))
            .execute(&mut conn)
            .await?;
    }
    conn.close().await?;
    Ok(())
}
