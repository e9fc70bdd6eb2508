//! « Réglages des notifications »: which messages the holder receives on
//! which channel (emergency accesses always), and a change of e-mail
//! address or mobile number, made only once a code sent to the new one is
//! typed back.

use super::notifications::PATH as LIST_PATH;
use super::RecordNav;
use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{field_error, track_errors, ErrorSummary, GeneralErrors};
use crate::messages::{Msg, Text};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

pub use crate::paths::NOTIFICATION_SETTINGS_PATH as PATH;
/// [I] A contact code lasts 15 minutes, allows 3 wrong tries, and at most
/// 5 are sent a day for one account.
pub const CODE_MINUTES: i64 = 15;
pub const CODE_TRIES: i16 = 3;
pub const CODES_PER_DAY: i16 = 5;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Setting {
    pub code: String,
    pub label: String,
    pub email: bool,
    pub sms: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsPage {
    pub settings: Vec<Setting>,
    pub email: Option<String>,
    pub mobile: Option<String>,
    /// A change waiting for its code: (« email » or « sms », new value).
    pub pending: Option<(String, String)>,
}

/// The new address or number, typed twice: its normal form, or what is wrong.
pub fn check_new_contact(
    channel: &str,
    value: &str,
    confirm: &str,
) -> Result<String, Vec<FieldError>> {
    use crate::domain::contact::{Email, Mobile};
    let (fields, parsed, mismatch) = match channel {
        "email" => (
            (Field::Email, Field::EmailConfirm),
            Email::parse(value)
                .map(|e| e.as_str().to_string())
                .map_err(Msg::from),
            Text::EmailsDiffer,
        ),
        "sms" => (
            (Field::Mobile, Field::MobileConfirm),
            Mobile::parse(value)
                .map(|m| m.as_str().to_string())
                .map_err(Msg::from),
            Text::MobilesDiffer,
        ),
        _ => {
            return Err(vec![FieldError {
                field: Field::Email,
                message: Text::UnknownChannel.into(),
            }])
        }
    };
    let again = match channel {
        "email" => Email::parse(confirm).map(|e| e.as_str().to_string()).ok(),
        _ => Mobile::parse(confirm).map(|m| m.as_str().to_string()).ok(),
    };
    match parsed {
        Err(message) => Err(vec![FieldError {
            field: fields.0,
            message,
        }]),
        Ok(v) if again.as_deref() != Some(v.as_str()) => Err(vec![FieldError {
            field: fields.1,
            message: mismatch.into(),
        }]),
        Ok(v) => Ok(v),
    }
}

#[cfg(feature = "ssr")]
pub mod store {
    use super::super::notifications::Event;
    use super::*;
    use crate::outbox::{enqueue, Channel, Message};
    use crate::session::patient::PatientSession;
    use chrono::{DateTime, Utc};
    use rand::Rng;
    use sqlx::{PgConnection, PgPool};

    pub async fn page(
        conn: &mut PgConnection,
        dmp_id: i64,
        account_id: i64,
        now: DateTime<Utc>,
    ) -> Result<SettingsPage, sqlx::Error> {
        let prefs: Vec<(String, bool, bool)> = sqlx::query_as(
            "SELECT event, email, sms FROM notification_preference WHERE dmp_id = $1",
        )
        .bind(dmp_id)
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
        let (email, mobile): (Option<String>, Option<String>) =
            sqlx::query_as("SELECT email, mobile FROM patient_account WHERE id = $1")
                .bind(account_id)
                .fetch_one(&mut *conn)
                .await?;
        let pending: Option<(String, String)> = sqlx::query_as(
            "SELECT channel, new_value FROM contact_change WHERE account_id = $1 AND expires_at > $2",
        )
        .bind(account_id)
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?;
        Ok(SettingsPage {
            settings,
            email,
            mobile,
            pending,
        })
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
                "INSERT INTO notification_preference (dmp_id, event, email, sms) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (dmp_id, event) DO UPDATE SET email = $3, sms = $4 \
                 WHERE (notification_preference.email, notification_preference.sms) IS DISTINCT FROM ($3, $4)",
            )
            .bind(session.dmp_id)
            .bind(event)
            .bind(email)
            .bind(sms)
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
                        .map(|(_, _, l)| *l)
                        .unwrap_or_default();
                    let on = |b: &bool| if *b { "oui" } else { "non" };
                    format!("{label} : e-mail {}, SMS {}", on(email), on(sms))
                })
                .collect::<Vec<_>>()
                .join(" ; ");
            crate::audit::trace_detail(
                &mut tx,
                session.dmp_id,
                session.account_id,
                "reglages_notifications",
                None,
                Some(&detail),
                now,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(changed > 0)
    }

    fn code_hash(key: &[u8], account_id: i64, code: &str) -> [u8; 32] {
        crate::secret::keyed_hash(key, &format!("contact-change:{account_id}:{code}"))
    }

    pub enum Requested {
        Sent,
        TooMany,
    }

    /// Sends a code to the new address or number, replacing a change in
    /// progress.
    pub async fn request(
        pool: &PgPool,
        key: &[u8],
        session: &PatientSession,
        channel: &str,
        value: &str,
        now: DateTime<Utc>,
    ) -> Result<Requested, sqlx::Error> {
        let mut tx = pool.begin().await?;
        let today = now.date_naive();
        let sent: Option<i16> = sqlx::query_scalar(
            "SELECT CASE WHEN sent_day = $2 THEN sent_today ELSE 0::smallint END FROM contact_change WHERE account_id = $1 FOR UPDATE",
        )
        .bind(session.account_id)
        .bind(today)
        .fetch_optional(&mut *tx)
        .await?;
        let sent = sent.unwrap_or(0);
        if sent >= CODES_PER_DAY {
            return Ok(Requested::TooMany);
        }
        let code = format!("{:06}", rand::rngs::OsRng.gen_range(0..1_000_000u32));
        sqlx::query(
            "INSERT INTO contact_change (account_id, channel, new_value, code_hash, created_at, expires_at, \
             wrong_attempts, sent_today, sent_day) VALUES ($1, $2, $3, $4, $5, $6, 0, $7, $8) \
             ON CONFLICT (account_id) DO UPDATE SET channel = $2, new_value = $3, code_hash = $4, created_at = $5, \
             expires_at = $6, wrong_attempts = 0, sent_today = $7, sent_day = $8",
        )
        .bind(session.account_id)
        .bind(channel)
        .bind(value)
        .bind(code_hash(key, session.account_id, &code).as_slice())
        .bind(now)
        .bind(now + chrono::Duration::minutes(CODE_MINUTES))
        .bind(sent + 1)
        .bind(today)
        .execute(&mut *tx)
        .await?;
        let (channel, body) = if channel == "sms" {
            (
                Channel::Sms,
                format!("DMP : votre code pour confirmer ce numéro est {code}. Valable {CODE_MINUTES} minutes."),
            )
        } else {
            (
                Channel::Email,
                format!(
                    "Bonjour,\n\nPour recevoir désormais les messages de votre Dossier Médical Partagé (DMP) à cette \
                     adresse, saisissez ce code sur le site du DMP : {code}\n\nIl est valable {CODE_MINUTES} minutes. \
                     Si vous n'avez rien demandé, ignorez ce message : rien ne change.\n\nL'Assurance Maladie"
                ),
            )
        };
        enqueue(
            &mut tx,
            &Message {
                channel,
                recipient: value.to_string(),
                subject: "Confirmez votre nouveau moyen de contact".into(),
                body,
                attachment: None,
                purpose: "contact_change_code",
            },
        )
        .await?;
        crate::audit::trace_detail(
            &mut tx,
            session.dmp_id,
            session.account_id,
            "demande_changement_contact",
            None,
            Some(if channel == Channel::Sms {
                "numéro de mobile"
            } else {
                "adresse e-mail"
            }),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(Requested::Sent)
    }

    #[derive(Debug, PartialEq, Eq)]
    pub enum Confirmed {
        Changed,
        WrongCode {
            left: i16,
        },
        /// Expired, cancelled after too many tries, or none asked.
        NoChange,
    }

    pub async fn confirm(
        pool: &PgPool,
        key: &[u8],
        session: &PatientSession,
        typed: &str,
        now: DateTime<Utc>,
    ) -> Result<Confirmed, sqlx::Error> {
        use subtle::ConstantTimeEq;
        let mut tx = pool.begin().await?;
        let row: Option<(String, String, Vec<u8>, i16)> = sqlx::query_as(
            "SELECT channel, new_value, code_hash, wrong_attempts FROM contact_change \
             WHERE account_id = $1 AND expires_at > $2 FOR UPDATE",
        )
        .bind(session.account_id)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((channel, value, hash, wrong)) = row else {
            return Ok(Confirmed::NoChange);
        };
        let typed: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
        if !bool::from(code_hash(key, session.account_id, &typed).ct_eq(&hash)) {
            let wrong = wrong + 1;
            if wrong >= CODE_TRIES {
                // Spent: the change must be asked again (the day's count stays).
                sqlx::query("UPDATE contact_change SET expires_at = $2 WHERE account_id = $1")
                    .bind(session.account_id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            } else {
                sqlx::query("UPDATE contact_change SET wrong_attempts = $2 WHERE account_id = $1")
                    .bind(session.account_id)
                    .bind(wrong)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            return Ok(if wrong >= CODE_TRIES {
                Confirmed::NoChange
            } else {
                Confirmed::WrongCode {
                    left: CODE_TRIES - wrong,
                }
            });
        }
        let column = if channel == "sms" { "mobile" } else { "email" };
        let old: Option<String> = sqlx::query_scalar(&format!(
            "SELECT {column} FROM patient_account WHERE id = $1"
        ))
        .bind(session.account_id)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(&format!(
            "UPDATE patient_account SET {column} = $2 WHERE id = $1"
        ))
        .bind(session.account_id)
        .bind(&value)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE contact_change SET expires_at = $2 WHERE account_id = $1")
            .bind(session.account_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        let what = if channel == "sms" {
            "numéro de mobile"
        } else {
            "adresse e-mail"
        };
        crate::audit::trace_detail(
            &mut tx,
            session.dmp_id,
            session.account_id,
            "changement_contact",
            None,
            Some(what),
            now,
        )
        .await?;
        let (subject_of, changed) = if channel == "sms" {
            ("Le numéro de mobile auquel", "changé")
        } else {
            ("L'adresse e-mail à laquelle", "changée")
        };
        let body = format!(
            "Bonjour,\n\n{subject_of} votre Dossier Médical Partagé (DMP) vous envoie ses messages vient \
             d'être {changed}.\n\nSi vous n'êtes pas à l'origine de ce changement, appelez sans attendre le 36 46.\n\n\
             L'Assurance Maladie"
        );
        let sms =
            "DMP : votre moyen de contact a été changé. Si ce n'est pas vous, appelez le 36 46.";
        // The former one is told too: it is the one a thief would not have.
        if let Some(old) = old.filter(|o| *o != value) {
            enqueue(
                &mut tx,
                &Message {
                    channel: if channel == "sms" {
                        Channel::Sms
                    } else {
                        Channel::Email
                    },
                    recipient: old,
                    subject: "Votre moyen de contact du DMP a été changé".into(),
                    body: if channel == "sms" {
                        sms.into()
                    } else {
                        body.clone()
                    },
                    attachment: None,
                    purpose: Event::Account.purpose(),
                },
            )
            .await?;
        }
        super::super::notifications::notify(
            &mut tx,
            session.dmp_id,
            Event::Account,
            "Votre moyen de contact du DMP a été changé",
            &body,
            sms,
        )
        .await?;
        tx.commit().await?;
        Ok(Confirmed::Changed)
    }

    pub async fn cancel(
        pool: &PgPool,
        session: &PatientSession,
        now: DateTime<Utc>,
    ) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE contact_change SET expires_at = $2 WHERE account_id = $1 AND expires_at > $2",
        )
        .bind(session.account_id)
        .bind(now)
        .execute(pool)
        .await?;
        Ok(())
    }
}

/// `None`: nobody signed in.
#[server(endpoint = "dmp/notifications/reglages")]
pub async fn load_settings() -> Result<Option<SettingsPage>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    let page = store::page(&mut conn, session.dmp_id, session.account_id, now)
        .await
        .map_err(unavailable)?;
    // Contact details are shown: a look like any other.
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        "consultation_reglages_notifications",
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(page))
}

