//! Creating a DMP in three steps: « Je m'identifie », « Je saisis mes
//! informations personnelles », « J'obtiens les données de connexion à mon
//! DMP ». Pages (`step1`–`step3`), server functions (`actions`), the flow
//! behind them (`flow`, `session`, `create`) and step 2's rules
//! (`informations`), code requests (`code_request`), the young adult's
//! invitation at majority (`majority`), and « Identifiant ou mot de passe
//! oublié » (`forgotten`, `recovery`), which ends on step 3's page.

pub mod actions;
pub mod code_request;
#[cfg(feature = "ssr")]
pub mod create;

#[cfg(feature = "ssr")]
pub mod flow;
pub mod forgotten;
pub use crate::registry::identify;
pub mod informations;
#[cfg(feature = "ssr")]
pub use crate::registry::limits;
#[cfg(feature = "ssr")]
pub mod majority;
#[cfg(feature = "ssr")]
pub mod recovery;
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
pub use crate::credentials::vault;
