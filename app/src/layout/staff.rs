//! What a staff page shows someone it is not for: a visitor not signed in,
//! or a staff member of another role. `reserved` says whom it is for.

use crate::paths::{STAFF_HOME_PATH, STAFF_SIGN_IN_PATH};
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn StaffNotSignedIn(reserved: &'static str) -> impl IntoView {
    view! {
        <div class="notice" role="status">
            <p>{reserved}</p>
            <p><A href=STAFF_SIGN_IN_PATH attr:class="button">"Me connecter à l'espace du personnel"</A></p>
        </div>
    }
}

#[component]
pub fn StaffOtherRole(reserved: &'static str, role: String) -> impl IntoView {
    view! {
        <div class="notice notice--error" role="alert">
            <p>{reserved} " Vous êtes connecté en tant que : " {role} "."</p>
            <p><A href=STAFF_HOME_PATH>"Retour à mon espace"</A></p>
        </div>
    }
}
