//! Creating a DMP in three steps (issue 3). Until then, the entry point
//! explains what will be asked, so people can get their papers ready.

pub mod code_request;
pub mod fields;
pub mod identify;
#[cfg(feature = "ssr")]
pub mod limits;
#[cfg(feature = "ssr")]
pub mod secret;
#[cfg(feature = "ssr")]
pub mod secrets_pdf;
pub mod terms;

use crate::layout::ComingSoon;
use leptos::prelude::*;

#[component]
pub fn CreationPage() -> impl IntoView {
    view! {
        <ComingSoon title="Je crée mon DMP">
            <p>"Bientôt, vous pourrez créer votre DMP ici en trois étapes :"</p>
            <ol class="steps">
                <li>"Je m'identifie"</li>
                <li>"Je saisis mes informations personnelles"</li>
                <li>"J'obtiens les données de connexion à mon DMP"</li>
            </ol>
            <p>"Préparez votre carte Vitale et le code de création de 12 caractères reçu par courrier ou par e-mail."</p>
        </ComingSoon>
    }
}
