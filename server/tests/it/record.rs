//! The record through HTTP, as a browser without JavaScript sees it: only
//! the holder's own data, behind a signed-in session, every view traced.

use crate::common;

use app::account::flow as account;
use app::creation::flow as creation;
use app::creation::informations::InformationsForm;
use app::domain::ins::Mode;
use app::password::NewPasswordForm;
use app::registry::identify::IdentifyForm;
use app::services::Services;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use chrono::Utc;
use http_body_util::BodyExt;
use server::web::{leptos_options, router, AppState};
use sqlx::PgPool;
use tower::ServiceExt;

struct Portal {
    app: axum::Router,
    services: Services,
}

async fn portal(pool: &PgPool) -> Portal {
    // The HTTP layer reads the real clock: the registry is dated today.
    let args = server::seed::SeedArgs {
        as_of: Some(Utc::now().date_naive()),
        ..common::args(20)
    };
    server::seed::seed(pool, common::KEY, &args).await.unwrap();
    server::database::sync_reference(pool).await.unwrap();
    let services = Services::new(common::KEY.to_vec(), Mode::Demo);
    let app = router(AppState {
        leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
        pool: pool.clone(),
        services: services.clone(),
    });
    Portal { app, services }
}

/// Creates the DMP and signs in for good (code, new password); returns the
/// session cookie.
async fn signed_in(pool: &PgPool, s: &Services, who: IdentifyForm) -> String {
    let v = creation::Visit {
        token: None,
        address: "192.0.2.40".into(),
        kiosk: false,
        workshop: None,
        practice: None,
        now: Utc::now(),
    };
    let a = creation::identify(pool, s, &v, who).await.unwrap();
    let creation::Cookie::Set(t) = a.cookie else {
        panic!("{a:?}")
    };
    let v = creation::Visit {
        token: Some(t),
        ..v
    };
    let contact = InformationsForm {
        email: "patient@exemple.fr".into(),
        email_confirm: "patient@exemple.fr".into(),
        accept: Some("on".into()),
        ..InformationsForm::default()
    };
    creation::informations(pool, s, &v, contact).await.unwrap();
    let c = creation::state(pool, s, &v)
        .await
        .unwrap()
        .0
        .credentials
        .unwrap();

    let at = |token: Option<&str>| account::Visit {
        address: String::new(),
        token: token.map(str::to_string),
        kiosk: false,
        workshop: None,
        practice: None,
        now: Utc::now(),
    };
    let o = account::sign_in(
        pool,
        s,
        &at(None),
        &c.login,
        c.initial_password.as_deref().unwrap(),
    )
    .await
    .unwrap();
    let account::Cookie::Set(t) = o.cookie else {
        panic!("{o:?}")
    };
    account::send_code(pool, s, &at(Some(&t)), "email")
        .await
        .unwrap();
    let body: String = sqlx::query_scalar(
        "SELECT body FROM outbox WHERE purpose = 'sign_in_code' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let code = body
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap();
    let o = account::verify_code(pool, s, &at(Some(&t)), code)
        .await
        .unwrap();
    let account::Cookie::Set(t) = o.cookie else {
        panic!("{o:?}")
    };
    let form = NewPasswordForm {
        password: "lapin-vert-soupe-nuage".into(),
        confirm: "lapin-vert-soupe-nuage".into(),
    };
    let o = account::change_password(pool, s, &at(Some(&t)), &form)
        .await
        .unwrap();
    let account::Cookie::Set(t) = o.cookie else {
        panic!("{o:?}")
    };
    format!("{}={t}", app::session::patient::COOKIE)
}

async fn page(app: &axum::Router, uri: &str, cookie: Option<&str>) -> (StatusCode, String) {
    let mut request = Request::get(uri).header("accept", "text/html");
    if let Some(c) = cookie {
        request = request.header("cookie", c);
    }
    let response = app
        .clone()
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    assert_eq!(response.headers()["cache-control"], "no-store", "{uri}");
    let body = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&body).into_owned())
}

fn claire() -> IdentifyForm {
    IdentifyForm {
        nir: "269054958815780".into(),
        code: "DEMA-2345-6789".into(),
        card_type: "avec_photo".into(),
        serial: "80123456789".into(),
    }
}

