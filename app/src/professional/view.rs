//! What the professional's pages are built from: the card holder and the
//! patient open in the session, and the record as the policy lets this
//! professional see it (the view-model of every page of the record).

use super::*;
use crate::session::card::http;

/// The signed-in holder and the patient open in their session.
pub(super) async fn open_patient(
    c: &http::Context,
) -> Result<Option<(card::Holder, record::Patient)>, PortalError> {
    let Some(holder) = http::holder(c).await? else {
        return Ok(None);
    };
    let Some(dmp_id) = holder.dmp_id else {
        return Ok(None);
    };
    let mut conn = c.pool.acquire().await.map_err(crate::http::unavailable)?;
    let patient = record::patient(&mut conn, dmp_id, c.now)
        .await
        .map_err(crate::http::unavailable)?;
    Ok(patient.map(|p| (holder, p)))
}

/// The same, for the actions that need both: otherwise, sign in again.
pub(super) async fn required_patient(
    c: &http::Context,
) -> Result<(card::Holder, record::Patient), PortalError> {
    open_patient(c)
        .await?
        .ok_or_else(|| PortalError::refused(Text::ProSessionEnded))
}

pub(super) async fn record_view(
    c: &http::Context,
    holder: &card::Holder,
    patient: &record::Patient,
    list: bool,
) -> Result<RecordView, PortalError> {
    use crate::http::unavailable;
    let mut conn = c.pool.acquire().await.map_err(unavailable)?;
    let (situation, reason) = record::situation(&mut conn, holder, patient, c.now)
        .await
        .map_err(unavailable)?;
    let access = situation.access();
    let documents = match access {
        Ok(right) if list => {
            let docs = record::documents(&mut conn, holder, &situation, patient.dmp_id)
                .await
                .map_err(unavailable)?;
            drop(conn);
            record::trace_consultation(
                &c.pool,
                holder,
                patient,
                crate::audit::Action::ConsultationListe,
                None,
                right,
                c.now,
            )
            .await
            .map_err(unavailable)?;
            docs
        }
        _ => Vec::new(),
    };
    let (history, blockable) =
        if list && access == Ok(crate::domain::access::Right::MedecinTraitant) {
            let mut conn = c.pool.acquire().await.map_err(unavailable)?;
            (
                medecin_traitant::history(&mut conn, holder, patient.dmp_id)
                    .await
                    .map_err(unavailable)?,
                medecin_traitant::blockable(&mut conn, holder, patient.dmp_id)
                    .await
                    .map_err(unavailable)?,
            )
        } else {
            (Vec::new(), Vec::new())
        };
    let emergency = match situation.mode {
        crate::domain::access::Mode::BrisDeGlace => {
            Some(emergency_text("bris_de_glace", &reason.unwrap_or_default()))
        }
        crate::domain::access::Mode::Centre15 => Some(emergency_text("centre15", "")),
        crate::domain::access::Mode::Normal => None,
    };
    // Without a right, the answer is only that a DMP exists.
    let (name, birth_date) = if access.is_ok() {
        (
            patient.full_name.clone(),
            patient.birth_date.format("%d/%m/%Y").to_string(),
        )
    } else {
        (String::new(), String::new())
    };
    Ok(RecordView {
        holder: holder.label.clone(),
        patient: name,
        birth_date,
        right: access
            .map(|r| right_label(r.code()))
            .map_err(|r| r.message().to_string()),
        emergency,
        may_become_medecin_traitant: holder.profession_code == "10",
        medecin_traitant: situation.relation.medecin_traitant,
        regulator: holder.regulator,
        counts: space_counts(&documents),
        documents,
        history,
        blockable,
        feeding_only: holder.professional_id.is_none(),
        minor: patient.minor,
        secret: holder.secret && patient.minor,
    })
}
