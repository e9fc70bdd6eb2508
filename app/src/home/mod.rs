//! The home page: what the DMP is, in plain words, and the two ways in; in
//! the easy-to-read version, the same in short sentences with pictograms.

use crate::i18n::t;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <Title text=t("home-title")/>
        {if crate::i18n::locale().easy {
            view! { <EasyHome/> }.into_any()
        } else {
            view! { <Home/> }.into_any()
        }}
    }
}

#[component]
fn Ways() -> impl IntoView {
    view! {
        <div class="actions">
            <A href="/creation" attr:class="button button--large">{t("home-create")}</A>
            <A href="/connexion" attr:class="button button--large button--secondary">{t("home-sign-in")}</A>
        </div>
    }
}

#[component]
fn Home() -> impl IntoView {
    const SPACES: [&str; 9] = [
        "home-space-syntheses",
        "home-space-treatments",
        "home-space-analyses",
        "home-space-imaging",
        "home-space-reports",
        "home-space-prevention",
        "home-space-certificates",
        "home-space-reimbursements",
        "home-space-personal",
    ];
    let fact = |title: &str, text: &str| {
        view! {
            <article class="card">
                <h3>{t(title)}</h3>
                <p>{t(text)}</p>
            </article>
        }
    };
    view! {
        <section class="hero">
            <div class="container">
                <h1>{t("home-heading")}</h1>
                <p class="lead">{t("home-lead")}</p>
                <Ways/>
            </div>
        </section>
        <section class="container facts" aria-labelledby="en-bref">
            <h2 id="en-bref">{t("home-facts")}</h2>
            <div class="cards">
                {fact("home-free", "home-free-text")}
                {fact("home-optional", "home-optional-text")}
                {fact("home-readers", "home-readers-text")}
                {fact("home-control", "home-control-text")}
            </div>
        </section>
        <section class="container" aria-labelledby="contenu-dmp">
            <h2 id="contenu-dmp">{t("home-contents")}</h2>
            <p>{t("home-spaces")}</p>
            <ul class="spaces">
                {SPACES.map(|key| view! { <li>{t(key)}</li> })}
            </ul>
            <p>{t("home-directives")}</p>
            <p>{t("home-history")}</p>
        </section>
        <section class="container" aria-labelledby="creer">
            <h2 id="creer">{t("home-needs")}</h2>
            <ul>
                <li>{t("home-need-card")}</li>
                <li>{t("home-need-code")}</li>
                <li>{t("home-need-contact")}</li>
            </ul>
        </section>
    }
}

/// Easy to read (FALC): one idea per sentence, one sentence per line, the
/// hard words explained, a pictogram beside what to bring.
#[component]
fn EasyHome() -> impl IntoView {
    let lines = |keys: &[&'static str]| keys.iter().map(|k| view! { <p>{t(k)}</p> }).collect_view();
    let need = |picture: &'static str, key: &'static str| {
        view! {
            <li class="easy__need">
                <img src=picture alt="" width="64" height="64"/>
                <p>{t(key)}</p>
            </li>
        }
    };
    view! {
        <div class="container easy">
            <h1>{t("home-easy-heading")}</h1>
            <Ways/>
            <section aria-labelledby="facile-quoi">
                <h2 id="facile-quoi">{t("home-easy-what")}</h2>
                {lines(&["home-easy-what-1", "home-easy-what-2", "home-easy-what-3", "home-easy-what-4", "home-easy-what-5"])}
            </section>
            <section aria-labelledby="facile-gratuit">
                <h2 id="facile-gratuit">{t("home-easy-free")}</h2>
                {lines(&["home-easy-free-1", "home-easy-free-2", "home-easy-free-3"])}
            </section>
            <section aria-labelledby="facile-qui">
                <h2 id="facile-qui">{t("home-easy-readers")}</h2>
                {lines(&["home-easy-readers-1", "home-easy-readers-2", "home-easy-readers-3", "home-easy-readers-4"])}
            </section>
            <section aria-labelledby="facile-creer">
                <h2 id="facile-creer">{t("home-easy-needs")}</h2>
                <ol class="easy__needs">
                    {need("/images/pictos/carte.svg", "home-easy-need-card")}
                    {need("/images/pictos/lettre.svg", "home-easy-need-code")}
                    {need("/images/pictos/telephone.svg", "home-easy-need-contact")}
                </ol>
            </section>
            <section aria-labelledby="facile-aide">
                <h2 id="facile-aide">{t("home-easy-help")}</h2>
                {lines(&["home-easy-help-1", "home-easy-help-2"])}
            </section>
            <Ways/>
        </div>
    }
}
