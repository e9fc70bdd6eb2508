//! The spaces of the record and their documents. Which space a document
//! belongs to comes from the database (type → class → space, loaded from
//! `server/data/document_types.csv`), never from these pages.

use super::RecordNav;
use crate::error::PortalError;
#[cfg(feature = "ssr")]
use crate::messages::Text;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use serde::{Deserialize, Serialize};

/// The spaces, in the order the patient sees them: (address, title).
pub use crate::deposit::SPACES;

pub const PAGE_SIZE: i64 = 20;

/// The widest period (PostgreSQL dates do not reach chrono's extremes).
#[cfg(feature = "ssr")]
pub fn all_time() -> (chrono::NaiveDate, chrono::NaiveDate) {
    (
        chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or_default(),
        chrono::NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or_default(),
    )
}

/// A list's period as typed (`du`, `au`, YYYY-MM-DD): an empty or
/// unreadable bound means no bound, and reversed bounds are swapped.
#[cfg(feature = "ssr")]
pub struct Period {
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    /// A bound was typed but could not be read.
    pub unreadable: bool,
}

#[cfg(feature = "ssr")]
impl Period {
    pub fn parse(du: &str, au: &str) -> Self {
        let read = crate::forms::input::date;
        let unreadable = [du, au]
            .iter()
            .any(|s| !s.trim().is_empty() && read(s).is_none());
        let (earliest, latest) = all_time();
        let (from, to) = (read(du).unwrap_or(earliest), read(au).unwrap_or(latest));
        let (from, to) = if from > to { (to, from) } else { (from, to) };
        Period {
            from,
            to,
            unreadable,
        }
    }

    /// The bounds as the form shows them back: empty when there is none.
    pub fn shown(&self) -> (String, String) {
        let (earliest, latest) = all_time();
        let show = |d: chrono::NaiveDate| {
            if d == earliest || d == latest {
                String::new()
            } else {
                d.format("%Y-%m-%d").to_string()
            }
        };
        (show(self.from), show(self.to))
    }
}

pub fn space_path(slug: &str) -> String {
    if slug == "remboursements" {
        super::reimbursements::PATH.to_string()
    } else {
        format!("/mon-dmp/espace/{slug}")
    }
}

pub fn document_path(id: i64) -> String {
    format!("/mon-dmp/documents/{id}")
}

