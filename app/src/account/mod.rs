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

/// The rules the browser checks before a form is sent (`forms::check`).
#[cfg(feature = "hydrate")]
pub const CHECKS: &[(&str, crate::forms::check::Checker)] = {
    use leptos::server_fn::ServerFn;
    &[(actions::ChangePassword::PATH, |d| {
        let v = crate::forms::check::Values(d);
        let form = crate::password::NewPasswordForm {
            password: v.text("form[password]"),
            confirm: v.text("form[confirm]"),
        };
        Some(form.check_shape())
    })]
};
