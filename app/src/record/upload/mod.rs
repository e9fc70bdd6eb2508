//! The patient's own documents: upload (PDF, JPEG, PNG), into the space its
//! type belongs to, and deletion of what they deposited. The form is a plain
//! multipart form: the same with or without JavaScript.

use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::messages::Text;
use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};
use serde::{Deserialize, Serialize};

pub mod pages;

#[cfg(feature = "ssr")]
pub use crate::deposit::read_multipart;
pub use crate::deposit::{check_fields, sniff, MAX_BYTES};
pub use crate::paths::UPLOAD_PATH as PATH;
pub use pages::UploadPage;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeChoice {
    pub code: String,
    pub label: String,
    pub space_title: String,
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

const FIELDS: &[Field] = &[
    Field::DocumentType,
    Field::DocumentTitle,
    Field::DocumentDate,
    Field::DocumentFile,
];

#[cfg(feature = "ssr")]
pub mod store;

/// The types a patient may deposit (DOCPAT…, EXPPAT…), from the type table;
/// `None` when nobody is signed in.
#[server(endpoint = "dmp/types-depot")]
pub async fn load_upload_types() -> Result<Option<Vec<TypeChoice>>, PortalError> {
    use crate::http::unavailable;
    let Some((pool, _, _)) = super::open_record().await? else {
        return Ok(None);
    };
    Ok(Some(store::types(&pool).await.map_err(unavailable)?))
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
    match store::deposit(&pool, &session, upload, now)
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
    match store::delete(&pool, &session, id, now)
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

/// What the browser checks before the file travels (`forms::check`); the
/// form is then posted as without JavaScript.
#[cfg(feature = "hydrate")]
pub const CHECKS: &[(&str, crate::forms::check::Checker)] = {
    use leptos::server_fn::ServerFn;
    &[(UploadDocument::PATH, |data| Some(check_in_browser(data)))]
};

#[cfg(feature = "hydrate")]
fn check_in_browser(data: &leptos::web_sys::FormData) -> Vec<FieldError> {
    use leptos::wasm_bindgen::JsCast;
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
    found
}
