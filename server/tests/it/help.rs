//! Issue 16: the help pages — each topic with the picture of its real page
//! (taken by ./scripts/screenshots), all of them on one page to print.

use crate::common::TestApp;
use axum::http::StatusCode;
use sqlx::PgPool;

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn every_help_topic_has_its_page_and_picture_and_all_print_on_one_page(pool: PgPool) {
    let portal = TestApp::new(&pool);
    let index = portal.get("/aide", None).await;
    assert_eq!(index.status, StatusCode::OK);
    let public = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public");
    let print = portal.get("/aide/imprimer", None).await;
    assert_eq!(print.status, StatusCode::OK);
    let unescape = |s: &str| s.replace("&#x27;", "'").replace("<!>", "");
    let (index, print) = (unescape(&index.body), unescape(&print.body));
    assert!(app::help::TOPICS.len() >= 9);
    for t in app::help::TOPICS {
        assert!(
            index.contains(&format!("href=\"{}\"", t.path())),
            "{}",
            t.slug
        );
        let page = portal.get(&t.path(), None).await;
        assert_eq!(page.status, StatusCode::OK, "{}", t.slug);
        let body = unescape(&page.body);
        assert!(
            body.contains(&format!("<h1>{}</h1>", t.title())),
            "{body:.2000}"
        );
        assert!(body.contains(&t.picture_path()));
        assert!(print.contains(&t.title()) && print.contains(&t.picture_path()));
        let picture = public.join(t.picture_path().trim_start_matches('/'));
        let bytes = std::fs::read(&picture).unwrap_or_else(|_| panic!("{}", picture.display()));
        assert_eq!(
            &bytes[..3],
            &[0xFF, 0xD8, 0xFF],
            "a JPEG: {}",
            picture.display()
        );
        assert!(
            bytes.len() < 60_000,
            "light on a slow link: {}",
            picture.display()
        );
    }
    let unknown = portal.get("/aide/pas-un-sujet", None).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_larger_text_works_without_javascript_and_follows_the_visitor(pool: PgPool) {
    let portal = TestApp::new(&pool);
    let plain = portal.get("/", None).await;
    assert!(!plain.body.contains("page--large-text"));
    assert!(plain.body.contains("Agrandir le texte"));
    let asked = portal
        .post_form("/api/taille-texte", None, "/aide", &[("grand", "oui")])
        .await;
    assert_eq!(
        asked.location(),
        "/aide",
        "back to the page it was asked from"
    );
    let cookie = asked.cookie("dmp_texte").expect("the choice is kept");
    for page in ["/", "/aide", "/creation"] {
        let answer = portal.get(page, Some(&cookie)).await;
        assert!(answer.body.contains("page page--large-text"), "{page}");
        assert!(answer.body.contains("Texte normal"));
        assert_eq!(
            answer.header("cache-control"),
            "no-store",
            "{page}: never cached"
        );
    }
    let back = portal
        .post_form(
            "/api/taille-texte",
            Some(&cookie),
            "https://ailleurs.example/x",
            &[("grand", "non")],
        )
        .await;
    assert!(
        back.header("set-cookie").starts_with("dmp_texte=;"),
        "{}",
        back.header("set-cookie")
    );
    assert_eq!(back.location(), "/", "never to another site");
}

/// Issue 17: the help pages in English and easy to read, chosen by the
/// cookies the header's switches set (or `Accept-Language`).
#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_help_reads_in_english_and_easy_to_read(pool: PgPool) {
    let portal = TestApp::new(&pool);
    let unescape = |s: &str| s.replace("&#x27;", "'").replace("<!>", "");
    let english = unescape(
        &portal
            .get("/aide/urgences", Some("dmp_langue=en"))
            .await
            .body,
    );
    assert!(english.contains("<html lang=\"en\""), "{english:.300}");
    assert!(
        english.contains("<h1>In an emergency</h1>"),
        "{english:.3000}"
    );
    assert!(english.contains("When you call 15"));
    let easy = unescape(
        &portal
            .get("/aide/urgences", Some("dmp_facile=oui"))
            .await
            .body,
    );
    assert!(easy.contains("<html lang=\"fr\""));
    // One sentence per line (FALC), the page's style sheet keeps the breaks.
    assert!(
        easy.contains("Vous pouvez dire non.\nOuvrez votre DMP."),
        "{easy:.3000}"
    );
    assert!(!easy.contains("Quand vous appelez le 15, le médecin régulateur"));
    let both = unescape(
        &portal
            .get("/aide/imprimer", Some("dmp_langue=en; dmp_facile=oui"))
            .await
            .body,
    );
    assert!(
        both.contains("You can say no.\nOpen your DMP.")
            && both.contains("The DMP is your health record on the internet.")
    );
    let asked = portal
        .get_with("/aide", &[("accept-language", "en-US,en;q=0.9")])
        .await;
    assert!(unescape(&asked.body).contains("<h1>Help: the DMP step by step</h1>"));
    let french = portal.get("/aide", None).await;
    assert!(unescape(&french.body).contains("<h1>Aide : le DMP pas à pas</h1>"));
    // A shared cache keeps one page per language asked.
    assert!(portal
        .get("/", None)
        .await
        .header("vary")
        .contains("accept-language"));
    // The switch: a cookie, back to the page, and the page never cached.
    let asked = portal
        .post_form("/api/langue", None, "/aide", &[("langue", "en")])
        .await;
    assert_eq!(asked.location(), "/aide");
    let cookie = asked.cookie("dmp_langue").expect("the choice is kept");
    let home = portal.get("/", Some(&cookie)).await;
    assert!(unescape(&home.body).contains("<h1>My Shared Medical Record</h1>"));
    assert_eq!(home.header("cache-control"), "no-store");
    // A language we do not have changes nothing.
    let unknown = portal
        .post_form("/api/langue", None, "/aide", &[("langue", "<script>")])
        .await;
    assert!(unknown.cookie("dmp_langue").is_none());
    let easy = portal
        .post_form("/api/facile-a-lire", None, "/", &[("facile", "oui")])
        .await;
    let cookie = easy.cookie("dmp_facile").expect("the choice is kept");
    let home = unescape(&portal.get("/", Some(&cookie)).await.body);
    assert!(home.contains("DMP veut dire Dossier Médical Partagé."));
}

