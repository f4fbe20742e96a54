//! The bladder diary (a frequency-volume chart): what continence nurses
//! and urologists ask people to keep for 3 days. One tap per event, each
//! stamped with its time: passing urine (with an amount if known, and
//! whether it was a rush), a leak, a drink. Pure: the totals per day and
//! per night are computed here and tested natively.
//!
//! A diary day runs from one waking time to the next, as bladder diaries
//! are kept: its night is from bedtime to the next waking, so a trip to
//! the toilet at 3 am counts in the night that began the evening before.

use std::collections::BTreeMap;

use super::date::Date;
use super::model::RecordId;
use super::report::lower_first;
use crate::lang::Lang;

/// Minutes in a day.
const DAY_MINUTES: u16 = 24 * 60;
/// The most a single measured amount can be, in mL (a bladder holds well
/// under a litre; a large drink can be 2).
pub const MAX_ML: u16 = 2000;

/// A time of day, in minutes after midnight (0 to 1439).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Clock(u16);

impl Clock {
    /// 00:00.
    pub const MIDNIGHT: Clock = Clock(0);

    /// The time `hours:minutes`, if it is one.
    pub fn new(hours: u16, minutes: u16) -> Option<Clock> {
        (hours < 24 && minutes < 60).then(|| Clock(hours * 60 + minutes))
    }

    /// Reads "HH:MM" (24-hour, as a time input gives it).
    pub fn parse(text: &str) -> Result<Clock, BladderError> {
        let bad = || BladderError::BadTime(text.to_string());
        let (h, m) = text.trim().split_once(':').ok_or_else(bad)?;
        let digits = |s: &str| {
            (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u16>().ok())
                .flatten()
        };
        let (h, m) = (digits(h).ok_or_else(bad)?, digits(m).ok_or_else(bad)?);
        Clock::new(h, m).ok_or_else(bad)
    }

    /// Minutes after midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }

    /// "07:30", as a time input shows it.
    pub fn to_hhmm(self) -> String {
        format!("{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// An amount: a rough size, or mL when measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    Small,
    Medium,
    Large,
    /// Measured, 1 to [`MAX_ML`].
    Ml(u16),
}

impl Amount {
    /// The rough sizes, in the order a form lists them.
    pub const SIZES: [Amount; 3] =
        [Amount::Small, Amount::Medium, Amount::Large];

    /// A rough size's word in a stored diary; `None` for a measured one.
    pub const fn code(self) -> Option<&'static str> {
        match self {
            Amount::Small => Some("small"),
            Amount::Medium => Some("medium"),
            Amount::Large => Some("large"),
            Amount::Ml(_) => None,
        }
    }

    /// The amount in words: "Small", "250 mL".
    pub fn label_in(self, lang: Lang) -> String {
        match self {
            Amount::Small => lang.pick("Small", "Poca cantidad").into(),
            Amount::Medium => lang.pick("Medium", "Cantidad media").into(),
            Amount::Large => lang.pick("Large", "Mucha cantidad").into(),
            Amount::Ml(ml) => format!("{ml} mL"),
        }
    }

    /// The rough size a stored word names.
    pub fn from_code(code: &str) -> Option<Amount> {
        Amount::SIZES.into_iter().find(|a| a.code() == Some(code))
    }

    /// A measured amount, if it is a sensible one.
    pub fn ml(value: u32) -> Result<Amount, BladderError> {
        match u16::try_from(value) {
            Ok(v) if (1..=MAX_ML).contains(&v) => Ok(Amount::Ml(v)),
            _ => Err(BladderError::BadAmount(value)),
        }
    }

    /// The mL, when measured.
    pub fn measured(self) -> Option<u16> {
        match self {
            Amount::Ml(v) => Some(v),
            _ => None,
        }
    }
}

/// How big a leak was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeakSize {
    /// A few drops, damp.
    Small,
    /// Wet through, or needed a change.
    Large,
}

impl LeakSize {
    /// Both sizes, in the order a form lists them.
    pub const ALL: [LeakSize; 2] = [LeakSize::Small, LeakSize::Large];

