//! « Historique des accès »: every access and action on the record — the
//! holder's, professionals', the insurer's feed, emergency modes — with
//! who, when, what, and why it was allowed. Emergency accesses stand out;
//! changes of the holder's choices link to their receipt.

use crate::error::PortalError;
use crate::i18n::t;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub mod pages;

pub use crate::paths::HISTORY_PATH as PATH;
pub use pages::HistoryPageView;
pub const PAGE_SIZE: i64 = 50;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    /// « 22/11/2026 à 21:30 », French time.
    pub at: String,
    pub who: String,
    pub profession: String,
    pub what: String,
    /// The document concerned, when the holder may see it.
    pub document: Option<(i64, String)>,
    pub why: String,
    /// A bris de glace's reason, an insurer batch…
    pub reason: Option<String>,
    pub detail: Option<String>,
    pub emergency: bool,
    pub receipt: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryPage {
    pub lines: Vec<HistoryLine>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub from: String,
    pub to: String,
    pub who: String,
    pub error: Option<String>,
}

/// The actor filter: (value, label's key in the catalogue).
/// By default all but the reader's own consultations: their page views
/// would bury the professionals' accesses (their own changes stay).
pub const WHO: [(&str, &str); 6] = [
    ("", "record-history-who-default"),
    ("tous", "record-history-who-everyone"),
    ("moi", "record-history-who-me"),
    ("professionnels", "record-history-who-professionals"),
    ("urgence", "record-history-who-emergency"),
    ("assurance", "record-history-who-insurer"),
];

/// What an action of the trace was, in plain French.
pub fn action_label(action: &str) -> String {
    crate::audit::Action::label_of(action).unwrap_or_else(|| {
        // A new action still reads as words rather than a code.
        let words = action.replace(['_', ':'], " ");
        let mut c = words.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    })
}

/// Why an access was allowed, in plain words (the reader's language).
pub fn why_label(actor_kind: &str, right: Option<&str>, action: &str) -> String {
    let key = match (actor_kind, right) {
        ("assurance_maladie", _) => "record-why-insurer",
        (_, Some("titulaire")) | ("patient", None) => "record-why-holder",
        (_, Some("representant_legal")) => "record-why-representative",
        (_, Some("autorisation")) => "record-why-authorisation",
        (_, Some("medecin_traitant")) => "record-why-gp",
        (_, Some("auteur")) if action.starts_with("consultation") => "record-why-author",
        (_, Some("auteur")) => "record-why-author-feeding",
        (_, Some("bris_de_glace")) => "record-why-break-glass",
        (_, Some("centre15")) => "record-why-centre15",
        _ => return String::new(),
    };
    t(key)
}

#[cfg(feature = "ssr")]
pub mod store;

/// `Ok(None)`: nobody signed in.
#[server(endpoint = "dmp/historique")]
pub async fn load_history(
    du: String,
    au: String,
    qui: String,
    page: String,
) -> Result<Option<HistoryPage>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let period = super::documents::Period::parse(&du, &au);
    let error = period.unreadable.then(|| t("record-history-date-error"));
    let qui = if WHO.iter().any(|(v, _)| *v == qui) {
        qui
    } else {
        String::new()
    };
    let page = crate::forms::input::page(&page);
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    let (lines, total) = store::lines(&mut conn, &session, period.from, period.to, &qui, page)
        .await
        .map_err(unavailable)?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationHistorique,
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    let (shown_from, shown_to) = period.shown();
    Ok(Some(HistoryPage {
        lines,
        total,
        page,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
        from: shown_from,
        to: shown_to,
        who: qui,
        error,
    }))
}
