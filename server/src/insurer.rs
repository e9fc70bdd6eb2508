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

#[derive(Clone, Debug, Deserialize)]
pub struct Batch {
    pub lot: String,
    pub lignes: Vec<Line>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub lot: String,
    pub acceptees: usize,
    pub deja_recues: usize,
    /// References of lines whose NIR has no open DMP.
    pub sans_dmp: Vec<String>,
}

/// Writes a batch; one transaction, so a failure writes nothing.
pub async fn feed(pool: &PgPool, batch: &Batch, now: DateTime<Utc>) -> Result<Report, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let mut report = Report {
        lot: batch.lot.clone(),
        ..Report::default()
    };
    let mut fed = Vec::new();
    for line in &batch.lignes {
        let nir: String = line.nir.chars().filter(|c| !c.is_whitespace()).collect();
        let dmp_id: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM dmp WHERE ins_value = upper($1) AND status = 'ACTIVE'",
        )
        .bind(&nir)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(dmp_id) = dmp_id else {
            report.sans_dmp.push(line.reference.clone());
            continue;
        };
        let r = &line.reference;
        let h = line.hospitalier;
        let written = match &line.family {
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
        .rows_affected();
        if written == 0 {
            report.deja_recues += 1;
        } else {
            report.acceptees += 1;
            if !fed.contains(&dmp_id) {
                fed.push(dmp_id);
            }
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

/// `POST /assurance-maladie/remboursements`.
pub async fn endpoint(
    State(state): State<crate::web::AppState>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    match admitted::<Batch>(&state.services, &headers, &body, "lot") {
        Ok(batch) => answer(feed(&state.pool, &batch, Utc::now()).await, "feed"),
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