/// The ticked boxes (`<event>_email`, `<event>_sms`); an unticked box is absent.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SettingsForm {
    pub first_access_email: Option<String>,
    pub first_access_sms: Option<String>,
    pub new_document_email: Option<String>,
    pub new_document_sms: Option<String>,
    pub account_email: Option<String>,
    pub account_sms: Option<String>,
    pub closure_email: Option<String>,
    pub closure_sms: Option<String>,
}

#[server(endpoint = "dmp/notifications/reglages/enregistrer")]
pub async fn save_settings(form: SettingsForm) -> Result<(), PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(crate::messages::Text::NotSignedIn));
    };
    let f = &form;
    let choices = [
        (
            "first_access",
            f.first_access_email.is_some(),
            f.first_access_sms.is_some(),
        ),
        (
            "new_document",
            f.new_document_email.is_some(),
            f.new_document_sms.is_some(),
        ),
        (
            "account",
            f.account_email.is_some(),
            f.account_sms.is_some(),
        ),
        (
            "closure",
            f.closure_email.is_some(),
            f.closure_sms.is_some(),
        ),
    ];
    store::save(&pool, &session, &choices, now)
        .await
        .map_err(unavailable)?;
    leptos_axum::redirect(&format!("{PATH}?fait=reglages"));
    Ok(())
}

