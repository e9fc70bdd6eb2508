//! `/statistiques` (issue 15), for the insurer's statisticians: DMPs
//! created and fed, by period, channel and department, and the creation
//! funnel of the web and kiosks; the same figures as CSV. Counts only:
//! no person appears anywhere in statistics.

use crate::error::PortalError;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

pub mod pages;
#[cfg(feature = "ssr")]
mod period;
#[cfg(feature = "ssr")]
pub use period::{csv, Line, Period, CSV_HEADER};
#[cfg(feature = "ssr")]
pub mod store;

pub use crate::paths::{STATISTICS_CSV_PATH as CSV_PATH, STATISTICS_PATH as PATH};
/// The longest period read at once [I]: three years of days.
pub const MAX_DAYS: i64 = 1100;
/// The period shown when none is asked: the last 120 days.
pub const DEFAULT_DAYS: i64 = 120;

/// How creations are counted: where the person opened it, or who for them
/// (the code, and the key of its name in the catalogue).
pub const CHANNELS: [(&str, &str); 6] = [
    ("web", "staff-channel-web"),
    ("borne", "staff-channel-kiosk"),
    ("guichet", "staff-channel-desk"),
    ("officine", "staff-channel-pharmacy"),
    ("professionnel", "staff-channel-professional"),
    ("atelier", "staff-channel-workshop"),
];

/// A channel as the page says it, in the reader's language.
pub fn channel_label(code: &str) -> String {
    CHANNELS
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, key)| crate::i18n::t(key))
        .unwrap_or_else(|| code.to_string())
}

/// The width of a chart's column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Step {
    Day,
    Week,
    Month,
}

impl Step {
    pub const ALL: [Step; 3] = [Step::Day, Step::Week, Step::Month];

    pub fn code(self) -> &'static str {
        match self {
            Step::Day => "jour",
            Step::Week => "semaine",
            Step::Month => "mois",
        }
    }

    /// As the period's form says it, in the reader's language.
    pub fn label(self) -> String {
        crate::i18n::t(match self {
            Step::Day => "staff-stats-step-day",
            Step::Week => "staff-stats-step-week",
            Step::Month => "staff-stats-step-month",
        })
    }
}

/// One bar of a chart, one row of its table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    pub label: String,
    pub created: i64,
    pub fed: i64,
}

/// The web and kiosk creation funnel of one channel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Funnel {
    pub channel: String,
    pub started: i64,
    pub identified: i64,
    pub created: i64,
    pub abandoned: i64,
    pub expired: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statistics {
    pub from: String,
    pub to: String,
    pub step: Step,
    pub notice: Option<String>,
    pub total: Bar,
    pub fed_by_insurer: i64,
    pub by_time: Vec<Bar>,
    pub by_channel: Vec<Bar>,
    pub by_department: Vec<Bar>,
    pub funnel: Vec<Funnel>,
    pub csv: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StatisticsPage {
    NotSignedIn,
    /// Signed in as staff, in another role (its label).
    Refused(String),
    Ready(Box<Statistics>),
}

#[server(endpoint = "statistiques/etat")]
pub async fn load_statistics(
    du: String,
    au: String,
    pas: String,
) -> Result<StatisticsPage, PortalError> {
    use crate::session::staff::{Access, Role};
    let (pool, _, visit, a) = crate::session::staff::http::for_roles(&[Role::Statistician]).await?;
    let mut conn = pool.acquire().await.map_err(crate::http::unavailable)?;
    Ok(match a {
        Access::NotSignedIn => StatisticsPage::NotSignedIn,
        Access::Refused(role) => StatisticsPage::Refused(crate::layout::staff::role_label(role)),
        Access::Open(s) => {
            let today = store::today(&mut conn, visit.now)
                .await
                .map_err(crate::http::unavailable)?;
            let (period, notice) = Period::parse(&du, &au, &pas, today);
            let figures = store::figures(&mut conn, &s, &period, notice, visit.now)
                .await
                .map_err(crate::http::unavailable)?;
            StatisticsPage::Ready(Box::new(figures))
        }
    })
}
