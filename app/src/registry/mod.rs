//! The insurer's registry of beneficiaries, as every feature reads it: who
//! a person is, whether they are a minor, and the reimbursement history a
//! new record receives.

/// The one SQL statement of minority, as the end of the representatives'
/// access and the majority invitation both read it: a birth date plus the
/// age of majority still after today in Paris's calendar. Arguments are the
/// SQL of the birth date, of the moment and of the age of majority (bind
/// `AGE_OF_MAJORITY`), so that every query states it with its own
/// placeholders.
#[cfg(feature = "ssr")]
macro_rules! under_age {
    ($birth:literal, $now:literal, $age:literal) => {
        concat!(
            "(",
            $birth,
            " + make_interval(years => ",
            $age,
            ") > (",
            $now,
            " AT TIME ZONE 'Europe/Paris')::date)"
        )
    };
}
#[cfg(feature = "ssr")]
pub(crate) use under_age;

pub mod identify;
#[cfg(feature = "ssr")]
pub mod limits;

#[cfg(feature = "ssr")]
mod beneficiaries;
#[cfg(feature = "ssr")]
pub use beneficiaries::*;
