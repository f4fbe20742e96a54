//! The timed 25-foot walk, self-timed: how long it takes to walk a
//! measured 25 feet (7.6 m), twice, with the usual walking aid. Pure:
//! the stopwatch arithmetic, the checks and the person's own change over
//! time are here and tested natively.
//!
//! Only the person's own change is ever shown: no norms, no diagnosis.
//! A phone's timing is rough (a tap is early or late by a few tenths),
//! and a walk differs from day to day, so a change under 1 in 5 (20 %)
//! is called "about the same"; 20 % is the change neurologists look for
//! in this test.

use super::date::Date;
use super::model::Note;
use crate::lang::Lang;

/// The longest a walk can be timed, in tenths of a second: the test's
/// own rule stops a walk at 180 seconds.
pub const MAX_TENTHS: u16 = 1800;
/// A change smaller than this share (in percent) is "about the same".
pub const NOISE_PERCENT: u32 = 20;

/// A walk's time, in tenths of a second (0.1 to 180.0 s).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct WalkTime(u16);

impl WalkTime {
    /// A time in tenths of a second, if it is a possible one.
    pub fn from_tenths(tenths: u32) -> Result<WalkTime, WalkError> {
        match u16::try_from(tenths) {
            Ok(t) if (1..=MAX_TENTHS).contains(&t) => Ok(WalkTime(t)),
            _ => Err(WalkError::OutOfRange),
        }
    }

    /// The time between a stopwatch's start and stop taps, in
    /// milliseconds from any clock (the page's `performance.now()`),
    /// rounded to the nearest tenth.
    pub fn from_stopwatch(
        start_ms: f64,
        stop_ms: f64,
    ) -> Result<WalkTime, WalkError> {
        let elapsed = stop_ms - start_ms;
        if !elapsed.is_finite() || elapsed <= 0.0 {
            return Err(WalkError::OutOfRange);
        }
        let tenths = (elapsed / 100.0).round();
        if tenths > f64::from(MAX_TENTHS) {
            return Err(WalkError::OutOfRange);
        }
        // In range 0..=1800 here, so the cast keeps the value.
        WalkTime::from_tenths(tenths as u32)
    }

    /// Reads a typed time in seconds: "8", "8.4" (a decimal point, or a
    /// comma as some phones' keyboards give).
    pub fn parse(text: &str) -> Result<WalkTime, WalkError> {
        let text = text.trim().replace(',', ".");
        let (whole, tenth) = match text.split_once('.') {
            Some((w, t)) => (w, t),
            None => (text.as_str(), "0"),
        };
        let digits =
            |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(whole)
            || !digits(tenth)
            || tenth.len() != 1
            || whole.len() > 3
        {
            return Err(WalkError::NotATime(text.to_string()));
        }
        let whole: u32 = whole
            .parse()
            .map_err(|_| WalkError::NotATime(text.clone()))?;
        let tenth: u32 = tenth
            .parse()
            .map_err(|_| WalkError::NotATime(text.clone()))?;
        WalkTime::from_tenths(whole * 10 + tenth)
    }

    /// Tenths of a second.
    pub fn tenths(self) -> u16 {
        self.0
    }

    /// "8.4" (seconds, with a decimal point in both languages: US
    /// Spanish writes 8.4 too).
    pub fn seconds_text(self) -> String {
        format!("{}.{}", self.0 / 10, self.0 % 10)
    }
}

/// What the person walked with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aid {
    None,
    /// A cane or crutch on one side.
    OneSide,
    /// Canes or crutches on both sides.
    BothSides,
    Walker,
    Other,
}

impl Aid {
    /// Every aid, in the order a form lists them.
    pub const ALL: [Aid; 5] = [
        Aid::None,
        Aid::OneSide,
        Aid::BothSides,
        Aid::Walker,
        Aid::Other,
    ];

    /// The aid's word in a stored diary and its exports.
    pub const fn code(self) -> &'static str {
        match self {
            Aid::None => "none",
            Aid::OneSide => "one-side",
            Aid::BothSides => "both-sides",
            Aid::Walker => "walker",
            Aid::Other => "other",
        }
    }

    /// The aid a stored word names.
    pub fn from_code(code: &str) -> Option<Aid> {
        Aid::ALL.into_iter().find(|a| a.code() == code)
    }

    /// The aid's name in a language.
    pub const fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Aid::None => lang.pick("No walking aid", "Sin ayuda para caminar"),
            Aid::OneSide => lang.pick(
                "Cane or crutch, one side",
                "Bastón o muleta, de un lado",
            ),
            Aid::BothSides => lang.pick(
                "Canes or crutches, both sides",
                "Bastones o muletas, de los dos lados",
            ),
            Aid::Walker => lang.pick("Walker", "Andadera"),
            Aid::Other => lang.pick("Other aid", "Otra ayuda"),
        }
    }
}

