//! Issue 16: a workshop's practice people — made once for a workshop,
//! printed as cards, never found by a real identification, never counted,
//! their messages kept on their own card's page, destroyed after.

use crate::common::{six_digits, TestApp};
use crate::staff::{csv_rows, pdf_lang, pdf_text, printed_after, signed_in};
use axum::http::StatusCode;
use server::staff::DEMO_PASSWORD;
use sqlx::PgPool;

async fn today(pool: &PgPool) -> String {
    sqlx::query_scalar("SELECT (now() AT TIME ZONE 'Europe/Paris')::date::text")
        .fetch_one(pool)
        .await
        .unwrap()
}

/// A workshop of the demo facilitator held today: its id.
async fn workshop_today(portal: &TestApp, pool: &PgPool, facilitator: &str) -> i64 {
    let day = today(pool).await;
    portal
        .post_form(
            "/api/atelier/creer",
            Some(facilitator),
            "/atelier",
            &[
                ("form[held_on]", day.as_str()),
                ("form[place]", "Salle des fêtes, Plouha"),
                ("form[association]", "Générations Mouvement"),
                ("form[theme]", "creer_consulter"),
                ("form[expected]", "3"),
            ],
        )
        .await;
    sqlx::query_scalar("SELECT max(id) FROM workshop")
        .fetch_one(pool)
        .await
        .unwrap()
}

/// Card `number`'s person, as printed: NIR, card type, serial, creation
/// code, card code.
async fn card(
    pool: &PgPool,
    workshop: i64,
    number: i32,
) -> (String, String, String, String, String) {
    sqlx::query_as(
        "SELECT b.nir, v.card_type, v.serial, pc.creation_code, pc.card_code FROM practice_card pc \
         JOIN beneficiary b ON b.id = pc.beneficiary_id JOIN vitale_card v ON v.holder_id = b.id \
         WHERE pc.workshop_id = $1 AND pc.number = $2",
    )
    .bind(workshop)
    .bind(number)
    .fetch_one(pool)
    .await
    .unwrap()
}

