//! « Mon DMP »: the holder's record. Every access goes through the patient
//! session and is written to the access trace.

pub mod choose;
pub mod controls;
pub mod documents;
pub mod export;
pub mod history;
pub mod notification_settings;
pub mod notifications;
pub mod personal;
pub mod reimbursements;
pub mod representatives;
pub mod upload;

pub use crate::layout::record::{when_signed_in, RecordNav, Whose};

use crate::error::PortalError;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordHome {
    pub full_name: String,
    pub ins: String,
    pub created_on: String,
    /// Lines of reimbursement history in the record.
    pub reimbursement_lines: i64,
    /// Documents per space (address, count).
    pub counts: Vec<(String, i64)>,
    pub latest: Vec<documents::DocumentRow>,
    /// The last look at the record by a professional.
    pub last_professional: Option<ProfessionalAccess>,
    /// Bris de glace and Centre 15 accesses, newest first.
    pub emergencies: Vec<ProfessionalAccess>,
    /// Read as a legal representative of its (minor) holder.
    pub as_representative: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfessionalAccess {
    /// « 22/11/2026 à 21:30 », French time.
    pub at: String,
    pub who: String,
    /// Why it was allowed, as the patient reads it.
    pub how: String,
    pub reason: Option<String>,
}

/// The right behind a professional's access, told to the patient.
pub fn right_for_patient(code: &str) -> &'static str {
    match code {
        "autorisation" => "avec votre autorisation",
        "medecin_traitant" => "en tant que médecin traitant",
        "bris_de_glace" => "en urgence (bris de glace)",
        "centre15" => "par le SAMU–Centre 15",
        "auteur" => "en tant qu'auteur du document",
        _ => "",
    }
}

#[cfg(feature = "ssr")]
async fn professional_accesses(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    role: crate::session::patient::Role,
    emergency: bool,
    limit: i64,
) -> Result<Vec<ProfessionalAccess>, sqlx::Error> {
    // When, who, under which right, why.
    type Row = (String, Option<String>, Option<String>, Option<String>);
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT to_char(t.at AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY \"à\" HH24:MI'), t.actor_label, \
             t.right_code, t.reason FROM access_trace t \
             WHERE t.dmp_id = $1 AND t.actor_kind = 'professionnel' AND {} \
               AND CASE WHEN $2 THEN t.action = 'acces_urgence' ELSE t.action LIKE 'consultation%' END \
             ORDER BY t.at DESC, t.id DESC LIMIT $3",
        trace_entries_for(role)
    ))
    .bind(dmp_id)
    .bind(emergency)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(at, label, right, reason)| ProfessionalAccess {
            at,
            who: label.unwrap_or_default(),
            how: right_for_patient(right.as_deref().unwrap_or_default()).to_string(),
            reason,
        })
        .collect())
}

#[cfg(feature = "ssr")]
pub use crate::session::patient::open_record;

#[cfg(feature = "ssr")]
pub use crate::audit::{trace, trace_detail, trace_entries_for};

/// `None` when nobody is signed in (the page then offers to sign in).
#[server(endpoint = "dmp/accueil")]
pub async fn load_record_home() -> Result<Option<RecordHome>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = open_record().await? else {
        return Ok(None);
    };
    // These read with their own connection: before ours is taken.
    let (counts, latest) = documents::store::counts_and_latest(&pool, (&session).into(), 5)
        .await
        .map_err(unavailable)?;
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    // The record, its holder's name and its reimbursement lines: one query.
    let count = reimbursements::TABLES
        .map(|t| format!("(SELECT count(*) FROM {t} WHERE dmp_id = $1)"))
        .join(" + ");
    let (full_name, ins, created_at, lines): (String, String, chrono::DateTime<chrono::Utc>, i64) =
        sqlx::query_as(&format!(
            "SELECT coalesce(b.usage_name, b.birth_name) || ' ' || split_part(b.first_names, ' ', 1), \
                    d.ins_value, d.created_at, {count} \
             FROM dmp d JOIN beneficiary b ON b.id = d.beneficiary_id WHERE d.id = $1"
        ))
        .bind(session.dmp_id)
        .fetch_one(&mut *conn)
        .await
        .map_err(unavailable)?;
    let last_professional =
        professional_accesses(&mut conn, session.dmp_id, session.role, false, 1)
            .await
            .map_err(unavailable)?
            .pop();
    let emergencies = professional_accesses(&mut conn, session.dmp_id, session.role, true, 10)
        .await
        .map_err(unavailable)?;
    trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationAccueil,
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(RecordHome {
        full_name,
        ins: crate::domain::nir::Nir::parse(&ins)
            .map(|n| n.display())
            .unwrap_or(ins),
        created_on: crate::domain::fmt::french_date(created_at.date_naive()),
        reimbursement_lines: lines,
        counts,
        latest,
        last_professional,
        emergencies,
        as_representative: session.role == crate::session::patient::Role::Representative,
    }))
}

