//! The diary itself: symptoms (the app's own and the user's), one entry
//! per day, and the checked value types that keep every stored value in
//! range. Invalid values cannot be built, so the UI, the JSON reader and
//! the merge all go through the same checks.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::bladder::{BladderError, BladderLog, Event, Sleep, UrineSigns};
use super::walk::{WalkError, WalkTest};
use super::{
    BODY_AREA_MAX_CHARS, CUSTOM_NAME_MAX_CHARS, Date, MAX_BLADDER_EVENTS,
    MAX_CUSTOM_SYMPTOMS, MAX_WALK_TESTS, MEDICINES_MAX_CHARS, NOTE_MAX_CHARS,
    RECORD_ID_MAX_CHARS, SEVERITY_MAX,
};
use crate::content::symptoms::DIARY_SYMPTOMS;

/// Why a value was refused, in plain words for the person who typed it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Text longer than its limit; both counts in characters.
    TooLong {
        /// How long the text is.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// A score above 10 (severity or sleep quality).
    OutOfRange(u32),
    /// Not a real date in the form YYYY-MM-DD.
    BadDate(String),
    /// A date after today (imports only).
    FutureDate(Date),
    /// The same day twice (imports only).
    DuplicateDate(Date),
    /// A symptom name that is empty or only spaces.
    BlankName,
    /// Another symptom already has this name (ignoring capitals).
    NameTaken(String),
    /// Already [`MAX_CUSTOM_SYMPTOMS`] symptoms of the user's own.
    TooManySymptoms,
    /// A reference to a symptom the diary does not have.
    UnknownSymptom(String),
    /// The same symptom listed twice (imports only).
    DuplicateSymptom(String),
    /// One of the app's own symptoms, which cannot be renamed or removed.
    NotCustom(String),
    /// A character in a day's severities that is not 0-9, X or a dot.
    BadSeverityMark(char),
    /// A bladder diary value out of range (a time, an amount, sleep).
    Bladder(BladderError),
    /// A walk time out of range.
    Walk(WalkError),
    /// A record id (bladder entry, walk test) that is not 1 to
    /// [`RECORD_ID_MAX_CHARS`] of a-z, 0-9 and "-".
    BadRecordId(String),
    /// The same record id twice (imports only).
    DuplicateRecord(String),
    /// A word in a file that is not one of the choices, e.g. a drink kind
    /// (imports only).
    UnknownChoice(String),
    /// Already the most records of a kind the diary keeps.
    TooManyRecords(usize),
}

/// Shortens user text quoted in a message, so a huge bad value in a file
/// cannot flood the screen. Only the message is shortened, never data.
fn quoted(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(24).collect();
    let more = if chars.next().is_some() { "..." } else { "" };
    format!("\"{head}{more}\"")
}

