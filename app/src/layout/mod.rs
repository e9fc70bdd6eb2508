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

/// The reader's display choices, on every page: larger text, the other
/// language, the easy-to-read version. Each is a plain form (a cookie, then
/// back to the page); the WebAssembly turns the text size into an instant
/// switch (`browser::text_size`).
#[component]
fn Preferences() -> impl IntoView {
    use crate::i18n::t;
    let large = large_text();
    let easy = crate::i18n::locale().easy;
    let other = t("layout-other-language-code");
    view! {
        <div class="preferences" role="group" aria-label=t("layout-preferences")>
            <form method="post" action="/api/taille-texte" class="text-size-form">
                <input type="hidden" name="grand" value=if large { "non" } else { "oui" }/>
                <button type="submit" class="button button--secondary text-size"
                    aria-pressed=if large { "true" } else { "false" }
                    data-taille-texte=if large { t("layout-text-larger") } else { t("layout-text-normal") }>
                    {if large { t("layout-text-normal") } else { t("layout-text-larger") }}
                </button>
            </form>
            <form method="post" action="/api/langue">
                <input type="hidden" name="langue" value=other.clone()/>
                <button type="submit" class="button button--secondary" lang=other>
                    {t("layout-other-language")}
                </button>
            </form>
            <form method="post" action="/api/facile-a-lire">
                <input type="hidden" name="facile" value=if easy { "non" } else { "oui" }/>
                <button type="submit" class="button button--secondary" aria-pressed=if easy { "true" } else { "false" }
                    title=t("layout-easy-hint")>
                    {if easy { t("layout-easy-off") } else { t("layout-easy-on") }}
                </button>
            </form>
        </div>
    }
}

/// Where a switch sends the reader back: the page of this very site it
/// was asked from.
#[cfg(feature = "ssr")]
fn back_to_the_page(parts: &axum::http::request::Parts) {
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
}

/// On a shared device (a reception kiosk, a workshop's), the next person
/// starts with the usual text, language and reading: the reader's switches
/// end with their session.
#[cfg(feature = "ssr")]
pub fn forget_preferences(services: &crate::services::Services, visit: &crate::session::Visit) {
    if visit.kiosk || visit.workshop.is_some() {
        for name in [
            TEXT_SIZE_COOKIE,
            crate::i18n::LANG_COOKIE,
            crate::i18n::EASY_COOKIE,
        ] {
            crate::http::set_cookie(&crate::http::cookie(
                name,
                None,
                None,
                services.secure_cookies(),
            ));
        }
    }
}

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
    back_to_the_page(&parts);
    Ok(())
}

/// The site's language, kept a year; an unknown language changes nothing.
#[server(endpoint = "langue")]
pub async fn switch_language(langue: String) -> Result<(), crate::error::PortalError> {
    let (_, services, parts) = crate::http::request()?;
    if let Some(lang) = crate::i18n::Lang::from_code(&langue) {
        crate::http::set_cookie(&crate::http::cookie(
            crate::i18n::LANG_COOKIE,
            Some(lang.code()),
            Some(365 * 86_400),
            services.secure_cookies(),
        ));
    }
    back_to_the_page(&parts);
    Ok(())
}

/// The easy-to-read version, kept a year.
#[server(endpoint = "facile-a-lire")]
pub async fn switch_easy_read(facile: String) -> Result<(), crate::error::PortalError> {
    let (_, services, parts) = crate::http::request()?;
    let easy = facile == "oui";
    crate::http::set_cookie(&crate::http::cookie(
        crate::i18n::EASY_COOKIE,
        easy.then_some("oui"),
        easy.then_some(365 * 86_400),
        services.secure_cookies(),
    ));
    back_to_the_page(&parts);
    Ok(())
}

#[component]
pub fn Header() -> impl IntoView {
    use crate::i18n::t;
    view! {
        <a class="skip-link" href="#contenu">{t("layout-skip")}</a>
        <header class="site-header">
            <div class="site-header__inner">
                <A href="/" attr:class="site-header__brand">
                    <span class="site-header__name">{t("layout-brand")}</span>
                    <span class="site-header__tagline">{t("layout-tagline")}</span>
                </A>
                <Preferences/>
            </div>
            // In the banner landmark: read with the site's header, on every page.
            {practising().then(|| view! {
                <div class="practice-banner" role="note">
                    <p>
                        <strong>{t("layout-practice")}</strong>
                        " " {t("layout-practice-text")} " "
                        <a href=crate::paths::PRACTICE_PATH>{t("layout-practice-card")}</a>
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
    use crate::i18n::t;
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p>{t("layout-footer-about")}</p>
                <nav aria-label=t("layout-footer-links")>
                    <ul class="footer-links">
                        <li><A href="/">{t("layout-footer-home")}</A></li>
                        <li><A href="/creation">{t("layout-footer-create")}</A></li>
                        <li><A href="/connexion">{t("layout-footer-sign-in")}</A></li>
                        <li><A href="/aide">{t("layout-footer-help")}</A></li>
                        <li><A href="/conditions-generales">{t("layout-footer-terms")}</A></li>
                        <li><A href="/professionnel">{t("layout-footer-professional")}</A></li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
}

/// The page for any unknown address; answers with HTTP 404.
#[component]
pub fn NotFound() -> impl IntoView {
    use crate::i18n::t;
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t("layout-not-found-title")/>
        <section class="container">
            <h1>{t("layout-not-found-title")}</h1>
            <p>{t("layout-not-found-text")}</p>
            <p><A href="/" attr:class="button">{t("layout-back-home")}</A></p>
        </section>
    }
}

/// Shown by entry points whose service lands in a later release, so that no
/// link of the site ends on an error page.
#[component]
pub fn ComingSoon(#[prop(into)] title: String, children: Children) -> impl IntoView {
    use crate::i18n::t;
    view! {
        <Title text=title.clone()/>
        <section class="container">
            <h1>{title}</h1>
            <div class="notice" role="status">
                <p><strong>{t("layout-coming-soon")}</strong></p>
                {children()}
            </div>
            <p><A href="/" attr:class="button button--secondary">{t("layout-back-home")}</A></p>
        </section>
    }
}
