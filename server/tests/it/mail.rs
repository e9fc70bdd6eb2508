//! E-mails leave the outbox through a real SMTP server: Debian's aiosmtpd,
//! started here, writing what it receives to a Maildir.

use crate::common;

use app::domain::ins::Mode;
use app::outbox::{enqueue, About, Channel, Message};
use server::mail::{Mailer, SmtpConfig};
use sqlx::PgPool;
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

struct SmtpServer {
    child: Child,
    port: u16,
    maildir: tempfile::TempDir,
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A port nobody listens on (until someone is started on it).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_smtp_server() -> SmtpServer {
    let port = free_port();
    let maildir = tempfile::tempdir().unwrap();
    // Debian's interpreter, where python3-aiosmtpd is installed (not a pyenv one).
    let child = Command::new("/usr/bin/python3")
        .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(maildir.path().join("Maildir"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("python3 with aiosmtpd (Debian: python3-aiosmtpd)");
    // Owned at once, so that Drop kills and reaps it whatever happens next.
    let server = SmtpServer {
        child,
        port,
        maildir,
    };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return server;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("aiosmtpd did not start");
}

fn received(maildir: &Path) -> Vec<String> {
    let new = maildir.join("Maildir/new");
    std::fs::read_dir(new)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| std::fs::read_to_string(e.path()).unwrap())
                .collect()
        })
        .unwrap_or_default()
}

