//! Patient sign-in against a real PostgreSQL: password, one-time code by
//! e-mail or SMS (read from the outbox), the first-sign-in password change,
//! lockout, expiry and sign-out.

use crate::common;

use app::account::flow::{self, Cookie, Outcome, Visit};
use app::account::state::*;
use app::creation::flow as creation;
use app::creation::informations::InformationsForm;
use app::domain::ins::Mode;
use app::forms::fields::Field;
use app::messages::{Msg, Text};
use app::password::NewPasswordForm;
use app::registry::identify::IdentifyForm;
use app::services::Services;
use chrono::{DateTime, Duration, Utc};
use common::{now, registry};
use sqlx::PgPool;

fn services() -> Services {
    Services::new(common::KEY.to_vec(), Mode::Demo)
}

fn at(token: Option<&str>, when: DateTime<Utc>) -> Visit {
    Visit {
        address: String::new(),
        token: token.map(str::to_string),
        kiosk: false,
        workshop: None,
        practice: None,
        now: when,
    }
}

/// Creates a DMP through the creation flow; returns (login, initial password).
async fn dmp(
    pool: &PgPool,
    s: &Services,
    who: IdentifyForm,
    contact: InformationsForm,
) -> (String, String) {
    let v = creation::Visit {
        token: None,
        address: "192.0.2.30".into(),
        kiosk: false,
        workshop: None,
        practice: None,
        now: now(),
    };
    let a = creation::identify(pool, s, &v, who).await.unwrap();
    let creation::Cookie::Set(token) = a.cookie else {
        panic!("{a:?}")
    };
    let v = creation::Visit {
        token: Some(token),
        ..v
    };
    creation::informations(pool, s, &v, contact).await.unwrap();
    let (state, _) = creation::state(pool, s, &v).await.unwrap();
    let c = state.credentials.unwrap();
    (c.login, c.initial_password.unwrap())
}

async fn claire(pool: &PgPool, s: &Services) -> (String, String) {
    dmp(
        pool,
        s,
        common::claire_identifies(),
        common::claire_informs(),
    )
    .await
}

fn token(o: &Outcome) -> String {
    match &o.cookie {
        Cookie::Set(t) => t.clone(),
        other => panic!("no new token: {o:?} ({other:?})"),
    }
}

fn message(o: &Outcome) -> Msg {
    o.result.clone().unwrap_err()[0].message.clone()
}

