//! Moving a diary in and out of the app: a CSV for a spreadsheet or the
//! clinic, and importing a JSON backup (checked, previewed, then merged
//! with or replacing the current diary).

use std::collections::BTreeMap;

use super::bladder::{Amount, EventKind};
use super::format::{LoadError, decode};
use super::walk::WalkTime;
use super::{Date, Diary, InputError};
use crate::lang::Lang;

/// Largest backup file [`parse_import`] reads: 16 MB. Every backup the
/// app can export must fit. Browsers keep at most about 5 million
/// characters for a site, and a backup adds line breaks and spaces;
/// written out as UTF-8, 5 million characters of accented or other
/// non-English text take up to 3 bytes each, so about 15.7 MB. Anything
/// bigger is not a backup from this app.
pub const IMPORT_MAX_BYTES: usize = 16 * 1024 * 1024;

/// Why a backup file could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Over [`IMPORT_MAX_BYTES`]; refused before reading it.
    TooLarge {
        /// The file's size.
        bytes: usize,
    },
    /// Not UTF-8 text.
    NotUtf8,
    /// Text, but not a diary this app can read; see [`LoadError`].
    Load(LoadError),
}

impl ImportError {
    /// The reason in plain words, e.g. "This file is 7 MB. Backups can
    /// be at most 5 MB."
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The reason in plain words, in a language (as
    /// [`message`](Self::message)).
    pub fn message_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (Self::TooLarge { bytes }, _) => {
                // Rounded up, so a file just over the limit never reads
                // as "5 MB".
                let mb = bytes.div_ceil(1024 * 1024);
                match lang {
                    Lang::En => format!(
                        "This file is {mb} MB. Backups can be at most 16 MB."
                    ),
                    Lang::Es => format!(
                        "Este archivo pesa {mb} MB. Una copia de seguridad \
                         puede pesar 16 MB como máximo."
                    ),
                }
            }
            (Self::NotUtf8, Lang::En) => "This file is not a diary backup \
                from this app. It is not a text file."
                .into(),
            (Self::NotUtf8, Lang::Es) => "Este archivo no es una copia de \
                seguridad del diario de esta aplicación. No es un archivo \
                de texto."
                .into(),
            (Self::Load(e), _) => e.message_in(lang),
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for ImportError {}

/// A checked backup, ready to show before the user chooses merge or
/// replace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    /// The diary in the file.
    pub diary: Diary,
    /// How many days have an entry.
    pub days: usize,
    /// The first day with an entry.
    pub first_date: Option<Date>,
    /// The last day with an entry.
    pub last_date: Option<Date>,
    /// Symptoms with details filled in or a severity on any day.
    pub symptoms_recorded: usize,
    /// Symptoms the user added.
    pub custom_symptoms: usize,
    /// Bladder diary entries.
    pub bladder_entries: usize,
    /// Timed walk tests.
    pub walk_tests: usize,
    /// What was left out because it could not be read (a day dated in
    /// the future, a bad score, a start date in the future).
    pub left_out: Vec<LoadError>,
}

impl ImportPreview {
    /// What was left out, one message each, e.g. "There is a problem
    /// with the day 2100-01-01. ... It was left out."
    pub fn left_out_messages(&self) -> Vec<String> {
        self.left_out_messages_in(Lang::En)
    }

    /// What was left out, one message each, in a language (as
    /// [`left_out_messages`](Self::left_out_messages)).
    pub fn left_out_messages_in(&self, lang: Lang) -> Vec<String> {
        let left_out = lang.pick("It was left out.", "No se incluyó.");
        self.left_out
            .iter()
            .map(|e| format!("{} {left_out}", e.message_in(lang)))
            .collect()
    }

