//! « Données de remboursement »: the five tables of the insurer's history
//! (Pharmacie / fournitures, Soins médicaux et dentaires, Radiologie,
//! Hospitalisation, Biologie), with a period filter; printable.

use crate::error::PortalError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub mod pages;

#[cfg(feature = "ssr")]
pub use crate::registry::RECORD_REIMBURSEMENT_TABLES as TABLES;

pub use crate::paths::REIMBURSEMENTS_PATH as PATH;
pub use pages::ReimbursementsPage;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reimbursements {
    /// Each table: its rows, already formatted for reading.
    pub pharmacy: Vec<Vec<String>>,
    pub care: Vec<Vec<String>>,
    pub radiology: Vec<Vec<String>>,
    pub hospital: Vec<Vec<String>>,
    pub biology: Vec<Vec<String>>,
    /// The period shown, as `YYYY-MM-DD` for the date inputs.
    pub from: String,
    pub to: String,
    /// A message when the period typed could not be read.
    pub period_error: Option<String>,
}

#[cfg(feature = "ssr")]
pub mod store;

/// `du` and `au` as typed (`YYYY-MM-DD`, from `<input type="date">`);
/// `None` when nobody is signed in.
#[server(endpoint = "dmp/remboursements")]
pub async fn load_reimbursements(
    du: String,
    au: String,
) -> Result<Option<Reimbursements>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let today = now.date_naive();
    let parse = crate::forms::input::date;
    let mut period_error = None;
    let mut from = match du.trim() {
        "" => None,
        s => parse(s).or_else(|| {
            period_error = Some(crate::i18n::t("record-remb-from-invalid"));
            None
        }),
    };
    let mut to = match au.trim() {
        "" => None,
        s => parse(s).or_else(|| {
            period_error = Some(crate::i18n::t("record-remb-to-invalid"));
            None
        }),
    };
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            period_error = Some(crate::i18n::t("record-remb-reversed"));
            (from, to) = (Some(t), Some(f));
        }
    }
    let from = from.unwrap_or_else(|| crate::registry::history_start(now));
    let to = to.unwrap_or(today);
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    let [pharmacy, care, radiology, hospital, biology] =
        store::tables(&mut conn, session.dmp_id, from, to)
            .await
            .map_err(unavailable)?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationRemboursements,
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(Reimbursements {
        pharmacy,
        care,
        radiology,
        hospital,
        biology,
        from: from.format("%Y-%m-%d").to_string(),
        to: to.format("%Y-%m-%d").to_string(),
        period_error,
    }))
}
