//! « Données de remboursement »: the five tables of the insurer's history
//! (Pharmacie / fournitures, Soins médicaux et dentaires, Radiologie,
//! Hospitalisation, Biologie), with a period filter; printable.

use super::RecordNav;
use crate::error::PortalError;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub use crate::registry::RECORD_REIMBURSEMENT_TABLES as TABLES;

pub use crate::paths::REIMBURSEMENTS_PATH as PATH;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reimbursements {
    /// Each table: its rows, already formatted for reading.
    pub pharmacy: Vec<Vec<String>>,
    pub care: Vec<Vec<String>>,
    pub radiology: Vec<Vec<String>>,
    pub hospital: Vec<Vec<String>>,
    pub biology: Vec<Vec<String>>,
    /// The period shown, as `YYYY-MM-DD` for the date inputs.
    pub from: String,
    pub to: String,
    /// A message when the period typed could not be read.
    pub period_error: Option<String>,
}

/// `du` and `au` as typed (`YYYY-MM-DD`, from `<input type="date">`);
/// `None` when nobody is signed in.
#[server(endpoint = "dmp/remboursements")]
pub async fn load_reimbursements(
    du: String,
    au: String,
) -> Result<Option<Reimbursements>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let today = now.date_naive();
    let parse = crate::forms::input::date;
    let mut period_error = None;
    let mut from = match du.trim() {
        "" => None,
        s => parse(s).or_else(|| {
            period_error = Some(
                "La date de début n'est pas valide : choisissez un jour, par exemple 01/01/2026."
                    .to_string(),
            );
            None
        }),
    };
    let mut to = match au.trim() {
        "" => None,
        s => parse(s).or_else(|| {
            period_error = Some(
                "La date de fin n'est pas valide : choisissez un jour, par exemple 31/12/2026."
                    .to_string(),
            );
            None
        }),
    };
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            period_error = Some(
                "La date de début est après la date de fin : la période a été remise à l'endroit."
                    .into(),
            );
            (from, to) = (Some(t), Some(f));
        }
    }
    let from = from.unwrap_or_else(|| crate::registry::history_start(now));
    let to = to.unwrap_or(today);
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    // Each family's table and its columns as the page shows them, formatted
    // by PostgreSQL so that one query shape serves the five tables.
    const H: &str = "CASE WHEN hospital THEN 'H' ELSE '' END";
    let [pharmacy, care, radiology, hospital, biology] = TABLES;
    let families: [(&str, &str, String); 5] = [
        (
            pharmacy,
            "care_date",
            format!("label, active_ingredients, quantity::text, {H}"),
        ),
        (
            care,
            "care_date",
            format!("act_code, coefficient::text, label, specialty, {H}"),
        ),
        (
            radiology,
            "care_date",
            format!("ccam_code, coefficient::text, label, {H}"),
        ),
        (
            hospital,
            "admission_date",
            format!("length_days::text, nature, {H}"),
        ),
        (
            biology,
            "care_date",
            format!("nabm_code, label, quantity::text, {H}"),
        ),
    ];
    let mut tables = Vec::with_capacity(families.len());
    for (table, date, columns) in &families {
        let rows: Vec<Vec<String>> = sqlx::query_scalar(&format!(
            "SELECT ARRAY[to_char({date}, 'DD/MM/YYYY'), {columns}] FROM {table} \
             WHERE dmp_id = $1 AND {date} BETWEEN $2 AND $3 ORDER BY {date} DESC, id"
        ))
        .bind(session.dmp_id)
        .bind(from)
        .bind(to)
        .fetch_all(&mut *conn)
        .await
        .map_err(unavailable)?;
        tables.push(rows);
    }
    let [pharmacy, care, radiology, hospital, biology]: [Vec<Vec<String>>; 5] =
        tables.try_into().unwrap_or_default();
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationRemboursements,
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(Reimbursements {
        pharmacy,
        care,
        radiology,
        hospital,
        biology,
        from: from.format("%Y-%m-%d").to_string(),
        to: to.format("%Y-%m-%d").to_string(),
        period_error,
    }))
}

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
        <Title text="Données de remboursement – Mon DMP"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Données de remboursement"</h1>
            {super::when_signed_in(data, move |r| view! { <Tables r/> }.into_any())}
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
                        <table>
                            <caption class="visually-hidden">{format!("{title} : {count} lignes")}</caption>
                            <thead>
                                <tr>{headers.iter().map(|h| view! { <th scope="col">{*h}</th> }).collect_view()}</tr>
                            </thead>
                            <tbody>
                                {rows.into_iter().map(|row| view! {
                                    <tr>{row.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}</tr>
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
    let interactive = RwSignal::new(false);
    Effect::new(move |_| interactive.set(true));
    view! {
        <p>
            "L'historique de vos soins remboursés par l'Assurance Maladie au cours des 24 derniers mois. "
            "La mention « H » signale un soin délivré à l'hôpital ou en clinique."
        </p>
        <super::PeriodForm action=PATH.to_string() from=r.from.clone() to=r.to.clone() error=r.period_error.clone()/>
        <Show when=move || interactive.get()>
            <p><button type="button" class="button button--secondary" on:click=move |_| { let _ = window().print(); }>
                "Imprimer"
            </button></p>
        </Show>
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
