//! The « document des secrets »: what a new DMP holder needs to sign in the
//! first time. Produced on demand from the creation session, never stored
//! (domain.md §4.2: the initial credentials must not be kept).

use crate::pdf::{render, Block};
use chrono::NaiveDate;

pub struct Secrets<'a> {
    /// « NOM Prénom », as in the registry.
    pub full_name: &'a str,
    pub created_on: NaiveDate,
    /// Matricule INS and the OID of its authority.
    pub ins: &'a str,
    pub ins_oid: &'a str,
    /// The legacy « numéro INS calculé » (domain.md §3.3).
    pub insc: &'a str,
    /// The legal representative or guardian whose connection data these
    /// are, when not the holder's.
    pub representative: Option<&'a str>,
    /// `None`: a DMP opened at a desk for someone with neither e-mail nor
    /// mobile, which has no account yet.
    pub login: Option<&'a str>,
    pub initial_password: Option<&'a str>,
}

pub use crate::domain::fmt::french_date;

pub fn document_des_secrets(s: &Secrets) -> Vec<u8> {
    let mut blocks = vec![
        Block::Title("Document des secrets de votre Dossier Médical Partagé".into()),
        Block::Paragraph(
            "Ce document contient les données de connexion à votre DMP. Gardez-le en lieu sûr \
             et ne le communiquez à personne : ni l'Assurance Maladie ni un professionnel de \
             santé ne vous demanderont jamais votre mot de passe."
                .into(),
        ),
        Block::Field("Titulaire".into(), s.full_name.into()),
        Block::Field("Date de création du DMP".into(), french_date(s.created_on)),
        Block::Field(
            "Identifiant national de santé (INS)".into(),
            format!("{} (autorité {})", s.ins, s.ins_oid),
        ),
        Block::Field("Numéro INS calculé".into(), s.insc.into()),
    ];
    if let Some(name) = s.representative {
        blocks.push(Block::Field(
            "Données de connexion de".into(),
            format!("{name}, représentant légal"),
        ));
    }
    match (s.login, s.initial_password) {
        (Some(login), Some(password)) => blocks.extend([
            Block::Heading("Vos données de connexion".into()),
            Block::Field("Identifiant de connexion".into(), login.into()),
            Block::Field("Mot de passe initial".into(), password.into()),
            Block::Paragraph(
                "Ce mot de passe n'est valable que pour votre première connexion : vous \
                 choisirez alors votre propre mot de passe."
                    .into(),
            ),
            Block::Heading("Pour vous connecter".into()),
            Block::Paragraph(
                "Sur le site du DMP, choisissez « J'accède à mon DMP », saisissez votre \
                 identifiant et votre mot de passe, puis le code à usage unique reçu par SMS ou \
                 par e-mail."
                    .into(),
            ),
        ]),
        _ => blocks.extend([
            Block::Heading("Votre DMP sans accès internet".into()),
            Block::Paragraph(
                "Votre DMP a été créé sans adresse e-mail ni numéro de mobile : les \
                 professionnels de santé que vous consultez peuvent l'alimenter et, avec votre \
                 accord, le consulter."
                    .into(),
            ),
            Block::Paragraph(
                "Pour le consulter vous-même sur internet, présentez-vous à un accueil de \
                 l'Assurance Maladie avec votre carte Vitale et une adresse e-mail ou un numéro \
                 de mobile : vos données de connexion vous seront remises."
                    .into(),
            ),
        ]),
    }
    render("Document des secrets – Dossier Médical Partagé", &blocks)
}

/// The document des secrets of an open record, from its rows: for the
/// hand-overs of someone who opened it for the person (a desk, a
/// professional). Without `login`, the record has no account yet.
pub async fn of_record(
    conn: &mut sqlx::PgConnection,
    dmp_id: i64,
    login: Option<String>,
    password: Option<String>,
    representative: Option<String>,
) -> Result<Vec<u8>, sqlx::Error> {
    let (beneficiary_id, ins, oid, insc, created): (
        i64,
        String,
        String,
        Option<String>,
        chrono::DateTime<chrono::Utc>,
    ) = sqlx::query_as(
        "SELECT beneficiary_id, ins_value, ins_oid, insc, created_at FROM dmp WHERE id = $1",
    )
    .bind(dmp_id)
    .fetch_one(&mut *conn)
    .await?;
    let b = crate::registry::beneficiary(conn, beneficiary_id)
        .await?
        .ok_or_else(|| sqlx::Error::RowNotFound)?;
    tokio::task::spawn_blocking(move || {
        let ins = crate::domain::nir::Nir::parse(&ins)
            .map(|n| n.display())
            .unwrap_or(ins);
        document_des_secrets(&Secrets {
            full_name: &b.full_name(),
            created_on: created.date_naive(),
            ins: &ins,
            ins_oid: &oid,
            insc: insc.as_deref().unwrap_or("non calculable"),
            representative: representative.as_deref(),
            login: login.as_deref(),
            initial_password: password.as_deref(),
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
            ins: "269054958815780",
            ins_oid: "1.2.250.1.213.1.4.11",
            insc: "1541187387477485562488",
            representative: None,
            login: Some("dmp-7KQ4-XW2P"),
            initial_password: Some("Kx7!pQ2m-Rt9w"),
        });
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let text = doc.extract_text(&[1]).unwrap();
        for expected in [
            "MARTIN Hélène",
            "22 novembre 2026",
            "1541187387477485562488",
            "dmp-7KQ4-XW2P",
            "Kx7!pQ2m-Rt9w",
            "première connexion",
        ] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
    }

    #[test]
    fn without_an_account_it_says_how_to_get_one_and_prints_no_credentials() {
        let pdf = document_des_secrets(&Secrets {
            full_name: "SANTONI Antoine",
            created_on: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
            ins: "196022B03300802",
            ins_oid: "1.2.250.1.213.1.4.11",
            insc: "non calculable",
            representative: None,
            login: None,
            initial_password: None,
        });
        let doc = lopdf::Document::load_mem(&pdf).unwrap();
        let text = doc.extract_text(&[1]).unwrap();
        assert!(text.contains("SANTONI Antoine") && text.contains("sans accès internet"));
        assert!(text.contains("accueil de") && !text.contains("Mot de passe initial"));
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
