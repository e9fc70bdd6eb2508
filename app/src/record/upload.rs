//! The patient's own documents: upload (PDF, JPEG, PNG), into the space its
//! type belongs to, and deletion of what they deposited. The form is a plain
//! multipart form: the same with or without JavaScript.

use super::RecordNav;
use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{track_errors, ErrorSummary, GeneralErrors};
use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

pub const PATH: &str = "/mon-dmp/deposer";
/// [I] Largest file a patient may deposit.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The real type of a file, read from its first bytes (never from its name).
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeChoice {
    pub code: String,
    pub label: String,
    pub space_title: String,
}

/// The types a patient may deposit (DOCPAT…, EXPPAT…), from the type table;
/// `None` when nobody is signed in.
#[server(endpoint = "dmp/types-depot")]
pub async fn load_upload_types() -> Result<Option<Vec<TypeChoice>>, ServerFnError> {
    use crate::http::unavailable;
    let Some((pool, _, _)) = super::open_record().await? else {
        return Ok(None);
    };
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT code, label, space FROM document_type \
         WHERE code LIKE 'DOCPAT%' OR code LIKE 'EXPPAT%' ORDER BY code",
    )
    .fetch_all(&pool)
    .await
    .map_err(unavailable)?;
    Ok(Some(
        rows.into_iter()
            .map(|(code, label, space)| TypeChoice {
                code,
                label,
                space_title: super::documents::SPACES
                    .iter()
                    .find(|(s, _)| *s == space)
                    .map(|(_, t)| t.to_string())
                    .unwrap_or_default(),
            })
            .collect(),
    ))
}

/// What an upload form carried, once read.
#[derive(Debug, Default)]
pub struct Upload {
    pub type_code: String,
    pub title: String,
    pub date: String,
    pub file: Vec<u8>,
    pub too_large: bool,
}

#[cfg(feature = "ssr")]
pub mod server {
    use super::*;
    use crate::account::session::PatientSession;
    use chrono::{DateTime, NaiveDate, Utc};
    use sqlx::PgPool;

    /// Checks an upload and files it; returns the space it went to.
    pub async fn deposit(
        pool: &PgPool,
        session: &PatientSession,
        upload: Upload,
        now: DateTime<Utc>,
    ) -> Result<Result<String, Vec<FieldError>>, sqlx::Error> {
        let mut errors = Vec::new();
        let mut push = |field, message: &str| {
            errors.push(FieldError {
                field,
                message: message.to_string(),
            })
        };
        let space: Option<String> = sqlx::query_scalar(
            "SELECT space FROM document_type WHERE code = $1 AND (code LIKE 'DOCPAT%' OR code LIKE 'EXPPAT%')",
        )
        .bind(&upload.type_code)
        .fetch_optional(pool)
        .await?;
        if space.is_none() {
            push(Field::DocumentType, "Choisissez le type de document.");
        }
        let title = upload.title.trim();
        if title.is_empty() {
            push(
                Field::DocumentTitle,
                "Donnez un titre au document, par exemple « Ordonnance du Dr Martin ».",
            );
        } else if title.chars().count() > 200 {
            push(
                Field::DocumentTitle,
                "Le titre est trop long (200 caractères au plus).",
            );
        }
        let today = now.date_naive();
        let date = match upload.date.trim() {
            "" => Some(today),
            s => NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(),
        };
        match date {
            None => push(
                Field::DocumentDate,
                "La date n'est pas valide : choisissez un jour.",
            ),
            Some(d) if d > today => push(
                Field::DocumentDate,
                "La date ne peut pas être dans le futur.",
            ),
            _ => {}
        }
        let content_type = if upload.too_large {
            push(
                Field::DocumentFile,
                "Le fichier dépasse 5 Mo : choisissez un fichier plus léger.",
            );
            None
        } else if upload.file.is_empty() {
            push(Field::DocumentFile, "Choisissez le fichier à déposer.");
            None
        } else {
            let sniffed = sniff(&upload.file);
            if sniffed.is_none() {
                push(
                    Field::DocumentFile,
                    "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : choisissez un autre fichier.",
                );
            }
            sniffed
        };
        let (Some(space), Some(date), Some(content_type), true) =
            (space, date, content_type, errors.is_empty())
        else {
            return Ok(Err(errors));
        };
        let mut tx = pool.begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, by_patient, \
             content_type, content) VALUES ($1, $2, $3, $4, $5, true, $6, $7) RETURNING id",
        )
        .bind(session.dmp_id)
        .bind(&upload.type_code)
        .bind(title)
        .bind(date)
        .bind(now)
        .bind(content_type)
        .bind(&upload.file)
        .fetch_one(&mut *tx)
        .await?;
        crate::record::trace(
            &mut tx,
            session.dmp_id,
            session.account_id,
            "depot_document",
            Some(id),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(Ok(space))
    }

    /// Deletes (logically) a document the patient deposited; `false` for
    /// anything else, which stays untouched.
    pub async fn delete(
        pool: &PgPool,
        session: &PatientSession,
        id: i64,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, sqlx::Error> {
        let mut tx = pool.begin().await?;
        let space: Option<String> = sqlx::query_scalar(
            "UPDATE document d SET status = 'DELETED' FROM document_type t \
             WHERE d.id = $1 AND d.dmp_id = $2 AND d.by_patient AND d.status = 'ACTIVE' AND t.code = d.type_code \
             RETURNING t.space",
        )
        .bind(id)
        .bind(session.dmp_id)
        .fetch_optional(&mut *tx)
        .await?;
        if space.is_some() {
            crate::record::trace(
                &mut tx,
                session.dmp_id,
                session.account_id,
                "suppression_document",
                Some(id),
                now,
            )
            .await?;
        }
        tx.commit().await?;
        Ok(space)
    }
}

