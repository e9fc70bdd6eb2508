//! The receipt of a change of the holder's choices: what was changed, when,
//! and the trace entry that proves it (its number and hash in the record's
//! tamper-evident chain). Printed from the trace, never stored apart.

#[cfg(feature = "ssr")]
pub fn receipt_pdf(f: &super::store::ReceiptFacts) -> Vec<u8> {
    use crate::pdf::{render, Block};
    let when = format!(
        "{} à {}",
        crate::domain::fmt::french_date(f.at.date()),
        f.at.format("%H:%M")
    );
    let fingerprint: String = f.hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
    render(
        "Reçu – Dossier Médical Partagé",
        &[
            Block::Title("Reçu de votre choix sur votre Dossier Médical Partagé".into()),
            Block::Paragraph(
                "Ce reçu atteste d'un changement que vous avez fait dans votre DMP. Il est tiré de \
                 l'historique des accès, que personne ne peut modifier."
                    .into(),
            ),
            Block::Field("Titulaire".into(), f.full_name.clone()),
            Block::Field("Identifiant national de santé (INS)".into(), f.ins.clone()),
            Block::Field("Date et heure".into(), when),
            Block::Field(
                "Changement".into(),
                super::consent_title(&f.action).unwrap_or_default().into(),
            ),
            Block::Field("Détail".into(), f.detail.clone()),
            Block::Heading("Référence".into()),
            Block::Field("Entrée de l'historique".into(), format!("n° {}", f.seq)),
            Block::Field("Empreinte".into(), fingerprint),
            Block::Paragraph(
                "Vous pouvez revenir sur ce choix à tout moment depuis votre DMP ; chaque \
                 changement donne un nouveau reçu."
                    .into(),
            ),
        ],
    )
}
