//! The patient's own documents: upload (PDF, JPEG, PNG), into the space its
//! type belongs to, and deletion of what they deposited. The form is a plain
//! multipart form: the same with or without JavaScript.

use super::RecordNav;
use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::forms::ui::{field_error, track_address_errors, ErrorSummary, GeneralErrors};
use crate::messages::Text;
use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use leptos::server_fn::ServerFn;
use leptos_meta::Title;
use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
pub use crate::deposit::read_multipart;
pub use crate::deposit::{check_fields, sniff, MAX_BYTES};
pub use crate::paths::UPLOAD_PATH as PATH;
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeChoice {
    pub code: String,
    pub label: String,
    pub space_title: String,
}

/// The types a patient may deposit (DOCPAT…, EXPPAT…), from the type table;
/// `None` when nobody is signed in.
#[server(endpoint = "dmp/types-depot")]
pub async fn load_upload_types() -> Result<Option<Vec<TypeChoice>>, PortalError> {
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
    use crate::session::patient::PatientSession;
    use chrono::{DateTime, Utc};
    use sqlx::PgPool;

    /// Checks an upload and files it; returns the space it went to.
    pub async fn deposit(
        pool: &PgPool,
        session: &PatientSession,
        upload: Upload,
        now: DateTime<Utc>,
    ) -> Result<Result<String, Vec<FieldError>>, sqlx::Error> {
        let mut errors = check_fields(
            &upload.type_code,
            &upload.title,
            &upload.date,
            &now.date_naive().format("%Y-%m-%d").to_string(),
        );
        let mut push = |field, message: Text| errors.push(FieldError::new(field, message));
        let space: Option<String> = sqlx::query_scalar(
            "SELECT space FROM document_type WHERE code = $1 AND (code LIKE 'DOCPAT%' OR code LIKE 'EXPPAT%')",
        )
        .bind(&upload.type_code)
        .fetch_optional(pool)
        .await?;
        if space.is_none() && !upload.type_code.trim().is_empty() {
            push(Field::DocumentType, Text::ChooseType);
        }
        let title = upload.title.trim();
        let date = match upload.date.trim() {
            "" => Some(now.date_naive()),
            s => crate::forms::input::date(s),
        };
        let content_type = if upload.too_large {
            push(Field::DocumentFile, Text::FileTooLarge);
            None
        } else if upload.file.is_empty() {
            push(Field::DocumentFile, Text::ChooseFile);
            None
        } else {
            let sniffed = sniff(&upload.file);
            if sniffed.is_none() {
                push(Field::DocumentFile, Text::NotPdfOrImage);
            }
            sniffed
        };
        let (Some(space), Some(date), Some(content_type), true) =
            (space, date, content_type, errors.is_empty())
        else {
            return Ok(Err(errors));
        };
        let mut tx = pool.begin().await?;
        // A double click or a resent form files the document once: the
        // same file, type and title deposited minutes ago is that one.
        sqlx::query("SELECT id FROM dmp WHERE id = $1 FOR UPDATE")
            .bind(session.dmp_id)
            .execute(&mut *tx)
            .await?;
        let same: bool = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM document WHERE dmp_id = $1 AND by_patient AND status = 'ACTIVE' \
             AND type_code = $2 AND title = $3 AND deposited_at > $4 - interval '10 minutes' AND content = $5)",
        )
        .bind(session.dmp_id)
        .bind(&upload.type_code)
        .bind(title)
        .bind(now)
        .bind(&upload.file)
        .fetch_one(&mut *tx)
        .await?;
        if same {
            return Ok(Ok(space));
        }
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
        crate::audit::trace(
            &mut tx,
            session.dmp_id,
            session.account_id,
            crate::audit::Action::DepotDocument,
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
            crate::audit::trace(
                &mut tx,
                session.dmp_id,
                session.account_id,
                crate::audit::Action::SuppressionDocument,
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
pub async fn upload_document(data: MultipartData) -> Result<(), PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(crate::messages::Text::NotSignedIn));
    };
    let form = read_multipart(data).await?;
    let upload = Upload {
        type_code: form.text("type_code"),
        title: form.text("title"),
        date: form.text("date"),
        file: form.file,
        too_large: form.too_large,
    };
    match server::deposit(&pool, &session, upload, now)
        .await
        .map_err(unavailable)?
    {
        Ok(space) => {
            leptos_axum::redirect(&super::documents::space_path(&space));
            Ok(())
        }
        Err(errors) => Err(PortalError::Invalid(errors)),
    }
}

#[server(endpoint = "dmp/supprimer")]
pub async fn delete_document(id: String) -> Result<(), PortalError> {
    use crate::http::unavailable;
    let Some((pool, now, session)) = super::open_record().await? else {
        return Err(PortalError::refused(crate::messages::Text::NotSignedIn));
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
        None => Err(PortalError::refused(Text::NotDeletable)),
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
            {super::when_signed_in(types, move |t| view! { <UploadForm types=t/> }.into_any())}
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
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_address_errors(UploadDocument::PATH, FIELDS, errors, general);
    let error = move |field: Field| field_error(errors, field);
    let form = NodeRef::<leptos::html::Form>::new();
    let summary = NodeRef::<leptos::html::Div>::new();
    // With JavaScript, what can be checked here is checked before the file
    // travels; the form is then posted as without JavaScript.
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        #[cfg(feature = "hydrate")]
        {
            use leptos::wasm_bindgen::JsCast;
            let Some(f) = form.get_untracked() else {
                return;
            };
            let Ok(data) = leptos::web_sys::FormData::new_with_form(&f) else {
                return;
            };
            let text = |name: &str| data.get(name).as_string().unwrap_or_default();
            let today = js_sys::Date::new_0()
                .to_iso_string()
                .as_string()
                .unwrap_or_default();
            let mut found = check_fields(
                &text("type_code"),
                &text("title"),
                &text("date"),
                today.get(..10).unwrap_or_default(),
            );
            let size = data
                .get("file")
                .dyn_into::<web_sys::File>()
                .map(|file| file.size())
                .unwrap_or(0.0);
            if size == 0.0 {
                found.push(FieldError {
                    field: Field::DocumentFile,
                    message: Text::ChooseFile.into(),
                });
            } else if size > MAX_BYTES as f64 {
                found.push(FieldError {
                    field: Field::DocumentFile,
                    message: Text::FileTooLarge.into(),
                });
            }
            if !found.is_empty() {
                ev.prevent_default();
                errors.set(found);
                crate::forms::ui::focus_later(summary);
            }
        }
        #[cfg(not(feature = "hydrate"))]
        let _ = (ev, form, summary);
    };
    view! {
        <p>
            "Ajoutez à votre DMP un document que vous avez (ordonnance, compte rendu, résultats…). "
            "Formats acceptés : PDF, JPEG ou PNG, 5 Mo au plus. Vous pourrez le supprimer à tout moment."
        </p>
        <form method="post" action=UploadDocument::url() enctype="multipart/form-data" novalidate
            node_ref=form on:submit=on_submit>
            <ErrorSummary errors node_ref=summary/>
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