pub fn file_path(id: i64) -> String {
    format!("/mon-dmp/documents/{id}/fichier")
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRow {
    pub id: i64,
    /// « 14/03/2026 ».
    pub date: String,
    pub title: String,
    /// The type's label from JDV_J66.
    pub type_label: String,
    /// « Dr Sophie LEBLANC, Médecin – Médecine générale », or « Vous ».
    pub author: String,
    /// Deposited by the patient (class 90 or a patient's own upload).
    pub by_patient: bool,
    /// Masked from professionals (MASQUE_PS).
    pub masked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpacePage {
    pub slug: String,
    pub title: String,
    pub documents: Vec<DocumentRow>,
    pub total: i64,
    pub page: i64,
    pub pages: i64,
    pub from: String,
    pub to: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentView {
    pub row: DocumentRow,
    pub space_slug: String,
    pub space_title: String,
    pub content_type: String,
    /// The text itself, for a text document.
    pub text: Option<String>,
}

#[cfg(feature = "ssr")]
pub mod server {
    use super::*;
    pub use crate::session::patient::open_session;
    use crate::session::patient::PatientSession;
    use chrono::NaiveDate;
    use sqlx::PgPool;

    /// A document with what the page shows and what the policy judges.
    struct Found {
        row: DocumentRow,
        dmp_id: i64,
        space: String,
        care_date: NaiveDate,
        visibility: crate::domain::access::Visibility,
    }

    type Row = (
        (i64, i64, NaiveDate, String, String, bool, String, String),
        (
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
        (bool, bool, bool),
    );

    const SELECT: &str = "SELECT (d.id, d.dmp_id, d.care_date, d.title, t.label, d.by_patient, t.class_code, t.space), \
        (p.first_name, p.last_name, p.profession, p.specialty, ac.holder_label), \
        (d.masked, d.hidden_from_patient, d.hidden_from_representatives) \
        FROM document d JOIN document_type t ON t.code = d.type_code \
        LEFT JOIN professional p ON p.id = d.author_professional_id \
        LEFT JOIN professional_card ac ON ac.id = d.author_card_id \
        WHERE d.status = 'ACTIVE' AND ";

    fn found(r: Row) -> Found {
        let ((id, dmp_id, date, title, type_label, by_patient, class, space), author, hidden) = r;
        let (first, last, profession, specialty, card) = author;
        let by_patient = by_patient || class == "90";
        let author = match (first, last, profession) {
            (Some(f), Some(l), Some(p)) => {
                let title = if p == "Médecin" { "Dr " } else { "" };
                match specialty.filter(|s| !s.is_empty()) {
                    Some(s) => format!("{title}{f} {l}, {p} – {s}"),
                    None => format!("{title}{f} {l}, {p}"),
                }
            }
            // An establishment's feeding card.
            _ if !by_patient => card.unwrap_or_default(),
            _ => "Vous".to_string(),
        };
        Found {
            row: DocumentRow {
                id,
                date: date.format("%d/%m/%Y").to_string(),
                title,
                type_label,
                author,
                by_patient,
                masked: hidden.0,
            },
            dmp_id,
            space,
            care_date: date,
            visibility: crate::domain::access::Visibility {
                masked: hidden.0,
                invisible_patient: hidden.1,
                invisible_representatives: hidden.2,
            },
        }
    }

    /// Who reads a record: its holder, or a legal representative.
    #[derive(Clone, Copy, Debug)]
    pub struct Reader {
        pub dmp_id: i64,
        pub actor: crate::domain::access::Actor,
    }

    impl From<&PatientSession> for Reader {
        fn from(s: &PatientSession) -> Self {
            Reader {
                dmp_id: s.dmp_id,
                actor: s.role.actor(),
            }
        }
    }

    /// Whether `reader` may read it: the access policy decides (a
    /// representative never sees what is kept from representatives).
    fn reads(f: &Found, reader: Reader, closed: bool) -> bool {
        use crate::domain::access::{read_document, DocumentFacts, Mode, Relation, Settings};
        let facts = DocumentFacts {
            in_record: f.dmp_id == reader.dmp_id,
            visibility: f.visibility,
            by_actor: false,
            matrix_allows: true,
        };
        let settings = Settings {
            closed,
            ..Settings::default()
        };
        read_document(reader.actor, Relation::NONE, Mode::Normal, settings, facts).is_ok()
    }

    /// Every document of the record `reader` may read, newest first.
    async fn readable(pool: &PgPool, reader: Reader) -> Result<Vec<Found>, sqlx::Error> {
        let dmp_id = reader.dmp_id;
        let closed: bool = sqlx::query_scalar("SELECT status = 'CLOSED' FROM dmp WHERE id = $1")
            .bind(dmp_id)
            .fetch_optional(pool)
            .await?
            .unwrap_or(true);
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "{SELECT} d.dmp_id = $1 ORDER BY d.care_date DESC, d.id DESC"
        ))
        .bind(dmp_id)
        .fetch_all(pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(found)
            .filter(|f| reads(f, reader, closed))
            .collect())
    }

    /// Every document of the record `reader` may read, newest first, with
    /// its space's address and its date of care (« Télécharger mon DMP »).
    pub async fn readable_rows(
        pool: &PgPool,
        reader: Reader,
    ) -> Result<Vec<(DocumentRow, String, NaiveDate)>, sqlx::Error> {
        Ok(readable(pool, reader)
            .await?
            .into_iter()
            .map(|f| (f.row, f.space, f.care_date))
            .collect())
    }

    /// One page of a space, newest first, within a period.
    pub async fn space(
        pool: &PgPool,
        reader: Reader,
        slug: &str,
        from: NaiveDate,
        to: NaiveDate,
        page: i64,
    ) -> Result<(Vec<DocumentRow>, i64), sqlx::Error> {
        let all: Vec<DocumentRow> = readable(pool, reader)
            .await?
            .into_iter()
            .filter(|f| f.space == slug && f.care_date >= from && f.care_date <= to)
            .map(|f| f.row)
            .collect();
        let total = all.len() as i64;
        let skip = ((page - 1).max(0) * PAGE_SIZE) as usize;
        Ok((
            all.into_iter()
                .skip(skip)
                .take(PAGE_SIZE as usize)
                .collect(),
            total,
        ))
    }

    /// Documents per space, for the record's home.
    pub async fn counts(pool: &PgPool, reader: Reader) -> Result<Vec<(String, i64)>, sqlx::Error> {
        let mut counts: Vec<(String, i64)> = Vec::new();
        for f in readable(pool, reader).await? {
            match counts.iter_mut().find(|(s, _)| *s == f.space) {
                Some((_, n)) => *n += 1,
                None => counts.push((f.space, 1)),
            }
        }
        Ok(counts)
    }

    /// The latest documents deposited in the record.
    pub async fn latest(
        pool: &PgPool,
        reader: Reader,
        n: i64,
    ) -> Result<Vec<DocumentRow>, sqlx::Error> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM document WHERE dmp_id = $1 AND status = 'ACTIVE' \
             ORDER BY deposited_at DESC, id DESC",
        )
        .bind(reader.dmp_id)
        .fetch_all(pool)
        .await?;
        let mut readable = readable(pool, reader).await?;
        readable.sort_by_key(|f| ids.iter().position(|id| *id == f.row.id));
        Ok(readable
            .into_iter()
            .take(n.max(0) as usize)
            .map(|f| f.row)
            .collect())
    }

    /// One document `reader` may read, without its content.
    async fn readable_one(
        pool: &PgPool,
        reader: Reader,
        id: i64,
    ) -> Result<Option<Found>, sqlx::Error> {
        let Some(r) = sqlx::query_as::<_, Row>(&format!("{SELECT} d.id = $1"))
            .bind(id)
            .fetch_optional(pool)
            .await?
        else {
            return Ok(None);
        };
        let f = found(r);
        let closed: bool = sqlx::query_scalar("SELECT status = 'CLOSED' FROM dmp WHERE id = $1")
            .bind(reader.dmp_id)
            .fetch_optional(pool)
            .await?
            .unwrap_or(true);
        Ok(reads(&f, reader, closed).then_some(f))
    }

    /// What a list shows of one document `reader` may read (its file is
    /// not fetched), or `None` as for `document`.
    pub async fn row(
        pool: &PgPool,
        reader: Reader,
        id: i64,
    ) -> Result<Option<DocumentRow>, sqlx::Error> {
        Ok(readable_one(pool, reader, id).await?.map(|f| f.row))
    }

    /// One document of this record, or `None` — the same for a document of
    /// another record, or hidden from the reader, as for one that does not exist.
    pub async fn document(
        pool: &PgPool,
        reader: Reader,
        id: i64,
    ) -> Result<Option<(DocumentView, Vec<u8>)>, sqlx::Error> {
        let Some(f) = readable_one(pool, reader, id).await? else {
            return Ok(None);
        };
        let (content_type, content): (String, Vec<u8>) =
            sqlx::query_as("SELECT content_type, content FROM document WHERE id = $1")
                .bind(id)
                .fetch_one(pool)
                .await?;
        let text =
            (content_type == "text/plain").then(|| String::from_utf8_lossy(&content).into_owned());
        let space_title = SPACES
            .iter()
            .find(|(slug, _)| *slug == f.space)
            .map(|(_, t)| t.to_string())
            .unwrap_or_default();
        Ok(Some((
            DocumentView {
                row: f.row,
                space_slug: f.space,
                space_title,
                content_type,
                text,
            },
            content,
        )))
    }
}

