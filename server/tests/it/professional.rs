//! The professional side against the real PostgreSQL: card sign-in, the
//! matrice d'habilitations loaded from its data file.

use crate::common;

use app::domain::access::{Mode, Refusal, Right};
use app::professional::record;
use app::session::card::{self, SignIn};
use chrono::{Duration, Utc};
use sqlx::PgPool;

async fn directory(pool: &PgPool) {
    common::registry(pool, 10).await;
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn three_wrong_pins_block_the_card(pool: PgPool) {
    directory(&pool).await;
    let now = Utc::now();
    let key = common::KEY;
    assert_eq!(
        card::sign_in(&pool, key, NURSE, "0000", now).await.unwrap(),
        SignIn::WrongPin { left: 2 }
    );
    // A right PIN in between starts the count again.
    assert!(matches!(
        card::sign_in(&pool, key, NURSE, "1234", now).await.unwrap(),
        SignIn::Open(_)
    ));
    for left in [2, 1] {
        assert_eq!(
            card::sign_in(&pool, key, NURSE, "9999", now).await.unwrap(),
            SignIn::WrongPin { left }
        );
    }
    assert_eq!(
        card::sign_in(&pool, key, NURSE, "9999", now).await.unwrap(),
        SignIn::Blocked
    );
    assert_eq!(
        card::sign_in(&pool, key, NURSE, "1234", now).await.unwrap(),
        SignIn::Blocked,
        "even the right PIN"
    );
    assert_eq!(
        card::sign_in(&pool, key, "1234567890", "1234", now)
            .await
            .unwrap(),
        SignIn::UnknownCard
    );
    let cards = card::test_cards(&pool).await.unwrap();
    assert!(cards.iter().any(|c| c.number == NURSE && c.blocked));
    assert!(cards.iter().any(|c| c.number == GP && !c.blocked));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_card_session_knows_its_holder_and_ends(pool: PgPool) {
    directory(&pool).await;
    let now = Utc::now();
    let SignIn::Open(token) = card::sign_in(&pool, common::KEY, GP, "1234", now)
        .await
        .unwrap()
    else {
        panic!("the GP's card opens")
    };
    let mut conn = pool.acquire().await.unwrap();
    let holder = card::current(&mut conn, common::KEY, &token, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(holder.label, "Médecin Sophie LEBLANC");
    assert_eq!(holder.profession_code, "10");
    assert!(!holder.regulator);
    // Kept alive by use, ended by 30 quiet minutes.
    let later = now + Duration::minutes(25);
    assert!(card::current(&mut conn, common::KEY, &token, later)
        .await
        .unwrap()
        .is_some());
    let quiet = later + Duration::minutes(31);
    assert!(card::current(&mut conn, common::KEY, &token, quiet)
        .await
        .unwrap()
        .is_none());
    assert!(
        card::current(&mut conn, common::KEY, "0".repeat(64).as_str(), now)
            .await
            .unwrap()
            .is_none()
    );

    let SignIn::Open(regulator) = card::sign_in(&pool, common::KEY, "8000000094", "1234", now)
        .await
        .unwrap()
    else {
        panic!("the regulator's card opens")
    };
    let holder = card::current(&mut conn, common::KEY, &regulator, now)
        .await
        .unwrap()
        .unwrap();
    assert!(holder.regulator);
    card::sign_out(&mut conn, holder.session_id).await.unwrap();
    assert!(card::current(&mut conn, common::KEY, &regulator, now)
        .await
        .unwrap()
        .is_none());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_matrix_comes_from_its_data_file_one_row_per_type(pool: PgPool) {
    directory(&pool).await;
    let count = |profession: &'static str, specialty: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                "SELECT count(*) FROM access_matrix WHERE profession_code = $1 AND specialty = $2",
            )
            .bind(profession)
            .bind(specialty)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    let types: i64 = sqlx::query_scalar("SELECT count(*) FROM document_type")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(count("10", "").await, types, "doctors read every type");
    let may = |profession: &'static str, type_code: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, bool>(
                "SELECT EXISTS (SELECT 1 FROM access_matrix WHERE profession_code = $1 AND specialty = '' AND type_code = $2)",
            )
            .bind(profession)
            .bind(type_code)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    assert!(may("21", "60593-1").await, "pharmacists read dispensations");
    assert!(!may("21", "34874-8").await, "not operation reports");
    assert!(may("70", "PRESC-KINE").await);
    assert!(!may("70", "11502-2").await, "physiotherapists: no biology");
    assert_eq!(count("21", "Biologie médicale").await, 3);
    assert_eq!(
        count("99", "").await,
        0,
        "an unknown profession reads nothing"
    );
}

use common::pro::*;

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_patient_is_found_by_ins_or_traits_and_nothing_more_is_said(pool: PgPool) {
    use app::professional::record::{find_patient, Lookup};
    use app::professional::Search;
    common::demo_records(&pool).await;
    let traits = |name: &str, first: &str, date: &str, sex: &str| Search {
        birth_name: name.into(),
        first_name: first.into(),
        birth_date: date.into(),
        sex: sex.into(),
        ..Search::default()
    };
    let by_ins = find_patient(
        &pool,
        &Search {
            ins: "2 84 07 75 056 123 22".into(),
            ..Search::default()
        },
    )
    .await
    .unwrap();
    assert!(matches!(by_ins, Lookup::Found(_)));
    // Accents, case and the second first name do not matter.
    assert_eq!(
        find_patient(&pool, &traits("leroy", "marie", "1984-07-09", "F"))
            .await
            .unwrap(),
        by_ins
    );
    for wrong in [
        traits("LEROY", "Marie", "1984-07-10", "F"),
        traits("LEROY", "Marie", "1984-07-09", "M"),
        traits("LEROI", "Marie", "1984-07-09", "F"),
        // Claire DUBOIS is in the registry, without a DMP: the same answer.
        traits("DUBOIS", "Claire", "1969-05-14", "F"),
    ] {
        assert_eq!(
            find_patient(&pool, &wrong).await.unwrap(),
            Lookup::NoDmp,
            "{wrong:?}"
        );
    }
    sqlx::query(
        "UPDATE dmp SET status = 'CLOSED', closed_at = now(), closure_reason = 'PATIENT_REQUEST'",
    )
    .execute(&pool)
    .await
    .unwrap();
    assert_eq!(
        find_patient(&pool, &traits("LEROY", "Marie", "1984-07-09", "F"))
            .await
            .unwrap(),
        Lookup::Closed
    );
    // The search form's rules.
    assert!(
        Search {
            ins: "12".into(),
            ..Search::default()
        }
        .check()
        .len()
            == 1
    );
    assert_eq!(Search::default().check().len(), 1);
    assert_eq!(traits("", "", "1984-02-30", "X").check().len(), 4);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn consent_opens_the_record_and_the_matrix_filters_what_each_profession_reads(pool: PgPool) {
    use app::domain::access::Refusal;
    use app::professional::record::declare_consent;
    common::demo_records(&pool).await;
    let now = Utc::now();
    let (gp, marie, _) = open(&pool, GP).await;
    assert_eq!(listed(&pool, &gp, &marie).await, Err(Refusal::NoConsent));
    declare_consent(&pool, &gp, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    let all = listed(&pool, &gp, &marie).await.unwrap();
    assert!(all.len() >= 8, "{all:?}");

    let (physio, marie, _) = open(&pool, PHYSIO).await;
    declare_consent(&pool, &physio, &marie, true, now)
        .await
        .unwrap()
        .unwrap();
    let physio_sees = listed(&pool, &physio, &marie).await.unwrap();
    assert!(
        !physio_sees.is_empty() && physio_sees.len() < all.len(),
        "{physio_sees:?}"
    );
    assert!(physio_sees.iter().all(|t| all.contains(t)));
    assert!(
        !physio_sees.contains(&"Bilan thyroïdien".to_string()),
        "no biology for a physiotherapist"
    );
    // Counts come from the same filtered list.
    let mut conn = pool.acquire().await.unwrap();
    let (s, _) = record::situation(&mut conn, &physio, &marie, now)
        .await
        .unwrap();
    let docs = record::documents(&mut conn, &physio, &s, marie.dmp_id)
        .await
        .unwrap();
    drop(conn);
    let counts = app::professional::space_counts(&docs);
    assert_eq!(
        counts.iter().map(|(_, n)| n).sum::<usize>(),
        physio_sees.len()
    );
    assert!(
        counts.iter().all(|(space, _)| space != "Analyses"),
        "{counts:?}"
    );
    let mt: bool = sqlx::query_scalar(
        "SELECT medecin_traitant FROM professional_authorisation a JOIN professional_card c \
         ON c.professional_id = a.professional_id WHERE c.card_number = $1",
    )
    .bind(PHYSIO)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(!mt, "only a doctor becomes médecin traitant");

    // The consent expires; the record closes again until it is declared anew.
    sqlx::query("UPDATE professional_authorisation SET expires_at = now() - interval '1 day'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(listed(&pool, &gp, &marie).await, Err(Refusal::Expired));

    let traced: Vec<(String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT action, right_code, actor_profession FROM access_trace WHERE actor_kind = 'professionnel' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        traced[0],
        (
            "declaration_autorisation".into(),
            Some("autorisation".into()),
            Some("Médecin – Médecine générale".into())
        )
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn masked_documents_reach_the_medecin_traitant_and_the_author_only(pool: PgPool) {
    use app::professional::record::declare_consent;
    common::demo_records(&pool).await;
    let now = Utc::now();
    let (gp, marie, _) = open(&pool, GP).await;
    let (pharmacist, _, pharmacist_cookie) = open(&pool, PHARMACIST).await;
    let (cardiologist, _, _) = open(&pool, "8000000029").await;
    declare_consent(&pool, &pharmacist, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    declare_consent(&pool, &cardiologist, &marie, true, now)
        .await
        .unwrap()
        .unwrap();
    // The GP writes a masked prescription, without any consent: feeding needs none.
    let masked = deposit(&pool, GP, "57833-6", "Ordonnance masquée", true).await;
    let open_one = deposit(&pool, GP, "57833-6", "Ordonnance visible", false).await;

    let seen = listed(&pool, &pharmacist, &marie).await.unwrap();
    assert!(seen.contains(&"Ordonnance visible".to_string()));
    assert!(
        !seen.contains(&"Ordonnance masquée".to_string()),
        "masked from professionals"
    );
    assert!(
        listed(&pool, &cardiologist, &marie)
            .await
            .unwrap()
            .contains(&"Ordonnance masquée".to_string()),
        "médecin traitant"
    );

    let mut conn = pool.acquire().await.unwrap();
    let (s, _) = record::situation(&mut conn, &gp, &marie, now)
        .await
        .unwrap();
    let own = record::document(&mut conn, &gp, &s, marie.dmp_id, masked)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        own.0.right, "auteur",
        "the author reads it back without consent"
    );
    let (s, _) = record::situation(&mut conn, &pharmacist, &marie, now)
        .await
        .unwrap();
    assert!(
        record::document(&mut conn, &pharmacist, &s, marie.dmp_id, masked)
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        record::document(&mut conn, &pharmacist, &s, marie.dmp_id, open_one)
            .await
            .unwrap()
            .is_some()
    );
    drop(conn);

    // Through HTTP, the masked document answers 404 like a missing one.
    let app = portal(&pool);
    for (id, status) in [(masked, 404), (999_999, 404), (open_one, 200)] {
        let response = get(
            &app,
            &format!("/professionnel/documents/{id}/fichier"),
            &pharmacist_cookie,
        )
        .await;
        assert_eq!(response.0, status, "{id}");
        assert_eq!(response.1, "no-store");
    }
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_blocked_professional_is_refused_even_in_an_emergency(pool: PgPool) {
    use app::professional::record::{declare_consent, declare_emergency};
    common::demo_records(&pool).await;
    let now = Utc::now();
    let (nurse, marie, cookie) = open(&pool, NURSE).await;
    // Without a right, the page says only that a DMP exists.
    let html = body(&portal(&pool), "/professionnel/dossier", &cookie).await;
    assert!(html.contains("Un DMP existe pour ce patient."), "{html}");
    assert!(
        !html.contains("LEROY") && !html.contains("1984"),
        "no identity without a right"
    );
    sqlx::query(
        "INSERT INTO professional_authorisation (dmp_id, professional_id, status, declared_at, changed_at) \
         VALUES ($1, $2, 'INTERDIT', now(), now())",
    )
    .bind(marie.dmp_id)
    .bind(nurse.professional_id)
    .execute(&pool)
    .await
    .unwrap();
    assert_eq!(
        declare_consent(&pool, &nurse, &marie, false, now)
            .await
            .unwrap(),
        Err(Refusal::Blocked)
    );
    assert_eq!(
        declare_emergency(&pool, &nurse, &marie, Mode::BrisDeGlace, "Malaise", now)
            .await
            .unwrap(),
        Err(Refusal::Blocked)
    );
    assert_eq!(listed(&pool, &nurse, &marie).await, Err(Refusal::Blocked));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn bris_de_glace_and_centre_15_unless_the_patient_opposed_them(pool: PgPool) {
    use app::professional::record::declare_emergency;
    common::demo_records(&pool).await;
    let now = Utc::now();
    let (nurse, marie, _) = open(&pool, NURSE).await;
    sqlx::query("UPDATE dmp SET oppose_bris_de_glace = true")
        .execute(&pool)
        .await
        .unwrap();
    let (_, opposed, _) = open(&pool, NURSE).await;
    assert_eq!(
        declare_emergency(
            &pool,
            &nurse,
            &opposed,
            Mode::BrisDeGlace,
            "Malaise grave",
            now
        )
        .await
        .unwrap(),
        Err(Refusal::Opposed)
    );
    sqlx::query("UPDATE dmp SET oppose_bris_de_glace = false")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(
        declare_emergency(
            &pool,
            &nurse,
            &marie,
            Mode::BrisDeGlace,
            "Malaise grave",
            now
        )
        .await
        .unwrap(),
        Ok(Right::BrisDeGlace)
    );
    // Twice (a double click): one access, one notification.
    declare_emergency(
        &pool,
        &nurse,
        &marie,
        Mode::BrisDeGlace,
        "Malaise grave",
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let seen = listed(&pool, &nurse, &marie).await.unwrap();
    assert!(!seen.is_empty());

    // Centre 15: the regulator's card only.
    let (gp, marie, _) = open(&pool, GP).await;
    assert_eq!(
        declare_emergency(&pool, &gp, &marie, Mode::Centre15, "", now)
            .await
            .unwrap(),
        Err(Refusal::NotRegulator)
    );
    let (regulator, marie, _) = open(&pool, REGULATOR).await;
    assert_eq!(
        declare_emergency(&pool, &regulator, &marie, Mode::Centre15, "", now)
            .await
            .unwrap(),
        Ok(Right::Centre15)
    );

    let traced: Vec<(String, Option<String>)> = sqlx::query_as(
        "SELECT right_code, reason FROM access_trace WHERE action = 'acces_urgence' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        traced,
        [
            (
                "bris_de_glace".to_string(),
                Some("Malaise grave".to_string())
            ),
            ("centre15".to_string(), None)
        ]
    );
    let told: Vec<String> = sqlx::query_scalar(
        "SELECT channel FROM outbox WHERE purpose = 'emergency_access' ORDER BY id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        told,
        ["email", "email"],
        "Marie is told by e-mail, once per access"
    );
    let notifications: i64 = sqlx::query_scalar("SELECT count(*) FROM patient_notification")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(notifications, 2);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_first_access_of_each_professional_is_notified_once(pool: PgPool) {
    use app::professional::record::{declare_consent, trace_consultation};
    common::demo_records(&pool).await;
    let now = Utc::now();
    let (gp, marie, _) = open(&pool, GP).await;
    declare_consent(&pool, &gp, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    for _ in 0..3 {
        trace_consultation(
            &pool,
            &gp,
            &marie,
            app::audit::Action::ConsultationListe,
            None,
            Right::Autorisation,
            now,
        )
        .await
        .unwrap();
    }
    let (pharmacist, marie, _) = open(&pool, PHARMACIST).await;
    declare_consent(&pool, &pharmacist, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    trace_consultation(
        &pool,
        &pharmacist,
        &marie,
        app::audit::Action::ConsultationListe,
        None,
        Right::Autorisation,
        now,
    )
    .await
    .unwrap();
    let bodies: Vec<String> =
        sqlx::query_scalar("SELECT body FROM outbox WHERE purpose = 'first_access' ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(bodies.len(), 2, "{bodies:?}");
    assert!(bodies[0].contains("Médecin Sophie LEBLANC"));
    assert!(bodies[1].contains("Pharmacien Dominique PAOLI"));
}

fn portal(pool: &PgPool) -> axum::Router {
    use server::web::{leptos_options, router, AppState};
    router(AppState {
        leptos_options: leptos_options("target/site", "127.0.0.1:3000".parse().unwrap()),
        pool: pool.clone(),
        services: app::services::Services::new(common::KEY.to_vec(), app::domain::ins::Mode::Demo),
    })
}

async fn get(app: &axum::Router, uri: &str, cookie: &str) -> (u16, String) {
    use tower::ServiceExt;
    let response = app
        .clone()
        .oneshot(
            axum::http::Request::get(uri)
                .header("cookie", cookie)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let cache = response
        .headers()
        .get("cache-control")
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default();
    (response.status().as_u16(), cache)
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_patient_sees_the_last_professional_access_and_every_emergency(pool: PgPool) {
    use app::professional::record::{declare_consent, declare_emergency, trace_consultation};
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let (services, token) =
        common::code_sent(&pool, "marieleroy", "Demo-DMP-Marie-2026", "email").await;
    let body: String = sqlx::query_scalar(
        "SELECT body FROM outbox WHERE purpose = 'sign_in_code' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let code = common::six_digits(&body);
    let visit = app::account::flow::Visit {
        address: String::new(),
        token: Some(token),
        kiosk: false,
        workshop: None,
        practice: None,
        now: Utc::now(),
    };
    let outcome = app::account::flow::verify_code(&pool, &services, &visit, &code)
        .await
        .unwrap();
    // Each stage of the sign-in has its own token.
    let app::account::flow::Cookie::Set(token) = outcome.cookie else {
        panic!("{outcome:?}")
    };
    let home = || async {
        let response = portal(&pool)
            .oneshot(
                axum::http::Request::get("/mon-dmp")
                    .header("accept", "text/html")
                    .header(
                        "cookie",
                        format!("{}={token}", app::session::patient::COOKIE),
                    )
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    let first = home().await;
    assert!(
        first.contains("Aucun professionnel de santé n'a encore consulté votre DMP."),
        "{first}"
    );

    let now = Utc::now();
    let (nurse, marie, _) = open(&pool, NURSE).await;
    declare_emergency(
        &pool,
        &nurse,
        &marie,
        Mode::BrisDeGlace,
        "Chute, patiente inconsciente",
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let (gp, marie, _) = open(&pool, GP).await;
    declare_consent(&pool, &gp, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    trace_consultation(
        &pool,
        &gp,
        &marie,
        app::audit::Action::ConsultationListe,
        None,
        Right::Autorisation,
        now,
    )
    .await
    .unwrap();
    let html = home().await;
    assert!(
        html.contains("Médecin Sophie LEBLANC, avec votre autorisation."),
        "{html}"
    );
    assert!(
        html.contains("Infirmier Émilie HOARAU, en urgence (bris de glace) — motif : « Chute, patiente inconsciente »"),
        "{html}"
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn feeding_needs_no_consent_but_follows_the_visibility_rules(pool: PgPool) {
    use app::domain::access::Visibility;
    use app::forms::fields::Field;
    use app::professional::feeding::{deposit, Deposit};
    common::demo_records(&pool).await;
    let now = Utc::now();
    let pdf = b"%PDF-1.7\n%%EOF\n".to_vec();
    let form = |title: &str, visibility: Visibility| Deposit {
        type_code: "57833-6".into(),
        title: title.into(),
        date: String::new(),
        visibility,
        file: pdf.clone(),
        too_large: false,
    };
    let masked = Visibility {
        masked: true,
        ..Visibility::default()
    };
    let (gp, marie, _) = open(&pool, GP).await;
    let id = deposit(&pool, &gp, &marie, form("Ordonnance du jour", masked), now)
        .await
        .unwrap()
        .unwrap();
    // The same form sent twice (a double click): one document.
    let again = deposit(&pool, &gp, &marie, form("Ordonnance du jour", masked), now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again, id);
    let hidden = Visibility {
        invisible_patient: true,
        ..Visibility::default()
    };
    deposit(
        &pool,
        &gp,
        &marie,
        form("Résultats à annoncer", hidden),
        now,
    )
    .await
    .unwrap()
    .unwrap();

    // Refused, nothing written: both masked and hidden, a minor's secret on
    // an adult, a patient's type, a file that is not a PDF, a blocked author.
    let field = |r: Result<i64, Vec<app::forms::fields::FieldError>>| {
        r.unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect::<Vec<_>>()
    };
    let both = Visibility {
        masked: true,
        invisible_patient: true,
        invisible_representatives: false,
    };
    assert_eq!(
        field(
            deposit(&pool, &gp, &marie, form("X", both), now)
                .await
                .unwrap()
        ),
        [Field::DocumentVisibility]
    );
    let secret = Visibility {
        invisible_representatives: true,
        ..Visibility::default()
    };
    assert_eq!(
        field(
            deposit(&pool, &gp, &marie, form("X", secret), now)
                .await
                .unwrap()
        ),
        [Field::DocumentVisibility]
    );
    let patient_type = Deposit {
        type_code: "DOCPAT01".into(),
        ..form("X", Visibility::default())
    };
    assert_eq!(
        field(
            deposit(&pool, &gp, &marie, patient_type, now)
                .await
                .unwrap()
        ),
        [Field::DocumentType]
    );
    let not_pdf = Deposit {
        file: b"\x89PNG\r\n\x1a\n".to_vec(),
        ..form("X", Visibility::default())
    };
    assert_eq!(
        field(deposit(&pool, &gp, &marie, not_pdf, now).await.unwrap()),
        [Field::DocumentFile]
    );
    let (nurse, marie, _) = open(&pool, NURSE).await;
    sqlx::query(
        "INSERT INTO professional_authorisation (dmp_id, professional_id, status, declared_at, changed_at) \
         VALUES ($1, $2, 'INTERDIT', now(), now())",
    )
    .bind(marie.dmp_id)
    .bind(nurse.professional_id)
    .execute(&pool)
    .await
    .unwrap();
    assert_eq!(
        field(
            deposit(&pool, &nurse, &marie, form("X", Visibility::default()), now)
                .await
                .unwrap()
        ),
        [Field::DocumentFile]
    );
    // The hospital's feeding card deposits, and reads nothing.
    let (hospital, marie, _) = open(&pool, "8000000102").await;
    deposit(
        &pool,
        &hospital,
        &marie,
        form("Lettre de liaison", Visibility::default()),
        now,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(listed(&pool, &hospital, &marie).await, Err(Refusal::NoRole));

    let titles: Vec<String> =
        sqlx::query_scalar("SELECT title FROM document WHERE deposited_at = $1 ORDER BY id")
            .bind(now)
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(
        titles,
        [
            "Ordonnance du jour",
            "Résultats à annoncer",
            "Lettre de liaison"
        ]
    );
    let traced: Vec<(String, Option<String>)> =
        sqlx::query_as("SELECT action, right_code FROM access_trace WHERE document_id = $1")
            .bind(id)
            .fetch_all(&pool)
            .await
            .unwrap();
    assert_eq!(
        traced,
        [("depot_document".to_string(), Some("auteur".to_string()))]
    );
    // Told of the two visible documents, not of the one awaiting its announcement.
    let told: i64 =
        sqlx::query_scalar("SELECT count(*) FROM outbox WHERE purpose = 'new_document'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(told, 2);
    let mail: String =
        sqlx::query_scalar("SELECT body FROM outbox WHERE purpose = 'new_document' LIMIT 1")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(
        !mail.contains("Ordonnance"),
        "no title in a message: {mail}"
    );

    // The pharmacist with consent does not see the masked one.
    let (pharmacist, marie, _) = open(&pool, PHARMACIST).await;
    app::professional::record::declare_consent(&pool, &pharmacist, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    let seen = listed(&pool, &pharmacist, &marie).await.unwrap();
    assert!(!seen.contains(&"Ordonnance du jour".to_string()));
    // The two visible ones are prescriptions, which a pharmacist reads.
    assert!(seen.contains(&"Lettre de liaison".to_string()), "{seen:?}");
    assert!(
        seen.contains(&"Résultats à annoncer".to_string()),
        "{seen:?}"
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn only_the_author_announces_replaces_and_deletes(pool: PgPool) {
    use app::domain::access::Visibility;
    use app::professional::feeding::{author_action, deposit, replace, AuthorAction, Deposit};
    common::demo_records(&pool).await;
    let now = Utc::now();
    let (gp, marie, _) = open(&pool, GP).await;
    let (pharmacist, _, _) = open(&pool, PHARMACIST).await;
    let hidden = Visibility {
        invisible_patient: true,
        ..Visibility::default()
    };
    let pdf = b"%PDF-1.7 v1".to_vec();
    let id = deposit(
        &pool,
        &gp,
        &marie,
        Deposit {
            type_code: "11502-2".into(),
            title: "Résultats à annoncer".into(),
            date: String::new(),
            visibility: hidden,
            file: pdf,
            too_large: false,
        },
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let holder_sees = |id: i64| {
        let pool = pool.clone();
        let dmp = marie.dmp_id;
        async move {
            let holder = app::record::documents::store::Reader {
                dmp_id: dmp,
                actor: app::domain::access::Actor::Holder,
            };
            app::record::documents::store::document(&pool, holder, id)
                .await
                .unwrap()
                .is_some()
        }
    };
    assert!(!holder_sees(id).await, "hidden until the announcement");
    let told = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM outbox WHERE purpose = 'new_document'")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    assert_eq!(told().await, 0);

    // Someone else: nothing changes.
    for action in [AuthorAction::ShowToPatient, AuthorAction::Delete] {
        assert!(!author_action(&pool, &pharmacist, &marie, id, action, now)
            .await
            .unwrap());
    }
    assert!(
        author_action(&pool, &gp, &marie, id, AuthorAction::ShowToPatient, now)
            .await
            .unwrap()
    );
    assert!(holder_sees(id).await);
    assert_eq!(told().await, 1, "told once it is visible");

    // A new version: the old one kept as replaced.
    assert!(
        replace(&pool, &pharmacist, &marie, id, b"%PDF-1.7 v2".to_vec(), now)
            .await
            .unwrap()
            .is_err()
    );
    assert!(replace(&pool, &gp, &marie, id, b"not a pdf".to_vec(), now)
        .await
        .unwrap()
        .is_err());
    let v2 = replace(&pool, &gp, &marie, id, b"%PDF-1.7 v2".to_vec(), now)
        .await
        .unwrap()
        .unwrap();
    let versions: Vec<(i64, String, Option<i64>, Vec<u8>)> = sqlx::query_as(
        "SELECT id, status, replaces_id, content FROM document WHERE id IN ($1, $2) ORDER BY id",
    )
    .bind(id)
    .bind(v2)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(versions[0].1, "REPLACED");
    assert_eq!(
        (versions[1].1.as_str(), versions[1].2),
        ("ACTIVE", Some(id))
    );
    assert_eq!(versions[1].3, b"%PDF-1.7 v2");
    assert!(!holder_sees(id).await && holder_sees(v2).await);

    assert!(
        author_action(&pool, &gp, &marie, v2, AuthorAction::Delete, now)
            .await
            .unwrap()
    );
    assert!(!holder_sees(v2).await);
    let status: String = sqlx::query_scalar("SELECT status FROM document WHERE id = $1")
        .bind(v2)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(status, "DELETED", "logical: the row stays");
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM access_trace WHERE actor_kind = 'professionnel' AND document_id IN ($1, $2) ORDER BY id",
    )
    .bind(id)
    .bind(v2)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        actions,
        [
            "depot_document",
            "visibilite_patient_document",
            "remplacement_document",
            "suppression_document"
        ]
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_medecin_traitant_sees_others_accesses_blocks_at_the_patients_request_and_writes_the_vsm(
    pool: PgPool,
) {
    use app::domain::access::Visibility;
    use app::forms::fields::Field;
    use app::professional::feeding::{deposit, Deposit};
    use app::professional::medecin_traitant::{block, blockable, history};
    use app::professional::record::{declare_consent, trace_consultation};
    common::demo_records(&pool).await;
    let now = Utc::now();
    let (gp, marie, _) = open(&pool, GP).await;
    let (pharmacist, _, _) = open(&pool, PHARMACIST).await;
    declare_consent(&pool, &pharmacist, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    trace_consultation(
        &pool,
        &pharmacist,
        &marie,
        app::audit::Action::ConsultationListe,
        None,
        Right::Autorisation,
        now,
    )
    .await
    .unwrap();
    let vsm = |title: &str| Deposit {
        type_code: app::professional::feeding::VSM_TYPE.into(),
        title: title.into(),
        date: String::new(),
        visibility: Visibility::default(),
        file: b"%PDF-1.7".to_vec(),
        too_large: false,
    };
    // Not yet médecin traitant: no blocking, no VSM.
    assert_eq!(
        block(&pool, &gp, &marie, pharmacist.professional_id.unwrap(), now)
            .await
            .unwrap(),
        Err(Refusal::NoRole)
    );
    let refused = deposit(&pool, &gp, &marie, vsm("VSM"), now)
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(refused[0].field, Field::DocumentType);

    declare_consent(&pool, &gp, &marie, true, now)
        .await
        .unwrap()
        .unwrap();
    deposit(&pool, &gp, &marie, vsm("Volet de synthèse médicale"), now)
        .await
        .unwrap()
        .unwrap();
    let mut conn = pool.acquire().await.unwrap();
    let seen = history(&mut conn, &gp, marie.dmp_id).await.unwrap();
    assert!(
        seen.iter()
            .any(|t| t.who == "Pharmacien Dominique PAOLI" && t.action == "consultation liste"),
        "{seen:?}"
    );
    assert!(
        seen.iter().all(|t| t.who != "Médecin Sophie LEBLANC"),
        "the others only"
    );
    let others = blockable(&mut conn, &gp, marie.dmp_id).await.unwrap();
    assert_eq!(others.len(), 1);
    drop(conn);
    block(&pool, &gp, &marie, pharmacist.professional_id.unwrap(), now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        listed(&pool, &pharmacist, &marie).await,
        Err(Refusal::Blocked)
    );
    assert_eq!(
        declare_consent(&pool, &pharmacist, &marie, false, now)
            .await
            .unwrap(),
        Err(Refusal::Blocked),
        "a block stands"
    );
    // Another médecin traitant cannot be blocked.
    let (cardiologist, _, _) = open(&pool, "8000000029").await;
    declare_consent(&pool, &cardiologist, &marie, true, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        block(
            &pool,
            &gp,
            &marie,
            cardiologist.professional_id.unwrap(),
            now
        )
        .await
        .unwrap(),
        Err(Refusal::NoRole)
    );
    assert!(listed(&pool, &cardiologist, &marie).await.is_ok());
}

async fn body(app: &axum::Router, uri: &str, cookie: &str) -> String {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let response = app
        .clone()
        .oneshot(
            axum::http::Request::get(uri)
                .header("accept", "text/html")
                .header("cookie", cookie)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    String::from_utf8_lossy(&bytes).into_owned()
}
