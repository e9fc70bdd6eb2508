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

/// The cookie that keeps the larger text from page to page.
pub const TEXT_SIZE_COOKIE: &str = "dmp_texte";

/// Whether this visitor chose the larger text (read by the server, which
/// alone renders the page's frame).
pub fn large_text() -> bool {
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>() {
        return crate::http::cookie_value(&parts.headers, TEXT_SIZE_COOKIE) == Some("grand");
    }
    false
}

/// Whether this page was reached by following a link or a form of the
/// site itself: its main content then takes the focus, without JavaScript
/// too (with it, `browser::arrival` moves it on to the heading).
pub fn arrived_from_the_site() -> bool {
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>() {
        let header = |name: &str| parts.headers.get(name).and_then(|v| v.to_str().ok());
        return header("sec-fetch-site") == Some("same-origin")
            && header("sec-fetch-mode") == Some("navigate");
    }
    false
}

/// Larger text for people who need it, on the whole page and the next
/// ones: a plain form (a cookie, then back to the page), which the
/// WebAssembly (`browser::text_size`) turns into an instant switch.
#[component]
fn TextSize() -> impl IntoView {
    let large = large_text();
    view! {
        <form method="post" action="/api/taille-texte" class="text-size-form">
            <input type="hidden" name="grand" value=if large { "non" } else { "oui" }/>
            <button type="submit" class="button button--secondary text-size"
                aria-pressed=if large { "true" } else { "false" } data-taille-texte="">
                {if large { "Texte normal" } else { "Agrandir le texte" }}
            </button>
        </form>
    }
}

/// « Agrandir le texte » / « Texte normal »: remembered a year, then back
/// to the page it was asked from.
#[server(endpoint = "taille-texte")]
pub async fn switch_text_size(grand: String) -> Result<(), crate::error::PortalError> {
    let (_, services, parts) = crate::http::request()?;
    let large = grand == "oui";
    crate::http::set_cookie(&crate::http::cookie(
        TEXT_SIZE_COOKIE,
        large.then_some("grand"),
        large.then_some(365 * 86_400),
        services.secure_cookies(),
    ));
    // Back to the page of this very site it was asked from.
    let back = parts
        .headers
        .get(axum::http::header::REFERER)
        .and_then(|r| r.to_str().ok())
        .and_then(|r| r.split_once("://").map(|(_, rest)| rest))
        .and_then(|rest| rest.find('/').map(|i| &rest[i..]))
        .filter(|path| path.starts_with('/') && !path.starts_with("//"))
        .unwrap_or("/")
        .to_string();
    leptos_axum::redirect(&back);
    Ok(())
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
            // In the banner landmark: read with the site's header, on every page.
            {practising().then(|| view! {
                <div class="practice-banner" role="note">
                    <p>
                        <strong>"Entraînement"</strong>
                        " : personne fictive, rien de ce que vous faites n'est réel. "
                        <a href=crate::paths::PRACTICE_PATH>"Ma carte d'entraînement"</a>
                    </p>
                </div>
            })}
        </header>
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
