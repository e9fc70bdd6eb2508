//! The home page: what the DMP is, in plain words, and the two ways in.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text="Accueil"/>
        <section class="hero">
            <div class="container">
                <h1>"Mon Dossier Médical Partagé"</h1>
                <p class="lead">
                    "Le DMP est votre carnet de santé numérique. Il garde au même endroit vos "
                    "comptes rendus, vos analyses, vos traitements et vos remboursements de soins, "
                    "pour que les médecins qui vous soignent aient les bonnes informations."
                </p>
                <div class="actions">
                    <A href="/creation" attr:class="button button--large">"Je crée mon DMP"</A>
                    <A href="/connexion" attr:class="button button--large button--secondary">"J'accède à mon DMP"</A>
                </div>
            </div>
        </section>
        <section class="container facts" aria-labelledby="en-bref">
            <h2 id="en-bref">"Le DMP en bref"</h2>
            <div class="cards">
                <article class="card">
                    <h3>"C'est gratuit"</h3>
                    <p>"Le DMP ne coûte rien. Il est proposé par l'Assurance Maladie."</p>
                </article>
                <article class="card">
                    <h3>"Ce n'est pas obligatoire"</h3>
                    <p>"Vous choisissez de le créer ou non. Vous pouvez le fermer à tout moment. Vos remboursements ne changent pas."</p>
                </article>
                <article class="card">
                    <h3>"Qui peut le lire ?"</h3>
                    <p>
                        "Vous, et les professionnels de santé qui vous soignent, avec votre accord. "
                        "Votre médecin traitant voit tout votre dossier. "
                        "Ni votre employeur, ni votre banque, ni votre assurance ou votre mutuelle ne peuvent le lire."
                    </p>
                </article>
                <article class="card">
                    <h3>"Vous gardez la main"</h3>
                    <p>"Vous pouvez masquer un document, bloquer un professionnel et voir à tout moment qui a consulté votre dossier."</p>
                </article>
            </div>
        </section>
        <section class="container" aria-labelledby="contenu-dmp">
            <h2 id="contenu-dmp">"Ce que contient votre DMP"</h2>
            <p>"Votre dossier est rangé en neuf espaces :"</p>
            <ul class="spaces">
                <li>"Synthèses"</li>
                <li>"Traitements"</li>
                <li>"Analyses"</li>
                <li>"Imagerie"</li>
                <li>"Comptes rendus"</li>
                <li>"Prévention"</li>
                <li>"Certificats"</li>
                <li>"Données de remboursement"</li>
                <li>"Espace personnel"</li>
            </ul>
            <p>"Vous pouvez aussi y écrire vos directives anticipées, vos volontés sur les soins de fin de vie : elles sont rangées à part."</p>
            <p>"À sa création, l'Assurance Maladie y ajoute l'historique de vos remboursements de soins des 24 derniers mois."</p>
        </section>
        <section class="container" aria-labelledby="creer">
            <h2 id="creer">"Pour créer votre DMP, il vous faut"</h2>
            <ul>
                <li>"votre carte Vitale (avec ou sans photo) ;"</li>
                <li>"le code de création de 12 caractères envoyé par l'Assurance Maladie. Vous l'avez perdu ? Vous pourrez en demander un nouveau ;"</li>
                <li>"une adresse e-mail ou un numéro de téléphone mobile, pour recevoir un code à chaque connexion."</li>
            </ul>
        </section>
    }
}
