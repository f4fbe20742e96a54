//! What the diary shows back: trends, the "possible relapse" and
//! "pseudo-relapse" flags, and the care level to show. None of this is a
//! diagnosis. Each result only says which care card to show: the levels,
//! signs and wording all come from `content::care` (after National MS
//! Society, MS Trust, NICE QS108 and MSAA guidance).

use super::report::isolated;
use super::{Date, Diary, Onset, Symptom};
use crate::content::care::{self, FlagText, PSEUDO_RELAPSE_FLAG, RELAPSE_FLAG};
use crate::content::es::care as es_care;
use crate::content::{CareLevel, CareSign};
use crate::lang::Lang;

/// Fewest points in a window for a trend direction: 2 in each third.
pub const TREND_MIN_POINTS: usize = 6;
/// How far, on the 0-10 scale, the mean of the last third of a window's
/// points must be from the mean of the first third to count as a change.
/// In tenths, so the rule stays in whole numbers: 15 = 1.5 points.
pub const TREND_CHANGE_TENTHS: i64 = 15;

/// Which way a symptom went over a window. A higher severity is worse.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Lower by at least 1.5 points.
    Better,
    /// Within 1.5 points.
    Same,
    /// Higher by at least 1.5 points.
    Worse,
    /// Fewer than [`TREND_MIN_POINTS`] days recorded in the window.
    NotEnoughData,
}

/// A symptom's severities over a window, for the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trend {
    /// (day, severity) for each recorded day in the window, oldest first.
    pub points: Vec<(Date, u8)>,
    /// Which way it went.
    pub direction: Direction,
}

/// The trend of one symptom over the `window_days` days up to and
/// including `today` (the UI offers 30, 90 and 365).
///
/// Rule: take the recorded days in the window, oldest first. With at
/// least 6, split off the first and last third (n / 3 points each) and
/// compare their mean severities: 1.5 points or more higher is Worse,
/// 1.5 or more lower is Better, anything else Same. Counting points, not
/// calendar days, means gaps in the diary do not empty a third.
pub fn trend(
    diary: &Diary,
    symptom_id: &str,
    today: Date,
    window_days: u32,
) -> Trend {
    let span = i32::try_from(window_days.max(1)).unwrap_or(i32::MAX);
    let first = today.add_days(1 - span);
    let points: Vec<(Date, u8)> = diary
        .entries
        .range(first..=today)
        .filter_map(|(d, e)| e.severity(symptom_id).map(|s| (*d, s)))
        .collect();
    let n = points.len();
    let direction = if n < TREND_MIN_POINTS {
        Direction::NotEnoughData
    } else {
        let third = n / 3;
        let sum = |part: &[(Date, u8)]| -> i64 {
            part.iter().map(|p| i64::from(p.1)).sum()
        };
        // (mean_last - mean_first) * 10 compared with 15, times `third`.
        let change = (sum(&points[n - third..]) - sum(&points[..third])) * 10;
        let limit = TREND_CHANGE_TENTHS * third as i64;
        if change >= limit {
            Direction::Worse
        } else if change <= -limit {
            Direction::Better
        } else {
            Direction::Same
        }
    };
    Trend { points, direction }
}

/// A fever or infection ticked this many days before the first worse
/// (or new) day, or on any day from then up to today, makes a flag a
/// possible pseudo-relapse rather than a possible relapse. Infections
/// often start a few days before symptoms flare, and people tick the box
/// once, on the day they notice the fever.
pub const FEVER_BEFORE_DAYS: i32 = 3;
/// A symptom marked new counts as new for this many days after it
/// started; after that the flag would only be noise.
pub const NEW_FOR_DAYS: i32 = 30;
/// The 2 days in a row behind a flag must end within this many days up
/// to today, so an old episode does not keep a flag up.
pub const RECENT_DAYS: i32 = 7;
/// The "usual" level is the average over this many days before the 2
/// days in a row.
pub const BASELINE_DAYS: i32 = 30;
/// Fewest recorded days in that time for an average to count.
pub const BASELINE_MIN_DAYS: i64 = 3;
/// How many points above the usual level counts as worse.
pub const WORSE_BY: i64 = 2;

