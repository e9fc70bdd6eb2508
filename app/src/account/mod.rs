//! Signing in to one's DMP (issue 4).

use crate::layout::ComingSoon;
use leptos::prelude::*;

#[component]
pub fn SignInPage() -> impl IntoView {
    view! {
        <ComingSoon title="J'accède à mon DMP">
            <p>"Bientôt, vous pourrez vous connecter ici avec votre identifiant, votre mot de passe et un code à usage unique reçu par SMS ou par e-mail."</p>
        </ComingSoon>
    }
}
