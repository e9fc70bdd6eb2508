//! The history page: its filters, its table and its pages.

use super::*;
use crate::i18n::{t, tr};
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
        <Title text=t("record-history-title")/>
        <section class="container record">
            <RecordNav/>
            <h1>{t("record-history-title")}</h1>
            <p>{t("record-history-intro")}</p>
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
                <legend>{t("record-history-filter")}</legend>
                {h.error.clone().map(|m| view! { <p class="field__error" role="alert">{m}</p> })}
                <div class="period__fields">
                    <div class="field">
                        <label class="field__label" for="du">{t("record-from")}</label>
                        <input class="field__input" type="date" id="du" name="du" value=h.from.clone()/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="au">{t("record-to")}</label>
                        <input class="field__input" type="date" id="au" name="au" value=h.to.clone()/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="qui">{t("record-history-who")}</label>
                        <select class="field__input" id="qui" name="qui">
                            // The labels are keys of the catalogue.
                            {WHO.iter().map(|(v, label)| view! {
                                <option value=*v selected=*v == selected>{t(label)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <button type="submit" class="button">{t("record-show")}</button>
            </fieldset>
        </form>
        <p role="status">{match h.total {
            0 => t("record-history-empty"),
            n => tr("record-history-count", &[("n", n.into())]),
        }}</p>
        {(h.total > 0).then(|| view! {
            <div class="table-scroll">
                <table class="history stack">
                    <caption class="visually-hidden">{t("record-history-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("record-col-date")}</th>
                            <th scope="col">{t("record-history-who")}</th>
                            <th scope="col">{t("record-history-what")}</th>
                            <th scope="col">{t("record-history-why")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {h.lines.clone().into_iter().map(|l| view! {
                            <tr class:history__emergency=l.emergency>
                                <td data-label=t("record-col-date")>{l.at}</td>
                                <td data-label=t("record-history-who")>
                                    {l.who}
                                    {(!l.profession.is_empty()).then(|| view! { <br/><span class="history__profession">{l.profession}</span> })}
                                </td>
                                <td data-label=t("record-history-what")>
                                    {l.emergency.then(|| view! { <span class="badge badge--alert">{t("record-history-emergency")}</span><br/> })}
                                    {l.what}
                                    {l.document.map(|(id, title)| view! { {t("record-history-document-colon")}<A href=crate::record::documents::document_path(id)>{title}</A> })}
                                    {l.detail.map(|d| view! { <br/><span class="history__detail">{d}</span> })}
                                    {l.receipt.map(|id| view! {
                                        <br/><a href=crate::record::controls::receipt_path(id) rel="external">{t("record-history-receipt")}</a>
                                    })}
                                </td>
                                <td data-label=t("record-history-why")>
                                    {l.why}
                                    {l.reason.map(|r| view! { <br/><span class="history__reason">{tr("record-history-reason", &[("reason", r.into())])}</span> })}
                                </td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        })}
        {(h.pages > 1).then(|| view! {
            <nav class="pagination" aria-label=t("record-pages")>
                {(h.page > 1).then(|| view! { <A href=link(h.page - 1)>{t("record-page-previous")}</A> })}
                <span>{tr("record-page-of", &[("page", h.page.into()), ("pages", h.pages.into())])}</span>
                {(h.page < h.pages).then(|| view! { <A href=link(h.page + 1)>{t("record-page-next")}</A> })}
            </nav>
        })}
    }
}