/// Why a symptom is flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelapseReason {
    /// Marked new and started on this day, before today: so it has lasted
    /// more than 24 hours.
    NewSince(Date),
    /// Marked new (start day unknown or today) and recorded above 0 on
    /// these 2 days in a row.
    NewOnDays(Date, Date),
    /// Recorded on these 2 days in a row at least [`WORSE_BY`] points
    /// above the average (rounded) of the days before.
    Worse {
        /// The 2 days in a row, earlier first.
        days: (Date, Date),
        /// The average severity before them, rounded.
        usual: u8,
    },
    /// With a fever near it only: marked new and started (or first
    /// noted) on this day, today or yesterday.
    NewOn(Date),
    /// With a fever near it only: recorded on this day (today or
    /// yesterday) at least [`WORSE_BY`] points above the usual level.
    WorseOn {
        day: Date,
        /// The average severity before it, rounded.
        usual: u8,
    },
}

impl RelapseReason {
    /// The first day of the change: the day a new symptom started, or
    /// the first worse day.
    pub fn since(self) -> Date {
        match self {
            RelapseReason::NewSince(d) | RelapseReason::NewOn(d) => d,
            RelapseReason::NewOnDays(a, _) => a,
            RelapseReason::Worse { days: (a, _), .. } => a,
            RelapseReason::WorseOn { day, .. } => day,
        }
    }
}

/// What a flag may mean, and so how soon to act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagKind {
    /// New or worse for more than 24 hours with no fever or infection
    /// ticked near it: contact the MS team soon.
    Relapse,
    /// Worse (or new) with a fever or infection ticked near it: an
    /// infection can bring old symptoms back for a while. Contact a
    /// doctor today.
    PseudoRelapse,
}

impl FlagKind {
    /// The flag's words and care level, from the content's care table.
    pub fn text(self) -> &'static FlagText {
        self.text_in(Lang::En)
    }

    /// The flag's words in a language, with the same care level.
    pub fn text_in(self, lang: Lang) -> &'static FlagText {
        match (self, lang) {
            (FlagKind::Relapse, Lang::En) => &RELAPSE_FLAG,
            (FlagKind::PseudoRelapse, Lang::En) => &PSEUDO_RELAPSE_FLAG,
            (FlagKind::Relapse, Lang::Es) => &es_care::RELAPSE_FLAG,
            (FlagKind::PseudoRelapse, Lang::Es) => {
                &es_care::PSEUDO_RELAPSE_FLAG
            }
        }
    }

    /// How soon to act: the care level of the flag.
    pub fn level(self) -> CareLevel {
        self.text().level
    }
}

/// A symptom that is new or worse for more than 24 hours: show the care
/// card for its kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelapseFlag {
    /// The symptom's id.
    pub symptom_id: String,
    /// The symptom's name, as shown.
    pub symptom_name: String,
    /// Why.
    pub reason: RelapseReason,
    /// Relapse or pseudo-relapse.
    pub kind: FlagKind,
    /// The day a fever or infection was ticked, for a pseudo-relapse
    /// (the latest such day up to today).
    pub fever_on: Option<Date>,
}

impl RelapseFlag {
    /// Why, in a short phrase, e.g. "New since Nov 20, 2026 and lasted
    /// more than 24 hours".
    pub fn why(&self) -> String {
        self.why_in(Lang::En)
    }

