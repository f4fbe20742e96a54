//! The diary on disk: a versioned envelope `{"version": N, "data": ...}`.
//!
//! Version 1 `data` is
//! `{"symptoms": [...], "days": [[date, severities, sleep, fever,
//! medicines, note], ...]}`. Each day is a short array rather than an
//! object, and its severities are one string with one character per
//! symptom in the order of `symptoms`: `0`-`9`, `X` for 10, `.` for not
//! recorded; trailing dots are dropped. Ten years of days for 15
//! symptoms stay near 200 KB this way, while a person can still read a
//! backup file.
//!
//! Version 2 adds two optional members to `data`, left out while empty:
//! `"bladder": {"bedtime": "22:00", "wake": "07:00", "events": [...],
//! "signs": [...]}` (each event an object with its id, date, time and
//! what it was) and `"walks": [...]` (each test an object with its id,
//! date, times in seconds, aid and note). Version 1 files load as
//! version 2 with neither.
//!
//! Reading validates every value, so a diary that loads is always one
//! the model could have built.

use std::sync::Arc;

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::bladder::{
    Amount, Clock, DrinkKind, Event, EventKind, LeakSize, Sleep, UrineSigns,
};
use super::model::{RecordId, Text, custom_number};
use super::walk::{Aid, WalkTest, WalkTime};
use super::{Date, Diary, Entry, InputError, Onset, Pattern, Score};
use crate::lang::Lang;

/// The version [`to_json`] writes. Bump it when the shape of `data`
/// changes, and add a migration arm in `migrate`.
pub const CURRENT_VERSION: u32 = 2;

/// Why saved diary data could not be read. The messages fit both a
/// backup file and the copy kept in the browser ("This ...").
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a `{"version", "data"}` envelope.
    NotOurFile,
    /// Written by a newer app version than this one.
    NewerVersion(u64),
    /// A version that never existed (0).
    UnknownVersion(u64),
    /// The envelope is fine, but `data` has the wrong shape. The detail
    /// is for developers and is left out of the message.
    Damaged(String),
    /// A value is out of range or inconsistent; `place` says where, e.g.
    /// "the day 2026-11-20".
    Invalid {
        /// Where, e.g. "the day 2026-11-20" or "the symptom \"bladder\"".
        place: String,
        /// What is wrong there.
        problem: InputError,
    },
}

impl LoadError {
    /// The reason in plain words.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The reason in plain words, in a language (as [`message`](Self::message)).
    pub fn message_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::NotJson, Lang::En) => "This is not a diary backup from \
                this app. It may be a different kind of file, or it may be \
                damaged."
                .into(),
            (Self::NotJson, Lang::Es) => "Esto no es una copia de seguridad \
                del diario de esta aplicación. Puede ser otro tipo de \
                archivo, o puede estar dañado."
                .into(),
            (Self::NotOurFile, Lang::En) => {
                "This is not a diary backup from this app.".into()
            }
            (Self::NotOurFile, Lang::Es) => "Esto no es una copia de \
                seguridad del diario de esta aplicación."
                .into(),
            (Self::NewerVersion(v), Lang::En) => format!(
                "This was saved by a newer version of the app (diary \
                 format {v}). Please update the app, then try again."
            ),
            (Self::NewerVersion(v), Lang::Es) => format!(
                "Esto se guardó con una versión más nueva de la aplicación \
                 (formato del diario {v}). Actualice la aplicación y \
                 vuelva a intentarlo."
            ),
            (Self::UnknownVersion(v), Lang::En) => format!(
                "This uses a diary format the app does not know (format \
                 {v})."
            ),
            (Self::UnknownVersion(v), Lang::Es) => format!(
                "Esto usa un formato de diario que la aplicación no conoce \
                 (formato {v})."
            ),
            (Self::Damaged(_), Lang::En) => "Part of this is damaged or not \
                in the form the app expects."
                .into(),
            (Self::Damaged(_), Lang::Es) => "Una parte está dañada o no \
                tiene la forma que la aplicación espera."
                .into(),
            (Self::Invalid { place, problem }, Lang::En) => format!(
                "There is a problem with {place}. {}",
                problem_in(problem, lang)
            ),
            (Self::Invalid { place, problem }, Lang::Es) => format!(
                "Hay un problema con {}. {}",
                place_in(place, lang),
                problem_in(problem, lang)
            ),
        }
    }
}

// Where a value is, as [`LoadError::Invalid`] keeps it (in English: the
// variant's `place` is a plain string). Only this file writes places,
// always from these pieces, so [`place_in`] can say each in Spanish.
const AT_SYMPTOM: &str = "the symptom ";
const AT_START_DATE: &str = "the start date of ";
const AT_DAY_NUMBER: &str = "day number ";
const AT_DAY: &str = "the day ";
const AT_SLEEP: &str = "the bladder diary's bedtime and waking time";
const AT_BLADDER: &str = "bladder diary entry number ";
const AT_SIGNS: &str = "the bladder diary's signs, number ";
const AT_WALK: &str = "walk test number ";

