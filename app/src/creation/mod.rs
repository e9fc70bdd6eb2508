//! Creating a DMP in three steps: « Je m'identifie », « Je saisis mes
//! informations personnelles », « J'obtiens les données de connexion à mon
//! DMP ». Pages (`step1`–`step3`), server functions (`actions`), the flow
//! behind them (`flow`, `session`, `create`) and the forms' rules
//! (`identify`, `informations`, `code_request`) live side by side.

pub mod actions;
pub mod code_request;
#[cfg(feature = "ssr")]
pub mod create;

#[cfg(feature = "ssr")]
pub mod flow;
pub use crate::registry::identify;
pub mod informations;
#[cfg(feature = "ssr")]
pub use crate::registry::limits;
#[cfg(feature = "ssr")]
pub mod majority;
#[cfg(feature = "ssr")]
pub mod secrets_pdf;
#[cfg(feature = "ssr")]
pub mod session;
pub mod state;
pub mod step1;
pub mod step2;
pub mod step3;
pub use crate::terms;

#[cfg(feature = "ssr")]
pub mod vault;