    /// Why, in a short phrase in a language. The English is as [`why`];
    /// the Spanish starts in lower case, as it follows the symptom's name
    /// and a colon, and writes dates in words ("empezó el 20 de
    /// noviembre de 2026 y ha durado más de 24 horas").
    ///
    /// [`why`]: RelapseFlag::why
    pub fn why_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.why_en(),
            Lang::Es => self.why_es(),
        }
    }

    fn why_es(&self) -> String {
        match self.reason {
            RelapseReason::NewSince(d) => {
                format!("empezó el {} y ha durado más de 24 horas", day_es(d))
            }
            RelapseReason::NewOnDays(a, b) => {
                format!("síntoma nuevo, anotado {}", two_days_es(a, b))
            }
            RelapseReason::Worse {
                days: (a, b),
                usual,
            } => format!(
                "peor que su nivel de siempre ({usual} de 10) {}",
                two_days_es(a, b)
            ),
            RelapseReason::NewOn(d) => format!("empezó el {}", day_es(d)),
            RelapseReason::WorseOn { day, usual } => format!(
                "peor que su nivel de siempre ({usual} de 10) el {}",
                day_es(day)
            ),
        }
    }

    fn why_en(&self) -> String {
        match self.reason {
            RelapseReason::NewSince(d) => {
                format!("New since {} and lasted more than 24 hours", d.us())
            }
            RelapseReason::NewOnDays(a, b) => {
                format!("New, and noted on {} and {}", a.us(), b.us())
            }
            RelapseReason::Worse {
                days: (a, b),
                usual,
            } => format!(
                "Worse on {} and {} than your usual level of {usual} out \
                 of 10",
                a.us(),
                b.us()
            ),
            RelapseReason::NewOn(d) => format!("New on {}", d.us()),
            RelapseReason::WorseOn { day, usual } => format!(
                "Worse on {} than your usual level of {usual} out of 10",
                day.us()
            ),
        }
    }

    /// The first day of the change: the day a new symptom started, or
    /// the first of the 2 days in a row.
    pub fn since(&self) -> Date {
        self.reason.since()
    }

    /// The care level: how soon to act.
    pub fn level(&self) -> CareLevel {
        self.kind.level()
    }

    /// Why, with the fever day for a pseudo-relapse: the detail without
    /// the symptom's name (which the screen isolates, as a user's own
    /// name may hold direction marks).
    pub fn why_with_fever(&self) -> String {
        self.why_with_fever_in(Lang::En)
    }

    /// Why, with the fever day, in a language. The Spanish puts the fever
    /// in a sentence of its own, to keep each sentence short.
    pub fn why_with_fever_in(&self, lang: Lang) -> String {
        match (self.fever_on, lang) {
            (Some(d), Lang::En) => {
                format!(
                    "{}, with a fever or infection noted on {}",
                    self.why_in(lang),
                    d.us()
                )
            }
            (Some(d), Lang::Es) => format!(
                "{}. Anotó fiebre o infección el {}",
                self.why_in(lang),
                day_es(d)
            ),
            (None, _) => self.why_in(lang),
        }
    }

    /// The headline, the symptom (its name [`isolated`], as a user's own
    /// name may hold direction marks) and why, as the clinician's report
    /// and copied text show it: "Possible relapse - contact your MS team
    /// soon. \u{2068}Numbness or tingling\u{2069}: New since Nov 20, 2026
    /// and lasted more than 24 hours."
    pub fn summary(&self) -> String {
        self.summary_in(Lang::En)
    }

    /// The summary in a language (the symptom's name is as the flag
    /// holds it: see [`relapse_flags_in`]).
    pub fn summary_in(&self, lang: Lang) -> String {
        format!(
            "{}. {}: {}.",
            self.kind.text_in(lang).headline,
            isolated(&self.symptom_name),
            self.why_with_fever_in(lang)
        )
    }

    /// The summary and what it may mean: "... A new or worse symptom
    /// ...".
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The summary and what it may mean, in a language.
    pub fn message_in(&self, lang: Lang) -> String {
        format!(
            "{} {}",
            self.summary_in(lang),
            self.kind.text_in(lang).explain
        )
    }
}

