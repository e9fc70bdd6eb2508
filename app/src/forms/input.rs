//! What comes from the address or a form is bounded here, once, before it
//! can reach the database: a date PostgreSQL cannot hold or a page number
//! that overflows must read as "not given", never as a fault.

/// The highest page number a list accepts.
pub const MAX_PAGE: i64 = 100_000;

/// A page number as typed in the address: 1 when absent or unreadable,
/// and never above [`MAX_PAGE`].
pub fn page(text: &str) -> i64 {
    text.trim().parse::<i64>().unwrap_or(1).clamp(1, MAX_PAGE)
}

/// Whether a text holds a control character other than a tab or a line
/// break (a NUL byte, an escape): nothing a person types.
pub fn has_control(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// A date as forms send it (`YYYY-MM-DD`), from 1900 to 2100; anything
/// else is `None`.
#[cfg(feature = "ssr")]
pub fn date(text: &str) -> Option<chrono::NaiveDate> {
    use chrono::Datelike;
    chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| (1900..=2100).contains(&d.year()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_stay_in_range() {
        assert_eq!(page(""), 1);
        assert_eq!(page("3"), 3);
        assert_eq!(page("-7"), 1);
        assert_eq!(page("9223372036854775807"), MAX_PAGE);
        assert_eq!(page("99999999999999999999999"), 1);
    }

    #[test]
    fn control_characters_are_found() {
        assert!(has_control("Dupont\u{0}"));
        assert!(has_control("\u{1b}[31m"));
        assert!(!has_control("Ligne 1\r\nLigne 2\tfin — « é »"));
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn dates_are_bounded() {
        assert!(date("2026-11-24").is_some());
        assert!(date(" 1900-01-01 ").is_some());
        assert!(date("-5000-01-01").is_none());
        assert!(date("+275760-09-13").is_none());
        assert!(date("1899-12-31").is_none());
        assert!(date("2026-02-30").is_none());
    }
}
