//! Ready demo records: for the demo people of `demo::READY_RECORDS`, the
//! seed opens the DMP (as the creation flow would), sets known credentials,
//! copies the reimbursement history and deposits one-page PDF documents by
//! professionals of the directory in every space, so a newcomer signs in to
//! a full record at once.

use super::demo::READY_RECORDS;
use anyhow::{Context, Result};
use app::credentials::hash_password;
use app::domain::ins::{insc, Ins, InsAuthority, Mode};
use app::domain::nir::Nir;
use app::pdf::{render, Block};
use app::registry::{beneficiary, copy_history, history_start};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use sqlx::PgConnection;

/// (type, title, days before the seed date, author's RPPS, the text).
pub(super) type Document = (&'static str, &'static str, i64, &'static str, &'static str);

pub(super) const DOCUMENTS: &[Document] = &[
    (
        "60591-5",
        "Volet de synthèse médicale",
        20,
        "10000000018",
        "Antécédents : appendicectomie (2004). Allergie : pénicilline (urticaire). \
         Traitement au long cours : lévothyroxine 75 µg le matin. Vaccinations à jour. \
         Facteurs de risque : aucun tabac, activité physique régulière.",
    ),
    (
        "57833-6",
        "Ordonnance de lévothyroxine",
        20,
        "10000000018",
        "Lévothyroxine sodique 75 µg : 1 comprimé le matin à jeun, pendant 3 mois. \
         Contrôle de la TSH dans 6 semaines.",
    ),
    (
        "60593-1",
        "Dispensation en officine",
        19,
        "10000000042",
        "Délivré : lévothyroxine sodique 75 µg, 3 boîtes de 30 comprimés. \
         Conseils de prise donnés au patient.",
    ),
    (
        "11502-2",
        "Bilan thyroïdien",
        62,
        "10000000075",
        "TSH : 2,1 mUI/L (valeurs de référence 0,4 – 4,0). T4 libre : 14 pmol/L (9 – 19). \
         Conclusion : bilan dans les valeurs de référence.",
    ),
    (
        "18748-4",
        "Radiographie du thorax",
        140,
        "10000000034",
        "Indication : toux persistante. Résultat : pas d'anomalie pleuro-pulmonaire, \
         silhouette cardiaque normale. Conclusion : radiographie normale.",
    ),
    (
        "11488-4",
        "Consultation de cardiologie",
        95,
        "10000000026",
        "Motif : palpitations. Examen clinique normal, tension 12/7. ECG : rythme sinusal \
         régulier. Conclusion : extrasystoles bénignes, pas de traitement, revoir si récidive.",
    ),
    (
        "87273-9",
        "Vaccination contre la grippe saisonnière",
        50,
        "10000000059",
        "Vaccin antigrippal injecté dans le deltoïde gauche. Aucune réaction immédiate. \
         Prochaine vaccination conseillée à l'automne prochain.",
    ),
    (
        "89601-9",
        "Certificat de non contre-indication au sport",
        200,
        "10000000018",
        "Je soussignée certifie avoir examiné ce jour la personne nommée ci-dessus et \
         n'avoir constaté aucune contre-indication à la pratique de la randonnée.",
    ),
];

/// Opens the DMP of beneficiary `id` a month before `now`, as the creation
/// flow would (its code used, the reimbursement history copied); returns
/// the record's id.
pub(super) async fn open_record(
    tx: &mut PgConnection,
    id: i64,
    now: DateTime<Utc>,
    mode: Mode,
) -> Result<i64> {
    open_record_on(tx, id, now, now - Duration::days(30), "web", mode).await
}

/// The same, opened on `created` by `channel`, with the history of the 24
/// months before `now`.
pub(super) async fn open_record_on(
    tx: &mut PgConnection,
    id: i64,
    now: DateTime<Utc>,
    created: DateTime<Utc>,
    channel: &str,
    mode: Mode,
) -> Result<i64> {
    let b = beneficiary(&mut *tx, id).await?.context("beneficiary")?;
    let nir = Nir::parse(&b.nir)?;
    let ins = Ins::new(nir.clone(), InsAuthority::default_for(mode), mode)?;
    let yymmdd = format!(
        "{:02}{:02}{:02}",
        b.birth_date.year() % 100,
        b.birth_date.month(),
        b.birth_date.day()
    );
    let dmp_id: i64 = sqlx::query_scalar(
        "INSERT INTO dmp (beneficiary_id, ins_value, ins_oid, insc, created_at, creation_channel, \
         department, terms_version, consent_at, oppose_centre15, oppose_bris_de_glace, choices_at) \
         VALUES ($1, $2, $3, $4, $5, $8, $6, $7, $5, false, false, $5) RETURNING id",
    )
    .bind(id)
    .bind(ins.matricule.as_str())
    .bind(ins.authority.oid())
    .bind(insc(&nir, b.first_name(), &yymmdd).ok())
    .bind(created)
    .bind(&b.caisse)
    .bind(app::terms::VERSION)
    .bind(channel)
    .fetch_one(&mut *tx)
    .await?;
    sqlx::query("UPDATE creation_code SET used_at = $2 WHERE beneficiary_id = $1")
        .bind(id)
        .bind(created)
        .execute(&mut *tx)
        .await?;
    copy_history(&mut *tx, dmp_id, id, history_start(now)).await?;
    Ok(dmp_id)
}