/// One test: a date, one or two walks, the aid and who timed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkTest {
    pub date: Date,
    /// The first walk, and the second if it was done.
    pub first: WalkTime,
    pub second: Option<WalkTime>,
    pub aid: Aid,
    /// True when a second person timed it.
    pub timed_by_other: bool,
    /// Anything worth knowing about that day's walk.
    pub note: Note,
}

impl WalkTest {
    /// The average of the walks, to the nearest tenth (halves up).
    pub fn average(&self) -> WalkTime {
        match self.second {
            Some(second) => {
                let sum = u32::from(self.first.0) + u32::from(second.0);
                // Both at most 1800, so the average fits.
                WalkTime(u16::try_from(sum.div_ceil(2)).unwrap_or(MAX_TENTHS))
            }
            None => self.first,
        }
    }

    /// The better (shorter) walk.
    pub fn better(&self) -> WalkTime {
        self.second.map_or(self.first, |s| s.min(self.first))
    }
}

/// How the person's own walk changed from one test to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// Within the noise: under 20 % either way.
    AboutTheSame,
    /// Slower by this percent (20 or more).
    Slower(u32),
    /// Faster by this percent (20 or more).
    Faster(u32),
}

/// The change in the average time from the earliest test to the latest
/// in `tests` (in any order), or `None` with fewer than 2 tests. With
/// `same_aid`, only tests with the latest test's aid count: a time with
/// a walker does not compare with one without.
pub fn change(tests: &[WalkTest], same_aid: bool) -> Option<Change> {
    let latest = tests.iter().max_by_key(|t| t.date)?;
    let comparable: Vec<&WalkTest> = tests
        .iter()
        .filter(|t| !same_aid || t.aid == latest.aid)
        .collect();
    let earliest = comparable.iter().min_by_key(|t| t.date)?;
    if comparable.len() < 2 || earliest.date == latest.date {
        return None;
    }
    let (from, to) = (
        u32::from(earliest.average().0),
        u32::from(latest.average().0),
    );
    // Percent of the earlier time, to the nearest whole percent.
    let percent = |diff: u32| (diff * 100 + from / 2) / from;
    Some(if to > from && percent(to - from) >= NOISE_PERCENT {
        Change::Slower(percent(to - from))
    } else if from > to && percent(from - to) >= NOISE_PERCENT {
        Change::Faster(percent(from - to))
    } else {
        Change::AboutTheSame
    })
}

impl Change {
    /// The change in words, in a language: the person's own change,
    /// never a judgement.
    pub fn words_in(self, lang: Lang) -> String {
        match (self, lang) {
            (Change::AboutTheSame, Lang::En) => "About the same".to_string(),
            (Change::AboutTheSame, Lang::Es) => "Más o menos igual".to_string(),
            (Change::Slower(p), Lang::En) => {
                format!("{p}% slower than your first test")
            }
            (Change::Slower(p), Lang::Es) => {
                format!("{p}% más lento que su primera prueba")
            }
            (Change::Faster(p), Lang::En) => {
                format!("{p}% faster than your first test")
            }
            (Change::Faster(p), Lang::Es) => {
                format!("{p}% más rápido que su primera prueba")
            }
        }
    }
}

/// Why a walk time was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WalkError {
    /// Zero, negative, or over 180 seconds.
    OutOfRange,
    /// Typed text that is not a time in seconds.
    NotATime(String),
}

