//! The insurer's feed of new reimbursement lines into the records. A code
//! path of its own, with credentials of its own (a bearer token), that can
//! only write: it answers with counts and the references of refused lines,
//! never with anything a record holds. Every batch is traced in the records
//! it wrote to.

use app::services::Services;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

/// One reimbursement line, as the insurer sends it.
#[derive(Clone, Debug, Deserialize)]
pub struct Line {
    /// The insurer's own reference of the line: a batch sent twice is
    /// written once.
    #[serde(rename = "ref")]
    pub reference: String,
    pub nir: String,
    pub date: NaiveDate,
    #[serde(default)]
    pub hospitalier: bool,
    #[serde(flatten)]
    pub family: Family,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(tag = "famille", rename_all = "lowercase")]
pub enum Family {
    Pharmacie {
        cip13: String,
        libelle: String,
        principes_actifs: String,
        quantite: i32,
    },
    Soins {
        acte_systeme: String,
        acte_code: String,
        coefficient: f64,
        libelle: String,
        specialite: String,
    },
    Radiologie {
        ccam: String,
        coefficient: f64,
        libelle: String,
    },
    Hospitalisation {
        duree_jours: i32,
        nature: String,
    },
    Biologie {
        nabm: String,
        libelle: String,
        quantite: i32,
    },
}

/// A batch as sent: each line is read on its own, so that one bad line
/// is refused alone and the others are written.
#[derive(Clone, Debug, Deserialize)]
pub struct Batch {
    pub lot: String,
    pub lignes: Vec<serde_json::Value>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub lot: String,
    pub acceptees: usize,
    pub deja_recues: usize,
    /// References of lines whose NIR has no open DMP.
    pub sans_dmp: Vec<String>,
    /// Lines refused for their content, with the reason; nothing of them
    /// was written. Absent when there is none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rejetees: Vec<Rejected>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Rejected {
    /// The line's reference, or its position (`#3`) when it has none.
    #[serde(rename = "ref")]
    pub reference: String,
    pub motif: String,
}

/// Text fields: a line of a few hundred characters, nothing invisible.
const MAX_TEXT: usize = 500;

impl Line {
    /// What the tables can hold and a reimbursement can be; the reason
    /// otherwise, in the insurer's terms.
    pub fn check(&self, today: NaiveDate) -> Result<(), String> {
        use chrono::Datelike;
        let text = |name: &str, value: &str| -> Result<(), String> {
            if value.trim().is_empty() {
                Err(format!("{name} vide"))
            } else if value.chars().count() > MAX_TEXT {
                Err(format!("{name} trop long ({MAX_TEXT} caractères au plus)"))
            } else if app::forms::input::has_control(value) {
                Err(format!("{name} : caractère de contrôle"))
            } else {
                Ok(())
            }
        };
        let range = |name: &str, value: f64, max: f64| -> Result<(), String> {
            if value.is_finite() && (0.0..=max).contains(&value) {
                Ok(())
            } else {
                Err(format!("{name} hors limites (0 à {max})"))
            }
        };
        if self.reference.chars().count() > 100 || app::forms::input::has_control(&self.reference) {
            return Err("ref illisible (100 caractères au plus)".into());
        }
        text("nir", &self.nir)?;
        if self.date.year() < 1900 || self.date > today {
            return Err("date hors limites (de 1900 à aujourd'hui)".into());
        }
        match &self.family {
            Family::Pharmacie {
                cip13,
                libelle,
                principes_actifs,
                quantite,
            } => {
                text("cip13", cip13)?;
                text("libelle", libelle)?;
                text("principes_actifs", principes_actifs)?;
                range("quantite", f64::from(*quantite), 9999.0)
            }
            Family::Soins {
                acte_systeme,
                acte_code,
                coefficient,
                libelle,
                specialite,
            } => {
                text("acte_systeme", acte_systeme)?;
                text("acte_code", acte_code)?;
                text("libelle", libelle)?;
                text("specialite", specialite)?;
                range("coefficient", *coefficient, 9999.99)
            }
            Family::Radiologie {
                ccam,
                coefficient,
                libelle,
            } => {
                text("ccam", ccam)?;
                text("libelle", libelle)?;
                range("coefficient", *coefficient, 9999.99)
            }
            Family::Hospitalisation {
                duree_jours,
                nature,
            } => {
                text("nature", nature)?;
                range("duree_jours", f64::from(*duree_jours), 3650.0)
            }
            Family::Biologie {
                nabm,
                libelle,
                quantite,
            } => {
                text("nabm", nabm)?;
                text("libelle", libelle)?;
                range("quantite", f64::from(*quantite), 9999.0)
            }
        }
    }
}

/// A line read and checked, or why not.
fn read_line(
    value: &serde_json::Value,
    position: usize,
    today: NaiveDate,
) -> Result<Line, Rejected> {
    let reference = value
        .get("ref")
        .and_then(|r| r.as_str())
        .filter(|r| !r.trim().is_empty() && r.chars().count() <= 100)
        .map(str::to_string)
        .unwrap_or_else(|| format!("#{}", position + 1));
    let reject = |motif: String| Rejected {
        reference: reference.clone(),
        motif,
    };
    let line: Line = serde_json::from_value(value.clone())
        .map_err(|e| reject(format!("ligne illisible : {e}")))?;
    if line.reference.trim().is_empty() {
        return Err(reject("ref manquante".into()));
    }
    line.check(today).map_err(reject)?;
    Ok(line)
}

