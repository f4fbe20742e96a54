//! What the diary shows back: trends, the "possible relapse" flag and the
//! emergency signs. None of this is a diagnosis. Each result only says
//! which care card to show (see `content::care`), after NHS, MS Trust /
//! NICE CG186 and MSAA guidance.

use serde::{Deserialize, Serialize};

use super::{Date, Diary, Onset};
use crate::content::CareLevel;

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

/// The heading of every relapse flag. "Possible", never a diagnosis.
pub const RELAPSE_HEADLINE: &str = "Possible relapse - talk to your MS team";
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
}

/// A symptom that may be a relapse: show the urgent care card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelapseFlag {
    /// The symptom's id.
    pub symptom_id: String,
    /// The symptom's name, as shown.
    pub symptom_name: String,
    /// Why.
    pub reason: RelapseReason,
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
        }
    }

    /// The headline, the symptom and why, e.g. "Possible relapse - talk
    /// to your MS team. Numbness or tingling: New since 2026-11-20 and
    /// lasted more than 24 hours."
    pub fn message(&self) -> String {
        format!("{RELAPSE_HEADLINE}. {}: {}.", self.symptom_name, self.why())
    }
}

/// Symptoms that are new or worse and have lasted more than 24 hours, at
/// most one flag per symptom, in diary order. The diary holds dates, not
/// times, so "more than 24 hours" means: started before today, or
/// recorded on 2 days in a row.
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
pub fn relapse_flags(diary: &Diary, today: Date) -> Vec<RelapseFlag> {
    let mut flags = Vec::new();
    for symptom in &diary.symptoms {
        let id = symptom.id();
        // The last 2 recorded days up to today, if in a row and recent.
        let mut recorded = diary
            .entries
            .range(..=today)
            .rev()
            .filter_map(|(d, e)| e.severity(id).map(|s| (*d, s)));
        let pair = match (recorded.next(), recorded.next()) {
            (Some(last), Some(before))
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
        let reason = new_reason.or_else(|| {
            let (before, last) = pair?;
            let from = before.0.add_days(-BASELINE_DAYS);
            let (count, sum) = diary
                .entries
                .range(from..before.0)
                .filter_map(|(_, e)| e.severity(id))
                .fold((0i64, 0i64), |(n, t), s| (n + 1, t + i64::from(s)));
            // s >= sum / count + WORSE_BY, kept in whole numbers.
            let worse = |s: u8| i64::from(s) * count >= sum + WORSE_BY * count;
            (count >= BASELINE_MIN_DAYS && worse(before.1) && worse(last.1))
                .then(|| RelapseReason::Worse {
                    days: (before.0, last.0),
                    // Rounded half up; at most 10, so it fits a u8.
                    usual: ((2 * sum + count) / (2 * count)) as u8,
                })
        });
        if let Some(reason) = reason {
            flags.push(RelapseFlag {
                symptom_id: id.to_string(),
                symptom_name: symptom.name().to_string(),
                reason,
            });
        }
    }
    flags
}

/// The emergency signs the checklist can tick; any one of them means
/// "call 911 now". They are not saved in the diary: a tick is about this
/// moment, and an old one must not keep the emergency card up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EmergencySign {
    /// Sudden weakness or numbness in both legs.
    BothLegsWeakOrNumb,
    /// Numbness around the genitals or buttocks.
    NumbGenitalsOrButtocks,
    /// New loss of bladder or bowel control.
    LostBladderOrBowelControl,
    /// Cannot pee.
    CannotPee,
}

impl EmergencySign {
    /// Every sign, in the order of the emergency care card.
    pub const ALL: [EmergencySign; 4] = [
        EmergencySign::BothLegsWeakOrNumb,
        EmergencySign::NumbGenitalsOrButtocks,
        EmergencySign::LostBladderOrBowelControl,
        EmergencySign::CannotPee,
    ];

    /// The checklist label: the emergency card's own wording.
    pub fn label(self) -> &'static str {
        match self {
            Self::BothLegsWeakOrNumb => {
                "You suddenly have weakness or numbness in both legs"
            }
            Self::NumbGenitalsOrButtocks => {
                "You have numbness around your genitals or buttocks"
            }
            Self::LostBladderOrBowelControl => {
                "You have new loss of bladder or bowel control"
            }
            Self::CannotPee => "You cannot pee",
        }
    }
}

/// The most urgent care card to show: Emergency if any emergency sign is
/// ticked, else Urgent if any relapse flag is up, else Routine.
pub fn care_level(
    ticked: &[EmergencySign],
    flags: &[RelapseFlag],
) -> CareLevel {
    if !ticked.is_empty() {
        CareLevel::Emergency
    } else if !flags.is_empty() {
        CareLevel::Urgent
    } else {
        CareLevel::Routine
    }
}
