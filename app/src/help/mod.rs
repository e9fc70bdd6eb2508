//! `/aide` (issue 16): help pages for a workshop and for home, from the
//! associations' list of questions, each with a picture of the real page
//! (`./scripts/screenshots` takes them from a running portal, so they stay
//! current) and all of them on one printable page.

use leptos::prelude::*;

pub mod pages;

/// A piece of a help page: the keys of its words in the catalogue
/// (`app/locales/*/help.ftl`).
pub enum Part {
    Paragraph(&'static str),
    Heading(&'static str),
    Steps(&'static [&'static str]),
    List(&'static [&'static str]),
}

pub struct Topic {
    pub slug: &'static str,
    /// Its keys' stem: `help-{id}-title`, `-summary`, `-alt` (the picture's text).
    pub id: &'static str,
    pub parts: &'static [Part],
    /// The same, easy to read (FALC).
    pub easy: &'static [Part],
    /// The picture of the real page, under `public/images/aide/`.
    pub picture: &'static str,
}

impl Topic {
    pub fn path(&self) -> String {
        format!("{}/{}", crate::paths::HELP_PATH, self.slug)
    }

    pub fn picture_path(&self) -> String {
        format!("/images/aide/{}", self.picture)
    }

    pub fn key(&self, what: &str) -> String {
        format!("help-{}-{what}", self.id)
    }

    pub fn title(&self) -> String {
        t(&self.key("title"))
    }

    pub fn summary(&self) -> String {
        t(&self.key("summary"))
    }

    pub fn alt(&self) -> String {
        t(&self.key("alt"))
    }

    /// The parts for this reader: the easy ones in easy-to-read mode.
    pub fn parts_for_reader(&self) -> &'static [Part] {
        if crate::i18n::locale().easy {
            self.easy
        } else {
            self.parts
        }
    }
}

use crate::i18n::t;
use Part::*;