/// A document of [`DOCUMENTS`], rendered for one patient, ready to deposit.
pub(super) struct Deposit {
    type_code: &'static str,
    title: &'static str,
    care_date: NaiveDate,
    deposited_at: DateTime<Utc>,
    author_id: i64,
    content: Vec<u8>,
}

impl Deposit {
    pub async fn new(
        tx: &mut PgConnection,
        &(type_code, title, days, rpps, text): &Document,
        as_of: NaiveDate,
        patient: &str,
    ) -> Result<Self> {
        let (author_id, author): (i64, String) = sqlx::query_as(
            "SELECT id, first_name || ' ' || last_name || ', ' || profession \
             || coalesce(' – ' || nullif(specialty, ''), '') FROM professional WHERE rpps = $1",
        )
        .bind(rpps)
        .fetch_one(&mut *tx)
        .await
        .with_context(|| format!("professional {rpps}"))?;
        let care_date = as_of - Duration::days(days);
        Ok(Deposit {
            type_code,
            title,
            care_date,
            deposited_at: care_date.and_hms_opt(12, 0, 0).context("date")?.and_utc(),
            author_id,
            content: pdf(title, patient, &author, care_date, text),
        })
    }

    pub async fn insert(&self, tx: &mut PgConnection, dmp_id: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, \
             author_professional_id, content_type, content) VALUES ($1, $2, $3, $4, $5, $6, 'application/pdf', $7)",
        )
        .bind(dmp_id)
        .bind(self.type_code)
        .bind(self.title)
        .bind(self.care_date)
        .bind(self.deposited_at)
        .bind(self.author_id)
        .bind(&self.content)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }
}

impl Deposit {
    /// Kept for a practice card's record, deposited when it is opened.
    pub async fn keep_for_practice(&self, tx: &mut PgConnection, card_id: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO practice_document (card_id, type_code, title, care_date, deposited_at, \
             author_professional_id, content) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(card_id)
        .bind(self.type_code)
        .bind(self.title)
        .bind(self.care_date)
        .bind(self.deposited_at)
        .bind(self.author_id)
        .bind(&self.content)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }
}

fn pdf(title: &str, patient: &str, author: &str, date: NaiveDate, text: &str) -> Vec<u8> {
    render(
        title,
        &[
            Block::Title(title.to_string()),
            Block::Field("Patient".into(), patient.to_string()),
            Block::Field("Auteur".into(), author.to_string()),
            Block::Field("Date".into(), date.format("%d/%m/%Y").to_string()),
            Block::Space(12.0),
            Block::Paragraph(text.to_string()),
            Block::Space(12.0),
            Block::Paragraph("Document de démonstration : personne et données fictives.".into()),
        ],
    )
}

/// Dr Sophie LEBLANC, who deposits the minor's secret consultation.
const SECRET_AUTHOR: &str = "10000000018";

