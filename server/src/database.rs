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
            .max_connections(config.db_pool_size)
            // No ping before each use: a record page takes a connection
            // three times, and each ping was a round trip. A connection
            // broken meanwhile fails its query (a 503) and is dropped.
            .test_before_acquire(false)
            .acquire_timeout(std::time::Duration::from_secs(config.db_acquire_seconds))
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
        if let Err(e) = sync_reference(&db.pool).await {
            db.close().await?;
            return Err(e).context("cannot load the reference tables");
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

/// Loads `data/document_types.csv` into `document_type`: every type of the
/// file is inserted or updated; a type gone from the file is removed unless
/// a document still uses it.
pub async fn sync_reference(pool: &PgPool) -> Result<()> {
    let rows: Vec<[&str; 5]> = include_str!("../data/document_types.csv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(';').collect();
            anyhow::ensure!(f.len() == 5, "document_types.csv: bad line {l}");
            Ok([f[0], f[1], f[2], f[3], f[4]])
        })
        .collect::<Result<_>>()?;
    let mut tx = pool.begin().await?;
    for [code, system, label, class, space] in &rows {
        sqlx::query(
            "INSERT INTO document_type (code, code_system, label, class_code, space) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (code) DO UPDATE SET code_system = $2, label = $3, class_code = $4, space = $5",
        )
        .bind(code)
        .bind(system)
        .bind(label)
        .bind(class)
        .bind(space)
        .execute(&mut *tx)
        .await?;
    }
    let codes: Vec<&str> = rows.iter().map(|r| r[0]).collect();
    sqlx::query(
        "DELETE FROM document_type t WHERE NOT (t.code = ANY($1)) \
         AND NOT EXISTS (SELECT 1 FROM document d WHERE d.type_code = t.code)",
    )
    .bind(&codes)
    .execute(&mut *tx)
    .await?;
    load_matrix(&mut tx).await?;
    tx.commit().await?;
    Ok(())
}

/// Replaces the matrice d'habilitations with data/habilitations.csv,
/// unfolded to one row per document type. A line naming an unknown class
/// or type stops the start: a typo must not silently deny or grant.
async fn load_matrix(tx: &mut sqlx::PgConnection) -> Result<()> {
    sqlx::query("DELETE FROM access_matrix")
        .execute(&mut *tx)
        .await?;
    for line in include_str!("../data/habilitations.csv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
    {
        let f: Vec<&str> = line.split(';').collect();
        let [profession, specialty, scope, code] = f.as_slice() else {
            anyhow::bail!("habilitations.csv: bad line {line}");
        };
        let filter = match *scope {
            "tout" => "$1 = '*'",
            "classe" => "class_code = $1",
            "type" => "code = $1",
            other => anyhow::bail!("habilitations.csv: unknown scope {other} in {line}"),
        };
        let types: Vec<String> =
            sqlx::query_scalar(&format!("SELECT code FROM document_type WHERE {filter}"))
                .bind(code)
                .fetch_all(&mut *tx)
                .await?;
        anyhow::ensure!(
            !types.is_empty(),
            "habilitations.csv: no document type for {line}"
        );
        sqlx::query(
            "INSERT INTO access_matrix (profession_code, specialty, type_code) \
             SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING",
        )
        .bind(profession)
        .bind(specialty)
        .bind(&types)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
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
