//! Messages to people (e-mail, SMS, postal letter), queued in the database
//! inside the caller's transaction: a message goes out only if what it
//! announces was committed, and a retried request never sends it twice
//! unless the caller enqueues twice.

use sqlx::PgConnection;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    Email,
    Sms,
    Letter,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Letter => "courrier",
        }
    }
}

/// Whom a message is about, so that a practice person's messages (issue
/// 16) stay in the portal, on their practice card's page, and never leave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum About {
    /// A person of the registry (before their record exists).
    Person(i64),
    Record(i64),
    Account(i64),
    /// Staff: never a practice person.
    Staff,
}

#[derive(Clone, Debug)]
pub struct Message {
    pub about: About,
    pub channel: Channel,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    /// A PDF and its file name.
    pub attachment: Option<(String, Vec<u8>)>,
    pub purpose: &'static str,
}

/// An e-mail's or a letter's text in `lang`: the greeting, message `key`,
/// the signature.
pub fn mail_text(
    lang: crate::i18n::Lang,
    greeting: &str,
    key: &str,
    args: &[(&str, crate::i18n::Arg)],
) -> String {
    use crate::i18n::text_in;
    format!(
        "{greeting}\n\n{}\n\n{}",
        text_in(lang, key, args),
        text_in(lang, "mail-signature", &[])
    )
}

/// « Madame » / « Monsieur » (« Ms » / « Mr »).
pub fn civility(lang: crate::i18n::Lang, male: bool) -> String {
    crate::i18n::text_in(lang, if male { "mail-sir" } else { "mail-madam" }, &[])
}

/// « Madame, » (« Hello, »): a letter to someone the portal names only by
/// their civility.
pub fn dear_civility(lang: crate::i18n::Lang, male: bool) -> String {
    crate::i18n::text_in(
        lang,
        "mail-dear-civility",
        &[("civility", civility(lang, male).into())],
    )
}

/// « Madame Claire MARTIN, » (« Dear Claire MARTIN, »).
pub fn dear(lang: crate::i18n::Lang, male: bool, first: &str, name: &str) -> String {
    use crate::i18n::text_in;
    let civility = civility(lang, male);
    text_in(
        lang,
        "mail-dear",
        &[
            ("civility", civility.into()),
            ("first", first.into()),
            ("name", name.into()),
        ],
    )
}

/// Queues a message; returns its id.
pub async fn enqueue(conn: &mut PgConnection, message: &Message) -> Result<i64, sqlx::Error> {
    let (name, bytes) = match &message.attachment {
        Some((name, bytes)) => (Some(name.as_str()), Some(bytes.as_slice())),
        None => (None, None),
    };
    let (person, record, account) = match message.about {
        About::Person(id) => (Some(id), None, None),
        About::Record(id) => (None, Some(id), None),
        About::Account(id) => (None, None, Some(id)),
        About::Staff => (None, None, None),
    };
    sqlx::query_scalar(
        "INSERT INTO outbox (channel, recipient, subject, body, attachment_name, attachment, purpose, \
         practice_card_id) VALUES ($1, $2, $3, $4, $5, $6, $7, \
         (SELECT pc.id FROM practice_card pc WHERE pc.beneficiary_id = coalesce($8, \
            (SELECT d.beneficiary_id FROM dmp d WHERE d.id = coalesce($9, \
               (SELECT a.dmp_id FROM patient_account a WHERE a.id = $10)))))) RETURNING id",
    )
    .bind(message.channel.code())
    .bind(&message.recipient)
    .bind(&message.subject)
    .bind(&message.body)
    .bind(name)
    .bind(bytes)
    .bind(message.purpose)
    .bind(person)
    .bind(record)
    .bind(account)
    .fetch_one(conn)
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn a_mail_reads_as_paragraphs_in_its_language() {
        let args = [("code", "123456".into()), ("minutes", 10i64.into())];
        let french = mail_text(Lang::Fr, "Bonjour,", "mail-code-body", &args);
        assert_eq!(
            french,
            "Bonjour,\n\nVotre code de connexion à votre Dossier Médical Partagé (DMP) : 123456\n\n\
             Il est valable 10 minutes et ne sert qu'une fois. Personne, ni l'Assurance Maladie ni un \
             professionnel de santé, ne vous le demandera jamais.\n\nSi vous n'êtes pas à l'origine \
             de cette connexion, changez votre mot de passe et appelez le 36 46.\n\nL'Assurance Maladie"
        );
        let english = mail_text(Lang::En, "Hello,", "mail-code-body", &args);
        assert!(english.starts_with("Hello,\n\nThe sign-in code of your Shared Medical Record (DMP): 123456\n\nIt is valid for 10 minutes"));
        assert_eq!(
            dear(Lang::Fr, false, "Claire", "MARTIN"),
            "Madame Claire MARTIN,"
        );
        assert_eq!(
            dear(Lang::En, true, "Youssef", "BENALI"),
            "Dear Youssef BENALI,"
        );
    }
}