#[cfg(feature = "ssr")]
pub(crate) use crate::http::not_found;

/// `Ok(None)`: nobody signed in. An unknown space answers 404.
#[server(endpoint = "dmp/espace")]
pub async fn load_space(
    slug: String,
    du: String,
    au: String,
    page: String,
) -> Result<Option<SpacePage>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let Some((_, title)) = SPACES.iter().find(|(s, _)| *s == slug) else {
        not_found();
        return Err(PortalError::refused(Text::NoSuchSpace));
    };
    let period = Period::parse(&du, &au);
    let page = crate::forms::input::page(&page);
    let (documents, total) = server::space(
        &pool,
        (&session).into(),
        &slug,
        period.from,
        period.to,
        page,
    )
    .await
    .map_err(unavailable)?;
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::SpaceRead(
            SPACES
                .iter()
                .map(|(s, _)| *s)
                .find(|s| *s == slug)
                .unwrap_or("inconnu"),
        ),
        None,
        now,
    )
    .await
    .map_err(unavailable)?;
    let (from, to) = period.shown();
    Ok(Some(SpacePage {
        slug,
        title: title.to_string(),
        documents,
        total,
        page,
        pages: ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1),
        from,
        to,
    }))
}

/// `Ok(None)`: nobody signed in; a document that is not this record's
/// answers 404 like one that does not exist.
#[server(endpoint = "dmp/document")]
pub async fn load_document(id: String) -> Result<Option<DocumentView>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Ok(None);
    };
    let found = match id.parse::<i64>() {
        Ok(id) => server::document(&pool, (&session).into(), id)
            .await
            .map_err(unavailable)?,
        Err(_) => None,
    };
    let Some((view, _)) = found else {
        not_found();
        return Err(PortalError::refused(Text::DocumentNotFound));
    };
    let mut conn = pool.acquire().await.map_err(unavailable)?;
    super::trace(
        &mut conn,
        session.dmp_id,
        session.account_id,
        crate::audit::Action::ConsultationDocument,
        Some(view.row.id),
        now,
    )
    .await
    .map_err(unavailable)?;
    Ok(Some(view))
}