    /// The size's word in a stored diary.
    pub const fn code(self) -> &'static str {
        match self {
            LeakSize::Small => "small",
            LeakSize::Large => "large",
        }
    }

    /// The size in words.
    pub const fn label_in(self, lang: Lang) -> &'static str {
        match self {
            LeakSize::Small => lang.pick("Small (damp)", "Pequeño (húmedo)"),
            LeakSize::Large => {
                lang.pick("Large (wet through)", "Grande (empapado)")
            }
        }
    }

    /// The size a stored word names.
    pub fn from_code(code: &str) -> Option<LeakSize> {
        LeakSize::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// What was drunk (caffeine and alcohol can make the bladder more
/// urgent, which is why the chart asks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DrinkKind {
    Water,
    /// Coffee, tea, cola, energy drinks.
    Caffeine,
    Alcohol,
    Other,
}

impl DrinkKind {
    /// Every kind, in the order a form lists them.
    pub const ALL: [DrinkKind; 4] = [
        DrinkKind::Water,
        DrinkKind::Caffeine,
        DrinkKind::Alcohol,
        DrinkKind::Other,
    ];

    /// The kind's word in a stored diary.
    pub const fn code(self) -> &'static str {
        match self {
            DrinkKind::Water => "water",
            DrinkKind::Caffeine => "caffeine",
            DrinkKind::Alcohol => "alcohol",
            DrinkKind::Other => "other",
        }
    }

    /// The kind in words.
    pub const fn label_in(self, lang: Lang) -> &'static str {
        match self {
            DrinkKind::Water => lang.pick("Water", "Agua"),
            DrinkKind::Caffeine => {
                lang.pick("Coffee, tea or cola", "Café, té o refresco de cola")
            }
            DrinkKind::Alcohol => lang.pick("Alcohol", "Alcohol"),
            DrinkKind::Other => lang.pick("Other drink", "Otra bebida"),
        }
    }

    /// The kind a stored word names.
    pub fn from_code(code: &str) -> Option<DrinkKind> {
        DrinkKind::ALL.into_iter().find(|d| d.code() == code)
    }
}

/// One event in the bladder diary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    /// Passed urine; `urgent` when it was a rush to get there.
    Urine {
        amount: Option<Amount>,
        urgent: bool,
    },
    /// A leak; `urgent` when it came with a sudden need to go.
    Leak { size: LeakSize, urgent: bool },
    /// A drink, with its amount if known.
    Drink {
        amount: Option<Amount>,
        kind: DrinkKind,
    },
}

impl EventKind {
    /// The kind's word in a stored diary: "urine", "leak" or "drink".
    pub const fn code(self) -> &'static str {
        match self {
            EventKind::Urine { .. } => "urine",
            EventKind::Leak { .. } => "leak",
            EventKind::Drink { .. } => "drink",
        }
    }

    /// What happened, in a word or two: "Passed urine", "Leak", "Drink".
    pub const fn what_in(self, lang: Lang) -> &'static str {
        match self {
            EventKind::Urine { .. } => lang.pick("Passed urine", "Orinó"),
            EventKind::Leak { .. } => lang.pick("Leak", "Escape de orina"),
            EventKind::Drink { .. } => lang.pick("Drink", "Bebida"),
        }
    }

    /// Sets whether it came with a sudden need to rush (a drink has no
    /// such thing: left as it is).
    pub fn set_urgent(&mut self, on: bool) {
        if let EventKind::Urine { urgent, .. }
        | EventKind::Leak { urgent, .. } = self
        {
            *urgent = on;
        }
    }

    /// Sets the amount of a trip or a drink (a leak has a size instead:
    /// left as it is).
    pub fn set_amount(&mut self, to: Option<Amount>) {
        if let EventKind::Urine { amount, .. }
        | EventKind::Drink { amount, .. } = self
        {
            *amount = to;
        }
    }

    /// Whether it came with a sudden need to rush.
    pub const fn urgent(self) -> bool {
        match self {
            EventKind::Urine { urgent, .. }
            | EventKind::Leak { urgent, .. } => urgent,
            EventKind::Drink { .. } => false,
        }
    }

    /// The details after the "what": "Large, had to rush", "Water,
    /// 330 mL"; empty when there are none.
    pub fn details_in(self, lang: Lang) -> String {
        let rush = lang.pick("had to rush", "con urgencia");
        let mut parts: Vec<String> = Vec::new();
        match self {
            EventKind::Urine { amount, urgent } => {
                parts.extend(amount.map(|a| a.label_in(lang)));
                if urgent {
                    parts.push(rush.into());
                }
            }
            EventKind::Leak { size, urgent } => {
                parts.push(size.label_in(lang).into());
                if urgent {
                    parts.push(rush.into());
                }
            }
            EventKind::Drink { amount, kind } => {
                parts.push(kind.label_in(lang).into());
                parts.extend(amount.map(|a| a.label_in(lang)));
            }
        }
        // Only the first part keeps its capital.
        parts
            .iter()
            .enumerate()
            .map(|(i, p)| if i == 0 { p.clone() } else { lower_first(p) })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// An event at a date and time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Event {
    pub date: Date,
    pub at: Clock,
    pub kind: EventKind,
}

