//! What a staff page shows someone it is not for: a visitor not signed in,
//! or a staff member of another role. `reserved` says whom it is for.

use crate::i18n::{t, tr};
use crate::paths::{STAFF_HOME_PATH, STAFF_SIGN_IN_PATH};
use leptos::prelude::*;
use leptos_router::components::A;

/// A staff member's role as the pages say it, in the reader's language.
#[cfg(feature = "ssr")]
pub fn role_label(role: crate::session::staff::Role) -> String {
    use crate::session::staff::Role;
    t(match role {
        Role::Agent => "staff-role-agent",
        Role::Facilitator => "staff-role-facilitator",
        Role::Statistician => "staff-role-statistician",
        Role::Administrator => "staff-role-administrator",
    })
}

#[component]
pub fn StaffNotSignedIn(#[prop(into)] reserved: String) -> impl IntoView {
    view! {
        <div class="notice" role="status">
            <p>{reserved}</p>
            <p><A href=STAFF_SIGN_IN_PATH attr:class="button">{t("staff-sign-in-link")}</A></p>
        </div>
    }
}

#[component]
pub fn StaffOtherRole(#[prop(into)] reserved: String, role: String) -> impl IntoView {
    view! {
        <div class="notice notice--error" role="alert">
            <p>{reserved} " " {tr("staff-signed-in-as", &[("role", role.into())])}</p>
            <p><A href=STAFF_HOME_PATH>{t("staff-back-home")}</A></p>
        </div>
    }
}