/// The last code sent, read from the outbox as the patient would read it.
async fn last_code(pool: &PgPool) -> (String, String, String) {
    let (channel, recipient, body): (String, String, String) = sqlx::query_as(
        "SELECT channel, recipient, body FROM outbox WHERE purpose = 'sign_in_code' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let code = body
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap()
        .to_string();
    (channel, recipient, code)
}

/// Password, then a code by `channel`; returns the token after the code.
async fn signed_in(
    pool: &PgPool,
    s: &Services,
    login: &str,
    password: &str,
    channel: &str,
) -> (String, Outcome) {
    let o = flow::sign_in(pool, s, &at(None, now()), login, password)
        .await
        .unwrap();
    assert_eq!(o.result, Ok(CODE_PATH));
    let t = token(&o);
    let o = flow::send_code(pool, s, &at(Some(&t), now()), channel)
        .await
        .unwrap();
    assert_eq!(o.result, Ok(CODE_PATH));
    let (_, _, code) = last_code(pool).await;
    let o = flow::verify_code(pool, s, &at(Some(&t), now()), &code)
        .await
        .unwrap();
    (token(&o), o)
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn first_sign_in_by_email_then_a_new_password(pool: PgPool) {
    registry(&pool, 20).await;
    let s = services();
    let (login, initial) = claire(&pool, &s).await;

    let o = flow::sign_in(&pool, &s, &at(None, now()), &login, &initial)
        .await
        .unwrap();
    let pending = token(&o);
    let state = flow::state(&pool, &s, &at(Some(&pending), now()))
        .await
        .unwrap();
    assert_eq!(state.stage.as_deref(), Some("code"));
    assert_eq!(state.channels.len(), 1);
    assert_eq!(state.channels[0].label, "par e-mail (c•••@exemple.fr)");
    assert!(state.sent_to.is_none());

    flow::send_code(&pool, &s, &at(Some(&pending), now()), "email")
        .await
        .unwrap();
    let (channel, recipient, code) = last_code(&pool).await;
    assert_eq!(
        (channel.as_str(), recipient.as_str()),
        ("email", "claire.dubois@exemple.fr")
    );
    let state = flow::state(&pool, &s, &at(Some(&pending), now()))
        .await
        .unwrap();
    assert_eq!(
        state.sent_to.as_deref(),
        Some("par e-mail (c•••@exemple.fr)")
    );
    // No SMS channel on file: refused.
    let o = flow::send_code(&pool, &s, &at(Some(&pending), now()), "sms")
        .await
        .unwrap();
    assert!(o.result.is_err());

    let o = flow::verify_code(&pool, &s, &at(Some(&pending), now()), &code)
        .await
        .unwrap();
    assert_eq!(o.result, Ok(NEW_PASSWORD_PATH));
    let t = token(&o);
    assert_ne!(t, pending, "a new session id after the code");
    assert!(flow::current(&pool, &s, &at(Some(&pending), now()))
        .await
        .unwrap()
        .is_none());
    // The record is not open before the new password.
    assert!(flow::change_password(
        &pool,
        &s,
        &at(Some(&pending), now()),
        &NewPasswordForm::default()
    )
    .await
    .unwrap()
    .result
    .is_err());

    for (weak, field) in [
        ("motdepasse12", Field::Password),
        ("Claire-Dubois-2026", Field::Password),
        ("court", Field::Password),
    ] {
        let form = NewPasswordForm {
            password: weak.into(),
            confirm: weak.into(),
        };
        let o = flow::change_password(&pool, &s, &at(Some(&t), now()), &form)
            .await
            .unwrap();
        assert_eq!(o.result.unwrap_err()[0].field, field, "{weak}");
    }
    let mismatch = NewPasswordForm {
        password: "lapin-vert-soupe-nuage".into(),
        confirm: "lapin-vert-soupe-nuag".into(),
    };
    let o = flow::change_password(&pool, &s, &at(Some(&t), now()), &mismatch)
        .await
        .unwrap();
    assert_eq!(o.result.unwrap_err()[0].field, Field::PasswordConfirm);
    let strength = flow::strength(&pool, &s, &at(Some(&t), now()), "lapin-vert-soupe-nuage")
        .await
        .unwrap();
    assert!(strength.unwrap() >= 3);

    let good = NewPasswordForm {
        password: "lapin-vert-soupe-nuage".into(),
        confirm: "lapin-vert-soupe-nuage".into(),
    };
    let o = flow::change_password(&pool, &s, &at(Some(&t), now()), &good)
        .await
        .unwrap();
    assert_eq!(o.result, Ok(RECORD_PATH));
    let open = token(&o);
    let session = flow::current(&pool, &s, &at(Some(&open), now()))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(session.stage, app::session::patient::Stage::Open);

    // The initial password no longer works; the new one does, straight to the record.
    let o = flow::sign_in(&pool, &s, &at(None, now()), &login, &initial)
        .await
        .unwrap();
    assert_eq!(message(&o), Msg::Text(Text::WrongCredentials));
    let (_, o) = signed_in(&pool, &s, &login, "lapin-vert-soupe-nuage", "email").await;
    assert_eq!(o.result, Ok(RECORD_PATH));

    let actions: Vec<String> = sqlx::query_scalar("SELECT action FROM access_trace ORDER BY id")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_eq!(
        actions,
        ["mot_de_passe_personnalise", "connexion", "connexion"]
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_code_by_sms_wrong_codes_and_an_expired_code(pool: PgPool) {
    registry(&pool, 20).await;
    let s = services();
    let (login, password) = dmp(
        &pool,
        &s,
        IdentifyForm {
            nir: "283019711200550".into(),
            code: "DEMC-2345-6789".into(),
            card_type: "avec_photo".into(),
            serial: "80234567890".into(),
        },
        InformationsForm {
            mobile: "07 11 22 33 44".into(),
            mobile_confirm: "07 11 22 33 44".into(),
            accept: Some("on".into()),
            ..InformationsForm::default()
        },
    )
    .await;
    let o = flow::sign_in(&pool, &s, &at(None, now()), &login, &password)
        .await
        .unwrap();
    let t = token(&o);
    let v = at(Some(&t), now());
    let state = flow::state(&pool, &s, &v).await.unwrap();
    assert_eq!(state.channels[0].label, "par SMS (07 •• •• •• 44)");
    flow::send_code(&pool, &s, &v, "sms").await.unwrap();
    let (channel, recipient, code) = last_code(&pool).await;
    assert_eq!(
        (channel.as_str(), recipient.as_str()),
        ("sms", "+33711223344")
    );

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let o = flow::verify_code(&pool, &s, &v, wrong).await.unwrap();
    assert!(
        message(&o).text().contains("il vous reste 2 essais"),
        "{o:?}"
    );
    let o = flow::verify_code(&pool, &s, &v, "12345").await.unwrap();
    assert!(
        message(&o).text().contains("6 chiffres"),
        "a typo is not a try"
    );
    flow::verify_code(&pool, &s, &v, wrong).await.unwrap();
    let o = flow::verify_code(&pool, &s, &v, wrong).await.unwrap();
    assert!(message(&o).text().contains("n'est plus valable"), "{o:?}");
    // Three wrong tries killed it: even the right code is refused now.
    let o = flow::verify_code(&pool, &s, &v, &code).await.unwrap();
    assert!(o.result.is_err());

    // A fresh code, typed 11 minutes later: expired.
    flow::send_code(&pool, &s, &v, "sms").await.unwrap();
    let (_, _, code) = last_code(&pool).await;
    let late = at(Some(&t), now() + Duration::minutes(11));
    let o = flow::verify_code(&pool, &s, &late, &code).await.unwrap();
    assert!(message(&o).text().contains("expiré"), "{o:?}");

    // A third code, right: the record opens; the code cannot be used again.
    flow::send_code(&pool, &s, &late, "sms").await.unwrap();
    let (_, _, code) = last_code(&pool).await;
    let o = flow::verify_code(&pool, &s, &late, &code).await.unwrap();
    assert_eq!(o.result, Ok(NEW_PASSWORD_PATH));
    let o = flow::verify_code(&pool, &s, &late, &code).await.unwrap();
    assert_eq!(
        o.result.unwrap_err()[0].message,
        Msg::Text(Text::NotSignedIn),
        "reused code, old session"
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn five_wrong_passwords_lock_the_account_without_saying_so(pool: PgPool) {
    registry(&pool, 20).await;
    let s = services();
    let (login, password) = claire(&pool, &s).await;
    let unknown = flow::sign_in(&pool, &s, &at(None, now()), "inconnu42", "nimporte")
        .await
        .unwrap();
    assert_eq!(message(&unknown), Msg::Text(Text::WrongCredentials));
    for _ in 0..5 {
        let o = flow::sign_in(&pool, &s, &at(None, now()), &login, "mauvais-mot-de-passe")
            .await
            .unwrap();
        assert_eq!(message(&o), Msg::Text(Text::WrongCredentials));
    }
    // Locked: the right password gets the very same answer.
    let o = flow::sign_in(
        &pool,
        &s,
        &at(None, now() + Duration::minutes(5)),
        &login,
        &password,
    )
    .await
    .unwrap();
    assert_eq!(message(&o), Msg::Text(Text::WrongCredentials));
    assert_eq!(o.cookie, Cookie::Keep);
    let o = flow::sign_in(
        &pool,
        &s,
        &at(None, now() + Duration::minutes(16)),
        &login,
        &password,
    )
    .await
    .unwrap();
    assert_eq!(o.result, Ok(CODE_PATH));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn sessions_expire_when_idle_and_end_at_sign_out(pool: PgPool) {
    registry(&pool, 20).await;
    let s = services();
    let (login, password) = claire(&pool, &s).await;
    let (t, _) = signed_in(&pool, &s, &login, &password, "email").await;
    // Activity keeps it alive; 15 quiet minutes end it.
    assert!(
        flow::current(&pool, &s, &at(Some(&t), now() + Duration::minutes(10)))
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        flow::current(&pool, &s, &at(Some(&t), now() + Duration::minutes(24)))
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        flow::current(&pool, &s, &at(Some(&t), now() + Duration::minutes(40)))
            .await
            .unwrap()
            .is_none()
    );

    let (t, _) = signed_in(&pool, &s, &login, &password, "email").await;
    // Never longer than the absolute limit, however active.
    let mut when = now();
    while when < now() + Duration::hours(4) - Duration::minutes(10) {
        when += Duration::minutes(10);
        assert!(flow::current(&pool, &s, &at(Some(&t), when))
            .await
            .unwrap()
            .is_some());
    }
    assert!(
        flow::current(&pool, &s, &at(Some(&t), now() + Duration::hours(4)))
            .await
            .unwrap()
            .is_none()
    );

    let (t, _) = signed_in(&pool, &s, &login, &password, "email").await;
    let o = flow::sign_out(&pool, &s, &at(Some(&t), now()))
        .await
        .unwrap();
    assert_eq!(o.result, Ok(SIGNED_OUT_PATH));
    assert_eq!(o.cookie, Cookie::Clear);
    assert!(flow::current(&pool, &s, &at(Some(&t), now()))
        .await
        .unwrap()
        .is_none());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn reading_within_a_minute_does_not_write_the_session_and_later_pushes_its_deadline(
    pool: PgPool,
) {
    registry(&pool, 20).await;
    let s = services();
    let (login, password) = claire(&pool, &s).await;
    let (t, _) = signed_in(&pool, &s, &login, &password, "email").await;
    let deadline = || async {
        sqlx::query_scalar::<_, chrono::DateTime<chrono::Utc>>(
            "SELECT idle_expires_at FROM patient_session ORDER BY id DESC LIMIT 1",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    // The row's version: any UPDATE, even to the same value, changes it.
    let version = || async {
        sqlx::query_scalar::<_, String>(
            "SELECT xmin::text FROM patient_session ORDER BY id DESC LIMIT 1",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    let (first, unwritten) = (deadline().await, version().await);
    // Three server functions of one page, 30 seconds later: read, not written.
    for _ in 0..3 {
        let session = flow::current(&pool, &s, &at(Some(&t), now() + Duration::seconds(30)))
            .await
            .unwrap()
            .expect("signed in");
        assert_eq!(session.idle_expires_at, first);
    }
    assert_eq!(deadline().await, first);
    assert_eq!(version().await, unwritten, "the session was not written");
    // Five minutes later the deadline moves: 15 quiet minutes from then.
    let later = now() + Duration::minutes(5);
    let session = flow::current(&pool, &s, &at(Some(&t), later))
        .await
        .unwrap()
        .expect("signed in");
    assert!(session.idle_expires_at > first + Duration::minutes(4));
    assert_eq!(deadline().await, session.idle_expires_at);
    assert_ne!(version().await, unwritten);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn forgotten_credentials_are_renewed_with_the_card_and_a_creation_code(pool: PgPool) {
    use app::creation::recovery::{recover, Recovery};
    use app::creation::state::Notice;
    registry(&pool, 20).await;
    let s = services();
    let (login, initial) = claire(&pool, &s).await;
    let (t, _) = signed_in(&pool, &s, &login, &initial, "email").await;
    let own = NewPasswordForm {
        password: "lapin-vert-soupe-nuage".into(),
        confirm: "lapin-vert-soupe-nuage".into(),
    };
    let o = flow::change_password(&pool, &s, &at(Some(&t), now()), &own)
        .await
        .unwrap();
    let open = token(&o);

    // A new creation code, as « Je n'ai pas de code de création » sends.
    sqlx::query(
        "INSERT INTO creation_code (beneficiary_id, code_hash, issued_at, expires_at, sent_by) \
         SELECT id, $1, $2, $2 + interval '90 days', 'email' FROM beneficiary WHERE nir = '269054958815780'",
    )
    .bind(app::secret::keyed_hash(common::KEY, "DEMA23456788").as_slice())
    .bind(now())
    .execute(&pool)
    .await
    .unwrap();
    let visit = creation::Visit {
        token: None,
        address: "192.0.2.31".into(),
        kiosk: false,
        workshop: None,
        practice: None,
        now: now(),
    };
    let form = |code: &str| IdentifyForm {
        nir: "269054958815780".into(),
        code: code.into(),
        card_type: "avec_photo".into(),
        serial: "80123456789".into(),
    };
    assert_eq!(
        recover(&pool, &s, &visit, &form("DEMA-2345-6787"))
            .await
            .unwrap(),
        Recovery::Refused(Notice::NoMatch)
    );
    let Recovery::Done { token: shown } = recover(&pool, &s, &visit, &form("DEMA-2345-6788"))
        .await
        .unwrap()
    else {
        panic!("not renewed")
    };
    // The same code cannot serve twice.
    assert_eq!(
        recover(&pool, &s, &visit, &form("DEMA-2345-6788"))
            .await
            .unwrap(),
        Recovery::Refused(Notice::NoMatch)
    );

    // The new credentials, shown once, with the same login.
    let v = creation::Visit {
        token: Some(shown),
        ..visit
    };
    let c = creation::state(&pool, &s, &v)
        .await
        .unwrap()
        .0
        .credentials
        .unwrap();
    assert!(c.renewal);
    assert_eq!(c.login, login);
    let fresh = c.initial_password.unwrap();
    assert_ne!(fresh, initial);
    let pdf = creation::secrets_pdf(&pool, &s, &v, "127.0.0.1:3000", app::i18n::Lang::Fr)
        .await
        .unwrap()
        .unwrap();
    let text = lopdf::Document::load_mem(&pdf)
        .unwrap()
        .extract_text(&[1])
        .unwrap();
    assert!(text.contains(&fresh));

    // Every session ended; the old password is refused, the new one works
    // once and asks for a new password of the patient's own.
    assert!(flow::current(&pool, &s, &at(Some(&open), now()))
        .await
        .unwrap()
        .is_none());
    let o = flow::sign_in(
        &pool,
        &s,
        &at(None, now()),
        &login,
        "lapin-vert-soupe-nuage",
    )
    .await
    .unwrap();
    assert_eq!(message(&o), Msg::Text(Text::WrongCredentials));
    let (_, o) = signed_in(&pool, &s, &login, &fresh, "email").await;
    assert_eq!(o.result, Ok(NEW_PASSWORD_PATH));

    // The holder was told, without the credentials.
    let (recipient, body): (String, String) =
        sqlx::query_as("SELECT recipient, body FROM outbox WHERE purpose = 'credentials_renewed'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(recipient, "claire.dubois@exemple.fr");
    assert!(body.contains("renouvelées") && !body.contains(&fresh) && !body.contains(&login));
}