#[server(endpoint = "dmp/deposer", input = MultipartFormData)]
pub async fn upload_document(data: MultipartData) -> Result<(), ServerFnError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(ServerFnError::new(crate::account::flow::NOT_SIGNED_IN));
    };
    let mut multipart = data
        .into_inner()
        .ok_or_else(|| ServerFnError::new("no data"))?;
    let mut upload = Upload::default();
    while let Ok(Some(mut field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_string();
        let mut bytes = Vec::new();
        // Read in chunks, and stop listening past the limit.
        while let Ok(Some(chunk)) = field.chunk().await {
            if bytes.len() + chunk.len() > MAX_BYTES {
                upload.too_large = true;
                break;
            }
            bytes.extend_from_slice(&chunk);
        }
        let text = || String::from_utf8_lossy(&bytes).into_owned();
        match name.as_str() {
            "type_code" => upload.type_code = text(),
            "title" => upload.title = text(),
            "date" => upload.date = text(),
            "file" => upload.file = bytes,
            _ => {}
        }
        if upload.too_large {
            break;
        }
    }
    match server::deposit(&pool, &session, upload, now)
        .await
        .map_err(unavailable)?
    {
        Ok(space) => {
            leptos_axum::redirect(&super::documents::space_path(&space));
            Ok(())
        }
        Err(errors) => Err(ServerFnError::ServerError(crate::forms::fields::encode(
            &errors,
        ))),
    }
}

#[server(endpoint = "dmp/supprimer")]
pub async fn delete_document(id: String) -> Result<(), ServerFnError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(ServerFnError::new(crate::account::flow::NOT_SIGNED_IN));
    };
    let id = id.parse::<i64>().unwrap_or_default();
    match server::delete(&pool, &session, id, now)
        .await
        .map_err(unavailable)?
    {
        Some(space) => {
            leptos_axum::redirect(&super::documents::space_path(&space));
            Ok(())
        }
        None => Err(ServerFnError::new(
            "Ce document ne peut pas être supprimé : seuls les documents que vous avez déposés peuvent l'être.",
        )),
    }
}

#[component]
pub fn UploadPage() -> impl IntoView {
    let types = Resource::new(|| (), |_| load_upload_types());
    view! {
        <Title text="Déposer un document – Mon DMP"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Déposer un document"</h1>
            <Suspense fallback=|| view! { <p>"Chargement…"</p> }>
                {move || Suspend::new(async move {
                    match types.await {
                        Ok(Some(t)) => view! { <UploadForm types=t/> }.into_any(),
                        Ok(None) => view! { <super::documents::SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <div class="notice notice--error" role="alert"><p>{e.to_string()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

const FIELDS: &[Field] = &[
    Field::DocumentType,
    Field::DocumentTitle,
    Field::DocumentDate,
    Field::DocumentFile,
];

#[component]
fn UploadForm(types: Vec<TypeChoice>) -> impl IntoView {
    // The form is posted as is (files need no JavaScript); its errors come
    // back in the page's address, as for every server function.
    let from_address = use_context::<leptos::server::ServerActionError>()
        .filter(|e| e.path() == UploadDocument::PATH)
        .map(|e| {
            Err::<(), _>(
                leptos::server_fn::error::ServerFnUrlError::<ServerFnError>::decode_err(e.err()),
            )
        });
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(RwSignal::new(from_address), FIELDS, errors, general);
    let error = move |field: Field| {
        move || {
            errors.with(|e| {
                e.iter()
                    .find(|e| e.field == field)
                    .map(|e| view! { <p class="field__error" id=format!("{}-erreur", field.id())>{e.message.clone()}</p> })
            })
        }
    };
    view! {
        <p>
            "Ajoutez à votre DMP un document que vous avez (ordonnance, compte rendu, résultats…). "
            "Formats acceptés : PDF, JPEG ou PNG, 5 Mo au plus. Vous pourrez le supprimer à tout moment."
        </p>
        <form method="post" action=UploadDocument::url() enctype="multipart/form-data" novalidate>
            <ErrorSummary errors/>
            <GeneralErrors messages=general/>
            <div class="field">
                <label class="field__label" for="type_code">"Type de document"<span class="field__required">" (obligatoire)"</span></label>
                {error(Field::DocumentType)}
                <select class="field__input" id="type_code" name="type_code" required>
                    <option value="">"Choisissez"</option>
                    {types.into_iter().map(|t| view! {
                        <option value=t.code>{format!("{} — espace {}", t.label, t.space_title)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label class="field__label" for="document_title">"Titre"<span class="field__required">" (obligatoire)"</span></label>
                {error(Field::DocumentTitle)}
                <input class="field__input" id="document_title" name="title" maxlength="200" required/>
            </div>
            <div class="field">
                <label class="field__label" for="document_date">"Date du document"</label>
                <p class="field__hint">"Laissez vide pour la date du jour."</p>
                {error(Field::DocumentDate)}
                <input class="field__input" type="date" id="document_date" name="date"/>
            </div>
            <div class="field">
                <label class="field__label" for="document_file">"Fichier"<span class="field__required">" (obligatoire)"</span></label>
                <p class="field__hint">"PDF, JPEG ou PNG, 5 Mo au plus."</p>
                {error(Field::DocumentFile)}
                <input class="field__input" type="file" id="document_file" name="file" required
                    accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"/>
            </div>
            <div class="actions">
                <button type="submit" class="button button--large">"Déposer le document"</button>
            </div>
        </form>
    }
}
