//! `server personnel add|disable|list`: the operators' hands on the staff
//! accounts (issue 15), and the demo's three accounts.

use anyhow::{bail, Context, Result};
use app::session::staff::Role;
use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// The demo's staff accounts' password (README, demo mode only).
pub const DEMO_PASSWORD: &str = "Demo-DMP-Personnel-2026";

/// One of the demo's staff accounts.
pub struct DemoStaff {
    pub login: &'static str,
    pub role: Role,
    pub name: &'static str,
    pub email: &'static str,
    pub caisse: Option<&'static str>,
    pub site: Option<&'static str>,
    pub department: Option<&'static str>,
}

pub const DEMO_ACCOUNTS: &[DemoStaff] = &[
    DemoStaff {
        login: "agent.angers",
        role: Role::Agent,
        name: "Camille ROUSSEAU",
        email: "agent.angers@example.org",
        caisse: Some("049"),
        site: Some("Accueil CPAM d'Angers"),
        department: Some("49"),
    },
    DemoStaff {
        login: "animateur.cotesdarmor",
        role: Role::Facilitator,
        name: "Yann LE GALL",
        email: "animateur.cotesdarmor@example.org",
        caisse: None,
        site: Some("Générations Mouvement des Côtes-d'Armor"),
        department: Some("22"),
    },
    DemoStaff {
        login: "statistiques",
        role: Role::Statistician,
        name: "Nadia BENALI",
        email: "statistiques@example.org",
        caisse: None,
        site: None,
        department: None,
    },
];

pub struct NewStaff {
    pub login: String,
    pub role: String,
    pub full_name: String,
    pub email: String,
    pub caisse: Option<String>,
    pub site: Option<String>,
    pub department: Option<String>,
    pub password: String,
}

/// Adds an account; refuses a taken login, an unknown role or a weak
/// password. Returns its id.
pub async fn add(pool: &PgPool, new: &NewStaff, now: DateTime<Utc>) -> Result<i64> {
    let login = new.login.trim().to_lowercase();
    let Some(role) = Role::from_code(new.role.trim()) else {
        bail!(
            "unknown role {:?}: one of {}",
            new.role,
            Role::ALL.map(|r| r.code()).join(", ")
        );
    };
    if !login
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || ".-_".contains(c))
        || !(3..=64).contains(&login.len())
    {
        bail!("a login is 3 to 64 lowercase letters, digits, dots, dashes or underscores");
    }
    if !new.email.contains('@') {
        bail!("the e-mail address is where the sign-in codes go: it must be one");
    }
    let form = app::password::NewPasswordForm {
        password: new.password.clone(),
        confirm: new.password.clone(),
    };
    if let Some(e) = form.check_rules(&[&login, &new.full_name]).first() {
        bail!("password refused: {}", e.message.text());
    }
    let password = new.password.clone();
    let hash =
        tokio::task::spawn_blocking(move || app::credentials::hash_password(&password)).await?;
    let id: Option<i64> = sqlx::query_scalar(
        "INSERT INTO staff_account (login, password_hash, role, full_name, email, caisse_code, \
         site, department, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
         ON CONFLICT (login) DO NOTHING RETURNING id",
    )
    .bind(&login)
    .bind(hash)
    .bind(role.code())
    .bind(new.full_name.trim())
    .bind(new.email.trim())
    .bind(&new.caisse)
    .bind(&new.site)
    .bind(&new.department)
    .bind(now)
    .fetch_optional(pool)
    .await
    .context("cannot add the account")?;
    id.with_context(|| format!("the login {login} is taken"))
}

/// Disables an account and ends its sessions; its trace stays.
pub async fn disable(pool: &PgPool, login: &str, now: DateTime<Utc>) -> Result<bool> {
    let mut tx = pool.begin().await?;
    let id: Option<i64> = sqlx::query_scalar(
        "UPDATE staff_account SET disabled_at = $2 WHERE login = $1 AND disabled_at IS NULL \
         RETURNING id",
    )
    .bind(login.trim().to_lowercase())
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(id) = id {
        sqlx::query("DELETE FROM staff_session WHERE account_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(id.is_some())
}

/// One line per account: login, role, place, state; no e-mail.
pub async fn list(pool: &PgPool) -> Result<Vec<String>> {
    type Row = (String, String, Option<String>, Option<String>, bool);
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT login, role, site, department, disabled_at IS NOT NULL FROM staff_account \
         ORDER BY login",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(login, role, site, department, disabled)| {
            format!(
                "{login}\t{role}\t{}\t{}\t{}",
                site.unwrap_or_default(),
                department.unwrap_or_default(),
                if disabled { "désactivé" } else { "actif" }
            )
        })
        .collect())
}

/// The demo's staff accounts, kept if they exist.
pub async fn seed_demo(conn: &mut sqlx::PgConnection, now: DateTime<Utc>) -> Result<()> {
    let hash =
        tokio::task::spawn_blocking(|| app::credentials::hash_password(DEMO_PASSWORD)).await?;
    for d in DEMO_ACCOUNTS {
        sqlx::query(
            "INSERT INTO staff_account (login, password_hash, role, full_name, email, caisse_code, \
             site, department, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (login) DO NOTHING",
        )
        .bind(d.login)
        .bind(&hash)
        .bind(d.role.code())
        .bind(d.name)
        .bind(d.email)
        .bind(d.caisse)
        .bind(d.site)
        .bind(d.department)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}
