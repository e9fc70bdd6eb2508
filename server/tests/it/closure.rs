//! Closing a record (by its holder, at death), reopening it, and the purge
//! ten years after, against the real PostgreSQL.

use crate::common;

use app::domain::access::Refusal;
use app::professional::record::{self as pro_record, Lookup};
use app::professional::Search;
use chrono::{Duration, Utc};
use common::pro::*;
use common::{page, portal, post_form};
use sqlx::PgPool;

const MARIE: &str = "284077505612322";
const PASSWORD: &str = "Demo-DMP-Marie-2026";

async fn status(pool: &PgPool) -> (String, Option<String>) {
    sqlx::query_as(
        "SELECT d.status, d.closure_reason FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1",
    )
    .bind(MARIE)
    .fetch_one(pool)
    .await
    .unwrap()
}

async fn sign_in(pool: &PgPool) -> Result<&'static str, Vec<app::forms::fields::FieldError>> {
    let services = app::services::Services::new(common::KEY.to_vec(), app::domain::ins::Mode::Demo);
    let visit = app::account::flow::Visit {
        address: String::new(),
        token: None,
        kiosk: false,
        workshop: None,
        practice: None,
        now: Utc::now(),
    };
    app::account::flow::sign_in(pool, &services, &visit, "marieleroy", PASSWORD)
        .await
        .unwrap()
        .result
}

/// A fresh creation code for Marie, as the insurer sends one on request.
async fn new_code(pool: &PgPool, code: &str) {
    sqlx::query(
        "INSERT INTO creation_code (beneficiary_id, code_hash, issued_at, expires_at, sent_by) \
         SELECT id, $2, now(), now() + interval '30 days', 'email' FROM beneficiary WHERE nir = $1",
    )
    .bind(MARIE)
    .bind(app::secret::keyed_hash(common::KEY, &code.replace('-', "")).as_slice())
    .execute(pool)
    .await
    .unwrap();
}

fn reopen_form(code: &str, consent: bool) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("form[nir]", MARIE.to_string()),
        ("form[code]", code.to_string()),
        ("form[card_type]", "avec_photo".to_string()),
        ("form[serial]", "80345678901".to_string()),
    ];
    if consent {
        f.push(("consent", "oui".to_string()));
    }
    f
}