/// A place (see [`AT_SYMPTOM`]) in a language: "the day 2026-11-20" is
/// "el día 20 de noviembre de 2026". A place this file did not write is
/// shown as it is.
fn place_in(place: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return place.to_string();
    }
    if let Some(symptom) = place.strip_prefix(AT_START_DATE) {
        // "de" + "el síntoma": "del síntoma".
        let symptom = place_in(symptom, lang);
        return match symptom.strip_prefix("el ") {
            Some(rest) => format!("la fecha de inicio del {rest}"),
            None => format!("la fecha de inicio de {symptom}"),
        };
    }
    if let Some(id) = place.strip_prefix(AT_SYMPTOM) {
        return format!("el síntoma {id}");
    }
    if let Some(n) = place.strip_prefix(AT_DAY_NUMBER) {
        return format!("el día número {n}");
    }
    if place == AT_SLEEP {
        return "la hora de dormir y de despertar del diario de vejiga".into();
    }
    if let Some(n) = place.strip_prefix(AT_BLADDER) {
        return format!("la anotación número {n} del diario de vejiga");
    }
    if let Some(n) = place.strip_prefix(AT_SIGNS) {
        return format!("las señales número {n} del diario de vejiga");
    }
    if let Some(n) = place.strip_prefix(AT_WALK) {
        return format!("la prueba de caminata número {n}");
    }
    if let Some(iso) = place.strip_prefix(AT_DAY) {
        let date = crate::content::review::display_date_in(iso, lang)
            .unwrap_or_else(|| iso.to_string());
        return format!("el día {date}");
    }
    place.to_string()
}

/// A refused value's reason in a language: in English the model's own
/// [`InputError::message`]; in Spanish the same sentences here.
pub(crate) fn problem_in(problem: &InputError, lang: Lang) -> String {
    if lang == Lang::En {
        return problem.message();
    }
    let date = |d: &Date| d.words_in(lang);
    match problem {
        InputError::TooLong { len, max } => {
            format!("Tiene {len} caracteres. Puede tener {max} como máximo.")
        }
        InputError::OutOfRange(n) => {
            format!("{n} es demasiado alto. Use un número del 0 al 10.")
        }
        InputError::BadDate(text) => format!(
            "{} no es una fecha real. Las fechas se escriben así: \
             2026-11-27.",
            quoted(text)
        ),
        InputError::FutureDate(d) => {
            format!("La fecha {} está en el futuro.", date(d))
        }
        InputError::DuplicateDate(d) => {
            format!("El día {} aparece más de una vez.", date(d))
        }
        InputError::BlankName => "Escriba un nombre para el síntoma.".into(),
        InputError::NameTaken(name) => {
            format!("Ya tiene un síntoma llamado {}.", quoted(name))
        }
        InputError::TooManySymptoms => format!(
            "Puede agregar hasta {} síntomas propios.",
            super::MAX_CUSTOM_SYMPTOMS
        ),
        InputError::UnknownSymptom(id) => format!(
            "Menciona un síntoma que el diario no tiene ({}).",
            quoted(id)
        ),
        InputError::DuplicateSymptom(id) => {
            format!("El síntoma {} aparece dos veces.", quoted(id))
        }
        InputError::NotCustom(id) => format!(
            "{} es uno de los síntomas de la aplicación. No se puede \
             cambiar de nombre ni borrar.",
            quoted(id)
        ),
        InputError::BadSeverityMark(c) => format!(
            "{} no es un puntaje. Use del 0 al 9, X para 10, o un punto \
             si no hay puntaje.",
            quoted(&c.to_string())
        ),
        InputError::Bladder(e) => e.message_in(lang),
        InputError::Walk(e) => e.message_in(lang),
        InputError::BadRecordId(id) => {
            format!("{} no es un número de registro.", quoted(id))
        }
        InputError::DuplicateRecord(id) => {
            format!("El registro {} aparece más de una vez.", quoted(id))
        }
        InputError::UnknownChoice(word) => {
            format!("{} no es una de las opciones.", quoted(word))
        }
        InputError::TooManyRecords(max) => format!(
            "El diario guarda {max} como máximo. Borre algunos antiguos \
             para agregar más."
        ),
    }
}

/// User text quoted in a message, shortened (as the model quotes it) so
/// a huge bad value in a file cannot flood the screen.
fn quoted(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(24).collect();
    let more = if chars.next().is_some() { "..." } else { "" };
    format!("\"{head}{more}\"")
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for LoadError {}

/// Version 1 of `data`: symptoms and days only.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DiskV1 {
    symptoms: Vec<DiskSymptom>,
    days: Vec<DiskDay>,
}

