//! The upload page and its form.

use super::*;
use crate::forms::ui::{field_error, track_address_errors, ErrorSummary, GeneralErrors};
use crate::record::{when_signed_in, RecordNav};
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn UploadPage() -> impl IntoView {
    let types = Resource::new(|| (), |_| load_upload_types());
    view! {
        <Title text="Déposer un document"/>
        <section class="container record">
            <RecordNav/>
            <h1>"Déposer un document"</h1>
            {when_signed_in(types, move |t| view! { <UploadForm types=t/> }.into_any())}
        </section>
    }
}

#[component]
fn UploadForm(types: Vec<TypeChoice>) -> impl IntoView {
    // The form is posted as is (files need no JavaScript); its errors come
    // back in the page's address, as for every server function.
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_address_errors(UploadDocument::PATH, FIELDS, errors, general);
    let error = move |field: Field| field_error(errors, field);
    view! {
            <p>
                "Ajoutez à votre DMP un document que vous avez (ordonnance, compte rendu, résultats…). "
                "Formats acceptés : PDF, JPEG ou PNG, 5 Mo au plus. Vous pourrez le supprimer à tout moment."
            </p>
            <form method="post" action=UploadDocument::url() enctype="multipart/form-data" novalidate
    >
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