impl InputError {
    /// The reason as one or two short sentences.
    pub fn message(&self) -> String {
        match self {
            Self::TooLong { len, max } => format!(
                "This is {len} characters long. It can be at most {max}."
            ),
            Self::OutOfRange(n) => {
                format!("{n} is too high. Use a number from 0 to 10.")
            }
            Self::BadDate(text) => format!(
                "{} is not a real date. Dates look like 2026-11-27.",
                quoted(text)
            ),
            Self::FutureDate(d) => format!("{d} is in the future."),
            Self::DuplicateDate(d) => {
                format!("The day {d} appears more than once.")
            }
            Self::BlankName => "Please type a name for the symptom.".into(),
            Self::NameTaken(name) => {
                format!("You already have a symptom called {}.", quoted(name))
            }
            Self::TooManySymptoms => format!(
                "You can add at most {MAX_CUSTOM_SYMPTOMS} symptoms of \
                 your own."
            ),
            Self::UnknownSymptom(id) => format!(
                "It refers to a symptom the diary does not have ({}).",
                quoted(id)
            ),
            Self::DuplicateSymptom(id) => {
                format!("The symptom {} is listed twice.", quoted(id))
            }
            Self::NotCustom(id) => format!(
                "{} is one of the app's own symptoms. It cannot be renamed \
                 or removed.",
                quoted(id)
            ),
            Self::BadSeverityMark(c) => format!(
                "{} is not a severity. Use 0 to 9, X for 10, or a dot for \
                 none.",
                quoted(&c.to_string())
            ),
            Self::Bladder(e) => e.message_in(crate::lang::Lang::En),
            Self::Walk(e) => e.message_in(crate::lang::Lang::En),
            Self::BadRecordId(id) => {
                format!("{} is not a record number.", quoted(id))
            }
            Self::DuplicateRecord(id) => {
                format!("The record {} appears more than once.", quoted(id))
            }
            Self::UnknownChoice(word) => {
                format!("{} is not one of the choices.", quoted(word))
            }
            Self::TooManyRecords(max) => format!(
                "The diary keeps at most {max} of these. Delete old ones to \
                 add more."
            ),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for InputError {}

/// A whole number from 0 to 10. As a severity 0 means none and 10 the
/// worst; as sleep quality 0 means very poor and 10 very good.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Score(u8);

impl Score {
    /// The score, or an error above [`SEVERITY_MAX`]. Takes a `u32` so
    /// that a large input is refused rather than wrapped.
    pub fn new(value: u32) -> Result<Score, InputError> {
        match u8::try_from(value) {
            Ok(v) if v <= SEVERITY_MAX => Ok(Score(v)),
            _ => Err(InputError::OutOfRange(value)),
        }
    }

    /// The number, 0 to 10.
    pub fn get(self) -> u8 {
        self.0
    }
}

/// Text of at most `MAX` characters (Unicode scalar values, which is what
/// a text field's `maxlength` roughly counts). Longer text is refused,
/// never cut short.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Text<const MAX: usize>(String);

impl<const MAX: usize> Text<MAX> {
    /// The text, or [`InputError::TooLong`].
    pub fn new(text: impl Into<String>) -> Result<Self, InputError> {
        let text = text.into();
        let len = text.chars().count();
        if len > MAX {
            return Err(InputError::TooLong { len, max: MAX });
        }
        Ok(Text(text))
    }

    /// The text as typed.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when there is no text.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A free-text note, at most [`NOTE_MAX_CHARS`] characters.
pub type Note = Text<NOTE_MAX_CHARS>;
/// Where in the body, e.g. "left leg", at most [`BODY_AREA_MAX_CHARS`].
pub type BodyArea = Text<BODY_AREA_MAX_CHARS>;
/// Medicines taken that day, at most [`MEDICINES_MAX_CHARS`].
pub type Medicines = Text<MEDICINES_MAX_CHARS>;
/// The name of a symptom the user added, at most
/// [`CUSTOM_NAME_MAX_CHARS`].
pub type CustomName = Text<CUSTOM_NAME_MAX_CHARS>;

/// Whether a symptom is new or one the person has had before. Only a new
/// symptom can raise the "new" relapse flag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Onset {
    /// Not had before.
    New,
    /// Had before.
    Old,
}

/// How a symptom behaves over the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pattern {
    /// There all the time.
    Constant,
    /// Comes and goes.
    ComesAndGoes,
}

/// What the person says about one symptom now. The id and the name are
/// fixed through [`Diary`] so entries never point at a missing symptom;
/// every other field is a checked type and can be set directly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symptom {
    pub(super) id: String,
    /// `Some` exactly for symptoms the user added.
    pub(super) name: Option<CustomName>,
    /// Has it now.
    pub has_now: bool,
    /// How bad it is now.
    pub severity: Option<Score>,
    /// When it started.
    pub started_on: Option<Date>,
    /// New or old.
    pub onset: Option<Onset>,
    /// Constant, or comes and goes.
    pub pattern: Option<Pattern>,
    /// Where in the body.
    pub body_area: BodyArea,
    /// Anything else, such as what makes it better or worse.
    pub note: Note,
}

impl Symptom {
    fn blank(id: String, name: Option<CustomName>) -> Symptom {
        Symptom {
            id,
            name,
            has_now: false,
            severity: None,
            started_on: None,
            onset: None,
            pattern: None,
            body_area: Text::default(),
            note: Text::default(),
        }
    }

    /// Stable id: a content symptom id such as "weakness", or
    /// "custom-N" for a symptom the user added.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The name to show: the content's plain name or the user's own.
    pub fn name(&self) -> &str {
        self.name_in(crate::lang::Lang::En)
    }

    /// The name to show in a language: the content's plain name in that
    /// language, or the user's own name as typed (never translated). The
    /// stored diary keeps only the id, so a change of language changes
    /// nothing stored.
    pub fn name_in(&self, lang: crate::lang::Lang) -> &str {
        match &self.name {
            Some(name) => name.as_str(),
            None => crate::content::symptoms::diary_symptoms_in(lang)
                .iter()
                .find(|(id, _)| *id == self.id)
                .map_or(&self.id, |(_, name)| name),
        }
    }

