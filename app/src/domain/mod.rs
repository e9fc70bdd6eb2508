//! Pure rules of the DMP domain (`../shared/domain.md`), compiled for both
//! the browser (instant validation) and the server (the one that decides).
//! No I/O here: only parsing, formatting and arithmetic.

pub mod access;
pub mod contact;
pub mod creation_code;
pub mod fmt;
pub mod ins;
pub mod nir;
pub mod vitale;
