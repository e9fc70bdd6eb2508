//! The catalogue of the portal's own messages: what a form or a server
//! function can say to a person, each sentence under a code.
//!
//! Errors travel between server and page as codes (with numbers where a
//! sentence has one), never as text: a page only ever shows a sentence of
//! this catalogue, whatever an address or a body claims. The domain's own
//! refusals (a NIR, a serial, a contact…) keep their sentences beside their
//! rules and are part of the catalogue through [`Msg`].

use crate::domain::access::{Refusal, SecretModeError, VisibilityError};
use crate::domain::contact::{EmailError, MobileError, PhoneError};
use crate::domain::creation_code::CreationCodeError;
use crate::domain::nir::NirError;
use crate::domain::vitale::VitaleSerialError;
use crate::i18n::{Arg, Lang};
use serde::{Deserialize, Serialize};

/// Declares [`Text`]: one variant per sentence, whose words are in
/// `locales/*/messages.ftl` under the variant's name, with its fields as
/// the message's arguments.
macro_rules! catalogue {
    ($( $(#[$doc:meta])* $name:ident $({ $($arg:ident : $ty:ty),* })?, )*) => {
        /// The portal's own sentences, by code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub enum Text {
            $( $(#[$doc])* $name $({ $($arg: $ty),* })?, )*
        }

        impl Text {
            /// Every variant's name, for the tests of the catalogue.
            pub const NAMES: &'static [&'static str] = &[$(stringify!($name)),*];

            /// The message's name in the catalogue, and its arguments.
            pub fn key(&self) -> (&'static str, Vec<(&'static str, Arg)>) {
                match *self {
                    $( Text::$name $({ $($arg),* })? =>
                        (stringify!($name), vec![$($((stringify!($arg), Arg::from($arg))),*)?]), )*
                }
            }

            pub fn text(&self) -> String {
                Msg::Text(*self).text()
            }
        }
    };
}

/// A message the portal can show: one of its own sentences, or a domain rule's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Msg {
    Text(Text),
    Nir(NirError),
    Serial(VitaleSerialError),
    CreationCode(CreationCodeError),
    Email(EmailError),
    Mobile(MobileError),
    Phone(PhoneError),
    Visibility(VisibilityError),
    SecretMode(SecretModeError),
    Access(Refusal),
}

impl Msg {
    /// The message's name in `messages.ftl`, and its arguments.
    pub fn key(&self) -> (&'static str, Vec<(&'static str, Arg)>) {
        let plain = |key| (key, Vec::new());
        let found = |key, n: usize| (key, vec![("found", Arg::from(n))]);
        match self {
            Msg::Text(t) => t.key(),
            Msg::Nir(e) => match e {
                NirError::Empty => plain("NirEmpty"),
                NirError::Length { found: n } => found("NirLength", *n),
                NirError::Characters => plain("NirCharacters"),
                NirError::Sex => plain("NirSex"),
                NirError::Month => plain("NirMonth"),
                NirError::Department => plain("NirDepartment"),
                // The expected key is never said (see the catalogue).
                NirError::Key { .. } => plain("NirKey"),
            },
            Msg::Serial(e) => match e {
                VitaleSerialError::Empty => plain("SerialEmpty"),
                VitaleSerialError::Characters => plain("SerialCharacters"),
                VitaleSerialError::Length { found: n } => found("SerialLength", *n),
            },
            Msg::CreationCode(e) => match e {
                CreationCodeError::Empty => plain("CreationCodeEmpty"),
                CreationCodeError::Length { found: n } => found("CreationCodeLength", *n),
                CreationCodeError::Ambiguous => plain("CreationCodeAmbiguous"),
                CreationCodeError::Characters => plain("CreationCodeCharacters"),
            },
            Msg::Email(e) => plain(match e {
                EmailError::Shape => "EmailShape",
                EmailError::Space => "EmailSpace",
                EmailError::TooLong => "EmailTooLong",
            }),
            Msg::Mobile(MobileError::Shape) => plain("MobileShape"),
            Msg::Phone(PhoneError::Shape) => plain("PhoneShape"),
            Msg::Visibility(e) => plain(match e {
                VisibilityError::Cumulated => "VisibilityCumulated",
                VisibilityError::NotAMinor => "VisibilityNotAMinor",
            }),
            Msg::SecretMode(e) => plain(match e {
                SecretModeError::NotAMinor => "SecretModeNotAMinor",
                SecretModeError::NotAProfessional => "SecretModeNotAProfessional",
            }),
            Msg::Access(r) => plain(match r {
                Refusal::NotFound => "RefusalNotFound",
                Refusal::Closed => "RefusalClosed",
                Refusal::NoRole => "RefusalNoRole",
                Refusal::Blocked => "RefusalBlocked",
                Refusal::NoConsent => "RefusalNoConsent",
                Refusal::Expired => "RefusalExpired",
                Refusal::NotRegulator => "RefusalNotRegulator",
                Refusal::Opposed => "RefusalOpposed",
                Refusal::Masked => "RefusalMasked",
                Refusal::Hidden => "RefusalHidden",
                Refusal::NotInMatrix => "RefusalNotInMatrix",
            }),
        }
    }

    /// The message in the page's language.
    pub fn text(&self) -> String {
        self.text_in(crate::i18n::locale().lang)
    }

    pub fn text_in(&self, lang: Lang) -> String {
        let (key, args) = self.key();
        say(lang, key, &args)
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text())
    }
}