/// Whether a database error is about the data (a value out of range, a
/// constraint): the line is refused, the rest of the batch goes on.
fn data_error(e: &sqlx::Error) -> bool {
    e.as_database_error()
        .and_then(|d| d.code())
        .is_some_and(|code| code.starts_with("22") || code.starts_with("23"))
}

/// Writes a batch; one transaction, so a failure writes nothing.
pub async fn feed(pool: &PgPool, batch: &Batch, now: DateTime<Utc>) -> Result<Report, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let mut report = Report {
        lot: batch.lot.clone(),
        ..Report::default()
    };
    let mut fed = Vec::new();
    let today = now.date_naive();
    for (position, value) in batch.lignes.iter().enumerate() {
        let line = match read_line(value, position, today) {
            Ok(line) => line,
            Err(rejected) => {
                report.rejetees.push(rejected);
                continue;
            }
        };
        let nir: String = line.nir.chars().filter(|c| !c.is_whitespace()).collect();
        let dmp_id: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM dmp WHERE ins_value = upper($1) AND status = 'ACTIVE' \
             AND creation_channel <> 'entrainement'",
        )
        .bind(&nir)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(dmp_id) = dmp_id else {
            report.sans_dmp.push(line.reference.clone());
            continue;
        };
        // Each line in a savepoint: a value the database refuses undoes
        // that line only.
        let mut line_tx = sqlx::Connection::begin(&mut *tx).await?;
        match write_line(&mut line_tx, dmp_id, &line).await {
            Ok(written) => {
                line_tx.commit().await?;
                if written == 0 {
                    report.deja_recues += 1;
                } else {
                    report.acceptees += 1;
                    if !fed.contains(&dmp_id) {
                        fed.push(dmp_id);
                    }
                }
            }
            Err(e) if data_error(&e) => {
                line_tx.rollback().await?;
                report.rejetees.push(Rejected {
                    reference: line.reference.clone(),
                    motif: "valeur refusée (hors des limites des tables)".into(),
                });
            }
            Err(e) => return Err(e),
        }
    }
    for dmp_id in fed {
        sqlx::query(
            "INSERT INTO access_trace (dmp_id, at, actor_kind, action, actor_label, reason) \
             VALUES ($1, $2, 'assurance_maladie', 'alimentation_remboursements', 'Assurance Maladie', $3)",
        )
        .bind(dmp_id)
        .bind(now)
        .bind(format!("lot {}", batch.lot))
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(report)
}

/// Writes one line; 0 rows when its reference was already received.
async fn write_line(
    tx: &mut sqlx::PgConnection,
    dmp_id: i64,
    line: &Line,
) -> Result<u64, sqlx::Error> {
    let r = &line.reference;
    let h = line.hospitalier;
    Ok(match &line.family {
        Family::Pharmacie { cip13, libelle, principes_actifs, quantite } => sqlx::query(
            "INSERT INTO record_remb_pharmacy (dmp_id, care_date, hospital, cip13, label, active_ingredients, \
             quantity, source, feed_ref) VALUES ($1, $2, $3, $4, $5, $6, $7, 'BDPM', $8) ON CONFLICT DO NOTHING",
        )
        .bind(dmp_id).bind(line.date).bind(h).bind(cip13).bind(libelle).bind(principes_actifs).bind(quantite).bind(r)
        .execute(&mut *tx).await?,
        Family::Soins { acte_systeme, acte_code, coefficient, libelle, specialite } => sqlx::query(
            "INSERT INTO record_remb_care (dmp_id, care_date, hospital, act_system, act_code, coefficient, label, \
             specialty, source, feed_ref) VALUES ($1, $2, $3, $4, $5, $6::numeric(6,2), $7, $8, $4, $9) ON CONFLICT DO NOTHING",
        )
        .bind(dmp_id).bind(line.date).bind(h).bind(acte_systeme).bind(acte_code).bind(coefficient).bind(libelle).bind(specialite).bind(r)
        .execute(&mut *tx).await?,
        Family::Radiologie { ccam, coefficient, libelle } => sqlx::query(
            "INSERT INTO record_remb_radiology (dmp_id, care_date, hospital, ccam_code, coefficient, label, source, feed_ref) \
             VALUES ($1, $2, $3, $4, $5::numeric(6,2), $6, 'CCAM', $7) ON CONFLICT DO NOTHING",
        )
        .bind(dmp_id).bind(line.date).bind(h).bind(ccam).bind(coefficient).bind(libelle).bind(r)
        .execute(&mut *tx).await?,
        Family::Hospitalisation { duree_jours, nature } => sqlx::query(
            "INSERT INTO record_remb_hospital (dmp_id, admission_date, hospital, length_days, nature, source, feed_ref) \
             VALUES ($1, $2, true, $3, $4, 'PMSI', $5) ON CONFLICT DO NOTHING",
        )
        .bind(dmp_id).bind(line.date).bind(duree_jours).bind(nature).bind(r)
        .execute(&mut *tx).await?,
        Family::Biologie { nabm, libelle, quantite } => sqlx::query(
            "INSERT INTO record_remb_biology (dmp_id, care_date, hospital, nabm_code, label, quantity, source, feed_ref) \
             VALUES ($1, $2, $3, $4, $5, $6, 'NABM', $7) ON CONFLICT DO NOTHING",
        )
        .bind(dmp_id).bind(line.date).bind(h).bind(nabm).bind(libelle).bind(quantite).bind(r)
        .execute(&mut *tx).await?,
    }
    .rows_affected())
}

