//! A space's list of documents, and one document's page.

use super::*;
use crate::i18n::{t, tr};

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
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(p)) => view! { <Space p/> }.into_any(),
                        Ok(None) => view! { <h1>{t("record-my-dmp")}</h1><SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <Title text=t("record-page-not-found")/>
                            <h1>{t("record-page-not-found")}</h1>
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
    use crate::record::controls::pages::{mask_action, MaskButton};
    let (mask, mask_errors) = mask_action();
    view! {
        <crate::forms::ui::GeneralErrors messages=mask_errors/>
        <div class="table-scroll">
            <table class="documents stack">
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("record-col-date")}</th>
                        <th scope="col">{t("record-col-document")}</th>
                        <th scope="col">{t("record-col-type")}</th>
                        <th scope="col">{t("record-col-author")}</th>
                        <th scope="col">{t("record-col-professionals")}</th>
                    </tr>
                </thead>
                <tbody>
                    {documents.into_iter().map(|d| { let title = d.title.clone(); view! {
                        <tr class:documents__patient=d.by_patient>
                            <td data-label=t("record-col-date")>{d.date}</td>
                            <td data-label=t("record-col-document")>
                                <A href=document_path(d.id)>{d.title}</A>
                                {d.by_patient.then(|| view! { <span class="badge">{t("record-by-you")}</span> })}
                            </td>
                            <td data-label=t("record-col-type")>{d.type_label}</td>
                            <td data-label=t("record-col-author")>{d.author}</td>
                            <td data-label=t("record-col-professionals")>
                                {d.masked.then(|| view! { <span class="badge badge--alert">{t("record-masked")}</span> })}
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
    let title = crate::deposit::space_title(&p.slug);
    let caption = tr(
        "record-space-caption",
        &[("title", title.clone().into()), ("n", p.total.into())],
    );
    view! {
        <Title text=title.clone()/>
        <h1>{title}</h1>
        <crate::record::controls::pages::ReceiptNotice/>
        {match p.slug.as_str() {
            "personnel" => Some(view! {
                <p class="notice">
                    {t("record-space-personal-notice")}
                    " "
                    <A href=crate::record::personal::PATH>{t("record-space-personal-link")}</A>"."
                </p>
            }.into_any()),
            "directives" => Some(view! {
                <p class="notice">
                    <A href=crate::record::personal::subject_path("directives-anticipees")>{t("record-space-directives-write")}</A>
                    " "{t("record-space-directives-or")}" "<A href=crate::record::upload::PATH>{t("record-space-directives-upload")}</A>"."
                </p>
            }.into_any()),
            _ => None,
        }}
        <crate::record::PeriodForm action=path.clone() from=p.from.clone() to=p.to.clone() error=None/>
        <p role="status">{match p.total {
            0 => t("record-space-empty"),
            n => tr("record-space-count", &[("n", n.into())]),
        }}</p>
        {(p.total > 0).then(|| view! { <DocumentTable documents=p.documents.clone() caption/> })}
        {(p.pages > 1).then(|| view! {
            <nav class="pagination" aria-label=t("record-pages")>
                {(p.page > 1).then(|| view! { <A href=link(p.page - 1)>{t("record-page-previous")}</A> })}
                <span>{tr("record-page-of", &[("page", p.page.into()), ("pages", p.pages.into())])}</span>
                {(p.page < p.pages).then(|| view! { <A href=link(p.page + 1)>{t("record-page-next")}</A> })}
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
            <Suspense fallback=|| view! { <p>{crate::i18n::t("forms-loading")}</p> }>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(Some(d)) => view! { <Document d/> }.into_any(),
                        Ok(None) => view! { <h1>{t("record-my-dmp")}</h1><SignInFirst/> }.into_any(),
                        Err(e) => view! {
                            <Title text=t("record-document-not-found")/>
                            <h1>{t("record-document-not-found")}</h1>
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
        <Title text=d.row.title.clone()/>
        <p><A href=space_path(&d.space_slug)>{format!("← {}", crate::deposit::space_title(&d.space_slug))}</A></p>
        <h1>{d.row.title.clone()}</h1>
        <dl class="identity__list">
            <dt>{t("record-col-date")}</dt><dd>{d.row.date.clone()}</dd>
            <dt>{t("record-col-type")}</dt><dd>{d.row.type_label.clone()}</dd>
            <dt>{t("record-col-author")}</dt><dd>{d.row.author.clone()}</dd>
        </dl>
        <p>
            // `rel="external"`: a file, not a page of the site's router.
            <a class="button" href=format!("{file}?telecharger=1") rel="external" download="">{t("record-download")}</a>
        </p>
        <crate::record::controls::pages::ReceiptNotice/>
        <crate::record::controls::pages::MaskingExplained masked=d.row.masked/>
        {
            let (mask, mask_errors) = crate::record::controls::pages::mask_action();
            view! {
                <crate::forms::ui::GeneralErrors messages=mask_errors/>
                <crate::record::controls::pages::MaskButton action=mask id=d.row.id masked=d.row.masked/>
            }
        }
        {d.row.by_patient.then(|| view! { <DeleteForm id=d.row.id/> })}
        {d.text.clone().map(|t| view! { <pre class="document-text">{t}</pre> })}
        {pdf.then(|| view! {
            <iframe class="document-frame" src=file.clone() title=tr("record-document-frame", &[("title", d.row.title.clone().into())])></iframe>
            <p><a href=file.clone() rel="external">{t("record-open-pdf")}</a></p>
        })}
        {image.then(|| view! { <img class="document-image" src=file.clone() alt=tr("record-document-frame", &[("title", d.row.title.clone().into())])/> })}
    }
}

/// « Supprimer ce document », for what the patient deposited.
#[component]
fn DeleteForm(id: i64) -> impl IntoView {
    let action = ServerAction::<crate::record::upload::DeleteDocument>::new();
    let errors = RwSignal::new(Vec::new());
    let general = RwSignal::new(Vec::new());
    crate::forms::ui::track_errors(action.value(), &[], errors, general);
    view! {
        <ActionForm action attr:class="delete-document">
            <input type="hidden" name="id" value=id.to_string()/>
            <crate::forms::ui::GeneralErrors messages=general/>
            <button type="submit" class="button button--secondary">{t("record-delete-document")}</button>
        </ActionForm>
    }
}
