//! The settings' rows: which events reach which channel, per record and
//! per reader (each legal representative chooses their own).

use super::*;
use crate::notify::Event;
use crate::session::patient::PatientSession;
use chrono::{DateTime, Utc};
use sqlx::{PgConnection, PgPool};

pub async fn page(
    conn: &mut PgConnection,
    dmp_id: i64,
    account_id: i64,
) -> Result<SettingsPage, sqlx::Error> {
    let prefs: Vec<(String, bool, bool)> = sqlx::query_as(
        "SELECT event, email, sms FROM notification_preference WHERE dmp_id = $1 AND account_id = $2",
    )
    .bind(dmp_id)
    .bind(account_id)
    .fetch_all(&mut *conn)
    .await?;
    let settings = Event::CHOOSABLE
        .iter()
        .map(|(_, code, label)| {
            let (email, sms) = prefs
                .iter()
                .find(|(e, _, _)| e == code)
                .map(|(_, e, s)| (*e, *s))
                .unwrap_or((true, true));
            Setting {
                code: code.to_string(),
                label: label.to_string(),
                email,
                sms,
            }
        })
        .collect();
    Ok(SettingsPage { settings })
}

/// `choices`: (event code, e-mail, SMS). Returns whether anything changed.
pub async fn save(
    pool: &PgPool,
    session: &PatientSession,
    choices: &[(&str, bool, bool)],
    now: DateTime<Utc>,
) -> Result<bool, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let mut changed = 0;
    for (event, email, sms) in choices {
        changed += sqlx::query(
            "INSERT INTO notification_preference (dmp_id, event, email, sms, account_id) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (dmp_id, account_id, event) DO UPDATE SET email = $3, sms = $4 \
             WHERE (notification_preference.email, notification_preference.sms) IS DISTINCT FROM ($3, $4)",
        )
        .bind(session.dmp_id)
        .bind(event)
        .bind(email)
        .bind(sms)
        .bind(session.account_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    }
    if changed > 0 {
        let detail = choices
            .iter()
            .map(|(event, email, sms)| {
                let label = Event::CHOOSABLE
                    .iter()
                    .find(|(_, c, _)| c == event)
                    // The trace keeps French, whoever reads it.
                    .map_or(String::new(), |(_, _, l)| {
                        crate::i18n::text_in(crate::i18n::Lang::Fr, l, &[])
                    });
                let on = |b: &bool| if *b { "oui" } else { "non" };
                format!("{label} : e-mail {}, SMS {}", on(email), on(sms))
            })
            .collect::<Vec<_>>()
            .join(" ; ");
        crate::audit::trace_detail(
            &mut tx,
            session.dmp_id,
            session.account_id,
            crate::audit::Action::ReglagesNotifications,
            None,
            Some(&detail),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(changed > 0)
}