/// A day in Spanish words: "20 de noviembre de 2026".
fn day_es(day: Date) -> String {
    day.words_in(Lang::Es)
}

/// Two days in Spanish words, sharing the month and year when they can:
/// "el 20 y el 21 de noviembre de 2026", "el 30 de noviembre y el 1 de
/// diciembre de 2026".
fn two_days_es(a: Date, b: Date) -> String {
    let (long_a, long_b) = (day_es(a), day_es(b));
    if a.year() != b.year() {
        return format!("el {long_a} y el {long_b}");
    }
    if a.month() == b.month() {
        return format!("el {} y el {long_b}", a.day());
    }
    let year = format!(" de {}", a.year());
    let short_a = long_a.strip_suffix(year.as_str()).unwrap_or(&long_a);
    format!("el {short_a} y el {long_b}")
}

/// Symptoms that are new or worse, at most one flag per symptom, in
/// diary order. The diary holds dates, not times, so "more than 24 hours"
/// means: started before today, or recorded on 2 days in a row.
///
/// - New: the symptom is marked new and "have it now". If it started
///   before today and no more than [`NEW_FOR_DAYS`] ago, it is flagged.
///   If the start day is unknown or today, it is flagged when the last 2
///   recorded days are in a row, both above 0, the later one within
///   [`RECENT_DAYS`].
/// - Worse: the last 2 recorded days (up to today) are in a row, the
///   later one within [`RECENT_DAYS`], and each is at least
///   [`WORSE_BY`] points above the average of the days recorded in the
///   [`BASELINE_DAYS`] days before them (at least [`BASELINE_MIN_DAYS`]
///   of them).
///
/// A fever or infection ticked from [`FEVER_BEFORE_DAYS`] before the
/// change up to today makes the flag a possible pseudo-relapse (same
/// day). Fever with worse symptoms needs a doctor the same day however
/// long they have lasted, so with a fever near it, one worse day (today
/// or yesterday) or a new symptom started today or yesterday is flagged
/// too, as a pseudo-relapse only.
pub fn relapse_flags(diary: &Diary, today: Date) -> Vec<RelapseFlag> {
    relapse_flags_in(diary, today, Lang::En)
}

/// The flags as [`relapse_flags`], each with the symptom's name in a
/// language (a user's own name stays as typed).
pub fn relapse_flags_in(
    diary: &Diary,
    today: Date,
    lang: Lang,
) -> Vec<RelapseFlag> {
    diary
        .symptoms
        .iter()
        .filter_map(|symptom| {
            let (reason, fever_on) = judge(diary, symptom, today)?;
            Some(RelapseFlag {
                symptom_id: symptom.id().to_string(),
                symptom_name: symptom.name_in(lang).to_string(),
                reason,
                kind: if fever_on.is_some() {
                    FlagKind::PseudoRelapse
                } else {
                    FlagKind::Relapse
                },
                fever_on,
            })
        })
        .collect()
}

