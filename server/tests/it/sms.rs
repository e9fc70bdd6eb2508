//! SMS leave the outbox through an HTTP gateway: here a real HTTP server,
//! started by the test, that records what it is sent as an operator's
//! gateway would receive it.

use crate::common;

use app::domain::ins::Mode;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use server::sms::{SmsConfig, SmsGateway};
use sqlx::PgPool;
use std::sync::{Arc, Mutex};

/// The `Authorization` header and the JSON body of one request.
type Request = (Option<String>, serde_json::Value);

#[derive(Clone, Default)]
struct Received {
    messages: Arc<Mutex<Vec<Request>>>,
}

/// A gateway answering `status`; returns its address and what it receives.
async fn start_gateway(status: StatusCode) -> (String, Received) {
    let received = Received::default();
    let store = received.clone();
    let app = axum::Router::new().route(
        "/sms",
        post(move |headers: HeaderMap, body: String| {
            let store = store.clone();
            async move {
                let auth = headers
                    .get("authorization")
                    .map(|v| v.to_str().unwrap().to_string());
                let json: serde_json::Value = serde_json::from_str(&body).unwrap();
                store.messages.lock().unwrap().push((auth, json));
                status
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{address}/sms"), received)
}

fn gateway(url: &str) -> SmsGateway {
    let config = SmsConfig {
        sms_gateway_url: Some(url.to_string()),
        sms_gateway_token: Some("jeton-de-test".into()),
        sms_sender: "MonDMP".into(),
    };
    SmsGateway::from_config(&config, Mode::Demo)
        .unwrap()
        .unwrap()
}

/// Jean-Pierre MOREAU has only a mobile: his sign-in code goes by SMS,
/// through the gateway, and the code he reads there opens his record.
#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn the_sign_in_code_reaches_the_phone_through_the_gateway(pool: PgPool) {
    let (services, token) =
        common::code_sent(&pool, "jpmoreau", "Demo-DMP-JeanPierre-2026", "sms").await;
    let (url, received) = start_gateway(StatusCode::ACCEPTED).await;
    let gateway = gateway(&url);
    assert_eq!(gateway.deliver_pending(&pool).await.unwrap(), 1);
    assert_eq!(
        gateway.deliver_pending(&pool).await.unwrap(),
        0,
        "nothing is sent twice"
    );
    let messages = received.messages.lock().unwrap().clone();
    assert_eq!(messages.len(), 1);
    let (auth, sms) = &messages[0];
    assert_eq!(auth.as_deref(), Some("Bearer jeton-de-test"));
    assert_eq!(sms["to"], "+33612345678");
    assert_eq!(sms["from"], "MonDMP");
    let code = common::six_digits(sms["text"].as_str().unwrap());
    assert_eq!(
        common::verify(&pool, &services, &token, &code).await,
        Ok(app::account::state::RECORD_PATH)
    );
}

#[sqlx::test(migrator = "server::database::MIGRATOR")]
async fn a_gateway_failure_leaves_the_sms_queued_for_a_later_attempt(pool: PgPool) {
    common::code_sent(&pool, "jpmoreau", "Demo-DMP-JeanPierre-2026", "sms").await;
    let (url, received) = start_gateway(StatusCode::SERVICE_UNAVAILABLE).await;
    assert_eq!(gateway(&url).deliver_pending(&pool).await.unwrap(), 0);
    assert_eq!(received.messages.lock().unwrap().len(), 1, "it was tried");
    let (sent, attempts, later): (bool, i32, bool) = sqlx::query_as(
        "SELECT sent_at IS NOT NULL, attempts, next_attempt_at > now() FROM outbox WHERE channel = 'sms'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(!sent);
    assert_eq!(attempts, 1);
    assert!(later, "retried later, not in a tight loop");
}

#[test]
fn production_refuses_a_gateway_without_tls() {
    let config = SmsConfig {
        sms_gateway_url: Some("http://sms.example/envoi".into()),
        ..SmsConfig::default()
    };
    assert!(SmsGateway::from_config(&config, Mode::Production).is_err());
    assert!(
        SmsGateway::from_config(&SmsConfig::default(), Mode::Production)
            .unwrap()
            .is_none()
    );
}
