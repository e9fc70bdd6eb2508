//! The message catalogue: the site's words in French (the default) and
//! English, each also in an easy-to-read version (« Facile à lire et à
//! comprendre », FALC; « Easy read ») for the pages people most need. One
//! Fluent file per feature and language in `app/locales`, compiled into the
//! server; a test keeps the languages' keys identical. The reader's choice
//! comes from the `dmp_langue` and `dmp_facile` cookies (set by the
//! switches in the header, without JavaScript), else `Accept-Language`.
//! More languages are one more folder and one more `Lang`.

use leptos::prelude::*;

pub const LANG_COOKIE: &str = "dmp_langue";
pub const EASY_COOKIE: &str = "dmp_facile";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The BCP 47 tag, for `lang` attributes and the cookie.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// How this reader reads the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locale {
    pub lang: Lang,
    /// The easy-to-read version, where a page has one.
    pub easy: bool,
}

impl Default for Locale {
    fn default() -> Self {
        Locale {
            lang: Lang::Fr,
            easy: false,
        }
    }
}

/// The language asked by `Accept-Language` among ours (highest weight
/// first, the first listed among equals); French when none is ours.
pub fn negotiate(accept_language: &str) -> Lang {
    let mut best: Option<(f32, Lang)> = None;
    for part in accept_language.split(',').take(20) {
        let mut pieces = part.trim().split(';');
        let tag = pieces.next().unwrap_or_default().trim();
        let weight = pieces
            .find_map(|p| p.trim().strip_prefix("q="))
            .and_then(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        let primary = tag
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if let Some(lang) = Lang::from_code(&primary) {
            if weight > 0.0 && best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, lang));
            }
        }
    }
    best.map_or(Lang::Fr, |(_, lang)| lang)
}

/// The request's locale (cookies first, then `Accept-Language`).
#[cfg(feature = "ssr")]
pub fn of_request(headers: &axum::http::HeaderMap) -> Locale {
    let lang = crate::http::cookie_value(headers, LANG_COOKIE)
        .and_then(Lang::from_code)
        .unwrap_or_else(|| {
            negotiate(
                headers
                    .get(axum::http::header::ACCEPT_LANGUAGE)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or_default(),
            )
        });
    Locale {
        lang,
        easy: crate::http::cookie_value(headers, EASY_COOKIE) == Some("oui"),
    }
}

/// The locale of the page being rendered.
pub fn locale() -> Locale {
    if let Some(locale) = use_context::<Locale>() {
        return locale;
    }
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>() {
        return of_request(&parts.headers);
    }
    // In the browser: the language the server drew the page in.
    #[cfg(feature = "hydrate")]
    if let Some(lang) = leptos::prelude::document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
    {
        return Locale { lang, easy: false };
    }
    Locale::default()
}

/// The text of `key` in the page's language.
pub fn t(key: &str) -> String {
    tr(key, &[])
}

/// The text of `key` with its arguments (`{ $name }` in the catalogue).
pub fn tr(key: &str, args: &[(&str, Arg)]) -> String {
    #[cfg(feature = "ssr")]
    {
        catalogue::text(locale().lang, key, args)
    }
    #[cfg(not(feature = "ssr"))]
    {
        // The pages are drawn by the server; the browser never asks.
        let _ = args;
        key.to_string()
    }
}

/// The text of `key` in `lang`, away from any page (a PDF, a message
/// made for someone else).
#[cfg(feature = "ssr")]
pub fn text_in(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    catalogue::text(lang, key, args)
}

/// The easy-to-read version of `key` (the catalogue's `key-easy`) for a
/// reader who asked for it, where the page has one; else `key`'s text.
pub fn te(key: &str) -> String {
    tre(key, &[])
}

/// [`te`] with arguments.
pub fn tre(key: &str, args: &[(&str, Arg)]) -> String {
    #[cfg(feature = "ssr")]
    {
        let locale = locale();
        let easy = format!("{key}-easy");
        if locale.easy && catalogue::has(locale.lang, &easy) {
            return catalogue::text(locale.lang, &easy, args);
        }
    }
    tr(key, args)
}

/// A text only easy reading has (an extra hint, `…-easy`): `None` for
/// the usual reading.
pub fn easy(key: &str) -> Option<String> {
    locale().easy.then(|| t(key))
}

/// An argument of a message.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}

