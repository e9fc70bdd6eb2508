//! « Télécharger mon DMP »: the whole record in one ZIP file — every
//! document the holder may read, in its own format and sorted by space, a
//! PDF summary (identity, list of documents, reimbursement data) and the
//! access history as a CSV file for a spreadsheet. Made on demand, never
//! stored; the download itself is written to the access trace.

use crate::error::PortalError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub mod pages;

pub use crate::paths::EXPORT_PATH as PATH;
/// The archive itself, answered by the server outside the router's pages.
pub use crate::paths::EXPORT_ZIP_PATH as ZIP_PATH;
pub use pages::ExportPageView;

#[cfg(feature = "ssr")]
mod archive;
#[cfg(feature = "ssr")]
pub use archive::{build_zip, ExportError};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportPage {
    /// How many documents the archive will hold.
    pub documents: i64,
    /// Signed in at a reception-desk kiosk: nothing is saved on a shared device.
    pub kiosk: bool,
}

/// `None` when nobody is signed in.
#[server(endpoint = "dmp/telecharger")]
pub async fn load_export_page() -> Result<Option<ExportPage>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let documents = super::documents::store::counts(&pool, (&session).into())
        .await
        .map_err(unavailable)?
        .iter()
        .map(|(_, n)| n)
        .sum();
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationPageTelechargement,
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(ExportPage {
        documents,
        kiosk: session.kiosk,
    }))
}
