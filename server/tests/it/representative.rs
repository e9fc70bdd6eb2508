//! A minor's record read by a legal representative, with the representative's
//! own account: every read path keeps the minor's secret (domain.md §4.6).
//! The demo's Emma JEAN-BAPTISTE, read by her mother Léa, holds a
//! « Consultation confidentielle » by Dr Sophie LEBLANC, kept from her
//! representatives.

use crate::common;

use app::domain::access::Visibility;
use app::professional::feeding::{deposit, Deposit};
use app::professional::record;
use chrono::Utc;
use common::pro::open_on;
use common::{page, send, signed_in_as};
use sqlx::PgPool;

const EMMA: &str = "215039712004629";
const INES: &str = "219069712005269";
const SECRET: &str = "Consultation confidentielle";
/// Dr Sophie LEBLANC's card: she deposited the secret consultation.
const LEBLANC: &str = "8000000011";
const CARDIOLOGIST: &str = "8000000029";
/// Julie BLONDEL, sage-femme: nothing of hers in Emma's record before the tests.
const MIDWIFE: &str = "8000000086";

async fn lea(pool: &PgPool) -> String {
    signed_in_as(pool, "lea.jeanbaptiste", "Demo-DMP-Lea-2026").await
}

/// Léa also represents Emma's little sister Inès: for the tests of an
/// access that ends, her account here reads Emma's record alone.
async fn lea_reads_emma_only(pool: &PgPool) {
    sqlx::query(
        "UPDATE legal_representative SET ended_at = now() WHERE dmp_id = (SELECT d.id FROM dmp d \
         JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1)",
    )
    .bind(INES)
    .execute(pool)
    .await
    .unwrap();
}

async fn document_id(pool: &PgPool, title: &str) -> i64 {
    sqlx::query_scalar(
        "SELECT d.id FROM document d JOIN dmp m ON m.id = d.dmp_id \
         JOIN beneficiary b ON b.id = m.beneficiary_id WHERE b.nir = $1 AND d.title = $2",
    )
    .bind(EMMA)
    .bind(title)
    .fetch_one(pool)
    .await
    .unwrap()
}

/// A professional's PDF deposit, kept from the representatives or not.
fn secret_form(title: &str, secret: bool) -> Deposit {
    Deposit {
        type_code: "11488-4".into(),
        title: title.into(),
        date: String::new(),
        visibility: Visibility {
            invisible_representatives: secret,
            ..Visibility::default()
        },
        file: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec(),
        too_large: false,
    }
}