impl From<i16> for Arg {
    fn from(n: i16) -> Arg {
        Arg::Number(n.into())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// A yes-or-no, for a message's select (`[yes]` / `[no]`).
impl From<bool> for Arg {
    fn from(b: bool) -> Arg {
        Arg::Text(if b { "yes" } else { "no" }.to_string())
    }
}

#[cfg(feature = "ssr")]
pub mod catalogue {
    use super::{Arg, Lang};
    use fluent_bundle::concurrent::FluentBundle;
    use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
    use std::sync::LazyLock;

    /// Every file of the catalogue, per language: (name, text).
    macro_rules! files {
        ($lang:literal: $($name:literal),+) => {
            &[$(($name, include_str!(concat!("../locales/", $lang, "/", $name, ".ftl")))),+]
        };
    }
    pub const FR: &[(&str, &str)] = files!("fr": "layout", "forms", "home", "help", "creation", "account", "messages", "mail", "record", "personal", "controls", "pro", "opening", "staff", "workshop", "terms");
    pub const EN: &[(&str, &str)] = files!("en": "layout", "forms", "home", "help", "creation", "account", "messages", "mail", "record", "personal", "controls", "pro", "opening", "staff", "workshop", "terms");

    pub fn files(lang: Lang) -> &'static [(&'static str, &'static str)] {
        match lang {
            Lang::Fr => FR,
            Lang::En => EN,
        }
    }

    fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // No invisible isolation marks around arguments in the HTML.
        bundle.set_use_isolating(false);
        for (name, text) in files(lang) {
            let resource = FluentResource::try_new(text.to_string())
                .unwrap_or_else(|(_, e)| panic!("{}/{name}.ftl: {e:?}", lang.code()));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|e| panic!("{}/{name}.ftl: {e:?}", lang.code()));
        }
        bundle
    }

    static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
        LazyLock::new(|| [bundle(Lang::Fr), bundle(Lang::En)]);

    pub fn text(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(s) => fluent_args.set(*name, FluentValue::from(s.clone())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        // French stands in for a missing translation (the tests forbid one).
        for bundle in [&BUNDLES[lang as usize], &BUNDLES[Lang::Fr as usize]] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                return text.into_owned();
            }
        }
        tracing::error!(key, "message missing from the catalogue");
        key.to_string()
    }

    pub fn has(lang: Lang, key: &str) -> bool {
        BUNDLES[lang as usize].has_message(key)
    }

    /// The message keys of a language's files.
    pub fn keys(lang: Lang) -> std::collections::BTreeSet<String> {
        files(lang)
            .iter()
            .flat_map(|(_, text)| {
                let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                resource
                    .entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn every_key_exists_in_every_language_and_every_file_parses() {
        let french = catalogue::keys(Lang::Fr);
        assert!(french.len() > 10);
        for lang in Lang::ALL {
            for (name, text) in catalogue::files(lang) {
                if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(text.to_string()) {
                    panic!("{}/{name}.ftl: {errors:?}", lang.code());
                }
            }
            let keys = catalogue::keys(lang);
            let missing: Vec<_> = french.difference(&keys).collect();
            let extra: Vec<_> = keys.difference(&french).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, not in French {extra:?}",
                lang.code()
            );
        }
    }

    #[test]
    fn every_key_the_code_asks_for_is_in_the_catalogue() {
        let known = catalogue::keys(Lang::Fr);
        let mut asked = Vec::new();
        let mut dirs = vec![std::path::PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/src"
        ))];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let source = std::fs::read_to_string(&path).unwrap();
                    // Keys written out of a call too (lists of keys): any
                    // literal that starts with a catalogue file's name.
                    for (file, _) in catalogue::FR {
                        let start = format!("\"{file}-");
                        for (at, _) in source.match_indices(&start) {
                            let key = source[at + 1..].split('"').next().unwrap_or_default();
                            if key
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                            {
                                asked.push((path.display().to_string(), key.to_string()));
                            }
                        }
                    }
                    for call in ["t(\"", "tr(\"", "te(\"", "tre(\"", "easy(\""] {
                        for (at, _) in source.match_indices(call) {
                            // A call of ours, not `get("…")` or `format!("…")`.
                            let before = source[..at].chars().last().unwrap_or(' ');
                            if before.is_alphanumeric() || before == '_' {
                                continue;
                            }
                            let key = source[at + call.len()..]
                                .split('"')
                                .next()
                                .unwrap_or_default();
                            asked.push((path.display().to_string(), key.to_string()));
                        }
                    }
                }
            }
        }
        assert!(!asked.is_empty());
        // Literals that look like keys and are not (a hash's context).
        const NOT_KEYS: &[&str] = &[
            "creation-session",
            "personal-section",
            "workshop-device",
            "staff-sign-in",
            "staff-session",
            "terms-inline",
        ];
        let unknown: Vec<_> = asked
            .iter()
            .filter(|(_, k)| !known.contains(k) && !NOT_KEYS.contains(&k.as_str()))
            .collect();
        assert!(unknown.is_empty(), "{unknown:?}");
    }

    #[test]
    fn the_language_follows_accept_language_and_french_comes_first() {
        assert_eq!(negotiate(""), Lang::Fr);
        assert_eq!(negotiate("en-GB,en;q=0.9"), Lang::En);
        assert_eq!(negotiate("de-DE,en;q=0.5,fr;q=0.8"), Lang::Fr);
        assert_eq!(negotiate("es, en;q=0.1"), Lang::En);
        assert_eq!(negotiate("en;q=0, *"), Lang::Fr);
        assert_eq!(negotiate("EN-us"), Lang::En);
    }

    #[test]
    fn a_message_takes_its_arguments_without_invisible_marks() {
        assert_eq!(
            catalogue::text(Lang::Fr, "layout-skip", &[]),
            "Aller au contenu"
        );
        assert_eq!(
            catalogue::text(Lang::En, "layout-skip", &[]),
            "Skip to content"
        );
    }
}