/// Opens the ready records; returns how many documents were deposited.
pub async fn seed_ready_records(
    tx: &mut PgConnection,
    as_of: NaiveDate,
    mode: Mode,
) -> Result<usize> {
    let now: DateTime<Utc> = as_of.and_hms_opt(9, 0, 0).context("seed date")?.and_utc();
    let mut deposited = 0;
    for ready in READY_RECORDS {
        // A very small registry may stop before the demo households.
        let Some(id): Option<i64> = sqlx::query_scalar("SELECT id FROM beneficiary WHERE nir = $1")
            .bind(ready.nir)
            .fetch_optional(&mut *tx)
            .await?
        else {
            continue;
        };
        let b = beneficiary(&mut *tx, id).await?.context("beneficiary")?;
        let created = now - Duration::days(30);
        let dmp_id = open_record(tx, id, now, mode).await?;
        // A representative's account may already read a brother or sister's.
        let existing: Option<i64> = match ready.represented_by {
            Some(_) => {
                sqlx::query_scalar("SELECT id FROM patient_account WHERE login = $1")
                    .bind(ready.login)
                    .fetch_optional(&mut *tx)
                    .await?
            }
            None => None,
        };
        let password = ready.password.to_string();
        let hash = match existing {
            Some(_) => String::new(),
            None => tokio::task::spawn_blocking(move || hash_password(&password)).await?,
        };
        // A minor's record is read by the representative's own account.
        let account_id: i64 = if let Some(id) = existing {
            id
        } else {
            sqlx::query_scalar(
            "INSERT INTO patient_account (dmp_id, login, password_hash, must_change_password, email, \
             mobile, created_at, password_changed_at) VALUES ($1, $2, $3, false, $4, $5, $6, $6) \
             RETURNING id",
        )
        .bind(ready.represented_by.is_none().then_some(dmp_id))
        .bind(ready.login)
        .bind(hash)
        .bind(ready.email)
        .bind(ready.mobile)
        .bind(created)
        .fetch_one(&mut *tx)
        .await?
        };
        if let Some((relation, nir)) = ready.represented_by {
            let parent = super::demo::HOUSEHOLDS
                .iter()
                .flat_map(|h| h.members.iter())
                .find(|p| p.nir == nir)
                .context("a representative among the demo people")?;
            sqlx::query(
                "INSERT INTO legal_representative (dmp_id, relation, birth_name, first_names, \
                 consent_at, account_id) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(dmp_id)
            .bind(relation)
            .bind(parent.birth_name)
            .bind(parent.first_names)
            .bind(created)
            .bind(account_id)
            .execute(&mut *tx)
            .await?;
        }
        for d in DOCUMENTS {
            Deposit::new(tx, d, as_of, &b.full_name())
                .await?
                .insert(tx, dmp_id)
                .await?;
            deposited += 1;
        }
        // A minor's record: a consultation deposited in secret mode (§4.6),
        // never shown to the representatives.
        if ready.secret_consultation {
            let title = "Consultation confidentielle";
            let (author_id, author): (i64, String) = sqlx::query_as(
                "SELECT id, first_name || ' ' || last_name || ', ' || profession \
                 || coalesce(' – ' || nullif(specialty, ''), '') FROM professional WHERE rpps = $1",
            )
            .bind(SECRET_AUTHOR)
            .fetch_one(&mut *tx)
            .await
            .context("the secret consultation's author")?;
            let date = as_of - Duration::days(12);
            sqlx::query(
                "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, \
                 author_professional_id, content_type, content, hidden_from_representatives) \
                 VALUES ($1, '11488-4', $2, $3, $4, $5, 'application/pdf', $6, true)",
            )
            .bind(dmp_id)
            .bind(title)
            .bind(date)
            .bind(now - Duration::days(12) + Duration::hours(2))
            .bind(author_id)
            .bind(pdf(
                title,
                &b.full_name(),
                &author,
                date,
                "Consultation à la demande de la patiente, qui souhaite garder le secret envers \
                 ses représentants légaux. Document non visible des représentants légaux.",
            ))
            .execute(&mut *tx)
            .await?;
            deposited += 1;
        }
        // One note of the patient's own, shown apart from professionals' documents.
        sqlx::query(
            "INSERT INTO document (dmp_id, type_code, title, care_date, deposited_at, by_patient, \
             content_type, content) VALUES ($1, 'EXPPAT_2', 'Mes allergies et mes vaccins', $2, $3, true, 'text/plain', $4)",
        )
        .bind(dmp_id)
        .bind(as_of - Duration::days(10))
        .bind(now - Duration::days(10))
        .bind("Allergie à la pénicilline (urticaire en 2012).\nVaccin grippe chaque automne.".as_bytes())
        .execute(&mut *tx)
        .await?;
        deposited += 1;
        // The same allergy in the personal space's notes: one story, told
        // the same way on both pages.
        sqlx::query(
            "INSERT INTO personal_space (dmp_id, allergies, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (dmp_id) DO UPDATE SET allergies = EXCLUDED.allergies",
        )
        .bind(dmp_id)
        .bind("Pénicilline (urticaire en 2012).")
        .bind(now - Duration::days(10))
        .execute(&mut *tx)
        .await?;
    }
    Ok(deposited)
}