macro_rules! into_msg {
    ($($t:ty => $v:ident),*) => {
        $(impl From<$t> for Msg {
            fn from(e: $t) -> Self {
                Msg::$v(e)
            }
        })*
    };
}
into_msg!(Text => Text, NirError => Nir, VitaleSerialError => Serial,
    CreationCodeError => CreationCode, EmailError => Email, MobileError => Mobile,
    PhoneError => Phone, VisibilityError => Visibility, SecretModeError => SecretMode,
    Refusal => Access);

/// The domain's errors read as their message (in logs and `?` chains too).
macro_rules! displayed_as_message {
    ($($t:ty),*) => {
        $(impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&Msg::from(self.clone()).text())
            }
        }
        impl std::error::Error for $t {})*
    };
}
displayed_as_message!(
    NirError,
    VitaleSerialError,
    CreationCodeError,
    EmailError,
    MobileError,
    PhoneError,
    VisibilityError,
    SecretModeError
);

/// One piece of a compiled message (see build.rs).
#[derive(Debug, PartialEq)]
pub enum Piece {
    Text(&'static str),
    Var(&'static str),
    /// On a variable: its variants, and which one is the default.
    Select(&'static str, &'static [(Key, &'static [Piece])], usize),
}

/// A variant's key: a word (a plural category, `yes`…) or a number.
#[derive(Debug, PartialEq)]
pub enum Key {
    Name(&'static str),
    Number(i64),
}

mod compiled {
    #[cfg_attr(not(feature = "ssr"), allow(unused_imports))]
    use super::{Key, Piece};
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// Where the browser fetches the messages of `lang`: a name that changes
/// with their words, so it is kept a year.
pub fn table_path(lang: Lang) -> String {
    let file = match lang {
        Lang::Fr => compiled::FR_FILE,
        Lang::En => compiled::EN_FILE,
    };
    format!("{TABLE_DIR}/{file}")
}

/// The folder of the browser's message tables.
pub const TABLE_DIR: &str = "/messages";

/// The browser's table named `file` (under [`TABLE_DIR`]), if it is one.
#[cfg(feature = "ssr")]
pub fn table_text(file: &str) -> Option<&'static str> {
    [
        (compiled::FR_FILE, compiled::FR_TEXT),
        (compiled::EN_FILE, compiled::EN_TEXT),
    ]
    .into_iter()
    .find(|(name, _)| *name == file)
    .map(|(_, text)| text)
}

/// The messages of one language, read back from the text `build.rs` wrote
/// for the browser (its marks are described there). What cannot be read
/// is left out; nothing panics.
pub fn decode(text: &'static str) -> Vec<(&'static str, &'static [Piece])> {
    text.split('\u{1e}')
        .filter_map(|entry| {
            let (key, mut rest) = entry.split_once('\u{1f}')?;
            Some((key, decode_pattern(&mut rest)))
        })
        .collect()
}

/// A pattern up to the end of its text, or of its variant.
fn decode_pattern(rest: &mut &'static str) -> &'static [Piece] {
    let is_mark = |c: char| ('\u{1}'..='\u{6}').contains(&c);
    // A name up to its end mark, which is passed.
    let name = |rest: &mut &'static str| -> &'static str {
        let (name, after) = rest.split_once('\u{2}').unwrap_or((rest, ""));
        *rest = after;
        name
    };
    let mut pieces = Vec::new();
    loop {
        let end = rest.find(is_mark).unwrap_or(rest.len());
        if end > 0 {
            pieces.push(Piece::Text(&rest[..end]));
            *rest = &rest[end..];
        }
        match rest.chars().next() {
            Some('\u{1}') => {
                *rest = &rest[1..];
                pieces.push(Piece::Var(name(rest)));
            }
            Some('\u{3}') => {
                *rest = &rest[1..];
                let on = name(rest);
                let (mut variants, mut default) = (Vec::new(), 0);
                while let Some(mark @ ('\u{4}' | '\u{6}')) = rest.chars().next() {
                    *rest = &rest[1..];
                    if mark == '\u{6}' {
                        default = variants.len();
                    }
                    let key = name(rest);
                    let key = match key.strip_prefix('#').map(str::parse) {
                        Some(Ok(n)) => Key::Number(n),
                        _ => Key::Name(key),
                    };
                    variants.push((key, decode_pattern(rest)));
                }
                *rest = rest.strip_prefix('\u{5}').unwrap_or(rest);
                if !variants.is_empty() {
                    pieces.push(Piece::Select(on, Vec::leak(variants), default));
                }
            }
            // The end of a variant (or of the text).
            _ => break,
        }
    }
    Vec::leak(pieces)
}

/// The page's language's messages, once fetched (the browser's only).
#[cfg(not(feature = "ssr"))]
static LOADED: std::sync::OnceLock<Vec<(&'static str, &'static [Piece])>> =
    std::sync::OnceLock::new();

/// Fetches the messages of the page's language; true once they are here.
#[cfg(feature = "hydrate")]
pub async fn load(lang: Lang) -> bool {
    if LOADED.get().is_some() {
        return true;
    }
    let fetch = crate::browser::window().fetch_with_str(&table_path(lang));
    let Some(text) = crate::browser::text(fetch).await else {
        return false;
    };
    LOADED.set(decode(String::leak(text))).is_ok()
}

/// The plural category of `n`, as Fluent's (CLDR) rules for whole numbers
/// say it in our languages: French puts 0 and 1 in `one`, English 1 only.
fn plural(lang: Lang, n: i64) -> &'static str {
    match (lang, n) {
        (Lang::Fr, 0 | 1) | (Lang::En, 1) => "one",
        _ => "other",
    }
}

/// Message `key` in `lang`, French standing in for a missing one (a test
/// forbids that), the key itself if no language has it.
#[cfg(feature = "ssr")]
pub fn say(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let table = |lang| match lang {
        Lang::Fr => compiled::FR,
        Lang::En => compiled::EN,
    };
    for lang in [lang, Lang::Fr] {
        if let Ok(at) = table(lang).binary_search_by(|(k, _)| (*k).cmp(key)) {
            let mut out = String::new();
            write(table(lang)[at].1, lang, args, &mut out);
            return out;
        }
    }
    key.to_string()
}

/// In the browser, the messages of the page's language only, once loaded
/// ([`load`]); the key itself before.
#[cfg(not(feature = "ssr"))]
pub fn say(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    let table = LOADED.get().map(Vec::as_slice).unwrap_or_default();
    match table.binary_search_by(|(k, _)| (*k).cmp(key)) {
        Ok(at) => {
            let mut out = String::new();
            write(table[at].1, lang, args, &mut out);
            out
        }
        Err(_) => key.to_string(),
    }
}

fn write(pieces: &[Piece], lang: Lang, args: &[(&str, Arg)], out: &mut String) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) => match arg(name) {
                Some(Arg::Text(t)) => out.push_str(t),
                Some(Arg::Number(n)) => out.push_str(&n.to_string()),
                None => out.push_str(name),
            },
            Piece::Select(name, variants, default) => {
                let chosen = variants.iter().position(|(key, _)| match (key, arg(name)) {
                    (Key::Number(k), Some(Arg::Number(n))) => k == n,
                    (Key::Name(k), Some(Arg::Number(n))) => *k == plural(lang, *n),
                    (Key::Name(k), Some(Arg::Text(t))) => k == t,
                    _ => false,
                });
                // An exact number wins over a category, as in Fluent.
                let exact = variants.iter().position(|(key, _)| {
                    matches!((key, arg(name)), (Key::Number(k), Some(Arg::Number(n))) if k == n)
                });
                let at = exact.or(chosen).unwrap_or(*default);
                write(variants[at].1, lang, args, out);
            }
        }
    }
}

catalogue! {
    // The service and the connection.
    /// Nothing was saved; said for every fault, whatever its cause.
    Unavailable,
    /// The answer never came back (browser side).
    Interrupted,
    /// The request could not be read as this form's.
    Malformed,
    ControlCharacter,
    UnreadableField,
    // Signing in.
    /// Never says whether the login exists, nor whether the account is locked.
    WrongCredentials,
    NotSignedIn,
    EnterLogin,
    EnterPassword,
    DeskPresence,
    DeskNoMatch,
    DeskConsent,
    DeskAnswerSamu,
    DeskAnswerBrisDeGlace,
    ProOpeningNoCard,
    DeskProof,
    DeskTwoRepresentatives,
    DeskCloseConfirm,
    WorkshopDate,
    WorkshopPlace,
    WorkshopAssociation,
    WorkshopTheme,
    WorkshopExpected,
    PracticeCardCode,
    PracticeCount,
    WorkshopNotToday,
    DeskChooseRepresentative,
    DeskNobodyServed,
    DeskNoRecord,
    DeskNeedsContact,
    DeskTooManySearches,
    StaffEnterLogin,
    ChooseCodeChannel,
    TooManyCodes,
    CodeSixDigits,
    CodeNoLongerValid,
    CodeExpired { minutes: i64 },
    CodeWrongTooOften { tries: i16 },
    CodeWrong { left: i16 },
    /// After a right password only; says nothing of the record.
    RepresentationEnded,
    /// After a right password only: nobody else learns that the record exists.
    ClosedSignIn,
    PasswordTooGuessable,
    // Creating a DMP.
    NoMatch,
    LockedNir { minutes: i64 },
    LockedAddress,
    AlreadyHasDmp,
    ClosedDmp,
    CreationExpired,
    /// The same answer whatever the request matched.
    CodeRequested,
    ChooseCardType,
    EmailsDiffer,
    MobilesDiffer,
    NoContact,
    ChooseRepRelation,
    RepNameEmpty { first: bool },
    RepNameTooLong { first: bool, max: usize },
    RepNameCharacters { first: bool },
    AcceptTerms,
    // Passwords.
    PasswordTooShort { min: usize, found: usize },
    PasswordPersonal,
    PasswordsDiffer,
    // Recovering the connection data, closing and reopening.
    RecoveryClosed,
    RecoveryNoDmp,
    CloseUnderstood,
    MotifTooLong { max: usize },
    PasswordToConfirm,
    CloseWrongPassword,
    ReopenConsent,
    ReopenNotClosed,
    NotReopenable,
    ReopenNoDmp,
    PatientInsShape,
    PatientIdentityMissing,
    PatientBirthName,
    PatientFirstName,
    PatientBirthDate,
    PatientSex,
    TestCardsDemoOnly,
    PinShape,
    ProSessionEnded,
    // Legal representatives.
    RepresentativesFull,
    OnlyRepresentativesInvite,
    TooManyInvitations { max: i64 },
    InvitationCodeWrong,
    /// The right code, for an invitation already answered with another password.
    InvitationAlreadyAccepted,
    InvitationVoid,
    EnterInvitationContact,
    EnterInvitationCode,
    RemovalConfirmBox,
    RemovalNotAllowed,
    SecretAgreementBox,
    ProRecordClosed,
    ProNoDmp,
    ProConsentBox,
    EmergencyReason,
    EmergencyReasonTooLong,
    DocumentNotInRecord,
    UnknownAction,
    AuthorOnlyChanges,
    BlockOnPatientRequest,
    BlockMedecinTraitantOnly,
    PinWrongLastTry,
    PinWrong { left: i16 },
    CardBlocked,
    UnknownCard,
    // Documents.
    ChooseType,
    ChooseFile,
    FileTooLarge,
    VsmByMedecinTraitant,
    NotAPdf,
    NotAPdfNewVersion,
    AuthorOnlyReplaces,
    DocumentTitleMissing,
    DocumentTitleTooLong,
    DocumentDateInvalid,
    DocumentDateFuture,
    NotDeletable,
    // The personal space.
    AllergiesTooLong { max: usize },
    HistoryTooLong { max: usize },
    OperationsTooLong { max: usize },
    FreeNoteTooLong { max: usize },
    PersonLastNameMissing,
    PersonFirstNameMissing,
    HundredCharactersAtMost,
    TooManyContacts { max: i64 },
    ChooseBloodGroup,
    AddressTooLong,
    PostalCodeMissing,
    PostalCodeShape,
    TownMissing,
    TownTooLong,
    RelationTooLong,
    PersonPhoneMissing,
    DirectivesEmpty,
    ChooseAnswer,
    // Notification settings and contact changes.
    UnknownChannel,
    ContactCodeWrong { left: i16 },
    ContactCodeEnded,
    TooManyContactCodes,
    UnknownChoice,
    HolderDocumentNotFound,
    ProfessionalNotFound,
    AnswerBothQuestions,
    NoSuchSpace,
    DocumentNotFound,
    MedecinTraitantNotBlockable,
    NotPdfOrImage,
    DirectivesTooLong { max: usize },
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::catalogue;

    #[test]
    fn a_message_travels_as_its_code_and_numbers_only() {
        let msg = Msg::from(NirError::Key { expected: 42 });
        let wire = serde_json::to_string(&msg).unwrap();
        assert!(!wire.contains("42") && !wire.contains("clé"), "{wire}");
        let back: Msg = serde_json::from_str(&wire).unwrap();
        assert!(back.text().contains("la clé"));
        let locked: Msg = serde_json::from_str(r#"{"Text":{"LockedNir":{"minutes":2}}}"#).unwrap();
        assert!(locked.text().contains("2 minutes"), "{}", locked.text());
        // A text that is not a code is not a message.
        assert!(serde_json::from_str::<Msg>(r#"{"Text":"Appelez le 08 99 00 00 00"}"#).is_err());
    }

    fn samples() -> Vec<Vec<(&'static str, Arg)>> {
        [0i64, 1, 2, 5, 42]
            .into_iter()
            .flat_map(|n| {
                [true, false].map(|b| {
                    ["minutes", "tries", "left", "found", "min", "max"]
                        .map(|name| (name, Arg::from(n)))
                        .into_iter()
                        .chain([("first", Arg::from(b))])
                        .collect()
                })
            })
            .collect()
    }

    /// The compiled tables (what the server's forms say) say exactly what
    /// Fluent itself says, for every message, language and argument.
    #[test]
    fn the_compiled_messages_say_what_fluent_says() {
        let samples = samples();
        let mut checked = 0;
        for lang in Lang::ALL {
            let table = match lang {
                Lang::Fr => compiled::FR,
                Lang::En => compiled::EN,
            };
            for (key, _) in table {
                for args in &samples {
                    assert_eq!(
                        say(lang, key, args),
                        catalogue::text(lang, key, args),
                        "{} {key}",
                        lang.code()
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 3000, "{checked}");
        assert_eq!(
            Text::CodeWrong { left: 1 }.key().1.len(),
            1,
            "arguments travel"
        );
        let en = |m: Text| Msg::Text(m).text_in(Lang::En);
        assert_eq!(
            en(Text::CodeWrong { left: 1 }),
            "Wrong code. Check the last code you received; you have 1 try left."
        );
        assert!(en(Text::RepNameEmpty { first: true }).ends_with("first name."));
    }

    /// The browser's table of each language, read back, says what the
    /// server says, for every message and argument; its address changes
    /// with its words.
    #[test]
    fn the_browsers_table_says_what_the_server_says() {
        let samples = samples();
        for (lang, text) in [(Lang::Fr, compiled::FR_TEXT), (Lang::En, compiled::EN_TEXT)] {
            let table = decode(text);
            let compiled = match lang {
                Lang::Fr => compiled::FR,
                Lang::En => compiled::EN,
            };
            let keys =
                |t: &[(&str, &[Piece])]| t.iter().map(|(k, _)| k.to_string()).collect::<Vec<_>>();
            assert_eq!(
                keys(&table),
                keys(compiled),
                "{}: the same keys, in order",
                lang.code()
            );
            for (key, pieces) in &table {
                for args in &samples {
                    let mut out = String::new();
                    write(pieces, lang, args, &mut out);
                    assert_eq!(out, say(lang, key, args), "{} {key}", lang.code());
                }
            }
            let path = table_path(lang);
            let file = path.strip_prefix("/messages/").unwrap();
            assert_eq!(table_text(file), Some(text));
            assert!(file.starts_with(lang.code()) && file.len() > 20, "{file}");
        }
        assert_ne!(table_path(Lang::Fr), table_path(Lang::En));
        assert_eq!(table_text("fr.txt"), None);
        // Whatever arrives, reading it never panics.
        for junk in [
            "",
            "\u{1f}",
            "a\u{1f}\u{3}",
            "a\u{1f}\u{3}n\u{2}\u{4}",
            "a\u{1f}\u{1}x",
            "\u{1e}\u{1e}",
        ] {
            let _ = decode(junk);
        }
    }

    /// Every sentence of the code has its words, and every message of the
    /// catalogue is one the code can say.
    #[test]
    fn every_message_is_in_the_catalogue_and_every_entry_is_used() {
        let file = |lang: Lang| {
            catalogue::files(lang)
                .iter()
                .find(|(name, _)| *name == "messages")
                .unwrap()
                .1
        };
        let names: std::collections::BTreeSet<String> = file(Lang::Fr)
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.to_string()))
            .filter(|k| k.chars().all(|c| c.is_ascii_alphanumeric()))
            .collect();
        for name in Text::NAMES {
            assert!(names.contains(*name), "{name} has no words");
        }
        let source = include_str!("messages.rs");
        for name in &names {
            assert!(
                Text::NAMES.contains(&name.as_str()) || source.contains(&format!("\"{name}\"")),
                "{name} is never said"
            );
        }
        assert_eq!(compiled::FR.len(), names.len());
        assert_eq!(compiled::EN.len(), names.len());
        assert!(file(Lang::En).contains("WrongCredentials = Wrong identifier or password."));
    }
}
