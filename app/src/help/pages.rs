//! The help pages: the list, one topic, and all of them to print.

use super::*;
use crate::paths::HELP_PATH;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

/// The page of the printable version.
pub const PRINT_SLUG: &str = "imprimer";

/// In easy-to-read mode, a word that the page is the easy version.
#[component]
fn EasyNote() -> impl IntoView {
    crate::i18n::locale()
        .easy
        .then(|| view! { <p class="notice">{t("help-easy-note")}</p> })
}

#[component]
pub fn HelpIndexPage() -> impl IntoView {
    view! {
        <Title text=t("help-index-title")/>
        <section class="container help">
            <h1>{t("help-index-heading")}</h1>
            <p class="lead">{t("help-index-lead")}</p>
            <EasyNote/>
            <ul class="help__topics">
                {TOPICS.iter().map(|topic| view! {
                    <li>
                        <a href=topic.path()>{topic.title()}</a>
                        <p>{topic.summary()}</p>
                    </li>
                }).collect_view()}
            </ul>
            <p><a href=format!("{HELP_PATH}/{PRINT_SLUG}") class="button button--secondary">{t("help-print-link")}</a></p>
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
    let Some(i) = TOPICS.iter().position(|topic| topic.slug == slug) else {
        return view! { <crate::layout::NotFound/> }.into_any();
    };
    let topic = &TOPICS[i];
    let previous = i.checked_sub(1).map(|j| &TOPICS[j]);
    let next = TOPICS.get(i + 1);
    let title = topic.title();
    view! {
        <Title text=crate::i18n::tr("help-topic-title", &[("title", title.clone().into())])/>
        <section class="container help">
            <p><a href=HELP_PATH>{t("help-back")}</a></p>
            <h1>{title}</h1>
            <p class="lead">{topic.summary()}</p>
            <EasyNote/>
            {parts_view(topic.parts_for_reader())}
            <figure class="help__picture">
                <img src=topic.picture_path() alt=topic.alt() loading="lazy"/>
                <figcaption>{t("help-picture-caption")}</figcaption>
            </figure>
            <nav class="help__pager" aria-label=t("help-pager")>
                {previous.map(|p| view! { <a href=p.path() rel="prev">{format!("← {}", p.title())}</a> })}
                {next.map(|n| view! { <a href=n.path() rel="next">{format!("{} →", n.title())}</a> })}
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
        <Title text=t("help-print-title")/>
        <section class="container help help--print">
            <p class="no-print"><a href=HELP_PATH>{t("help-back")}</a></p>
            <h1>{t("help-print-heading")}</h1>
            <p class="no-print">{t("help-print-hint")}</p>
            <p class="no-print"><button type="button" class="button" data-imprimer="" hidden>{t("help-print-button")}</button></p>
            {TOPICS.iter().map(|topic| view! {
                <article class="help__topic">
                    <h2>{topic.title()}</h2>
                    <p class="lead">{topic.summary()}</p>
                    {parts_view(topic.parts_for_reader())}
                    <img class="help__picture" src=topic.picture_path() alt=topic.alt() loading="lazy"/>
                </article>
            }).collect_view()}
        </section>
    }
}
