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
use crate::i18n::{t, tr};
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
pub fn right_for_patient(code: &str) -> String {
    let key = match code {
        "autorisation" => "record-right-authorisation",
        "medecin_traitant" => "record-right-gp",
        "bris_de_glace" => "record-right-break-glass",
        "centre15" => "record-right-centre15",
        "auteur" => "record-right-author",
        _ => return String::new(),
    };
    t(key)
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
            how: right_for_patient(right.as_deref().unwrap_or_default()),
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
        <Title text=t("record-home-title")/>
        <section class="container record">
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match home.await {
                        Ok(Some(h)) => view! { <Home home=h/> }.into_any(),
                        Ok(None) => view! { <h1>{t("record-my-dmp")}</h1><documents::SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <h1>{t("record-my-dmp")}</h1>
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
                <legend>{t("record-period")}</legend>
                {error.map(|m| view! { <p class="field__error" role="alert">{m}</p> })}
                <div class="period__fields">
                    <div class="field">
                        <label class="field__label" for="du">{t("record-from")}</label>
                        <input class="field__input" type="date" id="du" name="du" value=from/>
                    </div>
                    <div class="field">
                        <label class="field__label" for="au">{t("record-to")}</label>
                        <input class="field__input" type="date" id="au" name="au" value=to/>
                    </div>
                </div>
                <button type="submit" class="button">{t("record-show")}</button>
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
        0 => t("record-documents-none"),
        n => tr("record-documents", &[("n", n.into())]),
    }
}

#[component]
fn Home(home: RecordHome) -> impl IntoView {
    view! {
        <RecordNav/>
        <h1>{if home.as_representative { t("record-child-dmp") } else { t("record-my-dmp") }}</h1>
        {home.as_representative.then(|| view! {
            <p class="notice">
                {tr("record-representative-notice", &[("name", home.full_name.clone().into())])}
            </p>
        })}
        <controls::pages::ReceiptNotice/>
        <dl class="identity__list">
            <dt>{t("record-holder")}</dt><dd>{home.full_name}</dd>
            <dt>{t("record-ins")}</dt><dd>{home.ins}</dd>
            <dt>{t("record-created-on")}</dt><dd>{home.created_on}</dd>
        </dl>
        <h2>{t("record-latest")}</h2>
        {if home.latest.is_empty() {
            view! { <p>{t("record-latest-none")}</p> }.into_any()
        } else {
            view! { <documents::DocumentTable documents=home.latest.clone() caption=t("record-latest")/> }.into_any()
        }}
        <h2>{t("record-spaces")}</h2>
        <ul class="cards spaces-list">
            {documents::SPACES.iter().filter(|(slug, _)| *slug != DIRECTIVES).map(|(slug, _)| {
                let count = if *slug == "remboursements" {
                    tr("record-reimbursement-lines", &[("n", home.reimbursement_lines.into())])
                } else {
                    documents_count(&home.counts, slug)
                };
                view! {
                    <li class="card">
                        <h3><A href=documents::space_path(slug)>{crate::deposit::space_title(slug)}</A></h3>
                        <p>{count}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
        // Added to the DMP after its nine spaces: apart, so the count holds.
        <h2>{t("record-directives-title")}</h2>
        <p>
            {t("record-directives-intro")}
            " "
            <A href=documents::space_path(DIRECTIVES)>{crate::deposit::space_title(DIRECTIVES)}</A>
            {format!(" ({}).", documents_count(&home.counts, DIRECTIVES).to_lowercase())}
        </p>
        <h2>{t("record-last-professional")}</h2>
        {match home.last_professional {
            Some(a) => view! {
                <p>{tr("record-access", &[("at", a.at.into()), ("who", a.who.into()), ("how", a.how.into())])}</p>
            }.into_any(),
            None => view! { <p>{t("record-no-professional")}</p> }.into_any(),
        }}
        {(!home.emergencies.is_empty()).then(|| view! {
            <h2>{t("record-emergencies")}</h2>
            <ul class="emergencies">
                {home.emergencies.into_iter().map(|a| view! {
                    <li>{match a.reason {
                        Some(r) => tr(
                            "record-access-reason",
                            &[("at", a.at.into()), ("who", a.who.into()), ("how", a.how.into()), ("reason", r.into())],
                        ),
                        None => tr("record-access", &[("at", a.at.into()), ("who", a.who.into()), ("how", a.how.into())]),
                    }}</li>
                }).collect_view()}
            </ul>
        })}
    }
}
