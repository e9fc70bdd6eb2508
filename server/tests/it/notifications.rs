//! The holder's notification settings and contact changes, against the
//! real PostgreSQL and through the portal's forms.

use crate::common;

use app::domain::access::{Mode, Right, Visibility};
use app::professional::feeding::{deposit, Deposit};
use app::professional::record::{declare_consent, declare_emergency, trace_consultation};
use chrono::Utc;
use common::pro::*;
use common::{page, portal, post_form};
use sqlx::PgPool;

const SETTINGS: &str = "/mon-dmp/notifications/reglages";

async fn sent(pool: &PgPool, purpose: &str, recipient: &str) -> Vec<String> {
    sqlx::query_scalar("SELECT body FROM outbox WHERE purpose = $1 AND recipient = $2 ORDER BY id")
        .bind(purpose)
        .bind(recipient)
        .fetch_all(pool)
        .await
        .unwrap()
}

const MARIE_MAIL: &str = "marie.leroy@example.org";

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn settings_are_respected_and_emergencies_always_sent(pool: PgPool) {
    let cookie = common::marie_signed_in(&pool).await;
    let app = portal(&pool);
    let now = Utc::now();
    let (status, html) = page(&app, SETTINGS, &cookie).await;
    assert_eq!(status, 200);
    assert!(html.contains("Toujours envoyé"), "{html}");

    // By default, the first access of a professional is sent.
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
    assert_eq!(sent(&pool, "first_access", MARIE_MAIL).await.len(), 1);

    // Everything off but the account messages by e-mail.
    let (status, location) = post_form(
        &app,
        "/api/dmp/notifications/reglages/enregistrer",
        &cookie,
        SETTINGS,
        &[("form[account_email]", "oui")],
    )
    .await;
    assert_eq!(
        (status, location.as_str()),
        (302, "/mon-dmp/notifications/reglages?fait=reglages")
    );
    let (_, html) = page(&app, &location, &cookie).await;
    assert!(html.contains("Vos réglages sont enregistrés."));
    let detail: String = sqlx::query_scalar(
        "SELECT detail FROM access_trace WHERE action = 'reglages_notifications'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(
        detail.contains("Un nouveau document est ajouté à mon DMP : e-mail non, SMS non"),
        "{detail}"
    );

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
    deposit(
        &pool,
        &gp,
        &marie,
        Deposit {
            type_code: "57833-6".into(),
            title: "Ordonnance".into(),
            date: String::new(),
            visibility: Visibility::default(),
            file: b"%PDF-1.7\n%%EOF\n".to_vec(),
            too_large: false,
        },
        now,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(
        sent(&pool, "first_access", MARIE_MAIL).await.len(),
        1,
        "turned off"
    );
    assert!(
        sent(&pool, "new_document", MARIE_MAIL).await.is_empty(),
        "turned off"
    );
    // Still listed in the portal.
    let listed: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM patient_notification WHERE subject = 'Un nouveau document dans votre DMP'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(listed, 1);
    // An emergency access is always sent.
    let (nurse, _, _) = open(&pool, NURSE).await;
    declare_emergency(&pool, &nurse, &marie, Mode::BrisDeGlace, "Malaise", now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sent(&pool, "emergency_access", MARIE_MAIL).await.len(), 1);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_contact_changes_only_once_the_code_sent_to_it_is_typed(pool: PgPool) {
    let cookie = common::marie_signed_in(&pool).await;
    let app = portal(&pool);
    let change = "/api/dmp/contact/changer";
    let confirm = "/api/dmp/contact/confirmer";
    let email = || async {
        sqlx::query_scalar::<_, Option<String>>(
            "SELECT email FROM patient_account WHERE login = 'marieleroy'",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
        .unwrap()
    };
    let new = "marie.nouvelle@example.org";

    // Typed differently twice: refused, nothing sent.
    let (_, location) = post_form(
        &app,
        change,
        &cookie,
        SETTINGS,
        &[
            ("canal", "email"),
            ("valeur", new),
            ("confirmation", "marie.nouvele@example.org"),
        ],
    )
    .await;
    let (_, html) = page(&app, &location, &cookie).await;
    assert!(
        html.contains("Les deux adresses e-mail ne sont pas identiques"),
        "{html}"
    );
    assert!(sent(&pool, "contact_change_code", new).await.is_empty());

    let (status, _) = post_form(
        &app,
        change,
        &cookie,
        SETTINGS,
        &[("canal", "email"), ("valeur", new), ("confirmation", new)],
    )
    .await;
    assert_eq!(status, 302);
    let codes = sent(&pool, "contact_change_code", new).await;
    assert_eq!(codes.len(), 1);
    let code = common::six_digits(&codes[0]);
    assert_eq!(email().await, MARIE_MAIL, "not before the code");
    let (_, html) = page(&app, SETTINGS, &cookie).await;
    assert!(html.contains(&format!("par e-mail à {new}")), "{html}");

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let (_, location) = post_form(&app, confirm, &cookie, SETTINGS, &[("code", wrong)]).await;
    let (_, html) = page(&app, &location, &cookie).await;
    assert!(
        html.contains("Code incorrect. Il vous reste 2 essais."),
        "{html}"
    );
    assert_eq!(email().await, MARIE_MAIL);

    let (status, location) = post_form(&app, confirm, &cookie, SETTINGS, &[("code", &code)]).await;
    assert_eq!(
        (status, location.as_str()),
        (302, "/mon-dmp/notifications/reglages?fait=contact")
    );
    assert_eq!(email().await, new);
    // Both the former and the new address are told.
    assert_eq!(sent(&pool, "account_changed", MARIE_MAIL).await.len(), 1);
    assert_eq!(sent(&pool, "account_changed", new).await.len(), 1);
    // The same code again changes nothing more.
    let (_, location) = post_form(&app, confirm, &cookie, SETTINGS, &[("code", &code)]).await;
    let (_, html) = page(&app, &location, &cookie).await;
    assert!(html.contains("plus valable"), "{html}");

    // Three wrong codes end a change: the mobile stays as it was.
    post_form(
        &app,
        change,
        &cookie,
        SETTINGS,
        &[
            ("canal", "sms"),
            ("valeur", "06 98 76 54 32"),
            ("confirmation", "0698765432"),
        ],
    )
    .await;
    assert_eq!(
        sent(&pool, "contact_change_code", "+33698765432")
            .await
            .len(),
        1
    );
    for _ in 0..3 {
        post_form(&app, confirm, &cookie, SETTINGS, &[("code", wrong)]).await;
    }
    let sms_code = common::six_digits(&sent(&pool, "contact_change_code", "+33698765432").await[0]);
    let (_, location) = post_form(&app, confirm, &cookie, SETTINGS, &[("code", &sms_code)]).await;
    assert!(!location.contains("fait=contact"), "{location}");
    let mobile: Option<String> =
        sqlx::query_scalar("SELECT mobile FROM patient_account WHERE login = 'marieleroy'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(mobile, None);
}
