//! One document as a professional reads it, and what its author may do.

use super::*;

#[component]
pub fn ProfessionalDocumentPage() -> impl IntoView {
    let params = use_params_map();
    // The author's actions answer on this page: its data follows them.
    let author = ServerAction::<DocumentAuthorAction>::new();
    let data = Resource::new(
        move || {
            (
                params.with(|p| p.get("id").unwrap_or_default()),
                author.version().get(),
            )
        },
        |(id, _)| load_professional_document(id),
    );
    view! {
        <section class="container professional">
            <p><A href=RECORD_PATH>{t("pro-back-record")}</A></p>
            <Suspense fallback=|| view! { <p>{t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(d)) => view! { <ProDocument d author/> }.into_any(),
                        Ok(None) => view! {
                            <h1>{t("pro-document")}</h1>
                            <p><A href=PATH attr:class="button">{t("pro-space")}</A></p>
                        }.into_any(),
                        Err(e) => view! {
                            <Title text=t("pro-document-not-found")/>
                            <h1>{t("pro-document-not-found")}</h1>
                            <div class="notice notice--error" role="alert"><p>{e.general()}</p></div>
                        }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn ProDocument(d: DocumentPage, author: ServerAction<DocumentAuthorAction>) -> impl IntoView {
    let file = file_path(d.document.id);
    let pdf = d.content_type == "application/pdf";
    let image = d.content_type.starts_with("image/");
    view! {
        <Title text=tr("pro-document-title", &[("title", d.document.title.as_str().into())])/>
        <PatientHeader r=d.record.clone()/>
        <h1>{d.document.title.clone()}</h1>
        {d.document.invisible_patient.then(|| view! {
            <div class="notice" role="status"><p>{t("pro-document-invisible-patient")}</p></div>
        })}
        {d.document.invisible_representatives.then(|| view! {
            <div class="notice" role="status">
                <p>{t("pro-document-invisible-reps")}</p>
            </div>
        })}
        <dl class="identity__list">
            <dt>{t("pro-type")}</dt><dd>{d.document.type_label.clone()}</dd>
            <dt>{t("pro-date")}</dt><dd>{d.document.date.clone()}</dd>
            <dt>{t("pro-author")}</dt><dd>{d.document.author.clone()}</dd>
            <dt>{t("pro-access")}</dt><dd>{right_label(&d.document.right)}</dd>
        </dl>
        <p><a class="button" href=format!("{file}?telecharger=1") rel="external" download="">{t("pro-download")}</a></p>
        {(d.document.right == "auteur").then(|| view! {
            <AuthorActions id=d.document.id invisible_patient=d.document.invisible_patient action=author/>
        })}
        {d.text.clone().map(|text| view! { <pre class="document-text">{text}</pre> })}
        {pdf.then(|| view! {
            <iframe class="document-frame" src=file.clone() title=tr("pro-document-frame", &[("title", d.document.title.as_str().into())])></iframe>
        })}
        {image.then(|| view! { <img class="document-image" src=file.clone() alt=tr("pro-document-frame", &[("title", d.document.title.as_str().into())])/> })}
    }
}

/// What the author of a document may do: announce it, replace it, delete it.
#[component]
fn AuthorActions(
    id: i64,
    invisible_patient: bool,
    action: ServerAction<DocumentAuthorAction>,
) -> impl IntoView {
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let general = RwSignal::new(Vec::new());
    track_errors(action.value(), &[], errors, general);
    let replace_errors = RwSignal::new(Vec::<FieldError>::new());
    let replace_general = RwSignal::new(Vec::new());
    track_address_errors(
        ReplaceDocument::PATH,
        &[Field::DocumentFile],
        replace_errors,
        replace_general,
    );
    view! {
        <section class="author-actions" aria-labelledby="auteur-titre">
            <h2 id="auteur-titre">{t("pro-author-heading")}</h2>
            <GeneralErrors messages=general/>
            {invisible_patient.then(|| view! {
                <ActionForm action attr:class="inline-form">
                    <input type="hidden" name="id" value=id.to_string()/>
                    <input type="hidden" name="action" value="rendre-visible"/>
                    <button type="submit" class="button">{t("pro-author-show")}</button>
                </ActionForm>
            })}
            <form method="post" action=ReplaceDocument::url() enctype="multipart/form-data" novalidate class="replace-form">
                <ErrorSummary errors=replace_errors/>
                <GeneralErrors messages=replace_general/>
                <input type="hidden" name="id" value=id.to_string()/>
                <div class="field">
                    <label class="field__label" for="document_file">{t("pro-author-new-version")}</label>
                    <p class="field__hint">{t("pro-author-new-version-hint")}</p>
                    {field_error(replace_errors, Field::DocumentFile)}
                    <input class="field__input" type="file" id="document_file" name="file" accept=".pdf,application/pdf"/>
                </div>
                <button type="submit" class="button button--secondary">{t("pro-author-replace")}</button>
            </form>
            <ActionForm action attr:class="inline-form">
                <input type="hidden" name="id" value=id.to_string()/>
                <input type="hidden" name="action" value="supprimer"/>
                <button type="submit" class="button button--danger">{t("pro-author-delete")}</button>
            </ActionForm>
        </section>
    }
}