    /// True for a symptom the user added.
    pub fn is_custom(&self) -> bool {
        self.name.is_some()
    }

    /// True when nothing about it has been filled in.
    pub fn is_blank(&self) -> bool {
        *self == Symptom::blank(self.id.clone(), self.name.clone())
    }

    /// Copies the details (not the id or name) from `other`.
    pub(super) fn copy_details(&mut self, other: &Symptom) {
        *self = Symptom {
            id: std::mem::take(&mut self.id),
            name: self.name.take(),
            ..other.clone()
        };
    }
}

/// One day's record. Severities are keyed by symptom id; a symptom with
/// no severity that day was not recorded (which is not the same as 0).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Entry {
    /// Severity per symptom id. [`Diary::set_entry`] refuses unknown ids.
    /// The ids are shared (`Arc<str>`): ten years of days hold tens of
    /// thousands of them, and reading them back from storage would
    /// otherwise allocate a copy of the id for every score.
    pub severities: BTreeMap<Arc<str>, Score>,
    /// How well the person slept, 0 (very poor) to 10 (very good).
    pub sleep_quality: Option<Score>,
    /// A possible infection or fever that day; infections and heat can
    /// bring back old symptoms for a while, so clinicians ask about it.
    pub infection_or_fever: bool,
    /// Medicines taken.
    pub medicines: Medicines,
    /// Anything else.
    pub note: Note,
}

impl Entry {
    /// The severity recorded for a symptom that day, if any.
    pub fn severity(&self, symptom_id: &str) -> Option<u8> {
        self.severities.get(symptom_id).map(|s| s.get())
    }
}

/// The whole diary: every content symptom (always present, in content
/// order) then the user's own, and at most one entry per date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diary {
    pub(super) symptoms: Vec<Symptom>,
    pub(super) entries: BTreeMap<Date, Entry>,
    /// The bladder diary (format version 2 on).
    pub(super) bladder: BladderLog,
    /// Timed 25-foot walks, by id (format version 2 on).
    pub(super) walks: BTreeMap<RecordId, WalkTest>,
}

/// The id of a record kept as one of a set (a bladder diary entry, a
/// walk test): made by the page when the record is added, unique enough
/// that two tabs adding at once never pick the same one (the time and a
/// random part), and then never changed. Merging two tabs or a backup
/// matches records by it. 1 to [`RECORD_ID_MAX_CHARS`] of a-z, 0-9, "-".
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordId(String);