impl From<DiskV1> for Disk {
    fn from(v1: DiskV1) -> Disk {
        Disk {
            symptoms: v1.symptoms,
            days: v1.days,
            bladder: None,
            walks: Vec::new(),
        }
    }
}

/// Version 2 of `data`. Field names are short but whole words, so a
/// backup stays readable.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Disk {
    symptoms: Vec<DiskSymptom>,
    days: Vec<DiskDay>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    bladder: Option<DiskBladder>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    walks: Vec<DiskWalk>,
}

/// The bladder diary: sleep times as "HH:MM", then its entries and the
/// days with signs ticked.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiskBladder {
    bedtime: String,
    wake: String,
    #[serde(default)]
    events: Vec<DiskEvent>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    signs: Vec<DiskSigns>,
}

/// One bladder diary entry. `what` is "urine", "leak" or "drink";
/// `size` is small/medium/large (a leak: small/large), `ml` a measured
/// amount instead, `drink` the drink's kind.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiskEvent {
    id: String,
    date: String,
    time: String,
    what: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    size: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ml: Option<u32>,
    #[serde(default, skip_serializing_if = "is_false")]
    urgent: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    drink: Option<String>,
}

/// The signs ticked on a day.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiskSigns {
    date: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pain: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    blood: bool,
}

/// One timed walk test; times in seconds as text ("8.4").
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiskWalk {
    id: String,
    date: String,
    first: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    second: Option<String>,
    aid: String,
    #[serde(default, skip_serializing_if = "is_false")]
    other: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
}

/// A symptom; empty fields are left out. Numbers are read as `u32` so a
/// too-high value gets a clear "too high" error, not a type error.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiskSymptom {
    id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    now: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    severity: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    since: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    onset: Option<Onset>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pattern: Option<Pattern>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    area: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
}

/// `[date, severities, sleep quality or null, infection or fever,
/// medicines, note]`.
type DiskDay = (String, String, Option<u32>, bool, String, String);

fn is_false(b: &bool) -> bool {
    !*b
}

/// A severity as its one-character mark.
fn mark(score: Option<Score>) -> char {
    match score.map(Score::get) {
        None => '.',
        Some(10) => 'X',
        Some(n) => char::from(b'0' + n),
    }
}

fn unmark(c: char) -> Result<Option<Score>, InputError> {
    match c {
        '.' => Ok(None),
        'X' => Score::new(10).map(Some),
        '0'..='9' => Score::new(u32::from(c) - u32::from('0')).map(Some),
        _ => Err(InputError::BadSeverityMark(c)),
    }
}

impl Disk {
    fn from_diary(diary: &Diary) -> Disk {
        let symptoms = diary
            .symptoms
            .iter()
            .map(|s| DiskSymptom {
                id: s.id.clone(),
                name: s.name.as_ref().map(|n| n.as_str().to_string()),
                now: s.has_now,
                severity: s.severity.map(|v| v.get().into()),
                since: s.started_on.map(|d| d.to_string()),
                onset: s.onset,
                pattern: s.pattern,
                area: s.body_area.as_str().to_string(),
                note: s.note.as_str().to_string(),
            })
            .collect();
        let days = diary
            .entries
            .iter()
            .map(|(date, e)| {
                let marks: String = diary
                    .symptoms
                    .iter()
                    .map(|s| mark(e.severities.get(s.id.as_str()).copied()))
                    .collect();
                (
                    date.to_string(),
                    marks.trim_end_matches('.').to_string(),
                    e.sleep_quality.map(|v| v.get().into()),
                    e.infection_or_fever,
                    e.medicines.as_str().to_string(),
                    e.note.as_str().to_string(),
                )
            })
            .collect();
        let log = diary.bladder();
        let bladder =
            (!log.is_empty() || log.sleep != Sleep::default()).then(|| {
                DiskBladder {
                    bedtime: log.sleep.bedtime.to_hhmm(),
                    wake: log.sleep.wake.to_hhmm(),
                    events: log
                        .events
                        .iter()
                        .map(|(id, e)| disk_event(id, e))
                        .collect(),
                    signs: log
                        .signs
                        .iter()
                        .map(|(date, s)| DiskSigns {
                            date: date.to_string(),
                            pain: s.pain,
                            blood: s.blood,
                        })
                        .collect(),
                }
            });
        let walks = diary
            .walks()
            .iter()
            .map(|(id, w)| DiskWalk {
                id: id.to_string(),
                date: w.date.to_string(),
                first: w.first.seconds_text(),
                second: w.second.map(WalkTime::seconds_text),
                aid: w.aid.code().to_string(),
                other: w.timed_by_other,
                note: w.note.as_str().to_string(),
            })
            .collect();
        Disk {
            symptoms,
            days,
            bladder,
            walks,
        }
    }

