//! « Réglages des notifications »: which messages the holder receives on
//! which channel (emergency accesses always). The page also shows the
//! account's contacts and their change (`account::contact`), passed in by
//! the app's routes.

use crate::error::PortalError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub mod pages;

pub use crate::paths::NOTIFICATION_SETTINGS_PATH as PATH;
pub use pages::SettingsPageView;
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
}

#[cfg(feature = "ssr")]
pub mod store;

/// `None`: nobody signed in.
#[server(endpoint = "dmp/notifications/reglages")]
pub async fn load_settings() -> Result<Option<SettingsPage>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    let page = store::page(&mut conn, session.dmp_id, session.account_id)
        .await
        .map_err(unavailable)?;
    // Contact details are shown: a look like any other.
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationReglagesNotifications,
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
