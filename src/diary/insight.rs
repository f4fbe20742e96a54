//! What the diary shows back: trends, the "possible relapse" and
//! "pseudo-relapse" flags, and the care level to show. None of this is a
//! diagnosis. Each result only says which care card to show: the levels,
//! signs and wording all come from `content::care` (after National MS
//! Society, MS Trust, NICE QS108 and MSAA guidance).

use super::report::isolated;
use super::{Date, Diary, Onset, Symptom};
use crate::content::care::{self, FlagText, PSEUDO_RELAPSE_FLAG, RELAPSE_FLAG};
use crate::content::{CareLevel, CareSign};

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
        match self {
            FlagKind::Relapse => &RELAPSE_FLAG,
            FlagKind::PseudoRelapse => &PSEUDO_RELAPSE_FLAG,
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
    /// Why, in a short phrase, e.g. "New since 2026-11-20 and lasted
    /// more than 24 hours".
    pub fn why(&self) -> String {
        match self.reason {
            RelapseReason::NewSince(d) => {
                format!("New since {d} and lasted more than 24 hours")
            }
            RelapseReason::NewOnDays(a, b) => {
                format!("New, and noted on {a} and {b}")
            }
            RelapseReason::Worse {
                days: (a, b),
                usual,
            } => format!(
                "Worse on {a} and {b} than your usual level of {usual} out \
                 of 10"
            ),
            RelapseReason::NewOn(d) => format!("New on {d}"),
            RelapseReason::WorseOn { day, usual } => format!(
                "Worse on {day} than your usual level of {usual} out of 10"
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
        match self.fever_on {
            Some(d) => {
                format!(
                    "{}, with a fever or infection noted on {d}",
                    self.why()
                )
            }
            None => self.why(),
        }
    }

    /// The headline, the symptom (its name [`isolated`], as a user's own
    /// name may hold direction marks) and why, as the clinician's report
    /// and copied text show it: "Possible relapse - contact your MS team
    /// soon. \u{2068}Numbness or tingling\u{2069}: New since 2026-11-20
    /// and lasted more than 24 hours."
    pub fn summary(&self) -> String {
        format!(
            "{}. {}: {}.",
            self.kind.text().headline,
            isolated(&self.symptom_name),
            self.why_with_fever()
        )
    }

    /// The summary and what it may mean: "... A new or worse symptom
    /// ...".
    pub fn message(&self) -> String {
        format!("{} {}", self.summary(), self.kind.text().explain)
    }
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
    diary
        .symptoms
        .iter()
        .filter_map(|symptom| {
            let (reason, fever_on) = judge(diary, symptom, today)?;
            Some(RelapseFlag {
                symptom_id: symptom.id().to_string(),
                symptom_name: symptom.name().to_string(),
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
    care::signs_at(CareLevel::Emergency)
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
