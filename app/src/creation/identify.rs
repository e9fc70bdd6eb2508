//! Step 1, « Je m'identifie »: the four fields, their validation (the same
//! code in the browser and on the server), and on the server the check
//! against the insurer's registry with its limits on guessing.

use crate::domain::creation_code::CreationCode;
use crate::domain::nir::Nir;
use crate::domain::vitale::{CardType, VitaleSerial};
use serde::{Deserialize, Serialize};

/// What the person typed, as posted by the form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentifyForm {
    pub nir: String,
    pub code: String,
    pub card_type: String,
    pub serial: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Field {
    Nir,
    Code,
    CardType,
    Serial,
}

impl Field {
    /// The input's `id`, so an error summary can link to it.
    pub fn id(self) -> &'static str {
        match self {
            Field::Nir => "nir",
            Field::Code => "code",
            Field::CardType => "card_type",
            Field::Serial => "serial",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
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
        let mut push = |field, message: String| errors.push(FieldError { field, message });
        let nir = Nir::parse(&self.nir).map_err(|e| push(Field::Nir, e.to_string()));
        let code = CreationCode::parse(&self.code).map_err(|e| push(Field::Code, e.to_string()));
        let card_type = CardType::from_code(&self.card_type).ok_or_else(|| {
            push(
                Field::CardType,
                "Indiquez si votre carte Vitale a une photo ou non.".to_string(),
            )
        });
        let serial =
            VitaleSerial::parse(&self.serial).map_err(|e| push(Field::Serial, e.to_string()));
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

/// The one answer for every mismatch: it never says which part was wrong.
pub const NO_MATCH: &str = "Les informations saisies ne permettent pas de vous identifier. \
     Vérifiez votre numéro de sécurité sociale, le numéro de série de votre carte Vitale et votre code de création.";

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use super::Identity;
    use crate::creation::secret::keyed_hash;
    use chrono::{DateTime, Duration, Utc};
    use sqlx::PgPool;
    use subtle::ConstantTimeEq;

    /// Limits on guessing [I]: configurable, defaults from the issue.
    #[derive(Clone, Debug)]
    pub struct Limits {
        pub failures_per_nir: i16,
        pub lock: Duration,
        /// Failures from one address before it must wait: high enough for a
        /// workshop where fifteen people share one connection.
        pub failures_per_address: i32,
        pub window: Duration,
    }

    impl Default for Limits {
        fn default() -> Self {
            Limits {
                failures_per_nir: 5,
                lock: Duration::minutes(15),
                failures_per_address: 30,
                window: Duration::minutes(15),
            }
        }
    }

    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Outcome {
        /// The beneficiary and the creation code that matched.
        Identified {
            beneficiary_id: i64,
            code_id: i64,
        },
        NoMatch,
        /// Too many failures for this NIR (whether or not it exists).
        NirLocked {
            until: DateTime<Utc>,
        },
        /// Too many failures from this address.
        AddressLimited,
    }

    /// Checks an identity against the registry, counting failures per NIR
    /// and per address. `now` is a parameter so tests can move time.
    pub async fn check(
        pool: &PgPool,
        key: &[u8],
        identity: &Identity,
        address: &str,
        limits: &Limits,
        now: DateTime<Utc>,
    ) -> Result<Outcome, sqlx::Error> {
        let nir_hash = keyed_hash(key, &format!("nir:{}", identity.nir.as_str()));
        let address_hash = keyed_hash(key, &format!("address:{address}"));
        let window_start = now - limits.window;
        let mut tx = pool.begin().await?;

        // Rows are created first and then locked, so that concurrent guesses
        // for one NIR queue up behind each other instead of all reading
        // "4 failures so far".
        sqlx::query(
            "INSERT INTO identification_lock (nir_hash, window_start) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(nir_hash.as_slice())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO identification_address (address_hash, window_start) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(address_hash.as_slice())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let (failures, nir_window, locked_until): (i16, DateTime<Utc>, Option<DateTime<Utc>>) =
            sqlx::query_as(
                "SELECT failures, window_start, locked_until FROM identification_lock WHERE nir_hash = $1 FOR UPDATE",
            )
            .bind(nir_hash.as_slice())
            .fetch_one(&mut *tx)
            .await?;
        if let Some(until) = locked_until.filter(|u| *u > now) {
            tx.commit().await?;
            return Ok(Outcome::NirLocked { until });
        }
        let (address_failures, address_window): (i32, DateTime<Utc>) = sqlx::query_as(
            "SELECT failures, window_start FROM identification_address WHERE address_hash = $1 FOR UPDATE",
        )
        .bind(address_hash.as_slice())
        .fetch_one(&mut *tx)
        .await?;
        let address_failures = if address_window < window_start {
            0
        } else {
            address_failures
        };
        if address_failures >= limits.failures_per_address {
            tx.commit().await?;
            return Ok(Outcome::AddressLimited);
        }

        // Every usable code of this person on this card; the code itself is
        // compared here, in constant time, not in SQL.
        let candidates: Vec<(i64, i64, Vec<u8>)> = sqlx::query_as(
            "SELECT b.id, cc.id, cc.code_hash FROM beneficiary b \
             JOIN vitale_card_beneficiary cb ON cb.beneficiary_id = b.id \
             JOIN vitale_card c ON c.id = cb.card_id \
             JOIN creation_code cc ON cc.beneficiary_id = b.id \
             WHERE b.nir = $1 AND c.serial = $2 AND c.card_type = $3 AND c.revoked_at IS NULL \
               AND cc.used_at IS NULL AND cc.expires_at > $4",
        )
        .bind(identity.nir.as_str())
        .bind(identity.serial.as_str())
        .bind(identity.card_type.code())
        .bind(now)
        .fetch_all(&mut *tx)
        .await?;
        let typed = keyed_hash(key, identity.code.as_str());
        let matched = candidates
            .iter()
            .fold(None, |found, (beneficiary_id, code_id, hash)| {
                let equal: bool = hash.as_slice().ct_eq(typed.as_slice()).into();
                found.or(equal.then_some((*beneficiary_id, *code_id)))
            });

        let outcome = match matched {
            Some((beneficiary_id, code_id)) => {
                sqlx::query("DELETE FROM identification_lock WHERE nir_hash = $1")
                    .bind(nir_hash.as_slice())
                    .execute(&mut *tx)
                    .await?;
                Outcome::Identified {
                    beneficiary_id,
                    code_id,
                }
            }
            None => {
                let failures = if nir_window < window_start {
                    0
                } else {
                    failures
                } + 1;
                let (failures, locked_until, nir_window) = if failures >= limits.failures_per_nir {
                    (0, Some(now + limits.lock), now)
                } else if failures == 1 {
                    (1, None, now)
                } else {
                    (failures, None, nir_window)
                };
                sqlx::query(
                    "UPDATE identification_lock SET failures = $2, window_start = $3, locked_until = $4 WHERE nir_hash = $1",
                )
                .bind(nir_hash.as_slice())
                .bind(failures)
                .bind(nir_window)
                .bind(locked_until)
                .execute(&mut *tx)
                .await?;
                let (count, start) = if address_window < window_start {
                    (1, now)
                } else {
                    (address_failures + 1, address_window)
                };
                sqlx::query(
                    "UPDATE identification_address SET failures = $2, window_start = $3 WHERE address_hash = $1",
                )
                .bind(address_hash.as_slice())
                .bind(count)
                .bind(start)
                .execute(&mut *tx)
                .await?;
                match locked_until {
                    Some(until) => Outcome::NirLocked { until },
                    None => Outcome::NoMatch,
                }
            }
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
        assert!(errors[0].message.contains("15 caractères"));
        assert!(errors.iter().all(|e| !e.message.is_empty()));
    }
}
