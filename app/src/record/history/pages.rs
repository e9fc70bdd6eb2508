//! The history page: its filters, its table and its pages.

use super::*;
use crate::record::{when_signed_in, RecordNav};
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

#[component]
pub fn HistoryPageView() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            query.with(|q| {
                (
                    q.get("du").unwrap_or_default(),
                    q.get("au").unwrap_or_default(),
                    q.get("qui").unwrap_or_default(),
                    q.get("page").unwrap_or_default(),
                )
            })
        },
        |(du, au, qui, page)| load_history(du, au, qui, page),
    );
    view! {
        <Title text="Historique des accès"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Historique des accès"</h1>
            <p>"Chaque consultation et chaque action sur votre DMP est enregistrée ici : par vous, par les professionnels de santé, par l'Assurance Maladie. Cet historique ne peut être ni modifié ni effacé."</p>
            {when_signed_in(data, move |h| view! { <History h/> }.into_any())}
        </section>
    }
}

#[component]
fn History(h: HistoryPage) -> impl IntoView {
    let link = {
        let (from, to, who) = (h.from.clone(), h.to.clone(), h.who.clone());
        move |page: i64| format!("{PATH}?du={from}&au={to}&qui={who}&page={page}")
    };
    let selected = h.who.clone();
    view! {
        <form method="get" action=PATH class="period">
            <fieldset>
                <legend>"Filtrer"</legend>
                {h.error.clone().map(|m| view! { <p class="field__error" role="alert">{m}</p> })}
                <div class="period__fields">
                    <div class="field">
                        <label class="field__label" for="du">"Du"</label>
                        <input class="field__input" type="date" id="du" name="du" value=h.from.clone()/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="au">"Au"</label>
                        <input class="field__input" type="date" id="au" name="au" value=h.to.clone()/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="qui">"Qui"</label>
                        <select class="field__input" id="qui" name="qui">
                            {WHO.iter().map(|(v, label)| view! {
                                <option value=*v selected=*v == selected>{*label}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <button type="submit" class="button">"Afficher"</button>
            </fieldset>
        </form>
        <p role="status">{match h.total {
            0 => "Aucune entrée pour ces critères.".to_string(),
            1 => "1 entrée.".to_string(),
            n => format!("{n} entrées, de la plus récente à la plus ancienne."),
        }}</p>
        {(h.total > 0).then(|| view! {
            <div class="table-scroll">
                <table class="history stack">
                    <caption class="visually-hidden">"Historique des accès à votre DMP"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Date"</th>
                            <th scope="col">"Qui"</th>
                            <th scope="col">"Quoi"</th>
                            <th scope="col">"Pourquoi c'était permis"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {h.lines.clone().into_iter().map(|l| view! {
                            <tr class:history__emergency=l.emergency>
                                <td data-label="Date">{l.at}</td>
                                <td data-label="Qui">
                                    {l.who}
                                    {(!l.profession.is_empty()).then(|| view! { <br/><span class="history__profession">{l.profession}</span> })}
                                </td>
                                <td data-label="Quoi">
                                    {l.emergency.then(|| view! { <span class="badge badge--alert">"Accès en urgence"</span><br/> })}
                                    {l.what}
                                    {l.document.map(|(id, title)| view! { " : "<A href=crate::record::documents::document_path(id)>{title}</A> })}
                                    {l.detail.map(|d| view! { <br/><span class="history__detail">{d}</span> })}
                                    {l.receipt.map(|id| view! {
                                        <br/><a href=crate::record::controls::receipt_path(id) rel="external">"Imprimer le reçu (PDF)"</a>
                                    })}
                                </td>
                                <td data-label="Pourquoi c'était permis">
                                    {l.why}
                                    {l.reason.map(|r| view! { <br/><span class="history__reason">{format!("Motif : « {r} »")}</span> })}
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        })}
        {(h.pages > 1).then(|| view! {
            <nav class="pagination" aria-label="Pages">
                {(h.page > 1).then(|| view! { <A href=link(h.page - 1)>"Page précédente"</A> })}
                <span>{format!("Page {} sur {}", h.page, h.pages)}</span>
                {(h.page < h.pages).then(|| view! { <A href=link(h.page + 1)>"Page suivante"</A> })}
            </nav>
        })}
    }
}
