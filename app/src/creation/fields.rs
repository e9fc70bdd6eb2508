//! The fields of the creation forms and their errors, one shape for every
//! form, so one error summary (linking each message to its input) serves all.

use serde::{Deserialize, Serialize};

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
