//! A calendar date without a time or time zone. The diary keeps one entry
//! per day and the browser layer supplies "today", so a date is all the
//! model needs; a small type keeps chrono and its tables out of the wasm.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::InputError;

/// A valid date from 0001-01-01 to 9999-12-31 (the range the 4-digit
/// "YYYY-MM-DD" form can write). Orders by time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order matters: the derived Ord compares year, month, day.
    year: u16,
    month: u8,
    day: u8,
}

/// Days from 0000-03-01 to 1970-01-01 in the proleptic Gregorian calendar.
const EPOCH_SHIFT: i64 = 719_468;
/// Days in a 400-year cycle.
const CYCLE: i64 = 146_097;

impl Date {
    /// The date in words in a language: "28 November 2026", "28 de
    /// noviembre de 2026".
    pub fn words_in(self, lang: crate::lang::Lang) -> String {
        crate::content::review::date_words(
            self.year(),
            self.month(),
            self.day(),
            lang,
        )
    }

    /// The date as US readers write it, short: "Oct 31, 2026".
    pub fn us(self) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec",
        ];
        let month = MONTHS
            .get(self.month().saturating_sub(1) as usize)
            .copied()
            .unwrap_or_default();
        format!("{month} {}, {}", self.day(), self.year())
    }

    /// The earliest date the type holds.
    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };
    /// The latest date the type holds.
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// The date, or `None` if there is no such day (2026-02-30) or the
    /// year is outside 1 to 9999.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Date> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        // The casts cannot truncate: the ranges are checked above.
        valid.then_some(Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Reads the ISO form "YYYY-MM-DD", exactly 10 characters.
    pub fn parse(text: &str) -> Result<Date, InputError> {
        let bad = || InputError::BadDate(text.to_string());
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let number = |range: std::ops::Range<usize>| {
            b[range].iter().try_fold(0u32, |n, c| {
                c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
            })
        };
        match (number(0..4), number(5..7), number(8..10)) {
            (Some(y), Some(m), Some(d)) => Date::new(y, m, d).ok_or_else(bad),
            _ => Err(bad()),
        }
    }

    /// The year, 1 to 9999.
    pub fn year(self) -> u32 {
        self.year.into()
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u32 {
        self.month.into()
    }

    /// The day of the month, 1 to 31.
    pub fn day(self) -> u32 {
        self.day.into()
    }

    /// Days since 1970-01-01 (negative before it), for date arithmetic.
    pub fn days_since_epoch(self) -> i32 {
        // Howard Hinnant's days_from_civil: count from a year that starts
        // in March, so the leap day is the last day of the year.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let year_of_era = y - era * 400;
        let day_of_year = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4
            - year_of_era / 100
            + day_of_year;
        // Years 1 to 9999 span about 3.65 million days: fits an i32.
        (era * CYCLE + day_of_era - EPOCH_SHIFT) as i32
    }

    /// The date `days` after 1970-01-01, or `None` outside 0001-9999.
    pub fn from_days(days: i32) -> Option<Date> {
        let z = i64::from(days) + EPOCH_SHIFT;
        let era = z.div_euclid(CYCLE);
        let day_of_era = z - era * CYCLE;
        let year_of_era = (day_of_era - day_of_era / 1460
            + day_of_era / 36_524
            - day_of_era / 146_096)
            / 365;
        let day_of_year = day_of_era
            - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        let year = u32::try_from(year).ok()?;
        Date::new(year, month as u32, day as u32)
    }

    /// The date `days` later (earlier if negative). Stops at
    /// [`Date::MIN`] or [`Date::MAX`] rather than failing, which only
    /// matters thousands of years away from any diary date.
    pub fn add_days(self, days: i32) -> Date {
        let target = self.days_since_epoch().saturating_add(days);
        Date::from_days(target).unwrap_or(if days < 0 {
            Date::MIN
        } else {
            Date::MAX
        })
    }
}

/// True in leap years of the Gregorian calendar.
fn is_leap(year: u32) -> bool {
    year.is_multiple_of(4)
        && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    /// The ISO form "YYYY-MM-DD".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_and_formats_iso_dates() {
        let d = date("2026-11-27");
        assert_eq!((d.year(), d.month(), d.day()), (2026, 11, 27));
        assert_eq!(d.to_string(), "2026-11-27");
        assert_eq!(date("0001-01-01").to_string(), "0001-01-01");
    }

    #[test]
    fn refuses_impossible_and_malformed_dates() {
        for text in [
            "2026-02-30",
            "2026-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "0000-01-01",
            "2026-1-01",
            "2026/01/01",
            "26-01-01",
            "2026-01-01 ",
            "+026-01-01",
            "2026-01-0a",
            "",
        ] {
            assert!(Date::parse(text).is_err(), "{text} should be refused");
        }
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2000-02-29").is_ok());
    }

    #[test]
    fn counts_days_from_the_unix_epoch() {
        assert_eq!(date("1970-01-01").days_since_epoch(), 0);
        assert_eq!(date("1969-12-31").days_since_epoch(), -1);
        assert_eq!(date("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(date("2026-11-27").days_since_epoch(), 20_784);
        assert_eq!(Date::from_days(20_784), Some(date("2026-11-27")));
    }

    #[test]
    fn every_day_round_trips_through_day_numbers() {
        let mut expected = date("1599-12-25");
        let first = expected.days_since_epoch();
        for n in first..first + 200_000 {
            let d = Date::from_days(n).unwrap();
            assert_eq!(d, expected);
            assert_eq!(d.days_since_epoch(), n);
            expected = next_day(expected);
        }
    }

    /// The day after, by calendar rules alone (no day numbers), so the
    /// round-trip test above checks the arithmetic against something
    /// independent.
    fn next_day(d: Date) -> Date {
        let (y, m, day) = (d.year(), d.month(), d.day());
        Date::new(y, m, day + 1)
            .or_else(|| Date::new(y, m + 1, 1))
            .unwrap_or_else(|| Date::new(y + 1, 1, 1).unwrap())
    }

    #[test]
    fn adds_days_across_months_leap_days_and_the_range_ends() {
        assert_eq!(date("2024-02-28").add_days(1), date("2024-02-29"));
        assert_eq!(date("2023-02-28").add_days(1), date("2023-03-01"));
        assert_eq!(date("2026-01-01").add_days(-1), date("2025-12-31"));
        assert_eq!(date("2026-11-27").add_days(-365), date("2025-11-27"));
        assert_eq!(date("9999-12-30").add_days(5), Date::MAX);
        assert_eq!(date("0001-01-02").add_days(-5), Date::MIN);
        assert_eq!(Date::MAX.add_days(i32::MAX), Date::MAX);
        assert_eq!(Date::MIN.add_days(i32::MIN), Date::MIN);
    }

    #[test]
    fn serializes_as_an_iso_string() {
        let d = date("2026-03-05");
        assert_eq!(serde_json::to_string(&d).unwrap(), "\"2026-03-05\"");
        let back: Date = serde_json::from_str("\"2026-03-05\"").unwrap();
        assert_eq!(back, d);
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }
}