/// Subject and text body as a mail client reads them (Python's own parser).
fn decode(mail: &str) -> (String, String) {
    use std::io::Write;
    let mut child = Command::new("/usr/bin/python3")
        .args([
            "-c",
            "import sys, email, email.policy\n\
             m = email.message_from_file(sys.stdin, policy=email.policy.default)\n\
             print(m['subject'])\n\
             print(m.get_body(('plain',)).get_content(), end='')",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(mail.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let (subject, body) = text.split_once('\n').unwrap();
    (subject.to_string(), body.to_string())
}

fn mailer(port: u16, mode: Mode) -> Mailer {
    let config = SmtpConfig {
        smtp_host: Some("127.0.0.1".into()),
        smtp_port: port,
        smtp_tls: "none".into(),
        smtp_username: None,
        smtp_password: None,
        smtp_from: "Mon DMP <ne-pas-repondre@dmp.example>".into(),
    };
    Mailer::from_config(&config, mode).unwrap().unwrap()
}

fn message(channel: Channel) -> Message {
    Message {
        about: About::Staff,
        channel,
        recipient: "claire.dubois@example.org".into(),
        subject: "Accusé de réception : création de votre DMP".into(),
        body: "Madame, votre Dossier Médical Partagé a été créé le 22 novembre 2026.".into(),
        attachment: Some(("accuse-reception.pdf".into(), b"%PDF-1.7 test".to_vec())),
        purpose: "acknowledgement",
    }
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_queued_email_reaches_a_real_smtp_server_once(pool: PgPool) {
    let smtp = start_smtp_server();
    let mut conn = pool.acquire().await.unwrap();
    let id = enqueue(&mut conn, &message(Channel::Email)).await.unwrap();
    enqueue(&mut conn, &message(Channel::Letter)).await.unwrap();
    drop(conn);

    let mailer = mailer(smtp.port, Mode::Demo);
    assert_eq!(
        mailer.deliver_pending(&pool).await.unwrap(),
        1,
        "letters are not e-mailed"
    );
    assert_eq!(
        mailer.deliver_pending(&pool).await.unwrap(),
        0,
        "nothing is sent twice"
    );

    let mails = received(smtp.maildir.path());
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert!(mail.contains("To: claire.dubois@example.org"), "{mail}");
    assert!(
        mail.contains("From: \"Mon DMP\" <ne-pas-repondre@dmp.example>"),
        "{mail}"
    );
    let (subject, body) = decode(mail);
    assert_eq!(subject, "Accusé de réception : création de votre DMP");
    assert_eq!(
        body.trim(),
        "Madame, votre Dossier Médical Partagé a été créé le 22 novembre 2026."
    );
    assert!(mail.contains("accuse-reception.pdf"), "{mail}");
    assert!(mail.contains("application/pdf"), "{mail}");

    let (sent, body): (bool, String) =
        sqlx::query_as("SELECT sent_at IS NOT NULL, body FROM outbox WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(sent);
    assert!(
        !body.is_empty(),
        "demo mode keeps the text for the demo outbox"
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn production_keeps_no_copy_of_a_delivered_email(pool: PgPool) {
    let smtp = start_smtp_server();
    let mut conn = pool.acquire().await.unwrap();
    let id = enqueue(&mut conn, &message(Channel::Email)).await.unwrap();
    drop(conn);
    assert_eq!(
        mailer(smtp.port, Mode::Production)
            .deliver_pending(&pool)
            .await
            .unwrap(),
        1
    );
    let (body, attachment): (String, Option<Vec<u8>>) =
        sqlx::query_as("SELECT body, attachment FROM outbox WHERE id = $1")
            .bind(id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(body, "");
    assert!(attachment.is_none());
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn an_unreachable_server_leaves_the_email_queued_for_a_later_attempt(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    let id = enqueue(&mut conn, &message(Channel::Email)).await.unwrap();
    drop(conn);
    // Nobody listens on this port.
    let port = free_port();
    assert_eq!(
        mailer(port, Mode::Demo)
            .deliver_pending(&pool)
            .await
            .unwrap(),
        0
    );
    let (sent, attempts, later): (bool, i32, bool) = sqlx::query_as(
        "SELECT sent_at IS NOT NULL, attempts, next_attempt_at > now() FROM outbox WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(!sent);
    assert_eq!(attempts, 1);
    assert!(later, "retried later, not in a tight loop");
}

/// The acknowledgement of a real creation, end to end: the flow queues it in
/// the creation's transaction, the mailer delivers it over SMTP.
#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_creation_acknowledgement_is_received_by_email(pool: PgPool) {
    use app::creation::flow::{self, Cookie, Visit};
    use app::creation::informations::InformationsForm;
    use app::registry::identify::IdentifyForm;

    common::registry(&pool, 20).await;
    let services = app::services::Services::new(common::KEY.to_vec(), Mode::Demo);
    let mut visit = Visit {
        token: None,
        address: "192.0.2.20".into(),
        kiosk: false,
        workshop: None,
        practice: None,
        now: common::now(),
    };
    let step1 = flow::identify(
        &pool,
        &services,
        &visit,
        IdentifyForm {
            nir: "269054958815780".into(),
            code: "DEMA-2345-6789".into(),
            card_type: "avec_photo".into(),
            serial: "80123456789".into(),
        },
    )
    .await
    .unwrap();
    let Cookie::Set(token) = step1.cookie else {
        panic!("no session")
    };
    visit.token = Some(token);
    flow::informations(
        &pool,
        &services,
        &visit,
        InformationsForm {
            email: "claire.dubois@example.org".into(),
            email_confirm: "claire.dubois@example.org".into(),
            accept: Some("on".into()),
            ..InformationsForm::default()
        },
    )
    .await
    .unwrap();

    let smtp = start_smtp_server();
    assert_eq!(
        mailer(smtp.port, Mode::Demo)
            .deliver_pending(&pool)
            .await
            .unwrap(),
        1
    );
    let mails = received(smtp.maildir.path());
    assert_eq!(mails.len(), 1);
    assert!(mails[0].contains("To: claire.dubois@example.org"));
    let (subject, body) = decode(&mails[0]);
    assert_eq!(subject, "Accusé de réception création d'un DMP");
    assert!(body.contains("Madame Claire DUBOIS,"), "{body}");
    assert!(body.contains("création de votre Dossier Médical Partagé (DMP) le 2 novembre 2026"));
    assert!(body.contains("bris de glace"));
    let login: String = sqlx::query_scalar("SELECT login FROM patient_account")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert!(!body.contains(&login), "no credentials by e-mail");
}

/// Marie LEROY's sign-in code, end to end: queued by the sign-in flow,
/// delivered over SMTP, read back from the received mail, and accepted.
#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_sign_in_code_is_received_by_email(pool: PgPool) {
    let (services, token) =
        common::code_sent(&pool, "marieleroy", "Demo-DMP-Marie-2026", "email").await;
    let smtp = start_smtp_server();
    assert_eq!(
        mailer(smtp.port, Mode::Demo)
            .deliver_pending(&pool)
            .await
            .unwrap(),
        1
    );
    let mails = received(smtp.maildir.path());
    assert_eq!(mails.len(), 1);
    assert!(
        mails[0].contains("To: marie.leroy@example.org"),
        "{}",
        mails[0]
    );
    let (subject, body) = decode(&mails[0]);
    assert_eq!(subject, "Votre code de connexion au DMP");
    let code = common::six_digits(&body);
    assert_eq!(
        common::verify(&pool, &services, &token, &code).await,
        Ok(app::account::state::RECORD_PATH)
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_message_that_never_goes_out_becomes_a_dead_letter_an_operator_can_retry(pool: PgPool) {
    use server::delivery::{failed, retry, MAX_ATTEMPTS};
    let mut conn = pool.acquire().await.unwrap();
    let id = enqueue(&mut conn, &message(Channel::Email)).await.unwrap();
    drop(conn);
    let port = free_port();
    let unreachable = mailer(port, Mode::Demo);
    let due_now = || {
        sqlx::query("UPDATE outbox SET next_attempt_at = now() - INTERVAL '1 second'")
            .execute(&pool)
    };
    for _ in 0..MAX_ATTEMPTS {
        due_now().await.unwrap();
        unreachable.deliver_pending(&pool).await.unwrap();
    }
    // Given up: no more tries, however long one waits.
    due_now().await.unwrap();
    unreachable.deliver_pending(&pool).await.unwrap();
    let attempts: i32 = sqlx::query_scalar("SELECT attempts FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(attempts, MAX_ATTEMPTS);
    let dead = failed(&pool).await.unwrap();
    assert_eq!(dead.len(), 1);
    assert_eq!((dead[0].id, dead[0].channel.as_str()), (id, "email"));
    assert_eq!(dead[0].purpose, "acknowledgement");
    assert!(dead[0].last_error.is_some());
    assert!(
        !format!("{dead:?}").contains("claire"),
        "no recipient shown"
    );
    // The operator retries it: queued again, its tries counted afresh.
    assert!(retry(&pool, id).await.unwrap());
    assert!(!retry(&pool, id).await.unwrap(), "only a dead letter");
    assert!(failed(&pool).await.unwrap().is_empty());
    let smtp = start_smtp_server();
    sqlx::query("UPDATE outbox SET next_attempt_at = now() - INTERVAL '1 second'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(
        mailer(smtp.port, Mode::Demo)
            .deliver_pending(&pool)
            .await
            .unwrap(),
        1
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn letters_leave_through_the_print_export_once_and_production_keeps_no_copy(pool: PgPool) {
    let mut conn = pool.acquire().await.unwrap();
    let letter = enqueue(&mut conn, &message(Channel::Letter)).await.unwrap();
    let email = enqueue(&mut conn, &message(Channel::Email)).await.unwrap();
    drop(conn);
    let dir = tempfile::tempdir().unwrap();
    let written = server::letters::export(&pool, Mode::Production, dir.path())
        .await
        .unwrap();
    assert_eq!(written.len(), 1);
    assert_eq!(std::fs::read(&written[0]).unwrap(), b"%PDF-1.7 test");
    assert!(written[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .ends_with(&format!("{letter:08}.pdf")));
    let (sent, body, attachment): (bool, String, Option<Vec<u8>>) =
        sqlx::query_as("SELECT sent_at IS NOT NULL, body, attachment FROM outbox WHERE id = $1")
            .bind(letter)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(sent);
    assert_eq!(
        (body.as_str(), attachment),
        ("", None),
        "text erased in production"
    );
    let email_sent: bool =
        sqlx::query_scalar("SELECT sent_at IS NOT NULL FROM outbox WHERE id = $1")
            .bind(email)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(!email_sent, "e-mails are not letters");
    // Exported once: a second run finds nothing.
    let again = server::letters::export(&pool, Mode::Production, dir.path())
        .await
        .unwrap();
    assert!(again.is_empty());
}
