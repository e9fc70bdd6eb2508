//! How the portal writes dates and compares names, the same in the
//! browser and on the server.

/// Upper case, no accents, single spaces: how names are compared.
pub fn fold(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect::<String>()
        .to_uppercase()
        .replace(['-', '\''], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A long number in groups of four digits, read and copied without
/// losing one: « 1541 1873 8747 7485 5624 88 ».
pub fn groups_of_four(digits: &str) -> String {
    let chars: Vec<char> = digits.chars().filter(|c| !c.is_whitespace()).collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(feature = "ssr")]
/// `22 novembre 2026`.
pub fn french_date(d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    const MONTHS: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    let day = if d.day() == 1 {
        "1er".to_string()
    } else {
        d.day().to_string()
    };
    format!("{day} {} {}", MONTHS[d.month0() as usize], d.year())
}

#[cfg(feature = "ssr")]
/// A date in words in `lang`: `22 novembre 2026`, `22 November 2026`.
pub fn date_in(lang: crate::i18n::Lang, d: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    match lang {
        crate::i18n::Lang::Fr => french_date(d),
        crate::i18n::Lang::En => {
            const MONTHS: [&str; 12] = [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December",
            ];
            format!("{} {} {}", d.day(), MONTHS[d.month0() as usize], d.year())
        }
    }
}