    /// Checks every value and builds the diary. With `today` (reading a
    /// backup), dates after tomorrow are refused (a day of slack for time
    /// zones), and a day that cannot be read is left out and described
    /// in the returned list rather than refusing the whole file; so is a
    /// start date in the future (the clock may have been wrong). Without
    /// it (the browser's own copy), any problem refuses the whole text.
    fn into_diary(
        self,
        today: Option<Date>,
    ) -> Result<(Diary, Vec<LoadError>), LoadError> {
        let lenient = today.is_some();
        let mut left_out = Vec::new();
        let latest = today.map(|t| t.add_days(1));
        let check_date = |text: &str| {
            let date = Date::parse(text)?;
            match latest {
                Some(latest) if date > latest => {
                    Err(InputError::FutureDate(date))
                }
                _ => Ok(date),
            }
        };
        let mut diary = Diary::new();
        // The symptom id of each severity column, in file order.
        // Shared: each day's scores point at these instead of copying them.
        let mut columns: Vec<Arc<str>> = Vec::new();
        for s in self.symptoms {
            let place = format!("{AT_SYMPTOM}{}", quoted_id(&s.id));
            let at = |problem| LoadError::Invalid {
                place: place.clone(),
                problem,
            };
            if columns.iter().any(|c| **c == *s.id) {
                return Err(at(InputError::DuplicateSymptom(s.id)));
            }
            let known = diary.symptom(&s.id).is_some();
            match (&s.name, custom_number(&s.id), known) {
                (Some(name), Some(_), _) => {
                    diary.push_custom(s.id.clone(), name).map_err(at)?;
                }
                (None, Some(_), _) => return Err(at(InputError::BlankName)),
                (Some(_), None, true) => {
                    return Err(at(InputError::NotCustom(s.id)));
                }
                (None, None, true) => {}
                (_, None, false) => {
                    return Err(at(InputError::UnknownSymptom(s.id)));
                }
            }
            let Some(symptom) = diary.symptom_mut(&s.id) else {
                return Err(at(InputError::UnknownSymptom(s.id)));
            };
            symptom.has_now = s.now;
            symptom.severity =
                s.severity.map(Score::new).transpose().map_err(at)?;
            symptom.started_on = match s.since.as_deref().map(check_date) {
                Some(Err(problem)) if lenient => {
                    left_out.push(LoadError::Invalid {
                        place: format!("{AT_START_DATE}{place}"),
                        problem,
                    });
                    None
                }
                other => other.transpose().map_err(at)?,
            };
            symptom.onset = s.onset;
            symptom.pattern = s.pattern;
            symptom.body_area = Text::new(s.area).map_err(at)?;
            symptom.note = Text::new(s.note).map_err(at)?;
            columns.push(s.id.into());
        }
        for (n, day) in self.days.into_iter().enumerate() {
            match read_day(&mut diary, &columns, n, day, &check_date) {
                Ok(()) => {}
                Err(error @ LoadError::Invalid { .. }) if lenient => {
                    left_out.push(error);
                }
                Err(error) => return Err(error),
            }
        }
        let mut keep = |result: Result<(), LoadError>| match result {
            Ok(()) => Ok(()),
            Err(error @ LoadError::Invalid { .. }) if lenient => {
                left_out.push(error);
                Ok(())
            }
            Err(error) => Err(error),
        };
        if let Some(bladder) = self.bladder {
            keep(read_sleep(&mut diary, &bladder))?;
            for (n, event) in bladder.events.into_iter().enumerate() {
                keep(read_event(&mut diary, n, event, &check_date))?;
            }
            for (n, signs) in bladder.signs.into_iter().enumerate() {
                keep(read_signs(&mut diary, n, signs, &check_date))?;
            }
        }
        for (n, walk) in self.walks.into_iter().enumerate() {
            keep(read_walk(&mut diary, n, walk, &check_date))?;
        }
        Ok((diary, left_out))
    }
}

/// A bladder diary entry as stored.
fn disk_event(id: &RecordId, e: &Event) -> DiskEvent {
    let (amount, size, drink) = match e.kind {
        EventKind::Urine { amount, .. } => (amount, None, None),
        EventKind::Leak { size, .. } => (None, Some(size.code()), None),
        EventKind::Drink { amount, kind } => (amount, None, Some(kind.code())),
    };
    DiskEvent {
        id: id.to_string(),
        date: e.date.to_string(),
        time: e.at.to_hhmm(),
        what: e.kind.code().to_string(),
        size: size.or(amount.and_then(Amount::code)).map(str::to_string),
        ml: amount.and_then(Amount::measured).map(u32::from),
        urgent: e.kind.urgent(),
        drink: drink.map(str::to_string),
    }
}

/// A place's error maker: `LoadError::Invalid` at `place`.
fn invalid(place: String) -> impl Fn(InputError) -> LoadError {
    move |problem| LoadError::Invalid {
        place: place.clone(),
        problem,
    }
}

