//! `server`: the DMP portal's single binary.

use anyhow::Result;
use app::domain::ins::Mode;
use axum::serve::ListenerExt;
use clap::{Parser, Subcommand};
use server::config::{Config, ServeConfig};
use server::database::Database;
use server::{delivery, mail, seed, sms, web};

// A page render makes thousands of small allocations on two threads;
// glibc's allocator spent a quarter of the server's time on them (perf,
// `./scripts/bench`'s record pages), mimalloc a fraction of that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "server",
    version,
    about = "Portail du Dossier Médical Partagé (DMP): web server and administration commands",
    long_about = "Portail du Dossier Médical Partagé (DMP).\n\n\
        Without DATABASE_URL, every command starts a private PostgreSQL cluster under \
        DMP_DATA_DIR/postgres and stops it when done."
)]
struct Cli {
    #[command(flatten)]
    config: Config,
    #[command(flatten)]
    smtp: mail::SmtpConfig,
    #[command(flatten)]
    sms: sms::SmsConfig,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (the default). In demo mode, seeds demo data on first start.
    Serve(ServeConfig),
    /// Apply the database migrations, then exit.
    Migrate,
    /// Replace the insurer's reference registry with deterministic synthetic data.
    Seed(seed::SeedArgs),
    /// Check the access traces.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Close the DMP of a deceased person, as the insurer reports it (nobody is notified).
    Deces {
        /// The person's INS (matricule).
        #[arg(long)]
        ins: String,
        /// Date of death, YYYY-MM-DD.
        #[arg(long)]
        date: chrono::NaiveDate,
        /// The insurer's reference of the event: the same reference applies once.
        #[arg(long)]
        reference: String,
    },
    /// Destroy the records closed more than 10 years ago (documents,
    /// reimbursement lines, traces), and the practice people of workshops
    /// that are over; prints counts only. Safe to run again.
    Purge,
    /// The messages the outbox gave up on (dead letters), and their retry.
    Outbox {
        #[command(subcommand)]
        action: Option<OutboxCommand>,
    },
    /// Postal letters, for the print shop.
    #[command(subcommand)]
    Courriers(LettersCommand),
    /// The staff accounts: desk agents, workshop facilitators, statisticians,
    /// administrators.
    #[command(subcommand)]
    Personnel(PersonnelCommand),
}

#[derive(Subcommand)]
enum PersonnelCommand {
    /// Add an account. The password is read from standard input (one line);
    /// the sign-in codes go to the e-mail address.
    Add {
        #[arg(long)]
        login: String,
        /// agent, animateur, statisticien or administrateur.
        #[arg(long)]
        role: String,
        /// First name and NAME, as the pages and the trace show them.
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
        /// A desk agent's caisse code (e.g. 049).
        #[arg(long)]
        caisse: Option<String>,
        /// Where they work (« Accueil CPAM d'Angers »).
        #[arg(long)]
        site: Option<String>,
        /// Their department (49, 2A, 971…), where their openings are counted.
        #[arg(long)]
        department: Option<String>,
    },
    /// Disable an account and end its sessions (its trace stays).
    Disable { login: String },
    /// List the accounts: login, role, site, department, state.
    List,
}

#[derive(Subcommand)]
enum OutboxCommand {
    /// List the messages given up (the default): id, channel, purpose, dates,
    /// tries and the kind of the last failure; never a recipient or a text.
    List,
    /// Put a message given up back in the queue, its tries counted afresh.
    Retry { id: i64 },
}

#[derive(Subcommand)]
enum LettersCommand {
    /// Write one PDF per letter waiting into DIR and mark each one sent (in
    /// production mode its text is then erased from the database).
    Export { dir: std::path::PathBuf },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Recompute every record's hash chain; exits with 1 when an entry was
    /// altered or removed, naming it (ids only, no personal data). With
    /// --anchors, also checks the chains against the anchor files of DIR
    /// (DMP_AUDIT_KEY), which catches a chain rewritten consistently.
    Verify {
        #[arg(long, value_name = "DIR")]
        anchors: Option<std::path::PathBuf>,
    },
    /// Write the head of every record's chain to a new file of DIR, signed
    /// with DMP_AUDIT_KEY (`serve` does it hourly with DMP_AUDIT_ANCHOR_DIR).
    Anchor {
        #[arg(long, value_name = "DIR")]
        dir: std::path::PathBuf,
    },
}

