//! When the content was last checked against its sources, and when it is
//! due to be checked again.

/// The date the content was last reviewed (ISO 8601).
pub const LAST_REVIEWED: &str = "2026-11-29";

/// The date the next review is due (ISO 8601).
pub const NEXT_REVIEW: &str = "2027-11-29";

use crate::lang::Lang;

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

/// Month names in Spanish: lowercase, as Spanish writes them.
const MESES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// Turns an ISO date ("2026-11-28") into the words people read
/// ("28 November 2026"). Returns `None` unless the text is exactly
/// YYYY-MM-DD and names a real day (leap years included).
pub fn display_date(iso: &str) -> Option<String> {
    display_date_in(iso, Lang::En)
}

/// An ISO date in words in a language: "28 November 2026", or in
/// Spanish "28 de noviembre de 2026" (the glossary's form: no all-number
/// dates, whose order US and Latin American readers disagree on).
pub fn display_date_in(iso: &str, lang: Lang) -> Option<String> {
    let bytes = iso.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let digits = iso.get(range)?;
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1..=12).contains(&month) || day < 1 || day > days_in(year, month) {
        return None;
    }
    Some(date_words(year, month, day, lang))
}

/// A real date's words in a language (`month` 1 to 12): "28 November
/// 2026", "28 de noviembre de 2026". The diary's dates come here too.
pub fn date_words(year: u32, month: u32, day: u32, lang: Lang) -> String {
    let index = month.clamp(1, 12) as usize - 1;
    match lang {
        Lang::En => format!("{day} {} {year}", MONTHS[index]),
        Lang::Es => format!("{day} de {} de {year}", MESES[index]),
    }
}

fn days_in(year: u32, month: u32) -> u32 {
    let leap = year.is_multiple_of(4)
        && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_dates_read_as_words() {
        assert_eq!(
            display_date(LAST_REVIEWED).as_deref(),
            Some("29 November 2026")
        );
        assert_eq!(
            display_date(NEXT_REVIEW).as_deref(),
            Some("29 November 2027")
        );
        assert!(LAST_REVIEWED < NEXT_REVIEW, "ISO dates sort as text");
    }

    #[test]
    fn spanish_dates_read_as_the_glossary_writes_them() {
        assert_eq!(
            display_date_in(LAST_REVIEWED, Lang::Es).as_deref(),
            Some("29 de noviembre de 2026")
        );
        assert_eq!(
            display_date_in("2027-01-05", Lang::Es).as_deref(),
            Some("5 de enero de 2027")
        );
        assert_eq!(display_date_in("2026-02-29", Lang::Es), None);
    }

    #[test]
    fn days_have_no_leading_zero() {
        assert_eq!(display_date("2026-03-05").as_deref(), Some("5 March 2026"));
        assert_eq!(
            display_date("2027-01-31").as_deref(),
            Some("31 January 2027")
        );
    }

    #[test]
    fn leap_days_only_in_leap_years() {
        assert!(display_date("2024-02-29").is_some());
        assert!(display_date("2000-02-29").is_some());
        assert!(display_date("2026-02-29").is_none());
        assert!(display_date("2100-02-29").is_none());
    }

    #[test]
    fn malformed_dates_are_refused() {
        for bad in [
            "",
            "2026-11-31",
            "2026-13-01",
            "2026-00-10",
            "2026-11-00",
            "2026-1-028",
            "26-11-2028",
            "2026/11/28",
            "2026-11-28T00",
            "+026-11-28",
            "2026-+1-28",
            "2026-11-2x",
            "２０２６-11-28",
        ] {
            assert_eq!(display_date(bad), None, "{bad}");
        }
    }
}
