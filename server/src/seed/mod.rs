//! `server seed`: replaces the insurer's reference registry with
//! deterministic synthetic data, streamed with `COPY`.

pub mod bench;
mod demo;
mod generate;
mod history;
pub mod practice;
mod records;
mod reference;

use crate::config::Config;
use anyhow::{bail, Context, Result};
use app::domain::ins::Mode;
use app::secret::keyed_hash;
use chrono::{Duration, NaiveDate};
use generate::{Generator, Household, Line};
use sqlx::postgres::PgConnection;
use sqlx::{Connection, PgPool};
use std::time::Instant;

#[derive(clap::Args, Clone, Debug)]
pub struct SeedArgs {
    /// Number of beneficiaries to generate (the demo identities included).
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(6..=2_000_000))]
    pub count: u64,
    /// Seed of the random generator: the same seed gives the same registry.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Reference date of the 24-month reimbursement history (default: today).
    #[arg(long)]
    pub as_of: Option<NaiveDate>,
    /// Only print the demo identities and whether their codes are still usable.
    #[arg(long)]
    pub print_demo: bool,
    /// Leave out the ready demo records (open DMPs full of documents).
    #[arg(long)]
    pub without_records: bool,
    /// Leave out the few months of past openings behind the statistics.
    #[arg(long)]
    pub without_history: bool,
    /// For `./scripts/bench`: open this many more records of generated
    /// adults, with accounts `banc00001`… (password in `seed::bench`).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u64).range(0..=100_000))]
    pub bench_records: u64,
    /// For `./scripts/bench`: where to write the bench accounts and 1 000
    /// people without a DMP whose creation codes are valid (tab-separated).
    #[arg(long)]
    pub bench_file: Option<std::path::PathBuf>,
}

impl SeedArgs {
    pub fn demo() -> Self {
        SeedArgs {
            count: 200,
            seed: 2026,
            as_of: None,
            print_demo: false,
            without_records: false,
            without_history: false,
            bench_records: 0,
            bench_file: None,
        }
    }
}

pub async fn run(config: &Config, args: SeedArgs) -> Result<()> {
    if args.print_demo {
        let key = config.secret_key()?;
        return crate::with_database(config, |pool| async move {
            print!("{}", demo_report(&pool, &key).await?);
            Ok(())
        })
        .await;
    }
    if config.mode == Mode::Production {
        bail!("seed writes synthetic people: it is refused in production mode");
    }
    let key = config.secret_key()?;
    crate::with_database(config, |pool| async move {
        let report = seed(&pool, &key, &args).await?;
        println!("{report}");
        println!("{}", demo_report(&pool, &key).await?);
        Ok(())
    })
    .await
}

/// People without a DMP listed in `--bench-file` for the bench's creations.
const BENCH_PEOPLE: u64 = 1_000;

pub async fn registry_is_empty(pool: &PgPool) -> Result<bool> {
    Ok(
        sqlx::query_scalar::<_, bool>("SELECT NOT EXISTS (SELECT 1 FROM beneficiary)")
            .fetch_one(pool)
            .await?,
    )
}

pub struct Report {
    pub tables: Vec<(&'static str, u64)>,
    pub seconds: f64,
}

impl Report {
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|(_, n)| n).sum()
    }
}

impl std::fmt::Display for Report {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (table, n) in &self.tables {
            writeln!(f, "{table:>26}: {n:>10} rows")?;
        }
        write!(
            f,
            "{:>26}: {:>10} rows in {:.1} s ({:.0} rows/s)",
            "total",
            self.rows(),
            self.seconds,
            self.rows() as f64 / self.seconds.max(1e-6)
        )
    }
}