#[component]
pub fn RecordHomePage() -> impl IntoView {
    let query = leptos_router::hooks::use_query_map();
    // A change made from the home's list comes back with its receipt.
    let home = Resource::new(
        move || query.with(|q| q.get("recu")),
        |_| load_record_home(),
    );
    view! {
        <Title text="Accueil de mon DMP"/>
        <section class="container record">
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match home.await {
                        Ok(Some(h)) => view! { <Home home=h/> }.into_any(),
                        Ok(None) => view! { <h1>"Mon DMP"</h1><documents::SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <h1>"Mon DMP"</h1>
                            <div class="notice notice--error" role="alert"><p>{e.to_string()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// The period of a list (`du`, `au`), as a plain GET form: works without
/// JavaScript, and the address can be bookmarked.
#[component]
pub fn PeriodForm(
    action: String,
    from: String,
    to: String,
    error: Option<String>,
) -> impl IntoView {
    view! {
        <form method="get" action=action class="period">
            <fieldset>
                <legend>"Période"</legend>
                {error.map(|m| view! { <p class="field__error" role="alert">{m}</p> })}
                <div class="period__fields">
                    <div class="field">
                        <label class="field__label" for="du">"Du"</label>
                        <input class="field__input" type="date" id="du" name="du" value=from/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="au">"Au"</label>
                        <input class="field__input" type="date" id="au" name="au" value=to/>
                    </div>
                </div>
                <button type="submit" class="button">"Afficher"</button>
            </fieldset>
        </form>
    }
}

const DIRECTIVES: &str = "directives";

fn documents_count(counts: &[(String, i64)], slug: &str) -> String {
    match counts
        .iter()
        .find(|(s, _)| s == slug)
        .map(|(_, n)| *n)
        .unwrap_or(0)
    {
        0 => "Aucun document".to_string(),
        n => crate::domain::fmt::count(n, "document", "documents"),
    }
}

#[component]
fn Home(home: RecordHome) -> impl IntoView {
    view! {
        <RecordNav/>
        <h1>{if home.as_representative { "DMP de l'enfant" } else { "Mon DMP" }}</h1>
        {home.as_representative.then(|| view! {
            <p class="notice">
                {format!("Vous consultez le DMP de {} en tant que représentant légal. Certains documents peuvent rester confidentiels, à la demande de l'enfant.", home.full_name)}
            </p>
        })}
        <controls::pages::ReceiptNotice/>
        <dl class="identity__list">
            <dt>"Titulaire"</dt><dd>{home.full_name}</dd>
            <dt>"INS"</dt><dd>{home.ins}</dd>
            <dt>"Créé le"</dt><dd>{home.created_on}</dd>
        </dl>
        <h2>"Derniers documents"</h2>
        {if home.latest.is_empty() {
            view! { <p>"Aucun document pour l'instant. Vos professionnels de santé pourront en ajouter, et vous aussi."</p> }.into_any()
        } else {
            view! { <documents::DocumentTable documents=home.latest.clone() caption="Derniers documents".to_string()/> }.into_any()
        }}
        <h2>"Mes neuf espaces"</h2>
        <ul class="cards spaces-list">
            {documents::SPACES.iter().filter(|(slug, _)| *slug != DIRECTIVES).map(|(slug, title)| {
                let count = if *slug == "remboursements" {
                    crate::domain::fmt::count(home.reimbursement_lines, "ligne de remboursement", "lignes de remboursement")
                } else {
                    documents_count(&home.counts, slug)
                };
                view! {
                    <li class="card">
                        <h3><A href=documents::space_path(slug)>{*title}</A></h3>
                        <p>{count}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
        // Added to the DMP after its nine spaces: apart, so the count holds.
        <h2>"Mes directives anticipées"</h2>
        <p>
            "Vos volontés sur les soins de fin de vie, pour le jour où vous ne pourriez plus les dire : "
            <A href=documents::space_path(DIRECTIVES)>"Directives anticipées"</A>
            {format!(" ({}).", documents_count(&home.counts, DIRECTIVES).to_lowercase())}
        </p>
        <h2>"Dernier accès d'un professionnel"</h2>
        {match home.last_professional {
            Some(a) => view! { <p>{format!("Le {} : {}, {}.", a.at, a.who, a.how)}</p> }.into_any(),
            None => view! { <p>"Aucun professionnel de santé n'a encore consulté votre DMP."</p> }.into_any(),
        }}
        {(!home.emergencies.is_empty()).then(|| view! {
            <h2>"Accès en urgence"</h2>
            <ul class="emergencies">
                {home.emergencies.into_iter().map(|a| view! {
                    <li>{format!(
                        "Le {} : {}, {}{}.",
                        a.at,
                        a.who,
                        a.how,
                        a.reason.map(|r| format!(" — motif : « {r} »")).unwrap_or_default()
                    )}</li>
                }).collect_view()}
            </ul>
        })}
    }
}
