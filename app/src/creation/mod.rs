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
pub use crate::opening::create;

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
pub use crate::opening::secrets_pdf;
#[cfg(feature = "ssr")]
pub mod session;
pub mod state;
pub mod step1;
pub mod step2;
pub mod step3;
pub use crate::terms;

#[cfg(feature = "ssr")]
pub use crate::credentials::vault;

/// The rules the browser checks before a step is sent (`forms::check`).
#[cfg(feature = "hydrate")]
pub const CHECKS: &[(&str, crate::forms::check::Checker)] = {
    use crate::forms::check::Values;
    use actions::{IdentifyStep, InformationsStep, RequestCodeStep};
    use leptos::server_fn::ServerFn;
    &[
        (IdentifyStep::PATH, |d| {
            let v = Values(d);
            let form = identify::IdentifyForm {
                nir: v.text("form[nir]"),
                code: v.text("form[code]"),
                card_type: v.text("form[card_type]"),
                serial: v.text("form[serial]"),
            };
            Some(form.validate().err().unwrap_or_default())
        }),
        (RequestCodeStep::PATH, |d| {
            let v = Values(d);
            let form = code_request::CodeRequestForm {
                nir: v.text("form[nir]"),
                serial: v.text("form[serial]"),
            };
            Some(form.validate().err().unwrap_or_default())
        }),
        (InformationsStep::PATH, |d| {
            let v = Values(d);
            // A minor's form names the representative.
            let minor = d.has("form[rep_relation]");
            let form = informations::InformationsForm {
                email: v.text("form[email]"),
                email_confirm: v.text("form[email_confirm]"),
                mobile: v.text("form[mobile]"),
                mobile_confirm: v.text("form[mobile_confirm]"),
                samu: v.ticked("form[samu]"),
                bris_de_glace: v.ticked("form[bris_de_glace]"),
                rep_relation: v.text("form[rep_relation]"),
                rep_birth_name: v.text("form[rep_birth_name]"),
                rep_first_names: v.text("form[rep_first_names]"),
                accept: v.ticked("form[accept]"),
            };
            Some(form.validate(minor).err().unwrap_or_default())
        }),
    ]
};
