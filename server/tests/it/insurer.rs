//! The insurer's feed writes reimbursement lines into records and reads
//! nothing back: its answers hold counts and its own references only.

use crate::common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use server::web::{leptos_options, router, AppState};
use sqlx::PgPool;
use tower::ServiceExt;

const TOKEN: &str = "jeton-du-flux-assurance-maladie";

fn portal(pool: &PgPool, token: Option<&str>) -> axum::Router {
    router(AppState {
        leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
        pool: pool.clone(),
        services: app::services::Services::new(common::KEY.to_vec(), app::domain::ins::Mode::Demo)
            .with_insurer_token(token),
    })
}

async fn send(
    app: &axum::Router,
    token: Option<&str>,
    body: &serde_json::Value,
) -> (StatusCode, serde_json::Value) {
    let mut request = Request::post("/assurance-maladie/remboursements")
        .header("content-type", "application/json");
    if let Some(t) = token {
        request = request.header("authorization", format!("Bearer {t}"));
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::from(body.to_string())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    )
}

fn batch() -> serde_json::Value {
    serde_json::json!({
        "lot": "2026-11-22-001",
        "lignes": [
            {"ref": "L1", "nir": "284077505612322", "famille": "pharmacie", "date": "2026-11-20",
             "cip13": "3400936403114", "libelle": "PARACETAMOL 1 G CPR", "principes_actifs": "PARACETAMOL", "quantite": 2},
            {"ref": "L2", "nir": "2 84 07 75 056 123 22", "famille": "soins", "date": "2026-11-19",
             "acte_systeme": "NGAP", "acte_code": "G", "coefficient": 1.0, "libelle": "Consultation", "specialite": "Médecine générale"},
            {"ref": "L3", "nir": "284077505612322", "famille": "radiologie", "date": "2026-11-18", "hospitalier": true,
             "ccam": "ZBQK002", "coefficient": 1.0, "libelle": "Radiographie du thorax"},
            {"ref": "L4", "nir": "284077505612322", "famille": "hospitalisation", "date": "2026-11-01",
             "duree_jours": 3, "nature": "Hospitalisation complète"},
            {"ref": "L5", "nir": "152116912304531", "famille": "biologie", "date": "2026-11-17",
             "nabm": "1208", "libelle": "TSH", "quantite": 1},
            // Claire DUBOIS has no DMP: nothing is written for her.
            {"ref": "L6", "nir": "269054958815780", "famille": "biologie", "date": "2026-11-17",
             "nabm": "1208", "libelle": "TSH", "quantite": 1}
        ]
    })
}

