//! Step 1, « Je m'identifie »: the four fields, their validation (the same
//! code in the browser and on the server), and on the server the check
//! against the insurer's registry with its limits on guessing.

use crate::domain::creation_code::CreationCode;
use crate::domain::nir::Nir;
use crate::domain::vitale::{CardType, VitaleSerial};
pub use crate::forms::fields::{Field, FieldError};
use crate::messages::{Msg, Text};
use serde::{Deserialize, Serialize};

/// What the person typed, as posted by the form.
/// Fields left out by the browser (no card type ticked) read as empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdentifyForm {
    pub nir: String,
    pub code: String,
    pub card_type: String,
    pub serial: String,
}

/// The four fields once each has passed its rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Identity {
    pub nir: Nir,
    pub code: CreationCode,
    pub card_type: CardType,
    pub serial: VitaleSerial,
}

impl IdentifyForm {
    /// Every field's error at once, in the order of the form.
    pub fn validate(&self) -> Result<Identity, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut push = |field, message: Msg| errors.push(FieldError { field, message });
        let nir = Nir::parse(&self.nir).map_err(|e| push(Field::Nir, e.into()));
        let code = CreationCode::parse(&self.code).map_err(|e| push(Field::Code, e.into()));
        let card_type = CardType::from_code(&self.card_type)
            .ok_or_else(|| push(Field::CardType, Text::ChooseCardType.into()));
        let serial = VitaleSerial::parse(&self.serial).map_err(|e| push(Field::Serial, e.into()));
        match (nir, code, card_type, serial) {
            (Ok(nir), Ok(code), Ok(card_type), Ok(serial)) => Ok(Identity {
                nir,
                code,
                card_type,
                serial,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::Identity;
    use crate::registry::limits::{Attempt, Blocked, Limits};
    use crate::secret::keyed_hash;
    use chrono::{DateTime, Utc};
    use sqlx::PgPool;
    use subtle::ConstantTimeEq;

    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Outcome {
        /// The beneficiary and the creation code that matched.
        Identified {
            beneficiary_id: i64,
            code_id: i64,
        },
        NoMatch,
        /// Too many failures for this NIR or from this address.
        Blocked(Blocked),
    }

    /// Checks an identity against the registry, within the limits on
    /// guessing. With a workshop's practice card (`practice`), against that
    /// workshop's fictitious people only, and without the limits: nothing
    /// real can be found there, and the room shares one address whose
    /// budget real openings need. `now` is a parameter so tests can move
    /// time.
    #[allow(clippy::too_many_arguments)]
    pub async fn check(
        pool: &PgPool,
        key: &[u8],
        identity: &Identity,
        practice: Option<i64>,
        address: &str,
        limits: &Limits,
        now: DateTime<Utc>,
    ) -> Result<Outcome, sqlx::Error> {
        let mut tx = pool.begin().await?;
        let attempt = match practice {
            Some(_) => None,
            None => {
                match Attempt::begin(&mut tx, key, &identity.nir, address, limits, now).await? {
                    Ok(attempt) => Some(attempt),
                    Err(blocked) => {
                        tx.commit().await?;
                        return Ok(Outcome::Blocked(blocked));
                    }
                }
            }
        };
        // Every usable code of this person on this card; the code itself is
        // compared here, in constant time, not in SQL.
        let candidates: Vec<(i64, i64, Vec<u8>)> = sqlx::query_as(
            "SELECT b.id, cc.id, cc.code_hash FROM beneficiary b \
             JOIN vitale_card_beneficiary cb ON cb.beneficiary_id = b.id \
             JOIN vitale_card c ON c.id = cb.card_id \
             JOIN creation_code cc ON cc.beneficiary_id = b.id \
             WHERE b.nir = $1 AND c.serial = $2 AND c.card_type = $3 AND c.revoked_at IS NULL \
               AND cc.used_at IS NULL AND cc.expires_at > $4 \
               AND b.practice_workshop_id IS NOT DISTINCT FROM \
                 (SELECT workshop_id FROM practice_card WHERE id = $5)",
        )
        .bind(identity.nir.as_str())
        .bind(identity.serial.as_str())
        .bind(identity.card_type.code())
        .bind(now)
        .bind(practice)
        .fetch_all(&mut *tx)
        .await?;
        let typed = keyed_hash(key, identity.code.as_str());
        let matched = candidates
            .iter()
            .fold(None, |found, (beneficiary_id, code_id, hash)| {
                let equal: bool = hash.as_slice().ct_eq(typed.as_slice()).into();
                found.or(equal.then_some((*beneficiary_id, *code_id)))
            });
        let outcome = match (matched, attempt) {
            (Some((beneficiary_id, code_id)), attempt) => {
                if let Some(attempt) = attempt {
                    attempt.succeeded(&mut tx).await?;
                }
                Outcome::Identified {
                    beneficiary_id,
                    code_id,
                }
            }
            (None, Some(attempt)) => match attempt.failed(&mut tx).await? {
                Some(until) => Outcome::Blocked(Blocked::Nir { until }),
                None => Outcome::NoMatch,
            },
            (None, None) => Outcome::NoMatch,
        };
        tx.commit().await?;
        Ok(outcome)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(nir: &str, code: &str, card_type: &str, serial: &str) -> IdentifyForm {
        IdentifyForm {
            nir: nir.into(),
            code: code.into(),
            card_type: card_type.into(),
            serial: serial.into(),
        }
    }

    #[test]
    fn a_well_typed_form_gives_an_identity() {
        let id = form(
            "2 69 05 49 588 157 80",
            "dema-2345-6789",
            "avec_photo",
            "801 234 567 89",
        )
        .validate()
        .unwrap();
        assert_eq!(id.nir.as_str(), "269054958815780");
        assert_eq!(id.code.as_str(), "DEMA23456789");
        assert_eq!(id.card_type, CardType::WithPhoto);
        assert_eq!(id.serial.as_str(), "80123456789");
    }

    #[test]
    fn every_field_error_is_reported_at_once_next_to_its_field() {
        let errors = form("2690549588157", "ABC", "", "12")
            .validate()
            .unwrap_err();
        let fields: Vec<Field> = errors.iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            [Field::Nir, Field::Code, Field::CardType, Field::Serial]
        );
        assert!(errors[0].message.text().contains("15 caractères"));
        assert!(errors.iter().all(|e| !e.message.text().is_empty()));
    }
}