async fn post(
    app: &axum::Router,
    uri: &str,
    cookie: &str,
    referer: &str,
    fields: &[(&'static str, String)],
) -> (u16, String) {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    post_form(app, uri, cookie, referer, &fields).await
}

/// A card session, without opening a patient (the record may be closed).
async fn open_card_only(pool: &PgPool, card_number: &str) -> app::session::card::Holder {
    use app::session::card::{self, SignIn};
    let SignIn::Open(token) = card::sign_in(pool, common::KEY, card_number, "1234", Utc::now())
        .await
        .unwrap()
    else {
        panic!("card {card_number}")
    };
    let mut conn = pool.acquire().await.unwrap();
    card::current(&mut conn, common::KEY, &token, Utc::now())
        .await
        .unwrap()
        .unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn closing_needs_the_password_blocks_every_path_and_reopening_restores(pool: PgPool) {
    let cookie = common::marie_signed_in(&pool).await;
    let app = portal(&pool);
    let now = Utc::now();
    // A pharmacist with consent, and a professional session open on the record.
    let (pharmacist, marie, _) = open(&pool, PHARMACIST).await;
    app::professional::record::declare_consent(&pool, &pharmacist, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    let documents_before = listed(&pool, &pharmacist, &marie).await.unwrap().len();
    assert!(documents_before > 0);
    let close = "/api/dmp/cloturer";
    let referer = "/mon-dmp/cloturer";
    let (status_code, html) = page(&app, referer, &cookie).await;
    assert_eq!(status_code, 200);
    assert!(html.contains("Plus personne ne pourra consulter"), "{html}");

    // Without the box, or with a wrong password: nothing happens.
    let (_, location) = post(
        &app,
        close,
        &cookie,
        referer,
        &[("password", PASSWORD.into())],
    )
    .await;
    let (_, html) = page(&app, &location, &cookie).await;
    assert!(html.contains("Cochez la case pour confirmer"), "{html}");
    let (_, location) = post(
        &app,
        close,
        &cookie,
        referer,
        &[("password", "mauvais".into()), ("comprends", "oui".into())],
    )
    .await;
    let (_, html) = page(&app, &location, &cookie).await;
    assert!(
        html.contains("Mot de passe incorrect : votre DMP n&#x27;a pas été clôturé.")
            || html.contains("Mot de passe incorrect : votre DMP n'a pas été clôturé."),
        "{html}"
    );
    assert_eq!(status(&pool).await.0, "ACTIVE");

    let (code, location) = post(
        &app,
        close,
        &cookie,
        referer,
        &[
            ("password", PASSWORD.into()),
            ("comprends", "oui".into()),
            ("motif", "Je préfère un carnet papier".into()),
        ],
    )
    .await;
    assert_eq!((code, location.as_str()), (302, "/dmp-cloture"));
    assert_eq!(
        status(&pool).await,
        ("CLOSED".into(), Some("PATIENT_REQUEST".into()))
    );

    // The holder: signed out, and told at sign-in (after the right password only).
    let (_, html) = page(&app, "/mon-dmp", &cookie).await;
    assert!(
        html.contains("Pour consulter votre DMP, connectez-vous."),
        "{html}"
    );
    let refused = sign_in(&pool).await.unwrap_err();
    assert!(
        refused[0]
            .message
            .text()
            .starts_with("Votre DMP est clôturé"),
        "{refused:?}"
    );
    // Professionals: « DMP clôturé », even with a session opened before.
    let search = Search {
        ins: MARIE.into(),
        ..Search::default()
    };
    assert_eq!(
        pro_record::find_patient(&pool, &search).await.unwrap(),
        Lookup::Closed
    );
    let mut conn = pool.acquire().await.unwrap();
    let patient = pro_record::patient(&mut conn, marie.dmp_id, now)
        .await
        .unwrap()
        .unwrap();
    drop(conn);
    assert_eq!(
        listed(&pool, &pharmacist, &patient).await,
        Err(Refusal::Closed)
    );
    let open_sessions: i64 =
        sqlx::query_scalar("SELECT count(*) FROM professional_session WHERE dmp_id = $1")
            .bind(marie.dmp_id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(open_sessions, 0);
    // Nor can anyone feed it.
    let gp = open_card_only(&pool, GP).await;
    let refused = app::professional::feeding::deposit(
        &pool,
        &gp,
        &patient,
        app::professional::feeding::Deposit {
            type_code: "57833-6".into(),
            title: "Ordonnance".into(),
            date: String::new(),
            visibility: Default::default(),
            file: b"%PDF-1.7\n%%EOF\n".to_vec(),
            too_large: false,
        },
        now,
    )
    .await
    .unwrap()
    .unwrap_err();
    assert!(refused[0].message.text().contains("clôturé"), "{refused:?}");
    // Forgotten credentials point to reopening.
    new_code(&pool, "RECV-MARE-2345").await;
    let (_, location) = post(
        &app,
        "/api/connexion/oubli",
        "",
        "/connexion/oubli",
        &reopen_form("RECV-MARE-2345", false),
    )
    .await;
    let (_, html) = page(&app, &location, "").await;
    assert!(
        html.contains("Votre DMP est clôturé : rouvrez-le d"),
        "{html}"
    );
    // The insurer's feed finds no open record.
    let batch: server::insurer::Batch = serde_json::from_value(serde_json::json!({
        "lot": "L-CLOS",
        "lignes": [{"ref": "CLOS-1", "nir": MARIE, "date": "2026-11-01", "famille": "biologie",
                    "nabm": "1207", "libelle": "TSH", "quantite": 1}]
    }))
    .unwrap();
    let report = server::insurer::feed(&pool, &batch, now).await.unwrap();
    assert_eq!(report.sans_dmp, vec!["CLOS-1".to_string()]);
    // She was told.
    let told: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM outbox WHERE purpose = 'closure' AND recipient = 'marie.leroy@example.org'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(told, 1);

    // Reopening: identified as in step 1, with consent.
    new_code(&pool, "REPN-MARE-2345").await;
    let reopen = "/api/dmp/rouvrir";
    let (_, location) = post(
        &app,
        reopen,
        "",
        "/rouvrir-mon-dmp",
        &reopen_form("REPN-MARE-2345", false),
    )
    .await;
    let (_, html) = page(&app, &location, "").await;
    assert!(
        html.contains("Cochez la case pour donner votre accord"),
        "{html}"
    );
    assert_eq!(status(&pool).await.0, "CLOSED");
    let (_, location) = post(
        &app,
        reopen,
        "",
        "/rouvrir-mon-dmp",
        &reopen_form("REPN-MARE-2346", true),
    )
    .await;
    let (_, html) = page(&app, &location, "").await;
    assert!(
        html.contains("ne permettent pas de vous identifier"),
        "{html}"
    );
    let (code, location) = post(
        &app,
        reopen,
        "",
        "/rouvrir-mon-dmp",
        &reopen_form("REPN-MARE-2345", true),
    )
    .await;
    assert_eq!((code, location.as_str()), (302, "/rouvrir-mon-dmp/fait"));
    assert_eq!(status(&pool).await, ("ACTIVE".into(), None));
    // The same again (a double click): the code is spent, nothing changes.
    let (_, location) = post(
        &app,
        reopen,
        "",
        "/rouvrir-mon-dmp",
        &reopen_form("REPN-MARE-2345", true),
    )
    .await;
    assert_ne!(location, "/rouvrir-mon-dmp/fait");

    assert_eq!(sign_in(&pool).await, Ok("/connexion/code"));
    let (pharmacist, marie, _) = open(&pool, PHARMACIST).await;
    assert_eq!(
        listed(&pool, &pharmacist, &marie).await.unwrap().len(),
        documents_before,
        "documents restored"
    );
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM access_trace WHERE dmp_id = $1 AND action IN ('cloture', 'reouverture') ORDER BY seq",
    )
    .bind(marie.dmp_id)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(actions, vec!["cloture", "reouverture"]);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_death_closes_without_notifying_once_and_cannot_be_reopened(pool: PgPool) {
    use server::insurer::{record_death, DeathEvent};
    common::demo_records(&pool).await;
    let now = Utc::now();
    let ins: String = sqlx::query_scalar(
        "SELECT d.ins_value FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1",
    )
    .bind(MARIE)
    .fetch_one(&pool)
    .await
    .unwrap();
    let outbox = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM outbox")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let before = outbox().await;
    let event = |reference: &str| DeathEvent {
        reference: reference.into(),
        ins: ins.clone(),
        date_deces: now.date_naive(),
    };
    assert_eq!(
        record_death(&pool, &event("DC-1"), now)
            .await
            .unwrap()
            .resultat,
        "cloture"
    );
    assert_eq!(
        record_death(&pool, &event("DC-1"), now)
            .await
            .unwrap()
            .resultat,
        "deja_cloture"
    );
    assert_eq!(status(&pool).await, ("CLOSED".into(), Some("DEATH".into())));
    assert_eq!(outbox().await, before, "nobody is notified");
    let unknown = DeathEvent {
        ins: "299999999999999".into(),
        ..event("DC-2")
    };
    assert_eq!(
        record_death(&pool, &unknown, now).await.unwrap().resultat,
        "sans_dmp"
    );

    new_code(&pool, "REPN-MARE-2345").await;
    let (_, location) = post(
        &portal(&pool),
        "/api/dmp/rouvrir",
        "",
        "/rouvrir-mon-dmp",
        &reopen_form("REPN-MARE-2345", true),
    )
    .await;
    let (_, html) = page(&portal(&pool), &location, "").await;
    assert!(html.contains("Ce DMP ne peut plus être rouvert."), "{html}");
    assert_eq!(status(&pool).await.0, "CLOSED");
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_purge_destroys_only_records_closed_more_than_ten_years_ago(pool: PgPool) {
    use app::closure::store::{purge, Purged};
    common::demo_records(&pool).await;
    let now = Utc::now();
    let count = |table: &'static str, nir: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(&format!(
                "SELECT count(*) FROM {table} t JOIN dmp d ON d.id = t.dmp_id JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1"
            ))
            .bind(nir)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    let jean_pierre = "152116912304531";
    let documents = count("document", MARIE).await;
    let lines = count("record_remb_pharmacy", MARIE).await
        + count("record_remb_care", MARIE).await
        + count("record_remb_radiology", MARIE).await
        + count("record_remb_hospital", MARIE).await
        + count("record_remb_biology", MARIE).await;
    let traces = count("access_trace", MARIE).await;
    assert!(documents > 0 && lines > 0);
    let close = |nir: &'static str, at: chrono::DateTime<Utc>| {
        let pool = pool.clone();
        async move {
            sqlx::query(
                "UPDATE dmp SET status = 'CLOSED', closed_at = $2, closure_reason = 'PATIENT_REQUEST' \
                 WHERE beneficiary_id = (SELECT id FROM beneficiary WHERE nir = $1)",
            )
            .bind(nir)
            .bind(at)
            .execute(&pool)
            .await
            .unwrap();
        }
    };
    // Marie: closed ten years and a day ago. Jean-Pierre: ten years less a day.
    close(MARIE, now - Duration::days(3653 + 1)).await;
    close(jean_pierre, now - Duration::days(3652 - 1)).await;
    // Run by `server serve` hourly, by the instance that claims the hour:
    // when another has claimed it, this one does nothing.
    use server::housekeeping::{claim, hourly_retention};
    assert!(claim(&pool, "retention", Duration::minutes(60), now)
        .await
        .unwrap());
    let busy = hourly_retention(&pool, now + Duration::minutes(59))
        .await
        .unwrap();
    assert!(busy.is_none());
    assert!(count("document", MARIE).await > 0, "nothing done meanwhile");
    let purged = hourly_retention(&pool, now + Duration::minutes(60))
        .await
        .unwrap()
        .expect("the next hour is free")
        .purged;
    assert_eq!(
        purged,
        Purged {
            records: 1,
            documents: documents as u64,
            reimbursement_lines: lines as u64,
            traces: traces as u64
        }
    );
    let left: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1",
    )
    .bind(MARIE)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(left, 0);
    assert!(
        count("document", jean_pierre).await > 0,
        "kept until its ten years are over"
    );
    assert_eq!(
        purge(&pool, now).await.unwrap(),
        Purged::default(),
        "idempotent"
    );
    // The rest of the trace chain is still whole.
    assert!(server::audit::verify(&pool)
        .await
        .unwrap()
        .problems
        .is_empty());
}