fn lea() -> IdentifyForm {
    IdentifyForm {
        nir: "283019711200550".into(),
        code: "DEMC-2345-6789".into(),
        card_type: "avec_photo".into(),
        serial: "80234567890".into(),
    }
}

/// Documents listed in a page (each links to its own page).
fn document_links(html: &str) -> usize {
    html.matches(r#"href="/mon-dmp/documents/"#).count()
}

fn rows(html: &str) -> usize {
    html.matches("<tr><td data-label=").count()
}

async fn lines_of(pool: &PgPool, nir: &str, from: &str, to: &str) -> i64 {
    let mut total = 0;
    for (table, date) in [
        ("record_remb_pharmacy", "care_date"),
        ("record_remb_care", "care_date"),
        ("record_remb_radiology", "care_date"),
        ("record_remb_hospital", "admission_date"),
        ("record_remb_biology", "care_date"),
    ] {
        let n: i64 = sqlx::query_scalar(&format!(
            "SELECT count(*) FROM {table} r JOIN dmp d ON d.id = r.dmp_id \
             JOIN beneficiary b ON b.id = d.beneficiary_id \
             WHERE b.nir = $1 AND r.{date} BETWEEN $2::date AND $3::date"
        ))
        .bind(nir)
        .bind(from)
        .bind(to)
        .fetch_one(pool)
        .await
        .unwrap();
        total += n;
    }
    total
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_holder_reads_their_own_reimbursements_by_period(pool: PgPool) {
    let p = portal(&pool).await;
    let claire_cookie = signed_in(&pool, &p.services, claire()).await;
    let lea_cookie = signed_in(&pool, &p.services, lea()).await;

    let (status, home) = page(&p.app, "/mon-dmp", Some(&claire_cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(home.contains("DUBOIS Claire"));
    assert!(home.contains("Données de remboursement"));

    let today = Utc::now().date_naive();
    let all_from = app::registry::history_start(Utc::now()).to_string();
    let (_, html) = page(&p.app, "/mon-dmp/remboursements", Some(&claire_cookie)).await;
    for title in [
        "Pharmacie / fournitures",
        "Soins médicaux et dentaires",
        "Radiologie",
        "Hospitalisation",
        "Biologie",
    ] {
        assert!(html.contains(title), "{title}");
    }
    assert!(html.contains("Principes actifs"), "{html}");
    let claire_all = lines_of(&pool, "269054958815780", &all_from, &today.to_string()).await;
    assert!(claire_all > 0, "{claire_all}");
    assert_eq!(
        rows(&html) as i64,
        claire_all,
        "all of Claire's lines, only hers"
    );
    let (_, lea_html) = page(&p.app, "/mon-dmp/remboursements", Some(&lea_cookie)).await;
    let lea_all = lines_of(&pool, "283019711200550", &all_from, &today.to_string()).await;
    assert_eq!(rows(&lea_html) as i64, lea_all);

    // A period: only its lines; reversed dates are put back in order.
    let from = (today - chrono::Duration::days(180)).to_string();
    let to = (today - chrono::Duration::days(30)).to_string();
    let expected = lines_of(&pool, "269054958815780", &from, &to).await;
    let (_, html) = page(
        &p.app,
        &format!("/mon-dmp/remboursements?du={to}&au={from}"),
        Some(&claire_cookie),
    )
    .await;
    assert_eq!(rows(&html) as i64, expected);
    assert!(html.contains("remise à l"));
    let (_, html) = page(
        &p.app,
        "/mon-dmp/remboursements?du=2001-01-01&au=2001-12-31",
        Some(&claire_cookie),
    )
    .await;
    assert_eq!(rows(&html), 0);
    assert!(html.contains("Aucun remboursement sur cette période."));
    let (_, html) = page(
        &p.app,
        "/mon-dmp/remboursements?du=hier",
        Some(&claire_cookie),
    )
    .await;
    assert!(html.contains("La date de début n"));

    // Nobody signed in: nothing but the way to sign in.
    let (_, html) = page(&p.app, "/mon-dmp/remboursements", None).await;
    assert_eq!(rows(&html), 0);
    assert!(html.contains("connectez-vous"));

    let traced: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM access_trace WHERE action = 'consultation_remboursements'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(traced, 5);
}

/// A document in someone's record, written as a professional's feed would.
async fn deposit(
    pool: &PgPool,
    nir: &str,
    type_code: &str,
    title: &str,
    days_ago: i64,
    hidden: bool,
) -> i64 {
    sqlx::query_scalar(
        "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, author_professional_id, \
         content_type, content, hidden_from_patient) \
         SELECT d.id, $2, $3, current_date - $4::int, now(), (SELECT min(id) FROM professional), \
                'application/pdf', $5, $6 \
         FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1 RETURNING id",
    )
    .bind(nir)
    .bind(type_code)
    .bind(title)
    .bind(days_ago as i32)
    .bind(b"%PDF-1.7 test document".as_slice())
    .bind(hidden)
    .fetch_one(pool)
    .await
    .unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn every_document_type_lands_in_the_space_its_table_says(pool: PgPool) {
    use app::record::documents::{all_time, store::space, SPACES};
    let p = portal(&pool).await;
    signed_in(&pool, &p.services, claire()).await;
    let types: Vec<(String, String)> =
        sqlx::query_as("SELECT code, space FROM document_type ORDER BY code")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(types.len(), 101, "every type of data/document_types.csv");
    for (i, (code, _)) in types.iter().enumerate() {
        deposit(
            &pool,
            "269054958815780",
            code,
            &format!("Document {code}"),
            i as i64,
            false,
        )
        .await;
    }
    let dmp_id: i64 = sqlx::query_scalar("SELECT id FROM dmp")
        .fetch_one(&pool)
        .await
        .unwrap();
    for (slug, _) in SPACES {
        let mut listed = Vec::new();
        for page in 1.. {
            let (from, to) = all_time();
            let reader = app::record::documents::store::Reader {
                dmp_id,
                actor: app::domain::access::Actor::Holder,
            };
            let (rows, total) = space(&pool, reader, slug, from, to, page).await.unwrap();
            // Each deposit was dated a day earlier than the one before it.
            assert!(rows.windows(2).all(|w| w[0].id < w[1].id), "newest first");
            listed.extend(rows.into_iter().map(|r| r.title));
            if listed.len() as i64 >= total {
                break;
            }
        }
        let mut expected: Vec<String> = types
            .iter()
            .filter(|(_, s)| s == slug)
            .map(|(c, _)| format!("Document {c}"))
            .collect();
        listed.sort();
        expected.sort();
        assert_eq!(listed, expected, "space {slug}");
    }
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn another_records_documents_answer_404(pool: PgPool) {
    let p = portal(&pool).await;
    let claire_cookie = signed_in(&pool, &p.services, claire()).await;
    signed_in(&pool, &p.services, lea()).await;
    let own = deposit(
        &pool,
        "269054958815780",
        "11488-4",
        "Consultation du 3 mars",
        10,
        false,
    )
    .await;
    let hidden = deposit(
        &pool,
        "269054958815780",
        "11502-2",
        "Résultats en attente d'annonce",
        5,
        true,
    )
    .await;
    let foreign = deposit(
        &pool,
        "283019711200550",
        "11488-4",
        "Consultation de Léa",
        10,
        false,
    )
    .await;

    let (status, html) = page(
        &p.app,
        "/mon-dmp/espace/comptes-rendus",
        Some(&claire_cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Consultation du 3 mars"));
    assert!(!html.contains("Consultation de Léa"));
    let (_, html) = page(&p.app, "/mon-dmp/espace/analyses", Some(&claire_cookie)).await;
    assert!(
        !html.contains("Résultats en attente"),
        "hidden from the patient"
    );
    let (_, home) = page(&p.app, "/mon-dmp", Some(&claire_cookie)).await;
    assert!(home.contains("Consultation du 3 mars") && !home.contains("Consultation de Léa"));

    let (status, html) = page(
        &p.app,
        &format!("/mon-dmp/documents/{own}"),
        Some(&claire_cookie),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("CR ou fiche de consultation ou de visite"));
    for id in [foreign, hidden, 999_999] {
        let (status, html) = page(
            &p.app,
            &format!("/mon-dmp/documents/{id}"),
            Some(&claire_cookie),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{id}");
        assert!(html.contains("introuvable"));
        let (status, _) = page(
            &p.app,
            &format!("/mon-dmp/documents/{id}/fichier"),
            Some(&claire_cookie),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{id}");
    }
    let (status, _) = page(&p.app, &format!("/mon-dmp/documents/{own}/fichier"), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "nobody signed in");
    let (status, _) = page(&p.app, "/mon-dmp/espace/nulle-part", Some(&claire_cookie)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    let response = p
        .app
        .clone()
        .oneshot(
            Request::get(format!("/mon-dmp/documents/{own}/fichier?telecharger=1"))
                .header("cookie", &claire_cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert_eq!(response.headers()["cache-control"], "no-store");
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    // Framed by the record's own page only; no sandbox, which would stop the PDF viewer.
    assert_eq!(
        response.headers()["content-security-policy"],
        "frame-ancestors 'self'"
    );
    assert_eq!(response.headers()["x-frame-options"], "SAMEORIGIN");
    let traced: Vec<(String, Option<i64>)> = sqlx::query_as(
        "SELECT action, document_id FROM access_trace WHERE document_id IS NOT NULL ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        traced,
        [
            ("consultation_document".to_string(), Some(own)),
            ("telechargement_document".to_string(), Some(own))
        ]
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_ready_demo_record_is_full_at_first_sign_in(pool: PgPool) {
    let args = server::seed::SeedArgs {
        as_of: Some(Utc::now().date_naive()),
        without_records: false,
        ..common::args(30)
    };
    server::seed::seed(&pool, common::KEY, &args).await.unwrap();
    let report = server::seed::demo_report(&pool, common::KEY).await.unwrap();
    assert!(report.contains("identifiant marieleroy   mot de passe Demo-DMP-Marie-2026"));
    let services = Services::new(common::KEY.to_vec(), Mode::Demo);
    let portal = router(AppState {
        leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
        pool: pool.clone(),
        services: services.clone(),
    });
    let at = |token: Option<&str>| account::Visit {
        address: String::new(),
        token: token.map(str::to_string),
        kiosk: false,
        workshop: None,
        practice: None,
        now: Utc::now(),
    };
    let o = account::sign_in(
        &pool,
        &services,
        &at(None),
        "marieleroy",
        "Demo-DMP-Marie-2026",
    )
    .await
    .unwrap();
    let account::Cookie::Set(t) = o.cookie else {
        panic!("{o:?}")
    };
    account::send_code(&pool, &services, &at(Some(&t)), "email")
        .await
        .unwrap();
    let body: String = sqlx::query_scalar(
        "SELECT body FROM outbox WHERE purpose = 'sign_in_code' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let code = body
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap();
    let o = account::verify_code(&pool, &services, &at(Some(&t)), code)
        .await
        .unwrap();
    assert_eq!(
        o.result,
        Ok(app::account::state::RECORD_PATH),
        "no password change for a ready record"
    );
    let account::Cookie::Set(t) = o.cookie else {
        panic!("{o:?}")
    };
    let cookie = format!("{}={t}", app::session::patient::COOKIE);

    let (_, home) = page(&portal, "/mon-dmp", Some(&cookie)).await;
    assert!(home.contains("LEROY Marie"));
    for slug in [
        "syntheses",
        "traitements",
        "analyses",
        "imagerie",
        "comptes-rendus",
        "prevention",
        "certificats",
    ] {
        let (status, html) = page(&portal, &format!("/mon-dmp/espace/{slug}"), Some(&cookie)).await;
        assert_eq!(status, StatusCode::OK);
        assert!(document_links(&html) >= 1, "{slug} has documents");
    }
    let (_, personal) = page(&portal, "/mon-dmp/espace/personnel", Some(&cookie)).await;
    assert!(
        personal.contains("Mes allergies et mes vaccins") && personal.contains("Déposé par vous")
    );

    let id: i64 = sqlx::query_scalar("SELECT id FROM document WHERE title = 'Bilan thyroïdien' AND dmp_id = (SELECT dmp_id FROM patient_account WHERE login = 'marieleroy')")
        .fetch_one(&pool)
        .await
        .unwrap();
    let response = portal
        .clone()
        .oneshot(
            Request::get(format!("/mon-dmp/documents/{id}/fichier"))
                .header("cookie", &cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    let text = lopdf::Document::load_mem(&bytes)
        .unwrap()
        .extract_text(&[1])
        .unwrap();
    assert!(
        text.contains("LEROY Marie") && text.contains("TSH"),
        "{text}"
    );
}

/// A multipart form as a browser sends it.
fn multipart(fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> (String, Vec<u8>) {
    let boundary = "----dmp-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    if let Some((filename, bytes)) = file {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn post(
    app: &axum::Router,
    uri: &str,
    cookie: &str,
    content_type: &str,
    body: Vec<u8>,
) -> (StatusCode, String, bool) {
    let response = app
        .clone()
        .oneshot(
            Request::post(uri)
                .header("accept", "text/html")
                .header("referer", "http://127.0.0.1:3000/mon-dmp/deposer")
                .header("content-type", content_type)
                .header("cookie", cookie)
                .body(Body::from(body))
                .unwrap(),
        )
        .await
        .unwrap();
    let location = response
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_string())
        .unwrap_or_default();
    (
        response.status(),
        location,
        carries_errors(response.headers()),
    )
}

/// Whether a refused form's errors were sent back to its page (in the
/// signed one-time cookie, never in the address).
fn carries_errors(headers: &axum::http::HeaderMap) -> bool {
    headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|c| c.to_str().ok())
        .any(|c| c.starts_with("dmp_retour=") && !c.starts_with("dmp_retour=;"))
}

async fn active_documents(pool: &PgPool) -> Vec<(String, String, String)> {
    sqlx::query_as(
        "SELECT title, content_type, type_code FROM document WHERE by_patient AND status = 'ACTIVE' ORDER BY id",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn uploads_are_checked_by_their_bytes_and_only_ones_own_can_be_deleted(pool: PgPool) {
    let p = portal(&pool).await;
    let cookie = signed_in(&pool, &p.services, claire()).await;
    signed_in(&pool, &p.services, lea()).await;
    let upload = "/api/dmp/deposer";

    // A real PDF, into the type's space: Comptes rendus.
    let (ct, body) = multipart(
        &[
            ("type_code", "DOCPAT03"),
            ("title", "Compte rendu de kiné"),
            ("date", ""),
        ],
        Some(("cr.pdf", b"%PDF-1.4 contenu")),
    );
    let (status, location, _) = post(&p.app, upload, &cookie, &ct, body).await;
    assert_eq!(status, StatusCode::FOUND);
    assert_eq!(location, "/mon-dmp/espace/comptes-rendus");
    let (_, html) = page(&p.app, "/mon-dmp/espace/comptes-rendus", Some(&cookie)).await;
    assert!(html.contains("Compte rendu de kiné") && html.contains("Déposé par vous"));

    // The same form posted again (a double click): filed once.
    let (ct, body) = multipart(
        &[
            ("type_code", "DOCPAT03"),
            ("title", "Compte rendu de kiné"),
            ("date", ""),
        ],
        Some(("cr.pdf", b"%PDF-1.4 contenu")),
    );
    assert_eq!(
        post(&p.app, upload, &cookie, &ct, body).await.0,
        StatusCode::FOUND
    );

    // A JPEG is recognised as one whatever its name.
    let (ct, body) = multipart(
        &[
            ("type_code", "DOCPAT04"),
            ("title", "Photo de la radio"),
            ("date", "2026-01-15"),
        ],
        Some((
            "radio.pdf",
            &[0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'],
        )),
    );
    assert_eq!(
        post(&p.app, upload, &cookie, &ct, body).await.0,
        StatusCode::FOUND
    );

    // Refused, and nothing written: a text file named .pdf, a file too big,
    // a professional's type, a missing title, a date in the future.
    let too_big = vec![b'%'; app::deposit::MAX_BYTES + 1];
    type Form<'a> = (Vec<(&'a str, &'a str)>, Option<(&'a str, &'a [u8])>);
    let refused: Vec<Form> = vec![
        (
            vec![("type_code", "DOCPAT03"), ("title", "Faux PDF")],
            Some(("faux.pdf", b"bonjour")),
        ),
        (
            vec![("type_code", "DOCPAT03"), ("title", "Trop gros")],
            Some(("gros.pdf", &too_big)),
        ),
        (
            vec![("type_code", "11488-4"), ("title", "Type de pro")],
            Some(("a.pdf", b"%PDF-1.4")),
        ),
        (
            vec![("type_code", "DOCPAT03"), ("title", "  ")],
            Some(("a.pdf", b"%PDF-1.4")),
        ),
        (
            vec![
                ("type_code", "DOCPAT03"),
                ("title", "Futur"),
                ("date", "2999-01-01"),
            ],
            Some(("a.pdf", b"%PDF-1.4")),
        ),
        (
            vec![("type_code", "DOCPAT03"), ("title", "Sans fichier")],
            None,
        ),
    ];
    for (fields, file) in refused {
        let (ct, body) = multipart(&fields, file);
        let (status, location, errors) = post(&p.app, upload, &cookie, &ct, body).await;
        assert_eq!(status, StatusCode::FOUND, "{fields:?}");
        assert!(
            errors && !location.contains("__err"),
            "{fields:?}: back to the form with the error"
        );
    }
    let docs = active_documents(&pool).await;
    assert_eq!(
        docs,
        [
            (
                "Compte rendu de kiné".to_string(),
                "application/pdf".to_string(),
                "DOCPAT03".to_string()
            ),
            (
                "Photo de la radio".to_string(),
                "image/jpeg".to_string(),
                "DOCPAT04".to_string()
            ),
        ]
    );

    // Deleting: one's own deposit yes; a professional's or someone else's, no.
    let own: i64 =
        sqlx::query_scalar("SELECT id FROM document WHERE title = 'Compte rendu de kiné'")
            .fetch_one(&pool)
            .await
            .unwrap();
    let professional = deposit(
        &pool,
        "269054958815780",
        "11488-4",
        "Consultation",
        3,
        false,
    )
    .await;
    let foreign = deposit(&pool, "283019711200550", "11488-4", "Chez Léa", 3, false).await;
    sqlx::query(
        "UPDATE document SET by_patient = true, author_professional_id = NULL WHERE id = $1",
    )
    .bind(foreign)
    .execute(&pool)
    .await
    .unwrap();
    let form = "application/x-www-form-urlencoded";
    for id in [professional, foreign] {
        let (_, location, errors) = post(
            &p.app,
            "/api/dmp/supprimer",
            &cookie,
            form,
            format!("id={id}").into_bytes(),
        )
        .await;
        assert!(errors && !location.contains("__err"), "{id} refused");
    }
    let (status, location, _) = post(
        &p.app,
        "/api/dmp/supprimer",
        &cookie,
        form,
        format!("id={own}").into_bytes(),
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (StatusCode::FOUND, "/mon-dmp/espace/comptes-rendus")
    );
    let statuses: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, status FROM document ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert!(statuses.contains(&(own, "DELETED".to_string())));
    assert!(statuses.contains(&(professional, "ACTIVE".to_string())));
    assert!(statuses.contains(&(foreign, "ACTIVE".to_string())));
    let (_, html) = page(&p.app, "/mon-dmp/espace/comptes-rendus", Some(&cookie)).await;
    assert!(!html.contains("Compte rendu de kiné"));
}

/// A form as a browser without JavaScript posts it (`application/x-www-form-urlencoded`).
fn urlencoded(fields: &[(&str, &str)]) -> Vec<u8> {
    let encode = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes()
}

/// Where a form leads, and whether it came back with errors.
async fn post_form(
    app: &axum::Router,
    uri: &str,
    cookie: &str,
    fields: &[(&str, &str)],
) -> (String, bool) {
    let (status, location, errors) = post(
        app,
        uri,
        cookie,
        "application/x-www-form-urlencoded",
        urlencoded(fields),
    )
    .await;
    assert_eq!(status, StatusCode::FOUND, "{uri} {fields:?}");
    (location, errors)
}

async fn traced(pool: &PgPool, action: &str) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM access_trace WHERE action = $1")
        .bind(action)
        .fetch_one(pool)
        .await
        .unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_personal_space_keeps_notes_contacts_wishes_and_directives(pool: PgPool) {
    let p = portal(&pool).await;
    let cookie = signed_in(&pool, &p.services, claire()).await;
    let lea_cookie = signed_in(&pool, &p.services, lea()).await;
    let api = |path: &str| format!("/api/dmp/espace-personnel{path}");
    let done = |code: &str| format!("/mon-dmp/espace-personnel?fait={code}");

    let (status, html) = page(&p.app, "/mon-dmp/espace-personnel", Some(&cookie)).await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Aucune personne à prévenir"));
    let (status, _) = page(&p.app, "/mon-dmp/espace-personnel/ailleurs", Some(&cookie)).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Notes, contact details, organ donation: saved, shown, traced.
    let notes = [
        ("form[allergies]", "Pénicilline : urticaire"),
        ("form[history]", "Asthme depuis l'enfance"),
        ("form[operations]", "Appendicite (1998)"),
        ("form[blood_group]", "O+"),
        ("form[free_note]", ""),
    ];
    assert_eq!(
        post_form(&p.app, &api("/notes"), &cookie, &notes).await,
        (done("notes"), false)
    );
    let coordinates = [
        ("form[address]", "12 rue des Lilas"),
        ("form[postal_code]", "75015"),
        ("form[town]", "Paris"),
        ("form[phone]", "01 23 45 67 89"),
    ];
    assert_eq!(
        post_form(&p.app, &api("/coordonnees"), &cookie, &coordinates).await,
        (done("coordonnees"), false)
    );
    assert_eq!(
        post_form(&p.app, &api("/don"), &cookie, &[("choice", "refus")]).await,
        (done("don"), false)
    );
    let (_, html) = page(&p.app, &done("notes"), Some(&cookie)).await;
    for shown in [
        "Vos notes de santé sont enregistrées.",
        "Pénicilline : urticaire",
        "Appendicite (1998)",
        "O+",
        "12 rue des Lilas 75015 Paris",
        "01 23 45 67 89",
        "Je refuse le prélèvement",
    ] {
        assert!(html.contains(shown), "{shown}");
    }
    let stored: (String, String) =
        sqlx::query_as("SELECT phone, organ_donation FROM personal_space")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(stored, ("+33123456789".into(), "refus".into()));

    // Bad input: back to the form with the errors, nothing changed.
    for (path, fields) in [
        (
            "/coordonnees",
            vec![
                ("form[address]", "3 place du Marché"),
                ("form[phone]", "12"),
            ],
        ),
        ("/notes", vec![("form[blood_group]", "Z")]),
        ("/don", vec![("choice", "peut-être")]),
        ("/contact", vec![("form[last_name]", "Leroy")]),
        ("/directives", vec![("text", "   ")]),
    ] {
        let (location, errors) = post_form(&p.app, &api(path), &cookie, &fields).await;
        assert!(errors, "{path}: {location}");
    }
    let (_, html) = page(&p.app, "/mon-dmp/espace-personnel", Some(&cookie)).await;
    assert!(html.contains("12 rue des Lilas") && !html.contains("place du Marché"));
    assert!(html.contains("O+") && html.contains("Je refuse le prélèvement"));

    // People to call: a double submit adds one, five at most; the
    // personne de confiance is one, replaced when changed.
    let paul = [
        ("form[last_name]", "Dubois"),
        ("form[first_name]", "Paul"),
        ("form[relation]", "Frère"),
        ("form[phone]", "06 11 22 33 44"),
    ];
    for _ in 0..2 {
        assert_eq!(
            post_form(&p.app, &api("/contact"), &cookie, &paul).await,
            (done("contact-ajoute"), false)
        );
    }
    for n in 2..=5 {
        let phone = format!("06 00 00 00 0{n}");
        let name = format!("Voisin{n}");
        let fields = [
            ("form[last_name]", name.as_str()),
            ("form[first_name]", "Jean"),
            ("form[phone]", phone.as_str()),
        ];
        post_form(&p.app, &api("/contact"), &cookie, &fields).await;
    }
    let sixth = [
        ("form[last_name]", "Sixième"),
        ("form[first_name]", "Anne"),
        ("form[phone]", "0600000006"),
    ];
    let (_, errors) = post_form(&p.app, &api("/contact"), &cookie, &sixth).await;
    assert!(errors, "five at most");
    let contacts: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, last_name FROM personal_contact WHERE role = 'a_prevenir' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(contacts.len(), 5);
    assert_eq!(contacts[0].1, "Dubois");
    let (_, html) = page(&p.app, "/mon-dmp/espace-personnel", Some(&cookie)).await;
    assert!(html.contains("Paul Dubois (Frère), 06 11 22 33 44"));

    // Léa cannot remove Claire's people; Claire can.
    let paul_id = contacts[0].0.to_string();
    post_form(
        &p.app,
        &api("/contact-retrait"),
        &lea_cookie,
        &[("id", &paul_id)],
    )
    .await;
    assert_eq!(traced(&pool, "retrait_personne_a_prevenir").await, 0);
    assert_eq!(
        post_form(
            &p.app,
            &api("/contact-retrait"),
            &cookie,
            &[("id", &paul_id)]
        )
        .await,
        (done("contact-retire"), false)
    );
    assert_eq!(traced(&pool, "retrait_personne_a_prevenir").await, 1);

    for (first, phone) in [("Marc", "06 99 88 77 66"), ("Sophie", "06 55 44 33 22")] {
        let fields = [
            ("form[last_name]", "Martin"),
            ("form[first_name]", first),
            ("form[relation]", "Amie"),
            ("form[phone]", phone),
        ];
        assert_eq!(
            post_form(&p.app, &api("/confiance"), &cookie, &fields).await,
            (done("confiance"), false)
        );
    }
    let trusted: Vec<String> =
        sqlx::query_scalar("SELECT first_name FROM personal_contact WHERE role = 'confiance'")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(trusted, ["Sophie"]);

    // Written directives: a document of the Directives anticipées space;
    // a new text replaces it, the same text again changes nothing.
    for text in [
        "Pas d'acharnement thérapeutique.",
        "Pas de réanimation prolongée.",
        "Pas de réanimation prolongée.",
    ] {
        assert_eq!(
            post_form(&p.app, &api("/directives"), &cookie, &[("text", text)]).await,
            (done("directives"), false)
        );
    }
    let documents: Vec<(String, String)> = sqlx::query_as(
        "SELECT status, convert_from(content, 'UTF8') FROM document WHERE type_code = 'EXPPAT_3' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        documents,
        [
            ("REPLACED".into(), "Pas d'acharnement thérapeutique.".into()),
            ("ACTIVE".into(), "Pas de réanimation prolongée.".into())
        ]
    );
    let (_, html) = page(&p.app, "/mon-dmp/espace/directives", Some(&cookie)).await;
    assert!(html.contains("Mes directives anticipées (rédigées en ligne)"));

    // Léa sees none of it.
    let (_, html) = page(&p.app, "/mon-dmp/espace-personnel", Some(&lea_cookie)).await;
    assert!(!html.contains("Pénicilline") && !html.contains("Martin") && !html.contains("Lilas"));
    let (_, html) = page(&p.app, "/mon-dmp/espace-personnel", None).await;
    assert!(html.contains("connectez-vous") && !html.contains("Pénicilline"));
    let (_, errors) = post_form(&p.app, &api("/notes"), "dmp_session=inconnu", &notes).await;
    assert!(errors, "nobody signed in");

    for action in [
        "modification_notes_sante",
        "modification_coordonnees",
        "modification_don_organes",
        "modification_personne_de_confiance",
    ] {
        assert!(traced(&pool, action).await >= 1, "{action}");
    }
    assert_eq!(traced(&pool, "ajout_personne_a_prevenir").await, 5);
    assert_eq!(traced(&pool, "redaction_directives_anticipees").await, 2);
}