/// What a record page shows to someone not signed in.
pub use crate::layout::record::SignInFirst;

#[component]
pub fn SpacePageView() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let data = Resource::new(
        move || {
            let slug = params.with(|p| p.get("espace").unwrap_or_default());
            query.with(|q| {
                (
                    slug,
                    q.get("du").unwrap_or_default(),
                    q.get("au").unwrap_or_default(),
                    q.get("page").unwrap_or_default(),
                    // A change (masking) comes back with its receipt.
                    q.get("recu"),
                )
            })
        },
        |(slug, du, au, page, _)| load_space(slug, du, au, page),
    );
    view! {
        <section class="container record">
            <RecordNav/>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(p)) => view! { <Space p/> }.into_any(),
                        Ok(None) => view! { <h1>"Mon DMP"</h1><SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <Title text="Page introuvable"/>
                            <h1>"Page introuvable"</h1>
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

/// A list of documents as a table (date, title, type, author).
#[component]
pub fn DocumentTable(documents: Vec<DocumentRow>, caption: String) -> impl IntoView {
    use super::controls::pages::{mask_action, MaskButton};
    let (mask, mask_errors) = mask_action();
    view! {
        <crate::forms::ui::GeneralErrors messages=mask_errors/>
        <div class="table-scroll">
            <table class="documents">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Date"</th>
                        <th scope="col">"Document"</th>
                        <th scope="col">"Type"</th>
                        <th scope="col">"Auteur"</th>
                        <th scope="col">"Professionnels"</th>
                    </tr>
                </thead>
                <tbody>
                    {documents.into_iter().map(|d| { let title = d.title.clone(); view! {
                        <tr class:documents__patient=d.by_patient>
                            <td>{d.date}</td>
                            <td>
                                <A href=document_path(d.id)>{d.title}</A>
                                {d.by_patient.then(|| view! { <span class="badge">"Déposé par vous"</span> })}
                            </td>
                            <td>{d.type_label}</td>
                            <td>{d.author}</td>
                            <td>
                                {d.masked.then(|| view! { <span class="badge badge--alert">"Masqué"</span> })}
                                <MaskButton action=mask id=d.id masked=d.masked title/>
                            </td>
                        </tr>
                    }}).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn Space(p: SpacePage) -> impl IntoView {
    let path = space_path(&p.slug);
    let link = {
        let (path, from, to) = (path.clone(), p.from.clone(), p.to.clone());
        move |page: i64| format!("{path}?du={from}&au={to}&page={page}")
    };
    let caption = match p.total {
        1 => format!("{} : 1 document", p.title),
        n => format!("{} : {n} documents", p.title),
    };
    view! {
        <Title text=format!("{} – Mon DMP", p.title)/>
        <h1>{p.title.clone()}</h1>
        <super::controls::pages::ReceiptNotice/>
        {match p.slug.as_str() {
            "personnel" => Some(view! {
                <p class="notice">
                    "Vos notes de santé, vos coordonnées, les personnes à prévenir, votre personne de confiance "
                    "et votre choix sur le don d'organes : "
                    <A href=super::personal::PATH>"mes informations personnelles"</A>"."
                </p>
            }.into_any()),
            "directives" => Some(view! {
                <p class="notice">
                    <A href=super::personal::subject_path("directives-anticipees")>"Rédiger mes directives anticipées en ligne"</A>
                    " ou "<A href=super::upload::PATH>"déposer un document"</A>"."
                </p>
            }.into_any()),
            _ => None,
        }}
        <super::PeriodForm action=path.clone() from=p.from.clone() to=p.to.clone() error=None/>
        <p role="status">{match p.total {
            0 => "Aucun document dans cet espace pour cette période.".to_string(),
            1 => "1 document, du plus récent au plus ancien.".to_string(),
            n => format!("{n} documents, du plus récent au plus ancien."),
        }}</p>
        {(p.total > 0).then(|| view! { <DocumentTable documents=p.documents.clone() caption/> })}
        {(p.pages > 1).then(|| view! {
            <nav class="pagination" aria-label="Pages">
                {(p.page > 1).then(|| view! { <A href=link(p.page - 1)>"Page précédente"</A> })}
                <span>{format!("Page {} sur {}", p.page, p.pages)}</span>
                {(p.page < p.pages).then(|| view! { <A href=link(p.page + 1)>"Page suivante"</A> })}
            </nav>
        })}
    }
}

#[component]
pub fn DocumentPageView() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let data = Resource::new(
        move || {
            (
                params.with(|p| p.get("id").unwrap_or_default()),
                query.with(|q| q.get("recu")),
            )
        },
        |(id, _)| load_document(id),
    );
    view! {
        <section class="container record">
            <RecordNav/>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(d)) => view! { <Document d/> }.into_any(),
                        Ok(None) => view! { <h1>"Mon DMP"</h1><SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <Title text="Document introuvable"/>
                            <h1>"Document introuvable"</h1>
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Document(d: DocumentView) -> impl IntoView {
    let file = file_path(d.row.id);
    let pdf = d.content_type == "application/pdf";
    let image = d.content_type.starts_with("image/");
    view! {
        <Title text=format!("{} – Mon DMP", d.row.title)/>
        <p><A href=space_path(&d.space_slug)>{format!("← {}", d.space_title)}</A></p>
        <h1>{d.row.title.clone()}</h1>
        <dl class="identity__list">
            <dt>"Date"</dt><dd>{d.row.date.clone()}</dd>
            <dt>"Type"</dt><dd>{d.row.type_label.clone()}</dd>
            <dt>"Auteur"</dt><dd>{d.row.author.clone()}</dd>
        </dl>
        <p>
            // `rel="external"`: a file, not a page of the site's router.
            <a class="button" href=format!("{file}?telecharger=1") rel="external" download="">"Télécharger"</a>
        </p>
        <super::controls::pages::ReceiptNotice/>
        <super::controls::pages::MaskingExplained masked=d.row.masked/>
        {
            let (mask, mask_errors) = super::controls::pages::mask_action();
            view! {
                <crate::forms::ui::GeneralErrors messages=mask_errors/>
                <super::controls::pages::MaskButton action=mask id=d.row.id masked=d.row.masked/>
            }
        }
        {d.row.by_patient.then(|| view! { <DeleteForm id=d.row.id/> })}
        {d.text.clone().map(|t| view! { <pre class="document-text">{t}</pre> })}
        {pdf.then(|| view! {
            <iframe class="document-frame" src=file.clone() title=format!("Document : {}", d.row.title)></iframe>
            <p><a href=file.clone() rel="external">"Ouvrir le PDF en plein écran"</a></p>
        })}
        {image.then(|| view! { <img class="document-image" src=file.clone() alt=format!("Document : {}", d.row.title)/> })}
    }
}

/// « Supprimer ce document », for what the patient deposited.
#[component]
fn DeleteForm(id: i64) -> impl IntoView {
    let action = ServerAction::<super::upload::DeleteDocument>::new();
    let errors = RwSignal::new(Vec::new());
    let general = RwSignal::new(Vec::new());
    crate::forms::ui::track_errors(action.value(), &[], errors, general);
    view! {
        <ActionForm action attr:class="delete-document">
            <input type="hidden" name="id" value=id.to_string()/>
            <crate::forms::ui::GeneralErrors messages=general/>
            <button type="submit" class="button button--secondary">"Supprimer ce document"</button>
        </ActionForm>
    }
}
