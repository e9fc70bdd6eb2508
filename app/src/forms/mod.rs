//! What every form of the site shares: one field-error shape, the error
//! summary linking each message to its field, labelled inputs, notices.

pub mod check;
pub mod fields;
pub mod input;
pub mod people;
pub mod ui;