/// The day's bedtime and waking time, which split it into day and night.
/// Bedtime may be after midnight (a night owl's 01:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sleep {
    pub bedtime: Clock,
    pub wake: Clock,
}

impl Default for Sleep {
    /// 22:00 to 07:00, until the person sets their own.
    fn default() -> Sleep {
        Sleep {
            bedtime: Clock(22 * 60),
            wake: Clock(7 * 60),
        }
    }
}

impl Sleep {
    /// Bedtime and waking time, refused when they are the same (no night
    /// or no day) or when the night would be over 16 hours.
    pub fn new(bedtime: Clock, wake: Clock) -> Result<Sleep, BladderError> {
        let night = (wake.0 + DAY_MINUTES - bedtime.0) % DAY_MINUTES;
        if night == 0 || night > 16 * 60 {
            return Err(BladderError::BadSleep);
        }
        Ok(Sleep { bedtime, wake })
    }

    /// Which diary day an event belongs to, and whether in its night.
    /// A diary day starts at waking time: before it, an event belongs to
    /// the night of the day before.
    pub fn place(self, date: Date, at: Clock) -> (Date, bool) {
        let day = if at < self.wake {
            date.add_days(-1)
        } else {
            date
        };
        // Minutes since this diary day's waking time.
        let since_wake = (at.0 + DAY_MINUTES - self.wake.0) % DAY_MINUTES;
        let awake_for =
            (self.bedtime.0 + DAY_MINUTES - self.wake.0) % DAY_MINUTES;
        (day, since_wake >= awake_for)
    }
}

/// Signs ticked on a day that ask for a same-day call (the care table's
/// "urine-infection" and "urine-blood" signs). A fever is the diary
/// day's own "possible infection or fever" box, not kept here twice.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UrineSigns {
    /// It hurt or burned to pass urine.
    pub pain: bool,
    /// Blood seen in the urine.
    pub blood: bool,
}

/// The bladder diary as kept: sleep times, every entry by id, and the
/// signs ticked per day.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BladderLog {
    pub sleep: Sleep,
    pub events: BTreeMap<RecordId, Event>,
    pub signs: BTreeMap<Date, UrineSigns>,
}

impl BladderLog {
    /// Nothing recorded (sleep times alone do not count).
    pub fn is_empty(&self) -> bool {
        self.events.is_empty() && self.signs.is_empty()
    }

    /// The totals per diary day (see [`totals`]).
    pub fn totals(&self) -> Vec<DayTotals> {
        let events: Vec<Event> = self.events.values().copied().collect();
        totals(&events, self.sleep)
    }

    /// The entries of one diary day (from waking to waking), in time
    /// order, with whether each was in the night.
    pub fn day(&self, day: Date) -> Vec<(&RecordId, &Event, bool)> {
        let mut out: Vec<_> = self
            .events
            .iter()
            .filter_map(|(id, e)| {
                let (on, night) = self.sleep.place(e.date, e.at);
                (on == day).then_some((id, e, night))
            })
            .collect();
        out.sort_by_key(|(id, e, _)| (e.date, e.at, (*id).clone()));
        out
    }
}