    /// How many of the file's days the current diary also has; on a
    /// merge those days keep the current entry.
    pub fn clashes(&self, current: &Diary) -> usize {
        let entries = &current.entries;
        self.diary
            .entries
            .keys()
            .filter(|d| entries.contains_key(d))
            .count()
    }
}

/// Reads and checks a backup file. Refuses, in this order: more than
/// [`IMPORT_MAX_BYTES`] (before reading anything), not UTF-8, not JSON,
/// not our envelope, an unknown or newer version, and any value out of
/// range in a symptom: a bad score, text over its limit, or an unknown
/// or repeated symptom. A day that cannot be read (an impossible date, a
/// date after tomorrow relative to `today`, a score above 10, text over
/// its limit, a day twice, a score for a symptom the file does not list)
/// is left out and listed in [`ImportPreview::left_out`], so one bad day
/// never costs the rest of a backup.
/// A byte-order mark at the start (added by some editors) is allowed.
pub fn parse_import(
    bytes: &[u8],
    today: Date,
) -> Result<ImportPreview, ImportError> {
    if bytes.len() > IMPORT_MAX_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (diary, left_out) =
        decode(text, Some(today)).map_err(ImportError::Load)?;
    let entries = &diary.entries;
    let symptoms_recorded = diary
        .symptoms
        .iter()
        .filter(|s| {
            !s.is_blank()
                || entries
                    .values()
                    .any(|e| e.severities.contains_key(s.id.as_str()))
        })
        .count();
    Ok(ImportPreview {
        days: entries.len(),
        first_date: entries.keys().next().copied(),
        last_date: entries.keys().next_back().copied(),
        symptoms_recorded,
        custom_symptoms: diary
            .symptoms
            .iter()
            .filter(|s| s.is_custom())
            .count(),
        bladder_entries: diary.bladder.events.len(),
        walk_tests: diary.walks.len(),
        left_out,
        diary,
    })
}

/// Both diaries in one, for "merge" (for "replace", use the incoming
/// diary as it is).
///
/// - Days: every day from both. On a day in both, the current entry is
///   kept whole, because the person may have edited it since the backup.
/// - Symptoms the user added are matched by name, ignoring capitals; an
///   unmatched one is added with a new id, and the incoming days' severities
///   follow it.
/// - A symptom's details (has it now, severity, started on, ...) come
///   from the current diary, unless nothing is filled in there.
/// - Bladder diary entries and walk tests: every one from both, matched
///   by id (one in both keeps the current); the signs of a day in both
///   keep the current; sleep times are the current ones unless never set.
///
/// Fails only if the result would have more than
/// [`MAX_CUSTOM_SYMPTOMS`](super::MAX_CUSTOM_SYMPTOMS) symptoms of the
/// user's own; nothing is dropped silently.
pub fn merge(current: &Diary, incoming: &Diary) -> Result<Diary, InputError> {
    let mut out = current.clone();
    // Incoming symptom id -> id in `out`.
    let mut ids: BTreeMap<&str, String> = BTreeMap::new();
    for symptom in &incoming.symptoms {
        let lower = symptom.name().to_lowercase();
        let id = match out.symptoms.iter().find(|s| {
            s.is_custom() == symptom.is_custom()
                && (if s.is_custom() {
                    s.name().to_lowercase() == lower
                } else {
                    s.id == symptom.id
                })
        }) {
            Some(found) => found.id.clone(),
            None => out.add_custom_symptom(symptom.name())?,
        };
        if let Some(target) = out.symptom_mut(&id)
            && target.is_blank()
        {
            target.copy_details(symptom);
        }
        ids.insert(&symptom.id, id);
    }
    // Bladder entries, signs and walk tests: every one from both; one
    // in both (the same id, or the same day's signs) keeps the current.
    if out.bladder.sleep == super::bladder::Sleep::default() {
        out.bladder.sleep = incoming.bladder.sleep;
    }
    for (id, event) in &incoming.bladder.events {
        out.bladder.events.entry(id.clone()).or_insert(*event);
    }
    for (date, signs) in &incoming.bladder.signs {
        out.bladder.signs.entry(*date).or_insert(*signs);
    }
    for (id, test) in &incoming.walks {
        out.walks.entry(id.clone()).or_insert_with(|| test.clone());
    }
    for (date, entry) in &incoming.entries {
        if out.entries.contains_key(date) {
            continue;
        }
        let mut entry = entry.clone();
        entry.severities = entry
            .severities
            .into_iter()
            .filter_map(|(id, s)| Some((ids.get(&*id)?.as_str().into(), s)))
            .collect();
        out.entries.insert(*date, entry);
    }
    Ok(out)
}

/// The diary as CSV (RFC 4180: commas, CRLF line ends, quotes doubled
/// inside quoted cells), one row per day, oldest first. Columns: Date,
/// one severity column per symptom (by name; empty when not recorded),
/// Sleep quality (0-10), Possible infection or fever (Yes/No),
/// Medicines, Note.
///
/// Starts with a UTF-8 byte-order mark so Excel shows accents and other
/// non-English letters correctly. Any cell starting with = + - @ tab or
/// carriage return gets a leading apostrophe, so a spreadsheet shows it
/// as text and never runs it as a formula.
pub fn export_csv(diary: &Diary) -> String {
    export_csv_in(diary, Lang::En)
}

/// The diary as CSV with its headings, the app's symptom names and
/// Yes/No in a language (as [`export_csv`]). The CSV is only ever read
/// by people and spreadsheets, never imported, so its words may follow
/// the page. Dates stay YYYY-MM-DD and numbers stay numbers, so a
/// spreadsheet sorts them in either language; the user's own symptom
/// names, medicines and notes are written exactly as typed.
pub fn export_csv_in(diary: &Diary, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let mut header = vec![lang.pick("Date", "Fecha")];
    header.extend(diary.symptoms.iter().map(|s| s.name_in(lang)));
    header.extend([
        lang.pick("Sleep quality (0-10)", "Calidad del sueño (0-10)"),
        lang.pick("Possible infection or fever", "Posible infección o fiebre"),
        lang.pick("Medicines", "Medicamentos"),
        lang.pick("Note", "Nota"),
    ]);
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    let (yes, no) = (lang.pick("Yes", "Sí"), lang.pick("No", "No"));
    for (date, e) in &diary.entries {
        let mut row = vec![date.to_string()];
        row.extend(diary.symptoms.iter().map(|s| {
            e.severity(&s.id).map(|n| n.to_string()).unwrap_or_default()
        }));
        row.push(
            e.sleep_quality
                .map(|s| s.get().to_string())
                .unwrap_or_default(),
        );
        let fever = if e.infection_or_fever { yes } else { no };
        row.push(fever.to_string());
        row.push(e.medicines.as_str().to_string());
        row.push(e.note.as_str().to_string());
        push_row(&mut out, row.into_iter());
    }
    out
}

/// The bladder diary as CSV (as [`export_csv_in`]: RFC 4180, a
/// byte-order mark, no formulas), one row per entry in time order, then
/// one per day with signs ticked. Columns: Date, Time, Diary day (the
/// day it counts in: an entry before waking counts in the night before),
/// Day or night, What, Amount, mL, Had to rush, Drink.
pub fn export_bladder_csv_in(diary: &Diary, lang: Lang) -> String {
    let log = &diary.bladder;
    let mut out = String::from("\u{feff}");
    let header = [
        lang.pick("Date", "Fecha"),
        lang.pick("Time", "Hora"),
        lang.pick("Diary day", "Día del diario"),
        lang.pick("Day or night", "Día o noche"),
        lang.pick("What", "Qué"),
        lang.pick("Amount", "Cantidad"),
        "mL",
        lang.pick("Had to rush", "Con urgencia"),
        lang.pick("Drink", "Bebida"),
    ];
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    let (yes, no) = (lang.pick("Yes", "Sí"), lang.pick("No", "No"));
    let mut events: Vec<_> = log.events.values().collect();
    events.sort_by_key(|e| (e.date, e.at));
    for e in events {
        let (on, night) = log.sleep.place(e.date, e.at);
        let (amount, drink, rush) = match e.kind {
            EventKind::Urine { amount, urgent } => (amount, "", Some(urgent)),
            EventKind::Leak { urgent, .. } => (None, "", Some(urgent)),
            EventKind::Drink { amount, kind } => {
                (amount, kind.label_in(lang), None)
            }
        };
        let size = match e.kind {
            EventKind::Leak { size, .. } => size.label_in(lang).to_string(),
            _ => amount
                .filter(|a| a.measured().is_none())
                .map(|a| a.label_in(lang))
                .unwrap_or_default(),
        };
        let row = [
            e.date.to_string(),
            e.at.to_hhmm(),
            on.to_string(),
            lang.pick(
                if night { "Night" } else { "Day" },
                if night { "Noche" } else { "Día" },
            )
            .to_string(),
            e.kind.what_in(lang).to_string(),
            size,
            amount
                .and_then(Amount::measured)
                .map(|ml| ml.to_string())
                .unwrap_or_default(),
            rush.map(|r| if r { yes } else { no })
                .unwrap_or_default()
                .to_string(),
            drink.to_string(),
        ];
        push_row(&mut out, row.into_iter());
    }
    for (date, signs) in &log.signs {
        for (ticked, what) in [
            (
                signs.pain,
                lang.pick(
                    "Pain or burning passing urine",
                    "Dolor o ardor al orinar",
                ),
            ),
            (
                signs.blood,
                lang.pick("Blood in the urine", "Sangre en la orina"),
            ),
        ] {
            if ticked {
                let mut row = vec![
                    date.to_string(),
                    String::new(),
                    date.to_string(),
                    String::new(),
                ];
                row.push(what.to_string());
                row.extend(std::iter::repeat_n(String::new(), 4));
                push_row(&mut out, row.into_iter());
            }
        }
    }
    out
}

/// The timed walks as CSV (as [`export_csv_in`]), oldest first.
/// Columns: Date, First walk (s), Second walk (s), Average (s),
/// Better (s), Walking aid, Timed by someone else, Note.
pub fn export_walks_csv_in(diary: &Diary, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let header = [
        lang.pick("Date", "Fecha"),
        lang.pick("First walk (s)", "Primera caminata (s)"),
        lang.pick("Second walk (s)", "Segunda caminata (s)"),
        lang.pick("Average (s)", "Promedio (s)"),
        lang.pick("Better (s)", "Mejor (s)"),
        lang.pick("Walking aid", "Ayuda para caminar"),
        lang.pick("Timed by someone else", "Cronometrada por otra persona"),
        lang.pick("Note", "Nota"),
    ];
    push_row(&mut out, header.iter().map(|s| s.to_string()));
    let (yes, no) = (lang.pick("Yes", "Sí"), lang.pick("No", "No"));
    for (_, w) in diary.walk_tests() {
        let row = [
            w.date.to_string(),
            w.first.seconds_text(),
            w.second.map(WalkTime::seconds_text).unwrap_or_default(),
            w.average().seconds_text(),
            w.better().seconds_text(),
            w.aid.label_in(lang).to_string(),
            if w.timed_by_other { yes } else { no }.to_string(),
            w.note.as_str().to_string(),
        ];
        push_row(&mut out, row.into_iter());
    }
    out
}

fn push_row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_cell(out, &cell);
    }
    out.push_str("\r\n");
}