/// Why one symptom is flagged, and the fever day near it if any (see
/// [`relapse_flags`]).
fn judge(
    diary: &Diary,
    symptom: &Symptom,
    today: Date,
) -> Option<(RelapseReason, Option<Date>)> {
    let id = symptom.id();
    // The last 2 recorded days up to today, latest first.
    let mut recorded = diary
        .entries
        .range(..=today)
        .rev()
        .filter_map(|(d, e)| e.severity(id).map(|s| (*d, s)));
    let (last, before) = (recorded.next(), recorded.next());
    // The 2 days, if in a row and recent.
    let pair = match (before, last) {
        (Some(before), Some(last))
            if before.0.add_days(1) == last.0
                && last.0 >= today.add_days(1 - RECENT_DAYS) =>
        {
            Some((before, last))
        }
        _ => None,
    };
    let is_new = symptom.has_now && symptom.onset == Some(Onset::New);
    let new_reason = match symptom.started_on {
        _ if !is_new => None,
        Some(start) if start < today => (start
            >= today.add_days(-NEW_FOR_DAYS))
        .then_some(RelapseReason::NewSince(start)),
        Some(start) if start > today => None,
        _ => pair
            .filter(|(a, b)| a.1 > 0 && b.1 > 0)
            .map(|(a, b)| RelapseReason::NewOnDays(a.0, b.0)),
    };
    let lasted = new_reason.or_else(|| {
        let (before, last) = pair?;
        let usual = Usual::before(diary, id, before.0)?;
        (usual.is_beaten_by(before.1) && usual.is_beaten_by(last.1)).then(
            || RelapseReason::Worse {
                days: (before.0, last.0),
                usual: usual.rounded(),
            },
        )
    });
    if let Some(reason) = lasted {
        return Some((reason, fever_near(diary, reason.since(), today)));
    }
    // Under 24 hours: flagged only with a fever near it.
    let recent = |d: Date| d >= today.add_days(-1) && d <= today;
    let started_now = symptom.started_on.filter(|d| recent(*d)).or_else(|| {
        let last = last.filter(|l| recent(l.0) && l.1 > 0)?;
        symptom.started_on.is_none().then_some(last.0)
    });
    let one_day = match (is_new, started_now, last) {
        (true, Some(day), _) => RelapseReason::NewOn(day),
        (_, _, Some((day, score))) if recent(day) => {
            let usual = Usual::before(diary, id, day)?;
            if !usual.is_beaten_by(score) {
                return None;
            }
            RelapseReason::WorseOn {
                day,
                usual: usual.rounded(),
            }
        }
        _ => return None,
    };
    let fever_on = fever_near(diary, one_day.since(), today)?;
    Some((one_day, Some(fever_on)))
}

/// The usual level of a symptom: the days recorded in the
/// [`BASELINE_DAYS`] before a day.
struct Usual {
    count: i64,
    sum: i64,
}

impl Usual {
    /// The usual level before `day`, if at least [`BASELINE_MIN_DAYS`]
    /// days were recorded.
    fn before(diary: &Diary, id: &str, day: Date) -> Option<Usual> {
        let from = day.add_days(-BASELINE_DAYS);
        let (count, sum) = diary
            .entries
            .range(from..day)
            .filter_map(|(_, e)| e.severity(id))
            .fold((0i64, 0i64), |(n, t), s| (n + 1, t + i64::from(s)));
        (count >= BASELINE_MIN_DAYS).then_some(Usual { count, sum })
    }

    /// At least [`WORSE_BY`] points above the average: s >= sum / count
    /// + WORSE_BY, kept in whole numbers.
    fn is_beaten_by(&self, score: u8) -> bool {
        i64::from(score) * self.count >= self.sum + WORSE_BY * self.count
    }

    /// The average, rounded half up; at most 10, so it fits a u8.
    fn rounded(&self) -> u8 {
        ((2 * self.sum + self.count) / (2 * self.count)) as u8
    }
}

/// The latest day, from [`FEVER_BEFORE_DAYS`] before `since` up to
/// `today`, with a fever or infection ticked. Fever the day before a
/// change can be its cause; fever on a later day means an infection is
/// there now. Either way the infection needs checking first.
fn fever_near(diary: &Diary, since: Date, today: Date) -> Option<Date> {
    let from = since.add_days(-FEVER_BEFORE_DAYS);
    if from > today {
        return None;
    }
    diary
        .entries
        .range(from..=today)
        .rev()
        .find(|(_, e)| e.infection_or_fever)
        .map(|(d, _)| *d)
}

/// The emergency signs the checklist can tick: the 911 signs of the care
/// table. A tick is not saved in the diary: it is about this moment, and
/// an old one must not keep the emergency card up.
pub fn emergency_signs() -> impl Iterator<Item = &'static CareSign> {
    emergency_signs_in(Lang::En)
}

