//! Issue 15: the staff's sign-in (login, password, one-time code by
//! e-mail; locked and disabled accounts; the operators' command), the
//! desk's console, professionals opening DMPs, and the statistics.

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
pub(crate) async fn signed_in(
    portal: &TestApp,
    pool: &PgPool,
    login: &str,
    password: &str,
) -> String {
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

const ANTOINE: [(&str, &str); 4] = [
    ("form[nir]", "1 96 02 2B 033 008 02"),
    ("form[card_type]", "sans_photo"),
    ("form[serial]", "123456789"),
    ("form[presence]", "on"),
];

/// The three questions as the agent notes the answers; no contact given.
const ANSWERS: [(&str, &str); 3] = [
    ("form[accept]", "on"),
    ("form[bris_de_glace]", "oui"),
    ("form[samu]", "non"),
];

pub(crate) fn pdf_text(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).unwrap()
}

/// The language a PDF declares (its catalogue's /Lang).
pub(crate) fn pdf_lang(bytes: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(bytes).expect("a PDF");
    let lang = doc.catalog().unwrap().get(b"Lang").expect("a /Lang");
    String::from_utf8(lang.as_str().unwrap().to_vec()).unwrap()
}

/// The value printed after a label of the document des secrets.
pub(crate) fn printed_after(text: &str, label: &str) -> String {
    let rest = &text[text
        .find(label)
        .unwrap_or_else(|| panic!("{label} in {text}"))
        + label.len()..];
    rest.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_string()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn an_agent_creates_the_dmp_of_someone_with_neither_email_nor_mobile_then_hands_over_credentials(
    pool: PgPool,
) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    let agent = signed_in(&portal, &pool, "agent.angers", DEMO_PASSWORD).await;
    let statistician = signed_in(&portal, &pool, "statistiques", DEMO_PASSWORD).await;
    portal
        .post_form(
            "/api/guichet/identifier",
            Some(&agent),
            "/guichet",
            &ANTOINE,
        )
        .await;
    let page = portal.get("/guichet", Some(&agent)).await;
    assert!(
        page.body.contains("les trois questions"),
        "{:.800}",
        page.body
    );
    let dmps = || async {
        sqlx::query_scalar::<_, i64>(
            "SELECT count(*) FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
             WHERE b.nir = '196022B03300802'",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };

    // Unanswered questions: every one said, nothing created.
    let unanswered = [("form[email]", ""), ("form[email_confirm]", "")];
    let refused = portal
        .post_form("/api/guichet/creer", Some(&agent), "/guichet", &unanswered)
        .await;
    let back = refused
        .cookie("dmp_retour")
        .expect("the errors, back on the page");
    let page = portal
        .get("/guichet", Some(&format!("{agent}; {back}")))
        .await;
    for message in [
        "le consentement de la personne",
        "SAMU – Centre 15 peut-il",
        "sans son accord ?",
    ] {
        assert!(page.body.contains(message), "{message}");
    }
    assert_eq!(dmps().await, 0);
    // Another role cannot create it.
    portal
        .post_form(
            "/api/guichet/creer",
            Some(&statistician),
            "/guichet",
            &ANSWERS,
        )
        .await;
    assert_eq!(dmps().await, 0);

    // Answered, without e-mail or mobile: created once, whatever the clicks.
    for _ in 0..2 {
        let done = portal
            .post_form("/api/guichet/creer", Some(&agent), "/guichet", &ANSWERS)
            .await;
        assert_eq!(done.location(), "/guichet");
    }
    assert_eq!(dmps().await, 1);
    let (channel, by_staff, oppose_bdg, oppose_c15, accounts, lines, registry_lines): (
        String,
        String,
        bool,
        bool,
        i64,
        i64,
        i64,
    ) = sqlx::query_as(
        "SELECT d.creation_channel, s.login, d.oppose_bris_de_glace, d.oppose_centre15, \
         (SELECT count(*) FROM record_account r WHERE r.dmp_id = d.id), \
         (SELECT count(*) FROM record_remb_care r WHERE r.dmp_id = d.id), \
         (SELECT count(*) FROM remb_care r WHERE r.beneficiary_id = d.beneficiary_id) \
         FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
         JOIN staff_account s ON s.id = d.created_by_staff WHERE b.nir = '196022B03300802'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        (channel.as_str(), by_staff.as_str()),
        ("guichet", "agent.angers")
    );
    assert!(!oppose_bdg && oppose_c15);
    assert_eq!(accounts, 0, "no e-mail, no mobile: no account");
    assert!(lines > 0 && lines <= registry_lines);
    let traced: Vec<(String, String)> = sqlx::query_as(
        "SELECT t.actor_kind, t.action FROM access_trace t JOIN dmp d ON d.id = t.dmp_id \
         JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = '196022B03300802' \
         AND t.action = 'creation_guichet'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        traced,
        [("assurance_maladie".into(), "creation_guichet".into())]
    );

    let page = portal.get("/guichet", Some(&agent)).await;
    assert!(page.body.contains("DMP créé sans accès internet"));
    let pdf = portal
        .get("/guichet/document-des-secrets.pdf", Some(&agent))
        .await;
    assert_eq!(pdf.status, StatusCode::OK);
    let text = pdf_text(&pdf.bytes);
    assert!(text.contains("SANTONI Antoine") && text.contains("sans accès internet"));
    assert!(!text.contains("Mot de passe initial :"));
    // In the language the agent reads the console in.
    let english = portal
        .get(
            "/guichet/document-des-secrets.pdf",
            Some(&format!("{agent}; dmp_langue=en")),
        )
        .await;
    assert_eq!(pdf_lang(&english.bytes), "en");
    let english = pdf_text(&english.bytes);
    assert!(
        english.contains("SANTONI Antoine") && english.contains("without Internet access"),
        "{english}"
    );
    assert!(!english.contains("sans accès internet"), "{english}");
    // Only the agent's session prints it.
    let other = portal
        .get("/guichet/document-des-secrets.pdf", Some(&statistician))
        .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    assert!(
        other.body.contains("<html lang=\"fr\">")
            && other.body.contains("<h1>Document indisponible</h1>"),
        "{}",
        other.body
    );
    let english = portal
        .get(
            "/guichet/document-des-secrets.pdf",
            Some(&format!("{statistician}; dmp_langue=en")),
        )
        .await;
    assert_eq!(english.status, StatusCode::NOT_FOUND);
    assert!(
        english.body.contains("<html lang=\"en\">")
            && english.body.contains("<h1>Document unavailable</h1>")
            && english.body.contains("Back to the reception desk console"),
        "{}",
        english.body
    );

    // New credentials need a channel now; then the account is the holder's.
    // As a browser posts it: every field, empty.
    let none = [
        ("form[email]", ""),
        ("form[email_confirm]", ""),
        ("form[mobile]", ""),
        ("form[mobile_confirm]", ""),
    ];
    let refused = portal
        .post_form("/api/guichet/identifiants", Some(&agent), "/guichet", &none)
        .await;
    let back = refused
        .cookie("dmp_retour")
        .expect("the error, back on the page");
    let page = portal
        .get("/guichet", Some(&format!("{agent}; {back}")))
        .await;
    assert!(
        page.body.contains("pas encore d&#x27;accès internet")
            || page.body.contains("pas encore d'accès internet"),
        "{:.3000}",
        page.body
    );
    let accounts: i64 = sqlx::query_scalar("SELECT count(*) FROM patient_account")
        .fetch_one(&pool)
        .await
        .unwrap();
    let email = [
        ("form[email]", "antoine.santoni@example.org"),
        ("form[email_confirm]", "antoine.santoni@example.org"),
    ];
    let done = portal
        .post_form(
            "/api/guichet/identifiants",
            Some(&agent),
            "/guichet",
            &email,
        )
        .await;
    assert_eq!(done.location(), "/guichet");
    let after: i64 = sqlx::query_scalar("SELECT count(*) FROM patient_account")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(after, accounts + 1);
    let text = pdf_text(
        &portal
            .get("/guichet/document-des-secrets.pdf", Some(&agent))
            .await
            .bytes,
    );
    let login = printed_after(&text, "Identifiant de connexion :");
    let password = printed_after(&text, "Mot de passe initial :");
    let page = portal.get("/guichet", Some(&agent)).await;
    assert!(page.body.contains(&login));
    assert!(
        !page.body.contains(&password),
        "the agent never sees it: {login} {password} {text}"
    );
    assert!(
        portal.sign_in(&login, &password).await.is_some(),
        "{login} / {password} opens the record"
    );

    // Issued again: the same login, a new password, the old one dead.
    portal
        .post_form("/api/guichet/identifiants", Some(&agent), "/guichet", &none)
        .await;
    let text = pdf_text(
        &portal
            .get("/guichet/document-des-secrets.pdf", Some(&agent))
            .await
            .bytes,
    );
    assert_eq!(printed_after(&text, "Identifiant de connexion :"), login);
    let renewed = printed_after(&text, "Mot de passe initial :");
    assert_ne!(renewed, password);
    assert!(portal.sign_in(&login, &password).await.is_none());
    assert!(portal.sign_in(&login, &renewed).await.is_some());

    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT t.action FROM staff_trace t JOIN staff_account a ON a.id = t.account_id \
         WHERE a.login = 'agent.angers' AND t.action <> 'connexion' ORDER BY t.id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        actions,
        [
            "identification_guichet",
            "creation_guichet",
            "identifiants_guichet",
            "identifiants_guichet"
        ]
    );
}

/// The CSV's rows for one day, header left out.
pub(crate) async fn csv_rows(portal: &TestApp, cookie: &str, day: &str) -> Vec<String> {
    let csv = portal
        .get(
            &format!("/statistiques/creations.csv?du={day}&au={day}"),
            Some(cookie),
        )
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.header("content-type").starts_with("text/csv"));
    let mut lines = csv.body.lines();
    assert_eq!(
        lines.next(),
        Some("jour,departement,canal,crees,alimentes,alimentes_assurance_maladie")
    );
    lines.map(str::to_string).collect()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_statistician_counts_a_web_and_a_desk_creation_and_nobody_else_reads_the_figures(
    pool: PgPool,
) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    let agent = signed_in(&portal, &pool, "agent.angers", DEMO_PASSWORD).await;
    let statistician = signed_in(&portal, &pool, "statistiques", DEMO_PASSWORD).await;
    let marie = portal
        .sign_in("marieleroy", "Demo-DMP-Marie-2026")
        .await
        .unwrap();
    let today: String =
        sqlx::query_scalar("SELECT (now() AT TIME ZONE 'Europe/Paris')::date::text")
            .fetch_one(&pool)
            .await
            .unwrap();

    // Roles: neither an agent, nor a patient, nor a visitor reads them.
    for cookie in [Some(agent.as_str()), Some(marie.as_str()), None] {
        let page = portal.get("/statistiques", cookie).await;
        assert!(page.body.contains("réservées aux statisticiens"));
        assert!(!page.body.contains("DMP créés"));
        let csv = portal.get("/statistiques/creations.csv", cookie).await;
        assert_eq!(csv.status, StatusCode::FORBIDDEN);
        assert!(!csv.body.contains("jour,departement"));
    }
    let refused = portal
        .get("/statistiques/creations.csv", Some(&agent))
        .await;
    assert!(
        refused.body.contains("<html lang=\"fr\">")
            && refused.body.contains("<h1>Accès refusé</h1>"),
        "{}",
        refused.body
    );
    let english = portal
        .get(
            "/statistiques/creations.csv",
            Some(&format!("{agent}; dmp_langue=en")),
        )
        .await;
    assert_eq!(english.status, StatusCode::FORBIDDEN);
    assert!(
        english.body.contains("<html lang=\"en\">")
            && english.body.contains("<h1>Access denied</h1>")
            && english.body.contains("Sign in to the staff area"),
        "{}",
        english.body
    );
    // …and the statistician does not open the desk's console.
    let desk = portal.get("/guichet", Some(&statistician)).await;
    assert!(!desk.body.contains("Identifier la personne"));
    assert!(csv_rows(&portal, &statistician, &today).await.is_empty());

    // A web creation (Claire MARTIN, without JavaScript)…
    let step1 = portal
        .post_form(
            "/api/creation/identification",
            None,
            "/creation",
            &[
                ("form[nir]", "269054958815780"),
                ("form[code]", "DEMA-2345-6789"),
                ("form[card_type]", "avec_photo"),
                ("form[serial]", "80123456789"),
            ],
        )
        .await;
    assert_eq!(step1.location(), "/creation/informations");
    let creation = step1
        .header("set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let step2 = portal
        .post_form(
            "/api/creation/informations",
            Some(&creation),
            "/creation/informations",
            &[
                ("form[email]", "c@exemple.fr"),
                ("form[email_confirm]", "c@exemple.fr"),
                ("form[accept]", "on"),
            ],
        )
        .await;
    assert_eq!(step2.location(), "/creation/donnees-de-connexion");
    // …and a desk creation (Antoine SANTONI) the same day.
    portal
        .post_form(
            "/api/guichet/identifier",
            Some(&agent),
            "/guichet",
            &ANTOINE,
        )
        .await;
    portal
        .post_form("/api/guichet/creer", Some(&agent), "/guichet", &ANSWERS)
        .await;

    let rows = csv_rows(&portal, &statistician, &today).await;
    assert_eq!(rows.len(), 2, "{rows:?}");
    let row = |channel: &str| -> Vec<String> {
        rows.iter()
            .map(|r| r.split(',').map(str::to_string).collect::<Vec<_>>())
            .find(|r| r[2] == channel)
            .unwrap_or_else(|| panic!("{channel} in {rows:?}"))
    };
    let (web, desk) = (row("web"), row("guichet"));
    assert_eq!(web[0], today);
    assert_eq!(&web[3..5], ["1", "0"]);
    assert_eq!(&desk[3..5], ["1", "0"]);
    assert_eq!(desk[1], "2B", "Antoine's caisse is Haute-Corse's");
    for r in &rows {
        assert!(!r.contains("MARTIN") && !r.contains("269054958815780"));
    }

    // A professional's document: Claire's DMP is fed.
    sqlx::query(
        "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, \
         author_professional_id, content_type, content) \
         SELECT d.id, '11488-4', 'Consultation', current_date, now(), p.id, 'application/pdf', '%PDF-1.7' \
         FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id, professional p \
         WHERE b.nir = '269054958815780' LIMIT 1",
    )
    .execute(&pool)
    .await
    .unwrap();
    let rows = csv_rows(&portal, &statistician, &today).await;
    assert!(rows.iter().any(|r| r.contains(",web,1,1,")), "{rows:?}");

    // The page: figures, charts drawn on the server, tables beside them.
    let page = portal
        .get(
            &format!("/statistiques?du={today}&au={today}&pas=jour"),
            Some(&statistician),
        )
        .await;
    assert!(page.body.contains("<svg"), "{:.2000}", page.body);
    for text in [
        "DMP créés par canal",
        "Internet",
        "Agent d",
        "Parcours de création",
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    let actions: Vec<String> = sqlx::query_scalar(
        "SELECT t.action FROM staff_trace t JOIN staff_account a ON a.id = t.account_id \
         WHERE a.login = 'statistiques' AND t.action LIKE '%statistiques' ORDER BY t.id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(actions.contains(&"export_statistiques".to_string()));
    assert!(actions.contains(&"consultation_statistiques".to_string()));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_demo_brings_months_of_openings_by_every_channel_for_the_charts(pool: PgPool) {
    let args = server::seed::SeedArgs {
        as_of: Some(chrono::Utc::now().date_naive()),
        without_records: false,
        without_history: false,
        ..crate::common::args(200)
    };
    server::seed::seed(&pool, crate::common::KEY, &args)
        .await
        .unwrap();
    let portal = TestApp::new(&pool);
    let statistician = signed_in(&portal, &pool, "statistiques", DEMO_PASSWORD).await;
    let csv = portal
        .get("/statistiques/creations.csv", Some(&statistician))
        .await
        .body;
    let rows: Vec<Vec<&str>> = csv
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect())
        .collect();
    let created: i64 = rows.iter().map(|r| r[3].parse::<i64>().unwrap()).sum();
    let fed: i64 = rows.iter().map(|r| r[4].parse::<i64>().unwrap()).sum();
    let mut channels: Vec<&str> = rows.iter().map(|r| r[2]).collect();
    channels.sort_unstable();
    channels.dedup();
    assert!(created >= 60, "{created} openings");
    assert!(fed * 4 > created && fed < created, "{fed} fed of {created}");
    assert_eq!(
        channels,
        [
            "atelier",
            "borne",
            "guichet",
            "officine",
            "professionnel",
            "web"
        ]
    );
    let page = portal
        .get("/statistiques?pas=semaine", Some(&statistician))
        .await;
    assert!(page.body.matches("<rect").count() > 30);
    let started: i64 =
        sqlx::query_scalar("SELECT sum(count)::bigint FROM creation_funnel WHERE event = 'etape1'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(started > 0);
}

async fn card_cookie(pool: &PgPool, card_number: &str) -> String {
    use app::session::card::{self, SignIn};
    let SignIn::Open(token) = card::sign_in(
        pool,
        crate::common::KEY,
        card_number,
        "1234",
        chrono::Utc::now(),
    )
    .await
    .unwrap() else {
        panic!("card {card_number}")
    };
    format!("{}={token}", card::COOKIE)
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_pharmacist_opens_a_dmp_with_the_three_questions_and_reads_it_only_if_authorised(
    pool: PgPool,
) {
    use crate::common::pro::{GP, PHARMACIST};
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    let pharmacist = card_cookie(&pool, PHARMACIST).await;
    let home = portal.get("/professionnel", Some(&pharmacist)).await;
    assert!(
        home.body.contains("Créer le DMP d&#x27;un patient")
            || home.body.contains("Créer le DMP d'un patient")
    );

    let done = portal
        .post_form(
            "/api/pro/creation/identifier",
            Some(&pharmacist),
            "/professionnel/creer",
            &ANTOINE,
        )
        .await;
    assert_eq!(done.location(), "/professionnel/creer");
    let page = portal.get("/professionnel/creer", Some(&pharmacist)).await;
    for text in [
        "SANTONI Antoine",
        "les trois questions",
        "autorise à consulter son DMP",
    ] {
        assert!(page.body.contains(text), "{text}");
    }
    let mut answers = ANSWERS.to_vec();
    answers.extend([
        ("form[mobile]", "06 12 34 56 78"),
        ("form[mobile_confirm]", "0612345678"),
    ]);
    for _ in 0..2 {
        portal
            .post_form(
                "/api/pro/creation/creer",
                Some(&pharmacist),
                "/professionnel/creer",
                &answers,
            )
            .await;
    }
    let (dmp_id, channel, author, mobile): (i64, String, String, String) = sqlx::query_as(
        "SELECT d.id, d.creation_channel, p.last_name, a.mobile FROM dmp d \
         JOIN beneficiary b ON b.id = d.beneficiary_id \
         JOIN professional p ON p.id = d.created_by_professional \
         JOIN patient_account a ON a.dmp_id = d.id WHERE b.nir = '196022B03300802'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        (channel.as_str(), author.as_str(), mobile.as_str()),
        ("officine", "PAOLI", "+33612345678")
    );
    let authorisations = |dmp_id: i64| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, i64>(
                "SELECT count(*) FROM professional_authorisation WHERE dmp_id = $1 AND status = 'VALIDE'",
            )
            .bind(dmp_id)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    assert_eq!(
        authorisations(dmp_id).await,
        0,
        "creating gives no right to read"
    );
    let traced: Vec<String> = sqlx::query_scalar(
        "SELECT action FROM access_trace WHERE dmp_id = $1 AND actor_kind = 'professionnel' ORDER BY id",
    )
    .bind(dmp_id)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(traced, ["creation_professionnel"]);
    let page = portal.get("/professionnel/creer", Some(&pharmacist)).await;
    assert!(page.body.contains("ne vous a pas autorisé"));
    let pdf = portal
        .get("/professionnel/document-des-secrets.pdf", Some(&pharmacist))
        .await;
    let text = pdf_text(&pdf.bytes);
    let login = printed_after(&text, "Identifiant de connexion :");
    let password = printed_after(&text, "Mot de passe initial :");
    assert!(page.body.contains(&login) && !page.body.contains(&password));
    // Searching the record now: the consent is still to be asked.
    portal
        .post_form(
            "/api/pro/recherche",
            Some(&pharmacist),
            "/professionnel",
            &[("form[ins]", "196022B03300802")],
        )
        .await;
    let record = portal
        .get("/professionnel/dossier", Some(&pharmacist))
        .await;
    assert!(
        record.body.contains("m&#x27;a autorisé") || record.body.contains("m'a autorisé"),
        "{:.3000}",
        record.body
    );

    // A doctor opens Youssef BENALI's, without e-mail nor mobile, authorised.
    let doctor = card_cookie(&pool, GP).await;
    portal
        .post_form(
            "/api/pro/creation/identifier",
            Some(&doctor),
            "/professionnel/creer",
            &[
                ("form[nir]", "176079935001231"),
                ("form[card_type]", "sans_photo"),
                ("form[serial]", "1234567890"),
                ("form[presence]", "on"),
            ],
        )
        .await;
    let mut answers = ANSWERS.to_vec();
    answers.push(("authorise", "on"));
    portal
        .post_form(
            "/api/pro/creation/creer",
            Some(&doctor),
            "/professionnel/creer",
            &answers,
        )
        .await;
    let (dmp_id, channel, accounts): (i64, String, i64) = sqlx::query_as(
        "SELECT d.id, d.creation_channel, (SELECT count(*) FROM record_account r WHERE r.dmp_id = d.id) \
         FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = '176079935001231'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((channel.as_str(), accounts), ("professionnel", 0));
    assert_eq!(authorisations(dmp_id).await, 1);
    let page = portal.get("/professionnel/creer", Some(&doctor)).await;
    assert!(page.body.contains("vous a autorisé"));
    assert!(page.body.contains("sans accès internet"));
}

async fn agent_serving(
    portal: &TestApp,
    pool: &PgPool,
    nir: &'static str,
    card_type: &'static str,
    serial: &'static str,
) -> String {
    let agent = signed_in(portal, pool, "agent.angers", DEMO_PASSWORD).await;
    let done = portal
        .post_form(
            "/api/guichet/identifier",
            Some(&agent),
            "/guichet",
            &[
                ("form[nir]", nir),
                ("form[card_type]", card_type),
                ("form[serial]", serial),
                ("form[presence]", "on"),
            ],
        )
        .await;
    assert_eq!(done.location(), "/guichet");
    agent
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_guardian_recorded_at_the_desk_reads_the_adults_record_until_the_desk_ends_it(
    pool: PgPool,
) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    // Jean-Pierre MOREAU, an adult with a record of his own.
    let agent = agent_serving(
        &portal,
        &pool,
        "152116912304531",
        "avec_photo",
        "80456789012",
    )
    .await;
    let page = portal.get("/guichet", Some(&agent)).await;
    assert!(
        page.body.contains("Enregistrer un tuteur"),
        "{:.3000}",
        page.body
    );
    let guardian = [
        ("form[rep_birth_name]", "Moreau"),
        ("form[rep_first_names]", "Sylvie"),
        ("form[email]", "sylvie.moreau@example.org"),
        ("form[email_confirm]", "sylvie.moreau@example.org"),
        ("form[mobile]", ""),
        ("form[mobile_confirm]", ""),
    ];
    let guardians = || async {
        sqlx::query_as::<_, (String, bool, bool)>(
            "SELECT r.relation, r.guardianship, r.ended_at IS NULL FROM legal_representative r \
             JOIN dmp d ON d.id = r.dmp_id JOIN beneficiary b ON b.id = d.beneficiary_id \
             WHERE b.nir = '152116912304531'",
        )
        .fetch_all(&pool)
        .await
        .unwrap()
    };
    // Without the judgment seen: nothing recorded.
    let refused = portal
        .post_form(
            "/api/guichet/representant",
            Some(&agent),
            "/guichet",
            &guardian,
        )
        .await;
    assert!(refused.cookie("dmp_retour").is_some());
    assert!(guardians().await.is_empty());
    let mut with_proof = guardian.to_vec();
    with_proof.push(("form[proof]", "on"));
    portal
        .post_form(
            "/api/guichet/representant",
            Some(&agent),
            "/guichet",
            &with_proof,
        )
        .await;
    assert_eq!(guardians().await, [("RESPRSN".to_string(), true, true)]);
    let text = pdf_text(
        &portal
            .get("/guichet/document-des-secrets.pdf", Some(&agent))
            .await
            .bytes,
    );
    assert!(
        text.contains("MOREAU Jean-Pierre") && text.contains("Sylvie MOREAU, représentant légal")
    );
    let login = printed_after(&text, "Identifiant de connexion :");
    let password = printed_after(&text, "Mot de passe initial :");
    assert_ne!(login, "jpmoreau", "the guardian's own login");

    // The guardian reads the adult's record, whose history says who did it.
    assert!(portal.sign_in(&login, &password).await.is_some());
    let (account_id, dmp_id): (i64, i64) = sqlx::query_as(
        "SELECT a.id, d.id FROM patient_account a, dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
         WHERE a.login = $1 AND b.nir = '152116912304531'",
    )
    .bind(&login)
    .fetch_one(&pool)
    .await
    .unwrap();
    let reads = || async {
        let mut conn = pool.acquire().await.unwrap();
        app::session::patient::represented(&mut conn, account_id, chrono::Utc::now())
            .await
            .unwrap()
    };
    assert_eq!(
        reads().await,
        [dmp_id],
        "an adult's record, read by the guardian"
    );
    let traced: Vec<(String, String)> = sqlx::query_as(
        "SELECT t.actor_kind, t.action FROM access_trace t JOIN dmp d ON d.id = t.dmp_id \
         JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = '152116912304531' \
         AND t.action LIKE '%representant_guichet'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        traced,
        [("assurance_maladie".into(), "representant_guichet".into())]
    );

    // The desk ends the tutelle: her next page no longer opens the record.
    let id: i64 =
        sqlx::query_scalar("SELECT id FROM legal_representative WHERE birth_name = 'MOREAU'")
            .fetch_one(&pool)
            .await
            .unwrap();
    portal
        .post_form(
            "/api/guichet/fin-representant",
            Some(&agent),
            "/guichet",
            &[("id", &id.to_string())],
        )
        .await;
    assert_eq!(guardians().await, [("RESPRSN".to_string(), true, false)]);
    assert!(reads().await.is_empty());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_minors_second_representative_is_recorded_at_the_desk_and_a_third_refused(pool: PgPool) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    // Emma JEAN-BAPTISTE, on her mother's card; Léa represents her.
    let agent = agent_serving(
        &portal,
        &pool,
        "215039712004629",
        "avec_photo",
        "80234567890",
    )
    .await;
    let page = portal.get("/guichet", Some(&agent)).await;
    assert!(page.body.contains("Représentants légaux") && page.body.contains("(mère)"));
    let father = [
        ("form[rep_relation]", "FTH"),
        ("form[rep_birth_name]", "Jean-Baptiste"),
        ("form[rep_first_names]", "Marc"),
        ("form[email]", ""),
        ("form[email_confirm]", ""),
        ("form[mobile]", "07 11 22 33 44"),
        ("form[mobile_confirm]", "0711223344"),
        ("form[proof]", "on"),
    ];
    portal
        .post_form(
            "/api/guichet/representant",
            Some(&agent),
            "/guichet",
            &father,
        )
        .await;
    let active: Vec<(String, bool)> = sqlx::query_as(
        "SELECT r.relation, r.guardianship FROM legal_representative r JOIN dmp d ON d.id = r.dmp_id \
         JOIN beneficiary b ON b.id = d.beneficiary_id \
         WHERE b.nir = '215039712004629' AND r.ended_at IS NULL ORDER BY r.id",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        active,
        [("MTH".to_string(), false), ("FTH".to_string(), false)]
    );
    let page = portal.get("/guichet", Some(&agent)).await;
    assert!(page.body.contains("Marc JEAN-BAPTISTE"));
    assert!(
        !page.body.contains("Enregistrer un représentant légal"),
        "two at most"
    );
    let mut third = father.to_vec();
    third[0].1 = "GRMTH";
    let refused = portal
        .post_form(
            "/api/guichet/representant",
            Some(&agent),
            "/guichet",
            &third,
        )
        .await;
    assert!(refused.cookie("dmp_retour").is_some());
    let count: i64 =
        sqlx::query_scalar("SELECT count(*) FROM legal_representative WHERE relation = 'GRMTH'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(count, 0);

    // New connection data: for the parent present, chosen; never the other's.
    let hash = |name: &'static str| {
        let pool = pool.clone();
        async move {
            sqlx::query_scalar::<_, String>(
                "SELECT a.password_hash FROM patient_account a \
                 JOIN legal_representative r ON r.account_id = a.id \
                 WHERE split_part(r.first_names, ' ', 1) = $1",
            )
            .bind(name)
            .fetch_one(&pool)
            .await
            .unwrap()
        }
    };
    let (lea, marc) = (hash("Léa").await, hash("Marc").await);
    let none = [
        ("form[representative]", ""),
        ("form[email]", ""),
        ("form[email_confirm]", ""),
        ("form[mobile]", ""),
        ("form[mobile_confirm]", ""),
    ];
    let refused = portal
        .post_form("/api/guichet/identifiants", Some(&agent), "/guichet", &none)
        .await;
    assert!(
        refused.cookie("dmp_retour").is_some(),
        "a child has none of their own"
    );
    let marc_id: i64 =
        sqlx::query_scalar("SELECT id FROM legal_representative WHERE first_names = 'Marc'")
            .fetch_one(&pool)
            .await
            .unwrap();
    let mut for_marc = none.to_vec();
    let marc_id = marc_id.to_string();
    for_marc[0].1 = &marc_id;
    portal
        .post_form(
            "/api/guichet/identifiants",
            Some(&agent),
            "/guichet",
            &for_marc,
        )
        .await;
    assert_eq!(hash("Léa").await, lea);
    assert_ne!(hash("Marc").await, marc);
    let text = pdf_text(
        &portal
            .get("/guichet/document-des-secrets.pdf", Some(&agent))
            .await
            .bytes,
    );
    assert!(
        text.contains("Marc JEAN-BAPTISTE, représentant légal"),
        "{text}"
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_closure_asked_in_person_closes_the_record_ends_its_sessions_and_is_traced(pool: PgPool) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    let marie = portal
        .sign_in("marieleroy", "Demo-DMP-Marie-2026")
        .await
        .unwrap();
    let agent = agent_serving(
        &portal,
        &pool,
        "284077505612322",
        "avec_photo",
        "80345678901",
    )
    .await;
    let status = || async {
        sqlx::query_as::<_, (String, Option<String>)>(
            "SELECT d.status, d.closure_reason FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
             WHERE b.nir = '284077505612322'",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    // Without the box: nothing closed.
    let refused = portal
        .post_form("/api/guichet/cloturer", Some(&agent), "/guichet", &[])
        .await;
    assert!(refused.cookie("dmp_retour").is_some());
    assert_eq!(status().await.0, "ACTIVE");
    portal
        .post_form(
            "/api/guichet/cloturer",
            Some(&agent),
            "/guichet",
            &[("confirm", "on")],
        )
        .await;
    assert_eq!(
        status().await,
        ("CLOSED".to_string(), Some("PATIENT_REQUEST".to_string()))
    );
    let sessions: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM patient_session s JOIN patient_account a ON a.id = s.account_id \
         WHERE a.login = 'marieleroy'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(sessions, 0, "her session ended");
    assert!(!portal
        .get("/mon-dmp", Some(&marie))
        .await
        .body
        .contains("Marie LEROY"));
    let told: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM outbox WHERE recipient = 'marie.leroy@example.org' \
         AND subject = 'Votre DMP est clôturé'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(told, 1);
    let traced: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM access_trace WHERE action = 'cloture_guichet' \
         AND actor_kind = 'assurance_maladie'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(traced, 1);
    let page = portal.get("/guichet", Some(&agent)).await;
    assert!(page.body.contains("DMP clôturé le"));
    assert!(!page.body.contains("Remettre de nouvelles données"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn on_a_kiosk_the_console_is_an_assisted_session_that_closes_itself(pool: PgPool) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    let agent = agent_serving(&portal, &pool, "196022B03300802", "sans_photo", "123456789").await;
    let kiosk = format!("{}=1", app::http::KIOSK_COOKIE);
    let desk = portal.get("/guichet", Some(&agent)).await;
    assert!(!desk.body.contains("accueil assisté"));
    let on_kiosk = format!("{agent}; {kiosk}");
    let desk = portal.get("/guichet", Some(&on_kiosk)).await;
    assert!(desk.body.contains("Borne en accueil assisté"));
    assert!(
        desk.body.contains("data-end=\"/api/guichet/fin\""),
        "{:.3000}",
        desk.body
    );
    // The countdown's end: the person forgotten, the agent signed out.
    let end = portal
        .post_form("/api/guichet/fin", Some(&on_kiosk), "/guichet", &[])
        .await;
    assert!(end.header("set-cookie").contains("Max-Age=0"));
    let open: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM staff_session s JOIN staff_account a ON a.id = s.account_id \
         WHERE a.login = 'agent.angers'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(open, 0);
    let page = portal.get("/guichet", Some(&on_kiosk)).await;
    assert!(page.body.contains("Me connecter à l"));
    assert!(!page.body.contains("SANTONI"));
}

/// Step 1 and step 2 of a web creation without JavaScript, on a device
/// whose cookies are `device` (a workshop's, say).
async fn web_creation(portal: &TestApp, device: &str, person: [(&str, &str); 4]) {
    let step1 = portal
        .post_form(
            "/api/creation/identification",
            (!device.is_empty()).then_some(device),
            "/creation",
            &person,
        )
        .await;
    assert_eq!(step1.location(), "/creation/informations");
    let creation = step1
        .header("set-cookie")
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let step2 = portal
        .post_form(
            "/api/creation/informations",
            Some(&creation),
            "/creation/informations",
            &[
                ("form[email]", "c@exemple.fr"),
                ("form[email_confirm]", "c@exemple.fr"),
                ("form[accept]", "on"),
            ],
        )
        .await;
    assert_eq!(step2.location(), "/creation/donnees-de-connexion");
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_dmp_opened_on_a_workshops_device_counts_for_it_with_the_channel_atelier(pool: PgPool) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    let facilitator = signed_in(&portal, &pool, "animateur.cotesdarmor", DEMO_PASSWORD).await;
    let agent = signed_in(&portal, &pool, "agent.angers", DEMO_PASSWORD).await;
    let page = portal.get("/atelier", Some(&agent)).await;
    assert!(page.body.contains("réservé aux animateurs"));
    assert!(!page.body.contains("Créer un atelier"));
    let home = portal.get("/personnel", Some(&facilitator)).await;
    assert!(
        home.body.contains("Ouvrir l&#x27;espace des ateliers")
            || home.body.contains("Ouvrir l'espace des ateliers")
    );

    let today: String =
        sqlx::query_scalar("SELECT (now() AT TIME ZONE 'Europe/Paris')::date::text")
            .fetch_one(&pool)
            .await
            .unwrap();
    let workshop = |date: &str, theme: &str| {
        vec![
            ("form[held_on]", date.to_string()),
            ("form[place]", "Salle des fêtes, Plouha".to_string()),
            ("form[association]", "Générations Mouvement".to_string()),
            ("form[theme]", theme.to_string()),
            ("form[expected]", "12".to_string()),
        ]
    };
    let post = |fields: Vec<(&'static str, String)>| {
        let (portal, facilitator) = (&portal, &facilitator);
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            portal
                .post_form("/api/atelier/creer", Some(facilitator), "/atelier", &fields)
                .await
        }
    };
    let refused = post(workshop("2020-01-01", "autre")).await;
    assert!(refused.cookie("dmp_retour").is_some());
    let count = || async {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM workshop")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    assert_eq!(count().await, 0);
    post(workshop(&today, "creer_consulter")).await;
    assert_eq!(count().await, 1);
    let id: i64 = sqlx::query_scalar("SELECT id FROM workshop")
        .fetch_one(&pool)
        .await
        .unwrap();

    let used = portal
        .post_form(
            "/api/atelier/appareil",
            Some(&facilitator),
            "/atelier",
            &[("id", &id.to_string())],
        )
        .await;
    let device = used.cookie("dmp_atelier").expect("the device's cookie");

    // Claire opens her DMP on the workshop's device; Youssef on a device
    // whose cookie was made up.
    web_creation(
        &portal,
        &device,
        [
            ("form[nir]", "269054958815780"),
            ("form[code]", "DEMA-2345-6789"),
            ("form[card_type]", "avec_photo"),
            ("form[serial]", "80123456789"),
        ],
    )
    .await;
    web_creation(
        &portal,
        &format!("dmp_atelier={id}.{}", "0".repeat(64)),
        [
            ("form[nir]", "176079935001231"),
            ("form[code]", "DEME-2345-6789"),
            ("form[card_type]", "sans_photo"),
            ("form[serial]", "1234567890"),
        ],
    )
    .await;
    let opened: Vec<(String, String, Option<i64>)> = sqlx::query_as(
        "SELECT b.birth_name, d.creation_channel, d.workshop_id FROM dmp d \
         JOIN beneficiary b ON b.id = d.beneficiary_id \
         WHERE b.nir IN ('269054958815780', '176079935001231') ORDER BY b.birth_name",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(
        opened,
        [
            ("BENALI".to_string(), "web".to_string(), None),
            ("MARTIN".to_string(), "atelier".to_string(), Some(id)),
        ]
    );
    // A desk agent present at the workshop, on its device, opens Antoine's.
    let at_workshop = format!("{agent}; {device}");
    portal
        .post_form(
            "/api/guichet/identifier",
            Some(&at_workshop),
            "/guichet",
            &ANTOINE,
        )
        .await;
    portal
        .post_form(
            "/api/guichet/creer",
            Some(&at_workshop),
            "/guichet",
            &ANSWERS,
        )
        .await;
    let (channel, workshop, by_staff): (String, Option<i64>, bool) = sqlx::query_as(
        "SELECT d.creation_channel, d.workshop_id, d.created_by_staff IS NOT NULL FROM dmp d \
         JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = '196022B03300802'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        (channel.as_str(), workshop, by_staff),
        ("atelier", Some(id), true)
    );
    let page = portal.get("/atelier", Some(&facilitator)).await;
    assert!(
        page.body.contains("2 DMP ouverts pendant l"),
        "{:.3000}",
        page.body
    );
    let statistician = signed_in(&portal, &pool, "statistiques", DEMO_PASSWORD).await;
    let rows = csv_rows(&portal, &statistician, &today).await;
    let atelier: i64 = rows
        .iter()
        .filter(|r| r.contains(",atelier,"))
        .map(|r| r.split(',').nth(3).unwrap().parse::<i64>().unwrap())
        .sum();
    assert_eq!(atelier, 2, "{rows:?}");
    // The one-page report: counts only, for the facilitator only.
    let report = portal
        .get(&format!("/atelier/{id}/bilan.pdf"), Some(&facilitator))
        .await;
    assert_eq!(report.status, StatusCode::OK);
    let text = pdf_text(&report.bytes);
    assert!(text.contains("Salle des fêtes, Plouha"));
    assert_eq!(printed_after(&text, "DMP ouverts pendant l'atelier :"), "2");
    assert_eq!(printed_after(&text, "Participants attendus :"), "12");
    assert!(!text.contains("MARTIN") && !text.contains("Claire"));
    let other = portal
        .get(&format!("/atelier/{id}/bilan.pdf"), Some(&agent))
        .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);

    // Ended, the workshop's device opens DMPs as any other.
    portal
        .post_form(
            "/api/atelier/terminer",
            Some(&facilitator),
            "/atelier",
            &[("id", &id.to_string())],
        )
        .await;
    let mut conn = pool.acquire().await.unwrap();
    let token = device.split_once('=').unwrap().1;
    let still = app::session::workshop::device(
        &mut conn,
        crate::common::KEY,
        Some(token),
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    assert_eq!(still, None);
}
