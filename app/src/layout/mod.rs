//! What every page shares: header, footer, the 404 page, the text-size control.

pub mod idle;
pub mod record;
pub mod staff;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

/// Scripts only from our origin or carrying this response's nonce (the
/// inline hydration loader), WebAssembly allowed, nothing framed or embedded.
#[cfg(feature = "ssr")]
pub fn set_content_security_policy() {
    use axum::http::{header, HeaderValue};
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

/// Larger text for people who need it, on the whole page. Drawn hidden:
/// the WebAssembly (`browser::text_size`) shows it and makes it work;
/// without JavaScript the browser's own zoom does the same job.
#[component]
fn TextSize() -> impl IntoView {
    view! {
        <button type="button" class="button button--secondary text-size" aria-pressed="false"
            hidden data-taille-texte="">
            "Agrandir le texte"
        </button>
    }
}

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <a class="skip-link" href="#contenu">"Aller au contenu"</a>
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="site-header__brand">
                    <span class="site-header__name">"Mon DMP"</span>
                    <span class="site-header__tagline">"Dossier Médical Partagé"</span>
                </A>
                <TextSize/>
            </div>
        </header>
        {practising().then(|| view! {
            <div class="practice-banner" role="note">
                <p>
                    <strong>"Entraînement"</strong>
                    " : personne fictive, rien de ce que vous faites n'est réel. "
                    <a href=crate::paths::PRACTICE_PATH>"Ma carte d'entraînement"</a>
                </p>
            </div>
        })}
    }
}

/// Whether this device holds a workshop's practice card (issue 16). Only
/// the server renders the header (it is not an island).
fn practising() -> bool {
    #[cfg(feature = "ssr")]
    {
        let services = use_context::<crate::services::Services>();
        let parts = use_context::<axum::http::request::Parts>();
        if let (Some(services), Some(parts)) = (services, parts) {
            return crate::session::practice::is_signed(
                &services.key,
                crate::http::cookie_value(&parts.headers, crate::session::practice::COOKIE),
            );
        }
    }
    false
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>
                    "Le DMP est un service gratuit et non obligatoire de l'Assurance Maladie. "
                    "Vos données de santé sont hébergées en France par un hébergeur certifié."
                </p>
                <nav aria-label="Liens utiles">
                    <ul class="footer-links">
                        <li><A href="/">"Accueil"</A></li>
                        <li><A href="/creation">"Créer mon DMP"</A></li>
                        <li><A href="/connexion">"Accéder à mon DMP"</A></li>
                        <li><A href="/aide">"Aide"</A></li>
                        <li><A href="/conditions-generales">"Conditions générales d'utilisation"</A></li>
                        <li><A href="/professionnel">"Espace professionnel de santé"</A></li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
}

/// The page for any unknown address; answers with HTTP 404.
#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text="Page introuvable"/>
        <section class="container">
            <h1>"Page introuvable"</h1>
            <p>"L'adresse demandée n'existe pas ou n'existe plus. Vérifiez l'adresse saisie, ou repartez de l'accueil."</p>
            <p><A href="/" attr:class="button">"Retour à l'accueil"</A></p>
        </section>
    }
}

/// Shown by entry points whose service lands in a later release, so that no
/// link of the site ends on an error page.
#[component]
pub fn ComingSoon(title: &'static str, children: Children) -> impl IntoView {
    view! {
        <Title text=title/>
        <section class="container">
            <h1>{title}</h1>
            <div class="notice" role="status">
                <p><strong>"Ce service est en cours de préparation."</strong></p>
                {children()}
            </div>
            <p><A href="/" attr:class="button button--secondary">"Retour à l'accueil"</A></p>
        </section>
    }
}
