//! « Historique des accès »: every access and action on the record — the
//! holder's, professionals', the insurer's feed, emergency modes — with
//! who, when, what, and why it was allowed. Emergency accesses stand out;
//! changes of the holder's choices link to their receipt.

use super::RecordNav;
use crate::error::PortalError;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

pub use crate::paths::HISTORY_PATH as PATH;
pub const PAGE_SIZE: i64 = 50;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryLine {
    /// « 22/11/2026 à 21:30 », French time.
    pub at: String,
    pub who: String,
    pub profession: String,
    pub what: String,
    /// The document concerned, when the holder may see it.
    pub document: Option<(i64, String)>,
    pub why: String,
    /// A bris de glace's reason, an insurer batch…
    pub reason: Option<String>,
    pub detail: Option<String>,
    pub emergency: bool,
    pub receipt: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryPage {
    pub lines: Vec<HistoryLine>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub from: String,
    pub to: String,
    pub who: String,
    pub error: Option<String>,
}

/// The actor filter: (value, label).
pub const WHO: [(&str, &str); 5] = [
    ("", "Tout le monde"),
    ("moi", "Moi"),
    ("professionnels", "Les professionnels de santé"),
    ("urgence", "Les accès en urgence"),
    ("assurance", "L'Assurance Maladie"),
];

/// What an action of the trace was, in plain French.
pub fn action_label(action: &str) -> String {
    crate::audit::Action::label_of(action).unwrap_or_else(|| {
        // A new action still reads as words rather than a code.
        let words = action.replace(['_', ':'], " ");
        let mut c = words.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    })
}

/// Why an access was allowed, in plain French.
pub fn why_label(actor_kind: &str, right: Option<&str>, action: &str) -> &'static str {
    match (actor_kind, right) {
        ("assurance_maladie", _) => "Alimentation prévue par la loi (données de remboursement)",
        (_, Some("titulaire")) | ("patient", None) => "Vous êtes titulaire du DMP",
        (_, Some("representant_legal")) => "Représentant légal",
        (_, Some("autorisation")) => "Votre autorisation",
        (_, Some("medecin_traitant")) => "Médecin traitant DMP",
        (_, Some("auteur")) if action.starts_with("consultation") => "Auteur du document",
        (_, Some("auteur")) => {
            "Auteur du document (alimenter le DMP ne demande pas d'autorisation)"
        }
        (_, Some("bris_de_glace")) => "Bris de glace : urgence déclarée par le professionnel",
        (_, Some("centre15")) => "SAMU–Centre 15 : appel au médecin régulateur",
        _ => "",
    }
}

/// `Ok(None)`: nobody signed in.
#[server(endpoint = "dmp/historique")]
pub async fn load_history(
    du: String,
    au: String,
    qui: String,
    page: String,
) -> Result<Option<HistoryPage>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let period = super::documents::Period::parse(&du, &au);
    let error = period
        .unreadable
        .then(|| "Saisissez les dates sous la forme jj/mm/aaaa.".to_string());
    let (from, to) = (period.from, period.to);
    let qui = if WHO.iter().any(|(v, _)| *v == qui) {
        qui
    } else {
        String::new()
    };
    let page = crate::forms::input::page(&page);
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    let filter = format!(
        "t.dmp_id = $1 AND (t.at AT TIME ZONE 'Europe/Paris')::date BETWEEN $2 AND $3 \
         AND CASE $4 WHEN 'moi' THEN t.actor_kind = 'patient' \
                     WHEN 'professionnels' THEN t.actor_kind = 'professionnel' \
                     WHEN 'assurance' THEN t.actor_kind = 'assurance_maladie' \
                     WHEN 'urgence' THEN t.right_code IN ('bris_de_glace', 'centre15') \
                     ELSE true END AND {}",
        super::trace_entries_for(session.role)
    );
    let total: i64 = sqlx::query_scalar(&format!(
        "SELECT count(*) FROM access_trace t WHERE {filter}"
    ))
    .bind(session.dmp_id)
    .bind(from)
    .bind(to)
    .bind(&qui)
    .fetch_one(&mut *conn)
    .await
    .map_err(unavailable)?;
    type Row = (
        (i64, String, String, String, Option<String>, Option<String>),
        (Option<String>, Option<String>, Option<String>),
        (Option<i64>, Option<String>),
    );
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT (t.id, to_char(t.at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY \"à\" HH24:MI'), t.actor_kind, \
                 t.action, t.actor_label, t.actor_profession), (t.right_code, t.reason, t.detail), \
                (d.id, d.title) \
         FROM access_trace t LEFT JOIN document d ON d.id = t.document_id AND NOT d.hidden_from_patient \
         WHERE {filter} ORDER BY t.seq DESC LIMIT {PAGE_SIZE} OFFSET $5"
    ))
    .bind(session.dmp_id)
    .bind(from)
    .bind(to)
    .bind(&qui)
    .bind((page - 1) * PAGE_SIZE)
    .fetch_all(&mut *conn)
    .await
    .map_err(unavailable)?;
    let lines = rows
        .into_iter()
        .map(
            |((id, at, kind, action, label, profession), (right, reason, detail), doc)| {
                let emergency = matches!(right.as_deref(), Some("bris_de_glace" | "centre15"));
                let receipt = (kind == "patient"
                    && super::controls::consent_title(&action).is_some())
                .then_some(id);
                HistoryLine {
                    at,
                    who: match kind.as_str() {
                        "patient" => "Vous".to_string(),
                        "assurance_maladie" => "Assurance Maladie".to_string(),
                        _ => label.unwrap_or_default(),
                    },
                    profession: profession.unwrap_or_default(),
                    what: action_label(&action),
                    document: match doc {
                        (Some(id), Some(title)) => Some((id, title)),
                        _ => None,
                    },
                    why: why_label(&kind, right.as_deref(), &action).to_string(),
                    reason: reason.filter(|r| !r.is_empty()),
                    detail,
                    emergency,
                    receipt,
                }
            },
        )
        .collect();
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationHistorique,
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    let (shown_from, shown_to) = period.shown();
    Ok(Some(HistoryPage {
        lines,
        total,
        page,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
        from: shown_from,
        to: shown_to,
        who: qui,
        error,
    }))
}

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
        <Title text="Historique des accès – Mon DMP"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Historique des accès"</h1>
            <p>"Chaque consultation et chaque action sur votre DMP est enregistrée ici : par vous, par les professionnels de santé, par l'Assurance Maladie. Cet historique ne peut être ni modifié ni effacé."</p>
            {super::when_signed_in(data, move |h| view! { <History h/> }.into_any())}
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
                <table class="history">
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
                                <td>{l.at}</td>
                                <td>
                                    {l.who}
                                    {(!l.profession.is_empty()).then(|| view! { <br/><span class="history__profession">{l.profession}</span> })}
                                </td>
                                <td>
                                    {l.emergency.then(|| view! { <span class="badge badge--alert">"Accès en urgence"</span><br/> })}
                                    {l.what}
                                    {l.document.map(|(id, title)| view! { " : "<A href=super::documents::document_path(id)>{title}</A> })}
                                    {l.detail.map(|d| view! { <br/><span class="history__detail">{d}</span> })}
                                    {l.receipt.map(|id| view! {
                                        <br/><a href=super::controls::receipt_path(id) rel="external">"Imprimer le reçu (PDF)"</a>
                                    })}
                                </td>
                                <td>
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