pub const TOPICS: &[Topic] = &[
    Topic {
        slug: "le-dmp",
        id: "dmp",
        parts: &[
            Paragraph("help-dmp-1"),
            Paragraph("help-dmp-2"),
            Heading("help-dmp-3"),
            List(&["help-dmp-4", "help-dmp-5", "help-dmp-6", "help-dmp-7"]),
            Paragraph("help-dmp-8"),
        ],
        easy: &[
            Paragraph("help-dmp-easy-1"),
            Paragraph("help-dmp-easy-2"),
            Paragraph("help-dmp-easy-3"),
            Paragraph("help-dmp-easy-4"),
            Paragraph("help-dmp-easy-5"),
            Heading("help-dmp-easy-6"),
            List(&[
                "help-dmp-easy-7",
                "help-dmp-easy-8",
                "help-dmp-easy-9",
                "help-dmp-easy-10",
            ]),
            Paragraph("help-dmp-easy-11"),
        ],
        picture: "le-dmp.jpg",
    },
    Topic {
        slug: "ce-qu-il-faut",
        id: "bring",
        parts: &[
            List(&[
                "help-bring-1",
                "help-bring-2",
                "help-bring-3",
                "help-bring-4",
            ]),
            Paragraph("help-bring-5"),
        ],
        easy: &[
            Paragraph("help-bring-easy-1"),
            List(&[
                "help-bring-easy-2",
                "help-bring-easy-3",
                "help-bring-easy-4",
            ]),
            Paragraph("help-bring-easy-5"),
            Paragraph("help-bring-easy-6"),
        ],
        picture: "ce-qu-il-faut.jpg",
    },
    Topic {
        slug: "ouvrir",
        id: "open",
        parts: &[
            Steps(&["help-open-1", "help-open-2", "help-open-3", "help-open-4"]),
            Paragraph("help-open-5"),
        ],
        easy: &[
            Steps(&[
                "help-open-easy-1",
                "help-open-easy-2",
                "help-open-easy-3",
                "help-open-easy-4",
            ]),
            Paragraph("help-open-easy-5"),
        ],
        picture: "ouvrir.jpg",
    },
    Topic {
        slug: "consulter",
        id: "consult",
        parts: &[
            Steps(&[
                "help-consult-1",
                "help-consult-2",
                "help-consult-3",
                "help-consult-4",
            ]),
            Paragraph("help-consult-5"),
            Paragraph("help-consult-6"),
        ],
        easy: &[
            Steps(&[
                "help-consult-easy-1",
                "help-consult-easy-2",
                "help-consult-easy-3",
                "help-consult-easy-4",
            ]),
            Paragraph("help-consult-easy-5"),
        ],
        picture: "consulter.jpg",
    },
    Topic {
        slug: "autoriser",
        id: "authorise",
        parts: &[Paragraph("help-authorise-1"), Paragraph("help-authorise-2")],
        easy: &[
            Paragraph("help-authorise-easy-1"),
            Paragraph("help-authorise-easy-2"),
            Paragraph("help-authorise-easy-3"),
            Paragraph("help-authorise-easy-4"),
        ],
        picture: "autoriser.jpg",
    },
    Topic {
        slug: "masquer",
        id: "mask",
        parts: &[
            Steps(&["help-mask-1", "help-mask-2", "help-mask-3"]),
            Paragraph("help-mask-4"),
        ],
        easy: &[
            Paragraph("help-mask-easy-1"),
            Steps(&["help-mask-easy-2", "help-mask-easy-3"]),
            Paragraph("help-mask-easy-4"),
            Paragraph("help-mask-easy-5"),
        ],
        picture: "masquer.jpg",
    },
    Topic {
        slug: "ce-que-deposent-les-professionnels",
        id: "feed",
        parts: &[
            List(&[
                "help-feed-1",
                "help-feed-2",
                "help-feed-3",
                "help-feed-4",
                "help-feed-5",
            ]),
            Paragraph("help-feed-6"),
        ],
        easy: &[
            Paragraph("help-feed-easy-1"),
            List(&[
                "help-feed-easy-2",
                "help-feed-easy-3",
                "help-feed-easy-4",
                "help-feed-easy-5",
                "help-feed-easy-6",
            ]),
            Paragraph("help-feed-easy-7"),
        ],
        picture: "ce-que-deposent-les-professionnels.jpg",
    },
    Topic {
        slug: "mineurs",
        id: "minors",
        parts: &[
            Paragraph("help-minors-1"),
            Paragraph("help-minors-2"),
            Paragraph("help-minors-3"),
        ],
        easy: &[
            Paragraph("help-minors-easy-1"),
            Paragraph("help-minors-easy-2"),
            Paragraph("help-minors-easy-3"),
            Paragraph("help-minors-easy-4"),
        ],
        picture: "mineurs.jpg",
    },
    Topic {
        slug: "urgences",
        id: "emergency",
        parts: &[
            List(&["help-emergency-1", "help-emergency-2"]),
            Paragraph("help-emergency-3"),
        ],
        easy: &[
            Paragraph("help-emergency-easy-1"),
            Paragraph("help-emergency-easy-2"),
            Paragraph("help-emergency-easy-3"),
            Paragraph("help-emergency-easy-4"),
        ],
        picture: "urgences.jpg",
    },
];

/// Renders a topic's parts.
pub fn parts_view(parts: &'static [Part]) -> impl IntoView {
    parts
        .iter()
        .map(|p| match p {
            Part::Paragraph(k) => view! { <p>{t(k)}</p> }.into_any(),
            Part::Heading(k) => view! { <h3>{t(k)}</h3> }.into_any(),
            Part::Steps(items) => view! {
                <ol class="help__steps">{items.iter().map(|k| view! { <li>{t(k)}</li> }).collect_view()}</ol>
            }
            .into_any(),
            Part::List(items) => view! {
                <ul>{items.iter().map(|k| view! { <li>{t(k)}</li> }).collect_view()}</ul>
            }
            .into_any(),
        })
        .collect_view()
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::{catalogue, Lang};

    #[test]
    fn every_topic_has_its_words_in_every_language() {
        for lang in Lang::ALL {
            let keys = catalogue::keys(lang);
            for topic in TOPICS {
                for what in ["title", "summary", "alt"] {
                    assert!(
                        keys.contains(&topic.key(what)),
                        "{} {}",
                        lang.code(),
                        topic.key(what)
                    );
                }
                assert!(
                    !topic.parts.is_empty() && !topic.easy.is_empty(),
                    "{}",
                    topic.slug
                );
            }
        }
    }
}
