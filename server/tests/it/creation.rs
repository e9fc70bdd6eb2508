//! The whole creation flow against a real PostgreSQL, through the same
//! functions the server functions call: sessions, step 1 to step 3, the
//! DMP written in one transaction, idempotency and races.

use crate::common;

use app::creation::code_request::CodeRequestForm;
use app::creation::flow::{self, Answer, Cookie, Visit};
use app::creation::informations::InformationsForm;
use app::creation::state::*;
use app::forms::fields::Field;
use app::registry::identify::IdentifyForm;
use app::services::Services;
use argon2::{PasswordHash, PasswordVerifier};
use chrono::{Duration, NaiveDate};
use common::{claire_identifies, claire_informs, now, registry, services, visit};
use sqlx::PgPool;

fn typed(nir: &str, code: &str, card_type: &str, serial: &str) -> IdentifyForm {
    IdentifyForm {
        nir: nir.into(),
        code: code.into(),
        card_type: card_type.into(),
        serial: serial.into(),
    }
}

fn emma() -> IdentifyForm {
    typed(
        "215039712004629",
        "DEMD-2345-6789",
        "avec_photo",
        "80234567890",
    )
}

fn token_of(answer: &Answer) -> String {
    match &answer.cookie {
        Cookie::Set(t) => t.clone(),
        other => panic!("expected a new session cookie, got {other:?}"),
    }
}

/// Step 1 for a new visitor; returns the session token.
async fn identified(pool: &PgPool, s: &Services, who: IdentifyForm) -> String {
    let a = flow::identify(pool, s, &visit(None, now()), who)
        .await
        .unwrap();
    assert_eq!(a.reply, Reply::Next(STEP2_PATH.into()));
    token_of(&a)
}

