//! The staff's sign-in (issue 15): login, password, one-time code by
//! e-mail; locked and disabled accounts; the operators' command.

use crate::common::{six_digits, TestApp};
use axum::http::StatusCode;
use server::staff::{NewStaff, DEMO_PASSWORD};
use sqlx::PgPool;

const COOKIE: &str = app::session::staff::COOKIE;

async fn demo_staff(pool: &PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    server::staff::seed_demo(&mut conn, chrono::Utc::now())
        .await
        .unwrap();
}

async fn last_code(pool: &PgPool, to: &str) -> String {
    let body: String = sqlx::query_scalar(
        "SELECT body FROM outbox WHERE purpose = 'staff_sign_in_code' AND recipient = $1 \
         ORDER BY id DESC LIMIT 1",
    )
    .bind(to)
    .fetch_one(pool)
    .await
    .unwrap();
    six_digits(&body)
}

/// A staff member signed in through the forms (password, then the code
/// from their e-mail): the open session's cookie.
async fn signed_in(portal: &TestApp, pool: &PgPool, login: &str, password: &str) -> String {
    let cookie = post_sign_in(portal, login, password)
        .await
        .cookie(COOKIE)
        .expect("password accepted");
    let email: String = sqlx::query_scalar("SELECT email FROM staff_account WHERE login = $1")
        .bind(login)
        .fetch_one(pool)
        .await
        .unwrap();
    let code = last_code(pool, &email).await;
    portal
        .post_form(
            "/api/personnel/code",
            Some(&cookie),
            "/personnel/code",
            &[("code", &code)],
        )
        .await
        .cookie(COOKIE)
        .expect("code accepted")
}

