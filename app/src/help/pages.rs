//! The help pages: the list, one topic, and all of them to print.

use super::*;
use crate::paths::HELP_PATH;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The page of the printable version.
pub const PRINT_SLUG: &str = "imprimer";

#[component]
pub fn HelpIndexPage() -> impl IntoView {
    view! {
        <Title text="Aide"/>
        <section class="container help">
            <h1>"Aide : le DMP pas à pas"</h1>
            <p class="lead">"Des réponses courtes aux questions les plus fréquentes, avec l'image des vraies pages du site."</p>
            <ul class="help__topics">
                {TOPICS.iter().map(|t| view! {
                    <li>
                        <a href=t.path()>{t.title}</a>
                        <p>{t.summary}</p>
                    </li>
                }).collect_view()}
            </ul>
            <p><a href=format!("{HELP_PATH}/{PRINT_SLUG}") class="button button--secondary">"Toute l'aide sur une page, à imprimer"</a></p>
        </section>
    }
}

#[component]
pub fn HelpTopicPage() -> impl IntoView {
    let params = use_params_map();
    let slug = params.with_untracked(|p| p.get("sujet").unwrap_or_default());
    if slug == PRINT_SLUG {
        return view! { <HelpPrint/> }.into_any();
    }
    let Some(i) = TOPICS.iter().position(|t| t.slug == slug) else {
        return view! { <crate::layout::NotFound/> }.into_any();
    };
    let t = &TOPICS[i];
    let previous = i.checked_sub(1).map(|j| &TOPICS[j]);
    let next = TOPICS.get(i + 1);
    view! {
        <Title text=format!("{} – Aide", t.title)/>
        <section class="container help">
            <p><a href=HELP_PATH>"Aide"</a></p>
            <h1>{t.title}</h1>
            <p class="lead">{t.summary}</p>
            {parts_view(t.parts)}
            <figure class="help__picture">
                <img src=t.picture_path() alt=t.picture.alt loading="lazy"/>
                <figcaption>"La vraie page du site, sur un téléphone."</figcaption>
            </figure>
            <nav class="help__pager" aria-label="Sujets d'aide">
                {previous.map(|p| view! { <a href=p.path() rel="prev">{format!("← {}", p.title)}</a> })}
                {next.map(|n| view! { <a href=n.path() rel="next">{format!("{} →", n.title)}</a> })}
            </nav>
        </section>
    }
    .into_any()
}

/// Every topic on one page, for the printer (the print style sheet leaves
/// out the site's header and footer).
#[component]
fn HelpPrint() -> impl IntoView {
    view! {
        <Title text="Aide à imprimer"/>
        <section class="container help help--print">
            <p class="no-print"><a href=HELP_PATH>"Aide"</a></p>
            <h1>"Le DMP pas à pas"</h1>
            <p class="no-print">"Pour l'imprimer, choisissez « Imprimer » dans le menu de votre navigateur."</p>
            <p class="no-print"><button type="button" class="button" data-imprimer="" hidden>"Imprimer"</button></p>
            {TOPICS.iter().map(|t| view! {
                <article class="help__topic">
                    <h2>{t.title}</h2>
                    <p class="lead">{t.summary}</p>
                    {parts_view(t.parts)}
                    <img class="help__picture" src=t.picture_path() alt=t.picture.alt loading="lazy"/>
                </article>
            }).collect_view()}
        </section>
    }
}
