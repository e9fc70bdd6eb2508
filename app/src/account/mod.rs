//! « J'accède à mon DMP »: signing in with a login, a password and a
//! one-time code; the first sign-in sets the patient's own password.

pub mod actions;
pub mod contact;
#[cfg(feature = "ssr")]
pub use crate::session::attempts;
#[cfg(feature = "ssr")]
pub mod flow;
pub mod pages;
pub use crate::password;
#[cfg(feature = "ssr")]
pub use crate::session::patient as session;
pub mod state;
