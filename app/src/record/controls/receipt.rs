//! The receipt of a change of the holder's choices: what was changed, when,
//! and the trace entry that proves it (its number and hash in the record's
//! tamper-evident chain). Printed from the trace, never stored apart.

/// The receipt in `lang` (the words; the facts as recorded).
#[cfg(feature = "ssr")]
pub fn receipt_pdf(f: &super::store::ReceiptFacts, lang: crate::i18n::Lang) -> Vec<u8> {
    use crate::i18n::text_in;
    use crate::pdf::{render_in, Block};
    let t = |key: &str| text_in(lang, key, &[]);
    let when = text_in(
        lang,
        "terms-receipt-date-time",
        &[
            (
                "date",
                crate::domain::fmt::date_in(lang, f.at.date()).into(),
            ),
            ("time", f.at.format("%H:%M").to_string().into()),
        ],
    );
    // The change in the reader's words (the trace keeps the action's code).
    let change = match f.action.as_str() {
        "masquage_document" => t("terms-receipt-masked"),
        "demasquage_document" => t("terms-receipt-unmasked"),
        "blocage_professionnel" => t("terms-receipt-blocked"),
        "deblocage_professionnel" => t("terms-receipt-unblocked"),
        "choix_urgence" => t("terms-receipt-emergency"),
        other => super::consent_title(other).unwrap_or_default().into(),
    };
    let fingerprint: String = f.hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
    render_in(
        lang.code(),
        &t("terms-receipt-meta"),
        &[
            Block::Title(t("terms-receipt-title")),
            Block::Paragraph(t("terms-receipt-intro")),
            Block::Field(t("terms-receipt-holder"), f.full_name.clone()),
            Block::Field(t("terms-receipt-ins"), f.ins.clone()),
            Block::Field(t("terms-receipt-when"), when),
            Block::Field(t("terms-receipt-change"), change),
            Block::Field(t("terms-receipt-detail"), f.detail.clone()),
            Block::Heading(t("terms-receipt-reference")),
            Block::Field(
                t("terms-receipt-entry"),
                text_in(
                    lang,
                    "terms-receipt-entry-number",
                    &[("seq", f.seq.to_string().into())],
                ),
            ),
            Block::Field(t("terms-receipt-fingerprint"), fingerprint),
            Block::Paragraph(t("terms-receipt-again")),
        ],
    )
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn facts() -> super::super::store::ReceiptFacts {
        super::super::store::ReceiptFacts {
            full_name: "LEROY Marie".into(),
            ins: "2 69 05 49 588 157 80".into(),
            at: chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
                .unwrap()
                .and_hms_opt(14, 5, 0)
                .unwrap(),
            action: "blocage_professionnel".into(),
            detail: "Dr PAOLI".into(),
            seq: 42,
            hash: vec![0xab; 32],
        }
    }

    #[test]
    fn the_receipt_reads_in_the_language_asked_with_the_facts_unchanged() {
        for (lang, expected) in [
            (
                Lang::Fr,
                [
                    "Titulaire",
                    "22 novembre 2026 à 14:05",
                    "Professionnel de santé bloqué",
                    "n° 42",
                ],
            ),
            (
                Lang::En,
                [
                    "Holder",
                    "22 November 2026 at 14:05",
                    "Health professional blocked",
                    "No. 42",
                ],
            ),
        ] {
            let pdf = receipt_pdf(&facts(), lang);
            let doc = lopdf::Document::load_mem(&pdf).unwrap();
            let text = doc.extract_text(&[1]).unwrap();
            let facts = ["LEROY Marie", "Dr PAOLI", "abababab"];
            for expected in expected.into_iter().chain(facts) {
                assert!(text.contains(expected), "{expected} missing from {text}");
            }
        }
    }
}