async fn lines(pool: &PgPool) -> i64 {
    let tables = app::record::reimbursements::TABLES
        .map(|t| format!("(SELECT count(*) FROM {t} WHERE feed_ref IS NOT NULL)"))
        .join(" + ");
    sqlx::query_scalar(&format!("SELECT {tables}"))
        .fetch_one(pool)
        .await
        .unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_feed_writes_once_and_answers_counts_only(pool: PgPool) {
    common::demo_records(&pool).await;
    let closed = portal(&pool, None);
    assert_eq!(
        send(&closed, Some(TOKEN), &batch()).await.0,
        StatusCode::NOT_FOUND,
        "closed without a token"
    );
    let app = portal(&pool, Some(TOKEN));
    assert_eq!(send(&app, None, &batch()).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(
        send(&app, Some("un-autre-jeton"), &batch()).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(lines(&pool).await, 0, "nothing written without the token");

    let (status, report) = send(&app, Some(TOKEN), &batch()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        report,
        serde_json::json!({"lot": "2026-11-22-001", "acceptees": 5, "deja_recues": 0, "sans_dmp": ["L6"]})
    );
    assert_eq!(lines(&pool).await, 5);
    // The same batch again (a retry after a cut): nothing twice.
    let (_, again) = send(&app, Some(TOKEN), &batch()).await;
    assert_eq!(again["acceptees"], 0);
    assert_eq!(again["deja_recues"], 5);
    assert_eq!(lines(&pool).await, 5);

    // A batch that cannot be read writes nothing.
    let bad = serde_json::json!({"lot": "x", "lignes": [{"ref": "Z", "nir": "284077505612322", "famille": "inconnue", "date": "2026-11-20"}]});
    assert_eq!(
        send(&app, Some(TOKEN), &bad).await.0,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let traced: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT action, reason FROM access_trace WHERE actor_kind = 'assurance_maladie' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        traced,
        [
            (
                "alimentation_remboursements".to_string(),
                Some("lot 2026-11-22-001".to_string())
            ),
            (
                "alimentation_remboursements".to_string(),
                Some("lot 2026-11-22-001".to_string())
            ),
        ],
        "one line per record fed, none for the retry"
    );
    let hospital: (i32, bool) = sqlx::query_as(
        "SELECT length_days, hospital FROM record_remb_hospital WHERE feed_ref = 'L4'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(hospital, (3, true));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_death_event_needs_the_token_and_applies_once(pool: PgPool) {
    common::demo_records(&pool).await;
    let ins: String = sqlx::query_scalar(
        "SELECT d.ins_value FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = '152116912304531'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let post = |app: axum::Router, token: Option<&'static str>, body: serde_json::Value| async move {
        let mut request =
            Request::post("/assurance-maladie/deces").header("content-type", "application/json");
        if let Some(t) = token {
            request = request.header("authorization", format!("Bearer {t}"));
        }
        let response = app
            .oneshot(request.body(Body::from(body.to_string())).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (
            status,
            serde_json::from_slice::<serde_json::Value>(&bytes).unwrap_or_default(),
        )
    };
    let event = serde_json::json!({"ref": "DC-2026-1", "ins": ins, "date_deces": "2026-11-20"});
    assert_eq!(
        post(portal(&pool, None), Some(TOKEN), event.clone())
            .await
            .0,
        StatusCode::NOT_FOUND
    );
    let app = portal(&pool, Some(TOKEN));
    assert_eq!(
        post(app.clone(), Some("faux"), event.clone()).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        post(app.clone(), Some(TOKEN), serde_json::json!({"ins": ins}))
            .await
            .0,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let (status, answer) = post(app.clone(), Some(TOKEN), event.clone()).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        answer,
        serde_json::json!({"ref": "DC-2026-1", "resultat": "cloture"})
    );
    let (_, answer) = post(app, Some(TOKEN), event).await;
    assert_eq!(answer["resultat"], "deja_cloture");
    let (status, reason, death): (String, String, Option<chrono::NaiveDate>) =
        sqlx::query_as("SELECT status, closure_reason, death_date FROM dmp WHERE ins_value = $1")
            .bind(&ins)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), reason.as_str()), ("CLOSED", "DEATH"));
    assert_eq!(death, chrono::NaiveDate::from_ymd_opt(2026, 11, 20));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn bad_lines_are_refused_one_by_one_and_the_rest_is_written(pool: PgPool) {
    common::demo_records(&pool).await;
    let app = portal(&pool, Some(TOKEN));
    let marie = "284077505612322";
    let body = serde_json::json!({
        "lot": "2026-11-24-002",
        "lignes": [
            {"ref": "B1", "nir": marie, "famille": "soins", "date": "2026-11-20",
             "acte_systeme": "NGAP", "acte_code": "G", "coefficient": 1.0, "libelle": "Consultation", "specialite": "Médecine générale"},
            // numeric(6,2) cannot hold it: this used to make the whole batch 503.
            {"ref": "B2", "nir": marie, "famille": "radiologie", "date": "2026-11-18",
             "ccam": "ZBQK002", "coefficient": 1.0e9, "libelle": "Radiographie"},
            {"ref": "B3", "nir": marie, "famille": "biologie", "date": "2026-11-17",
             "nabm": "1208", "libelle": "TSH\u{0}", "quantite": 1},
            {"ref": "B4", "nir": marie, "famille": "inconnue", "date": "2026-11-17"},
            {"ref": "B5", "nir": marie, "famille": "hospitalisation", "date": "2999-01-01",
             "duree_jours": 3, "nature": "Hospitalisation complète"},
            {"nir": marie, "famille": "biologie", "date": "2026-11-17",
             "nabm": "1208", "libelle": "TSH", "quantite": -4}
        ]
    });
    let (status, report) = send(&app, Some(TOKEN), &body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{report}");
    assert_eq!(report["acceptees"], 1);
    let refused: Vec<&str> = report["rejetees"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ref"].as_str().unwrap())
        .collect();
    assert_eq!(refused, ["B2", "B3", "B4", "B5", "#6"]);
    assert!(report["rejetees"][0]["motif"]
        .as_str()
        .unwrap()
        .contains("coefficient"));
    assert_eq!(lines(&pool).await, 1, "only the good line was written");
    // Sent again once corrected: the good line is not written twice.
    let (status, report) = send(
        &app,
        Some(TOKEN),
        &serde_json::json!({"lot": "2026-11-24-003", "lignes": [body["lignes"][0]]}),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(report["deja_recues"], 1);
    assert!(report.get("rejetees").is_none());
}
