//! Deposit rules shared by patients and professionals: the spaces of a
//! record, what a file really is (read from its bytes), the checks of an
//! upload form, and reading a multipart form within its size limit.

#[cfg(feature = "ssr")]
use crate::error::PortalError;
use crate::forms::fields::{Field, FieldError};
use crate::messages::Text;
#[cfg(feature = "ssr")]
use leptos::server_fn::codec::MultipartData;

/// The spaces of a record (address slug, title), in the order pages show them.
pub const SPACES: [(&str, &str); 10] = [
    ("syntheses", "Synthèses"),
    ("traitements", "Traitements"),
    ("analyses", "Analyses"),
    ("imagerie", "Imagerie"),
    ("comptes-rendus", "Comptes rendus"),
    ("prevention", "Prévention"),
    ("certificats", "Certificats"),
    ("remboursements", "Données de remboursement"),
    ("personnel", "Espace personnel"),
    ("directives", "Directives anticipées"),
];

/// A space's title in the reader's language (the French of [`SPACES`]
/// stays for the access trace); an unknown slug reads as itself.
pub fn space_title(slug: &str) -> String {
    let key = match slug {
        "syntheses" => "record-space-syntheses",
        "traitements" => "record-space-traitements",
        "analyses" => "record-space-analyses",
        "imagerie" => "record-space-imagerie",
        "comptes-rendus" => "record-space-comptes-rendus",
        "prevention" => "record-space-prevention",
        "certificats" => "record-space-certificats",
        "remboursements" => "record-space-remboursements",
        "personnel" => "record-space-personnel",
        "directives" => "record-space-directives",
        _ => return slug.to_string(),
    };
    crate::i18n::t(key)
}

/// [I] Largest file a patient may deposit.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// The real type of a file, read from its first bytes (never from its name).
pub fn sniff(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"%PDF-") {
        Some("application/pdf")
    } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some("image/jpeg")
    } else if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        Some("image/png")
    } else {
        None
    }
}

/// The checks of an upload that need neither the file's bytes nor the
/// database, shared by the browser (before sending) and the server.
/// `today` and `date` are `YYYY-MM-DD`; an empty date means today.
pub fn check_fields(type_code: &str, title: &str, date: &str, today: &str) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let mut push = |field, message: Text| errors.push(FieldError::new(field, message));
    if type_code.trim().is_empty() {
        push(Field::DocumentType, Text::ChooseType);
    }
    let title = title.trim();
    if title.is_empty() {
        push(Field::DocumentTitle, Text::DocumentTitleMissing);
    } else if title.chars().count() > 200 {
        push(Field::DocumentTitle, Text::DocumentTitleTooLong);
    }
    let date = date.trim();
    if !date.is_empty() {
        if !is_calendar_date(date) {
            push(Field::DocumentDate, Text::DocumentDateInvalid);
        } else if date > today {
            push(Field::DocumentDate, Text::DocumentDateFuture);
        }
    }
    errors
}

/// `YYYY-MM-DD` naming a day that exists.
pub fn is_calendar_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    s.len() == 10 && (1000..=9999).contains(&y) && (1..=days).contains(&d)
}

/// A multipart form once read: its text fields and its one file (`file`),
/// read in chunks and abandoned past [`MAX_BYTES`].
#[cfg(feature = "ssr")]
pub struct MultipartForm {
    fields: Vec<(String, String)>,
    pub file: Vec<u8>,
    pub too_large: bool,
}

#[cfg(feature = "ssr")]
impl MultipartForm {
    pub fn text(&self, name: &str) -> String {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

#[cfg(feature = "ssr")]
pub async fn read_multipart(data: MultipartData) -> Result<MultipartForm, PortalError> {
    let mut multipart = data
        .into_inner()
        .ok_or_else(|| crate::http::fault("multipart body already taken"))?;
    let mut form = MultipartForm {
        fields: Vec::new(),
        file: Vec::new(),
        too_large: false,
    };
    while let Ok(Some(mut field)) = multipart.next_field().await {
        let name = field.name().unwrap_or_default().to_string();
        let mut bytes = Vec::new();
        while let Ok(Some(chunk)) = field.chunk().await {
            if bytes.len() + chunk.len() > MAX_BYTES {
                form.too_large = true;
                return Ok(form);
            }
            bytes.extend_from_slice(&chunk);
        }
        if name == "file" {
            form.file = bytes;
        } else {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            // A title or a type is a line; nothing a person types holds a
            // control character, and PostgreSQL refuses a NUL.
            if text.len() > MAX_TEXT_FIELD || crate::forms::input::has_control(&text) {
                return Err(PortalError::refused(Text::UnreadableField));
            }
            form.fields.push((name, text));
        }
    }
    Ok(form)
}

/// The longest text field of an upload form (a title, a type code).
#[cfg(feature = "ssr")]
const MAX_TEXT_FIELD: usize = 4096;

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(e: Vec<FieldError>) -> Vec<Field> {
        e.into_iter().map(|e| e.field).collect()
    }

    #[test]
    fn the_fields_are_checked_alike_in_the_browser_and_on_the_server() {
        assert!(check_fields("DOCPAT03", "Ordonnance", "", "2026-11-22").is_empty());
        assert!(check_fields("DOCPAT03", "Ordonnance", "2026-11-22", "2026-11-22").is_empty());
        assert_eq!(
            fields(check_fields("", " ", "2026-11-23", "2026-11-22")),
            [
                Field::DocumentType,
                Field::DocumentTitle,
                Field::DocumentDate
            ]
        );
        for bad in [
            "2026-02-30",
            "2025-02-29",
            "22/11/2026",
            "2026-13-01",
            "hier",
        ] {
            assert_eq!(
                fields(check_fields("X", "T", bad, "2026-11-22")),
                [Field::DocumentDate],
                "{bad}"
            );
        }
        assert!(check_fields("X", "T", "2024-02-29", "2026-11-22").is_empty());
        assert_eq!(
            fields(check_fields("X", &"é".repeat(201), "", "2026-11-22")),
            [Field::DocumentTitle]
        );
    }
}
