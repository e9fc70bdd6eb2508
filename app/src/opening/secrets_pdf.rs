//! The « document des secrets »: what a new DMP holder needs to sign in the
//! first time. Produced on demand from the creation session, never stored
//! (domain.md §4.2: the initial credentials must not be kept).

use crate::domain::fmt::date_in;
use crate::i18n::{text_in, Lang};
use crate::pdf::{render_in, Block};
use chrono::NaiveDate;

pub struct Secrets<'a> {
    /// « NOM Prénom », as in the registry.
    pub full_name: &'a str,
    pub created_on: NaiveDate,
    /// The matricule INS, spaced as on the card.
    pub ins: &'a str,
    /// The legacy « numéro INS calculé » (domain.md §3.3), for the
    /// professionals' software that still asks for it.
    pub insc: Option<&'a str>,
    /// The legal representative or guardian whose connection data these
    /// are, when not the holder's.
    pub representative: Option<&'a str>,
    /// `None`: a DMP opened at a desk for someone with neither e-mail nor
    /// mobile, which has no account yet.
    pub login: Option<&'a str>,
    pub initial_password: Option<&'a str>,
    /// The portal's address, as people type it.
    pub site: &'a str,
    pub lang: Lang,
}

pub use crate::domain::fmt::french_date;

pub fn document_des_secrets(s: &Secrets) -> Vec<u8> {
    let t = |key| text_in(s.lang, key, &[]);
    let mut blocks = vec![
        Block::Title(t("creation-pdf-title")),
        Block::Paragraph(t("creation-pdf-keep")),
        Block::Field(t("creation-pdf-holder"), s.full_name.into()),
        Block::Field(t("creation-pdf-created-on"), date_in(s.lang, s.created_on)),
        Block::Field(t("creation-pdf-ins"), s.ins.into()),
    ];
    if let Some(name) = s.representative {
        blocks.push(Block::Field(
            t("creation-pdf-data-of"),
            text_in(
                s.lang,
                "creation-pdf-representative",
                &[("name", name.into())],
            ),
        ));
    }
    match (s.login, s.initial_password) {
        (Some(login), Some(password)) => blocks.extend([
            Block::Heading(t("creation-pdf-yours")),
            Block::Secret(t("creation-pdf-login"), login.into()),
            Block::Secret(t("creation-pdf-password"), password.into()),
            Block::Paragraph(t("creation-pdf-copy")),
            Block::Heading(t("creation-pdf-how")),
            Block::Paragraph(
                [
                    text_in(s.lang, "creation-pdf-step-1", &[("site", s.site.into())]),
                    t("creation-pdf-step-2"),
                    t("creation-pdf-step-3"),
                ]
                .join("\n"),
            ),
        ]),
        _ => blocks.extend([
            Block::Heading(t("creation-pdf-offline")),
            Block::Paragraph(t("creation-pdf-offline-1")),
            Block::Paragraph(t("creation-pdf-offline-2")),
        ]),
    }
    if let Some(insc) = s.insc {
        // Apart, at the end: only some professionals' software asks for it.
        blocks.extend([
            Block::Space(12.0),
            Block::Paragraph(t("creation-pdf-professionals")),
            Block::Field(
                t("creation-pdf-insc"),
                crate::domain::fmt::groups_of_four(insc),
            ),
        ]);
    }
    render_in(s.lang.code(), &t("creation-pdf-meta"), &blocks)
}

