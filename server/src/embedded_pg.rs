//! A private PostgreSQL cluster for when no `DATABASE_URL` is given: Debian's
//! binaries, `initdb` once, `pg_ctl start` on a Unix socket (no TCP port),
//! `pg_ctl stop` on exit. PostgreSQL refuses to run as root, so as root the
//! cluster belongs to the `postgres` user.

use anyhow::{bail, Context, Result};
use sqlx::postgres::PgConnectOptions;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const DATABASE: &str = "dmp";
const SUPERUSER: &str = "dmp";
const PORT: u16 = 5432;

pub struct EmbeddedPostgres {
    bin: PathBuf,
    data: PathBuf,
    socket_dir: PathBuf,
    owner: Option<(u32, u32)>,
    /// False when another live process of ours runs this cluster (a `seed`
    /// while the portal serves): then it is theirs to stop.
    started_here: bool,
}

/// Which process of ours is responsible for stopping the cluster.
const OWNER_FILE: &str = "owner.pid";

impl EmbeddedPostgres {
    /// Initialises the cluster under `root` if needed, then starts it (or
    /// joins it if it already runs).
    pub fn start(root: &Path) -> Result<Self> {
        let bin = find_binaries()?;
        std::fs::create_dir_all(root)
            .with_context(|| format!("cannot create data folder {}", root.display()))?;
        let root = root
            .canonicalize()
            .with_context(|| format!("cannot resolve {}", root.display()))?;
        let base = root.join("postgres");
        let data = base.join("data");
        let socket_dir = base.join("run");
        // The socket path has a hard limit of 107 bytes in Unix.
        if socket_dir.as_os_str().len() > 90 {
            bail!(
                "the data folder path is too long for a PostgreSQL socket: {} (set DMP_DATA_DIR to a shorter path)",
                root.display()
            );
        }
        let owner = cluster_owner()?;
        for dir in [&base, &socket_dir] {
            std::fs::create_dir_all(dir)?;
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
            if let Some((uid, gid)) = owner {
                std::os::unix::fs::chown(dir, Some(uid), Some(gid))?;
            }
        }
        let mut pg = EmbeddedPostgres {
            bin,
            data,
            socket_dir,
            owner,
            started_here: false,
        };
        if !pg.data.join("PG_VERSION").exists() {
            pg.initdb()?;
        }
        pg.write_socket_conf()?;
        let owner_file = base.join(OWNER_FILE);
        if pg.is_running()? {
            if owner_alive(&owner_file) {
                tracing::info!("embedded PostgreSQL already running, joining it");
            } else {
                // Left behind by a process that died without stopping it
                // (killed, power cut): adopt it, so that it is stopped on exit.
                tracing::info!("adopting an embedded PostgreSQL left running");
                pg.started_here = true;
            }
        } else {
            tracing::info!(data = %pg.data.display(), "starting embedded PostgreSQL");
            let log = base.join("postgresql.log");
            let out = pg
                .command("pg_ctl")
                .arg("start")
                .arg("-w")
                .arg("-D")
                .arg(&pg.data)
                .arg("-l")
                .arg(&log)
                .output()
                .context("cannot run pg_ctl")?;
            check(&out, "pg_ctl start")
                .with_context(|| format!("PostgreSQL did not start; see {}", log.display()))?;
            pg.started_here = true;
        }
        if pg.started_here {
            std::fs::write(&owner_file, std::process::id().to_string())?;
        }
        Ok(pg)
    }

    fn initdb(&self) -> Result<()> {
        tracing::info!(data = %self.data.display(), "creating embedded PostgreSQL cluster");
        let out = self
            .command("initdb")
            .arg("-D")
            .arg(&self.data)
            .args(["-U", SUPERUSER, "-E", "UTF8", "--no-locale", "--auth=trust"])
            .arg("--no-instructions")
            .output()
            .context("cannot run initdb")?;
        check(&out, "initdb")?;
        // Settings that depend on where the folder is are kept in a file of
        // their own, rewritten at each start, so the folder can move.
        let conf = self.data.join("postgresql.conf");
        let mut text = std::fs::read_to_string(&conf)?;
        text.push_str("\ninclude_if_exists = 'embedded.conf'\n");
        std::fs::write(&conf, text)?;
        Ok(())
    }

    fn write_socket_conf(&self) -> Result<()> {
        let dir = self.socket_dir.display().to_string().replace('\'', "''");
        let path = self.data.join("embedded.conf");
        // Only the Unix socket, in a folder only the owner can enter: with
        // `trust` authentication, the folder's permissions are the lock.
        std::fs::write(
            &path,
            format!(
                "listen_addresses = ''\nunix_socket_directories = '{dir}'\nunix_socket_permissions = 0700\nport = {PORT}\n"
            ),
        )?;
        if let Some((uid, gid)) = self.owner {
            std::os::unix::fs::chown(&path, Some(uid), Some(gid))?;
        }
        Ok(())
    }