async fn count(pool: &PgPool, sql: &str) -> i64 {
    sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_happy_path_creates_one_complete_dmp(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let token = identified(&pool, &s, claire_identifies()).await;
    let v = visit(Some(&token), now() + Duration::minutes(2));

    let (state, _) = flow::state(&pool, &s, &v).await.unwrap();
    assert_eq!(state.step, 2);
    let person = state.person.unwrap();
    assert_eq!(person.birth_name, "MARTIN");
    assert_eq!(person.usage_name.as_deref(), Some("DUBOIS"));
    assert!(!person.minor);

    let a = flow::informations(&pool, &s, &v, claire_informs())
        .await
        .unwrap();
    assert_eq!(a.reply, Reply::Next(STEP3_PATH.into()));

    // The credentials page, and the same again on reload.
    let (state, _) = flow::state(&pool, &s, &v).await.unwrap();
    assert_eq!(state.step, 3);
    let c = state.credentials.unwrap();
    let password = c.initial_password.clone().unwrap();
    assert_eq!(c.full_name, "DUBOIS Claire");
    assert_eq!(c.ins, "2 69 05 49 588 157 80");
    assert!(c.acknowledged_by_email);
    let (again, _) = flow::state(&pool, &s, &v).await.unwrap();
    assert_eq!(again.credentials.unwrap(), c);

    // What was written, in one piece.
    let (ins, oid, insc, channel, department, oppose_samu, oppose_bdg, terms): (
        String,
        String,
        Option<String>,
        String,
        String,
        bool,
        bool,
        String,
    ) = sqlx::query_as(
        "SELECT ins_value, ins_oid, insc, creation_channel, department, oppose_centre15, \
         oppose_bris_de_glace, terms_version FROM dmp",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(ins, "269054958815780");
    assert_eq!(
        oid, "1.2.250.1.213.1.4.11",
        "demo mode uses the demo authority"
    );
    assert_eq!(insc.as_deref(), c.insc.as_deref());
    assert_eq!(insc.unwrap().len(), 22);
    let caisse: String =
        sqlx::query_scalar("SELECT caisse_code FROM beneficiary WHERE nir = '269054958815780'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        (channel.as_str(), department.as_str()),
        ("web", caisse.as_str())
    );
    assert!(!oppose_samu && !oppose_bdg);
    assert_eq!(terms, app::terms::VERSION);

    let (login, hash, must_change, email): (String, String, bool, Option<String>) = sqlx::query_as(
        "SELECT login, password_hash, must_change_password, email FROM patient_account",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(login, c.login);
    assert!(must_change);
    assert_eq!(email.as_deref(), Some("claire.dubois@exemple.fr"));
    assert!(hash.starts_with("$argon2id$"));
    assert!(!hash.contains(&password), "only the hash is stored");
    let parsed = PasswordHash::new(&hash).unwrap();
    assert!(argon2::Argon2::default()
        .verify_password(password.as_bytes(), &parsed)
        .is_ok());

    // The code is spent; the acknowledgement is queued, without secrets.
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM creation_code WHERE used_at IS NOT NULL"
        )
        .await,
        1
    );
    let (recipient, subject, body): (String, String, String) = sqlx::query_as(
        "SELECT recipient, subject, body FROM outbox WHERE purpose = 'creation_ack'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(recipient, "claire.dubois@exemple.fr");
    assert_eq!(subject, "Accusé de réception création d'un DMP");
    assert!(!body.contains(&password) && !body.contains(&login));

    // The funnel counted the three steps, without anyone's identity.
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM creation_funnel WHERE event IN ('etape1','etape2','etape3')"
        )
        .await,
        3
    );

    // The document des secrets, read back from its bytes.
    let pdf = flow::secrets_pdf(&pool, &s, &v, "127.0.0.1:3000", app::i18n::Lang::Fr)
        .await
        .unwrap()
        .unwrap();
    let doc = lopdf::Document::load_mem(&pdf).unwrap();
    let text = doc.extract_text(&[1]).unwrap();
    for expected in [
        "DUBOIS Claire",
        "2 novembre 2026",
        &app::domain::fmt::groups_of_four(c.insc.as_deref().unwrap()),
        "Allez sur 127.0.0.1:3000",
        login.as_str(),
        password.as_str(),
    ] {
        assert!(text.contains(expected), "{expected} missing from the PDF");
    }

    // After 15 minutes the password and the PDF are gone for good.
    let later = visit(Some(&token), now() + Duration::minutes(18));
    assert!(
        flow::secrets_pdf(&pool, &s, &later, "127.0.0.1:3000", app::i18n::Lang::Fr)
            .await
            .unwrap()
            .is_none()
    );
    let (state, cookie) = flow::state(&pool, &s, &later).await.unwrap();
    assert_eq!(state.notice, Some(Notice::Expired));
    assert_eq!(cookie, Cookie::Clear);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn twenty_four_months_of_reimbursements_and_none_older(pool: PgPool) {
    registry(&pool, 30).await;
    // Hospital stays are rare in the synthetic registry: Claire gets two,
    // so that every family has lines on both sides of the boundary.
    sqlx::query(
        "INSERT INTO remb_hospital (beneficiary_id, admission_date, length_days, nature, source) \
         SELECT id, d, 2, 'Séjour', 'MCO' FROM beneficiary, \
         (VALUES (DATE '2025-03-01'), (DATE '2025-06-01')) AS v(d) WHERE nir = '269054958815780'",
    )
    .execute(&pool)
    .await
    .unwrap();
    // Move one line of each family to the day before the 24 months, and
    // one to their first day: the boundary is tested, not assumed.
    for (table, date) in [
        ("remb_pharmacy", "care_date"),
        ("remb_care", "care_date"),
        ("remb_radiology", "care_date"),
        ("remb_hospital", "admission_date"),
        ("remb_biology", "care_date"),
    ] {
        for (offset, day) in [(0i64, (2024, 11, 1)), (1, (2024, 11, 2))] {
            sqlx::query(&format!(
                "UPDATE {table} SET {date} = $1 WHERE id = (SELECT t.id FROM {table} t \
                 JOIN beneficiary b ON b.id = t.beneficiary_id WHERE b.nir = '269054958815780' \
                 ORDER BY t.id LIMIT 1 OFFSET $2)"
            ))
            .bind(NaiveDate::from_ymd_opt(day.0, day.1, day.2).unwrap())
            .bind(offset)
            .execute(&pool)
            .await
            .unwrap();
        }
    }
    let s = services();
    let token = identified(&pool, &s, claire_identifies()).await;
    let v = visit(Some(&token), now());
    flow::informations(&pool, &s, &v, claire_informs())
        .await
        .unwrap();
    let since = NaiveDate::from_ymd_opt(2024, 11, 2).unwrap();
    for (registry_table, record_table, date) in [
        ("remb_pharmacy", "record_remb_pharmacy", "care_date"),
        ("remb_care", "record_remb_care", "care_date"),
        ("remb_radiology", "record_remb_radiology", "care_date"),
        ("remb_hospital", "record_remb_hospital", "admission_date"),
        ("remb_biology", "record_remb_biology", "care_date"),
    ] {
        let expected: i64 = sqlx::query_scalar(&format!(
            "SELECT count(*) FROM {registry_table} r JOIN beneficiary b ON b.id = r.beneficiary_id \
             WHERE b.nir = '269054958815780' AND r.{date} >= $1"
        ))
        .bind(since)
        .fetch_one(&pool)
        .await
        .unwrap();
        let older: i64 = sqlx::query_scalar(&format!(
            "SELECT count(*) FROM {registry_table} r JOIN beneficiary b ON b.id = r.beneficiary_id \
             WHERE b.nir = '269054958815780' AND r.{date} < $1"
        ))
        .bind(since)
        .fetch_one(&pool)
        .await
        .unwrap();
        let (copied, oldest): (i64, Option<NaiveDate>) =
            sqlx::query_as(&format!("SELECT count(*), min({date}) FROM {record_table}"))
                .fetch_one(&pool)
                .await
                .unwrap();
        assert_eq!(copied, expected, "{record_table}");
        assert!(
            older > 0,
            "{registry_table}: a line lies before the 24 months"
        );
        assert_eq!(
            oldest,
            Some(since),
            "{record_table}: the first day is included"
        );
    }
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn field_errors_are_reported_and_change_nothing(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let a = flow::identify(
        &pool,
        &s,
        &visit(None, now()),
        typed("2690549588157", "ABC", "", "12"),
    )
    .await
    .unwrap();
    let Reply::Invalid(errors) = &a.reply else {
        panic!("{a:?}")
    };
    let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        [Field::Nir, Field::Code, Field::CardType, Field::Serial]
    );
    // A wrong NIR key is caught before the registry is asked.
    let token = token_of(&a);
    let v = visit(Some(&token), now());
    let a = flow::identify(
        &pool,
        &s,
        &v,
        typed(
            "269054958815781",
            "DEMA-2345-6789",
            "avec_photo",
            "80123456789",
        ),
    )
    .await
    .unwrap();
    assert!(
        matches!(&a.reply, Reply::Invalid(e) if e[0].field == Field::Nir && e[0].message.text().contains("clé"))
    );
    // The page drawn without JavaScript shows the same errors and what was typed, never the code.
    let (state, _) = flow::state(&pool, &s, &v).await.unwrap();
    assert_eq!(state.errors.len(), 1);
    assert_eq!(state.identify.nir, "269054958815781");
    assert_eq!(state.identify.code, "");
    let drafts: Vec<String> = sqlx::query_scalar("SELECT form::text FROM creation_session")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert!(
        drafts.iter().all(|d| !d.contains("DEMA")),
        "no code in clear: {drafts:?}"
    );
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM identification_lock WHERE failures > 0"
        )
        .await,
        0,
        "format errors are not guesses"
    );

    // Step 2: mismatched e-mails, no consent.
    let token = identified(&pool, &s, claire_identifies()).await;
    let v = visit(Some(&token), now());
    let bad = InformationsForm {
        email_confirm: "claire.dubois@exemple.com".into(),
        accept: None,
        ..claire_informs()
    };
    let a = flow::informations(&pool, &s, &v, bad).await.unwrap();
    let Reply::Invalid(errors) = &a.reply else {
        panic!("{a:?}")
    };
    assert_eq!(
        errors.iter().map(|e| e.field).collect::<Vec<_>>(),
        [Field::EmailConfirm, Field::Accept]
    );
    assert_eq!(count(&pool, "SELECT count(*) FROM dmp").await, 0);
    let (state, _) = flow::state(&pool, &s, &v).await.unwrap();
    assert_eq!(
        state.informations.unwrap().email_confirm,
        "claire.dubois@exemple.com"
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn every_mismatch_gets_the_same_answer_and_codes_are_single_use(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    // Claire creates her DMP: her code is now used.
    let token = identified(&pool, &s, claire_identifies()).await;
    flow::informations(&pool, &s, &visit(Some(&token), now()), claire_informs())
        .await
        .unwrap();

    let antoine_expired_later = now() + Duration::days(400);
    let cases = [
        (
            typed(
                "185067505612307",
                "DEMA-2345-6789",
                "avec_photo",
                "80123456789",
            ),
            now(),
        ),
        (
            typed(
                "196022B03300802",
                "DEMB-2345-6789",
                "sans_photo",
                "123456780",
            ),
            now(),
        ),
        (
            typed(
                "196022B03300802",
                "DEMB-2345-6788",
                "sans_photo",
                "123456789",
            ),
            now(),
        ),
        (
            typed(
                "196022B03300802",
                "DEMB-2345-6789",
                "avec_photo",
                "123456789",
            ),
            now(),
        ),
        // Used: Claire's code again.
        (claire_identifies(), now()),
        // Expired: Antoine's code, a year and more later.
        (
            typed(
                "196022B03300802",
                "DEMB-2345-6789",
                "sans_photo",
                "123456789",
            ),
            antoine_expired_later,
        ),
    ];
    for (i, (form, at)) in cases.into_iter().enumerate() {
        let v = Visit {
            address: format!("198.51.100.{i}"),
            ..visit(None, at)
        };
        let a = flow::identify(&pool, &s, &v, form).await.unwrap();
        assert_eq!(a.reply, Reply::Notice(Notice::NoMatch), "case {i}");
    }
    assert_eq!(count(&pool, "SELECT count(*) FROM dmp").await, 1);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn five_failures_lock_a_nir_for_fifteen_minutes(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let wrong = typed(
        "269054958815780",
        "DEMA-2345-6788",
        "avec_photo",
        "80123456789",
    );
    for attempt in 1..=5 {
        let a = flow::identify(&pool, &s, &visit(None, now()), wrong.clone())
            .await
            .unwrap();
        let expected = if attempt < 5 {
            Notice::NoMatch
        } else {
            Notice::LockedNir { minutes: 15 }
        };
        assert_eq!(a.reply, Reply::Notice(expected), "attempt {attempt}");
    }
    // Even the right code is refused while locked, with the delay said.
    let a = flow::identify(
        &pool,
        &s,
        &visit(None, now() + Duration::minutes(1)),
        claire_identifies(),
    )
    .await
    .unwrap();
    assert_eq!(a.reply, Reply::Notice(Notice::LockedNir { minutes: 14 }));
    assert!(Notice::LockedNir { minutes: 14 }
        .text()
        .contains("14 minutes"));
    let a = flow::identify(
        &pool,
        &s,
        &visit(None, now() + Duration::minutes(16)),
        claire_identifies(),
    )
    .await
    .unwrap();
    assert_eq!(a.reply, Reply::Next(STEP2_PATH.into()));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_code_request_answers_the_same_for_everyone(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let known = CodeRequestForm {
        nir: "196022B03300802".into(),
        serial: "123456789".into(),
    };
    let unknown = CodeRequestForm {
        nir: "185067505612307".into(),
        serial: "123456789".into(),
    };
    for form in [known, unknown] {
        let a = flow::request_code(&pool, &s, &visit(None, now()), form)
            .await
            .unwrap();
        assert_eq!(a.reply, Reply::Notice(Notice::CodeRequested));
    }
    app::creation::code_request::process_requests(&pool, common::KEY)
        .await
        .unwrap();
    // Antoine has no e-mail: a letter went to the outbox.
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM outbox WHERE purpose = 'creation_code' AND channel = 'courrier'"
        )
        .await,
        1
    );
    let a = flow::request_code(
        &pool,
        &s,
        &visit(None, now()),
        CodeRequestForm {
            nir: "1960".into(),
            serial: String::new(),
        },
    )
    .await
    .unwrap();
    assert!(matches!(a.reply, Reply::Invalid(ref e) if e.len() == 2));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn someone_who_has_a_dmp_is_sent_to_sign_in(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let token = identified(&pool, &s, claire_identifies()).await;
    flow::informations(&pool, &s, &visit(Some(&token), now()), claire_informs())
        .await
        .unwrap();
    // A new code, then step 1 again.
    sqlx::query(
        "INSERT INTO creation_code (beneficiary_id, code_hash, issued_at, expires_at, sent_by) \
         SELECT id, $1, $2, $2 + interval '90 days', 'email' FROM beneficiary WHERE nir = '269054958815780'",
    )
    .bind(app::secret::keyed_hash(common::KEY, "DEMA23456788").as_slice())
    .bind(now())
    .execute(&pool)
    .await
    .unwrap();
    let a = flow::identify(
        &pool,
        &s,
        &visit(None, now()),
        typed(
            "269054958815780",
            "DEMA-2345-6788",
            "avec_photo",
            "80123456789",
        ),
    )
    .await
    .unwrap();
    assert_eq!(a.reply, Reply::Notice(Notice::AlreadyHasDmp));
    assert_eq!(
        count(&pool, "SELECT count(*) FROM creation_code WHERE used_at IS NULL AND beneficiary_id = (SELECT id FROM beneficiary WHERE nir = '269054958815780')").await,
        1,
        "the new code is not spent"
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_minor_needs_a_legal_representative(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let token = identified(&pool, &s, emma()).await;
    let v = visit(Some(&token), now());
    let (state, _) = flow::state(&pool, &s, &v).await.unwrap();
    assert!(state.person.unwrap().minor);
    let a = flow::informations(&pool, &s, &v, claire_informs())
        .await
        .unwrap();
    assert!(
        matches!(&a.reply, Reply::Invalid(e) if e.iter().any(|e| e.field == Field::RepRelation))
    );
    let with_mother = InformationsForm {
        rep_relation: "MTH".into(),
        rep_birth_name: "Jean-Baptiste".into(),
        rep_first_names: "Léa".into(),
        samu: None,
        ..claire_informs()
    };
    let a = flow::informations(&pool, &s, &v, with_mother)
        .await
        .unwrap();
    assert_eq!(a.reply, Reply::Next(STEP3_PATH.into()));
    let (relation, name, oppose_samu): (String, String, bool) = sqlx::query_as(
        "SELECT r.relation, r.birth_name, d.oppose_centre15 FROM legal_representative r JOIN dmp d ON d.id = r.dmp_id",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((relation.as_str(), name.as_str()), ("MTH", "JEAN-BAPTISTE"));
    assert!(
        oppose_samu,
        "the unticked SAMU box is recorded as an opposition"
    );
    // The account is the mother's own, linked as her representative's: it
    // holds no DMP of its own, so it can never read the record as its holder.
    let (own, linked): (Option<i64>, bool) = sqlx::query_as(
        "SELECT a.dmp_id, EXISTS (SELECT 1 FROM legal_representative r \
           WHERE r.account_id = a.id AND r.ended_at IS NULL) FROM patient_account a",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((own, linked), (None, true));
    let (state, _) = flow::state(&pool, &s, &v).await.unwrap();
    let credentials = state.credentials.unwrap();
    let session = signed_in(
        &pool,
        &credentials.login,
        &credentials.initial_password.unwrap(),
    )
    .await;
    assert_eq!(session.role, app::session::patient::Role::Representative);
}

/// Signs in with a new account's initial password and its code (e-mail),
/// chooses a new password: the open session.
async fn signed_in(
    pool: &PgPool,
    login: &str,
    password: &str,
) -> app::session::patient::PatientSession {
    use app::account::flow as account;
    let s = services();
    let visit = |token: Option<String>| account::Visit {
        address: String::new(),
        token,
        kiosk: false,
        workshop: None,
        practice: None,
        now: now(),
    };
    let o = account::sign_in(pool, &s, &visit(None), login, password)
        .await
        .unwrap();
    let account::Cookie::Set(token) = o.cookie else {
        panic!("{o:?}")
    };
    account::send_code(pool, &s, &visit(Some(token.clone())), "email")
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
    let o = account::verify_code(pool, &s, &visit(Some(token)), code)
        .await
        .unwrap();
    let account::Cookie::Set(token) = o.cookie else {
        panic!("{o:?}")
    };
    let mut conn = pool.acquire().await.unwrap();
    app::session::patient::find(&mut conn, &s.key, &token, now())
        .await
        .unwrap()
        .unwrap()
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn abandoning_discards_everything(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let token = identified(&pool, &s, claire_identifies()).await;
    let v = visit(Some(&token), now());
    let a = flow::end(&pool, &s, &v).await.unwrap();
    assert_eq!(a.reply, Reply::Next(STEP1_PATH.into()));
    assert_eq!(a.cookie, Cookie::Clear);
    assert_eq!(
        count(&pool, "SELECT count(*) FROM creation_session").await,
        0
    );
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM creation_funnel WHERE event = 'abandon_etape2'"
        )
        .await,
        1
    );
    // The old cookie no longer opens anything, and the code is still usable.
    let a = flow::informations(&pool, &s, &v, claire_informs())
        .await
        .unwrap();
    assert_eq!(a.reply, Reply::Notice(Notice::Expired));
    assert_eq!(count(&pool, "SELECT count(*) FROM dmp").await, 0);
    identified(&pool, &s, claire_identifies()).await;
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_double_submit_creates_one_dmp_and_shows_the_same_credentials(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let token = identified(&pool, &s, claire_identifies()).await;
    let v = visit(Some(&token), now());
    let (a, b) = tokio::join!(
        flow::informations(&pool, &s, &v, claire_informs()),
        flow::informations(&pool, &s, &v, claire_informs()),
    );
    assert_eq!(a.unwrap().reply, Reply::Next(STEP3_PATH.into()));
    assert_eq!(b.unwrap().reply, Reply::Next(STEP3_PATH.into()));
    assert_eq!(count(&pool, "SELECT count(*) FROM dmp").await, 1);
    assert_eq!(
        count(&pool, "SELECT count(*) FROM patient_account").await,
        1
    );
    assert_eq!(
        count(
            &pool,
            "SELECT count(*) FROM outbox WHERE purpose = 'creation_ack'"
        )
        .await,
        1
    );
    // A third submit after the fact (a reload of the POST) changes nothing.
    flow::informations(&pool, &s, &v, claire_informs())
        .await
        .unwrap();
    let (state, _) = flow::state(&pool, &s, &v).await.unwrap();
    let c = state.credentials.unwrap();
    let (login,): (String,) = sqlx::query_as("SELECT login FROM patient_account")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(c.login, login);
    assert!(c.initial_password.is_some());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn twenty_simultaneous_creations_for_one_person_make_one_dmp(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let mut tokens = Vec::new();
    for _ in 0..20 {
        tokens.push(identified(&pool, &s, claire_identifies()).await);
    }
    let runs = tokens.iter().map(|t| {
        let (pool, s) = (pool.clone(), s.clone());
        let v = visit(Some(t), now());
        tokio::spawn(async move { flow::informations(&pool, &s, &v, claire_informs()).await })
    });
    let mut created = 0;
    for run in runs.collect::<Vec<_>>() {
        match run.await.unwrap().unwrap().reply {
            Reply::Next(p) if p == STEP3_PATH => created += 1,
            Reply::Notice(Notice::AlreadyHasDmp) | Reply::Notice(Notice::Expired) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(created, 1);
    assert_eq!(count(&pool, "SELECT count(*) FROM dmp").await, 1);
    assert_eq!(
        count(&pool, "SELECT count(*) FROM patient_account").await,
        1
    );
    assert_eq!(
        count(
            &pool,
            "SELECT count(DISTINCT dmp_id) FROM record_remb_pharmacy"
        )
        .await,
        1
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_kiosk_creation_is_recorded_as_such_and_expired_sessions_are_counted(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let kiosk = Visit {
        kiosk: true,
        workshop: None,
        practice: None,
        ..visit(None, now())
    };
    let a = flow::identify(&pool, &s, &kiosk, claire_identifies())
        .await
        .unwrap();
    let token = token_of(&a);
    let (state, _) = flow::state(
        &pool,
        &s,
        &Visit {
            token: Some(token.clone()),
            ..kiosk.clone()
        },
    )
    .await
    .unwrap();
    assert!(state.kiosk);
    assert_eq!(state.kiosk_delays, (60, 30));
    flow::informations(
        &pool,
        &s,
        &Visit {
            token: Some(token),
            ..kiosk.clone()
        },
        claire_informs(),
    )
    .await
    .unwrap();
    let channel: String = sqlx::query_scalar("SELECT creation_channel FROM dmp")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(channel, "borne");
    assert_eq!(
        count(&pool, "SELECT sum(count)::bigint FROM creation_funnel WHERE channel = 'borne' AND event = 'etape3'").await,
        1
    );

    // Someone identified at a kiosk walks away: the purge counts it.
    identified(&pool, &s, emma()).await;
    let mut conn = pool.acquire().await.unwrap();
    let purged = app::creation::session::purge_expired(&mut conn, now() + Duration::minutes(20))
        .await
        .unwrap();
    assert_eq!(purged, 2, "the finished and the abandoned session");
    assert_eq!(
        count(
            &pool,
            "SELECT sum(count)::bigint FROM creation_funnel WHERE event = 'expiration'"
        )
        .await,
        1
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_document_des_secrets_keeps_the_accents_of_the_name(pool: PgPool) {
    registry(&pool, 30).await;
    let s = services();
    let lea = typed(
        "283019711200550",
        "DEMC-2345-6789",
        "avec_photo",
        "80234567890",
    );
    let token = identified(&pool, &s, lea).await;
    let v = visit(Some(&token), now());
    let mobile_only = InformationsForm {
        email: String::new(),
        email_confirm: String::new(),
        mobile: "07 11 22 33 44".into(),
        mobile_confirm: "0711223344".into(),
        ..claire_informs()
    };
    flow::informations(&pool, &s, &v, mobile_only)
        .await
        .unwrap();
    let (state, _) = flow::state(&pool, &s, &v).await.unwrap();
    let c = state.credentials.unwrap();
    assert_eq!(c.full_name, "JEAN-BAPTISTE Léa");
    // No e-mail given: the acknowledgement is a letter to the address on file.
    assert!(!c.acknowledged_by_email);
    let (channel, attachment): (String, Vec<u8>) =
        sqlx::query_as("SELECT channel, attachment FROM outbox WHERE purpose = 'creation_ack'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(channel, "courrier");
    let letter = lopdf::Document::load_mem(&attachment).unwrap();
    assert!(letter
        .extract_text(&[1])
        .unwrap()
        .contains("Accusé de réception création d'un DMP"));

    let pdf = flow::secrets_pdf(&pool, &s, &v, "127.0.0.1:3000", app::i18n::Lang::Fr)
        .await
        .unwrap()
        .unwrap();
    let text = lopdf::Document::load_mem(&pdf)
        .unwrap()
        .extract_text(&[1])
        .unwrap();
    assert!(text.contains("JEAN-BAPTISTE Léa"), "{text}");
    assert!(text.contains(&app::domain::fmt::groups_of_four(
        c.insc.as_deref().unwrap()
    )));
    assert!(text.contains(c.initial_password.as_deref().unwrap()));
}