fn read_sleep(
    diary: &mut Diary,
    bladder: &DiskBladder,
) -> Result<(), LoadError> {
    let at = invalid(AT_SLEEP.to_string());
    let clock = |text: &str| Clock::parse(text).map_err(InputError::Bladder);
    let bedtime = clock(&bladder.bedtime).map_err(&at)?;
    let wake = clock(&bladder.wake).map_err(&at)?;
    let sleep = Sleep::new(bedtime, wake)
        .map_err(InputError::Bladder)
        .map_err(&at)?;
    diary.set_sleep(sleep);
    Ok(())
}

/// Reads bladder diary entry number `n` (from 0) into `diary`.
fn read_event(
    diary: &mut Diary,
    n: usize,
    e: DiskEvent,
    check_date: &impl Fn(&str) -> Result<Date, InputError>,
) -> Result<(), LoadError> {
    let at = invalid(format!("{AT_BLADDER}{}", n + 1));
    let id = RecordId::new(e.id).map_err(&at)?;
    if diary.bladder().events.contains_key(&id) {
        return Err(at(InputError::DuplicateRecord(id.to_string())));
    }
    let date = check_date(&e.date).map_err(&at)?;
    let time = Clock::parse(&e.time)
        .map_err(InputError::Bladder)
        .map_err(&at)?;
    let unknown = |word: &str| at(InputError::UnknownChoice(word.to_string()));
    let amount = match (e.size.as_deref(), e.ml) {
        (None, None) => None,
        (None, Some(ml)) => {
            Some(Amount::ml(ml).map_err(InputError::Bladder).map_err(&at)?)
        }
        (Some(size), None) => {
            Some(Amount::from_code(size).ok_or_else(|| unknown(size))?)
        }
        (Some(size), Some(_)) => return Err(unknown(size)),
    };
    let kind = match (e.what.as_str(), e.drink.as_deref()) {
        ("urine", None) => EventKind::Urine {
            amount,
            urgent: e.urgent,
        },
        ("leak", None) if e.ml.is_none() => {
            let size = e.size.as_deref().unwrap_or("");
            EventKind::Leak {
                size: LeakSize::from_code(size).ok_or_else(|| unknown(size))?,
                urgent: e.urgent,
            }
        }
        ("drink", Some(kind)) if !e.urgent => EventKind::Drink {
            amount,
            kind: DrinkKind::from_code(kind).ok_or_else(|| unknown(kind))?,
        },
        (what, _) => return Err(unknown(what)),
    };
    let event = Event {
        date,
        at: time,
        kind,
    };
    // Straight in, past the cap on new entries: a diary that was
    // stored (or merged from two tabs) must always load again.
    diary.bladder.events.insert(id, event);
    Ok(())
}

/// Reads the signs of a day, number `n` (from 0), into `diary`.
fn read_signs(
    diary: &mut Diary,
    n: usize,
    signs: DiskSigns,
    check_date: &impl Fn(&str) -> Result<Date, InputError>,
) -> Result<(), LoadError> {
    let at = invalid(format!("{AT_SIGNS}{}", n + 1));
    let date = check_date(&signs.date).map_err(&at)?;
    if diary.bladder().signs.contains_key(&date) {
        return Err(at(InputError::DuplicateDate(date)));
    }
    let ticked = UrineSigns {
        pain: signs.pain,
        blood: signs.blood,
    };
    diary.set_urine_signs(date, ticked);
    Ok(())
}

/// Reads walk test number `n` (from 0) into `diary`.
fn read_walk(
    diary: &mut Diary,
    n: usize,
    w: DiskWalk,
    check_date: &impl Fn(&str) -> Result<Date, InputError>,
) -> Result<(), LoadError> {
    let at = invalid(format!("{AT_WALK}{}", n + 1));
    let id = RecordId::new(w.id).map_err(&at)?;
    if diary.walks().contains_key(&id) {
        return Err(at(InputError::DuplicateRecord(id.to_string())));
    }
    let time = |text: &str| {
        stored_walk_time(text)
            .map_err(InputError::Walk)
            .map_err(&at)
    };
    let test = WalkTest {
        date: check_date(&w.date).map_err(&at)?,
        first: time(&w.first)?,
        second: w.second.as_deref().map(time).transpose()?,
        aid: Aid::from_code(&w.aid)
            .ok_or_else(|| at(InputError::UnknownChoice(w.aid.clone())))?,
        timed_by_other: w.other,
        note: Text::new(w.note).map_err(&at)?,
    };
    diary.walks.insert(id, test);
    Ok(())
}

/// A stored walk time: exactly what [`WalkTime::seconds_text`] writes
/// ("8.4", "12.0"), so a file cannot hold "8,4" or " 8".
fn stored_walk_time(text: &str) -> Result<WalkTime, super::walk::WalkError> {
    let time = WalkTime::parse(text)?;
    if time.seconds_text() == text {
        Ok(time)
    } else {
        Err(super::walk::WalkError::NotATime(text.to_string()))
    }
}

