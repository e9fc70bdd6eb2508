//! The holder's controls against the real PostgreSQL, through the portal's
//! own forms (posted as without JavaScript): masking, blocking, emergency
//! choices, receipts, the access history and its tamper-evident chain.

use crate::common;

use app::domain::access::{Mode, Refusal};
use app::professional::record::{declare_consent, declare_emergency};
use chrono::Utc;
use common::pro::*;
use common::{page, portal, post_form};
use sqlx::PgPool;

async fn traced(pool: &PgPool, action: &str) -> Vec<(i64, Option<String>)> {
    sqlx::query_as("SELECT id, detail FROM access_trace WHERE action = $1 ORDER BY id")
        .bind(action)
        .fetch_all(pool)
        .await
        .unwrap()
}

fn receipt_id(location: &str) -> i64 {
    location
        .split("recu=")
        .nth(1)
        .and_then(|r| r.split('&').next())
        .and_then(|r| r.parse().ok())
        .unwrap_or_else(|| panic!("no receipt in {location}"))
}

async fn pdf_text(app: &axum::Router, uri: &str, cookie: &str) -> (u16, String) {
    let (status, _, body) = common::send(
        app,
        axum::http::Request::get(uri)
            .header("cookie", cookie)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    if status != 200 {
        return (status, String::new());
    }
    let doc = lopdf::Document::load_mem(&body).expect("a PDF");
    (status, doc.extract_text(&[1]).unwrap())
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_masked_document_is_hidden_from_a_pharmacist_not_from_the_medecin_traitant_nor_its_author(
    pool: PgPool,
) {
    let cookie = common::marie_signed_in(&pool).await;
    let app = portal(&pool);
    let now = Utc::now();
    let (gp, marie, _) = open(&pool, GP).await;
    let (pharmacist, _, _) = open(&pool, PHARMACIST).await;
    let (cardiologist, _, _) = open(&pool, "8000000029").await;
    declare_consent(&pool, &pharmacist, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    declare_consent(&pool, &cardiologist, &marie, true, now)
        .await
        .unwrap()
        .unwrap();
    // The GP may read the record but is not médecin traitant: only authorship counts.
    declare_consent(&pool, &gp, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    let id = deposit(&pool, GP, "57833-6", "Ordonnance de kinésithérapie", false).await;
    let title = "Ordonnance de kinésithérapie".to_string();
    assert!(listed(&pool, &pharmacist, &marie)
        .await
        .unwrap()
        .contains(&title));

    let document = format!("/mon-dmp/documents/{id}");
    let (status, html) = page(&app, &document, &cookie).await;
    assert_eq!(status, 200);
    assert!(html.contains("Masquer aux professionnels"), "{html}");
    let mask = [
        ("id", id.to_string()),
        ("masquer", "oui".into()),
        ("retour", document.clone()),
    ];
    let fields: Vec<(&str, &str)> = mask.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, location) = post_form(&app, "/api/dmp/masquer", &cookie, &document, &fields).await;
    assert_eq!(status, 302);
    assert!(
        location.starts_with(&format!("{document}?recu=")),
        "{location}"
    );
    let receipt = receipt_id(&location);

    assert!(
        !listed(&pool, &pharmacist, &marie)
            .await
            .unwrap()
            .contains(&title),
        "pharmacist"
    );
    assert!(
        listed(&pool, &cardiologist, &marie)
            .await
            .unwrap()
            .contains(&title),
        "médecin traitant"
    );
    assert!(
        listed(&pool, &gp, &marie).await.unwrap().contains(&title),
        "author"
    );

    // Sent again (a double click): nothing more changes or is traced.
    let (status, _) = post_form(&app, "/api/dmp/masquer", &cookie, &document, &fields).await;
    assert_eq!(status, 302);
    let masked = traced(&pool, "masquage_document").await;
    assert_eq!(masked.len(), 1);
    assert!(masked[0].1.as_deref().unwrap().contains(&title));

    // The page says so, and the receipt prints.
    let (_, html) = page(&app, &location, &cookie).await;
    assert!(html.contains("Ce document est masqué aux professionnels de santé."));
    assert!(html.contains(&format!("/mon-dmp/recus/{receipt}")));
    let (status, text) = pdf_text(&app, &format!("/mon-dmp/recus/{receipt}"), &cookie).await;
    assert_eq!(status, 200);
    for expected in [
        "LEROY",
        "Document masqué aux professionnels de santé",
        "kinésithérapie",
        "Empreinte",
    ] {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
    // Nobody else's receipt, nor one for an entry that is not a choice.
    let other: i64 =
        sqlx::query_scalar("SELECT max(id) FROM access_trace WHERE action = 'connexion'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        pdf_text(&app, &format!("/mon-dmp/recus/{other}"), &cookie)
            .await
            .0,
        404
    );
    assert_eq!(
        pdf_text(&app, &format!("/mon-dmp/recus/{receipt}"), "")
            .await
            .0,
        404
    );

    // A document that is not hers changes nothing.
    let (status, location) = post_form(
        &app,
        "/api/dmp/masquer",
        &cookie,
        &document,
        &[("id", "999999"), ("masquer", "oui"), ("retour", "/mon-dmp")],
    )
    .await;
    assert_eq!(status, 302);
    assert!(!location.contains("recu="), "{location}");
    assert_eq!(traced(&pool, "masquage_document").await.len(), 1);

    // Shown again, from the list of its space.
    let list = "/mon-dmp/espace/traitements";
    let (_, html) = page(&app, list, &cookie).await;
    assert!(html.contains("Ne plus masquer"), "{html}");
    let (status, location) = post_form(
        &app,
        "/api/dmp/masquer",
        &cookie,
        list,
        &[
            ("id", &id.to_string()),
            ("masquer", "non"),
            ("retour", list),
        ],
    )
    .await;
    assert_eq!(status, 302);
    assert!(
        location.starts_with("/mon-dmp/espace/traitements?recu="),
        "{location}"
    );
    assert!(listed(&pool, &pharmacist, &marie)
        .await
        .unwrap()
        .contains(&title));
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_blocked_professional_is_refused_despite_consent_and_the_medecin_traitant_cannot_be_blocked(
    pool: PgPool,
) {
    let cookie = common::marie_signed_in(&pool).await;
    let app = portal(&pool);
    let now = Utc::now();
    let (pharmacist, marie, _) = open(&pool, PHARMACIST).await;
    let (cardiologist, _, _) = open(&pool, "8000000029").await;
    declare_consent(&pool, &pharmacist, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    declare_consent(&pool, &cardiologist, &marie, true, now)
        .await
        .unwrap()
        .unwrap();
    let path = "/mon-dmp/professionnels";

    // The directory, by name without accents or case, by town, by RPPS.
    let (status, html) = page(&app, &format!("{path}?nom=paoli"), &cookie).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("PAOLI") && html.contains("1 professionnel trouvé."),
        "{html}"
    );
    let (_, html) = page(&app, &format!("{path}?rpps=123"), &cookie).await;
    assert!(html.contains("Le numéro RPPS compte 11 chiffres"), "{html}");

    let id = |p: &app::session::card::Holder| p.professional_id.unwrap().to_string();
    let (status, location) = post_form(
        &app,
        "/api/dmp/bloquer",
        &cookie,
        path,
        &[
            ("id", &id(&pharmacist)),
            ("bloquer", "oui"),
            ("retour", path),
        ],
    )
    .await;
    assert_eq!(status, 302);
    let receipt = receipt_id(&location);
    assert_eq!(
        listed(&pool, &pharmacist, &marie).await,
        Err(Refusal::Blocked)
    );
    assert_eq!(
        declare_consent(&pool, &pharmacist, &marie, false, now)
            .await
            .unwrap(),
        Err(Refusal::Blocked),
        "no consent lifts a block"
    );
    assert_eq!(
        declare_emergency(
            &pool,
            &pharmacist,
            &marie,
            Mode::BrisDeGlace,
            "Malaise",
            now
        )
        .await
        .unwrap(),
        Err(Refusal::Blocked)
    );
    let (_, text) = pdf_text(&app, &format!("/mon-dmp/recus/{receipt}"), &cookie).await;
    assert!(
        text.contains("Professionnel de santé bloqué") && text.contains("PAOLI"),
        "{text}"
    );

    // The médecin traitant stays: the page and the answer say why.
    let (_, html) = page(&app, path, &cookie).await;
    assert!(html.contains("Ne peut pas être bloqué"), "{html}");
    let (status, location) = post_form(
        &app,
        "/api/dmp/bloquer",
        &cookie,
        path,
        &[
            ("id", &id(&cardiologist)),
            ("bloquer", "oui"),
            ("retour", path),
        ],
    )
    .await;
    assert_eq!(status, 302);
    assert!(!location.contains("recu="), "{location}");
    let (_, html) = page(&app, &location, &cookie).await;
    assert!(
        html.contains("Votre médecin traitant DMP ne peut pas être bloqué."),
        "{html}"
    );
    assert!(listed(&pool, &cardiologist, &marie).await.is_ok());
    assert_eq!(traced(&pool, "blocage_professionnel").await.len(), 1);

    // Unblocked: the consent must be given again.
    let (status, _) = post_form(
        &app,
        "/api/dmp/bloquer",
        &cookie,
        path,
        &[
            ("id", &id(&pharmacist)),
            ("bloquer", "non"),
            ("retour", path),
        ],
    )
    .await;
    assert_eq!(status, 302);
    assert_eq!(
        listed(&pool, &pharmacist, &marie).await,
        Err(Refusal::Expired)
    );
    declare_consent(&pool, &pharmacist, &marie, false, now)
        .await
        .unwrap()
        .unwrap();
    assert!(listed(&pool, &pharmacist, &marie).await.is_ok());
    assert_eq!(traced(&pool, "deblocage_professionnel").await.len(), 1);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn opposed_emergency_modes_are_refused_and_the_choice_can_change_back(pool: PgPool) {
    let cookie = common::marie_signed_in(&pool).await;
    let app = portal(&pool);
    let now = Utc::now();
    let path = "/mon-dmp/acces-en-urgence";
    let (status, html) = page(&app, path, &cookie).await;
    assert_eq!(status, 200);
    assert!(html.contains("médecin régulateur"), "{html}");
    let save = "/api/dmp/acces-en-urgence/choix";

    // An answer that is neither yes nor no changes nothing.
    let (status, location) = post_form(
        &app,
        save,
        &cookie,
        path,
        &[("centre15", "peut-etre"), ("bris_de_glace", "non")],
    )
    .await;
    assert_eq!(status, 302);
    let (_, html) = page(&app, &location, &cookie).await;
    assert!(html.contains("Répondez aux deux questions"), "{html}");
    assert!(traced(&pool, "choix_urgence").await.is_empty());

    let (_, location) = post_form(
        &app,
        save,
        &cookie,
        path,
        &[("centre15", "non"), ("bris_de_glace", "non")],
    )
    .await;
    let receipt = receipt_id(&location);
    let (nurse, marie, _) = open(&pool, NURSE).await;
    let (regulator, _, _) = open(&pool, REGULATOR).await;
    assert_eq!(
        declare_emergency(&pool, &nurse, &marie, Mode::BrisDeGlace, "Malaise", now)
            .await
            .unwrap(),
        Err(Refusal::Opposed)
    );
    assert_eq!(
        declare_emergency(&pool, &regulator, &marie, Mode::Centre15, "", now)
            .await
            .unwrap(),
        Err(Refusal::Opposed)
    );
    let (_, text) = pdf_text(&app, &format!("/mon-dmp/recus/{receipt}"), &cookie).await;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("bris de glace : refusé"), "{text}");

    // The same choices again: no new entry. Then Centre 15 allowed again.
    post_form(
        &app,
        save,
        &cookie,
        path,
        &[("centre15", "non"), ("bris_de_glace", "non")],
    )
    .await;
    assert_eq!(traced(&pool, "choix_urgence").await.len(), 1);
    post_form(
        &app,
        save,
        &cookie,
        path,
        &[("centre15", "oui"), ("bris_de_glace", "non")],
    )
    .await;
    // Each professional request reads the choices afresh.
    let (_, marie, _) = open(&pool, REGULATOR).await;
    assert!(
        declare_emergency(&pool, &regulator, &marie, Mode::Centre15, "", now)
            .await
            .unwrap()
            .is_ok()
    );
    assert_eq!(
        declare_emergency(&pool, &nurse, &marie, Mode::BrisDeGlace, "Malaise", now)
            .await
            .unwrap(),
        Err(Refusal::Opposed)
    );
    assert_eq!(traced(&pool, "choix_urgence").await.len(), 2);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_history_says_who_what_and_why_and_filters_emergencies(pool: PgPool) {
    use app::domain::access::Right;
    use app::professional::record::trace_consultation;
    let cookie = common::marie_signed_in(&pool).await;
    let app = portal(&pool);
    let now = Utc::now();
    let (gp, marie, _) = open(&pool, GP).await;
    declare_consent(&pool, &gp, &marie, true, now)
        .await
        .unwrap()
        .unwrap();
    trace_consultation(
        &pool,
        &gp,
        &marie,
        app::audit::Action::ConsultationListe,
        None,
        Right::MedecinTraitant,
        now,
    )
    .await
    .unwrap();
    let (nurse, _, _) = open(&pool, NURSE).await;
    declare_emergency(
        &pool,
        &nurse,
        &marie,
        Mode::BrisDeGlace,
        "Patiente inconsciente",
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let (regulator, _, _) = open(&pool, REGULATOR).await;
    declare_emergency(&pool, &regulator, &marie, Mode::Centre15, "", now)
        .await
        .unwrap()
        .unwrap();

    // Every professional entry says which right allowed it.
    let unexplained: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM access_trace WHERE actor_kind = 'professionnel' AND right_code IS NULL",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(unexplained, 0);

    let (status, html) = page(&app, "/mon-dmp/historique?qui=tous", &cookie).await;
    assert_eq!(status, 200);
    for expected in [
        "Médecin Sophie LEBLANC",
        "Déclaration comme médecin traitant DMP",
        "Médecin traitant DMP",
        "Infirmier Émilie HOARAU",
        "Bris de glace : urgence déclarée par le professionnel",
        "Motif : « Patiente inconsciente »",
        "SAMU–Centre 15 : appel au médecin régulateur",
        "Vous êtes titulaire du DMP",
        "history__emergency",
    ] {
        assert!(html.contains(expected), "{expected} missing");
    }
    let (_, html) = page(&app, "/mon-dmp/historique?qui=urgence", &cookie).await;
    assert!(html.contains("2 entrées"), "{html}");
    assert!(!html.contains("Médecin Sophie LEBLANC"));
    let (_, html) = page(
        &app,
        "/mon-dmp/historique?qui=moi&du=2000-01-01&au=2000-12-31",
        &cookie,
    )
    .await;
    assert!(html.contains("Aucune entrée pour ces critères."), "{html}");
}

/// Marie signs in and reads three pages: a trace of a few entries.
async fn marie_leaves_a_trace(pool: &PgPool) {
    let cookie = common::marie_signed_in(pool).await;
    let app = portal(pool);
    for uri in [
        "/mon-dmp",
        "/mon-dmp/historique",
        "/mon-dmp/acces-en-urgence",
    ] {
        assert_eq!(page(&app, uri, &cookie).await.0, 200);
    }
}

/// `server ARGS` on this test's database, with the anchors' key when
/// given: whether it succeeded, and what it said.
fn server_command(pool: &PgPool, args: &[&str], audit_key: Option<&str>) -> (bool, String) {
    use sqlx::ConnectOptions;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_server"));
    command
        .args(args)
        .env(
            "DATABASE_URL",
            pool.connect_options().to_url_lossy().to_string(),
        )
        .env("RUST_LOG", "warn")
        .env_remove("DMP_AUDIT_KEY");
    if let Some(key) = audit_key {
        command.env("DMP_AUDIT_KEY", key);
    }
    let out = command.output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn audit_verify_catches_an_altered_and_a_removed_trace(pool: PgPool) {
    marie_leaves_a_trace(&pool).await;
    let verify = || server_command(&pool, &["audit", "verify"], None);
    let (ok, report) = verify();
    assert!(ok && report.contains("the chain is intact"), "{report}");

    // The portal itself cannot rewrite an entry.
    let err = sqlx::query("UPDATE access_trace SET action = 'x'")
        .execute(&pool)
        .await;
    assert!(err.is_err());

    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM access_trace ORDER BY dmp_id, seq")
        .fetch_all(&pool)
        .await
        .unwrap();
    assert!(ids.len() >= 4, "{ids:?}");
    // Someone with the table owner's rights rewrites one entry…
    sqlx::query("ALTER TABLE access_trace DISABLE TRIGGER access_trace_append_only")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("UPDATE access_trace SET actor_label = 'Personne' WHERE id = $1")
        .bind(ids[1])
        .execute(&pool)
        .await
        .unwrap();
    let (ok, report) = verify();
    assert!(!ok, "{report}");
    assert!(
        report.contains(&format!("entry {} (n° 2) was altered", ids[1])),
        "{report}"
    );
    assert!(report.contains("1 problems"), "{report}");

    // …then removes another, then the newest.
    sqlx::query("DELETE FROM access_trace WHERE id = $1")
        .bind(ids[2])
        .execute(&pool)
        .await
        .unwrap();
    let (_, report) = verify();
    assert!(
        report.contains(&format!("entry {} (n° 4) does not follow", ids[3])),
        "{report}"
    );
    let last = *ids.last().unwrap();
    sqlx::query("DELETE FROM access_trace WHERE id = $1")
        .bind(last)
        .execute(&pool)
        .await
        .unwrap();
    let (ok, report) = verify();
    assert!(!ok);
    assert!(report.contains("newest entries removed"), "{report}");
}

/// Issue 18: whoever owns the database can rewrite an entry and every hash
/// after it, and the head: `verify` alone finds the chain whole. The
/// anchors written outside, under a key the database does not hold, catch
/// it; an anchor file edited by hand is caught too.
#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn audit_anchors_catch_a_chain_rewritten_consistently(pool: PgPool) {
    marie_leaves_a_trace(&pool).await;
    let anchors = tempfile::tempdir().unwrap();
    let run =
        |args: &[&str]| server_command(&pool, args, Some("an-audit-key-the-database-never-sees"));
    let dir = anchors.path().to_str().unwrap();
    let (ok, said) = run(&["audit", "anchor", "--dir", dir]);
    assert!(ok && said.contains("anchor written"), "{said}");
    let (ok, said) = run(&["audit", "verify", "--anchors", dir]);
    assert!(ok && said.contains("the chain is intact"), "{said}");
    assert!(said.contains("1 anchor files read"), "{said}");

    // The owner rewrites Marie's second entry and the chain after it.
    let (dmp_id, id): (i64, i64) =
        sqlx::query_as("SELECT dmp_id, id FROM access_trace WHERE seq = 2 ORDER BY dmp_id LIMIT 1")
            .fetch_one(&pool)
            .await
            .unwrap();
    let mut conn = pool.acquire().await.unwrap();
    for sql in [
        "ALTER TABLE access_trace DISABLE TRIGGER ALL",
        "UPDATE access_trace SET actor_label = 'Personne' WHERE id = $1",
        "DO $$ DECLARE r record; prev bytea; BEGIN \
           FOR r IN SELECT id, dmp_id, seq FROM access_trace ORDER BY dmp_id, seq LOOP \
             prev := coalesce((SELECT hash FROM access_trace p WHERE p.dmp_id = r.dmp_id \
                               AND p.seq = r.seq - 1), access_trace_genesis()); \
             UPDATE access_trace SET prev_hash = prev WHERE id = r.id; \
             UPDATE access_trace t SET hash = access_trace_digest(prev, t) WHERE t.id = r.id; \
           END LOOP; \
           UPDATE access_trace_head h SET hash = (SELECT hash FROM access_trace t \
             WHERE t.dmp_id = h.dmp_id AND t.seq = h.seq); END $$",
        "ALTER TABLE access_trace ENABLE TRIGGER ALL",
    ] {
        let q = sqlx::query(sql);
        let q = if sql.contains("$1") { q.bind(id) } else { q };
        q.execute(&mut *conn).await.unwrap();
    }
    let label: String = sqlx::query_scalar("SELECT actor_label FROM access_trace WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_eq!(label, "Personne", "the rewrite took");
    // The chain alone is fooled…
    let (ok, said) = run(&["audit", "verify"]);
    assert!(ok && said.contains("the chain is intact"), "{said}");
    // …the anchors are not.
    let (ok, said) = run(&["audit", "verify", "--anchors", dir]);
    assert!(!ok, "{said}");
    assert!(
        said.contains(&format!("record {dmp_id}: entry n° "))
            && said.contains("(the chain was rewritten since)"),
        "{said}"
    );

    // An anchor edited to match the rewritten chain is not authentic.
    let file = std::fs::read_dir(anchors.path())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let heads: Vec<(i64, i64, Vec<u8>)> =
        sqlx::query_as("SELECT dmp_id, seq, hash FROM access_trace_head ORDER BY dmp_id")
            .fetch_all(&mut *conn)
            .await
            .unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let mut forged: Vec<String> = text.lines().take(2).map(str::to_string).collect();
    for (d, s, h) in heads {
        forged.push(format!(
            "{d} {s} {}",
            h.iter().map(|b| format!("{b:02x}")).collect::<String>()
        ));
    }
    forged.push(text.lines().last().unwrap().to_string());
    std::fs::write(&file, forged.join("\n") + "\n").unwrap();
    let (ok, said) = run(&["audit", "verify", "--anchors", dir]);
    assert!(!ok, "{said}");
    assert!(said.contains("is not authentic"), "{said}");
    // Without the key, no verification against anchors at all.
    let (ok, said) = server_command(&pool, &["audit", "verify", "--anchors", dir], None);
    assert!(!ok && said.contains("DMP_AUDIT_KEY"), "{said}");
}