/// Whether the request bears the feed's token (compared in constant time).
fn authorised(services: &Services, headers: &HeaderMap) -> bool {
    use subtle::ConstantTimeEq;
    let (Some(expected), Some(token)) = (
        services.insurer_token_hash,
        headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer ")),
    ) else {
        return false;
    };
    let typed = app::secret::keyed_hash(&services.key, &format!("insurer-feed:{token}"));
    typed.ct_eq(&expected).into()
}

/// What every insurer request goes through: 404 while no token is
/// configured, 401 without the right one, 422 for a body that does not
/// read as `T` (`what` names it in the answer).
fn admitted<T: serde::de::DeserializeOwned>(
    services: &Services,
    headers: &HeaderMap,
    body: &[u8],
    what: &str,
) -> Result<T, (StatusCode, String)> {
    if services.insurer_token_hash.is_none() {
        return Err((StatusCode::NOT_FOUND, String::new()));
    }
    if !authorised(services, headers) {
        return Err((StatusCode::UNAUTHORIZED, String::new()));
    }
    serde_json::from_slice(body).map_err(|e| {
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("{what} illisible : {e}"),
        )
    })
}

/// The answer to an insurer request: its report, or 503 (logged without
/// personal data).
fn answer<R: Serialize>(result: Result<R, sqlx::Error>, what: &str) -> Response {
    match result {
        Ok(report) => ([(header::CACHE_CONTROL, "no-store")], Json(report)).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "insurer {what}: database error");
            StatusCode::SERVICE_UNAVAILABLE.into_response()
        }
    }
}

/// The feed's two addresses.
pub fn routes() -> axum::Router<crate::state::AppState> {
    axum::Router::new()
        .route(
            "/assurance-maladie/remboursements",
            axum::routing::post(endpoint),
        )
        .route(
            "/assurance-maladie/deces",
            axum::routing::post(death_endpoint),
        )
}

/// `POST /assurance-maladie/remboursements`.
pub async fn endpoint(
    State(state): State<crate::web::AppState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    match admitted::<Batch>(&state.services, &headers, &body, "lot") {
        // Some lines refused: 422, with what was written and why the others
        // were not, so that the insurer fixes those and sends them alone.
        Ok(batch) => match feed(&state.pool, &batch, Utc::now()).await {
            Ok(report) if !report.rejetees.is_empty() => (
                StatusCode::UNPROCESSABLE_ENTITY,
                [(header::CACHE_CONTROL, "no-store")],
                Json(report),
            )
                .into_response(),
            result => answer(result, "feed"),
        },
        Err(refused) => refused.into_response(),
    }
}

/// A death, as the insurer reports it: the record of that INS is closed
/// without notifying anyone.
#[derive(Clone, Debug, Deserialize)]
pub struct DeathEvent {
    /// The insurer's own reference: the same event sent twice applies once.
    #[serde(rename = "ref")]
    pub reference: String,
    pub ins: String,
    pub date_deces: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeathReport {
    #[serde(rename = "ref")]
    pub reference: String,
    /// `cloture`, `deja_cloture` or `sans_dmp`.
    pub resultat: &'static str,
}

pub async fn record_death(
    pool: &PgPool,
    event: &DeathEvent,
    now: DateTime<Utc>,
) -> Result<DeathReport, sqlx::Error> {
    use app::closure::store::{close_at_death, Death};
    let ins: String = event
        .ins
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    let outcome = close_at_death(pool, &ins, event.date_deces, event.reference.trim(), now).await?;
    Ok(DeathReport {
        reference: event.reference.clone(),
        resultat: match outcome {
            Death::Closed => "cloture",
            Death::AlreadyClosed => "deja_cloture",
            Death::Unknown => "sans_dmp",
        },
    })
}

/// `POST /assurance-maladie/deces`, with the same token as the feed.
pub async fn death_endpoint(
    State(state): State<crate::web::AppState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    match admitted::<DeathEvent>(&state.services, &headers, &body, "événement") {
        Ok(event) if event.reference.trim().is_empty() => {
            (StatusCode::UNPROCESSABLE_ENTITY, "référence manquante").into_response()
        }
        Ok(event) => answer(
            record_death(&state.pool, &event, Utc::now()).await,
            "death event",
        ),
        Err(refused) => refused.into_response(),
    }
}