/// Reads day number `n` (from 0) into `diary`.
fn read_day(
    diary: &mut Diary,
    columns: &[Arc<str>],
    n: usize,
    (date, marks, sleep, fever, medicines, note): DiskDay,
    check_date: &impl Fn(&str) -> Result<Date, InputError>,
) -> Result<(), LoadError> {
    let date = check_date(&date).map_err(|problem| LoadError::Invalid {
        place: format!("{AT_DAY_NUMBER}{}", n + 1),
        problem,
    })?;
    let at = |problem| LoadError::Invalid {
        place: format!("{AT_DAY}{date}"),
        problem,
    };
    if diary.entries.contains_key(&date) {
        return Err(at(InputError::DuplicateDate(date)));
    }
    let mut entry = Entry::default();
    for (i, c) in marks.chars().enumerate() {
        let Some(id) = columns.get(i) else {
            let which = format!("number {}", i + 1);
            return Err(at(InputError::UnknownSymptom(which)));
        };
        if let Some(score) = unmark(c).map_err(at)? {
            entry.severities.insert(id.clone(), score);
        }
    }
    entry.sleep_quality = sleep.map(Score::new).transpose().map_err(at)?;
    entry.infection_or_fever = fever;
    entry.medicines = Text::new(medicines).map_err(at)?;
    entry.note = Text::new(note).map_err(at)?;
    diary.entries.insert(date, entry);
    Ok(())
}

/// An id for a message, shortened like other quoted user text.
fn quoted_id(id: &str) -> String {
    let short: String = id.chars().take(24).collect();
    format!("\"{short}\"")
}

/// Turns `data` of any known version into the current shape. Each
/// version is one arm that parses its own shape and upgrades it step by
/// step. For a version 3, keep version 2's struct as `DiskV2` and add
/// `2 => parse::<DiskV2>(data).map(Disk::from)`.
fn migrate(version: u64, data: &RawValue) -> Result<Disk, LoadError> {
    match version {
        1 => parse::<DiskV1>(data).map(Disk::from),
        2 => parse(data),
        v if v > u64::from(CURRENT_VERSION) => Err(LoadError::NewerVersion(v)),
        v => Err(LoadError::UnknownVersion(v)),
    }
}

fn parse<'a, T: Deserialize<'a>>(data: &'a RawValue) -> Result<T, LoadError> {
    serde_json::from_str(data.get())
        .map_err(|e| LoadError::Damaged(e.to_string()))
}

/// The envelope, with `data` kept as its raw text until the version
/// says which shape to read it as. Typed all the way: no generic JSON
/// tree (`serde_json::Value`) is built, so the app carries one decoder.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope<'a> {
    version: u64,
    #[serde(borrow)]
    data: &'a RawValue,
}

/// Reads an envelope of any known version; with `today`, also refuses
/// dates in the future (see [`Disk::into_diary`]).
pub(super) fn decode(
    text: &str,
    today: Option<Date>,
) -> Result<(Diary, Vec<LoadError>), LoadError> {
    let parsed = serde_json::from_str::<Envelope>(text);
    // serde also reads a struct from an array (`[1, {...}]`): only an
    // object is an envelope.
    let object = text.trim_start().starts_with('{');
    let envelope = match parsed {
        Ok(envelope) if object => envelope,
        // JSON of another shape, or not JSON at all?
        _ => {
            return Err(match serde_json::from_str::<IgnoredAny>(text) {
                Ok(_) => LoadError::NotOurFile,
                Err(_) => LoadError::NotJson,
            });
        }
    };
    migrate(envelope.version, envelope.data)?.into_diary(today)
}

/// Serializes a piece of the on-disk shape. These types hold only
/// strings, numbers and string-keyed structs, for which serde_json cannot
/// fail, so the empty fallback is never used.
fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// The diary as compact JSON in the current version's envelope, for the
/// copy kept in the browser.
pub fn to_json(diary: &Diary) -> String {
    format!(
        "{{\"version\":{CURRENT_VERSION},\"data\":{}}}",
        json(&Disk::from_diary(diary))
    )
}

/// Reads what [`to_json`] or [`export_json`] wrote, from any earlier
/// version too. Checks every value, but not whether dates are in the
/// future: the device clock may have been wrong when they were saved,
/// and the saved diary must still open.
pub fn from_json(text: &str) -> Result<Diary, LoadError> {
    decode(text, None).map(|(diary, _)| diary)
}