    fn is_running(&self) -> Result<bool> {
        let out = self
            .command("pg_ctl")
            .arg("status")
            .arg("-D")
            .arg(&self.data)
            .output()
            .context("cannot run pg_ctl")?;
        Ok(out.status.success())
    }

    /// How to reach the cluster: its socket folder, the superuser, database `dmp`.
    pub fn connect_options(&self, database: &str) -> PgConnectOptions {
        PgConnectOptions::new()
            .host(&self.socket_dir.display().to_string())
            .port(PORT)
            .username(SUPERUSER)
            .database(database)
    }

    /// Whether this process is the one to stop the cluster.
    pub fn started_here(&self) -> bool {
        self.started_here
    }

    /// Stops the cluster if this process started it.
    pub fn stop(self) -> Result<()> {
        if !self.started_here {
            return Ok(());
        }
        tracing::info!("stopping embedded PostgreSQL");
        let out = self
            .command("pg_ctl")
            .args(["stop", "-w", "-m", "fast", "-D"])
            .arg(&self.data)
            .output()
            .context("cannot run pg_ctl")?;
        check(&out, "pg_ctl stop")?;
        let _ = std::fs::remove_file(self.base().join(OWNER_FILE));
        Ok(())
    }

    fn base(&self) -> &Path {
        self.data.parent().unwrap_or(Path::new("/"))
    }

    fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(self.bin.join(program));
        cmd.current_dir(self.base())
            .env("LC_ALL", "C")
            .env_remove("PGDATA")
            // Its own process group: a Ctrl-C in the terminal reaches the
            // portal, which then stops PostgreSQL in order.
            .process_group(0);
        if let Some((uid, gid)) = self.owner {
            cmd.uid(uid)
                .gid(gid)
                .env("HOME", self.data.parent().unwrap());
        }
        cmd
    }
}

/// Whether the process named in the owner file still runs (and is not us:
/// a recycled pid of our own would be a stale file).
fn owner_alive(owner_file: &Path) -> bool {
    std::fs::read_to_string(owner_file)
        .ok()
        .and_then(|s| s.trim().parse::<u32>().ok())
        .is_some_and(|pid| pid != std::process::id() && Path::new(&format!("/proc/{pid}")).exists())
}

fn check(out: &Output, what: &str) -> Result<()> {
    if out.status.success() {
        Ok(())
    } else {
        bail!(
            "{what} failed ({}): {}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout).trim(),
            String::from_utf8_lossy(&out.stderr).trim()
        )
    }
}

/// The folder holding `initdb` and `pg_ctl`: `DMP_PG_BIN`, else Debian's
/// versioned folders (newest first), else `PATH`.
pub fn find_binaries() -> Result<PathBuf> {
    let has_tools = |dir: &Path| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file();
    if let Some(dir) = std::env::var_os("DMP_PG_BIN").map(PathBuf::from) {
        if has_tools(&dir) {
            return Ok(dir);
        }
        bail!("DMP_PG_BIN={} holds no initdb/pg_ctl", dir.display());
    }
    let mut debian: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join("bin"))
        .filter(|d| has_tools(d))
        .collect();
    debian.sort_by_key(|d| {
        d.parent()
            .and_then(|v| v.file_name())
            .and_then(|v| v.to_str())
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(0)
    });
    if let Some(dir) = debian.pop() {
        return Ok(dir);
    }
    if let Some(dir) = std::env::var_os("PATH")
        .iter()
        .flat_map(std::env::split_paths)
        .find(|d| has_tools(d))
    {
        return Ok(dir);
    }
    bail!(
        "PostgreSQL is not installed: no initdb/pg_ctl found in /usr/lib/postgresql/*/bin or PATH.\n\
         Install it (Debian: `apt-get install postgresql`), or set DATABASE_URL to an existing server."
    )
}

/// Who owns the cluster: nobody special for a normal user, `postgres` for root.
fn cluster_owner() -> Result<Option<(u32, u32)>> {
    use std::os::unix::fs::MetadataExt;
    // /proc/self belongs to the effective user: no FFI needed to know it.
    let euid = std::fs::metadata("/proc/self")
        .context("cannot read /proc/self")?
        .uid();
    if euid != 0 {
        return Ok(None);
    }
    let passwd = std::fs::read_to_string("/etc/passwd").context("cannot read /etc/passwd")?;
    for line in passwd.lines() {
        let f: Vec<&str> = line.split(':').collect();
        if f.len() > 3 && f[0] == "postgres" {
            return Ok(Some((f[2].parse()?, f[3].parse()?)));
        }
    }
    bail!(
        "running as root, and PostgreSQL refuses to run as root: create a `postgres` user \
         (Debian's postgresql package does) or run as a normal user"
    )
}