/// Issue 17 (4): the words and the pictures of the Carte Vitale say the same
/// place, and neither the pictured serials nor the NIR example belong to a
/// demo person.
#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_vitale_pictures_and_words_agree_and_show_nobodys_numbers(pool: PgPool) {
    let portal = TestApp::new(&pool);
    let page = portal.get("/creation", None).await;
    let body = page.body.replace("&#x27;", "'").replace("<!>", "");
    let place = "au recto, en haut à droite, juste à gauche de la photo";
    let french = |key| app::i18n::catalogue::text(app::i18n::Lang::Fr, key, &[]);
    assert!(body.contains(&french("forms-serial-hint")), "{body:.3000}");
    assert!(french("forms-serial-hint").contains(place));
    assert!(french("forms-serial-with-photo").contains(place));
    let public = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../public");
    let svg = std::fs::read_to_string(public.join("carte-vitale-avec-photo.svg")).unwrap();
    assert!(
        svg.contains("recto : le numéro de série est en haut à droite, juste à gauche de la photo")
    );
    // The picture draws it so: the red box in the top right half, left of the photo.
    let rect = |marker: &str| -> [f32; 4] {
        let line = svg
            .lines()
            .find(|l| l.contains("<rect") && l.contains(marker))
            .unwrap();
        let attr = |name: &str| -> f32 {
            let start = line.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
            line[start..].split('"').next().unwrap().parse().unwrap()
        };
        [attr("x"), attr("y"), attr("width"), attr("height")]
    };
    let serial = rect("#c62828");
    let photo = rect("#cfd8dc");
    assert!(serial[0] + serial[2] / 2.0 > 160.0 && serial[1] + serial[3] / 2.0 < 101.0);
    assert!(serial[0] + serial[2] <= photo[0] && photo[0] > 160.0);
    // Nobody's numbers.
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    let pictured: Vec<String> = ["carte-vitale-avec-photo.svg", "carte-vitale-sans-photo.svg"]
        .iter()
        .map(|f| {
            let svg = std::fs::read_to_string(public.join(f)).unwrap();
            let text = svg.split("font-family=\"monospace\"").nth(1).unwrap();
            digits(text.split('>').nth(1).unwrap().split('<').next().unwrap())
        })
        .collect();
    assert_eq!(pictured, ["98765432100", "98765432"]);
    let example = body
        .split("Exemple : ")
        .nth(1)
        .unwrap()
        .split('.')
        .next()
        .unwrap();
    let example = digits(example);
    assert!(app::domain::nir::Nir::parse(&example).is_ok(), "{example}");
    server::seed::seed(&pool, crate::common::KEY, &crate::common::args(100))
        .await
        .unwrap();
    let (cards, people): (i64, i64) = sqlx::query_as(
        "SELECT (SELECT count(*) FROM vitale_card WHERE serial = ANY($1)), \
                (SELECT count(*) FROM beneficiary WHERE nir = $2)",
    )
    .bind(&pictured)
    .bind(&example)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((cards, people), (0, 0));
}

/// Issue 17 (follow-up): on a shared device, the reader's language, easy
/// reading and text size end with their visit; on their own device they stay.
#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn on_a_kiosk_the_reading_choices_end_with_the_visit(pool: PgPool) {
    let portal = TestApp::new(&pool);
    let prefs = "dmp_langue=en; dmp_facile=oui; dmp_texte=grand";
    let at_home = portal
        .post_form("/api/creation/fin", Some(prefs), "/creation", &[])
        .await;
    assert!(at_home.cookie("dmp_langue").is_none());
    let kiosk = portal
        .post_form(
            "/api/creation/fin",
            Some(&format!("dmp_borne=1; {prefs}")),
            "/creation",
            &[],
        )
        .await;
    for name in ["dmp_langue", "dmp_facile", "dmp_texte"] {
        assert_eq!(kiosk.cookie(name).as_deref(), Some(&*format!("{name}=")));
        let set = kiosk
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|c| c.to_str().ok())
            .find(|c| c.starts_with(&format!("{name}=")))
            .unwrap();
        assert!(set.contains("Max-Age=0"), "{set}");
    }
    // Signing out of a record on a kiosk does the same.
    let out = portal
        .post_form(
            "/api/connexion/fin",
            Some(&format!("dmp_borne=1; {prefs}")),
            "/mon-dmp",
            &[],
        )
        .await;
    assert_eq!(out.cookie("dmp_langue").as_deref(), Some("dmp_langue="));
}