/// The diary as a backup file: the same envelope as [`to_json`], laid
/// out with one symptom and one day per line so a person can read it.
pub fn export_json(diary: &Diary) -> String {
    let disk = Disk::from_diary(diary);
    let mut out = format!(
        "{{\n  \"version\": {CURRENT_VERSION},\n  \"data\": {{\n    \
         \"symptoms\": ["
    );
    push_lines(&mut out, &disk.symptoms);
    out.push_str(",\n    \"days\": [");
    push_lines(&mut out, &disk.days);
    if let Some(bladder) = &disk.bladder {
        out.push_str(&format!(
            ",\n    \"bladder\": {{\"bedtime\": {}, \"wake\": {}, \
             \"events\": [",
            json(&bladder.bedtime),
            json(&bladder.wake)
        ));
        push_lines(&mut out, &bladder.events);
        if !bladder.signs.is_empty() {
            out.push_str(", \"signs\": [");
            push_lines(&mut out, &bladder.signs);
        }
        out.push('}');
    }
    if !disk.walks.is_empty() {
        out.push_str(",\n    \"walks\": [");
        push_lines(&mut out, &disk.walks);
    }
    out.push_str("\n  }\n}\n");
    out
}

/// Appends a JSON array body, one item per line, and its closing bracket.
fn push_lines<T: Serialize>(out: &mut String, items: &[T]) {
    for (i, item) in items.iter().enumerate() {
        out.push_str(if i == 0 { "\n      " } else { ",\n      " });
        out.push_str(&json(item));
    }
    out.push_str(if items.is_empty() { "]" } else { "\n    ]" });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_cover_the_whole_scale() {
        for n in 0..=10 {
            let score = Score::new(n).unwrap();
            assert_eq!(unmark(mark(Some(score))), Ok(Some(score)));
        }
        assert_eq!(mark(Some(Score::new(10).unwrap())), 'X');
        assert_eq!(unmark('.'), Ok(None));
        assert_eq!(unmark('x'), Err(InputError::BadSeverityMark('x')));
        assert_eq!(unmark('A'), Err(InputError::BadSeverityMark('A')));
    }

    #[test]
    fn an_empty_diary_is_small_and_lists_the_content_symptoms() {
        let text = to_json(&Diary::new());
        assert_eq!(
            text,
            "{\"version\":2,\"data\":{\"symptoms\":[{\"id\":\"weakness\"},\
             {\"id\":\"stiffness\"},{\"id\":\"numbness\"},\
             {\"id\":\"shooting-pain\"},{\"id\":\"bladder\"},\
             {\"id\":\"bowel\"}],\"days\":[]}}"
        );
        assert_eq!(from_json(&text), Ok(Diary::new()));
        assert_eq!(from_json(&export_json(&Diary::new())), Ok(Diary::new()));
    }

    #[test]
    fn the_envelope_is_checked_before_the_data() {
        let err = |text: &str| from_json(text).unwrap_err();
        assert_eq!(err("{"), LoadError::NotJson);
        assert_eq!(err("[1,2]"), LoadError::NotOurFile);
        // serde would read a struct from an array: not an envelope.
        let array = "[1,{\"symptoms\":[],\"days\":[]}]";
        assert_eq!(err(array), LoadError::NotOurFile);
        let spaced =
            " \n{\"version\":1,\"data\":{\"symptoms\":[],\"days\":[]}}";
        assert!(from_json(spaced).is_ok());
        assert_eq!(err("{\"version\":1}"), LoadError::NotOurFile);
        assert_eq!(
            err("{\"version\":\"1\",\"data\":{}}"),
            LoadError::NotOurFile
        );
        assert_eq!(
            err("{\"version\":1,\"data\":{},\"x\":1}"),
            LoadError::NotOurFile
        );
        assert_eq!(
            err("{\"version\":3,\"data\":{}}"),
            LoadError::NewerVersion(3)
        );
        assert_eq!(
            err("{\"version\":0,\"data\":{}}"),
            LoadError::UnknownVersion(0)
        );
        assert!(matches!(
            err("{\"version\":1,\"data\":{\"symptoms\":[]}}"),
            LoadError::Damaged(_)
        ));
    }

    /// Text with these days in a version 1 envelope.
    fn with_days(days: &str) -> String {
        format!(
            "{{\"version\":1,\"data\":{{\"symptoms\":[{{\"id\":\"weakness\",\
             \"since\":\"2100-01-01\"}}],\"days\":[{days}]}}}}"
        )
    }

    #[test]
    fn load_errors_are_said_in_both_languages() {
        let en = |e: LoadError| e.message_in(Lang::En);
        let es = |e: LoadError| e.message_in(Lang::Es);
        assert_eq!(
            en(LoadError::NotJson),
            "This is not a diary backup from this app. It may be a \
             different kind of file, or it may be damaged."
        );
        assert_eq!(LoadError::NotJson.message(), en(LoadError::NotJson));
        assert_eq!(
            es(LoadError::NotJson),
            "Esto no es una copia de seguridad del diario de esta \
             aplicación. Puede ser otro tipo de archivo, o puede estar \
             dañado."
        );
        assert_eq!(
            en(LoadError::NotOurFile),
            "This is not a diary backup from this app."
        );
        assert_eq!(
            es(LoadError::NotOurFile),
            "Esto no es una copia de seguridad del diario de esta aplicación."
        );
        assert_eq!(
            en(LoadError::NewerVersion(2)),
            "This was saved by a newer version of the app (diary format \
             2). Please update the app, then try again."
        );
        assert_eq!(
            es(LoadError::NewerVersion(2)),
            "Esto se guardó con una versión más nueva de la aplicación \
             (formato del diario 2). Actualice la aplicación y vuelva a \
             intentarlo."
        );
        assert_eq!(
            en(LoadError::UnknownVersion(0)),
            "This uses a diary format the app does not know (format 0)."
        );
        assert_eq!(
            es(LoadError::UnknownVersion(0)),
            "Esto usa un formato de diario que la aplicación no conoce \
             (formato 0)."
        );
        let damaged = || LoadError::Damaged("expected `,`".into());
        assert_eq!(
            en(damaged()),
            "Part of this is damaged or not in the form the app expects."
        );
        assert_eq!(
            es(damaged()),
            "Una parte está dañada o no tiene la forma que la aplicación \
             espera."
        );
    }

    #[test]
    fn every_place_a_problem_can_be_is_said_in_spanish() {
        let today = Date::parse("2026-11-27").unwrap();
        let text = with_days(
            "[\"2026-11-20\",\"Q\",null,false,\"\",\"\"],\
             [\"2026-02-30\",\"1\",null,false,\"\",\"\"]",
        );
        let (_, left_out) = decode(&text, Some(today)).unwrap();
        let en: Vec<_> = left_out.iter().map(LoadError::message).collect();
        assert_eq!(
            en,
            [
                "There is a problem with the start date of the symptom \
                 \"weakness\". 2100-01-01 is in the future.",
                "There is a problem with the day 2026-11-20. \"Q\" is not a \
                 severity. Use 0 to 9, X for 10, or a dot for none.",
                "There is a problem with day number 2. \"2026-02-30\" is not \
                 a real date. Dates look like 2026-11-27.",
            ]
        );
        let es: Vec<_> =
            left_out.iter().map(|e| e.message_in(Lang::Es)).collect();
        assert_eq!(
            es,
            [
                "Hay un problema con la fecha de inicio del síntoma \
                 \"weakness\". La fecha 1 de enero de 2100 está en el futuro.",
                "Hay un problema con el día 20 de noviembre de 2026. \"Q\" no \
                 es un puntaje. Use del 0 al 9, X para 10, o un punto si no \
                 hay puntaje.",
                "Hay un problema con el día número 2. \"2026-02-30\" no es \
                 una fecha real. Las fechas se escriben así: 2026-11-27.",
            ]
        );
        let unknown = with_days("").replace("weakness", "tiredness");
        let error = decode(&unknown, None).unwrap_err();
        assert_eq!(
            error.message_in(Lang::Es),
            "Hay un problema con el síntoma \"tiredness\". Menciona un \
             síntoma que el diario no tiene (\"tiredness\")."
        );
        // A place this file did not write is shown as it is.
        assert_eq!(place_in("somewhere", Lang::Es), "somewhere");
        assert_eq!(
            place_in("the day 2026-11-20", Lang::En),
            "the day 2026-11-20"
        );
    }

    #[test]
    fn every_refused_value_is_explained_in_spanish() {
        let day = Date::parse("2026-11-20").unwrap();
        let long = "a".repeat(30);
        let cases = [
            (
                InputError::TooLong { len: 501, max: 500 },
                "Tiene 501 caracteres. Puede tener 500 como máximo.",
            ),
            (
                InputError::OutOfRange(11),
                "11 es demasiado alto. Use un número del 0 al 10.",
            ),
            (
                InputError::DuplicateDate(day),
                "El día 20 de noviembre de 2026 aparece más de una vez.",
            ),
            (InputError::BlankName, "Escriba un nombre para el síntoma."),
            (
                InputError::NameTaken(long.clone()),
                "Ya tiene un síntoma llamado \"aaaaaaaaaaaaaaaaaaaaaaaa...\".",
            ),
            (
                InputError::TooManySymptoms,
                "Puede agregar hasta 20 síntomas propios.",
            ),
            (
                InputError::DuplicateSymptom("bladder".into()),
                "El síntoma \"bladder\" aparece dos veces.",
            ),
            (
                InputError::NotCustom("bladder".into()),
                "\"bladder\" es uno de los síntomas de la aplicación. No se \
                 puede cambiar de nombre ni borrar.",
            ),
        ];
        for (error, spanish) in cases {
            assert_eq!(problem_in(&error, Lang::Es), spanish);
            assert_eq!(problem_in(&error, Lang::En), error.message());
        }
    }
}