#[server(endpoint = "dmp/contact/changer")]
pub async fn request_contact_change(
    canal: String,
    valeur: String,
    confirmation: String,
) -> Result<(), PortalError> {
    use crate::http::unavailable;
    let (_, services, _) = crate::session::patient::http::context()?;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(crate::messages::Text::NotSignedIn));
    };
    let value = match check_new_contact(&canal, &valeur, &confirmation) {
        Ok(value) => value,
        Err(errors) => return Err(PortalError::Invalid(errors)),
    };
    match store::request(&pool, &services.key, &session, &canal, &value, now)
        .await
        .map_err(unavailable)?
    {
        store::Requested::Sent => {
            leptos_axum::redirect(&format!("{PATH}#code"));
            Ok(())
        }
        store::Requested::TooMany => Err(PortalError::refused(Text::TooManyContactCodes)),
    }
}

#[server(endpoint = "dmp/contact/confirmer")]
pub async fn confirm_contact_change(code: String) -> Result<(), PortalError> {
    use crate::http::unavailable;
    use store::Confirmed;
    let (_, services, _) = crate::session::patient::http::context()?;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(crate::messages::Text::NotSignedIn));
    };
    let error = |message: Text| Err(PortalError::field(Field::OneTimeCode, message));
    let typed: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if typed.len() != 6 || !typed.bytes().all(|b| b.is_ascii_digit()) {
        return error(Text::CodeSixDigits);
    }
    match store::confirm(&pool, &services.key, &session, &typed, now)
        .await
        .map_err(unavailable)?
    {
        Confirmed::Changed => {
            leptos_axum::redirect(&format!("{PATH}?fait=contact"));
            Ok(())
        }
        Confirmed::WrongCode { left } => error(Text::ContactCodeWrong { left }),
        Confirmed::NoChange => error(Text::ContactCodeEnded),
    }
}