impl WalkError {
    /// What to tell the person, in a language.
    pub fn message_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (WalkError::OutOfRange, Lang::En) => {
                "A walk's time is from 0.1 to 180 seconds. Over 180, the test \
stops: rest, and tell your MS team."
                    .to_string()
            }
            (WalkError::OutOfRange, Lang::Es) => {
                "El tiempo de una caminata es de 0.1 a 180 segundos. Pasados \
180, la prueba se detiene: descanse y avise a su equipo de atención de la EM."
                    .to_string()
            }
            (WalkError::NotATime(text), Lang::En) => {
                format!("\"{text}\" is not a time. Type seconds, like 8.4.")
            }
            (WalkError::NotATime(text), Lang::Es) => {
                format!(
                    "\"{text}\" no es un tiempo. Escriba segundos, como 8.4."
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(text: &str) -> WalkTime {
        WalkTime::parse(text).unwrap()
    }

    fn test_on(
        day: u32,
        first: &str,
        second: Option<&str>,
        aid: Aid,
    ) -> WalkTest {
        WalkTest {
            date: Date::new(2026, 11, day).unwrap(),
            first: t(first),
            second: second.map(t),
            aid,
            timed_by_other: false,
            note: Note::default(),
        }
    }

    #[test]
    fn the_stopwatch_rounds_to_a_tenth_and_refuses_the_impossible() {
        assert_eq!(
            WalkTime::from_stopwatch(1000.0, 9449.0)
                .unwrap()
                .seconds_text(),
            "8.4"
        );
        assert_eq!(
            WalkTime::from_stopwatch(1000.0, 9450.0)
                .unwrap()
                .seconds_text(),
            "8.5"
        );
        assert_eq!(
            WalkTime::from_stopwatch(0.0, 180_000.0).unwrap().tenths(),
            1800
        );
        for (start, stop) in [
            (5.0, 5.0),
            (9.0, 5.0),
            (0.0, 180_060.0),
            (0.0, f64::NAN),
            (f64::NEG_INFINITY, 0.0),
            (0.0, 40.0), // a double tap: under a twentieth of a second
        ] {
            assert_eq!(
                WalkTime::from_stopwatch(start, stop),
                Err(WalkError::OutOfRange),
                "{start} {stop}"
            );
        }
    }

    #[test]
    fn typed_times_are_seconds_with_one_decimal() {
        assert_eq!(t("8.4").tenths(), 84);
        assert_eq!(t("8").tenths(), 80);
        assert_eq!(t(" 12,5 ").tenths(), 125);
        assert_eq!(t("180.0").tenths(), 1800);
        assert_eq!(WalkTime::parse("180.1"), Err(WalkError::OutOfRange));
        assert_eq!(WalkTime::parse("0"), Err(WalkError::OutOfRange));
        for bad in ["", "8.45", "-3", "8.", ".5", "ocho", "1e2", "9999", "8.4s"]
        {
            assert!(
                matches!(WalkTime::parse(bad), Err(WalkError::NotATime(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn average_and_better_of_two_walks() {
        let test = test_on(2, "8.4", Some("8.9"), Aid::None);
        assert_eq!(test.average().seconds_text(), "8.7"); // 8.65 rounds up
        assert_eq!(test.better().seconds_text(), "8.4");
        let one = test_on(2, "9.0", None, Aid::None);
        assert_eq!(one.average(), one.better());
    }

    #[test]
    fn change_is_the_persons_own_with_a_noise_band() {
        let first = test_on(1, "8.0", Some("8.0"), Aid::None);
        assert_eq!(change(std::slice::from_ref(&first), false), None);
        // 15 % slower: within the noise.
        let a_bit = test_on(20, "9.2", Some("9.2"), Aid::None);
        assert_eq!(
            change(&[first.clone(), a_bit], false),
            Some(Change::AboutTheSame)
        );
        // 25 % slower.
        let slower = test_on(20, "10.0", None, Aid::None);
        assert_eq!(
            change(&[slower.clone(), first.clone()], false),
            Some(Change::Slower(25))
        );
        // 20 % faster, exactly at the band's edge.
        let faster = test_on(20, "6.4", None, Aid::None);
        assert_eq!(
            change(&[first.clone(), faster], false),
            Some(Change::Faster(20))
        );
        // Two tests on one day are not a change over time.
        let same_day = test_on(1, "12.0", None, Aid::None);
        assert_eq!(change(&[first.clone(), same_day], false), None);
    }

    #[test]
    fn a_time_with_another_aid_is_not_compared_when_asked() {
        let without = test_on(1, "8.0", None, Aid::None);
        let with_walker = test_on(20, "12.0", None, Aid::Walker);
        let tests = [without, with_walker];
        assert_eq!(change(&tests, false), Some(Change::Slower(50)));
        assert_eq!(change(&tests, true), None);
    }

    #[test]
    fn words_in_both_languages() {
        assert_eq!(
            Change::Slower(25).words_in(Lang::En),
            "25% slower than your first test"
        );
        assert_eq!(
            Change::Faster(20).words_in(Lang::Es),
            "20% más rápido que su primera prueba"
        );
        assert_eq!(
            Change::AboutTheSame.words_in(Lang::Es),
            "Más o menos igual"
        );
        assert!(
            WalkError::OutOfRange
                .message_in(Lang::Es)
                .contains("0.1 a 180")
        );
        assert_eq!(Aid::Walker.label_in(Lang::Es), "Andadera");
    }
}