fn main() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=error".into()),
        )
        .with_target(false)
        .init();
    // A panic's message may quote what a request carried: only its place
    // is logged.
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        tracing::error!(place, "panic");
    }));
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(cli.config.blocking_threads as usize)
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<()> {
    let config = cli.config;
    config.secret_key()?;
    match cli.command {
        None => serve(config, cli.smtp, cli.sms, serve_config_from_env()).await,
        Some(Command::Serve(serve_config)) => serve(config, cli.smtp, cli.sms, serve_config).await,
        Some(Command::Migrate) => {
            server::with_database(&config, |_pool| async {
                println!("migrations applied");
                Ok(())
            })
            .await
        }
        Some(Command::Seed(args)) => seed::run(&config, args).await,
        Some(Command::Deces {
            ins,
            date,
            reference,
        }) => {
            let event = server::insurer::DeathEvent {
                reference,
                ins,
                date_deces: date,
            };
            let report = server::with_database(&config, |pool| async move {
                Ok(server::insurer::record_death(&pool, &event, chrono::Utc::now()).await?)
            })
            .await?;
            println!("{}: {}", report.reference, report.resultat);
            Ok(())
        }
        Some(Command::Purge) => {
            let r = server::with_database(&config, |pool| async move {
                Ok(server::housekeeping::retention(&pool, chrono::Utc::now()).await?)
            })
            .await?;
            let purged = r.purged;
            println!(
                "{} records destroyed: {} documents, {} reimbursement lines, {} trace entries",
                purged.records, purged.documents, purged.reimbursement_lines, purged.traces
            );
            println!(
                "{} practice people destroyed, of {} workshops over",
                r.practice_people, r.workshops
            );
            Ok(())
        }
        Some(Command::Outbox { action }) => {
            server::with_database(&config, |pool| async move {
                match action.unwrap_or(OutboxCommand::List) {
                    OutboxCommand::List => {
                        let failed = delivery::failed(&pool).await?;
                        for f in &failed {
                            println!(
                                "{}\t{}\t{}\tcreated {}\tgiven up {}\t{} tries\t{}",
                                f.id,
                                f.channel,
                                f.purpose,
                                f.created_at.format("%Y-%m-%d %H:%M"),
                                f.failed_at.format("%Y-%m-%d %H:%M"),
                                f.attempts,
                                f.last_error.as_deref().unwrap_or("-")
                            );
                        }
                        println!("{} messages given up", failed.len());
                        Ok(())
                    }
                    OutboxCommand::Retry { id } => {
                        if delivery::retry(&pool, id).await? {
                            println!("message {id} queued again");
                            Ok(())
                        } else {
                            anyhow::bail!("no message {id} was given up")
                        }
                    }
                }
            })
            .await
        }
        Some(Command::Courriers(LettersCommand::Export { dir })) => {
            let mode = config.mode;
            let written = server::with_database(&config, |pool| async move {
                server::letters::export(&pool, mode, &dir).await
            })
            .await?;
            for path in &written {
                println!("{}", path.display());
            }
            println!("{} letters exported", written.len());
            Ok(())
        }
        Some(Command::Personnel(action)) => personnel(&config, action).await,
        Some(Command::Audit(AuditCommand::Anchor { dir })) => {
            let key = config.audit_key()?;
            let path = server::with_database(&config, |pool| async move {
                server::audit::anchor(&pool, &key, &dir, chrono::Utc::now()).await
            })
            .await?;
            println!("anchor written: {}", path.display());
            Ok(())
        }
        Some(Command::Audit(AuditCommand::Verify { anchors })) => {
            let key = match &anchors {
                Some(_) => Some(config.audit_key()?),
                None => None,
            };
            let report = server::with_database(&config, |pool| async move {
                match (anchors, key) {
                    (Some(dir), Some(key)) => {
                        server::audit::verify_with_anchors(&pool, &key, &dir).await
                    }
                    _ => server::audit::verify(&pool).await,
                }
            })
            .await?;
            if report.anchors > 0 {
                println!(
                    "{} anchor files read ({} anchored records purged since)",
                    report.anchors, report.purged_since
                );
            }
            for problem in &report.problems {
                println!("{problem}");
            }
            println!(
                "{} records, {} trace entries checked: {}",
                report.records,
                report.entries,
                match report.problems.len() {
                    0 => "the chain is intact".to_string(),
                    n => format!("{n} problems"),
                }
            );
            if report.problems.is_empty() {
                Ok(())
            } else {
                anyhow::bail!("the access trace was tampered with")
            }
        }
    }
}

async fn personnel(config: &Config, action: PersonnelCommand) -> Result<()> {
    let now = chrono::Utc::now();
    match action {
        PersonnelCommand::Add {
            login,
            role,
            name,
            email,
            caisse,
            site,
            department,
        } => {
            let mut password = String::new();
            std::io::stdin().read_line(&mut password)?;
            let new = server::staff::NewStaff {
                login,
                role,
                full_name: name,
                email,
                caisse,
                site,
                department,
                password: password.trim_end_matches(['\r', '\n']).to_string(),
            };
            server::with_database(config, |pool| async move {
                let id = server::staff::add(&pool, &new, now).await?;
                println!(
                    "account {} added (id {id})",
                    new.login.trim().to_lowercase()
                );
                Ok(())
            })
            .await
        }
        PersonnelCommand::Disable { login } => {
            server::with_database(config, |pool| async move {
                if server::staff::disable(&pool, &login, now).await? {
                    println!("account {login} disabled, its sessions ended");
                    Ok(())
                } else {
                    anyhow::bail!("no active account {login}")
                }
            })
            .await
        }
        PersonnelCommand::List => {
            server::with_database(config, |pool| async move {
                for line in server::staff::list(&pool).await? {
                    println!("{line}");
                }
                Ok(())
            })
            .await
        }
    }
}

