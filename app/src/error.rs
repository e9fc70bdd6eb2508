//! The one error of every server function: what went wrong, as codes of
//! the message catalogue, and the HTTP status that says whose fault it is.

use crate::forms::fields::{Field, FieldError};
use crate::messages::{Msg, Text};
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PortalError {
    /// Fields the person has to correct; nothing changed.
    Invalid(Vec<FieldError>),
    /// Understood and refused (a rule, a lock, an ended session); nothing changed.
    Refused(Msg),
    /// The service's fault (database, disk…); nothing was saved. Logged where
    /// it happened, never shown.
    Unavailable,
    /// The request could not be read (server side), or its answer never
    /// arrived (browser side).
    Call(Call),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Call {
    Malformed,
    Interrupted,
}

impl PortalError {
    pub fn field(field: Field, message: impl Into<Msg>) -> Self {
        PortalError::Invalid(vec![FieldError::new(field, message)])
    }

    pub fn refused(message: impl Into<Msg>) -> Self {
        PortalError::Refused(message.into())
    }

    /// 422 for the person's mistake or a refusal, 400 for a request no page
    /// of ours sends, 503 for our fault.
    pub fn status(&self) -> u16 {
        match self {
            PortalError::Invalid(_) | PortalError::Refused(_) => 422,
            PortalError::Call(Call::Malformed) => 400,
            PortalError::Unavailable | PortalError::Call(Call::Interrupted) => 503,
        }
    }

    /// The messages of the fields among `fields`, and the others (for the
    /// whole form).
    pub fn split(&self, fields: &[Field]) -> (Vec<FieldError>, Vec<String>) {
        match self {
            PortalError::Invalid(errors) => {
                let (on, off): (Vec<_>, Vec<_>) = errors
                    .iter()
                    .cloned()
                    .partition(|e| fields.contains(&e.field));
                (on, off.into_iter().map(|e| e.message.text()).collect())
            }
            other => (Vec::new(), vec![other.general()]),
        }
    }

    /// The sentence for the whole form.
    pub fn general(&self) -> String {
        match self {
            PortalError::Invalid(errors) => errors
                .iter()
                .map(|e| e.message.text())
                .collect::<Vec<_>>()
                .join(" "),
            PortalError::Refused(m) => m.text(),
            PortalError::Unavailable => Text::Unavailable.text(),
            PortalError::Call(Call::Malformed) => Text::Malformed.text(),
            PortalError::Call(Call::Interrupted) => Text::Interrupted.text(),
        }
    }
}

impl std::fmt::Display for PortalError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.general())
    }
}

impl From<Text> for PortalError {
    fn from(t: Text) -> Self {
        PortalError::Refused(t.into())
    }
}

impl From<Vec<FieldError>> for PortalError {
    fn from(errors: Vec<FieldError>) -> Self {
        PortalError::Invalid(errors)
    }
}

impl FromServerFnError for PortalError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Cut on the way, or no answer we can read.
            ServerFnErrorErr::Request(_) | ServerFnErrorErr::Response(_) => {
                PortalError::Call(Call::Interrupted)
            }
            ServerFnErrorErr::ServerError(_)
            | ServerFnErrorErr::MiddlewareError(_)
            | ServerFnErrorErr::Serialization(_) => PortalError::Unavailable,
            _ => PortalError::Call(Call::Malformed),
        }
    }
}

/// A database error: logged once, by kind only (no personal data), and
/// answered as the service's fault.
#[cfg(feature = "ssr")]
impl From<sqlx::Error> for PortalError {
    fn from(e: sqlx::Error) -> Self {
        crate::http::unavailable(e)
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_status_says_whose_fault_it_is() {
        assert_eq!(
            PortalError::field(Field::Login, Text::ControlCharacter).status(),
            422
        );
        assert_eq!(PortalError::from(Text::Malformed).status(), 422);
        assert_eq!(PortalError::Unavailable.status(), 503);
        let garbled = PortalError::de(leptos::server_fn::Bytes::from_static(
            b"ServerError|Appelez le 08 99",
        ));
        assert_eq!(garbled, PortalError::Call(Call::Malformed));
        assert_eq!(garbled.status(), 400);
    }
}
