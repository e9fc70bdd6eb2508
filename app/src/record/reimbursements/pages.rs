//! The reimbursement page: its period, a print button, and the five tables.

use super::*;
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
        <Title text="Données de remboursement"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Données de remboursement"</h1>
            {when_signed_in(data, move |r| view! { <Tables r/> }.into_any())}
        </section>
    }
}

#[component]
fn Table(
    title: &'static str,
    headers: &'static [&'static str],
    rows: Vec<Vec<String>>,
) -> impl IntoView {
    let count = rows.len();
    view! {
        <section class="remb">
            <h2>{title}</h2>
            {if rows.is_empty() {
                view! { <p>"Aucun remboursement sur cette période."</p> }.into_any()
            } else {
                view! {
                    <div class="table-scroll" role="region" aria-label=title tabindex="0">
                        <table class="stack">
                            <caption class="visually-hidden">{format!("{title} : {}", crate::domain::fmt::count(count as i64, "ligne", "lignes"))}</caption>
                            <thead>
                                <tr>{headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr>
                            </thead>
                            <tbody>
                                {rows.into_iter().map(|row| view! {
                                    <tr>{row.into_iter().zip(headers.iter()).map(|(cell, label)| view! {
                                        <td data-label=*label>{cell}</td>
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
        <p>
            "L'historique de vos soins remboursés par l'Assurance Maladie au cours des 24 derniers mois. "
            "La mention « H » signale un soin délivré à l'hôpital ou en clinique."
        </p>
        <crate::record::PeriodForm action=PATH.to_string() from=r.from.clone() to=r.to.clone() error=r.period_error.clone()/>
        // Shown and wired by the browser (`browser::print_buttons`).
        <p><button type="button" class="button button--secondary" hidden data-imprimer="">"Imprimer"</button></p>
        <Table title="Pharmacie / fournitures"
            headers=&["Date", "Libellé", "Principes actifs", "Quantité", "H"] rows=r.pharmacy/>
        <Table title="Soins médicaux et dentaires"
            headers=&["Date", "Acte", "Coefficient", "Libellé", "Spécialité", "H"] rows=r.care/>
        <Table title="Radiologie"
            headers=&["Date", "Acte CCAM", "Coefficient", "Libellé", "H"] rows=r.radiology/>
        <Table title="Hospitalisation"
            headers=&["Date d'entrée", "Durée (jours)", "Nature du séjour", "H"] rows=r.hospital/>
        <Table title="Biologie"
            headers=&["Date", "Acte NABM", "Libellé", "Quantité", "H"] rows=r.biology/>
    }
}