fn push_cell(out: &mut String, cell: &str) {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = cell.contains([',', '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if risky {
        out.push('\'');
    }
    if quote {
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(cell);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::{Entry, Score};

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap_or(Date::MIN)
    }

    #[test]
    fn import_errors_are_said_in_both_languages() {
        let big = ImportError::TooLarge {
            bytes: 17 * 1024 * 1024,
        };
        assert_eq!(
            big.message(),
            "This file is 17 MB. Backups can be at most 16 MB."
        );
        assert_eq!(
            big.message_in(Lang::Es),
            "Este archivo pesa 17 MB. Una copia de seguridad puede pesar 16 \
             MB como máximo."
        );
        assert_eq!(
            ImportError::NotUtf8.message(),
            "This file is not a diary backup from this app. It is not a \
             text file."
        );
        assert_eq!(
            ImportError::NotUtf8.message_in(Lang::Es),
            "Este archivo no es una copia de seguridad del diario de esta \
             aplicación. No es un archivo de texto."
        );
        let load = ImportError::Load(LoadError::NewerVersion(2));
        assert_eq!(load.message(), LoadError::NewerVersion(2).message());
        assert_eq!(
            load.message_in(Lang::Es),
            LoadError::NewerVersion(2).message_in(Lang::Es)
        );
    }

    #[test]
    fn what_was_left_out_is_said_in_both_languages() {
        let text = "{\"version\":1,\"data\":{\"symptoms\":[],\"days\":[\
                    [\"2100-01-01\",\"\",null,false,\"\",\"\"]]}}";
        let preview = parse_import(text.as_bytes(), day("2026-11-27"));
        let preview = preview.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            preview.left_out_messages(),
            [
                "There is a problem with day number 1. 2100-01-01 is in the \
              future. It was left out."
            ]
        );
        assert_eq!(
            preview.left_out_messages_in(Lang::Es),
            [
                "Hay un problema con el día número 1. La fecha 1 de enero de \
              2100 está en el futuro. No se incluyó."
            ]
        );
    }

    #[test]
    fn the_csv_speaks_the_page_language_and_keeps_the_data_as_typed() {
        let mut diary = Diary::new();
        let custom = diary
            .add_custom_symptom("Mareo, a veces")
            .unwrap_or_default();
        let mut entry = Entry::default();
        if let Ok(score) = Score::new(4) {
            entry.severities.insert(custom.as_str().into(), score);
            entry.severities.insert("weakness".into(), score);
        }
        entry.infection_or_fever = true;
        assert!(diary.set_entry(day("2026-11-20"), entry).is_ok());
        let en = export_csv_in(&diary, Lang::En);
        assert_eq!(en, export_csv(&diary));
        let header = |csv: &str| {
            csv.trim_start_matches('\u{feff}')
                .lines()
                .next()
                .unwrap_or_default()
                .to_string()
        };
        let names = |lang| {
            diary
                .symptoms
                .iter()
                .map(|s| {
                    let mut cell = String::new();
                    push_cell(&mut cell, s.name_in(lang));
                    cell
                })
                .collect::<Vec<_>>()
                .join(",")
        };
        assert_eq!(
            header(&en),
            format!(
                "Date,{},Sleep quality (0-10),Possible infection or \
                 fever,Medicines,Note",
                names(Lang::En)
            )
        );
        let es = export_csv_in(&diary, Lang::Es);
        assert!(es.starts_with('\u{feff}'));
        assert_eq!(
            header(&es),
            format!(
                "Fecha,{},Calidad del sueño (0-10),Posible infección o \
                 fiebre,Medicamentos,Nota",
                names(Lang::Es)
            )
        );
        // The app's symptoms by their Spanish names; the user's as typed.
        assert_ne!(names(Lang::Es), names(Lang::En));
        assert!(header(&es).contains("\"Mareo, a veces\""));
        // Dates and scores stay the same; Yes/No follow the page.
        let row =
            |csv: &str| csv.lines().nth(1).unwrap_or_default().to_string();
        assert!(row(&en).starts_with("2026-11-20,4,"), "{}", row(&en));
        assert!(row(&es).starts_with("2026-11-20,4,"), "{}", row(&es));
        assert!(row(&en).ends_with(",Yes,,"), "{}", row(&en));
        assert!(row(&es).ends_with(",Sí,,"), "{}", row(&es));
    }
}
