//! Moving a diary in and out of the app: a CSV for a spreadsheet or the
//! clinic, and importing a JSON backup (checked, previewed, then merged
//! with or replacing the current diary).

use std::collections::BTreeMap;

use super::format::{LoadError, decode};
use super::{Date, Diary, InputError};

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
        match self {
            Self::TooLarge { bytes } => {
                // Rounded up, so a file just over the limit never reads
                // as "5 MB".
                let mb = bytes.div_ceil(1024 * 1024);
                format!("This file is {mb} MB. Backups can be at most 16 MB.")
            }
            Self::NotUtf8 => "This file is not a diary backup from this \
                app. It is not a text file."
                .into(),
            Self::Load(e) => e.message(),
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
    /// What was left out because it could not be read (a day dated in
    /// the future, a bad score, a start date in the future).
    pub left_out: Vec<LoadError>,
}

impl ImportPreview {
    /// What was left out, one message each, e.g. "There is a problem
    /// with the day 2100-01-01. ... It was left out."
    pub fn left_out_messages(&self) -> Vec<String> {
        self.left_out
            .iter()
            .map(|e| format!("{} It was left out.", e.message()))
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
    let mut out = String::from("\u{feff}");
    let mut header = vec!["Date"];
    header.extend(diary.symptoms.iter().map(|s| s.name()));
    header.extend([
        "Sleep quality (0-10)",
        "Possible infection or fever",
        "Medicines",
        "Note",
    ]);
    push_row(&mut out, header.iter().map(|s| s.to_string()));
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
        let fever = if e.infection_or_fever { "Yes" } else { "No" };
        row.push(fever.to_string());
        row.push(e.medicines.as_str().to_string());
        row.push(e.note.as_str().to_string());
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