fn cookie_of(answer: &crate::common::harness::Answer, name: &str) -> String {
    answer
        .cookie(name)
        .unwrap_or_else(|| panic!("a {name} cookie"))
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn practice_people_are_made_once_printed_isolated_from_the_real_registry_and_destroyed(
    pool: PgPool,
) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    let facilitator = signed_in(&portal, &pool, "animateur.cotesdarmor", DEMO_PASSWORD).await;
    let statistician = signed_in(&portal, &pool, "statistiques", DEMO_PASSWORD).await;
    let agent = signed_in(&portal, &pool, "agent.angers", DEMO_PASSWORD).await;
    let id = workshop_today(&portal, &pool, &facilitator).await;
    let real: i64 = sqlx::query_scalar("SELECT count(*) FROM beneficiary")
        .fetch_one(&pool)
        .await
        .unwrap();

    // Made once, whatever the clicks; nobody but the facilitator makes them.
    let path = format!("/atelier/{id}/entrainement");
    let refused = portal
        .post_form(&path, Some(&agent), "/atelier", &[("count", "3")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let wrong = portal
        .post_form(&path, Some(&facilitator), "/atelier", &[("count", "500")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.body.contains("de 1 à 60"));
    for _ in 0..2 {
        let made = portal
            .post_form(&path, Some(&facilitator), "/atelier", &[("count", "3")])
            .await;
        assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    }
    let (cards, people, documents): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM practice_card WHERE workshop_id = $1), \
         (SELECT count(*) FROM beneficiary WHERE practice_workshop_id = $1), \
         (SELECT count(*) FROM practice_document)",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((cards, people), (3, 3));
    assert!(documents >= 3 * 8, "{documents} documents");
    let page = portal.get("/atelier", Some(&facilitator)).await;
    assert!(
        page.body.contains("3 cartes d&#x27;entraînement")
            || page.body.contains("3 cartes d'entraînement")
    );

    // The cards: read back from the PDF, for the facilitator only.
    let (nir, card_type, serial, code, card_code) = card(&pool, id, 1).await;
    let pdf = portal
        .get(
            &format!("/atelier/{id}/cartes-entrainement.pdf"),
            Some(&facilitator),
        )
        .await;
    assert_eq!(pdf.status, StatusCode::OK);
    let text = pdf_text(&pdf.bytes);
    assert!(
        text.contains("Carte d'entraînement n° 1") && text.contains("n° 3"),
        "{text}"
    );
    assert!(text.contains(&nir[..1]) && text.contains(&serial), "{text}");
    let display = |c: &str| format!("{}-{}-{}", &c[..4], &c[4..8], &c[8..]);
    assert!(text.contains(&display(&code)) && text.contains(&display(&card_code)));
    assert_eq!(pdf_lang(&pdf.bytes), "fr");
    // In the facilitator's language: the same people, in other words.
    let english = portal
        .get(
            &format!("/atelier/{id}/cartes-entrainement.pdf"),
            Some(&format!("{facilitator}; dmp_langue=en")),
        )
        .await;
    assert_eq!(english.status, StatusCode::OK);
    assert_eq!(pdf_lang(&english.bytes), "en");
    let english = pdf_text(&english.bytes);
    assert!(
        english.contains("Practice card no. 1 — a made-up person")
            && english.contains("Nothing is real"),
        "{english}"
    );
    assert!(
        english.contains("Social security number:") && english.contains("serial number:"),
        "{english}"
    );
    assert!(english.contains(&serial) && english.contains(&display(&card_code)));
    assert!(
        !english.contains("Carte d'entraînement") && !english.contains("Rien n'est réel"),
        "{english}"
    );
    let other = portal
        .get(
            &format!("/atelier/{id}/cartes-entrainement.pdf"),
            Some(&agent),
        )
        .await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);

    let person = [
        ("form[nir]", nir.as_str()),
        ("form[code]", code.as_str()),
        ("form[card_type]", card_type.as_str()),
        ("form[serial]", serial.as_str()),
    ];
    // A real identification never finds a practice person…
    let real_try = portal
        .post_form("/api/creation/identification", None, "/creation", &person)
        .await;
    assert_eq!(real_try.location(), "/creation");
    let on_card = app::registry::on_card(
        &mut pool.acquire().await.unwrap(),
        &app::domain::nir::Nir::parse(&nir).unwrap(),
        app::domain::vitale::CardType::from_code(&card_type).unwrap(),
        &app::domain::vitale::VitaleSerial::parse(&serial).unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(on_card, None, "a desk or a professional never finds them");

    // …but the practice card's does: a wrong card code first.
    let bad = portal
        .post_form(
            "/api/entrainement/entrer",
            None,
            "/entrainement",
            &[("card_code", "AAAA-AAAA-AAAA")],
        )
        .await;
    assert!(bad.cookie("dmp_entrainement").is_none());
    let entered = portal
        .post_form(
            "/api/entrainement/entrer",
            None,
            "/entrainement",
            &[("card_code", &card_code.to_lowercase())],
        )
        .await;
    let practice = cookie_of(&entered, "dmp_entrainement");
    let card_page = portal.get("/entrainement", Some(&practice)).await;
    assert!(
        card_page.body.contains("Carte d&#x27;entraînement n° 1")
            || card_page.body.contains("Carte d'entraînement n° 1")
    );
    assert!(card_page.body.contains("Entraînement"));

    let step1 = portal
        .post_form(
            "/api/creation/identification",
            Some(&practice),
            "/creation",
            &person,
        )
        .await;
    assert_eq!(step1.location(), "/creation/informations");
    let creation = format!("{practice}; {}", cookie_of(&step1, "dmp_creation"));
    let step2 = portal
        .post_form(
            "/api/creation/informations",
            Some(&creation),
            "/creation/informations",
            &[
                ("form[email]", "participant@exemple.fr"),
                ("form[email_confirm]", "participant@exemple.fr"),
                ("form[accept]", "on"),
            ],
        )
        .await;
    assert_eq!(step2.location(), "/creation/donnees-de-connexion");
    let secrets = portal
        .get("/creation/document-des-secrets.pdf", Some(&creation))
        .await;
    let text = pdf_text(&secrets.bytes);
    let login = printed_after(&text, "Identifiant de connexion :");
    let password = printed_after(&text, "Mot de passe initial :");
    let (channel, workshop, docs): (String, Option<i64>, i64) = sqlx::query_as(
        "SELECT d.creation_channel, d.workshop_id, (SELECT count(*) FROM document x WHERE x.dmp_id = d.id) \
         FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.practice_workshop_id = $1",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((channel.as_str(), workshop), ("entrainement", None));
    let oid: String = sqlx::query_scalar(
        "SELECT d.ins_oid FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
         WHERE b.practice_workshop_id = $1",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(oid, "1.2.250.1.213.1.4.10", "a test INS, whatever the mode");
    assert!(docs >= 8, "{docs} documents in the practice record");

    // Its messages stay on its card's page: never sent, never in the demo outbox.
    let signed = portal.sign_in(&login, &password).await;
    assert!(signed.is_some(), "the practice record's holder signs in");
    let (body, kept_for): (String, Option<i64>) = sqlx::query_as(
        "SELECT body, practice_card_id FROM outbox WHERE purpose = 'sign_in_code' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let card_1: i64 =
        sqlx::query_scalar("SELECT id FROM practice_card WHERE workshop_id = $1 AND number = 1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(kept_for, Some(card_1));
    let otp = six_digits(&body);
    let card_page = portal.get("/entrainement", Some(&practice)).await;
    assert!(card_page.body.contains(&otp), "the code on the card's page");
    let entered_2 = portal
        .post_form(
            "/api/entrainement/entrer",
            None,
            "/entrainement",
            &[("card_code", &card(&pool, id, 2).await.4)],
        )
        .await;
    let other_card = portal
        .get(
            "/entrainement",
            Some(&cookie_of(&entered_2, "dmp_entrainement")),
        )
        .await;
    assert!(other_card.body.contains("n° 2") && !other_card.body.contains(&otp));

    // Card 2's person asks for a new creation code: it goes by post, and
    // the letter is read on that card's page, and there only.
    let card_2 = cookie_of(&entered_2, "dmp_entrainement");
    let (nir_2, _, serial_2, _, _) = card(&pool, id, 2).await;
    portal
        .post_form(
            "/api/creation/demande-de-code",
            Some(&card_2),
            "/creation/demande-de-code",
            &[("form[nir]", &nir_2), ("form[serial]", &serial_2)],
        )
        .await;
    app::creation::code_request::process_requests(&pool, crate::common::KEY)
        .await
        .unwrap();
    let (letter_id, channel): (i64, String) = sqlx::query_as(
        "SELECT o.id, o.channel FROM outbox o JOIN practice_card pc ON pc.id = o.practice_card_id \
         WHERE pc.workshop_id = $1 AND pc.number = 2 AND o.purpose = 'creation_code'",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(channel, "courrier");
    let link = app::workshop::practice::store::letter_path(letter_id);
    let page_2 = portal.get("/entrainement", Some(&card_2)).await;
    assert!(
        page_2.body.contains(&format!("href=\"{link}\"")),
        "{:.3000}",
        page_2.body
    );
    let letter = portal.get(&link, Some(&card_2)).await;
    assert_eq!(letter.header("content-type"), "application/pdf");
    // The letter carries a new creation code, as printed: XXXX-XXXX-XXXX.
    let text = crate::staff::pdf_text(&letter.bytes);
    let printed = text.split_whitespace().any(|w| {
        let parts: Vec<&str> = w.split('-').collect();
        parts.len() == 3
            && parts.iter().all(|p| {
                p.len() == 4
                    && p.chars()
                        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            })
    });
    assert!(printed, "{text}");
    for stranger in [None, Some(practice.as_str())] {
        assert_eq!(portal.get(&link, stranger).await.status, 404);
    }
    // From a practice card, a real person's numbers reach nobody.
    let before: i64 =
        sqlx::query_scalar("SELECT count(*) FROM outbox WHERE purpose = 'creation_code'")
            .fetch_one(&pool)
            .await
            .unwrap();
    let (real_nir, real_serial): (String, String) = sqlx::query_as(
        "SELECT b.nir, c.serial FROM beneficiary b \
         JOIN vitale_card_beneficiary cb ON cb.beneficiary_id = b.id \
         JOIN vitale_card c ON c.id = cb.card_id \
         WHERE b.practice_workshop_id IS NULL AND c.revoked_at IS NULL ORDER BY b.id LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let sent = || async {
        app::creation::code_request::process_requests(&pool, crate::common::KEY)
            .await
            .unwrap();
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM outbox WHERE purpose = 'creation_code'")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    for (cookie, more) in [(Some(card_2.as_str()), 0), (None, 1)] {
        portal
            .post_form(
                "/api/creation/demande-de-code",
                cookie,
                "/creation/demande-de-code",
                &[("form[nir]", &real_nir), ("form[serial]", &real_serial)],
            )
            .await;
        assert_eq!(
            sent().await,
            before + more,
            "from a card: {}",
            cookie.is_some()
        );
    }
    let outbox = portal.get("/demo/messages", None).await;
    assert!(!outbox.body.contains(&otp) && !outbox.body.contains("participant@exemple.fr"));
    let unsent: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM outbox WHERE practice_card_id IS NOT NULL AND sent_at IS NOT NULL",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(unsent, 0);

    // Never counted.
    let rows = csv_rows(&portal, &statistician, &today(&pool).await).await;
    assert!(rows.iter().all(|r| !r.contains("entrainement")), "{rows:?}");
    let funnel: i64 =
        sqlx::query_scalar("SELECT count(*) FROM creation_funnel WHERE channel = 'entrainement'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(funnel, 0);
    let page = portal.get("/atelier", Some(&facilitator)).await;
    // French puts 0 in the singular (issue 17).
    assert!(page.body.contains("0 DMP ouvert pendant l"));

    // Destroyed with everything of theirs; the real registry untouched.
    portal
        .post_form(
            "/api/atelier/detruire-entrainement",
            Some(&agent),
            "/atelier",
            &[("id", &id.to_string())],
        )
        .await;
    let left: i64 = sqlx::query_scalar("SELECT count(*) FROM practice_card")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(left, 3, "an agent destroys nothing");
    portal
        .post_form(
            "/api/atelier/detruire-entrainement",
            Some(&facilitator),
            "/atelier",
            &[("id", &id.to_string())],
        )
        .await;
    let (cards, people, records, kept, beneficiaries): (i64, i64, i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM practice_card), \
         (SELECT count(*) FROM beneficiary WHERE practice_workshop_id IS NOT NULL), \
         (SELECT count(*) FROM dmp WHERE creation_channel = 'entrainement'), \
         (SELECT count(*) FROM outbox WHERE practice_card_id IS NOT NULL), \
         (SELECT count(*) FROM beneficiary)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        (cards, people, records, kept, beneficiaries),
        (0, 0, 0, 0, real)
    );
    assert!(portal.sign_in(&login, &password).await.is_none());
    // The report keeps the practice's counts, and only counts.
    let report = pdf_text(
        &portal
            .get(&format!("/atelier/{id}/bilan.pdf"), Some(&facilitator))
            .await
            .bytes,
    );
    assert_eq!(
        printed_after(&report, "Cartes d'entraînement (personnes fictives) :"),
        "3"
    );
    assert_eq!(
        printed_after(&report, "DMP d'entraînement ouverts avec elles :"),
        "1"
    );
    assert!(!report.contains(&login));
    // In the facilitator's language, with the same counts.
    let english = portal
        .get(
            &format!("/atelier/{id}/bilan.pdf"),
            Some(&format!("{facilitator}; dmp_langue=en")),
        )
        .await;
    assert_eq!(pdf_lang(&english.bytes), "en");
    let english = pdf_text(&english.bytes);
    assert!(
        english.contains("DMP workshop report")
            && english.contains("Creating and reading your DMP"),
        "{english}"
    );
    assert_eq!(
        printed_after(&english, "Practice cards (made-up people):"),
        "3"
    );
    assert_eq!(printed_after(&english, "Participants expected:"), "3");
    assert!(
        !english.contains("Bilan d'atelier") && !english.contains("Participants attendus"),
        "{english}"
    );
    let gone = portal.get("/entrainement", Some(&practice)).await;
    assert!(gone.body.contains("Code de la carte"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_practice_of_a_workshop_that_is_over_is_destroyed_by_the_purge(pool: PgPool) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    let facilitator = signed_in(&portal, &pool, "animateur.cotesdarmor", DEMO_PASSWORD).await;
    let id = workshop_today(&portal, &pool, &facilitator).await;
    portal
        .post_form(
            &format!("/atelier/{id}/entrainement"),
            Some(&facilitator),
            "/atelier",
            &[("count", "2")],
        )
        .await;
    let now = chrono::Utc::now();
    use app::workshop::practice::store::{destroy, finished};
    assert!(
        finished(&pool, now).await.unwrap().is_empty(),
        "held today, not ended"
    );
    let tomorrow = now + chrono::Duration::days(1);
    assert_eq!(finished(&pool, tomorrow).await.unwrap(), [id]);
    assert_eq!(destroy(&pool, id, tomorrow).await.unwrap(), 2);
    assert_eq!(
        destroy(&pool, id, tomorrow).await.unwrap(),
        0,
        "safe to run again"
    );
    assert!(finished(&pool, tomorrow).await.unwrap().is_empty());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_room_shows_each_practice_step_and_who_is_stuck_by_card_number(pool: PgPool) {
    crate::common::demo_records(&pool).await;
    let portal = TestApp::new(&pool);
    let facilitator = signed_in(&portal, &pool, "animateur.cotesdarmor", DEMO_PASSWORD).await;
    let agent = signed_in(&portal, &pool, "agent.angers", DEMO_PASSWORD).await;
    let id = workshop_today(&portal, &pool, &facilitator).await;
    portal
        .post_form(
            &format!("/atelier/{id}/entrainement"),
            Some(&facilitator),
            "/atelier",
            &[("count", "3")],
        )
        .await;
    let room = format!("/atelier/{id}/salle");
    let page = portal.get(&room, Some(&facilitator)).await;
    let body = page.body.replace("<!>", "");
    assert!(
        body.contains("http-equiv=\"refresh\""),
        "refreshed without JavaScript"
    );
    assert!(
        body.contains("<th scope=\"row\">Pas encore commencé</th><td>3</td>"),
        "{}",
        page.body
    );
    assert!(portal
        .get(&room, Some(&agent))
        .await
        .body
        .contains("réservé aux animateurs"));

    // Card 1 is at step 2; card 2 typed a wrong creation code three minutes ago.
    let enter = |n: i32| {
        let (portal, pool) = (&portal, &pool);
        async move {
            let answer = portal
                .post_form(
                    "/api/entrainement/entrer",
                    None,
                    "/entrainement",
                    &[("card_code", &card(pool, id, n).await.4)],
                )
                .await;
            cookie_of(&answer, "dmp_entrainement")
        }
    };
    for (n, good) in [(1, true), (2, false)] {
        let practice = enter(n).await;
        let (nir, card_type, serial, code, _) = card(&pool, id, n).await;
        let code = if good { code } else { "ABCD-EFGH-JKLM".into() };
        let answer = portal
            .post_form(
                "/api/creation/identification",
                Some(&practice),
                "/creation",
                &[
                    ("form[nir]", nir.as_str()),
                    ("form[code]", code.as_str()),
                    ("form[card_type]", card_type.as_str()),
                    ("form[serial]", serial.as_str()),
                ],
            )
            .await;
        assert_eq!(
            answer.location(),
            if good {
                "/creation/informations"
            } else {
                "/creation"
            }
        );
    }
    let page = portal.get(&room, Some(&facilitator)).await;
    let body = page.body.replace("<!>", "");
    assert!(body.contains("Étape 2 : informations et conditions</th><td>1</td>"));
    assert!(!body.contains("Bloqués depuis"), "not yet two minutes");
    sqlx::query("UPDATE creation_session SET error_since = error_since - interval '3 minutes'")
        .execute(&pool)
        .await
        .unwrap();
    let page = portal.get(&room, Some(&facilitator)).await;
    let body = page.body.replace("<!>", "");
    assert!(body.contains("Bloqués depuis plus de deux minutes"));
    assert!(
        body.contains("Carte n° 2 — Étape 1 : identification (depuis 3 min)"),
        "{}",
        page.body
    );
    assert!(!body.contains("Carte n° 1 —"));
}