#[server(endpoint = "dmp/contact/annuler")]
pub async fn cancel_contact_change() -> Result<(), PortalError> {
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(crate::messages::Text::NotSignedIn));
    };
    store::cancel(&pool, &session, now)
        .await
        .map_err(crate::http::unavailable)?;
    leptos_axum::redirect(PATH);
    Ok(())
}

#[component]
pub fn SettingsPageView() -> impl IntoView {
    let query = use_query_map();
    let request = ServerAction::<RequestContactChange>::new();
    let confirm = ServerAction::<ConfirmContactChange>::new();
    let cancel = ServerAction::<CancelContactChange>::new();
    let save = ServerAction::<SaveSettings>::new();
    let data = Resource::new(
        move || {
            (
                query.with(|q| q.get("fait")),
                request.version().get(),
                confirm.version().get(),
                cancel.version().get(),
                save.version().get(),
            )
        },
        |_| load_settings(),
    );
    view! {
        <Title text="Réglages des notifications – Mon DMP"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Réglages des notifications"</h1>
            <p><A href=LIST_PATH>"← Mes notifications"</A></p>
            {move || query.with(|q| q.get("fait")).map(|done| view! {
                <div class="notice notice--success" role="status">
                    <p>{if done == "contact" {
                        "Votre nouveau moyen de contact est enregistré. Un message de confirmation vous a été envoyé."
                    } else {
                        "Vos réglages sont enregistrés."
                    }}</p>
                </div>
            })}
            {super::when_signed_in(data, move |p| view! { <Settings p save request confirm cancel/> }.into_any())}
        </section>
    }
}

