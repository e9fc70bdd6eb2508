//! The spaces of the record and their documents. Which space a document
//! belongs to comes from the database (type → class → space, loaded from
//! `server/data/document_types.csv`), never from these pages.

use super::RecordNav;
use crate::error::PortalError;
#[cfg(feature = "ssr")]
use crate::messages::Text;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// The spaces, in the order the patient sees them: (address, title).
pub use crate::deposit::SPACES;

pub const PAGE_SIZE: i64 = 20;

/// The widest period (PostgreSQL dates do not reach chrono's extremes).
#[cfg(feature = "ssr")]
pub fn all_time() -> (chrono::NaiveDate, chrono::NaiveDate) {
    (
        chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default(),
        chrono::NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or_default(),
    )
}

/// A list's period as typed (`du`, `au`, YYYY-MM-DD): an empty or
/// unreadable bound means no bound, and reversed bounds are swapped.
#[cfg(feature = "ssr")]
pub struct Period {
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    /// A bound was typed but could not be read.
    pub unreadable: bool,
}

#[cfg(feature = "ssr")]
impl Period {
    pub fn parse(du: &str, au: &str) -> Self {
        let read = crate::forms::input::date;
        let unreadable = [du, au]
            .iter()
            .any(|s| !s.trim().is_empty() && read(s).is_none());
        let (earliest, latest) = all_time();
        let (from, to) = (read(du).unwrap_or(earliest), read(au).unwrap_or(latest));
        let (from, to) = if from > to { (to, from) } else { (from, to) };
        Period {
            from,
            to,
            unreadable,
        }
    }

    /// The bounds as the form shows them back: empty when there is none.
    pub fn shown(&self) -> (String, String) {
        let (earliest, latest) = all_time();
        let show = |d: chrono::NaiveDate| {
            if d == earliest || d == latest {
                String::new()
            } else {
                d.format("%Y-%m-%d").to_string()
            }
        };
        (show(self.from), show(self.to))
    }
}

pub fn space_path(slug: &str) -> String {
    if slug == "remboursements" {
        super::reimbursements::PATH.to_string()
    } else {
        format!("/mon-dmp/espace/{slug}")
    }
}

pub fn document_path(id: i64) -> String {
    format!("/mon-dmp/documents/{id}")
}

pub fn file_path(id: i64) -> String {
    format!("/mon-dmp/documents/{id}/fichier")
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRow {
    pub id: i64,
    /// « 14/03/2026 ».
    pub date: String,
    pub title: String,
    /// The type's label from JDV_J66.
    pub type_label: String,
    /// « Dr Sophie LEBLANC, Médecin – Médecine générale », or « Vous ».
    pub author: String,
    /// Deposited by the patient (class 90 or a patient's own upload).
    pub by_patient: bool,
    /// Masked from professionals (MASQUE_PS).
    pub masked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpacePage {
    pub slug: String,
    pub title: String,
    pub documents: Vec<DocumentRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub from: String,
    pub to: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub row: DocumentRow,
    pub space_slug: String,
    pub space_title: String,
    pub content_type: String,
    /// The text itself, for a text document.
    pub text: Option<String>,
}

#[cfg(feature = "ssr")]
pub mod store;

#[cfg(feature = "ssr")]
pub(crate) use crate::http::not_found;

/// `Ok(None)`: nobody signed in. An unknown space answers 404.
#[server(endpoint = "dmp/espace")]
pub async fn load_space(
    slug: String,
    du: String,
    au: String,
    page: String,
) -> Result<Option<SpacePage>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let Some((_, title)) = SPACES.iter().find(|(s, _)| *s == slug) else {
        not_found();
        return Err(PortalError::refused(Text::NoSuchSpace));
    };
    let period = Period::parse(&du, &au);
    let page = crate::forms::input::page(&page);
    let (documents, total) = store::space(
        &pool,
        (&session).into(),
        &slug,
        period.from,
        period.to,
        page,
    )
    .await
    .map_err(unavailable)?;
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::SpaceRead(
            SPACES
                .iter()
                .map(|(s, _)| *s)
                .find(|s| *s == slug)
                .unwrap_or("inconnu"),
        ),
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    let (from, to) = period.shown();
    Ok(Some(SpacePage {
        slug,
        title: title.to_string(),
        documents,
        total,
        page,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
        from,
        to,
    }))
}

/// `Ok(None)`: nobody signed in; a document that is not this record's
/// answers 404 like one that does not exist.
#[server(endpoint = "dmp/document")]
pub async fn load_document(id: String) -> Result<Option<DocumentView>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let found = match id.parse::<i64>() {
        Ok(id) => store::document(&pool, (&session).into(), id)
            .await
            .map_err(unavailable)?,
        Err(_) => None,
    };
    let Some((view, _)) = found else {
        not_found();
        return Err(PortalError::refused(Text::DocumentNotFound));
    };
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationDocument,
        Some(view.row.id),
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(view))
}

/// What a record page shows to someone not signed in.
pub use crate::layout::record::SignInFirst;

pub mod pages;
pub use pages::{DocumentPageView, DocumentTable, SpacePageView};