impl RecordId {
    /// The id, if it is a well-formed one.
    pub fn new(text: impl Into<String>) -> Result<RecordId, InputError> {
        let text = text.into();
        let good = (1..=RECORD_ID_MAX_CHARS).contains(&text.len())
            && text.bytes().all(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'
            });
        if good {
            Ok(RecordId(text))
        } else {
            Err(InputError::BadRecordId(text))
        }
    }

    /// A new id from a time in milliseconds and a random number in
    /// [0, 1) (the page's `Date.now()` and `Math.random()`).
    pub fn generate(now_ms: f64, random: f64) -> RecordId {
        // Both rounded into whole numbers; out-of-range values saturate,
        // which still gives a well-formed id.
        let time = now_ms.max(0.0) as u64;
        let noise = (random.clamp(0.0, 1.0) * 1_679_616.0) as u64;
        RecordId(format!("{}-{}", base36(time), base36(noise)))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RecordId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A number in base 36 (0-9 then a-z).
fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        let d = (n % 36) as u8;
        digits.push(if d < 10 { b'0' + d } else { b'a' + d - 10 });
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

impl Default for Diary {
    fn default() -> Self {
        Diary::new()
    }
}

const CUSTOM_PREFIX: &str = "custom-";

/// The N of a well-formed "custom-N" id (N from 1, no leading zeros).
pub(super) fn custom_number(id: &str) -> Option<u32> {
    let n: u32 = id.strip_prefix(CUSTOM_PREFIX)?.parse().ok()?;
    (n > 0 && id.len() == CUSTOM_PREFIX.len() + n.to_string().len())
        .then_some(n)
}

impl Diary {
    /// An empty diary with the content symptoms and no entries.
    pub fn new() -> Diary {
        let symptoms = DIARY_SYMPTOMS
            .iter()
            .map(|(id, _)| Symptom::blank(id.to_string(), None))
            .collect();
        Diary {
            symptoms,
            entries: BTreeMap::new(),
            bladder: BladderLog::default(),
            walks: BTreeMap::new(),
        }
    }

    /// Every symptom: the content's first, then the user's own.
    pub fn symptoms(&self) -> &[Symptom] {
        &self.symptoms
    }

    /// The symptom with this id.
    pub fn symptom(&self, id: &str) -> Option<&Symptom> {
        self.symptoms.iter().find(|s| s.id == id)
    }

    /// The symptom with this id, to change its details.
    pub fn symptom_mut(&mut self, id: &str) -> Option<&mut Symptom> {
        self.symptoms.iter_mut().find(|s| s.id == id)
    }

    /// Checks a name for a symptom of the user's own: trimmed, not blank,
    /// not too long, and no other symptom (except `except`) has it,
    /// ignoring capitals.
    fn check_name(
        &self,
        name: &str,
        except: Option<&str>,
    ) -> Result<CustomName, InputError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(InputError::BlankName);
        }
        let checked = CustomName::new(name)?;
        let lower = name.to_lowercase();
        let taken = self.symptoms.iter().any(|s| {
            Some(s.id.as_str()) != except && s.name().to_lowercase() == lower
        });
        if taken {
            return Err(InputError::NameTaken(name.to_string()));
        }
        Ok(checked)
    }

    /// Adds a symptom of the user's own and returns its new id. Spaces
    /// around the name are dropped.
    pub fn add_custom_symptom(
        &mut self,
        name: &str,
    ) -> Result<String, InputError> {
        let used: Vec<u32> = self
            .symptoms
            .iter()
            .filter_map(|s| custom_number(&s.id))
            .collect();
        // One more than the highest, so ids are not reused in normal use;
        // if an imported id already holds the highest number there is,
        // the lowest free one (there are at most a few dozen in use).
        let next = used
            .iter()
            .max()
            .map_or(Some(1), |n| n.checked_add(1))
            .or_else(|| (1..=u32::MAX).find(|n| !used.contains(n)))
            .ok_or(InputError::TooManySymptoms)?;
        let id = format!("{CUSTOM_PREFIX}{next}");
        self.push_custom(id.clone(), name)?;
        Ok(id)
    }

    /// Adds a blank symptom of the user's own under `id`, which the
    /// caller has checked is a free "custom-N"; checks the name and the
    /// cap.
    pub(super) fn push_custom(
        &mut self,
        id: String,
        name: &str,
    ) -> Result<(), InputError> {
        let name = self.check_name(name, None)?;
        let customs = self.symptoms.iter().filter(|s| s.is_custom());
        if customs.count() >= MAX_CUSTOM_SYMPTOMS {
            return Err(InputError::TooManySymptoms);
        }
        self.symptoms.push(Symptom::blank(id, Some(name)));
        Ok(())
    }

    /// Renames a symptom of the user's own.
    pub fn rename_custom_symptom(
        &mut self,
        id: &str,
        name: &str,
    ) -> Result<(), InputError> {
        let name = self.check_name(name, Some(id))?;
        self.custom_mut(id)?.name = Some(name);
        Ok(())
    }

    /// Removes a symptom of the user's own and its severities from every
    /// entry (so no entry refers to it afterwards).
    pub fn remove_custom_symptom(
        &mut self,
        id: &str,
    ) -> Result<(), InputError> {
        self.custom_mut(id)?;
        self.symptoms.retain(|s| s.id != id);
        for entry in self.entries.values_mut() {
            entry.severities.remove(id);
        }
        Ok(())
    }

    fn custom_mut(&mut self, id: &str) -> Result<&mut Symptom, InputError> {
        match self.symptom_mut(id) {
            Some(s) if s.is_custom() => Ok(s),
            Some(_) => Err(InputError::NotCustom(id.to_string())),
            None => Err(InputError::UnknownSymptom(id.to_string())),
        }
    }

    /// Every entry, oldest first.
    pub fn entries(&self) -> &BTreeMap<Date, Entry> {
        &self.entries
    }

    /// The entry for a day, if there is one.
    pub fn entry(&self, date: Date) -> Option<&Entry> {
        self.entries.get(&date)
    }

    /// Adds or replaces the entry for a day. Refuses severities for
    /// symptoms the diary does not have.
    pub fn set_entry(
        &mut self,
        date: Date,
        entry: Entry,
    ) -> Result<(), InputError> {
        if let Some(id) = entry
            .severities
            .keys()
            .find(|id| self.symptom(id).is_none())
        {
            return Err(InputError::UnknownSymptom(id.to_string()));
        }
        self.entries.insert(date, entry);
        Ok(())
    }

    /// Removes the entry for a day and returns it.
    pub fn remove_entry(&mut self, date: Date) -> Option<Entry> {
        self.entries.remove(&date)
    }

    /// The bladder diary: sleep times, entries and ticked signs.
    pub fn bladder(&self) -> &BladderLog {
        &self.bladder
    }

    /// Sets the bedtime and waking time that split days from nights.
    pub fn set_sleep(&mut self, sleep: Sleep) {
        self.bladder.sleep = sleep;
    }

    /// Adds a bladder diary entry, or replaces the one with this id (an
    /// edit, or an undone delete). Refuses a new one past
    /// [`MAX_BLADDER_EVENTS`].
    pub fn set_event(
        &mut self,
        id: RecordId,
        event: Event,
    ) -> Result<(), InputError> {
        let events = &mut self.bladder.events;
        if !events.contains_key(&id) && events.len() >= MAX_BLADDER_EVENTS {
            return Err(InputError::TooManyRecords(MAX_BLADDER_EVENTS));
        }
        events.insert(id, event);
        Ok(())
    }

    /// Removes a bladder diary entry and returns it (for undo).
    pub fn remove_event(&mut self, id: &RecordId) -> Option<Event> {
        self.bladder.events.remove(id)
    }

    /// Sets the signs ticked for a day; none ticked removes the day.
    pub fn set_urine_signs(&mut self, date: Date, signs: UrineSigns) {
        if signs == UrineSigns::default() {
            self.bladder.signs.remove(&date);
        } else {
            self.bladder.signs.insert(date, signs);
        }
    }

    /// The walk tests, by id (see [`walk_tests`](Self::walk_tests) for
    /// them by date).
    pub fn walks(&self) -> &BTreeMap<RecordId, WalkTest> {
        &self.walks
    }

    /// The walk tests oldest first (by date, then by id, which starts
    /// with the time it was added).
    pub fn walk_tests(&self) -> Vec<(&RecordId, &WalkTest)> {
        let mut tests: Vec<_> = self.walks.iter().collect();
        tests.sort_by(|a, b| (a.1.date, a.0).cmp(&(b.1.date, b.0)));
        tests
    }

    /// Adds a walk test, or replaces the one with this id. Refuses a new
    /// one past [`MAX_WALK_TESTS`].
    pub fn set_walk(
        &mut self,
        id: RecordId,
        test: WalkTest,
    ) -> Result<(), InputError> {
        if !self.walks.contains_key(&id) && self.walks.len() >= MAX_WALK_TESTS {
            return Err(InputError::TooManyRecords(MAX_WALK_TESTS));
        }
        self.walks.insert(id, test);
        Ok(())
    }

    /// Removes a walk test and returns it (for undo).
    pub fn remove_walk(&mut self, id: &RecordId) -> Option<WalkTest> {
        self.walks.remove(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn a_new_diary_has_the_six_content_symptoms_in_order() {
        let diary = Diary::new();
        let ids: Vec<_> = diary.symptoms().iter().map(Symptom::id).collect();
        let expected: Vec<_> = crate::content::symptoms::SYMPTOMS
            .iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(ids, expected);
        let names: Vec<_> = diary
            .symptoms()
            .iter()
            .map(|s| s.name().to_string())
            .collect();
        let cards: Vec<_> = crate::content::symptoms::SYMPTOMS
            .iter()
            .map(|s| s.name.to_string())
            .collect();
        assert_eq!(names, cards, "the diary names each as its card does");
        assert_eq!(ids.len(), 6);
        assert_eq!(diary.symptoms()[0].name(), "Weak or heavy arms or legs");
        assert_eq!(
            diary.symptoms()[0].name_in(crate::lang::Lang::Es),
            crate::content::es::symptoms::DIARY_SYMPTOMS[0].1
        );
        assert!(diary.symptoms().iter().all(Symptom::is_blank));
    }

    #[test]
    fn scores_stop_at_ten() {
        assert_eq!(Score::new(10).map(Score::get), Ok(10));
        assert_eq!(Score::new(0).map(Score::get), Ok(0));
        assert_eq!(Score::new(11), Err(InputError::OutOfRange(11)));
        assert_eq!(Score::new(266), Err(InputError::OutOfRange(266)));
    }

    #[test]
    fn text_limits_count_characters_and_never_truncate() {
        let at_limit = "é".repeat(NOTE_MAX_CHARS);
        assert_eq!(Note::new(at_limit.clone()).unwrap().as_str(), at_limit);
        let err = Note::new("é".repeat(NOTE_MAX_CHARS + 1)).unwrap_err();
        assert_eq!(
            err.message(),
            "This is 501 characters long. It can be at most 500."
        );
        assert!(BodyArea::new("x".repeat(61)).is_err());
        assert!(BodyArea::new("x".repeat(60)).is_ok());
    }

    #[test]
    fn custom_symptoms_get_fresh_ids_and_unique_names() {
        let mut diary = Diary::new();
        assert_eq!(
            diary.add_custom_symptom("  Fatigue "),
            Ok("custom-1".into())
        );
        assert_eq!(diary.symptom("custom-1").unwrap().name(), "Fatigue");
        // The user's own name is never translated.
        assert_eq!(
            diary
                .symptom("custom-1")
                .unwrap()
                .name_in(crate::lang::Lang::Es),
            "Fatigue"
        );
        assert_eq!(
            diary.add_custom_symptom("FATIGUE"),
            Err(InputError::NameTaken("FATIGUE".into()))
        );
        assert_eq!(
            diary.add_custom_symptom("bladder problems"),
            Err(InputError::NameTaken("bladder problems".into()))
        );
        assert_eq!(diary.add_custom_symptom("   "), Err(InputError::BlankName));
        assert!(matches!(
            diary.add_custom_symptom(&"n".repeat(41)),
            Err(InputError::TooLong { len: 41, max: 40 })
        ));
        assert_eq!(diary.add_custom_symptom("Dizzy"), Ok("custom-2".into()));
        diary.remove_custom_symptom("custom-1").unwrap();
        assert_eq!(diary.add_custom_symptom("Tired"), Ok("custom-3".into()));
    }

    #[test]
    fn there_is_a_cap_on_custom_symptoms() {
        let mut diary = Diary::new();
        for n in 0..MAX_CUSTOM_SYMPTOMS {
            diary.add_custom_symptom(&format!("Symptom {n}")).unwrap();
        }
        assert_eq!(
            diary.add_custom_symptom("One more"),
            Err(InputError::TooManySymptoms)
        );
    }

    #[test]
    fn renaming_keeps_names_unique_but_allows_a_new_case() {
        let mut diary = Diary::new();
        let a = diary.add_custom_symptom("Fatigue").unwrap();
        diary.add_custom_symptom("Dizzy").unwrap();
        assert!(diary.rename_custom_symptom(&a, "dizzy").is_err());
        diary.rename_custom_symptom(&a, "fatigue").unwrap();
        assert_eq!(diary.symptom(&a).unwrap().name(), "fatigue");
        assert_eq!(
            diary.rename_custom_symptom("weakness", "Legs"),
            Err(InputError::NotCustom("weakness".into()))
        );
        assert_eq!(
            diary.remove_custom_symptom("custom-9"),
            Err(InputError::UnknownSymptom("custom-9".into()))
        );
    }

    #[test]
    fn entries_refuse_unknown_symptoms_and_removal_cleans_up() {
        let mut diary = Diary::new();
        let id = diary.add_custom_symptom("Fatigue").unwrap();
        let mut entry = Entry::default();
        entry
            .severities
            .insert(id.as_str().into(), Score::new(4).unwrap());
        entry
            .severities
            .insert("weakness".into(), Score::new(2).unwrap());
        diary.set_entry(day("2026-11-20"), entry.clone()).unwrap();
        assert_eq!(
            diary.entry(day("2026-11-20")).unwrap().severity(&id),
            Some(4)
        );

        let mut bad = Entry::default();
        bad.severities.insert("nope".into(), Score::new(1).unwrap());
        assert_eq!(
            diary.set_entry(day("2026-11-21"), bad),
            Err(InputError::UnknownSymptom("nope".into()))
        );
        assert!(diary.entry(day("2026-11-21")).is_none());

        diary.remove_custom_symptom(&id).unwrap();
        let kept = diary.entry(day("2026-11-20")).unwrap();
        assert_eq!(kept.severity(&id), None);
        assert_eq!(kept.severity("weakness"), Some(2));
    }

    #[test]
    fn custom_ids_are_canonical() {
        assert_eq!(custom_number("custom-12"), Some(12));
        for bad in ["custom-0", "custom-01", "custom-", "custom-+1", "x-1"] {
            assert_eq!(custom_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn long_values_are_shortened_in_messages_only() {
        let err = InputError::BadDate("9".repeat(1000));
        assert!(err.message().len() < 100);
    }
}
