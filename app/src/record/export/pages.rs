//! The page that tells what the archive holds and offers it.

use super::*;
use crate::i18n::{t, tr};
use crate::record::{when_signed_in, RecordNav};
use leptos_meta::Title;

#[component]
pub fn ExportPageView() -> impl IntoView {
    let data = Resource::new(|| (), |_| load_export_page());
    view! {
        <Title text=t("personal-export-title")/>
        <section class="container record">
            <RecordNav/>
            <h1>{t("personal-export-title")}</h1>
            {when_signed_in(data, move |p| view! { <Contents p/> }.into_any())}
        </section>
    }
}

#[component]
fn Contents(p: ExportPage) -> impl IntoView {
    let documents = tr("personal-export-documents", &[("n", p.documents.into())]);
    view! {
        <p>{t("personal-export-intro")}</p>
        <ul>
            <li>{tr("personal-export-documents-item", &[("documents", documents.into())])}</li>
            <li>{t("personal-export-summary-item")}</li>
            <li>{t("personal-export-history-item")}</li>
        </ul>
        <div class="notice" role="note">
            <p>{t("personal-export-warning")}</p>
        </div>
        {if p.kiosk {
            view! {
                <p class="notice notice--warning">{t("personal-export-kiosk")}</p>
            }.into_any()
        } else {
            view! {
                <p>
                    // `rel="external"`: a file, not a page of the site's router.
                    <a class="button" href=ZIP_PATH rel="external" download="">{t("personal-export-download")}</a>
                </p>
            }.into_any()
        }}
    }
}