/// The counts for one part of a diary day (its day or its night).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Times urine was passed.
    pub urine: u32,
    /// Leaks.
    pub leaks: u32,
    /// Times there was a rush to go (urine or leak).
    pub urgent: u32,
    /// Drinks.
    pub drinks: u32,
    /// mL passed, over the times it was measured.
    pub urine_ml: u32,
    /// Of the times urine was passed, how many were measured.
    pub urine_measured: u32,
    /// mL drunk, over the drinks measured.
    pub drink_ml: u32,
}

/// One diary day's totals: its day, its night, and both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayTotals {
    pub date: Date,
    pub day: Counts,
    pub night: Counts,
}

impl DayTotals {
    /// Day and night together.
    pub fn whole(&self) -> Counts {
        let (a, b) = (self.day, self.night);
        Counts {
            urine: a.urine + b.urine,
            leaks: a.leaks + b.leaks,
            urgent: a.urgent + b.urgent,
            drinks: a.drinks + b.drinks,
            urine_ml: a.urine_ml + b.urine_ml,
            urine_measured: a.urine_measured + b.urine_measured,
            drink_ml: a.drink_ml + b.drink_ml,
        }
    }
}

/// The totals of each diary day that has an event, in date order. Times
/// urine was passed in the night are the times the person woke to go.
pub fn totals(events: &[Event], sleep: Sleep) -> Vec<DayTotals> {
    let mut days: Vec<DayTotals> = Vec::new();
    for event in events {
        let (date, at_night) = sleep.place(event.date, event.at);
        let at = match days.binary_search_by(|d| d.date.cmp(&date)) {
            Ok(at) => at,
            Err(at) => {
                days.insert(
                    at,
                    DayTotals {
                        date,
                        day: Counts::default(),
                        night: Counts::default(),
                    },
                );
                at
            }
        };
        let part = if at_night {
            &mut days[at].night
        } else {
            &mut days[at].day
        };
        match event.kind {
            EventKind::Urine { amount, urgent } => {
                part.urine += 1;
                part.urgent += u32::from(urgent);
                if let Some(ml) = amount.and_then(Amount::measured) {
                    part.urine_ml += u32::from(ml);
                    part.urine_measured += 1;
                }
            }
            EventKind::Leak { urgent, .. } => {
                part.leaks += 1;
                part.urgent += u32::from(urgent);
            }
            EventKind::Drink { amount, .. } => {
                part.drinks += 1;
                if let Some(ml) = amount.and_then(Amount::measured) {
                    part.drink_ml += u32::from(ml);
                }
            }
        }
    }
    days
}

/// The days the app suggests for a 3-day diary starting on `first`: 3 in
/// a row.
pub fn suggested_days(first: Date) -> [Date; 3] {
    [first, first.add_days(1), first.add_days(2)]
}

/// Why a bladder diary entry was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BladderError {
    /// Not a time in the form HH:MM.
    BadTime(String),
    /// A measured amount outside 1 to [`MAX_ML`] mL.
    BadAmount(u32),
    /// Bedtime and waking time that leave no day or a night over 16 h.
    BadSleep,
}

impl BladderError {
    /// What to tell the person, in a language.
    pub fn message_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (BladderError::BadTime(text), Lang::En) => {
                format!(
                    "\"{text}\" is not a time. Use hours and minutes, like 07:30."
                )
            }
            (BladderError::BadTime(text), Lang::Es) => format!(
                "\"{text}\" no es una hora. Use horas y minutos, como 07:30."
            ),
            (BladderError::BadAmount(_), Lang::En) => {
                format!("Type an amount from 1 to {MAX_ML} mL.")
            }
            (BladderError::BadAmount(_), Lang::Es) => {
                format!("Escriba una cantidad de 1 a {MAX_ML} mL.")
            }
            (BladderError::BadSleep, Lang::En) => "Bedtime and waking time \
must be different, with a night of 16 hours or less."
                .to_string(),
            (BladderError::BadSleep, Lang::Es) => "La hora de dormir y la de \
despertar deben ser distintas. La noche puede durar 16 horas o menos."
                .to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(d: u32) -> Date {
        Date::new(2026, 11, d).unwrap()
    }

