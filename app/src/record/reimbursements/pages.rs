//! The reimbursement page: its period, a print button, and the five tables.

use super::*;
use crate::i18n::{t, tr};
use crate::record::{when_signed_in, RecordNav};
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

#[component]
pub fn ReimbursementsPage() -> impl IntoView {
    let query = use_query_map();
    let data = Resource::new(
        move || {
            query.with(|q| {
                (
                    q.get("du").unwrap_or_default(),
                    q.get("au").unwrap_or_default(),
                )
            })
        },
        |(du, au)| load_reimbursements(du, au),
    );
    view! {
        <Title text=t("record-remb-title")/>
        <section class="container record">
            <RecordNav/>
            <h1>{t("record-remb-title")}</h1>
            {when_signed_in(data, move |r| view! { <Tables r/> }.into_any())}
        </section>
    }
}

/// A table; its `title` and `headers` are keys of the catalogue.
#[component]
fn Table(
    title: &'static str,
    headers: &'static [&'static str],
    rows: Vec<Vec<String>>,
) -> impl IntoView {
    let count = rows.len();
    let title = t(title);
    view! {
        <section class="remb">
            <h2>{title.clone()}</h2>
            {if rows.is_empty() {
                view! { <p>{t("record-remb-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" role="region" aria-label=title.clone() tabindex="0">
                        <table class="stack">
                            <caption class="visually-hidden">{tr("record-remb-caption", &[("title", title.clone().into()), ("n", count.into())])}</caption>
                            <thead>
                                <tr>{headers.iter().map(|h| view! { <th scope="col">{t(h)}</th> }).collect_view()}</tr>
                            </thead>
                            <tbody>
                                {rows.into_iter().map(|row| view! {
                                    <tr>{row.into_iter().zip(headers.iter()).map(|(cell, label)| view! {
                                        <td data-label=t(label)>{cell}</td>
                                    }).collect_view()}</tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Tables(r: Reimbursements) -> impl IntoView {
    view! {
        <p>{t("record-remb-intro")}</p>
        <crate::record::PeriodForm action=PATH.to_string() from=r.from.clone() to=r.to.clone() error=r.period_error.clone()/>
        // Shown and wired by the browser (`browser::print_buttons`).
        <p><button type="button" class="button button--secondary" hidden data-imprimer="">{t("record-remb-print")}</button></p>
        <Table title="record-remb-pharmacy"
            headers=&["record-remb-date", "record-remb-label", "record-remb-substances", "record-remb-quantity", "record-remb-h"] rows=r.pharmacy/>
        <Table title="record-remb-care"
            headers=&["record-remb-date", "record-remb-act", "record-remb-coefficient", "record-remb-label", "record-remb-speciality", "record-remb-h"] rows=r.care/>
        <Table title="record-remb-radiology"
            headers=&["record-remb-date", "record-remb-ccam", "record-remb-coefficient", "record-remb-label", "record-remb-h"] rows=r.radiology/>
        <Table title="record-remb-hospital"
            headers=&["record-remb-admission", "record-remb-days", "record-remb-stay", "record-remb-h"] rows=r.hospital/>
        <Table title="record-remb-biology"
            headers=&["record-remb-date", "record-remb-nabm", "record-remb-label", "record-remb-quantity", "record-remb-h"] rows=r.biology/>
    }
}
