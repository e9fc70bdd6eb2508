//! People a form names besides the person filling it: a minor's legal
//! representative (relation, names), and the contacts typed twice. The same
//! rules in the browser and on the server, for creation and for the second
//! representative.

use crate::domain::contact::{Email, Mobile};
use crate::forms::fields::Field;
use crate::messages::{Msg, Text};

/// Legal representatives' relation to the minor (HL7 RoleCode, domain.md §4.2).
pub const RELATIONS: [(&str, &str); 13] = [
    ("MTH", "forms-relation-mother"),
    ("FTH", "forms-relation-father"),
    ("STPMTH", "forms-relation-stepmother"),
    ("STPFTH", "forms-relation-stepfather"),
    ("GRMTH", "forms-relation-grandmother"),
    ("GRFTH", "forms-relation-grandfather"),
    ("GGRMTH", "forms-relation-great-grandmother"),
    ("GGRFTH", "forms-relation-great-grandfather"),
    ("AUNT", "forms-relation-aunt"),
    ("UNCLE", "forms-relation-uncle"),
    ("SIS", "forms-relation-sister"),
    ("BRO", "forms-relation-brother"),
    ("RESPRSN", "forms-relation-other"),
];

fn relation_key(code: &str) -> &'static str {
    RELATIONS
        .iter()
        .find(|(c, _)| *c == code)
        .map_or("forms-relation-any", |(_, key)| *key)
}

/// A relation as the pages say it.
pub fn relation_label(code: &str) -> String {
    crate::i18n::t(relation_key(code))
}

/// A relation in French, for the access trace (the same words whoever
/// wrote it, whatever language they read).
#[cfg(feature = "ssr")]
pub fn relation_for_trace(code: &str) -> String {
    crate::i18n::text_in(crate::i18n::Lang::Fr, relation_key(code), &[])
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Representative {
    pub relation: &'static str,
    pub birth_name: String,
    pub first_names: String,
}

const NAME_MAX: usize = 80;

pub fn name_error(value: &str, first: bool) -> Option<Text> {
    let v = value.trim();
    if v.is_empty() {
        Some(Text::RepNameEmpty { first })
    } else if v.chars().count() > NAME_MAX {
        Some(Text::RepNameTooLong {
            first,
            max: NAME_MAX,
        })
    } else if !v
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'))
    {
        Some(Text::RepNameCharacters { first })
    } else {
        None
    }
}

/// The representative's relation and names, each error pushed.
pub fn representative(
    relation: &str,
    birth_name: &str,
    first_names: &str,
    push: &mut impl FnMut(Field, Msg),
) -> Option<Representative> {
    let relation = RELATIONS
        .iter()
        .find(|(code, _)| *code == relation)
        .map(|(code, _)| *code);
    if relation.is_none() {
        push(Field::RepRelation, Text::ChooseRepRelation.into());
    }
    let birth_error = name_error(birth_name, false);
    let first_error = name_error(first_names, true);
    let ok = birth_error.is_none() && first_error.is_none();
    if let Some(m) = birth_error {
        push(Field::RepBirthName, m.into());
    }
    if let Some(m) = first_error {
        push(Field::RepFirstNames, m.into());
    }
    relation.filter(|_| ok).map(|relation| Representative {
        relation,
        birth_name: birth_name.trim().to_uppercase(),
        first_names: first_names.trim().to_string(),
    })
}

/// An e-mail address and a mobile number, each typed twice, at least one.
#[allow(clippy::result_unit_err)]
pub fn contacts(
    email: [&str; 2],
    mobile: [&str; 2],
    push: &mut impl FnMut(Field, Msg),
) -> Result<(Option<Email>, Option<Mobile>), ()> {
    let given = optional_contacts(email, mobile, push)?;
    if given == (None, None) {
        push(Field::Email, Text::NoContact.into());
        return Err(());
    }
    Ok(given)
}

/// The same where neither channel is required (a person served at a desk
/// may have none): each one given is still typed twice and checked.
#[allow(clippy::result_unit_err)]
pub fn optional_contacts(
    [email, email_confirm]: [&str; 2],
    [mobile, mobile_confirm]: [&str; 2],
    push: &mut impl FnMut(Field, Msg),
) -> Result<(Option<Email>, Option<Mobile>), ()> {
    let email = channel(
        email,
        email_confirm,
        Email::parse,
        Text::EmailsDiffer,
        (Field::Email, Field::EmailConfirm),
        push,
    );
    let mobile = channel(
        mobile,
        mobile_confirm,
        Mobile::parse,
        Text::MobilesDiffer,
        (Field::Mobile, Field::MobileConfirm),
        push,
    );
    Ok((email?, mobile?))
}

/// One optional channel typed twice: `Ok(None)` when both fields are empty.
fn channel<T: PartialEq, E: Into<Msg>>(
    first: &str,
    second: &str,
    parse: impl Fn(&str) -> Result<T, E>,
    mismatch: Text,
    (field, confirm): (Field, Field),
    push: &mut impl FnMut(Field, Msg),
) -> Result<Option<T>, ()> {
    if first.trim().is_empty() && second.trim().is_empty() {
        return Ok(None);
    }
    let value = match parse(first) {
        Ok(v) => v,
        Err(e) => {
            push(field, e.into());
            return Err(());
        }
    };
    // Compared once normalised: "06 12…" and "0612…" are the same number.
    match parse(second) {
        Ok(again) if again == value => Ok(Some(value)),
        _ => {
            push(confirm, mismatch.into());
            Err(())
        }
    }
}
