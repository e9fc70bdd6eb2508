//! The holder's controls over who reads their record (domain.md §4.4–4.5):
//! masking documents from professionals, blocking professionals, the
//! emergency-access choices, and a dated receipt (PDF) for every change.

pub mod pages;
pub mod receipt;
#[cfg(feature = "ssr")]
pub mod store;

use crate::error::PortalError;
#[cfg(feature = "ssr")]
use crate::messages::Text;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub use crate::paths::{EMERGENCY_PATH, PROFESSIONALS_PATH};

pub fn receipt_path(trace_id: i64) -> String {
    format!("/mon-dmp/recus/{trace_id}")
}

/// The trace actions a receipt can be printed for, with their French title.
pub const CONSENT_ACTIONS: [(&str, &str); 5] = [
    (
        "masquage_document",
        "Document masqué aux professionnels de santé",
    ),
    (
        "demasquage_document",
        "Document de nouveau visible des professionnels de santé",
    ),
    ("blocage_professionnel", "Professionnel de santé bloqué"),
    ("deblocage_professionnel", "Professionnel de santé débloqué"),
    ("choix_urgence", "Choix d'accès en urgence modifiés"),
];

pub fn consent_title(action: &str) -> Option<&'static str> {
    CONSENT_ACTIONS
        .iter()
        .find(|(a, _)| *a == action)
        .map(|(_, t)| *t)
}

/// Where a change sends the holder back, with the receipt to offer:
/// only a page of their own record (never another site).
pub fn back_with_receipt(back: &str, fallback: &str, receipt: Option<i64>) -> String {
    let safe = back.starts_with("/mon-dmp")
        && !back.contains("//")
        && !back.contains('\\')
        && back.chars().all(|c| c.is_ascii_graphic());
    let base = if safe { back } else { fallback };
    // Drop an earlier receipt from the address.
    let (path, query) = base.split_once('?').unwrap_or((base, ""));
    let mut kept: Vec<String> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("recu="))
        .map(str::to_string)
        .collect();
    if let Some(id) = receipt {
        kept.push(format!("recu={id}"));
    }
    if kept.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

/// A professional of the directory, as the holder sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Professional {
    pub id: i64,
    /// « Dr Sophie LEBLANC ».
    pub name: String,
    /// « Médecin – Médecine générale ».
    pub profession: String,
    pub city: String,
    pub rpps: String,
    pub standing: Standing,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Standing {
    /// Never declared, or a consent that ran out.
    None,
    Authorised,
    MedecinTraitant,
    Blocked,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectorySearch {
    pub nom: String,
    pub profession: String,
    pub ville: String,
    pub rpps: String,
}

impl DirectorySearch {
    pub fn is_empty(&self) -> bool {
        [&self.nom, &self.profession, &self.ville, &self.rpps]
            .iter()
            .all(|s| s.trim().is_empty())
    }

    /// What is wrong with the search, as a key of the catalogue (`None`: fine).
    pub fn problem(&self) -> Option<&'static str> {
        let rpps = self.rpps.trim();
        if !(rpps.is_empty() || rpps.len() == 11 && rpps.bytes().all(|b| b.is_ascii_digit())) {
            return Some("controls-search-rpps-error");
        }
        if self.nom.trim().chars().count() == 1 || self.ville.trim().chars().count() == 1 {
            return Some("controls-search-too-short");
        }
        None
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfessionalsPage {
    /// Professionals with a standing in the record (authorised, médecin
    /// traitant, blocked).
    pub known: Vec<Professional>,
    pub search: DirectorySearch,
    /// The professions of the directory, for the search's list.
    pub professions: Vec<String>,
    /// `None`: no search made.
    pub results: Option<Vec<Professional>>,
    pub error: Option<String>,
}

pub const SEARCH_LIMIT: i64 = 20;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmergencyChoices {
    pub centre15_allowed: bool,
    pub bris_de_glace_allowed: bool,
    /// « 22/11/2026 ».
    pub since: String,
}

/// « SAMU–Centre 15 : autorisé ; bris de glace : refusé », as traced.
pub fn emergency_detail(centre15_allowed: bool, bris_de_glace_allowed: bool) -> String {
    let word = |allowed: bool| if allowed { "autorisé" } else { "refusé" };
    format!(
        "Accès par le SAMU–Centre 15 : {} ; accès en mode bris de glace : {}",
        word(centre15_allowed),
        word(bris_de_glace_allowed)
    )
}

#[cfg(feature = "ssr")]
fn yes_no(value: &str) -> Option<bool> {
    match value {
        "oui" => Some(true),
        "non" => Some(false),
        _ => None,
    }
}

#[cfg(feature = "ssr")]
fn not_signed_in() -> PortalError {
    PortalError::refused(crate::messages::Text::NotSignedIn)
}

/// Masks a document from professionals (`masquer` = « oui ») or shows it
/// again. The médecin traitant and the author still see it (the access
/// policy says so); the change is immediate and traced.
#[server(endpoint = "dmp/masquer")]
pub async fn set_masked(id: String, masquer: String, retour: String) -> Result<(), PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    let Some(masked) = yes_no(&masquer) else {
        return Err(PortalError::refused(Text::UnknownChoice));
    };
    let id = id.trim().parse::<i64>().unwrap_or_default();
    let outcome = store::set_masked(&pool, &session, id, masked, now)
        .await
        .map_err(unavailable)?;
    match outcome {
        None => Err(PortalError::refused(Text::HolderDocumentNotFound)),
        Some(receipt) => {
            let fallback = super::documents::document_path(id);
            leptos_axum::redirect(&back_with_receipt(&retour, &fallback, receipt));
            Ok(())
        }
    }
}

/// The professionals with a standing in the record, and a directory search.
#[server(endpoint = "dmp/professionnels")]
pub async fn load_professionals(
    search: DirectorySearch,
) -> Result<Option<ProfessionalsPage>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    let known = store::known_professionals(&mut conn, session.dmp_id, now)
        .await
        .map_err(unavailable)?;
    let professions = store::professions(&mut conn).await.map_err(unavailable)?;
    let error = (!search.is_empty())
        .then(|| search.problem())
        .flatten()
        .map(str::to_string);
    let results = if search.is_empty() || error.is_some() {
        None
    } else {
        Some(
            store::search_directory(&mut conn, session.dmp_id, &search, now)
                .await
                .map_err(unavailable)?,
        )
    };
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationProfessionnels,
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(ProfessionalsPage {
        known,
        search,
        professions,
        results,
        error,
    }))
}