/// Replaces the registry in one transaction: readers see the old registry or
/// the new one, never half of it. Records made from the old registry (DMPs,
/// creation sessions…) go with it (`CASCADE`): they would name people who no
/// longer exist.
pub async fn seed(pool: &PgPool, key: &[u8], args: &SeedArgs) -> Result<Report> {
    let as_of = args
        .as_of
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let started = Instant::now();
    // The ready records' documents need the document types.
    crate::database::sync_reference(pool).await?;
    let mut conn = pool.acquire().await?;
    let mut tx = conn.begin().await?;
    sqlx::query(
        "TRUNCATE caisse, beneficiary, vitale_card, vitale_card_beneficiary, creation_code, \
         remb_pharmacy, remb_care, remb_radiology, remb_hospital, remb_biology, \
         professional, professional_card, creation_funnel RESTART IDENTITY CASCADE",
    )
    .execute(&mut *tx)
    .await?;
    let rebuild = set_aside_foreign_keys_and_indexes(&mut tx).await?;
    let gen = || Generator::new(args.seed, as_of, args.count);
    let mut tables = Vec::new();

    let caisses = copy(&mut tx, "caisse (code, name)", caisse_rows()).await?;
    tables.push(("caisse", caisses));

    let n = copy_households(&mut tx, "beneficiary (id, nir, birth_name, usage_name, first_names, sex, birth_date, birth_place_code, address_line, postal_code, city, email, caisse_code)", gen(), |h, out| {
        for p in &h.members {
            out.row(&[
                Some(&p.id.to_string()),
                Some(p.nir.as_str()),
                Some(&p.birth_name),
                p.usage_name.as_deref(),
                Some(&p.first_names),
                Some(if p.male { "M" } else { "F" }),
                Some(&p.birth_date.to_string()),
                Some(p.birth_place),
                Some(&h.address_line),
                Some(h.home.postal_code),
                Some(h.home.city),
                p.email.as_deref(),
                Some(&caisse_code(h.home.department())),
            ]);
        }
    })
    .await?;
    tables.push(("beneficiary", n));

    let n = copy_households(
        &mut tx,
        "vitale_card (id, card_type, serial, holder_id, issued_on)",
        gen(),
        |h, out| {
            out.row(&[
                Some(&h.card_id.to_string()),
                Some(h.card_type),
                Some(&h.serial),
                Some(&h.members[0].id.to_string()),
                Some(&h.card_issued.to_string()),
            ]);
        },
    )
    .await?;
    tables.push(("vitale_card", n));

    let n = copy_households(
        &mut tx,
        "vitale_card_beneficiary (card_id, beneficiary_id, quality, birth_rank)",
        gen(),
        |h, out| {
            for p in &h.members {
                out.row(&[
                    Some(&h.card_id.to_string()),
                    Some(&p.id.to_string()),
                    Some(p.quality),
                    Some(&p.birth_rank.to_string()),
                ]);
            }
        },
    )
    .await?;
    tables.push(("vitale_card_beneficiary", n));

    let n = copy_households(
        &mut tx,
        "creation_code (id, beneficiary_id, code_hash, issued_at, expires_at, sent_by)",
        gen(),
        |h, out| {
            for p in &h.members {
                // Demo codes stay valid a year; others were sent in the last two
                // months and last 90 days [I].
                let issued = if h.demo {
                    as_of
                } else {
                    as_of - Duration::days(p.id % 60)
                };
                let expires = issued + Duration::days(if h.demo { 365 } else { 90 });
                let hash = keyed_hash(key, p.code.as_str());
                out.row(&[
                    Some(&p.id.to_string()),
                    Some(&p.id.to_string()),
                    Some(&bytea(&hash)),
                    Some(&format!("{issued} 00:00:00+00")),
                    Some(&format!("{expires} 00:00:00+00")),
                    Some(if p.email.is_some() {
                        "email"
                    } else {
                        "courrier"
                    }),
                ]);
            }
        },
    )
    .await?;
    tables.push(("creation_code", n));

    // Reimbursement lines depend only on the person, not on a walk's state.
    let lines_of = gen();
    for (family, (table, target)) in REIMBURSEMENT_TARGETS.into_iter().enumerate() {
        let n = copy_households(&mut tx, target, gen(), |h, out| {
            for p in &h.members {
                for line in lines_of.reimbursements(p) {
                    write_line(out, family, p.id, &line);
                }
            }
        })
        .await?;
        tables.push((table, n));
    }

    let n = seed_professionals(&mut tx, key).await?;
    tables.push(("professional_card", n));

    for statement in rebuild {
        sqlx::query(&statement).execute(&mut *tx).await?;
    }
    for table in ["beneficiary", "vitale_card", "creation_code"] {
        sqlx::query(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"
        ))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;

    // The ready demo records, made from the new registry.
    if !args.without_records {
        let mut tx = conn.begin().await?;
        let documents = records::seed_ready_records(&mut tx, as_of, Mode::Demo).await?;
        tx.commit().await?;
        tables.push(("document", documents as u64));
        // The demo's staff: a desk agent, a facilitator, a statistician.
        crate::staff::seed_demo(&mut conn, chrono::Utc::now()).await?;
    }
    if !args.without_records && !args.without_history {
        let mut tx = conn.begin().await?;
        let demo: Vec<&str> = demo::HOUSEHOLDS
            .iter()
            .flat_map(|h| h.members.iter().map(|p| p.nir))
            .collect();
        let opened = history::seed_history(&mut tx, chrono::Utc::now(), &demo).await?;
        tx.commit().await?;
        tables.push(("past dmp", opened));
    }
    if args.bench_records > 0 || args.bench_file.is_some() {
        let mut tx = conn.begin().await?;
        let (records, documents) = bench::seed_bench(
            &mut tx,
            gen(),
            as_of,
            args.bench_records,
            BENCH_PEOPLE,
            args.bench_file.as_deref(),
        )
        .await?;
        tx.commit().await?;
        tables.push(("bench dmp", records));
        tables.push(("bench document", documents));
    }

    // Fresh statistics so the first queries plan well on a large registry.
    sqlx::query("ANALYZE").execute(&mut *conn).await?;
    Ok(Report {
        tables,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// The bulk-loaded tables, whose foreign keys and secondary indexes are
/// dropped during the load and rebuilt after it: checking 1.5 million
/// foreign keys row by row is three times slower than one validation at the
/// end. Definitions come from the catalog, so migrations stay the only
/// place they are written. Returns the statements that rebuild them.
async fn set_aside_foreign_keys_and_indexes(conn: &mut PgConnection) -> Result<Vec<String>> {
    const TABLES: &[&str] = &[
        "beneficiary",
        "vitale_card",
        "vitale_card_beneficiary",
        "creation_code",
        "remb_pharmacy",
        "remb_care",
        "remb_radiology",
        "remb_hospital",
        "remb_biology",
    ];
    let foreign_keys: Vec<(String, String)> = sqlx::query_as(
        "SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname), \
                format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) \
         FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text = ANY($1) ORDER BY conname",
    )
    .bind(TABLES)
    .fetch_all(&mut *conn)
    .await?;
    // Unique and primary-key indexes stay: they enforce rules during the load.
    let indexes: Vec<(String, String)> = sqlx::query_as(
        "SELECT format('DROP INDEX %s', indexrelid::regclass), pg_get_indexdef(indexrelid) \
         FROM pg_index WHERE indrelid::regclass::text = ANY($1) AND NOT indisunique ORDER BY 1",
    )
    .bind(TABLES)
    .fetch_all(&mut *conn)
    .await?;
    for (drop, _) in foreign_keys.iter().chain(&indexes) {
        sqlx::query(drop).execute(&mut *conn).await?;
    }
    Ok(indexes
        .into_iter()
        .chain(foreign_keys)
        .map(|(_, create)| create)
        .collect())
}

/// The registry's five reimbursement tables, in [`write_line`]'s order.
const REIMBURSEMENT_TARGETS: [(&str, &str); 5] = [
    ("remb_pharmacy", "remb_pharmacy (beneficiary_id, care_date, hospital, cip13, label, active_ingredients, quantity, source)"),
    ("remb_care", "remb_care (beneficiary_id, care_date, hospital, act_system, act_code, coefficient, label, specialty, source)"),
    ("remb_radiology", "remb_radiology (beneficiary_id, care_date, hospital, ccam_code, coefficient, label, source)"),
    ("remb_hospital", "remb_hospital (beneficiary_id, admission_date, length_days, nature, source)"),
    ("remb_biology", "remb_biology (beneficiary_id, care_date, hospital, nabm_code, label, quantity, source)"),
];

fn write_line(out: &mut CopyRows, family: usize, id: i64, line: &Line) {
    let id = id.to_string();
    use reference::*;
    match (family, line) {
        (
            0,
            Line::Pharmacy {
                date,
                hospital,
                cip13,
                label,
                active_ingredients,
                quantity,
            },
        ) => out.row(&[
            Some(&id),
            Some(&date.to_string()),
            Some(bool_text(*hospital)),
            Some(cip13),
            Some(label),
            Some(active_ingredients),
            Some(&quantity.to_string()),
            Some(DRUGS_SOURCE),
        ]),
        (
            1,
            Line::Care {
                date,
                hospital,
                system,
                code,
                coefficient,
                label,
                specialty,
            },
        ) => out.row(&[
            Some(&id),
            Some(&date.to_string()),
            Some(bool_text(*hospital)),
            Some(system),
            Some(code),
            Some(coefficient),
            Some(label),
            Some(specialty),
            Some(if *system == "CCAM" {
                CCAM_SOURCE
            } else {
                NGAP_SOURCE
            }),
        ]),
        (
            2,
            Line::Radiology {
                date,
                hospital,
                code,
                label,
            },
        ) => out.row(&[
            Some(&id),
            Some(&date.to_string()),
            Some(bool_text(*hospital)),
            Some(code),
            Some("1"),
            Some(label),
            Some(CCAM_SOURCE),
        ]),
        (
            3,
            Line::Hospital {
                date,
                length_days,
                nature,
            },
        ) => out.row(&[
            Some(&id),
            Some(&date.to_string()),
            Some(&length_days.to_string()),
            Some(nature),
            Some(HOSPITAL_SOURCE),
        ]),
        (
            4,
            Line::Biology {
                date,
                hospital,
                code,
                label,
                quantity,
            },
        ) => out.row(&[
            Some(&id),
            Some(&date.to_string()),
            Some(bool_text(*hospital)),
            Some(code),
            Some(label),
            Some(&quantity.to_string()),
            Some(NABM_SOURCE),
        ]),
        _ => {}
    }
}

fn bool_text(b: bool) -> &'static str {
    if b {
        "t"
    } else {
        "f"
    }
}

/// `\x…` hex form of bytea in COPY text.
fn bytea(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(2 + bytes.len() * 2);
    s.push_str("\\x");
    for b in bytes {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Caisse code of a department [I]: `075`, `02A`, `971`.
fn caisse_code(department: &str) -> String {
    format!("{department:0>3}")
}

fn caisse_rows() -> Vec<Vec<String>> {
    let mut seen = std::collections::BTreeMap::new();
    for p in &reference::REFERENCE.places {
        let name = if p.department().starts_with("97") {
            format!("CGSS {}", p.department_name)
        } else {
            format!("CPAM {}", p.department_name)
        };
        seen.insert(caisse_code(p.department()), name);
    }
    seen.into_iter().map(|(c, n)| vec![c, n]).collect()
}

/// Rows in PostgreSQL's COPY text format, sent in chunks of about 1 MiB.
#[derive(Default)]
pub struct CopyRows {
    buf: Vec<u8>,
    rows: u64,
}

impl CopyRows {
    fn row(&mut self, fields: &[Option<&str>]) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.buf.push(b'\t');
            }
            match f {
                None => self.buf.extend_from_slice(b"\\N"),
                Some(s) => {
                    for b in s.bytes() {
                        match b {
                            b'\\' => self.buf.extend_from_slice(b"\\\\"),
                            b'\t' => self.buf.extend_from_slice(b"\\t"),
                            b'\n' => self.buf.extend_from_slice(b"\\n"),
                            b'\r' => self.buf.extend_from_slice(b"\\r"),
                            _ => self.buf.push(b),
                        }
                    }
                }
            }
        }
        self.buf.push(b'\n');
        self.rows += 1;
    }
}

const CHUNK: usize = 1 << 20;

async fn copy_households(
    conn: &mut PgConnection,
    target: &str,
    households: Generator,
    mut write: impl FnMut(&Household, &mut CopyRows),
) -> Result<u64> {
    let mut copy = conn
        .copy_in_raw(&format!("COPY {target} FROM STDIN"))
        .await
        .with_context(|| format!("COPY {target}"))?;
    let mut out = CopyRows {
        buf: Vec::with_capacity(CHUNK + 4096),
        rows: 0,
    };
    for h in households {
        write(&h, &mut out);
        if out.buf.len() >= CHUNK {
            copy.send(std::mem::take(&mut out.buf)).await?;
        }
    }
    if !out.buf.is_empty() {
        copy.send(out.buf).await?;
    }
    copy.finish()
        .await
        .with_context(|| format!("COPY {target}"))?;
    Ok(out.rows)
}

async fn copy(conn: &mut PgConnection, target: &str, rows: Vec<Vec<String>>) -> Result<u64> {
    let mut out = CopyRows::default();
    for r in &rows {
        let fields: Vec<Option<&str>> = r.iter().map(|s| Some(s.as_str())).collect();
        out.row(&fields);
    }
    copy_rows(conn, target, out).await
}

async fn copy_rows(conn: &mut PgConnection, target: &str, out: CopyRows) -> Result<u64> {
    if out.rows == 0 {
        return Ok(0);
    }
    let mut copy = conn
        .copy_in_raw(&format!("COPY {target} FROM STDIN"))
        .await?;
    copy.send(out.buf).await?;
    copy.finish().await?;
    Ok(out.rows)
}

/// The directory of test professionals and their cards (PIN 1234).
async fn seed_professionals(conn: &mut PgConnection, key: &[u8]) -> Result<u64> {
    let text = include_str!("../../data/professionals.csv");
    let mut cards = 0;
    for line in text.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let f: Vec<&str> = line.split(';').collect();
        let professional_id: Option<i64> = if f[0].is_empty() {
            None
        } else {
            Some(
                sqlx::query_scalar(
                    "INSERT INTO professional (rpps, last_name, first_name, profession_code, profession, specialty, city, regulator) \
                     VALUES ($1, $2, $3, $4, $5, NULLIF($6, ''), $7, $8) RETURNING id",
                )
                .bind(f[0]).bind(f[1]).bind(f[2]).bind(f[3]).bind(f[4]).bind(f[5]).bind(f[6])
                .bind(f.get(9) == Some(&"regulateur"))
                .fetch_one(&mut *conn)
                .await?,
            )
        };
        let holder = if f[0].is_empty() {
            format!("Centre hospitalier de {} (compte d'alimentation)", f[6])
        } else {
            format!("{} {} {}", f[4], f[2], f[1])
        };
        let pin_hash = keyed_hash(key, &format!("{}:1234", f[7]));
        sqlx::query(
            "INSERT INTO professional_card (professional_id, card_number, kind, holder_label, pin_hash) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(professional_id)
        .bind(f[7])
        .bind(f[8])
        .bind(holder)
        .bind(pin_hash.as_slice())
        .execute(&mut *conn)
        .await?;
        cards += 1;
    }
    Ok(cards)
}

/// The demo identities, as a newcomer types them into step 1, with the state
/// of their creation code in this database.
pub async fn demo_report(pool: &PgPool, key: &[u8]) -> Result<String> {
    let mut out = String::from("Demo identities (type them into « Je crée mon DMP », step 1):\n\n");
    for (household, person) in demo::listed() {
        let nir = app::domain::nir::Nir::parse(person.nir)?;
        let code = app::domain::creation_code::CreationCode::parse(person.code)?;
        let state: Option<(Option<chrono::DateTime<chrono::Utc>>, chrono::DateTime<chrono::Utc>)> = sqlx::query_as(
            "SELECT c.used_at, c.expires_at FROM creation_code c JOIN beneficiary b ON b.id = c.beneficiary_id \
             WHERE b.nir = $1 AND c.code_hash = $2",
        )
        .bind(nir.as_str())
        .bind(keyed_hash(key, code.as_str()).as_slice())
        .fetch_optional(pool)
        .await?;
        let state = match state {
            None => "not in this database: run `server seed`".to_string(),
            Some((Some(_), _)) => {
                "code already used: run `server seed` for a fresh one".to_string()
            }
            Some((None, expires)) if expires < chrono::Utc::now() => {
                "code expired: run `server seed`".to_string()
            }
            Some((None, expires)) => format!("code valid until {}", expires.format("%Y-%m-%d")),
        };
        let card = app::domain::vitale::CardType::from_code(household.card_type)
            .expect("demo card types are valid");
        out.push_str(&format!(
            "  {} {} — {}\n    NIR {}   {} n° {}   code {}\n    ({})\n\n",
            person.first_names.split(' ').next().unwrap_or(""),
            person.usage_name.unwrap_or(person.birth_name),
            person.case,
            nir.display(),
            card.label(),
            household.serial,
            code.display(),
            state
        ));
    }
    out.push_str("Ready records (« J'accède à mon DMP »; the one-time code is in the demo outbox, /demo/messages):\n\n");
    for ready in demo::READY_RECORDS {
        let (household, person) = demo::HOUSEHOLDS
            .iter()
            .flat_map(|h| h.members.iter().map(move |p| (h, p)))
            .find(|(_, p)| p.nir == ready.nir)
            .expect("ready records are demo people");
        let _ = household;
        let exists: bool =
            sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM patient_account WHERE login = $1)")
                .bind(ready.login)
                .fetch_one(pool)
                .await?;
        out.push_str(&format!(
            "  {} {} — {}\n    identifiant {}   mot de passe {}   code par {}{}\n\n",
            person.first_names.split(' ').next().unwrap_or(""),
            person.usage_name.unwrap_or(person.birth_name),
            person.case,
            ready.login,
            ready.password,
            if ready.email.is_some() {
                "e-mail"
            } else {
                "SMS"
            },
            if exists {
                ""
            } else {
                "   (not in this database: run `server seed`)"
            },
        ));
    }
    Ok(out)
}