/// The document des secrets of an open record, from its rows: for the
/// hand-overs of someone who opened it for the person (a desk, a
/// professional), in `lang`. Without `login`, the record has no account yet.
pub async fn of_record(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    login: Option<String>,
    password: Option<String>,
    representative: Option<String>,
    site: &str,
    lang: Lang,
) -> Result<Vec<u8>, sqlx::Error> {
    let (beneficiary_id, ins, insc, created): (
        i64,
        String,
        Option<String>,
        chrono::DateTime<chrono::Utc>,
    ) = sqlx::query_as("SELECT beneficiary_id, ins_value, insc, created_at FROM dmp WHERE id = $1")
        .bind(dmp_id)
        .fetch_one(&mut *conn)
        .await?;
    let b = crate::registry::beneficiary(conn, beneficiary_id)
        .await?
        .ok_or_else(|| sqlx::Error::RowNotFound)?;
    let site = site.to_string();
    tokio::task::spawn_blocking(move || {
        let ins = crate::domain::nir::Nir::parse(&ins)
            .map(|n| n.display())
            .unwrap_or(ins);
        document_des_secrets(&Secrets {
            full_name: &b.full_name(),
            created_on: created.date_naive(),
            ins: &ins,
            insc: insc.as_deref(),
            representative: representative.as_deref(),
            login: login.as_deref(),
            initial_password: password.as_deref(),
            site: &site,
            lang,
        })
    })
    .await
    .map_err(|e| sqlx::Error::Protocol(format!("PDF: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_read_back_holds_every_secret_with_its_accents() {
        let pdf = document_des_secrets(&Secrets {
            full_name: "MARTIN Hélène",
            created_on: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            ins: "2 69 05 49 588 157 80",
            insc: Some("1541187387477485562488"),
            representative: None,
            login: Some("dmp-7KQ4-XW2P"),
            initial_password: Some("Kx7!pQ2m-Rt9w"),
            site: "https://www.dmp.example",
            lang: Lang::Fr,
        });
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let text = doc.extract_text(&[1]).unwrap();
        for expected in [
            "MARTIN Hélène",
            "22 novembre 2026",
            "2 69 05 49 588 157 80",
            "dmp-7KQ4-XW2P",
            "Kx7!pQ2m-Rt9w",
            "première connexion",
            "majuscules et les minuscules comptent",
            // Where to go, not « le site du DMP ».
            "Allez sur https://www.dmp.example",
            // The legacy number, apart, in groups of four.
            "professionnels de santé seulement",
            "Numéro INS calculé (ancien format)",
            "1541 1873 8747 7485 5624 88",
        ] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
        // No authority OID, the INS-C never as one 22-digit block.
        assert!(
            !text.contains("1.2.250") && !text.contains("autorité"),
            "{text}"
        );
        assert!(!text.contains("1541187387477485562488"), "{text}");
        // The login and the password, and only they, in the monospaced font.
        let page = doc.page_iter().next().unwrap();
        let fonts = doc.get_page_fonts(page).unwrap();
        let mono = fonts
            .iter()
            .find(|(_, f)| {
                f.get(b"BaseFont")
                    .and_then(|b| b.as_name())
                    .is_ok_and(|n| n.ends_with(b"DejaVuSansMono-Bold"))
            })
            .map(|(name, _)| name.clone())
            .expect("a monospaced font");
        let content = doc.get_and_decode_page_content(page).unwrap();
        let uses = content
            .operations
            .iter()
            .filter(|op| {
                op.operator == "Tf" && op.operands[0].as_name().is_ok_and(|n| n == mono.as_slice())
            })
            .count();
        assert_eq!(uses, 2);
    }

    #[test]
    fn without_an_account_it_says_how_to_get_one_and_prints_no_credentials() {
        let pdf = document_des_secrets(&Secrets {
            full_name: "SANTONI Antoine",
            created_on: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
            ins: "1 96 02 2B 033 008 02",
            insc: None,
            representative: None,
            login: None,
            initial_password: None,
            site: "127.0.0.1:3000",
            lang: Lang::Fr,
        });
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let text = doc.extract_text(&[1]).unwrap();
        assert!(text.contains("SANTONI Antoine") && text.contains("sans accès internet"));
        assert!(text.contains("accueil de") && !text.contains("Mot de passe initial"));
        assert!(!text.contains("INS calculé"));
    }

    #[test]
    fn in_english_the_document_says_the_same_and_is_marked_english() {
        let pdf = document_des_secrets(&Secrets {
            full_name: "MARTIN Hélène",
            created_on: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            ins: "2 69 05 49 588 157 80",
            insc: Some("1541187387477485562488"),
            representative: None,
            login: Some("dmp-7KQ4-XW2P"),
            initial_password: Some("Kx7!pQ2m-Rt9w"),
            site: "https://www.dmp.example",
            lang: Lang::En,
        });
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let text = doc.extract_text(&[1]).unwrap();
        for expected in [
            "Secrets document",
            "22 November 2026",
            "Kx7!pQ2m-Rt9w",
            "capital and small letters count",
            "Go to https://www.dmp.example",
            "For health professionals only",
            "1541 1873 8747 7485 5624 88",
        ] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
        assert!(!text.contains("Recopiez"), "{text}");
        let lang = doc.catalog().unwrap().get(b"Lang").unwrap();
        assert_eq!(lang.as_str().unwrap(), b"en");
    }

    #[test]
    fn dates_read_as_in_french() {
        assert_eq!(
            french_date(NaiveDate::from_ymd_opt(2027, 8, 1).unwrap()),
            "1er août 2027"
        );
        assert_eq!(
            french_date(NaiveDate::from_ymd_opt(2026, 2, 14).unwrap()),
            "14 février 2026"
        );
    }
}