async fn get_bytes(app: &axum::Router, uri: &str, cookie: &str) -> (u16, Vec<u8>) {
    let (status, _, body) = send(
        app,
        axum::http::Request::get(uri)
            .header("cookie", cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    (status, body)
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_representative_reads_everything_but_the_minors_secret(pool: PgPool) {
    let cookie = lea(&pool).await;
    let app = common::portal(&pool);
    let secret = document_id(&pool, SECRET).await;
    let other = document_id(&pool, "Consultation de cardiologie").await;
    // A second secret document, deposited as professionals do (and traced).
    let (author, emma, _) = open_on(&pool, LEBLANC, EMMA).await;
    let traced = deposit(
        &pool,
        &author,
        &emma,
        secret_form("Suivi confidentiel", true),
        Utc::now(),
    )
    .await
    .unwrap()
    .unwrap();

    // The record's home: Emma's record, its latest documents and counts.
    let (status, home) = page(&app, "/mon-dmp", &cookie).await;
    assert_eq!(status, 200, "{home:.300}");
    assert!(home.contains("JEAN-BAPTISTE"), "whose record it is");
    assert!(!home.contains(SECRET));
    let listed_everywhere: usize = {
        let mut n = 0;
        for (slug, _) in app::deposit::SPACES {
            let uri = app::record::documents::space_path(slug);
            let (status, html) = page(&app, &uri, &cookie).await;
            assert_eq!(status, 200, "{slug}");
            assert!(
                !html.contains(SECRET) && !html.contains("Suivi confidentiel"),
                "{slug}"
            );
            n += html.matches(r#"href="/mon-dmp/documents/"#).count();
        }
        n
    };
    let in_record: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM document d JOIN dmp m ON m.id = d.dmp_id \
         JOIN beneficiary b ON b.id = m.beneficiary_id WHERE b.nir = $1 AND d.status = 'ACTIVE'",
    )
    .bind(EMMA)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(
        listed_everywhere as i64,
        in_record - 2,
        "every document but the secret ones is listed"
    );
    let (_, cardiology) = page(&app, "/mon-dmp/espace/comptes-rendus", &cookie).await;
    assert!(cardiology.contains("Consultation de cardiologie"));

    // One document, and its file: the secret one answers like a missing one.
    let (status, html) = page(&app, &format!("/mon-dmp/documents/{other}"), &cookie).await;
    assert_eq!(status, 200);
    assert!(html.contains("Consultation de cardiologie"));
    let (status, html) = page(&app, &format!("/mon-dmp/documents/{secret}"), &cookie).await;
    assert_eq!(status, 404, "{html:.200}");
    assert!(!html.contains(SECRET));
    let (status, _) = get_bytes(
        &app,
        &format!("/mon-dmp/documents/{other}/fichier"),
        &cookie,
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = get_bytes(
        &app,
        &format!("/mon-dmp/documents/{secret}/fichier"),
        &cookie,
    )
    .await;
    assert_eq!(status, 404);

    // Reimbursements are read too.
    let (status, _) = page(&app, "/mon-dmp/remboursements", &cookie).await;
    assert_eq!(status, 200);

    // The archive: neither the file, nor the summary, nor the history name it.
    let (status, zip) = get_bytes(&app, "/mon-dmp/telecharger/dmp.zip", &cookie).await;
    assert_eq!(status, 200);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).expect("a ZIP");
    let names: Vec<String> = (0..archive.len())
        .map(|i| archive.by_index(i).unwrap().name().unwrap().to_string())
        .collect();
    assert!(names.iter().any(|n| n.contains("cardiologie")), "{names:?}");
    assert!(
        !names.iter().any(|n| n.contains("confidentielle")),
        "{names:?}"
    );
    let mut summary = Vec::new();
    std::io::Read::read_to_end(&mut archive.by_name("synthese.pdf").unwrap(), &mut summary)
        .unwrap();
    let summary = lopdf::Document::load_mem(&summary).expect("a valid PDF");
    let pages: Vec<u32> = summary.get_pages().keys().copied().collect();
    let text = summary.extract_text(&pages).unwrap();
    assert!(text.contains("cardiologie"), "the summary lists documents");
    assert!(!text.contains("confidentielle"));
    let mut csv = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("historique-des-acces.csv").unwrap(),
        &mut csv,
    )
    .unwrap();
    assert!(csv.contains("representant_legal"), "Léa's own readings");
    assert!(
        !csv.contains(&format!(";{traced};")),
        "no entry about the secret document: {csv}"
    );

    // The history page: Léa's readings, never the secret document's entries.
    let secret_entries: i64 =
        sqlx::query_scalar("SELECT count(*) FROM access_trace WHERE document_id = $1")
            .bind(traced)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(
        secret_entries >= 1,
        "the secret document's deposit is traced"
    );
    let (status, history) = page(&app, "/mon-dmp/historique?qui=tous", &cookie).await;
    assert_eq!(status, 200);
    assert!(history.contains("Représentant légal"));
    assert!(!history.contains(SECRET) && !history.contains("Suivi confidentiel"));
    assert!(
        !history.contains("Dépôt d'un document"),
        "the only deposit traced was the secret one"
    );
    let (rights, holder_rights): (i64, i64) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE right_code = 'representant_legal'), \
         count(*) FILTER (WHERE right_code = 'titulaire') FROM access_trace t \
         JOIN dmp m ON m.id = t.dmp_id JOIN beneficiary b ON b.id = m.beneficiary_id \
         WHERE b.nir = $1 AND t.actor_kind = 'patient'",
    )
    .bind(EMMA)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(
        rights > 0,
        "Léa's readings are traced as a representative's"
    );
    assert_eq!(holder_rights, 0, "never as the holder's");
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_author_and_the_medecin_traitant_read_what_the_representatives_may_not(pool: PgPool) {
    let _ = lea(&pool).await;
    let now = Utc::now();
    let secret = document_id(&pool, SECRET).await;
    let (author, emma, _) = open_on(&pool, LEBLANC, EMMA).await;
    let (cardiologist, _, _) = open_on(&pool, CARDIOLOGIST, EMMA).await;
    record::declare_consent(&pool, &cardiologist, &emma, true, now)
        .await
        .unwrap()
        .unwrap();
    let mut conn = pool.acquire().await.unwrap();
    for pro in [&author, &cardiologist] {
        let (s, _) = record::situation(&mut conn, pro, &emma, now).await.unwrap();
        let read = record::document(&mut conn, pro, &s, emma.dmp_id, secret)
            .await
            .unwrap();
        assert!(read.is_some(), "{}", pro.label);
    }
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_secret_deposit_is_announced_to_nobody_an_ordinary_one_to_the_representative(
    pool: PgPool,
) {
    let cookie = lea(&pool).await;
    let now = Utc::now();
    let (author, emma, _) = open_on(&pool, LEBLANC, EMMA).await;
    let form = secret_form;
    let messages = |pool: PgPool| async move {
        sqlx::query_scalar::<_, i64>(
            "SELECT count(*) FROM outbox WHERE recipient = 'lea.jean-baptiste@example.org' \
             AND purpose <> 'sign_in_code'",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    let listed = |pool: PgPool| async move {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM patient_notification WHERE dmp_id = $1")
            .bind(emma.dmp_id)
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    let (before, listed_before) = (messages(pool.clone()).await, listed(pool.clone()).await);
    deposit(&pool, &author, &emma, form("Suivi confidentiel", true), now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(messages(pool.clone()).await, before, "no e-mail about it");
    assert_eq!(
        listed(pool.clone()).await,
        listed_before,
        "nor a notice in the portal"
    );
    deposit(
        &pool,
        &author,
        &emma,
        form("Certificat de vaccination", false),
        now,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(messages(pool.clone()).await, before + 1, "Léa is told");
    let app = common::portal(&pool);
    let (_, notices) = page(&app, "/mon-dmp/notifications", &cookie).await;
    assert!(notices.contains("Un nouveau document"));
    let (_, home) = page(&app, "/mon-dmp", &cookie).await;
    assert!(home.contains("Certificat de vaccination"));
    assert!(!home.contains("Suivi confidentiel"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn every_page_of_the_record_works_for_the_representative(pool: PgPool) {
    let cookie = lea(&pool).await;
    let app = common::portal(&pool);
    for uri in [
        "/mon-dmp",
        "/mon-dmp/espace/syntheses",
        "/mon-dmp/remboursements",
        "/mon-dmp/historique",
        "/mon-dmp/professionnels",
        "/mon-dmp/acces-en-urgence",
        "/mon-dmp/notifications",
        "/mon-dmp/notifications/reglages",
        "/mon-dmp/espace-personnel",
        "/mon-dmp/deposer",
        "/mon-dmp/telecharger",
        "/mon-dmp/cloturer",
    ] {
        let (status, html) = page(&app, uri, &cookie).await;
        assert_eq!(status, 200, "{uri}");
        assert!(!html.contains("momentanément indisponible"), "{uri}");
        assert!(
            html.contains(
                "Vous lisez le DMP de Emma JEAN-BAPTISTE, en tant que représentant légal."
            ),
            "{uri}: whose record it is"
        );
        assert!(!html.contains("Votre connexion a expiré"), "{uri}");
    }
    let (_, settings) = page(&app, "/mon-dmp/notifications/reglages", &cookie).await;
    assert!(
        settings.contains("lea.jean-baptiste@example.org"),
        "Léa's own contact, where her messages go"
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_representatives_access_ends_on_the_eighteenth_birthday(pool: PgPool) {
    use app::account::flow::{sign_in, Cookie, Visit};
    use app::messages::{Msg, Text};
    use chrono::TimeZone;
    let _ = lea(&pool).await;
    lea_reads_emma_only(&pool).await;
    let s = app::services::Services::new(common::KEY.to_vec(), app::domain::ins::Mode::Demo);
    // Emma was born on 18 March 2015; times in Paris (UTC+1 in March).
    let paris = |d: u32, h: u32, m: u32| {
        Utc.with_ymd_and_hms(2033, 3, d, h, m, 0).unwrap() - chrono::Duration::hours(1)
    };
    let visit = |now| Visit {
        address: String::new(),
        token: None,
        kiosk: false,
        workshop: None,
        practice: None,
        now,
    };
    let on_the_eve = sign_in(
        &pool,
        &s,
        &visit(paris(17, 23, 50)),
        "lea.jeanbaptiste",
        "Demo-DMP-Lea-2026",
    )
    .await
    .unwrap();
    let Cookie::Set(token) = on_the_eve.cookie else {
        panic!("{on_the_eve:?}")
    };
    let found_at = |now| {
        let (pool, key, token) = (pool.clone(), s.key.clone(), token.clone());
        async move {
            let mut conn = pool.acquire().await.unwrap();
            app::session::patient::find(&mut conn, &key, &token, now)
                .await
                .unwrap()
                .is_some()
        }
    };
    assert!(found_at(paris(17, 23, 55)).await);
    // Five minutes later she is 18: the same session reads nothing any more.
    assert!(!found_at(paris(18, 0, 0)).await);
    let on_the_day = sign_in(
        &pool,
        &s,
        &visit(paris(18, 10, 0)),
        "lea.jeanbaptiste",
        "Demo-DMP-Lea-2026",
    )
    .await
    .unwrap();
    let refused = on_the_day.result.unwrap_err();
    assert_eq!(refused[0].message, Msg::Text(Text::RepresentationEnded));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn an_account_with_its_own_record_and_a_childs_chooses_and_every_page_says_whose(
    pool: PgPool,
) {
    use app::account::flow::{send_code, sign_in, verify_code, Cookie, Visit};
    use common::post_form;
    let _ = lea(&pool).await;
    // Marie LEROY also represents Emma (a second representative, say).
    sqlx::query(
        "INSERT INTO legal_representative (dmp_id, relation, birth_name, first_names, consent_at, \
         account_id) SELECT d.id, 'RESPRSN', 'LEROY', 'Marie', now(), \
         (SELECT id FROM patient_account WHERE login = 'marieleroy') \
         FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1",
    )
    .bind(EMMA)
    .execute(&pool)
    .await
    .unwrap();
    let s = app::services::Services::new(common::KEY.to_vec(), app::domain::ins::Mode::Demo);
    let visit = |token: Option<String>| Visit {
        address: String::new(),
        token,
        kiosk: false,
        workshop: None,
        practice: None,
        now: Utc::now(),
    };
    let o = sign_in(&pool, &s, &visit(None), "marieleroy", "Demo-DMP-Marie-2026")
        .await
        .unwrap();
    let Cookie::Set(token) = o.cookie else {
        panic!("{o:?}")
    };
    send_code(&pool, &s, &visit(Some(token.clone())), "email")
        .await
        .unwrap();
    let body: String = sqlx::query_scalar(
        "SELECT body FROM outbox WHERE purpose = 'sign_in_code' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let code: String = body
        .split(|c: char| !c.is_ascii_digit())
        .find(|w| w.len() == 6)
        .unwrap()
        .into();
    let o = verify_code(&pool, &s, &visit(Some(token)), &code)
        .await
        .unwrap();
    assert_eq!(
        o.result,
        Ok(app::account::state::CHOOSE_PATH),
        "she chooses first"
    );
    let Cookie::Set(token) = o.cookie else {
        panic!("{o:?}")
    };
    let cookie = format!("{}={token}", app::session::patient::COOKIE);

    let app = common::portal(&pool);
    let (status, html) = page(&app, "/mon-dmp/choisir", &cookie).await;
    assert_eq!(status, 200);
    assert!(html.contains("Mon DMP (Marie LEROY)"), "{html:.2000}");
    assert!(html.contains("Le DMP de Emma JEAN-BAPTISTE, dont je suis représentant légal"));
    // Her own record until she chooses.
    let (_, home) = page(&app, "/mon-dmp", &cookie).await;
    assert!(home.contains("LEROY") && home.contains("Changer de dossier"));
    assert!(!home.contains("en tant que représentant légal"));

    let emma: i64 = sqlx::query_scalar(
        "SELECT d.id FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1",
    )
    .bind(EMMA)
    .fetch_one(&pool)
    .await
    .unwrap();
    // A record she does not read (Jean-Pierre MOREAU's) is refused, and
    // nothing changes.
    let other: i64 =
        sqlx::query_scalar("SELECT dmp_id FROM patient_account WHERE login = 'jpmoreau'")
            .fetch_one(&pool)
            .await
            .unwrap();
    let (status, location) = post_form(
        &app,
        "/api/dmp/choisir",
        &cookie,
        "/mon-dmp/choisir",
        &[("dossier", &other.to_string())],
    )
    .await;
    assert_eq!((status, location.as_str()), (302, "/mon-dmp/choisir"));
    let (_, refused) = page(&app, "/mon-dmp/choisir", &cookie).await;
    assert!(refused.contains("Choix inconnu"), "{refused:.2000}");
    let (_, home) = page(&app, "/mon-dmp", &cookie).await;
    assert!(!home.contains("en tant que représentant légal"));

    let (status, location) = post_form(
        &app,
        "/api/dmp/choisir",
        &cookie,
        "/mon-dmp/choisir",
        &[("dossier", &emma.to_string())],
    )
    .await;
    assert_eq!((status, location.as_str()), (302, "/mon-dmp"));
    let (_, home) = page(&app, "/mon-dmp", &cookie).await;
    assert!(
        home.contains("Vous consultez le DMP de JEAN-BAPTISTE Emma en tant que représentant légal"),
        "{home:.3000}"
    );
    let (_, space) = page(&app, "/mon-dmp/espace/comptes-rendus", &cookie).await;
    assert!(space.contains("Consultation de cardiologie"));
    assert!(!space.contains(SECRET), "read in the representative's role");
    for uri in ["/mon-dmp/historique", "/mon-dmp/espace-personnel"] {
        let (_, html) = page(&app, uri, &cookie).await;
        assert!(
            html.contains(
                "Vous lisez le DMP de Emma JEAN-BAPTISTE, en tant que représentant légal."
            ) && html.contains("Changer de dossier"),
            "{uri}: every page says whose record it is"
        );
    }
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn at_eighteen_the_young_adult_takes_the_record_over_with_step_one(pool: PgPool) {
    use app::creation::flow::{self, Visit};
    use app::creation::informations::InformationsForm;
    use app::creation::state::{Notice, Reply, STEP2_PATH, STEP3_PATH};
    use app::domain::creation_code::CreationCode;
    use app::registry::identify::IdentifyForm;
    use chrono::TimeZone;
    let _ = lea(&pool).await;
    let s = app::services::Services::new(common::KEY.to_vec(), app::domain::ins::Mode::Demo);
    let birthday = Utc.with_ymd_and_hms(2033, 3, 18, 9, 0, 0).unwrap();
    // The fresh creation code of her invitation letter.
    let fresh = |code: &str, pool: PgPool| {
        let hash =
            app::secret::keyed_hash(common::KEY, CreationCode::parse(code).unwrap().as_str());
        async move {
            sqlx::query(
                "INSERT INTO creation_code (beneficiary_id, code_hash, issued_at, expires_at, sent_by) \
                 SELECT id, $2, $3, $3 + interval '90 days', 'courrier' FROM beneficiary WHERE nir = $1",
            )
            .bind(EMMA)
            .bind(hash.as_slice())
            .bind(birthday - chrono::Duration::days(1))
            .execute(&pool)
            .await
            .unwrap();
        }
    };
    // The eve of her birthday nobody is invited; on the day, once.
    let invite = |at| app::creation::majority::invite_due(&pool, common::KEY, at);
    assert_eq!(
        invite(birthday - chrono::Duration::days(1)).await.unwrap(),
        0
    );
    assert_eq!(invite(birthday).await.unwrap(), 1);
    assert_eq!(invite(birthday).await.unwrap(), 0);
    let (letters, told): (i64, i64) = sqlx::query_as(
        "SELECT count(*) FILTER (WHERE purpose = 'majority_invitation' AND attachment IS NOT NULL), \
         count(*) FILTER (WHERE purpose = 'representation_ended' \
           AND recipient = 'lea.jean-baptiste@example.org' AND body NOT LIKE '%Emma%') FROM outbox",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((letters, told), (1, 1), "a letter for Emma, a word for Léa");
    fresh("MAJE-URE2-3456", pool.clone()).await;
    let visit = |token: Option<String>| Visit {
        token,
        address: "192.0.2.44".into(),
        kiosk: false,
        workshop: None,
        practice: None,
        now: birthday,
    };
    let emma = |code: &str| IdentifyForm {
        nir: EMMA.into(),
        code: code.into(),
        card_type: "avec_photo".into(),
        serial: "80234567890".into(),
    };
    let a = flow::identify(&pool, &s, &visit(None), emma("MAJE-URE2-3456"))
        .await
        .unwrap();
    assert_eq!(
        a.reply,
        Reply::Next(STEP2_PATH.into()),
        "her record awaits her"
    );
    let app::creation::flow::Cookie::Set(token) = a.cookie else {
        panic!("{a:?}")
    };
    let form = InformationsForm {
        email: "emma.jb@example.org".into(),
        email_confirm: "emma.jb@example.org".into(),
        accept: Some("on".into()),
        ..InformationsForm::default()
    };
    let a = flow::informations(&pool, &s, &visit(Some(token.clone())), form)
        .await
        .unwrap();
    assert_eq!(a.reply, Reply::Next(STEP3_PATH.into()));
    let (state, _) = flow::state(&pool, &s, &visit(Some(token))).await.unwrap();
    let credentials = state.credentials.unwrap();
    assert!(credentials.full_name.contains("Emma"));

    // Her own account on the same record, the links ended, all traced.
    let (accounts, ended, traced): (i64, i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM patient_account a WHERE a.dmp_id = d.id), \
         (SELECT count(*) FROM legal_representative r WHERE r.dmp_id = d.id AND r.ended_at IS NOT NULL), \
         (SELECT count(*) FROM access_trace t WHERE t.dmp_id = d.id \
            AND t.action = 'reprise_par_le_titulaire' AND t.right_code = 'titulaire') \
         FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1",
    )
    .bind(EMMA)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((accounts, ended, traced), (1, 1, 1));
    // Not a DMP created: the funnel counts it apart from step 3.
    let (created, taken_over): (i64, i64) = sqlx::query_as(
        "SELECT coalesce(sum(count) FILTER (WHERE event = 'etape3'), 0)::bigint, \
                coalesce(sum(count) FILTER (WHERE event = 'reprise_majorite'), 0)::bigint \
         FROM creation_funnel",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((created, taken_over), (0, 1));
    let documents: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM document d JOIN dmp m ON m.id = d.dmp_id \
         JOIN beneficiary b ON b.id = m.beneficiary_id WHERE b.nir = $1",
    )
    .bind(EMMA)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(documents > 1, "the same record, with its documents");

    // She reads it as its holder: her secret consultation included.
    let holder = app::record::documents::store::Reader {
        dmp_id: sqlx::query_scalar(
            "SELECT d.id FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1",
        )
        .bind(EMMA)
        .fetch_one(&pool)
        .await
        .unwrap(),
        actor: app::domain::access::Actor::Holder,
    };
    let secret = document_id(&pool, SECRET).await;
    assert!(
        app::record::documents::store::document(&pool, holder, secret)
            .await
            .unwrap()
            .is_some()
    );
    let o = app::account::flow::sign_in(
        &pool,
        &s,
        &app::account::flow::Visit {
            address: String::new(),
            token: None,
            kiosk: false,
            workshop: None,
            practice: None,
            now: birthday,
        },
        &credentials.login,
        &credentials.initial_password.unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(o.result, Ok(app::account::state::CODE_PATH), "{o:?}");

    // A second takeover with another code: the record is hers already.
    fresh("MAJE-URE2-3457", pool.clone()).await;
    let a = flow::identify(&pool, &s, &visit(None), emma("MAJE-URE2-3457"))
        .await
        .unwrap();
    assert_eq!(a.reply, Reply::Notice(Notice::AlreadyHasDmp));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_closed_record_is_no_longer_read_by_its_representatives(pool: PgPool) {
    use app::messages::{Msg, Text};
    let cookie = lea(&pool).await;
    lea_reads_emma_only(&pool).await;
    let app = common::portal(&pool);
    sqlx::query(
        "UPDATE dmp SET status = 'CLOSED', closed_at = now(), closure_reason = 'PATIENT_REQUEST' \
         WHERE beneficiary_id = (SELECT id FROM beneficiary WHERE nir = $1)",
    )
    .bind(EMMA)
    .execute(&pool)
    .await
    .unwrap();
    let (_, home) = page(&app, "/mon-dmp", &cookie).await;
    assert!(
        !home.contains("Consultation de cardiologie"),
        "the open session reads nothing"
    );
    let s = app::services::Services::new(common::KEY.to_vec(), app::domain::ins::Mode::Demo);
    let o = app::account::flow::sign_in(
        &pool,
        &s,
        &app::account::flow::Visit {
            address: String::new(),
            token: None,
            kiosk: false,
            workshop: None,
            practice: None,
            now: Utc::now(),
        },
        "lea.jeanbaptiste",
        "Demo-DMP-Lea-2026",
    )
    .await
    .unwrap();
    assert_eq!(
        o.result.unwrap_err()[0].message,
        Msg::Text(Text::RepresentationEnded)
    );
}

/// The professional's session, as it stands now.
async fn session_of(pool: &PgPool, pro_cookie: &str) -> app::session::card::Holder {
    let token = pro_cookie.split_once('=').unwrap().1;
    let mut conn = pool.acquire().await.unwrap();
    app::session::card::current(&mut conn, common::KEY, token, Utc::now())
        .await
        .unwrap()
        .expect("a live card session")
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn in_connexion_secrete_nothing_the_professional_does_reaches_the_representatives(
    pool: PgPool,
) {
    use common::post_form;
    const SWITCH: &str = "/api/pro/connexion-secrete";
    const RECORD: &str = "/professionnel/dossier";
    let cookie = lea(&pool).await;
    let app = common::portal(&pool);
    let now = Utc::now();
    let (_, emma, pro) = open_on(&pool, MIDWIFE, EMMA).await;
    let told = |pool: PgPool| async move {
        sqlx::query_scalar::<_, i64>(
            "SELECT count(*) FROM outbox WHERE recipient = 'lea.jean-baptiste@example.org' \
             AND purpose <> 'sign_in_code'",
        )
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    let before = told(pool.clone()).await;

    // Without the minor's agreement ticked: refused, nothing changes.
    let (status, back) = post_form(&app, SWITCH, &pro, RECORD, &[("mode", "secrete")]).await;
    assert_eq!(status, 302);
    let (_, html) = page(&app, &back, &pro).await;
    assert!(html.contains("Cochez la case si le patient mineur a demandé"));
    assert!(!session_of(&pool, &pro).await.secret);

    // With it, the session is secret, and every page of the record says so.
    let (status, to) = post_form(
        &app,
        SWITCH,
        &pro,
        RECORD,
        &[("mode", "secrete"), ("agreement", "oui")],
    )
    .await;
    assert_eq!((status, to.as_str()), (302, RECORD));
    let midwife = session_of(&pool, &pro).await;
    assert!(midwife.secret);
    record::declare_consent(&pool, &midwife, &emma, false, now)
        .await
        .unwrap()
        .unwrap();
    // The first reading of a professional is usually announced.
    let (status, html) = page(&app, RECORD, &pro).await;
    assert_eq!(status, 200);
    assert!(html.contains("Quitter la connexion secrète"), "{html:.300}");

    // A deposit, unticked, is kept from the representatives all the same,
    // and its page warns the professional as §4.6 says.
    let id = deposit(
        &pool,
        &midwife,
        &emma,
        secret_form("Suivi de contraception", false),
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let hidden: bool =
        sqlx::query_scalar("SELECT hidden_from_representatives FROM document WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(hidden);
    let (status, html) = page(&app, &format!("/professionnel/documents/{id}"), &pro).await;
    assert_eq!(status, 200);
    assert!(html.contains(
        "Attention, ce document n'est pas visible des représentants légaux pour préserver le \
         secret du mineur titulaire du DMP."
    ));
    assert!(html.contains("Quitter la connexion secrète"));

    // Léa: no message, no notice, no document, no trace of the secret session.
    assert_eq!(told(pool.clone()).await, before, "nothing sent to Léa");
    let (_, notices) = page(&app, "/mon-dmp/notifications", &cookie).await;
    assert!(!notices.contains("pour la première fois"), "{notices:.400}");
    let (_, home) = page(&app, "/mon-dmp", &cookie).await;
    assert!(!home.contains("Suivi de contraception"));
    assert!(
        !home.contains(&midwife.label),
        "no « dernier accès » by them"
    );
    let (_, history) = page(&app, "/mon-dmp/historique", &cookie).await;
    assert!(!history.contains(&midwife.label), "{history:.300}");
    assert!(!history.contains("connexion secrète"));
    let secret_entries: i64 =
        sqlx::query_scalar("SELECT count(*) FROM access_trace WHERE dmp_id = $1 AND secret")
            .bind(emma.dmp_id)
            .fetch_one(&pool)
            .await
            .unwrap();
    // Switching, consent, list, deposit, document page (and its list).
    assert!(secret_entries >= 5, "{secret_entries}");
    // Kept in the trace, chained like the others.
    assert!(server::audit::verify(&pool)
        .await
        .unwrap()
        .problems
        .is_empty());
    // Out of secret mode, the next deposit is an ordinary one, told to Léa.
    let (status, _) = post_form(&app, SWITCH, &pro, RECORD, &[("mode", "normale")]).await;
    assert_eq!(status, 302);
    let midwife = session_of(&pool, &pro).await;
    assert!(!midwife.secret);
    deposit(
        &pool,
        &midwife,
        &emma,
        secret_form("Certificat de sport", false),
        now,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(told(pool.clone()).await, before + 1);
    let (_, history) = page(&app, "/mon-dmp/historique", &cookie).await;
    assert!(history.contains(&midwife.label), "now they show");
    let (_, home) = page(&app, "/mon-dmp", &cookie).await;
    assert!(home.contains("Certificat de sport"));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn connexion_secrete_is_refused_on_an_adults_record_and_ends_with_the_record(pool: PgPool) {
    use common::post_form;
    const SWITCH: &str = "/api/pro/connexion-secrete";
    common::demo_records(&pool).await;
    let app = common::portal(&pool);
    // Marie LEROY is an adult.
    let (_, _, pro) = common::pro::open(&pool, CARDIOLOGIST).await;
    let (status, back) = post_form(
        &app,
        SWITCH,
        &pro,
        "/professionnel/dossier",
        &[("mode", "secrete"), ("agreement", "oui")],
    )
    .await;
    assert_eq!(status, 302);
    let (_, html) = page(&app, &back, &pro).await;
    assert!(html.contains("La connexion secrète ne concerne que le DMP d'un patient mineur."));
    assert!(!session_of(&pool, &pro).await.secret);
    let (_, record) = page(&app, "/professionnel/dossier", &pro).await;
    assert!(
        !record.contains("Passer en connexion secrète"),
        "not offered"
    );

    // On Emma's record it holds until another record is opened.
    let (_, emma, pro) = open_on(&pool, CARDIOLOGIST, EMMA).await;
    let (_, record) = page(&app, "/professionnel/dossier", &pro).await;
    assert!(
        record.contains("Passer en connexion secrète"),
        "offered on a minor's"
    );
    post_form(
        &app,
        SWITCH,
        &pro,
        "/professionnel/dossier",
        &[("mode", "secrete"), ("agreement", "oui")],
    )
    .await;
    let holder = session_of(&pool, &pro).await;
    assert!(holder.secret);
    let mut conn = pool.acquire().await.unwrap();
    app::session::card::select_patient(&mut conn, holder.session_id, emma.dmp_id)
        .await
        .unwrap();
    assert!(
        session_of(&pool, &pro).await.secret,
        "the same record: still secret"
    );
    let marie: i64 = sqlx::query_scalar(
        "SELECT d.id FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1",
    )
    .bind(common::pro::MARIE)
    .fetch_one(&pool)
    .await
    .unwrap();
    app::session::card::select_patient(&mut conn, holder.session_id, marie)
        .await
        .unwrap();
    assert!(
        !session_of(&pool, &pro).await.secret,
        "another record: over"
    );
}

const MARC: &str = "marc.jean-baptiste@example.org";
const MARC_PASSWORD: &str = "cerf-volant rouge sous la pluie";

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_second_representative_invited_with_a_code_has_their_own_credentials_and_can_be_removed(
    pool: PgPool,
) {
    use common::post_form;
    const PAGE: &str = "/mon-dmp/representants";
    const INVITE: &str = "/api/dmp/inviter-representant";
    const ACCEPT: &str = "/api/representant-legal/accepter";
    let cookie = lea(&pool).await;
    let app = common::portal(&pool);
    let (status, html) = page(&app, PAGE, &cookie).await;
    assert_eq!(status, 200);
    assert!(html.contains("Léa JEAN-BAPTISTE — Mère"), "{html:.500}");
    assert!(html.contains("Ajouter le second représentant légal"));

    // A mistyped address: nothing is sent.
    let mut invite = vec![
        ("form[rep_relation]", "FTH"),
        ("form[rep_birth_name]", "Jean-Baptiste"),
        ("form[rep_first_names]", "Marc"),
        ("form[email]", MARC),
        ("form[email_confirm]", "marc.jean-baptiste@example.com"),
    ];
    let (status, back) = post_form(&app, INVITE, &cookie, PAGE, &invite).await;
    assert_eq!(status, 302);
    let (_, html) = page(&app, &back, &cookie).await;
    assert!(html.contains("Les deux adresses e-mail"), "{html:.300}");
    let invitations = |pool: PgPool| async move {
        sqlx::query_scalar::<_, i64>("SELECT count(*) FROM representative_invitation")
            .fetch_one(&pool)
            .await
            .unwrap()
    };
    assert_eq!(invitations(pool.clone()).await, 0);

    invite[4].1 = MARC;
    let (status, to) = post_form(&app, INVITE, &cookie, PAGE, &invite).await;
    assert_eq!(
        (status, to.as_str()),
        (302, "/mon-dmp/representants?invite=1")
    );
    let (_, html) = page(&app, PAGE, &cookie).await;
    assert!(html.contains("Invitation envoyée à Marc JEAN-BAPTISTE (Père)"));
    let message: String = sqlx::query_scalar(
        "SELECT body FROM outbox WHERE recipient = $1 AND purpose = 'representative_invitation'",
    )
    .bind(MARC)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(
        message.contains("Emma") && !message.contains("JEAN-BAPTISTE"),
        "{message}"
    );
    let code = common::six_digits(&message);
    let wrong = if code == "000000" { "111111" } else { "000000" };

    // The invited father: a wrong code, a weak password, then his own.
    let accept = |code: &str, password: &str| {
        [
            ("form[contact]", MARC.to_string()),
            ("form[code]", code.to_string()),
            ("form[password]", password.to_string()),
            ("form[confirm]", password.to_string()),
        ]
    };
    let answer = |code: &str, password: &str| {
        let fields = accept(code, password);
        let pool = pool.clone();
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let sent = common::TestApp::new(&pool)
                .post_form(ACCEPT, None, "/representant-legal", &fields)
                .await;
            (
                sent.status.as_u16(),
                sent.location().to_string(),
                sent.cookie(app::session::patient::COOKIE),
            )
        }
    };
    let (status, _, session) = answer(wrong, MARC_PASSWORD).await;
    assert_eq!((status, session), (302, None));
    let (status, _, session) = answer(&code, "motdepasse12").await;
    assert_eq!((status, session), (302, None), "too easy a password");
    let (status, to, session) = answer(&code, MARC_PASSWORD).await;
    assert_eq!(
        (status, to.as_str()),
        (302, "/representant-legal/bienvenue")
    );
    let marc = session.expect("signed in");
    // The same answer again (a double click, a reload): the same outcome,
    // no second account; the right code with another password opens nothing.
    let (status, to, again) = answer(&code, MARC_PASSWORD).await;
    assert_eq!(
        (status, to.as_str()),
        (302, "/representant-legal/bienvenue")
    );
    assert!(again.is_some_and(|c| c != marc), "a session of its own");
    let (_, to, other) = answer(&code, "Un-autre-mot-de-passe-2026").await;
    assert_eq!((to.as_str(), other), ("/representant-legal", None));
    let accounts: i64 = sqlx::query_scalar("SELECT count(*) FROM patient_account WHERE email = $1")
        .bind(MARC)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(accounts, 1);
    let (_, welcome) = page(&app, "/representant-legal/bienvenue", &marc).await;
    let login: String = sqlx::query_scalar("SELECT login FROM patient_account WHERE email = $1")
        .bind(MARC)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(welcome.contains(&login), "{welcome:.500}");

    // Marc reads Emma's record as a representative, without her secret,
    // and signs in again with his own login, password and code.
    let (status, home) = page(&app, "/mon-dmp", &marc).await;
    assert_eq!(status, 200);
    assert!(
        home.contains("Vous lisez le DMP de Emma JEAN-BAPTISTE, en tant que représentant légal.")
    );
    assert!(!home.contains(SECRET));
    let marc = common::TestApp::new(&pool)
        .sign_in(&login, MARC_PASSWORD)
        .await
        .expect("his own credentials");
    assert_ne!(marc, cookie);
    let (_, home) = page(&app, "/mon-dmp", &marc).await;
    assert!(home.contains("Emma JEAN-BAPTISTE"));
    // Léa was told, without details.
    let told: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM outbox WHERE recipient = 'lea.jean-baptiste@example.org' \
         AND purpose = 'representation_changed'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(told, 1);

    // Two is the most: no third invitation.
    let (_, html) = page(&app, PAGE, &cookie).await;
    assert!(html.contains("Marc JEAN-BAPTISTE — Père"));
    assert!(!html.contains("Ajouter le second représentant légal"));
    invite[4].1 = MARC;
    let (status, back) = post_form(&app, INVITE, &cookie, PAGE, &invite).await;
    assert_eq!(status, 302);
    let (_, html) = page(&app, &back, &cookie).await;
    assert!(html.contains("déjà deux représentants légaux"));

    // Marc may not end Léa's access; Léa may end Marc's, whom she added.
    let ids: Vec<(i64, Option<i64>)> = sqlx::query_as(
        "SELECT r.id, r.added_by FROM legal_representative r JOIN dmp d ON d.id = r.dmp_id \
         JOIN beneficiary b ON b.id = d.beneficiary_id WHERE r.ended_at IS NULL AND b.nir = $1 \
         ORDER BY r.id",
    )
    .bind(EMMA)
    .fetch_all(&pool)
    .await
    .unwrap();
    let (lea_link, marc_link) = (ids[0].0.to_string(), ids[1].0.to_string());
    assert!(ids[1].1.is_some(), "added by Léa");
    let remove = |id: &str| {
        vec![
            ("representant", id.to_string()),
            ("confirm", "oui".to_string()),
        ]
    };
    let fields = remove(&lea_link);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, back) = post_form(&app, "/api/dmp/retirer-representant", &marc, PAGE, &fields).await;
    let (_, html) = page(&app, &back, &marc).await;
    assert!(
        html.contains("Vous pouvez retirer votre propre accès"),
        "{html:.300}"
    );
    let fields = remove(&marc_link);
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, to) = post_form(
        &app,
        "/api/dmp/retirer-representant",
        &cookie,
        PAGE,
        &fields,
    )
    .await;
    assert_eq!(
        (status, to.as_str()),
        (302, "/mon-dmp/representants?retire=1")
    );
    let (_, home) = page(&app, "/mon-dmp", &marc).await;
    assert!(
        !home.contains("Emma"),
        "Marc's session reads nothing any more"
    );
    assert!(
        common::TestApp::new(&pool)
            .sign_in(&login, MARC_PASSWORD)
            .await
            .is_none(),
        "his account reads no record any more"
    );
    let told_marc: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM outbox WHERE recipient = $1 AND purpose = 'representation_changed'",
    )
    .bind(MARC)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(told_marc >= 1, "Marc is told his access ended");
    let (_, html) = page(&app, PAGE, &cookie).await;
    assert!(!html.contains("Marc JEAN-BAPTISTE — Père"));
    assert!(
        html.contains("Ajouter le second représentant légal"),
        "room again"
    );
    let (_, history) = page(&app, "/mon-dmp/historique?qui=tous", &cookie).await;
    for entry in [
        "Invitation d'un second représentant légal",
        "Accès d'un nouveau représentant légal",
        "Fin de l'accès d'un représentant légal",
    ] {
        assert!(history.contains(entry), "{entry}");
    }

    // A month later Marc's account, which reads nothing, is gone; his
    // link stays with his name for the history; Léa's account stays.
    let accounts = |pool: PgPool, marc: String| async move {
        sqlx::query_scalar::<_, i64>(
            "SELECT count(*) FROM patient_account WHERE login IN ($1, 'lea.jeanbaptiste')",
        )
        .bind(marc)
        .fetch_one(&pool)
        .await
        .unwrap()
    };
    let mut conn = pool.acquire().await.unwrap();
    let purged = app::session::patient::purge_orphan_accounts(&mut conn, Utc::now())
        .await
        .unwrap();
    assert_eq!(purged, 0, "not before a month");
    assert_eq!(accounts(pool.clone(), login.clone()).await, 2);
    let later = Utc::now() + chrono::Duration::days(31);
    let purged = app::session::patient::purge_orphan_accounts(&mut conn, later)
        .await
        .unwrap();
    assert_eq!(purged, 1);
    assert_eq!(
        accounts(pool.clone(), login.clone()).await,
        1,
        "Léa's stays"
    );
    let kept: (Option<i64>, String) =
        sqlx::query_as("SELECT account_id, first_names FROM legal_representative WHERE id = $1")
            .bind(marc_link.parse::<i64>().unwrap())
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    assert_eq!(kept, (None, "Marc".to_string()));
    drop(conn);
    assert!(server::audit::verify(&pool)
        .await
        .unwrap()
        .problems
        .is_empty());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn lea_reads_both_daughters_records_with_one_account_and_chooses(pool: PgPool) {
    use app::account::flow::{verify_code, Visit};
    use common::post_form;
    let (services, token) =
        common::code_sent(&pool, "lea.jeanbaptiste", "Demo-DMP-Lea-2026", "email").await;
    let body: String = sqlx::query_scalar(
        "SELECT body FROM outbox WHERE purpose = 'sign_in_code' ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let visit = Visit {
        address: String::new(),
        token: Some(token),
        kiosk: false,
        workshop: None,
        practice: None,
        now: Utc::now(),
    };
    let o = verify_code(&pool, &services, &visit, &common::six_digits(&body))
        .await
        .unwrap();
    assert_eq!(
        o.result,
        Ok(app::account::state::CHOOSE_PATH),
        "she chooses first"
    );
    let app::account::flow::Cookie::Set(token) = o.cookie else {
        panic!("{o:?}")
    };
    let cookie = format!("{}={token}", app::session::patient::COOKIE);
    let app = common::portal(&pool);
    let (_, html) = page(&app, "/mon-dmp/choisir", &cookie).await;
    assert!(html.contains("Le DMP de Emma JEAN-BAPTISTE, dont je suis représentant légal"));
    assert!(html.contains("Le DMP de Inès JEAN-BAPTISTE, dont je suis représentant légal"));
    let ines: i64 = sqlx::query_scalar(
        "SELECT d.id FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE b.nir = $1",
    )
    .bind(INES)
    .fetch_one(&pool)
    .await
    .unwrap();
    let (status, to) = post_form(
        &app,
        "/api/dmp/choisir",
        &cookie,
        "/mon-dmp/choisir",
        &[("dossier", &ines.to_string())],
    )
    .await;
    assert_eq!((status, to.as_str()), (302, "/mon-dmp"));
    let (_, home) = page(&app, "/mon-dmp", &cookie).await;
    assert!(
        home.contains("Vous lisez le DMP de Inès JEAN-BAPTISTE, en tant que représentant légal.")
            && home.contains("Changer de dossier"),
        "{home:.2000}"
    );
    // Inès's record has no secret consultation; Emma's is hers alone.
    let (_, space) = page(&app, "/mon-dmp/espace/comptes-rendus", &cookie).await;
    assert!(space.contains("Consultation de cardiologie") && !space.contains(SECRET));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn one_connection_guessing_invitation_codes_is_stopped_as_at_step_one(pool: PgPool) {
    use app::forms::check::message_for;
    use app::forms::fields::Field;
    use app::record::representatives::{store, AcceptForm};
    let limits = app::registry::limits::Limits::default();
    let answer = |code: String, address: &'static str| {
        let (pool, limits) = (pool.clone(), limits.clone());
        async move {
            let form = AcceptForm {
                contact: "quelqu.un@example.org".into(),
                code,
                password: MARC_PASSWORD.into(),
                confirm: MARC_PASSWORD.into(),
            };
            let visit = app::session::Visit {
                token: None,
                address: address.into(),
                kiosk: false,
                workshop: None,
                practice: None,
                now: Utc::now(),
            };
            match store::accept(&pool, common::KEY, &form, &visit, &limits)
                .await
                .unwrap()
            {
                store::Accepted::Refused(errors) => {
                    message_for(&errors, Field::OneTimeCode).unwrap_or_default()
                }
                store::Accepted::Done { .. } => panic!("no invitation was sent"),
            }
        }
    };
    for i in 0..limits.failures_per_address {
        let said = answer(format!("{i:06}"), "203.0.113.7").await;
        assert!(said.contains("ne correspond à aucune invitation"), "{said}");
    }
    // The connection has guessed enough: it must wait, whatever it types.
    let said = answer("123456".into(), "203.0.113.7").await;
    assert!(said.contains("depuis cette connexion"), "{said}");
    // Another connection is not held back.
    let said = answer("123456".into(), "198.51.100.2").await;
    assert!(said.contains("ne correspond à aucune invitation"), "{said}");
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn each_representative_chooses_their_own_messages(pool: PgPool) {
    use app::notify::{notify, Event};
    use app::session::patient::{PatientSession, Role, Stage};
    let _ = lea(&pool).await;
    // Marc, Emma's father, reads her record with his own account.
    let (emma, lea_account): (i64, i64) = sqlx::query_as(
        "SELECT d.id, a.id FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id \
         JOIN patient_account a ON a.login = 'lea.jeanbaptiste' WHERE b.nir = $1",
    )
    .bind(EMMA)
    .fetch_one(&pool)
    .await
    .unwrap();
    let marc: i64 = sqlx::query_scalar(
        "INSERT INTO patient_account (login, password_hash, email, created_at, must_change_password, \
         password_changed_at) VALUES ('marcjeanbaptiste', 'x', $1, now(), false, now()) RETURNING id",
    )
    .bind(MARC)
    .fetch_one(&pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO legal_representative (dmp_id, relation, birth_name, first_names, consent_at, \
         account_id) VALUES ($1, 'FTH', 'JEAN-BAPTISTE', 'Marc', now(), $2)",
    )
    .bind(emma)
    .bind(marc)
    .execute(&pool)
    .await
    .unwrap();

    // Léa turns off the e-mail of new documents; Marc changes nothing.
    let lea_session = PatientSession {
        id: 0,
        account_id: lea_account,
        dmp_id: emma,
        role: Role::Representative,
        stage: Stage::Open,
        kiosk: false,
        idle_expires_at: Utc::now(),
        represents: true,
    };
    let choices = [
        ("first_access", true, true),
        ("new_document", false, true),
        ("account", true, true),
        ("closure", true, true),
    ];
    assert!(app::record::notification_settings::store::save(
        &pool,
        &lea_session,
        &choices,
        Utc::now()
    )
    .await
    .unwrap());
    let mut conn = pool.acquire().await.unwrap();
    let page = app::record::notification_settings::store::page(&mut conn, emma, marc)
        .await
        .unwrap();
    assert!(
        page.settings.iter().all(|s| s.email && s.sms),
        "Marc's settings are his own"
    );

    // Marc reads the portal in English (issue 17): he is told in English.
    sqlx::query("UPDATE patient_account SET lang = 'en' WHERE id = $1")
        .bind(marc)
        .execute(&mut *conn)
        .await
        .unwrap();
    notify(
        &mut conn,
        emma,
        Event::NewDocument,
        "notify-new-document",
        &[("who", "Dr Anne PETIT".into())],
    )
    .await
    .unwrap();
    let sent: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT recipient, subject, body FROM outbox WHERE purpose = 'new_document' \
         AND channel = 'email' ORDER BY recipient",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(sent.len(), 1, "Léa turned it off for herself only");
    assert_eq!(sent[0].0, MARC);
    assert_eq!(sent[0].1, "A new document in your DMP");
    assert!(sent[0]
        .2
        .starts_with("Hello,\n\nDr Anne PETIT added a document"));
}
