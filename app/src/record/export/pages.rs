//! The page that tells what the archive holds and offers it.

use super::*;
use crate::record::{when_signed_in, RecordNav};
use leptos_meta::Title;

#[component]
pub fn ExportPageView() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_export_page());
    view! {
        <Title text="Télécharger mon DMP"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Télécharger mon DMP"</h1>
            {when_signed_in(data, move |p| view! { <Contents p/> }.into_any())}
        </section>
    }
}

#[component]
fn Contents(p: ExportPage) -> impl IntoView {
    let documents = match p.documents {
        0 => "vos documents (vous n'en avez aucun pour l'instant)".to_string(),
        1 => "votre document".to_string(),
        n => format!("vos {n} documents"),
    };
    view! {
        <p>
            "Vous pouvez enregistrer une copie complète de votre DMP sur votre ordinateur, "
            "en un seul fichier compressé (ZIP). Il contient :"
        </p>
        <ul>
            <li>{format!(
                "{documents}, rangés par espace, dans leur format d'origine (PDF, image ou texte) : \
                 dossier « documents » ;"
            )}</li>
            <li>
                "une synthèse de votre DMP au format PDF (votre identité, la liste de vos documents "
                "et vos données de remboursement) : fichier « synthese.pdf » ;"
            </li>
            <li>
                "l'historique de tous les accès à votre DMP, à ouvrir avec un tableur : "
                "fichier « historique-des-acces.csv »."
            </li>
        </ul>
        <div class="notice" role="note">
            <p>
                "Ce fichier contient vos données de santé : enregistrez-le dans un endroit sûr "
                "et ne le laissez pas sur un ordinateur partagé. "
                "Le téléchargement est inscrit dans l'historique des accès de votre DMP."
            </p>
        </div>
        {if p.kiosk {
            view! {
                <p class="notice notice--warning">
                    "Sur une borne d'accueil, le téléchargement n'est pas proposé : l'appareil est partagé. "
                    "Faites-le depuis votre ordinateur ou votre téléphone."
                </p>
            }.into_any()
        } else {
            view! {
                <p>
                    // `rel="external"`: a file, not a page of the site's router.
                    <a class="button" href=ZIP_PATH rel="external" download="">"Télécharger mon DMP (ZIP)"</a>
                </p>
            }.into_any()
        }}
    }
}