/// Blocks a professional (`bloquer` = « oui »), or lifts the block.
#[server(endpoint = "dmp/bloquer")]
pub async fn set_blocked(id: String, bloquer: String, retour: String) -> Result<(), PortalError> {
    use crate::http::unavailable;
    use store::BlockOutcome;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    let Some(block) = yes_no(&bloquer) else {
        return Err(PortalError::refused(Text::UnknownChoice));
    };
    let id = id.trim().parse::<i64>().unwrap_or_default();
    let outcome = store::set_blocked(&pool, &session, id, block, now)
        .await
        .map_err(unavailable)?;
    let receipt = match outcome {
        BlockOutcome::Unknown => return Err(PortalError::refused(Text::ProfessionalNotFound)),
        BlockOutcome::MedecinTraitant => {
            return Err(PortalError::refused(Text::MedecinTraitantNotBlockable))
        }
        BlockOutcome::Done(receipt) => receipt,
    };
    leptos_axum::redirect(&back_with_receipt(&retour, PROFESSIONALS_PATH, receipt));
    Ok(())
}

#[server(endpoint = "dmp/acces-en-urgence")]
pub async fn load_emergency() -> Result<Option<EmergencyChoices>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    let choices = store::emergency(&mut conn, session.dmp_id)
        .await
        .map_err(unavailable)?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationAccesUrgence,
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(choices))
}

/// The two emergency choices, « oui » (allowed) or « non » each.
#[server(endpoint = "dmp/acces-en-urgence/choix")]
pub async fn save_emergency(centre15: String, bris_de_glace: String) -> Result<(), PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(not_signed_in());
    };
    let (Some(centre15), Some(bris_de_glace)) = (yes_no(&centre15), yes_no(&bris_de_glace)) else {
        return Err(PortalError::refused(Text::AnswerBothQuestions));
    };
    let receipt = store::save_emergency(&pool, &session, centre15, bris_de_glace, now)
        .await
        .map_err(unavailable)?;
    leptos_axum::redirect(&back_with_receipt(EMERGENCY_PATH, EMERGENCY_PATH, receipt));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_sends_back_to_the_record_only() {
        assert_eq!(
            back_with_receipt(
                "/mon-dmp/espace/analyses?du=2026-01-01&recu=3",
                "/x",
                Some(9)
            ),
            "/mon-dmp/espace/analyses?du=2026-01-01&recu=9"
        );
        assert_eq!(
            back_with_receipt(
                "https://evil.example/mon-dmp",
                "/mon-dmp/documents/4",
                Some(1)
            ),
            "/mon-dmp/documents/4?recu=1"
        );
        assert_eq!(
            back_with_receipt("/mon-dmp//evil.example", "/mon-dmp", None),
            "/mon-dmp"
        );
        assert_eq!(
            back_with_receipt("/mon-dmp/professionnels?recu=2", "/", None),
            "/mon-dmp/professionnels"
        );
    }

    #[test]
    fn directory_searches_are_checked() {
        let s = |nom: &str, rpps: &str| DirectorySearch {
            nom: nom.into(),
            rpps: rpps.into(),
            ..Default::default()
        };
        assert!(s("", "").is_empty());
        assert_eq!(s("Le", "").problem(), None);
        assert!(s("L", "").problem().is_some());
        assert!(s("", "1234").problem().is_some());
        assert_eq!(s("", "10001234567").problem(), None);
    }
}