    fn at(text: &str) -> Clock {
        Clock::parse(text).unwrap()
    }

    fn urine(d: u32, time: &str, ml: Option<u32>, urgent: bool) -> Event {
        Event {
            date: date(d),
            at: at(time),
            kind: EventKind::Urine {
                amount: ml.map(|v| Amount::ml(v).unwrap()),
                urgent,
            },
        }
    }

    #[test]
    fn times_are_read_as_a_time_input_writes_them() {
        assert_eq!(at("07:30").minutes(), 450);
        assert_eq!(at("00:00").minutes(), 0);
        assert_eq!(at("23:59").to_hhmm(), "23:59");
        for bad in [
            "24:00", "7:30", "07:60", "0730", "", "ab:cd", "07:3", "-1:00",
        ] {
            assert!(Clock::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn measured_amounts_are_sensible() {
        assert_eq!(Amount::ml(250), Ok(Amount::Ml(250)));
        assert_eq!(Amount::ml(2000), Ok(Amount::Ml(2000)));
        for bad in [0, 2001, 70_000, u32::MAX] {
            assert_eq!(Amount::ml(bad), Err(BladderError::BadAmount(bad)));
        }
        assert_eq!(Amount::Large.measured(), None);
    }

    #[test]
    fn a_diary_day_runs_from_waking_to_waking() {
        let sleep = Sleep::default(); // 22:00 to 07:00
        assert_eq!(sleep.place(date(2), at("07:00")), (date(2), false));
        assert_eq!(sleep.place(date(2), at("21:59")), (date(2), false));
        assert_eq!(sleep.place(date(2), at("22:00")), (date(2), true));
        assert_eq!(sleep.place(date(2), at("23:30")), (date(2), true));
        // 3 am on the 3rd is the night of the 2nd.
        assert_eq!(sleep.place(date(3), at("03:00")), (date(2), true));
        assert_eq!(sleep.place(date(3), at("06:59")), (date(2), true));
        // Across a month's end.
        let first = Date::new(2026, 12, 1).unwrap();
        assert_eq!(sleep.place(first, at("02:00")), (date(30), true));
    }

    #[test]
    fn a_bedtime_after_midnight_still_splits_the_day() {
        let owl = Sleep::new(at("01:30"), at("09:00")).unwrap();
        assert_eq!(owl.place(date(2), at("23:45")), (date(2), false));
        assert_eq!(owl.place(date(3), at("00:30")), (date(2), false));
        assert_eq!(owl.place(date(3), at("02:00")), (date(2), true));
        assert_eq!(owl.place(date(3), at("09:00")), (date(3), false));
        assert_eq!(
            Sleep::new(at("22:00"), at("22:00")),
            Err(BladderError::BadSleep)
        );
        assert_eq!(
            Sleep::new(at("18:00"), at("11:00")),
            Err(BladderError::BadSleep)
        );
        assert!(Sleep::new(at("18:00"), at("10:00")).is_ok());
    }

    #[test]
    fn totals_count_each_day_and_night() {
        let events = [
            urine(2, "07:15", Some(300), false),
            urine(2, "10:00", None, true),
            Event {
                date: date(2),
                at: at("12:00"),
                kind: EventKind::Drink {
                    amount: Some(Amount::ml(250).unwrap()),
                    kind: DrinkKind::Caffeine,
                },
            },
            Event {
                date: date(2),
                at: at("12:30"),
                kind: EventKind::Drink {
                    amount: Some(Amount::Large),
                    kind: DrinkKind::Water,
                },
            },
            Event {
                date: date(2),
                at: at("16:00"),
                kind: EventKind::Leak {
                    size: LeakSize::Small,
                    urgent: true,
                },
            },
            // The night of the 2nd: twice up to go, one measured.
            urine(2, "23:50", Some(200), false),
            urine(3, "04:10", None, false),
            // The 3rd's day.
            urine(3, "08:00", Some(350), false),
        ];
        let days = totals(&events, Sleep::default());
        assert_eq!(days.len(), 2);
        let second = days[0];
        assert_eq!(second.date, date(2));
        assert_eq!(
            second.day,
            Counts {
                urine: 2,
                leaks: 1,
                urgent: 2,
                drinks: 2,
                urine_ml: 300,
                urine_measured: 1,
                drink_ml: 250,
            }
        );
        assert_eq!(second.night.urine, 2, "woke twice to go");
        assert_eq!(second.night.urine_ml, 200);
        assert_eq!(second.whole().urine, 4);
        assert_eq!(second.whole().urine_measured, 2);
        assert_eq!(days[1].date, date(3));
        assert_eq!(days[1].day.urine, 1);
    }

    #[test]
    fn events_in_any_order_give_the_same_totals() {
        let mut events = vec![
            urine(3, "04:10", None, false),
            urine(2, "07:15", Some(300), false),
            urine(4, "09:00", None, true),
            urine(2, "23:50", Some(200), false),
        ];
        let forward = totals(&events, Sleep::default());
        events.reverse();
        assert_eq!(totals(&events, Sleep::default()), forward);
        let dates: Vec<Date> = forward.iter().map(|d| d.date).collect();
        assert_eq!(dates, [date(2), date(4)]);
        assert!(totals(&[], Sleep::default()).is_empty());
    }

    #[test]
    fn every_minute_of_every_day_is_counted_once_whatever_the_bedtime() {
        // Every minute of 3 calendar days, one urine event each, against
        // bedtimes and waking times around the clock.
        let events: Vec<Event> = (2..=4)
            .flat_map(|d| {
                (0..DAY_MINUTES).map(move |m| Event {
                    date: date(d),
                    at: Clock(m),
                    kind: EventKind::Urine {
                        amount: None,
                        urgent: m % 2 == 0,
                    },
                })
            })
            .collect();
        for (bed, wake) in [
            ("22:00", "07:00"),
            ("01:30", "09:00"),
            ("20:00", "04:00"),
            ("23:59", "00:00"),
        ] {
            let sleep = Sleep::new(at(bed), at(wake)).unwrap();
            let days = totals(&events, sleep);
            let urine: u32 = days.iter().map(|d| d.whole().urine).sum();
            let urgent: u32 = days.iter().map(|d| d.whole().urgent).sum();
            assert_eq!(urine as usize, events.len(), "{bed}-{wake}");
            assert_eq!(urgent as usize, events.len() / 2, "{bed}-{wake}");
            // A whole diary day in the middle: the night is as long as
            // the time from bedtime to waking.
            let middle = days.iter().find(|d| d.date == date(3)).unwrap();
            let night =
                (sleep.wake.0 + DAY_MINUTES - sleep.bedtime.0) % DAY_MINUTES;
            assert_eq!(middle.night.urine, u32::from(night), "{bed}-{wake}");
            assert_eq!(
                middle.whole().urine,
                u32::from(DAY_MINUTES),
                "{bed}-{wake}"
            );
        }
    }

    #[test]
    fn three_days_in_a_row_are_suggested() {
        let end = Date::new(2026, 12, 31).unwrap();
        let days = suggested_days(end);
        assert_eq!(days[2], Date::new(2027, 1, 2).unwrap());
    }

    #[test]
    fn problems_are_said_in_both_languages() {
        let bad = BladderError::BadTime("7h".into());
        assert!(bad.message_in(Lang::En).contains("like 07:30"));
        assert!(bad.message_in(Lang::Es).contains("como 07:30"));
        assert!(
            BladderError::BadAmount(0)
                .message_in(Lang::Es)
                .contains("2000 mL")
        );
        assert!(
            BladderError::BadSleep
                .message_in(Lang::En)
                .contains("16 hours")
        );
    }
}
