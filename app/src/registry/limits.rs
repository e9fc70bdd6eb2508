//! Limits on guessing, for every form that takes a NIR with something only
//! its holder should know (creation step 1, code requests): failures are
//! counted in the database per NIR and per client address, so they hold
//! across restarts and servers. Only keyed hashes of NIRs and addresses are
//! stored. A NIR nobody has is locked exactly like a real one, so a lock
//! never tells whether a NIR exists.

use crate::domain::nir::Nir;
use crate::secret::keyed_hash;
use chrono::{DateTime, Duration, Utc};
use sqlx::PgConnection;

/// [I] configurable; defaults from the issue.
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blocked {
    /// Too many failures for this NIR.
    Nir { until: DateTime<Utc> },
    /// Too many failures from this address.
    Address,
}

impl Blocked {
    /// Whole minutes until a NIR's lock ends (at least one).
    pub fn minutes_left(&self, now: DateTime<Utc>) -> i64 {
        match self {
            Blocked::Nir { until } => ((*until - now).num_seconds() + 59).div_euclid(60).max(1),
            Blocked::Address => 1,
        }
    }

    /// What the person is told: how long to wait, never whether the NIR exists.
    pub fn message(&self, now: DateTime<Utc>) -> crate::messages::Text {
        match self {
            Blocked::Nir { .. } => crate::messages::Text::LockedNir {
                minutes: self.minutes_left(now),
            },
            Blocked::Address => crate::messages::Text::LockedAddress,
        }
    }
}

/// The counters of one attempt, locked for the rest of its transaction so
/// that concurrent guesses queue instead of all reading "4 failures so far".
pub struct Attempt {
    nir_hash: [u8; 32],
    address_hash: [u8; 32],
    nir_failures: i16,
    nir_window: DateTime<Utc>,
    address_failures: i32,
    address_window: DateTime<Utc>,
    limits: Limits,
    now: DateTime<Utc>,
}

impl Attempt {
    /// Opens an attempt, or says why it may not be made now.
    pub async fn begin(
        tx: &mut PgConnection,
        key: &[u8],
        nir: &Nir,
        address: &str,
        limits: &Limits,
        now: DateTime<Utc>,
    ) -> Result<Result<Attempt, Blocked>, sqlx::Error> {
        let nir_hash = keyed_hash(key, &format!("nir:{}", nir.as_str()));
        sqlx::query(
            "INSERT INTO identification_lock (nir_hash, window_start) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(nir_hash.as_slice())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        // The address is seen even when the NIR's lock answers first.
        AddressAttempt::note(tx, key, address, now).await?;
        let (nir_failures, nir_window, locked_until): (i16, DateTime<Utc>, Option<DateTime<Utc>>) =
            sqlx::query_as(
                "SELECT failures, window_start, locked_until FROM identification_lock WHERE nir_hash = $1 FOR UPDATE",
            )
            .bind(nir_hash.as_slice())
            .fetch_one(&mut *tx)
            .await?;
        if let Some(until) = locked_until.filter(|u| *u > now) {
            return Ok(Err(Blocked::Nir { until }));
        }
        // Counts older than the window no longer matter.
        let (nir_failures, nir_window) = if nir_window < now - limits.window {
            (0, now)
        } else {
            (nir_failures, nir_window)
        };
        let Ok(AddressAttempt {
            address_hash,
            failures: address_failures,
            window: address_window,
        }) = AddressAttempt::begin(tx, key, address, limits, now).await?
        else {
            return Ok(Err(Blocked::Address));
        };
        Ok(Ok(Attempt {
            nir_hash,
            address_hash,
            nir_failures,
            nir_window,
            address_failures,
            address_window,
            limits: limits.clone(),
            now,
        }))
    }

    /// The holder proved they know the secret: their NIR's count starts over.
    pub async fn succeeded(self, tx: &mut PgConnection) -> Result<(), sqlx::Error> {
        sqlx::query("DELETE FROM identification_lock WHERE nir_hash = $1")
            .bind(self.nir_hash.as_slice())
            .execute(&mut *tx)
            .await?;
        Ok(())
    }

    /// Counts a failure; returns the end of the lock if this one set it.
    pub async fn failed(self, tx: &mut PgConnection) -> Result<Option<DateTime<Utc>>, sqlx::Error> {
        let failures = self.nir_failures + 1;
        let (failures, window, locked_until) = if failures >= self.limits.failures_per_nir {
            (0, self.now, Some(self.now + self.limits.lock))
        } else {
            (failures, self.nir_window, None)
        };
        sqlx::query(
            "UPDATE identification_lock SET failures = $2, window_start = $3, locked_until = $4 WHERE nir_hash = $1",
        )
        .bind(self.nir_hash.as_slice())
        .bind(failures)
        .bind(window)
        .bind(locked_until)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE identification_address SET failures = $2, window_start = $3 WHERE address_hash = $1",
        )
        .bind(self.address_hash.as_slice())
        .bind(self.address_failures + 1)
        .bind(self.address_window)
        .execute(&mut *tx)
        .await?;
        Ok(locked_until)
    }
}