async fn serve(
    config: Config,
    smtp: mail::SmtpConfig,
    sms: sms::SmsConfig,
    serve: ServeConfig,
) -> Result<()> {
    let mailer = mail::Mailer::from_config(&smtp, config.mode)?;
    let gateway = sms::SmsGateway::from_config(&sms, config.mode)?;
    let db = Database::open(&config).await?;
    let mut senders = Vec::new();
    if let Some(m) = mailer {
        let (mode, pool) = (m.mode(), db.pool.clone());
        senders.push(tokio::spawn(delivery::run(
            m,
            mode,
            pool,
            server::shutdown_signal(),
        )));
    }
    if let Some(g) = gateway {
        let (mode, pool) = (g.mode(), db.pool.clone());
        senders.push(tokio::spawn(delivery::run(
            g,
            mode,
            pool,
            server::shutdown_signal(),
        )));
    }
    let result = serve_with(&config, &serve, &db).await;
    for sender in senders {
        // Let a delivery round in progress finish and record what it sent.
        let _ = tokio::time::timeout(std::time::Duration::from_secs(25), sender).await;
    }
    db.close().await?;
    result
}

async fn serve_with(config: &Config, serve: &ServeConfig, db: &Database) -> Result<()> {
    if config.mode == Mode::Demo {
        // Several instances started at once on an empty database: one seeds
        // (a session-level advisory lock), the others wait and find it done.
        const SEED_LOCK: i64 = 0x64_6d70_2d73_6564; // "dmp-sed"
        let mut lock = db.pool.acquire().await?;
        loop {
            let ours: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
                .bind(SEED_LOCK)
                .fetch_one(&mut *lock)
                .await?;
            if ours {
                break;
            }
            tokio::select! {
                _ = tokio::time::sleep(std::time::Duration::from_millis(500)) => {}
                _ = server::shutdown_signal() => return Ok(()),
            }
        }
        if seed::registry_is_empty(&db.pool).await? {
            tracing::info!("first start in demo mode: seeding demo data");
            // Interruptible: a Ctrl-C here still stops the embedded cluster.
            let (key, args) = (config.secret_key()?, seed::SeedArgs::demo());
            tokio::select! {
                r = seed::seed(&db.pool, &key, &args) => { r?; }
                _ = server::shutdown_signal() => return Ok(()),
            }
        }
        sqlx::query("SELECT pg_advisory_unlock($1)")
            .bind(SEED_LOCK)
            .execute(&mut *lock)
            .await?;
    }
    let state = web::AppState {
        leptos_options: web::leptos_options(&serve.site_root, serve.listen),
        pool: db.pool.clone(),
        services: app::services::Services::new(config.secret_key()?, config.mode)
            .with_kiosk_delays(serve.kiosk_idle_seconds, serve.kiosk_warning_seconds)
            .with_insurer_token(serve.insurer_feed_token.as_deref())
            .with_public_address(serve.public_address.as_deref()),
    };
    let anchoring = match &serve.audit_anchor_dir {
        Some(dir) => Some(server::housekeeping::Anchoring {
            key: config.audit_key()?,
            dir: dir.clone(),
        }),
        None => None,
    };
    tokio::spawn(server::housekeeping::run(
        db.pool.clone(),
        state.services.clone(),
        anchoring,
    ));
    // The decoy a failed sign-in is checked against, made before the first one.
    tokio::task::spawn_blocking(app::credentials::decoy_hash);
    // Without TCP_NODELAY, a response's last small segment waits for the
    // client's delayed ACK: ~40 ms added to every kept-alive answer.
    let listener = tokio::net::TcpListener::bind(serve.listen)
        .await?
        .tap_io(|tcp| {
            if let Err(e) = tcp.set_nodelay(true) {
                tracing::warn!(error = %e, "TCP_NODELAY refused");
            }
        });
    tracing::info!(
        "portal listening on http://{} ({} mode)",
        serve.listen,
        config.mode.as_str()
    );
    let edge = server::edge::Edge {
        trusted_proxies: std::sync::Arc::new(serve.trusted_proxies.0.clone()),
        hsts: config.mode == Mode::Production,
    };
    // The client address feeds the limits on guessing.
    let app = web::router_with_edge(state, edge)
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(server::shutdown_signal())
        .await?;
    Ok(())
}

/// `server` alone means `server serve`, its options from the environment.
fn serve_config_from_env() -> ServeConfig {
    #[derive(Parser)]
    struct Serve {
        #[command(flatten)]
        serve: ServeConfig,
    }
    Serve::parse_from(["server"]).serve
}
