//! The upload page and its form.

use super::*;
use crate::forms::ui::{field_error, track_address_errors, ErrorSummary, GeneralErrors, Required};
use crate::i18n::{t, tr};
use crate::record::{when_signed_in, RecordNav};
use leptos::server_fn::ServerFn;
use leptos_meta::Title;

#[component]
pub fn UploadPage() -> impl IntoView {
    let types = Resource::new(|| (), |_| load_upload_types());
    view! {
        <Title text=t("personal-upload-title")/>
        <section class="container record">
            <RecordNav/>
            <h1>{t("personal-upload-title")}</h1>
            {when_signed_in(types, move |list| view! { <UploadForm types=list/> }.into_any())}
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
            <p>{t("personal-upload-intro")}</p>
            <form method="post" action=UploadDocument::url() enctype="multipart/form-data" novalidate
    >
                <ErrorSummary errors/>
                <GeneralErrors messages=general/>
                <div class="field">
                    <label class="field__label" for="type_code">{t("personal-upload-type")}<Required/></label>
                    {error(Field::DocumentType)}
                    <select class="field__input" id="type_code" name="type_code" required>
                        <option value="">{t("personal-upload-choose")}</option>
                        {types.into_iter().map(|choice| view! {
                            <option value=choice.code>{tr("personal-upload-type-option", &[
                                ("label", choice.label.into()),
                                ("space", choice.space_title.into()),
                            ])}</option>
                        }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label class="field__label" for="document_title">{t("personal-upload-doc-title")}<Required/></label>
                    {error(Field::DocumentTitle)}
                    <input class="field__input" id="document_title" name="title" maxlength="200" required/>
                </div>
                <div class="field">
                    <label class="field__label" for="document_date">{t("personal-upload-date")}</label>
                    <p class="field__hint">{t("personal-upload-date-hint")}</p>
                    {error(Field::DocumentDate)}
                    <input class="field__input" type="date" id="document_date" name="date"/>
                </div>
                <div class="field">
                    <label class="field__label" for="document_file">{t("personal-upload-file")}<Required/></label>
                    <p class="field__hint">{t("personal-upload-file-hint")}</p>
                    {error(Field::DocumentFile)}
                    <input class="field__input" type="file" id="document_file" name="file" required
                        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"/>
                </div>
                <div class="actions">
                    <button type="submit" class="button button--large">{t("personal-upload-submit")}</button>
                </div>
            </form>
        }
}
