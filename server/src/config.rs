//! Configuration, read from the command line or the environment (the README
//! lists every variable). Secrets never appear in `Debug` output.

use app::domain::ins::Mode;
use clap::Args;
use std::net::SocketAddr;
use std::path::PathBuf;

/// Options shared by every subcommand.
#[derive(Args, Clone)]
pub struct Config {
    /// PostgreSQL server to use. When absent, a private PostgreSQL cluster is
    /// started under DMP_DATA_DIR and stopped on exit.
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,

    /// Folder for the portal's own files (the embedded database lives in `postgres/`).
    #[arg(long, env = "DMP_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// `demo` (fictitious people, test INS authorities, demo outbox) or `production`.
    #[arg(long, env = "DMP_MODE", default_value = "demo", value_parser = parse_mode, global = true)]
    pub mode: Mode,

    /// Secret key used to hash creation codes (HMAC-SHA-256). Required in production.
    #[arg(long, env = "DMP_SECRET_KEY", global = true, hide_env_values = true)]
    pub secret_key: Option<String>,

    /// Key of the access trace's anchors (HMAC-SHA-256), at least 32
    /// characters; kept away from the database and its owner.
    #[arg(long, env = "DMP_AUDIT_KEY", global = true, hide_env_values = true)]
    pub audit_key: Option<String>,

    /// Connections to PostgreSQL this process may hold. No request holds
    /// more than one at a time, nor one while hashing a password.
    #[arg(long, env = "DMP_DB_POOL_SIZE", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=1000), global = true)]
    pub db_pool_size: u32,

    /// Seconds a request waits for a free connection before answering 503.
    #[arg(long, env = "DMP_DB_ACQUIRE_SECONDS", default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=600), global = true)]
    pub db_acquire_seconds: u64,

    /// Threads for slow work off the request threads (password hashing,
    /// PDFs): each password hash takes about 19 MB while it runs.
    #[arg(long, env = "DMP_BLOCKING_THREADS", default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=512), global = true)]
    pub blocking_threads: u32,
}

/// Options of `serve` only.
#[derive(Args, Clone)]
pub struct ServeConfig {
    /// Address and port to listen on.
    #[arg(long, env = "DMP_LISTEN", default_value = "127.0.0.1:3000")]
    pub listen: SocketAddr,

    /// Folder holding the built site (`pkg/` with the WebAssembly, CSS, public files).
    #[arg(long, env = "DMP_SITE_ROOT", default_value = "target/site")]
    pub site_root: String,

    /// Reception-desk kiosks: seconds without activity before a warning.
    #[arg(long, env = "DMP_KIOSK_IDLE_SECONDS", default_value_t = 60)]
    pub kiosk_idle_seconds: u32,

    /// Reception-desk kiosks: seconds of warning before the screen is wiped.
    #[arg(long, env = "DMP_KIOSK_WARNING_SECONDS", default_value_t = 30)]
    pub kiosk_warning_seconds: u32,

    /// The portal's address as people type it (« https://www.dmp.fr »),
    /// printed on the document des secrets and the practice cards. Unset:
    /// the host the browser asked for.
    #[arg(long, env = "DMP_PUBLIC_ADDRESS")]
    pub public_address: Option<String>,

    /// Reverse proxies in front of the portal (addresses or networks,
    /// comma-separated): only from them is `X-Forwarded-For` / `Forwarded`
    /// believed for the client's address. Empty: the TCP peer is the client.
    /// Where `serve` writes an anchor of the access trace every hour (with
    /// DMP_AUDIT_KEY): a folder outside the database, ideally append-only
    /// storage shared by the instances. Unset: no anchors.
    #[arg(long, env = "DMP_AUDIT_ANCHOR_DIR")]
    pub audit_anchor_dir: Option<PathBuf>,

    #[arg(long, env = "DMP_TRUSTED_PROXIES", default_value = "", value_parser = parse_proxies)]
    pub trusted_proxies: TrustedProxies,

    /// The insurer's feed of reimbursement lines (`POST /assurance-maladie/remboursements`)
    /// accepts requests bearing this token; unset: the feed is closed.
    #[arg(long, env = "INSURER_FEED_TOKEN", hide_env_values = true)]
    pub insurer_feed_token: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct TrustedProxies(pub Vec<ipnet::IpNet>);

fn parse_proxies(s: &str) -> Result<TrustedProxies, String> {
    crate::edge::parse_proxies(s).map(TrustedProxies)
}

fn parse_mode(s: &str) -> Result<Mode, String> {
    Mode::parse(s).ok_or_else(|| format!("unknown mode `{s}`: use `demo` or `production`"))
}

/// The key demo data is hashed with: public on purpose, refused in production.
const DEMO_SECRET_KEY: &str = "dmp-demo-secret-key-not-for-production";

impl Config {
    /// The anchors' key; required by the commands that use it.
    pub fn audit_key(&self) -> anyhow::Result<Vec<u8>> {
        match &self.audit_key {
            Some(k) if k.len() >= 32 => Ok(k.as_bytes().to_vec()),
            Some(_) => anyhow::bail!("DMP_AUDIT_KEY must be at least 32 characters long"),
            None => anyhow::bail!("DMP_AUDIT_KEY must be set to anchor or check anchors"),
        }
    }

    /// The creation-code hashing key; production refuses to run without one.
    pub fn secret_key(&self) -> anyhow::Result<Vec<u8>> {
        match (&self.secret_key, self.mode) {
            (Some(k), _) if k.len() >= 32 => Ok(k.as_bytes().to_vec()),
            (Some(_), _) => anyhow::bail!("DMP_SECRET_KEY must be at least 32 characters long"),
            (None, Mode::Demo) => Ok(DEMO_SECRET_KEY.as_bytes().to_vec()),
            (None, Mode::Production) => {
                anyhow::bail!("DMP_SECRET_KEY must be set in production mode")
            }
        }
    }
}