async fn post_sign_in(
    portal: &TestApp,
    login: &str,
    password: &str,
) -> crate::common::harness::Answer {
    portal
        .post_form(
            "/api/personnel/connexion",
            None,
            "/personnel/connexion",
            &[("login", login), ("password", password)],
        )
        .await
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn an_agent_signs_in_with_password_and_the_code_sent_by_email_without_javascript(
    pool: PgPool,
) {
    demo_staff(&pool).await;
    let portal = TestApp::new(&pool);
    let sent = post_sign_in(&portal, "Agent.Angers", DEMO_PASSWORD).await;
    assert_eq!(sent.status, StatusCode::FOUND);
    assert_eq!(sent.location(), "/personnel/code");
    let cookie = sent.cookie(COOKIE).expect("a staff session cookie");
    assert!(sent.header("set-cookie").contains("HttpOnly"));

    // Before the code, the space does not open.
    let home = portal.get("/personnel", Some(&cookie)).await;
    assert!(home.body.contains("Il vous reste à saisir le code"));
    assert!(!home.body.contains("Camille ROUSSEAU"));

    let code = last_code(&pool, "agent.angers@example.org").await;
    let done = portal
        .post_form(
            "/api/personnel/code",
            Some(&cookie),
            "/personnel/code",
            &[("code", &code)],
        )
        .await;
    assert_eq!(done.location(), "/personnel");
    let open = done.cookie(COOKIE).expect("a new token once open");
    assert_ne!(open, cookie, "the token changes when the session opens");
    let home = portal.get("/personnel", Some(&open)).await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Camille ROUSSEAU"));
    assert!(home.body.contains("Agent d&#x27;accueil") || home.body.contains("Agent d'accueil"));
    assert!(
        home.body.contains("Accueil CPAM d&#x27;Angers (49)")
            || home.body.contains("Accueil CPAM d'Angers (49)")
    );
    // The old token opens nothing.
    let old = portal.get("/personnel", Some(&cookie)).await;
    assert!(old.body.contains("Votre connexion a expiré"));

    // Traced with who they are; a patient's sign-in page knows nothing of it.
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT t.action FROM staff_trace t JOIN staff_account a ON a.id = t.account_id \
         WHERE a.login = 'agent.angers' ORDER BY t.id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(actions, ["connexion"]);
    let patient = portal.get("/mon-dmp", Some(&open)).await;
    assert!(!patient.body.contains("Camille ROUSSEAU"));

    // Signing out ends the session and is traced.
    let out = portal
        .post_form("/api/personnel/fin", Some(&open), "/personnel", &[])
        .await;
    assert_eq!(out.location(), "/personnel/connexion");
    assert!(out.header("set-cookie").contains("Max-Age=0"));
    let after = portal.get("/personnel", Some(&open)).await;
    assert!(after.body.contains("Votre connexion a expiré"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_wrong_code_three_times_kills_it_and_a_new_one_can_be_asked(pool: PgPool) {
    demo_staff(&pool).await;
    let portal = TestApp::new(&pool);
    let cookie = post_sign_in(&portal, "statistiques", DEMO_PASSWORD)
        .await
        .cookie(COOKIE)
        .unwrap();
    let right = last_code(&pool, "statistiques@example.org").await;
    let wrong = if right == "000000" {
        "111111"
    } else {
        "000000"
    };
    for _ in 0..3 {
        let refused = portal
            .post_form(
                "/api/personnel/code",
                Some(&cookie),
                "/personnel/code",
                &[("code", wrong)],
            )
            .await;
        assert_eq!(refused.location(), "/personnel/code");
        assert!(refused.cookie(COOKIE).is_none());
    }
    // Even the right code is dead now.
    let late = portal
        .post_form(
            "/api/personnel/code",
            Some(&cookie),
            "/personnel/code",
            &[("code", &right)],
        )
        .await;
    assert!(late.cookie(COOKIE).is_none());
    let again = portal
        .post_form(
            "/api/personnel/nouveau-code",
            Some(&cookie),
            "/personnel/code",
            &[],
        )
        .await;
    assert_eq!(again.location(), "/personnel/code");
    let fresh = last_code(&pool, "statistiques@example.org").await;
    let done = portal
        .post_form(
            "/api/personnel/code",
            Some(&cookie),
            "/personnel/code",
            &[("code", &fresh)],
        )
        .await;
    assert_eq!(done.location(), "/personnel");
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn wrong_passwords_lock_the_staff_login_but_not_the_patient_with_the_same_login(
    pool: PgPool,
) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    for _ in 0..5 {
        let refused = post_sign_in(&portal, "marieleroy", "pas-le-bon").await;
        assert_eq!(refused.location(), "/personnel/connexion");
        assert!(refused.cookie(COOKIE).is_none());
    }
    // A patient's credentials do not open the staff's space…
    let refused = post_sign_in(&portal, "marieleroy", "Demo-DMP-Marie-2026").await;
    assert!(refused.cookie(COOKIE).is_none());
    // …and the staff's counter did not lock the patient.
    assert!(portal
        .sign_in("marieleroy", "Demo-DMP-Marie-2026")
        .await
        .is_some());

    // The staff login is locked: even the right password is refused.
    for _ in 0..5 {
        post_sign_in(&portal, "agent.angers", "pas-le-bon").await;
    }
    let locked = post_sign_in(&portal, "agent.angers", DEMO_PASSWORD).await;
    assert!(locked.cookie(COOKIE).is_none());
    let sent: i64 =
        sqlx::query_scalar("SELECT count(*) FROM outbox WHERE purpose = 'staff_sign_in_code'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(sent, 0);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn operators_add_and_disable_accounts_and_a_disabled_account_opens_nothing(pool: PgPool) {
    let now = chrono::Utc::now();
    let new = |login: &str, role: &str, password: &str| NewStaff {
        login: login.into(),
        role: role.into(),
        full_name: "Lucie MARTIN".into(),
        email: "lucie.martin@example.org".into(),
        caisse: Some("075".into()),
        site: Some("Accueil CPAM de Paris".into()),
        department: Some("75".into()),
        password: password.into(),
    };
    let strong = "Guichet-Paris-Lucie-2026!";
    assert!(
        server::staff::add(&pool, &new("lucie.martin", "guichetier", strong), now)
            .await
            .is_err(),
        "an unknown role"
    );
    assert!(
        server::staff::add(&pool, &new("lucie.martin", "agent", "court"), now)
            .await
            .is_err(),
        "a weak password"
    );
    server::staff::add(&pool, &new("Lucie.Martin", "agent", strong), now)
        .await
        .unwrap();
    assert!(
        server::staff::add(&pool, &new("lucie.martin", "agent", strong), now)
            .await
            .is_err(),
        "a taken login"
    );
    let list = server::staff::list(&pool).await.unwrap();
    assert_eq!(
        list,
        ["lucie.martin\tagent\tAccueil CPAM de Paris\t75\tactif"]
    );

    let portal = TestApp::new(&pool);
    let open = signed_in(&portal, &pool, "lucie.martin", strong).await;
    assert!(portal
        .get("/personnel", Some(&open))
        .await
        .body
        .contains("Lucie MARTIN"));

    assert!(server::staff::disable(&pool, "lucie.martin", now)
        .await
        .unwrap());
    assert!(!portal
        .get("/personnel", Some(&open))
        .await
        .body
        .contains("Lucie MARTIN"));
    let refused = post_sign_in(&portal, "lucie.martin", strong).await;
    assert!(refused.cookie(COOKIE).is_none());
    assert_eq!(
        server::staff::list(&pool).await.unwrap(),
        ["lucie.martin\tagent\tAccueil CPAM de Paris\t75\tdésactivé"]
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn only_a_desk_agent_opens_the_console_and_identifies_the_person_from_the_card(pool: PgPool) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    let agent = signed_in(&portal, &pool, "agent.angers", DEMO_PASSWORD).await;
    let statistician = signed_in(&portal, &pool, "statistiques", DEMO_PASSWORD).await;
    let marie = portal
        .sign_in("marieleroy", "Demo-DMP-Marie-2026")
        .await
        .unwrap();

    // Roles decide: the statistician and a patient do not get the console.
    let page = portal.get("/guichet", Some(&statistician)).await;
    assert!(
        page.body.contains("réservée aux agents d"),
        "{:.300}",
        page.body
    );
    assert!(page.body.contains("Statisticien"));
    assert!(!page.body.contains("Identifier la personne"));
    let page = portal.get("/guichet", Some(&marie)).await;
    assert!(page.body.contains("Me connecter à l"));
    assert!(!page.body.contains("Identifier la personne"));
    let home = portal.get("/personnel", Some(&agent)).await;
    assert!(home.body.contains("Ouvrir la console d"));
    let home = portal.get("/personnel", Some(&statistician)).await;
    assert!(!home.body.contains("Ouvrir la console d"));

    let antoine = [
        ("form[nir]", "1 96 02 2B 033 008 02"),
        ("form[card_type]", "sans_photo"),
        ("form[serial]", "123456789"),
        ("form[presence]", "on"),
    ];
    let identify = |cookie: String, fields: Vec<(&'static str, &'static str)>| {
        let portal = &portal;
        async move {
            portal
                .post_form(
                    "/api/guichet/identifier",
                    Some(&cookie),
                    "/guichet",
                    &fields,
                )
                .await
        }
    };
    let kept = || async {
        sqlx::query_scalar::<_, Option<i64>>(
            "SELECT s.beneficiary_id FROM staff_session s JOIN staff_account a ON a.id = s.account_id \
             WHERE a.login = 'agent.angers' AND s.stage = 'open'",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    // Refused to another role, without presence, or with another card.
    identify(statistician.clone(), antoine.to_vec()).await;
    identify(agent.clone(), antoine[..3].to_vec()).await;
    let mut wrong = antoine.to_vec();
    wrong[2].1 = "123456780";
    identify(agent.clone(), wrong).await;
    assert_eq!(kept().await, None);

    let done = identify(agent.clone(), antoine.to_vec()).await;
    assert_eq!(done.location(), "/guichet");
    assert!(kept().await.is_some());
    let page = portal.get("/guichet", Some(&agent)).await;
    assert!(page.body.contains("SANTONI Antoine"), "{:.500}", page.body);
    assert!(
        page.body.contains("N&#x27;a pas encore de DMP")
            || page.body.contains("N'a pas encore de DMP")
    );
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT t.action FROM staff_trace t JOIN staff_account a ON a.id = t.account_id \
         WHERE a.login = 'agent.angers' ORDER BY t.id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        actions,
        [
            "connexion",
            "identification_guichet_sans_resultat",
            "identification_guichet"
        ]
    );

    // « Personne suivante »: the console forgets them.
    portal
        .post_form("/api/guichet/suivant", Some(&agent), "/guichet", &[])
        .await;
    assert_eq!(kept().await, None);
    let page = portal.get("/guichet", Some(&agent)).await;
    assert!(page.body.contains("Identifier la personne"));
}