/// The count of one client address, for a secret typed without a NIR (a
/// representative's invitation code, with the contact it was sent to):
/// the same rows as step 1's, so a connection that guesses is stopped at
/// the same total whichever form it tries.
pub struct AddressAttempt {
    address_hash: [u8; 32],
    failures: i32,
    window: DateTime<Utc>,
}

impl AddressAttempt {
    /// Opens an attempt from `address`, or says it must wait.
    pub async fn begin(
        tx: &mut PgConnection,
        key: &[u8],
        address: &str,
        limits: &Limits,
        now: DateTime<Utc>,
    ) -> Result<Result<AddressAttempt, Blocked>, sqlx::Error> {
        let address_hash = Self::note(tx, key, address, now).await?;
        let (failures, window): (i32, DateTime<Utc>) = sqlx::query_as(
            "SELECT failures, window_start FROM identification_address WHERE address_hash = $1 FOR UPDATE",
        )
        .bind(address_hash.as_slice())
        .fetch_one(&mut *tx)
        .await?;
        let (failures, window) = if window < now - limits.window {
            (0, now)
        } else {
            (failures, window)
        };
        if failures >= limits.failures_per_address {
            return Ok(Err(Blocked::Address));
        }
        Ok(Ok(AddressAttempt {
            address_hash,
            failures,
            window,
        }))
    }

    /// The address's row, made if it is new; its keyed hash.
    async fn note(
        tx: &mut PgConnection,
        key: &[u8],
        address: &str,
        now: DateTime<Utc>,
    ) -> Result<[u8; 32], sqlx::Error> {
        let address_hash = keyed_hash(key, &format!("address:{address}"));
        sqlx::query(
            "INSERT INTO identification_address (address_hash, window_start) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        )
        .bind(address_hash.as_slice())
        .bind(now)
        .execute(&mut *tx)
        .await?;
        Ok(address_hash)
    }

    /// Counts a failure from this address.
    pub async fn failed(self, tx: &mut PgConnection) -> Result<(), sqlx::Error> {
        sqlx::query(
            "UPDATE identification_address SET failures = $2, window_start = $3 WHERE address_hash = $1",
        )
        .bind(self.address_hash.as_slice())
        .bind(self.failures + 1)
        .bind(self.window)
        .execute(&mut *tx)
        .await?;
        Ok(())
    }
}

/// Rows that no longer hold anyone back: their window is over and no lock
/// runs. Returns how many were deleted.
pub async fn purge(
    conn: &mut PgConnection,
    limits: &Limits,
    now: DateTime<Utc>,
) -> Result<u64, sqlx::Error> {
    let window_start = now - limits.window;
    let nirs = sqlx::query(
        "DELETE FROM identification_lock WHERE window_start < $1 \
         AND (locked_until IS NULL OR locked_until < $2)",
    )
    .bind(window_start)
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    let addresses = sqlx::query("DELETE FROM identification_address WHERE window_start < $1")
        .bind(window_start)
        .execute(&mut *conn)
        .await?
        .rows_affected();
    Ok(nirs + addresses)
}
