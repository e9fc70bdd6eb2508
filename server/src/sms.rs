//! Delivers the SMS queued in the outbox through the operator's HTTP
//! gateway: one `POST` per message, JSON `{"from", "to", "text"}`, with a
//! bearer token; any 2xx answer means accepted. Runs beside the web server
//! when `SMS_GATEWAY_URL` is set; without it, SMS wait in the outbox (in
//! demo mode, the demo outbox shows them).

use crate::delivery::{Due, Transport};
use anyhow::{Context, Result};
use app::domain::ins::Mode;
use clap::Args;
use serde::Serialize;
use sqlx::PgPool;
use std::time::Duration;

#[derive(Args, Clone, Debug, Default)]
pub struct SmsConfig {
    /// The SMS gateway's address (https://…); unset: SMS stay in the outbox.
    #[arg(long, env = "SMS_GATEWAY_URL", global = true)]
    pub sms_gateway_url: Option<String>,
    /// Sent as `Authorization: Bearer …`.
    #[arg(long, env = "SMS_GATEWAY_TOKEN", global = true, hide_env_values = true)]
    pub sms_gateway_token: Option<String>,
    /// Sender name shown on the phone (11 characters at most for most operators).
    #[arg(long, env = "SMS_SENDER", default_value = "MonDMP", global = true)]
    pub sms_sender: String,
}

pub struct SmsGateway {
    client: reqwest::Client,
    url: reqwest::Url,
    token: Option<String>,
    sender: String,
    mode: Mode,
}

#[derive(Serialize)]
struct Sms<'a> {
    from: &'a str,
    to: &'a str,
    text: &'a str,
}

impl SmsGateway {
    /// `None` when no gateway is configured.
    pub fn from_config(config: &SmsConfig, mode: Mode) -> Result<Option<SmsGateway>> {
        let Some(url) = config.sms_gateway_url.as_deref().filter(|u| !u.is_empty()) else {
            return Ok(None);
        };
        let url: reqwest::Url = url.parse().context("SMS_GATEWAY_URL is not a valid URL")?;
        if mode == Mode::Production && url.scheme() != "https" {
            anyhow::bail!("SMS_GATEWAY_URL must use https outside demo mode");
        }
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(20))
            .build()?;
        Ok(Some(SmsGateway {
            client,
            url,
            token: config.sms_gateway_token.clone().filter(|t| !t.is_empty()),
            sender: config.sms_sender.clone(),
            mode,
        }))
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Sends the SMS that are due; returns how many the gateway accepted.
    pub async fn deliver_pending(&self, pool: &PgPool) -> Result<usize> {
        crate::delivery::deliver_pending(pool, self.mode, self).await
    }
}

impl Transport for SmsGateway {
    const CHANNEL: &'static str = "sms";

    async fn send(&self, m: &Due) -> Result<(), &'static str> {
        let mut request = self.client.post(self.url.clone()).json(&Sms {
            from: &self.sender,
            to: &m.recipient,
            text: &m.body,
        });
        if let Some(token) = &self.token {
            request = request.bearer_auth(token);
        }
        match request.send().await {
            Ok(r) if r.status().is_success() => Ok(()),
            Ok(r) if r.status().is_client_error() => Err("refused"),
            Ok(_) => Err("gateway"),
            Err(e) if e.is_timeout() => Err("timeout"),
            Err(_) => Err("connection"),
        }
    }
}