#[component]
fn Settings(
    p: SettingsPage,
    save: ServerAction<SaveSettings>,
    request: ServerAction<RequestContactChange>,
    confirm: ServerAction<ConfirmContactChange>,
    cancel: ServerAction<CancelContactChange>,
) -> impl IntoView {
    view! {
        <h2>"Ce que je reçois"</h2>
        <p>"Tous les messages restent visibles dans « Mes notifications ». Choisissez ceux que vous recevez aussi par e-mail ou par SMS."</p>
        <ActionForm action=save>
            <div class="table-scroll">
                <table class="history">
                    <caption class="visually-hidden">"Réglages des notifications"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Quand"</th>
                            <th scope="col">"Par e-mail"</th>
                            <th scope="col">"Par SMS"</th>
                        </tr>
                    </thead>
                    <tbody>
                        <tr>
                            <td>"Un professionnel de santé accède à mon DMP en urgence"</td>
                            <td colspan="2">"Toujours envoyé, sur chaque moyen de contact : vous devez en être informé."</td>
                        </tr>
                        <tr>
                            <td>"Mon DMP est créé ou rouvert"</td>
                            <td colspan="2">"Toujours envoyé, sur chaque moyen de contact."</td>
                        </tr>
                        {p.settings.into_iter().map(|s| {
                            let email_id = format!("{}_email", s.code);
                            let sms_id = format!("{}_sms", s.code);
                            view! {
                                <tr>
                                    <td>{s.label.clone()}</td>
                                    <td>
                                        <label class="choice">
                                            <input type="checkbox" id=email_id.clone() name=format!("form[{email_id}]") value="oui" checked=s.email/>
                                            <span class="choice__label">{format!("E-mail : {}", s.label)}</span>
                                        </label>
                                    </td>
                                    <td>
                                        <label class="choice">
                                            <input type="checkbox" id=sms_id.clone() name=format!("form[{sms_id}]") value="oui" checked=s.sms/>
                                            <span class="choice__label">{format!("SMS : {}", s.label)}</span>
                                        </label>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <button type="submit" class="button">"Enregistrer mes réglages"</button>
        </ActionForm>

        <h2 id="contact">"Mes moyens de contact"</h2>
        <dl class="identity__list">
            <dt>"Adresse e-mail"</dt><dd>{p.email.clone().unwrap_or_else(|| "aucune".into())}</dd>
            <dt>"Mobile"</dt><dd>{p.mobile.clone().unwrap_or_else(|| "aucun".into())}</dd>
        </dl>
        {match p.pending {
            Some((channel, value)) => view! { <ConfirmForm channel value confirm cancel/> }.into_any(),
            None => view! {
                <LateCodeErrors confirm/>
                <ChangeForm channel="email" request/>
                <ChangeForm channel="sms" request/>
            }.into_any(),
        }}
    }
}

#[component]
fn ChangeForm(channel: &'static str, request: ServerAction<RequestContactChange>) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    let fields: &'static [Field] = if channel == "email" {
        &[Field::Email, Field::EmailConfirm]
    } else {
        &[Field::Mobile, Field::MobileConfirm]
    };
    track_errors(request.value(), fields, errors, general);
    let (first, second) = (fields[0], fields[1]);
    let (title, label, again, kind, hint) = if channel == "email" {
        (
            "Changer d'adresse e-mail",
            "Nouvelle adresse e-mail",
            "Nouvelle adresse e-mail, à nouveau",
            "email",
            "Un code vous sera envoyé à cette adresse pour la confirmer.",
        )
    } else {
        (
            "Changer de numéro de mobile",
            "Nouveau numéro de mobile",
            "Nouveau numéro de mobile, à nouveau",
            "tel",
            "Un code vous sera envoyé par SMS à ce numéro pour le confirmer.",
        )
    };
    view! {
        <ActionForm action=request attr:novalidate=true>
            <fieldset class="field">
                <legend class="field__label">{title}</legend>
                <ErrorSummary errors/>
                <input type="hidden" name="canal" value=channel/>
                <p class="field__hint">{hint}</p>
                <div class="field">
                    <label class="field__label" for=first.id()>{label}</label>
                    <input class="field__input" type=kind id=first.id() name="valeur" autocomplete="off"/>
                    {field_error(errors, first)}
                </div>
                <div class="field">
                    <label class="field__label" for=second.id()>{again}</label>
                    <input class="field__input" type=kind id=second.id() name="confirmation" autocomplete="off"/>
                    {field_error(errors, second)}
                </div>
                <button type="submit" class="button button--secondary">"Recevoir un code de confirmation"</button>
            </fieldset>
        </ActionForm>
        {move || (channel == "email").then(|| view! { <GeneralErrors messages=general/> })}
    }
}

/// A code typed once the change is over (sent twice, expired): its
/// answer, shown where the code form was.
#[component]
fn LateCodeErrors(confirm: ServerAction<ConfirmContactChange>) -> impl IntoView {
    let general = RwSignal::new(Vec::new());
    track_errors(confirm.value(), &[], RwSignal::new(Vec::new()), general);
    view! { <GeneralErrors messages=general/> }
}

#[component]
fn ConfirmForm(
    channel: String,
    value: String,
    confirm: ServerAction<ConfirmContactChange>,
    cancel: ServerAction<CancelContactChange>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(confirm.value(), &[Field::OneTimeCode], errors, general);
    let what = if channel == "sms" {
        format!("par SMS au {value}")
    } else {
        format!("par e-mail à {value}")
    };
    view! {
        <div class="notice" id="code" role="status">
            <p>{format!("Un code à 6 chiffres vous a été envoyé {what}. Votre moyen de contact ne changera qu'une fois ce code saisi ; il est valable {CODE_MINUTES} minutes.")}</p>
        </div>
        <ActionForm action=confirm attr:novalidate=true>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for="otp">"Code reçu"</label>
                <input class="field__input" id="otp" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="10"/>
                {field_error(errors, Field::OneTimeCode)}
            </div>
            <button type="submit" class="button">"Confirmer"</button>
        </ActionForm>
        <ActionForm action=cancel>
            <button type="submit" class="button button--secondary">"Annuler ce changement"</button>
        </ActionForm>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_contact_is_typed_twice_and_valid() {
        assert_eq!(
            check_new_contact("email", " marie@Example.org ", "marie@example.org"),
            Ok("marie@example.org".into())
        );
        let e = check_new_contact("email", "marie@example.org", "marie@example.com").unwrap_err();
        assert_eq!(e[0].field, Field::EmailConfirm);
        let e = check_new_contact("sms", "0123", "0123").unwrap_err();
        assert_eq!(e[0].field, Field::Mobile);
        assert_eq!(
            check_new_contact("sms", "06 12 34 56 78", "+33612345678"),
            Ok("+33612345678".into())
        );
        assert!(check_new_contact("fax", "x", "x").is_err());
    }
}
