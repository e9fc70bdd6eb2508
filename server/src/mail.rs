//! Delivers the e-mails queued in the outbox over SMTP (lettre). Runs beside
//! the web server when `SMTP_HOST` is set; without it, e-mails wait in the
//! outbox (in demo mode, the demo outbox shows them).

use anyhow::{Context, Result};
use app::domain::ins::Mode;
use clap::Args;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::PgPool;
use std::time::Duration;

use crate::delivery::{Due, Transport};

#[derive(Args, Clone, Debug)]
pub struct SmtpConfig {
    /// SMTP server for outgoing e-mail; unset: e-mails stay in the outbox.
    #[arg(long, env = "SMTP_HOST", global = true)]
    pub smtp_host: Option<String>,
    #[arg(long, env = "SMTP_PORT", default_value_t = 587, global = true)]
    pub smtp_port: u16,
    /// `starttls` (default), `tls` (implicit, port 465) or `none` (local relays and tests only).
    #[arg(long, env = "SMTP_TLS", default_value = "starttls", global = true)]
    pub smtp_tls: String,
    #[arg(long, env = "SMTP_USERNAME", global = true)]
    pub smtp_username: Option<String>,
    #[arg(long, env = "SMTP_PASSWORD", global = true, hide_env_values = true)]
    pub smtp_password: Option<String>,
    /// Sender shown to patients.
    #[arg(
        long,
        env = "SMTP_FROM",
        default_value = "Mon DMP <ne-pas-repondre@dmp.example>",
        global = true
    )]
    pub smtp_from: String,
}

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    mode: Mode,
}

impl Mailer {
    /// `None` when no SMTP server is configured.
    pub fn from_config(config: &SmtpConfig, mode: Mode) -> Result<Option<Mailer>> {
        let Some(host) = config.smtp_host.as_deref().filter(|h| !h.is_empty()) else {
            return Ok(None);
        };
        let mut builder = match config.smtp_tls.as_str() {
            "starttls" => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host)?,
            "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(host)?,
            "none" => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host),
            other => anyhow::bail!("SMTP_TLS must be starttls, tls or none, not `{other}`"),
        }
        .port(config.smtp_port)
        .timeout(Some(Duration::from_secs(20)));
        if let (Some(user), Some(password)) = (&config.smtp_username, &config.smtp_password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(Some(Mailer {
            transport: builder.build(),
            from: config
                .smtp_from
                .parse()
                .context("SMTP_FROM is not a valid address")?,
            mode,
        }))
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// Sends the e-mails that are due; returns how many went out.
    pub async fn deliver_pending(&self, pool: &PgPool) -> Result<usize> {
        crate::delivery::deliver_pending(pool, self.mode, self).await
    }

    async fn send_mail(
        &self,
        to: &str,
        subject: &str,
        body: String,
        attachment: Option<(String, Vec<u8>)>,
    ) -> Result<()> {
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to.parse()?)
            .subject(subject);
        let text = SinglePart::plain(body);
        let message = match attachment {
            None => builder.singlepart(text)?,
            Some((name, bytes)) => {
                builder.multipart(MultiPart::mixed().singlepart(text).singlepart(
                    Attachment::new(name).body(bytes, ContentType::parse("application/pdf")?),
                ))?
            }
        };
        self.transport.send(message).await?;
        Ok(())
    }
}

impl Transport for Mailer {
    const CHANNEL: &'static str = "email";

    async fn send(&self, m: &Due) -> Result<(), &'static str> {
        self.send_mail(
            &m.recipient,
            &m.subject,
            m.body.clone(),
            m.attachment.clone(),
        )
        .await
        .map_err(|e| error_kind(&e))
    }
}

fn error_kind(e: &anyhow::Error) -> &'static str {
    match e.downcast_ref::<lettre::transport::smtp::Error>() {
        Some(e) if e.is_permanent() => "permanent",
        Some(e) if e.is_transient() => "transient",
        Some(_) => "connection",
        None => "message",
    }
}