/// The emergency signs in a language (the same ids, in the same order).
pub fn emergency_signs_in(
    lang: Lang,
) -> impl Iterator<Item = &'static CareSign> {
    care::signs_at_in(CareLevel::Emergency, lang)
}

/// The most urgent care level to show: Emergency if any emergency sign is
/// ticked, else the most urgent flag's level, else Routine.
pub fn care_level(ticked: &[&str], flags: &[RelapseFlag]) -> CareLevel {
    let emergency = ticked
        .iter()
        .filter_map(|id| care::sign(id))
        .any(|sign| sign.level == CareLevel::Emergency);
    if emergency {
        return CareLevel::Emergency;
    }
    flags
        .iter()
        .map(RelapseFlag::level)
        .min()
        .unwrap_or(CareLevel::Routine)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap_or(Date::MIN)
    }

    fn flag(reason: RelapseReason, fever_on: Option<Date>) -> RelapseFlag {
        RelapseFlag {
            symptom_id: "numbness".into(),
            symptom_name: "Adormecimiento u hormigueo".into(),
            reason,
            kind: if fever_on.is_some() {
                FlagKind::PseudoRelapse
            } else {
                FlagKind::Relapse
            },
            fever_on,
        }
    }

    #[test]
    fn flag_texts_keep_their_care_level_in_both_languages() {
        for kind in [FlagKind::Relapse, FlagKind::PseudoRelapse] {
            assert_eq!(kind.text_in(Lang::En), kind.text());
            assert_eq!(kind.text_in(Lang::Es).level, kind.level());
            assert_ne!(kind.text_in(Lang::Es), kind.text());
        }
        assert_eq!(FlagKind::Relapse.text_in(Lang::Es), &es_care::RELAPSE_FLAG);
        assert_eq!(
            FlagKind::PseudoRelapse.text_in(Lang::Es),
            &es_care::PSEUDO_RELAPSE_FLAG
        );
    }

    #[test]
    fn why_is_said_in_english_and_in_spanish() {
        let (a, b) = (day("2026-11-26"), day("2026-11-27"));
        let cases = [
            (
                RelapseReason::NewSince(day("2026-11-20")),
                "New since Nov 20, 2026 and lasted more than 24 hours",
                "empezó el 20 de noviembre de 2026 y ha durado más de 24 horas",
            ),
            (
                RelapseReason::NewOnDays(a, b),
                "New, and noted on Nov 26, 2026 and Nov 27, 2026",
                "síntoma nuevo, anotado el 26 y el 27 de noviembre de 2026",
            ),
            (
                RelapseReason::Worse {
                    days: (a, b),
                    usual: 3,
                },
                "Worse on Nov 26, 2026 and Nov 27, 2026 than your usual level of \
                 3 out of 10",
                "peor que su nivel de siempre (3 de 10) el 26 y el 27 de \
                 noviembre de 2026",
            ),
            (
                RelapseReason::NewOn(b),
                "New on Nov 27, 2026",
                "empezó el 27 de noviembre de 2026",
            ),
            (
                RelapseReason::WorseOn { day: b, usual: 4 },
                "Worse on Nov 27, 2026 than your usual level of 4 out of 10",
                "peor que su nivel de siempre (4 de 10) el 27 de noviembre \
                 de 2026",
            ),
        ];
        for (reason, en, es) in cases {
            let f = flag(reason, None);
            assert_eq!(f.why(), en);
            assert_eq!(f.why_in(Lang::En), en);
            assert_eq!(f.why_in(Lang::Es), es);
            assert_eq!(f.why_with_fever_in(Lang::Es), es);
        }
    }

    #[test]
    fn two_spanish_days_share_their_month_and_year_when_they_can() {
        assert_eq!(
            two_days_es(day("2026-11-30"), day("2026-12-01")),
            "el 30 de noviembre y el 1 de diciembre de 2026"
        );
        assert_eq!(
            two_days_es(day("2026-12-31"), day("2027-01-01")),
            "el 31 de diciembre de 2026 y el 1 de enero de 2027"
        );
        assert_eq!(
            two_days_es(day("2026-03-04"), day("2026-03-05")),
            "el 4 y el 5 de marzo de 2026"
        );
    }

    #[test]
    fn the_fever_day_is_its_own_sentence_in_spanish() {
        let f = flag(
            RelapseReason::NewOn(day("2026-11-27")),
            Some(day("2026-11-26")),
        );
        assert_eq!(
            f.why_with_fever(),
            "New on Nov 27, 2026, with a fever or infection noted on Nov 26, 2026"
        );
        assert_eq!(f.why_with_fever_in(Lang::En), f.why_with_fever());
        assert_eq!(
            f.why_with_fever_in(Lang::Es),
            "empezó el 27 de noviembre de 2026. Anotó fiebre o infección el \
             26 de noviembre de 2026"
        );
        assert_eq!(
            f.summary_in(Lang::Es),
            "Peor con fiebre o infección: comuníquese con un médico hoy. \
             \u{2068}Adormecimiento u hormigueo\u{2069}: empezó el 27 de \
             noviembre de 2026. Anotó fiebre o infección el 26 de noviembre \
             de 2026."
        );
        assert_eq!(
            f.message_in(Lang::Es),
            format!(
                "{} {}",
                f.summary_in(Lang::Es),
                es_care::PSEUDO_RELAPSE_FLAG.explain
            )
        );
        assert_eq!(f.summary_in(Lang::En), f.summary());
        assert_eq!(f.message_in(Lang::En), f.message());
        assert!(f.summary().starts_with(PSEUDO_RELAPSE_FLAG.headline));
    }

    #[test]
    fn flags_name_the_app_symptoms_in_the_language_and_keep_own_names() {
        let mut diary = Diary::new();
        let today = day("2026-11-27");
        let own = diary.add_custom_symptom("Mareo").unwrap_or_default();
        for id in ["numbness", own.as_str()] {
            if let Some(s) = diary.symptom_mut(id) {
                s.has_now = true;
                s.onset = Some(Onset::New);
                s.started_on = Some(day("2026-11-20"));
            }
        }
        let en = relapse_flags(&diary, today);
        assert_eq!(relapse_flags_in(&diary, today, Lang::En), en);
        let es = relapse_flags_in(&diary, today, Lang::Es);
        let names = |flags: &[RelapseFlag]| -> Vec<String> {
            flags.iter().map(|f| f.symptom_name.clone()).collect()
        };
        assert_eq!(names(&en), ["Numbness or tingling", "Mareo"]);
        assert_eq!(names(&es), ["Adormecimiento u hormigueo", "Mareo"]);
        // Everything but the name is the same: nothing stored differs.
        for (e, s) in en.iter().zip(&es) {
            assert_eq!(
                (&e.symptom_id, e.reason, e.kind, e.fever_on),
                (&s.symptom_id, s.reason, s.kind, s.fever_on)
            );
        }
    }

    #[test]
    fn emergency_signs_are_the_same_ids_in_both_languages() {
        let ids =
            |lang| emergency_signs_in(lang).map(|s| s.id).collect::<Vec<_>>();
        assert_eq!(ids(Lang::Es), ids(Lang::En));
        assert_eq!(emergency_signs().count(), ids(Lang::En).len());
        assert!(
            emergency_signs_in(Lang::Es)
                .zip(emergency_signs())
                .all(|(es, en)| es.text != en.text
                    && es.level == CareLevel::Emergency)
        );
        assert!(
            emergency_signs_in(Lang::Es)
                .any(|s| s.text.starts_with("De repente tiene la cara caída"))
        );
    }
}
