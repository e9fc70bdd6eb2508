//! The insurer's registry of beneficiaries, as every feature reads it: who
//! a person is, whether they are a minor, and the reimbursement history a
//! new record receives.

pub mod identify;
#[cfg(feature = "ssr")]
pub mod limits;

#[cfg(feature = "ssr")]
mod beneficiaries;
#[cfg(feature = "ssr")]
pub use beneficiaries::*;
