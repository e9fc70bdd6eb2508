//! The Conditions Générales d'Utilisation (CGU), accepted at step 2 of the
//! creation. One text, shown as a page and printed as a PDF, so the two can
//! never disagree. Plain words first; the legal references follow. The
//! words are in the catalogue (`terms-…`): the French text binds, the
//! English one is a translation that says so.

use leptos::prelude::*;
use leptos_meta::Title;

/// Recorded with each consent; the page and the PDF show it as
/// `terms-version`, the same words in French (a test checks).
pub const VERSION: &str = "version 1.0 du 22 novembre 2026";

/// A section of the terms: catalogue keys (`terms.ftl`), drawn in the
/// reader's language; the French text is the one that binds.
pub struct Section {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
}

pub const SECTIONS: &[Section] = &[
    Section {
        title: "terms-s1-title",
        paragraphs: &["terms-s1-p1", "terms-s1-p2", "terms-s1-p3"],
    },
    Section {
        title: "terms-s2-title",
        paragraphs: &["terms-s2-p1", "terms-s2-p2"],
    },
    Section {
        title: "terms-s3-title",
        paragraphs: &["terms-s3-p1", "terms-s3-p2", "terms-s3-p3"],
    },
    Section {
        title: "terms-s4-title",
        paragraphs: &["terms-s4-p1", "terms-s4-p2"],
    },
    Section {
        title: "terms-s5-title",
        paragraphs: &["terms-s5-p1", "terms-s5-p2", "terms-s5-p3"],
    },
    Section {
        title: "terms-s6-title",
        paragraphs: &["terms-s6-p1", "terms-s6-p2", "terms-s6-p3"],
    },
    Section {
        title: "terms-s7-title",
        paragraphs: &["terms-s7-p1", "terms-s7-p2"],
    },
    Section {
        title: "terms-s8-title",
        paragraphs: &["terms-s8-p1"],
    },
];

/// The terms as a PDF in `lang` (French where nobody asked).
#[cfg(feature = "ssr")]
pub fn pdf(lang: crate::i18n::Lang) -> Vec<u8> {
    use crate::i18n::{text_in, Lang};
    use crate::pdf::{render_in, Block};
    let t = |key: &str| text_in(lang, key, &[]);
    let mut blocks = vec![Block::Title(t("terms-title"))];
    if lang != Lang::Fr {
        blocks.push(Block::Paragraph(t("terms-english-note")));
    }
    blocks.push(Block::Paragraph(t("terms-version")));
    for section in SECTIONS {
        blocks.push(Block::Heading(t(section.title)));
        blocks.extend(section.paragraphs.iter().map(|p| Block::Paragraph(t(p))));
    }
    render_in(lang.code(), &t("terms-title"), &blocks)
}

pub use crate::paths::TERMS_PDF_PATH as PDF_PATH;

#[component]
pub fn TermsPage() -> impl IntoView {
    use crate::i18n::{locale, t, Lang};
    let translated = locale().lang != Lang::Fr;
    view! {
        <Title text=t("terms-page-title")/>
        <article class="container terms">
            <h1>{t("terms-title")}</h1>
            {translated.then(|| view! { <p class="terms__note">{t("terms-english-note")}</p> })}
            <p class="terms__version">{t("terms-version")}</p>
            <p>
                // A plain link: the PDF is a file, not a page of the site.
                <a href=PDF_PATH rel="external" download="conditions-generales-dmp.pdf">
                    {t("terms-pdf-link")}
                </a>
            </p>
            {SECTIONS
                .iter()
                .map(|s| {
                    view! {
                        <section>
                            <h2>{t(s.title)}</h2>
                            {s.paragraphs.iter().map(|p| view! { <p>{t(p)}</p> }).collect_view()}
                        </section>
                    }
                })
                .collect_view()}
        </article>
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::{text_in, Lang};

    #[test]
    fn the_version_shown_in_french_is_the_one_recorded() {
        assert_eq!(text_in(Lang::Fr, "terms-version", &[]), VERSION);
    }

    #[test]
    fn the_pdf_is_in_the_language_asked() {
        for (lang, title, absent) in [
            (Lang::Fr, "1. À quoi sert le DMP", "What the DMP is for"),
            (Lang::En, "1. What the DMP is for", "À quoi sert"),
        ] {
            let bytes = pdf(lang);
            let doc = lopdf::Document::load_mem(&bytes).unwrap();
            let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
            let text = doc.extract_text(&pages).unwrap();
            assert!(text.contains(title), "{title} missing from {text}");
            assert!(!text.contains(absent), "{text}");
            let code = doc.catalog().unwrap().get(b"Lang").unwrap();
            assert_eq!(code.as_str().unwrap(), lang.code().as_bytes());
        }
    }
}
