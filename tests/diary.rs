//! The symptom diary model through its public API: the stored and backup
//! formats (with fixtures), import checks, merge, CSV, trends, relapse
//! flags and emergency signs, plus property tests of the import parser.
//! Native only.
#![cfg(not(target_arch = "wasm32"))]

use ms_your_spine::content::{CareLevel, care};
use ms_your_spine::diary::{
    self, Date, Diary, Direction, Entry, FlagKind, IMPORT_MAX_BYTES,
    ImportError, InputError, LoadError, Medicines, Note, Onset, Pattern,
    RelapseReason, Score, Text, care_level, export_csv, export_json, from_json,
    merge, parse_import, relapse_flags, sample_decade, to_json, trend,
};

const BACKUP: &str = include_str!("fixtures/diary/v1_backup.json");
const COMPACT: &str = include_str!("fixtures/diary/v1_compact.json");
const FUTURE: &str = include_str!("fixtures/diary/v3_from_the_future.json");

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn today() -> Date {
    day("2026-11-27")
}

fn score(n: u32) -> Score {
    Score::new(n).unwrap()
}

/// An entry with these (symptom id, severity) pairs.
fn entry(severities: &[(&str, u32)]) -> Entry {
    let mut entry = Entry::default();
    for (id, n) in severities {
        entry.severities.insert((*id).into(), score(*n));
    }
    entry
}

/// A diary with one severity per day for one symptom, oldest first,
/// ending on `last`.
fn series(id: &str, last: Date, values: &[u32]) -> Diary {
    let mut diary = Diary::new();
    let start = last.add_days(1 - values.len() as i32);
    for (i, n) in values.iter().enumerate() {
        let date = start.add_days(i as i32);
        diary.set_entry(date, entry(&[(id, *n)])).unwrap();
    }
    diary
}

fn import_err(text: &str) -> ImportError {
    parse_import(text.as_bytes(), today()).unwrap_err()
}

/// A one-symptom-list v1 file with these days.
fn with_days(days: &str) -> String {
    format!(
        "{{\"version\":1,\"data\":{{\"symptoms\":[{{\"id\":\"weakness\"}},\
         {{\"id\":\"bladder\"}}],\"days\":[{days}]}}}}"
    )
}

/// A v1 file with this symptom list and no days.
fn with_symptoms(symptoms: &str) -> String {
    format!(
        "{{\"version\":1,\"data\":{{\"symptoms\":[{symptoms}],\"days\":[]}}}}"
    )
}

fn problem(err: ImportError) -> InputError {
    match err {
        ImportError::Load(LoadError::Invalid { problem, .. }) => problem,
        other => panic!("expected an invalid value, got {other:?}"),
    }
}

/// The first problem a backup has: the refusal of the whole file, or
/// else the first thing left out of it (a bad day is left out; the rest
/// of the file still imports).
fn first_problem(text: &str) -> LoadError {
    match parse_import(text.as_bytes(), today()) {
        Err(ImportError::Load(e)) => e,
        Err(other) => panic!("expected a load problem, got {other:?}"),
        Ok(preview) => preview
            .left_out
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("nothing left out of {text}")),
    }
}

fn first_invalid(text: &str) -> InputError {
    match first_problem(text) {
        LoadError::Invalid { problem, .. } => problem,
        other => panic!("expected an invalid value, got {other:?}"),
    }
}

// ---- Stored format and fixtures ----------------------------------------

#[test]
fn the_v1_backup_fixture_loads_every_field() {
    let diary = from_json(BACKUP).unwrap();
    let weakness = diary.symptom("weakness").unwrap();
    assert!(weakness.has_now);
    assert_eq!(weakness.severity, Some(score(6)));
    assert_eq!(weakness.started_on, Some(day("2026-11-20")));
    assert_eq!(weakness.onset, Some(Onset::New));
    assert_eq!(weakness.pattern, Some(Pattern::Constant));
    assert_eq!(weakness.body_area.as_str(), "Both legs, left worse");
    assert_eq!(weakness.note.as_str(), "Worse after a hot shower.");
    let stiffness = diary.symptom("stiffness").unwrap();
    assert_eq!(stiffness.pattern, Some(Pattern::ComesAndGoes));
    assert_eq!(stiffness.onset, Some(Onset::Old));
    assert!(diary.symptom("numbness").unwrap().is_blank());

    let names: Vec<_> = diary.symptoms().iter().map(|s| s.name()).collect();
    assert_eq!(names.len(), 8);
    assert_eq!(names[6..], ["Tiredness", "Dizzy \"spells\""]);
    assert_eq!(diary.symptoms()[7].id(), "custom-3");

    assert_eq!(diary.entries().len(), 4);
    let fever_day = diary.entry(day("2026-11-20")).unwrap();
    assert_eq!(fever_day.severity("weakness"), Some(6));
    assert_eq!(fever_day.severity("stiffness"), Some(4));
    assert_eq!(fever_day.severity("numbness"), None);
    assert_eq!(fever_day.severity("custom-1"), Some(10));
    assert_eq!(fever_day.severity("custom-3"), Some(3));
    assert_eq!(fever_day.sleep_quality, None);
    assert!(fever_day.infection_or_fever);
    assert_eq!(fever_day.medicines.as_str(), "Baclofen, paracetamol");
    assert_eq!(
        fever_day.note.as_str(),
        "Fever in the evening.\nLegs very heavy."
    );
    let earlier = diary.entry(day("2026-11-19")).unwrap();
    assert_eq!(earlier.severity("bladder"), Some(1));
    assert_eq!(earlier.severity("custom-1"), Some(5));
    assert_eq!(earlier.sleep_quality, Some(score(5)));
}

#[test]
fn the_backup_layout_is_pinned_by_the_fixture() {
    // If this fails, the on-disk shape changed: bump CURRENT_VERSION and
    // add a migration instead of editing the fixture. Version 2 writes a
    // version 1 diary's symptoms and days exactly as version 1 did (see
    // tests/records.rs for the version 2 fixture).
    let diary = from_json(BACKUP).unwrap();
    assert_eq!(
        export_json(&diary),
        BACKUP.replacen("\"version\": 1", "\"version\": 2", 1)
    );
    assert_eq!(diary::CURRENT_VERSION, 2);
}

#[test]
fn files_in_any_order_and_missing_content_symptoms_still_load() {
    let diary = from_json(COMPACT).unwrap();
    // Content symptoms come first and all six are there, then customs.
    let ids: Vec<_> = diary.symptoms().iter().map(|s| s.id()).collect();
    assert_eq!(
        ids,
        [
            "weakness",
            "stiffness",
            "numbness",
            "shooting-pain",
            "bladder",
            "bowel",
            "custom-2"
        ]
    );
    // Severity columns follow the file's own symptom order.
    let a = diary.entry(day("2026-10-30")).unwrap();
    assert_eq!(a.severity("bowel"), Some(5));
    assert_eq!(a.severity("custom-2"), Some(10));
    assert_eq!(a.severity("weakness"), Some(1));
    let b = diary.entry(day("2026-11-02")).unwrap();
    assert_eq!(b.severity("weakness"), Some(3));
    assert_eq!(b.severity("bowel"), None);
    // Written back sorted, in diary order.
    let again = from_json(&to_json(&diary)).unwrap();
    assert_eq!(again, diary);
    assert!(to_json(&diary).contains("[\"2026-10-30\",\"1....5X\""));
}

#[test]
fn a_newer_version_is_refused_with_a_clear_message() {
    let err = from_json(FUTURE).unwrap_err();
    assert_eq!(err, LoadError::NewerVersion(3));
    assert!(err.message().contains("newer version of the app"), "{err}");
    let err = import_err(FUTURE);
    assert_eq!(err, ImportError::Load(LoadError::NewerVersion(3)));
    assert_eq!(
        import_err("{\"version\":0,\"data\":{}}"),
        ImportError::Load(LoadError::UnknownVersion(0))
    );
    assert_eq!(
        import_err("{\"version\":99999999999,\"data\":{}}"),
        ImportError::Load(LoadError::NewerVersion(99_999_999_999))
    );
}

#[test]
fn to_json_is_compact_and_from_json_reads_it_back() {
    let diary = from_json(BACKUP).unwrap();
    let text = to_json(&diary);
    assert!(!text.contains('\n') && !text.contains(": "));
    assert!(text.starts_with("{\"version\":2,\"data\":{\"symptoms\":["));
    assert_eq!(from_json(&text).unwrap(), diary);
}

#[test]
fn the_stored_copy_keeps_future_dates_and_imports_leave_them_out() {
    let text = with_days("[\"2027-06-01\",\"1\",null,false,\"\",\"\"]");
    assert!(from_json(&text).is_ok());
    assert_eq!(
        first_invalid(&text),
        InputError::FutureDate(day("2027-06-01"))
    );
    let preview = parse_import(text.as_bytes(), today()).unwrap();
    assert_eq!(preview.days, 0);
    assert_eq!(preview.left_out_messages().len(), 1);
    assert!(
        preview.left_out_messages()[0].ends_with("It was left out."),
        "{:?}",
        preview.left_out_messages()
    );
    // A day of slack for time zones.
    let tomorrow = with_days("[\"2026-11-28\",\"1\",null,false,\"\",\"\"]");
    let preview = parse_import(tomorrow.as_bytes(), today()).unwrap();
    assert_eq!((preview.days, preview.left_out.len()), (1, 0));
    let later = with_days("[\"2026-11-29\",\"1\",null,false,\"\",\"\"]");
    let preview = parse_import(later.as_bytes(), today()).unwrap();
    assert_eq!((preview.days, preview.left_out.len()), (0, 1));
    // A start date in the future is left out; the symptom stays.
    let since = with_symptoms("{\"id\":\"weakness\",\"since\":\"2030-01-01\"}");
    assert_eq!(
        first_invalid(&since),
        InputError::FutureDate(day("2030-01-01"))
    );
    let preview = parse_import(since.as_bytes(), today()).unwrap();
    assert_eq!(preview.diary.symptom("weakness").unwrap().started_on, None);
}

#[test]
fn one_day_saved_with_a_wrong_clock_does_not_cost_the_rest_of_a_backup() {
    // The app's own export, with one day from a clock set to 2100
    // (issue 11, item 9): the other days still import.
    let mut diary = Diary::new();
    for n in 0..30 {
        diary
            .set_entry(today().add_days(-n), entry(&[("weakness", 3)]))
            .unwrap();
    }
    diary
        .set_entry(day("2100-01-01"), entry(&[("weakness", 9)]))
        .unwrap();
    let backup = export_json(&diary);
    let preview = parse_import(backup.as_bytes(), today()).unwrap();
    assert_eq!(preview.days, 30);
    let left_out = preview.left_out_messages();
    assert_eq!(left_out.len(), 1);
    assert!(left_out[0].contains("2100-01-01"), "{left_out:?}");
    // A bad score on one day: that day is left out, the others stay.
    let text = with_days(
        "[\"2026-11-20\",\"1\",null,false,\"\",\"\"],\
         [\"2026-11-21\",\"Q\",null,false,\"\",\"\"],\
         [\"2026-11-22\",\"2\",null,false,\"\",\"\"]",
    );
    let preview = parse_import(text.as_bytes(), today()).unwrap();
    assert_eq!(preview.days, 2);
    assert!(
        preview.left_out_messages()[0]
            .starts_with("There is a problem with the day 2026-11-21.")
    );
}

#[test]
fn the_largest_diary_storage_can_hold_exports_a_file_import_accepts() {
    // Notes and medicines at their limits in a 3-byte script, on every
    // day, until the stored text nears the 5 million characters
    // browsers keep for a site.
    let mut diary = Diary::new();
    let note = Text::new("\u{0915}".repeat(diary::NOTE_MAX_CHARS)).unwrap();
    let meds =
        Text::new("\u{0915}".repeat(diary::MEDICINES_MAX_CHARS)).unwrap();
    let mut n = 0;
    let mut chars = 0;
    while chars < 5_000_000 {
        let mut e = entry(&[("weakness", 3)]);
        e.note = note.clone();
        e.medicines = meds.clone();
        diary.set_entry(today().add_days(-n), e).unwrap();
        n += 1;
        // About 740 characters a day; measure now and then.
        if n % 500 == 0 {
            chars = to_json(&diary).chars().count();
        }
    }
    let backup = export_json(&diary);
    assert!(backup.len() > 5 * 1024 * 1024, "{} bytes", backup.len());
    assert!(backup.len() <= IMPORT_MAX_BYTES, "{} bytes", backup.len());
    let preview = parse_import(backup.as_bytes(), today()).unwrap();
    assert_eq!(preview.days, n as usize);
    assert!(preview.left_out.is_empty());
}

// ---- Size ----------------------------------------------------------------

#[test]
fn ten_years_of_fifteen_symptoms_stay_under_300_kb() {
    let diary = sample_decade(7);
    assert_eq!(diary.symptoms().len(), 15);
    assert_eq!(diary.entries().len(), 3650);
    let recorded: usize =
        diary.entries().values().map(|e| e.severities.len()).sum();
    // About 80% of 15 x 3,650 severities are filled in.
    assert!(recorded > 40_000, "{recorded}");
    let stored = to_json(&diary);
    let backup = export_json(&diary);
    println!(
        "10 years, 15 symptoms: to_json {} bytes, export_json {} bytes, \
         csv {} bytes",
        stored.len(),
        backup.len(),
        export_csv(&diary).len()
    );
    assert!(stored.len() < 300 * 1024, "{} bytes", stored.len());
    assert!(backup.len() < 300 * 1024, "{} bytes", backup.len());
    assert_eq!(from_json(&stored).unwrap(), diary);
}

#[test]
fn the_sample_is_deterministic_per_seed() {
    assert_eq!(sample_decade(1), sample_decade(1));
    assert_ne!(sample_decade(1), sample_decade(2));
}

// ---- Import checks ----------------------------------------------------------

#[test]
fn files_over_16_mb_are_refused_before_reading() {
    // Not UTF-8 either: the size check must come first.
    let big = vec![0xFF; IMPORT_MAX_BYTES + 1];
    assert_eq!(
        parse_import(&big, today()),
        Err(ImportError::TooLarge {
            bytes: IMPORT_MAX_BYTES + 1
        })
    );
    let seven = ImportError::TooLarge {
        bytes: 7 * 1024 * 1024,
    };
    assert_eq!(
        seven.message(),
        "This file is 7 MB. Backups can be at most 16 MB."
    );
    let just_over = ImportError::TooLarge {
        bytes: IMPORT_MAX_BYTES + 1,
    };
    assert!(just_over.message().starts_with("This file is 17 MB."));
    // Exactly at the limit is read (and fails later, as not UTF-8).
    let at_limit = vec![0xFF; IMPORT_MAX_BYTES];
    assert_eq!(parse_import(&at_limit, today()), Err(ImportError::NotUtf8));
}

#[test]
fn the_wrong_kind_of_file_is_refused() {
    assert_eq!(
        parse_import(&[0x7B, 0xC3, 0x28, 0x7D], today()),
        Err(ImportError::NotUtf8)
    );
    assert_eq!(
        import_err("{\"version\":1,"),
        ImportError::Load(LoadError::NotJson)
    );
    assert_eq!(import_err(""), ImportError::Load(LoadError::NotJson));
    for text in [
        "[]",
        "42",
        "{}",
        "{\"data\":{}}",
        "{\"version\":1,\"data\":1,\"x\":0}",
    ] {
        assert_eq!(import_err(text), ImportError::Load(LoadError::NotOurFile));
    }
    for text in [
        "{\"version\":1,\"data\":[]}",
        "{\"version\":1,\"data\":{\"symptoms\":[],\"days\":[],\"x\":1}}",
        &with_days("[\"2026-11-01\",\"1\",null,false,\"\"]"),
        &with_days("[\"2026-11-01\",\"1\",null,\"no\",\"\",\"\"]"),
        &with_days("[\"2026-11-01\",\"1\",-1,false,\"\",\"\"]"),
        &with_symptoms("{\"id\":\"weakness\",\"onset\":\"recent\"}"),
        &with_symptoms("{\"id\":\"weakness\",\"colour\":\"red\"}"),
    ] {
        let err = import_err(text);
        assert!(
            matches!(err, ImportError::Load(LoadError::Damaged(_))),
            "{text}: {err:?}"
        );
        assert!(err.message().contains("damaged"));
    }
}

#[test]
fn a_byte_order_mark_is_allowed() {
    let text = format!("\u{feff}{BACKUP}");
    let preview = parse_import(text.as_bytes(), today()).unwrap();
    assert_eq!(preview.diary, from_json(BACKUP).unwrap());
}

#[test]
fn out_of_range_values_are_refused_with_the_reason() {
    let cases: [(String, InputError); 14] = [
        (
            with_symptoms("{\"id\":\"weakness\",\"severity\":11}"),
            InputError::OutOfRange(11),
        ),
        (
            with_days("[\"2026-11-01\",\"1\",11,false,\"\",\"\"]"),
            InputError::OutOfRange(11),
        ),
        (
            with_days("[\"2026-11-01\",\"1Y\",null,false,\"\",\"\"]"),
            InputError::BadSeverityMark('Y'),
        ),
        (
            with_days("[\"2026-02-30\",\"1\",null,false,\"\",\"\"]"),
            InputError::BadDate("2026-02-30".into()),
        ),
        (
            with_symptoms("{\"id\":\"weakness\",\"since\":\"2026-13-01\"}"),
            InputError::BadDate("2026-13-01".into()),
        ),
        (
            with_days(&format!(
                "[\"2026-11-01\",\"\",null,false,\"\",\"{}\"]",
                "n".repeat(501)
            )),
            InputError::TooLong { len: 501, max: 500 },
        ),
        (
            with_days(&format!(
                "[\"2026-11-01\",\"\",null,false,\"{}\",\"\"]",
                "m".repeat(201)
            )),
            InputError::TooLong { len: 201, max: 200 },
        ),
        (
            with_symptoms(&format!(
                "{{\"id\":\"weakness\",\"area\":\"{}\"}}",
                "a".repeat(61)
            )),
            InputError::TooLong { len: 61, max: 60 },
        ),
        (
            with_days(
                "[\"2026-11-01\",\"1\",null,false,\"\",\"\"],\
                 [\"2026-11-01\",\"2\",null,false,\"\",\"\"]",
            ),
            InputError::DuplicateDate(day("2026-11-01")),
        ),
        (
            // The file lists 2 symptoms; a third column has no symptom.
            with_days("[\"2026-11-01\",\"123\",null,false,\"\",\"\"]"),
            InputError::UnknownSymptom("number 3".into()),
        ),
        (
            with_symptoms("{\"id\":\"legs\"}"),
            InputError::UnknownSymptom("legs".into()),
        ),
        (
            with_symptoms("{\"id\":\"bladder\"},{\"id\":\"bladder\"}"),
            InputError::DuplicateSymptom("bladder".into()),
        ),
        (
            with_symptoms("{\"id\":\"custom-1\"}"),
            InputError::BlankName,
        ),
        (
            with_symptoms(
                "{\"id\":\"custom-1\",\"name\":\"Tired\"},\
                 {\"id\":\"custom-2\",\"name\":\"TIRED\"}",
            ),
            InputError::NameTaken("TIRED".into()),
        ),
    ];
    for (text, expected) in cases {
        let err = first_problem(&text);
        assert!(!err.message().is_empty());
        assert_eq!(first_invalid(&text), expected, "{text}");
    }
    let named_builtin =
        with_symptoms("{\"id\":\"weakness\",\"name\":\"Legs\"}");
    assert_eq!(
        problem(import_err(&named_builtin)),
        InputError::NotCustom("weakness".into())
    );
    let customs: Vec<String> = (1..=21)
        .map(|n| format!("{{\"id\":\"custom-{n}\",\"name\":\"S{n}\"}}"))
        .collect();
    assert_eq!(
        problem(import_err(&with_symptoms(&customs.join(",")))),
        InputError::TooManySymptoms
    );
}

#[test]
fn messages_say_where_and_why_in_plain_words() {
    let err =
        first_problem(&with_days("[\"2026-11-03\",\"1\",12,false,\"\",\"\"]"));
    assert_eq!(
        err.message(),
        "There is a problem with the day 2026-11-03. 12 is too high. Use a \
         number from 0 to 10."
    );
    let err =
        first_problem(&with_days("[\"2026-02-30\",\"\",null,false,\"\",\"\"]"));
    assert_eq!(
        err.message(),
        "There is a problem with day number 1. \"2026-02-30\" is not a real \
         date. Dates look like 2026-11-27."
    );
    assert_eq!(
        import_err("nope").message(),
        "This is not a diary backup from this app. It may be a different \
         kind of file, or it may be damaged."
    );
}

#[test]
fn the_preview_sums_up_the_file_and_counts_clashes() {
    let preview = parse_import(BACKUP.as_bytes(), today()).unwrap();
    assert_eq!(preview.days, 4);
    assert_eq!(preview.first_date, Some(day("2026-11-18")));
    assert_eq!(preview.last_date, Some(day("2026-11-21")));
    // weakness, stiffness, bladder (a severity), custom-1 and custom-3.
    assert_eq!(preview.symptoms_recorded, 5);
    assert_eq!(preview.custom_symptoms, 2);
    assert_eq!(preview.clashes(&Diary::new()), 0);
    let mut current = Diary::new();
    current
        .set_entry(day("2026-11-20"), Entry::default())
        .unwrap();
    current
        .set_entry(day("2026-11-21"), Entry::default())
        .unwrap();
    current
        .set_entry(day("2026-11-22"), Entry::default())
        .unwrap();
    assert_eq!(preview.clashes(&current), 2);

    let empty = parse_import(to_json(&Diary::new()).as_bytes(), today());
    let empty = empty.unwrap();
    assert_eq!(
        (empty.days, empty.first_date, empty.last_date),
        (0, None, None)
    );
    assert_eq!(empty.symptoms_recorded, 0);
}

// ---- Merge ------------------------------------------------------------

#[test]
fn merge_keeps_current_days_and_matches_symptoms_by_name() {
    let incoming = from_json(BACKUP).unwrap();
    let mut current = Diary::new();
    let dizzy = current.add_custom_symptom("Low mood").unwrap();
    let mine = current.add_custom_symptom("DIZZY \"SPELLS\"").unwrap();
    assert_eq!(mine, "custom-2");
    current.symptom_mut("weakness").unwrap().note = Note::new("Mine").unwrap();
    let mut clash = entry(&[("weakness", 1), (mine.as_str(), 9)]);
    clash.note = Note::new("current wins").unwrap();
    current.set_entry(day("2026-11-20"), clash.clone()).unwrap();
    current
        .set_entry(day("2026-11-25"), entry(&[(&dizzy, 2)]))
        .unwrap();

    let merged = merge(&current, &incoming).unwrap();
    // 4 incoming days + 1 current-only day; 2026-11-20 is in both.
    assert_eq!(merged.entries().len(), 5);
    assert_eq!(merged.entry(day("2026-11-20")), Some(&clash));
    assert_eq!(
        merged.entry(day("2026-11-25")),
        current.entry(day("2026-11-25"))
    );
    // "Dizzy "spells"" matched the current "DIZZY "SPELLS"" (custom-2);
    // "Tiredness" was new and got the next free id.
    let names: Vec<_> = merged.symptoms().iter().map(|s| s.name()).collect();
    assert_eq!(names[6..], ["Low mood", "DIZZY \"SPELLS\"", "Tiredness"]);
    let tired = merged.symptoms()[8].id().to_string();
    assert_eq!(tired, "custom-3");
    assert_eq!(merged.symptom(&tired).unwrap().severity, Some(score(7)));
    let moved = merged.entry(day("2026-11-19")).unwrap();
    assert_eq!(moved.severity(&tired), Some(5));
    assert_eq!(moved.severity("weakness"), Some(2));
    // Details: current where filled in, else incoming.
    let weakness = merged.symptom("weakness").unwrap();
    assert_eq!(weakness.note.as_str(), "Mine");
    assert_eq!(weakness.severity, None);
    assert_eq!(
        merged.symptom("stiffness").unwrap().pattern,
        Some(Pattern::ComesAndGoes)
    );
    // The merge is itself a valid diary.
    assert_eq!(from_json(&to_json(&merged)).unwrap(), merged);
    // Merging into an empty diary gives back the backup (ids may move).
    let fresh = merge(&Diary::new(), &incoming).unwrap();
    assert_eq!(export_csv(&fresh), export_csv(&incoming));
}

#[test]
fn merge_refuses_to_go_over_the_symptom_cap() {
    let mut current = Diary::new();
    let mut incoming = Diary::new();
    for n in 0..15 {
        current.add_custom_symptom(&format!("Mine {n}")).unwrap();
        incoming.add_custom_symptom(&format!("Theirs {n}")).unwrap();
    }
    assert_eq!(merge(&current, &incoming), Err(InputError::TooManySymptoms));
    // Shared names do not count twice.
    let mut same = Diary::new();
    for n in 0..15 {
        same.add_custom_symptom(&format!("mine {n}")).unwrap();
    }
    assert!(merge(&current, &same).is_ok());
}

// ---- CSV --------------------------------------------------------------

#[test]
fn csv_has_a_row_per_day_and_quotes_by_rfc_4180() {
    let csv = export_csv(&from_json(BACKUP).unwrap());
    let body = csv.strip_prefix('\u{feff}').unwrap();
    let lines: Vec<&str> = body.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Date,Weak or heavy arms or legs,\"Stiff, tight muscles\",Numbness \
         or tingling,Shooting pain and electric shocks,Bladder problems,\
         Bowel problems,Tiredness,\"Dizzy \"\"spells\"\"\",Sleep quality \
         (0-10),Possible infection or fever,Medicines,Note"
    );
    assert_eq!(lines[1], "2026-11-18,2,3,,,,,,,6,No,,");
    assert_eq!(lines[2], "2026-11-19,2,4,,,1,,5,,5,No,Baclofen 10 mg,");
    assert_eq!(
        lines[3],
        "2026-11-20,6,4,,,,,10,3,,Yes,\"Baclofen, paracetamol\",\"Fever in \
         the evening.\nLegs very heavy.\""
    );
    assert_eq!(lines[4], "2026-11-21,7,,,,,,,,4,No,,'=SUM(A1:A9)");
    assert_eq!(lines[5], "");
    assert_eq!(lines.len(), 6);
}

#[test]
fn csv_cells_cannot_become_formulas() {
    let mut diary = Diary::new();
    diary.add_custom_symptom("=cmd|' /C calc'!A0").unwrap();
    let cells = ["+1", "-2", "@SUM(1)", "\tx", "\rx", "=1,\"2\""];
    for (i, text) in cells.iter().enumerate() {
        let e = Entry {
            note: Note::new(*text).unwrap(),
            medicines: Medicines::new("a-b =c").unwrap(),
            ..Entry::default()
        };
        diary
            .set_entry(day("2026-11-01").add_days(i as i32), e)
            .unwrap();
    }
    let csv = export_csv(&diary);
    assert!(csv.contains(",'=cmd|' /C calc'!A0,"));
    assert!(csv.contains(",a-b =c,'+1\r\n"));
    assert!(csv.contains(",'-2\r\n"));
    assert!(csv.contains(",'@SUM(1)\r\n"));
    assert!(csv.contains(",'\tx\r\n"));
    assert!(csv.contains(",\"'\rx\"\r\n"));
    assert!(csv.contains(",\"'=1,\"\"2\"\"\"\r\n"));
}

// ---- Trends -----------------------------------------------------------

#[test]
fn trend_direction_compares_the_first_and_last_thirds() {
    let t = today();
    let worse = series("numbness", t, &[2, 2, 3, 3, 4, 5]);
    let result = trend(&worse, "numbness", t, 30);
    assert_eq!(result.direction, Direction::Worse);
    assert_eq!(result.points.len(), 6);
    assert_eq!(result.points[0], (t.add_days(-5), 2));
    assert_eq!(result.points[5], (t, 5));
    // Last third 4.5 vs first third 2: 2.5 points higher.

    let better = series("numbness", t, &[6, 5, 5, 5, 5, 4, 4, 3, 4]);
    // First third 5.33, last third 3.67: 1.67 lower.
    assert_eq!(
        trend(&better, "numbness", t, 30).direction,
        Direction::Better
    );

    // Exactly 1.5 higher counts; 1 higher does not.
    let edge = series("numbness", t, &[2, 3, 0, 0, 4, 4]);
    assert_eq!(trend(&edge, "numbness", t, 30).direction, Direction::Worse);
    let small = series("numbness", t, &[2, 3, 9, 0, 3, 4]);
    assert_eq!(trend(&small, "numbness", t, 30).direction, Direction::Same);

    let short = series("numbness", t, &[1, 9, 9, 9, 9]);
    assert_eq!(
        trend(&short, "numbness", t, 30).direction,
        Direction::NotEnoughData
    );
    assert_eq!(
        trend(&worse, "bladder", t, 30),
        diary::Trend {
            points: vec![],
            direction: Direction::NotEnoughData
        }
    );
}

#[test]
fn trend_windows_cover_exactly_the_last_n_days() {
    let t = today();
    let mut diary = series("bowel", t, &[5; 400]);
    // A day after today is ignored.
    diary
        .set_entry(t.add_days(1), entry(&[("bowel", 9)]))
        .unwrap();
    for (window, n) in [(30, 30), (90, 90), (365, 365), (0, 1)] {
        let result = trend(&diary, "bowel", t, window);
        assert_eq!(result.points.len(), n, "window {window}");
        assert_eq!(result.points.last(), Some(&(t, 5)));
    }
    let result = trend(&diary, "bowel", t, 30);
    assert_eq!(result.points[0].0, t.add_days(-29));
    assert_eq!(result.direction, Direction::Same);
}

// ---- Relapse flags -------------------------------------------------------

fn new_symptom(diary: &mut Diary, id: &str, since: Option<Date>) {
    let s = diary.symptom_mut(id).unwrap();
    s.has_now = true;
    s.onset = Some(Onset::New);
    s.started_on = since;
}

#[test]
fn a_new_symptom_started_before_today_is_flagged() {
    let mut diary = Diary::new();
    new_symptom(&mut diary, "numbness", Some(day("2026-11-20")));
    let flags = relapse_flags(&diary, today());
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].symptom_id, "numbness");
    assert_eq!(flags[0].reason, RelapseReason::NewSince(day("2026-11-20")));
    assert_eq!(flags[0].kind, FlagKind::Relapse);
    assert_eq!(flags[0].level(), CareLevel::Soon);
    assert_eq!(
        flags[0].summary(),
        "Possible relapse - contact your MS team soon. \u{2068}Numbness or \
         tingling\u{2069}: New since Nov 20, 2026 and lasted more than 24 \
         hours."
    );
    assert_eq!(
        flags[0].message(),
        format!("{} {}", flags[0].summary(), care::RELAPSE_FLAG.explain)
    );
    // Yesterday is enough: it has lasted into a second day.
    new_symptom(&mut diary, "numbness", Some(day("2026-11-26")));
    assert_eq!(relapse_flags(&diary, today()).len(), 1);
}

#[test]
fn a_new_symptom_is_not_flagged_without_more_than_24_hours() {
    let mut diary = Diary::new();
    // Started today, nothing recorded: not yet more than 24 hours.
    new_symptom(&mut diary, "numbness", Some(today()));
    assert!(relapse_flags(&diary, today()).is_empty());
    // Unknown start and only one day recorded.
    new_symptom(&mut diary, "numbness", None);
    diary.set_entry(today(), entry(&[("numbness", 5)])).unwrap();
    assert!(relapse_flags(&diary, today()).is_empty());
    // Two days recorded, but not in a row.
    diary
        .set_entry(today().add_days(-2), entry(&[("numbness", 5)]))
        .unwrap();
    assert!(relapse_flags(&diary, today()).is_empty());
    // Then yesterday too: 2 days in a row above 0.
    diary
        .set_entry(today().add_days(-1), entry(&[("numbness", 3)]))
        .unwrap();
    let flags = relapse_flags(&diary, today());
    assert_eq!(
        flags[0].reason,
        RelapseReason::NewOnDays(today().add_days(-1), today())
    );
    assert_eq!(
        flags[0].why(),
        "New, and noted on Nov 26, 2026 and Nov 27, 2026"
    );
    // Recorded as 0 yesterday: not present on 2 days.
    diary
        .set_entry(today().add_days(-1), entry(&[("numbness", 0)]))
        .unwrap();
    assert!(relapse_flags(&diary, today()).is_empty());
}

#[test]
fn only_a_current_new_recent_symptom_raises_the_new_flag() {
    let since = Some(day("2026-11-20"));
    let mut gone = Diary::new();
    new_symptom(&mut gone, "weakness", since);
    gone.symptom_mut("weakness").unwrap().has_now = false;
    assert!(relapse_flags(&gone, today()).is_empty());

    let mut old = Diary::new();
    new_symptom(&mut old, "weakness", since);
    old.symptom_mut("weakness").unwrap().onset = Some(Onset::Old);
    assert!(relapse_flags(&old, today()).is_empty());

    let mut long_ago = Diary::new();
    new_symptom(&mut long_ago, "weakness", Some(today().add_days(-31)));
    assert!(relapse_flags(&long_ago, today()).is_empty());
    new_symptom(&mut long_ago, "weakness", Some(today().add_days(-30)));
    assert_eq!(relapse_flags(&long_ago, today()).len(), 1);

    let mut future = Diary::new();
    new_symptom(&mut future, "weakness", Some(today().add_days(3)));
    assert!(relapse_flags(&future, today()).is_empty());
}

/// 10 days at 3, then these values on the days up to today.
fn after_baseline(last: &[u32]) -> Diary {
    let mut values = vec![3; 10];
    values.extend_from_slice(last);
    series("stiffness", today(), &values)
}

#[test]
fn two_days_in_a_row_2_points_above_usual_are_flagged_as_worse() {
    let flags = relapse_flags(&after_baseline(&[5, 6]), today());
    assert_eq!(flags.len(), 1);
    assert_eq!(
        flags[0].reason,
        RelapseReason::Worse {
            days: (today().add_days(-1), today()),
            usual: 3
        }
    );
    assert_eq!(
        flags[0].summary(),
        "Possible relapse - contact your MS team soon. \u{2068}Stiff, tight \
         muscles\u{2069}: Worse on Nov 26, 2026 and Nov 27, 2026 than your usual \
         level of 3 out of 10."
    );
    // The flag stays while the 2 days are recent (7 days), then goes.
    assert_eq!(
        relapse_flags(&after_baseline(&[5, 6]), today().add_days(6)).len(),
        1
    );
    assert!(
        relapse_flags(&after_baseline(&[5, 6]), today().add_days(7)).is_empty()
    );
}

#[test]
fn worse_needs_both_days_a_usual_level_and_a_big_enough_rise() {
    // Only the last day is high.
    assert!(relapse_flags(&after_baseline(&[3, 9]), today()).is_empty());
    // 1 point above usual is not enough.
    assert!(relapse_flags(&after_baseline(&[4, 9]), today()).is_empty());
    // High, then back down: the last 2 days are what count.
    assert!(relapse_flags(&after_baseline(&[8, 8, 3]), today()).is_empty());
    // Only 2 earlier days: no usual level to compare with.
    let thin = series("stiffness", today(), &[1, 1, 8, 8]);
    assert!(relapse_flags(&thin, today()).is_empty());
    let enough = series("stiffness", today(), &[1, 1, 1, 8, 8]);
    assert_eq!(relapse_flags(&enough, today()).len(), 1);
    // The 2 days must be in a row.
    let mut gap = after_baseline(&[]);
    gap.set_entry(today().add_days(1), entry(&[("stiffness", 9)]))
        .unwrap();
    gap.set_entry(today().add_days(3), entry(&[("stiffness", 9)]))
        .unwrap();
    assert!(relapse_flags(&gap, today().add_days(3)).is_empty());
    // Days more than 30 days before do not count towards the usual level.
    let mut stale = series("stiffness", today().add_days(-40), &[9; 5]);
    stale
        .set_entry(today().add_days(-1), entry(&[("stiffness", 6)]))
        .unwrap();
    stale
        .set_entry(today(), entry(&[("stiffness", 6)]))
        .unwrap();
    assert!(relapse_flags(&stale, today()).is_empty());
}

#[test]
fn flag_wording_never_claims_a_diagnosis() {
    let mut diary = after_baseline(&[6, 7]);
    new_symptom(&mut diary, "bladder", Some(day("2026-11-20")));
    let flags = relapse_flags(&diary, today());
    assert_eq!(flags.len(), 2);
    for flag in flags {
        let text = flag.message().to_lowercase();
        assert!(text.starts_with("possible relapse - contact your ms team"));
        for word in ["diagnos", "you have ms", "you have a relapse"] {
            assert!(!text.contains(word), "{text}");
        }
    }
    // The pseudo-relapse wording never claims one either.
    let mut fever = after_baseline(&[6, 7]);
    tick_fever(&mut fever, today());
    for flag in relapse_flags(&fever, today()) {
        let text = flag.message().to_lowercase();
        assert!(
            text.starts_with("worse with a fever or infection"),
            "{text}"
        );
        for word in ["diagnos", "you have ms", "you have a relapse"] {
            assert!(!text.contains(word), "{text}");
        }
    }
}

// ---- Pseudo-relapse: fever or infection near the change --------------------

/// Ticks "I may have an infection or a fever" on `date`, keeping what
/// else that day holds.
fn tick_fever(diary: &mut Diary, date: Date) {
    let mut e = diary.entry(date).cloned().unwrap_or_default();
    e.infection_or_fever = true;
    diary.set_entry(date, e).unwrap();
}

fn kinds(diary: &Diary, at: Date) -> Vec<(String, FlagKind)> {
    relapse_flags(diary, at)
        .into_iter()
        .map(|f| (f.symptom_id, f.kind))
        .collect()
}

#[test]
fn worse_without_fever_is_a_possible_relapse_seen_soon() {
    let diary = after_baseline(&[6, 7]);
    let flags = relapse_flags(&diary, today());
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].kind, FlagKind::Relapse);
    assert_eq!(flags[0].fever_on, None);
    assert_eq!(flags[0].level(), CareLevel::Soon);
    assert!(flags[0].message().contains("within 14 days"));
    assert_eq!(care_level(&[], &flags), CareLevel::Soon);
}

#[test]
fn worse_with_fever_on_the_same_days_is_a_same_day_pseudo_relapse() {
    for fever_day in [today().add_days(-1), today()] {
        let mut diary = after_baseline(&[6, 7]);
        tick_fever(&mut diary, fever_day);
        let flags = relapse_flags(&diary, today());
        assert_eq!(flags.len(), 1, "fever on {fever_day}");
        assert_eq!(flags[0].kind, FlagKind::PseudoRelapse);
        assert_eq!(flags[0].fever_on, Some(fever_day));
        assert_eq!(flags[0].level(), CareLevel::SameDay);
        let text = flags[0].message();
        assert!(
            text.starts_with(
                "Worse with a fever or infection - contact a doctor today."
            ),
            "{text}"
        );
        assert!(text.contains("bring old symptoms back"), "{text}");
        assert!(text.contains("pseudo-relapse"), "{text}");
        assert!(text.contains("Contact a doctor today"), "{text}");
        assert!(
            text.contains(&format!(
                "fever or infection noted on {}",
                fever_day.us()
            )),
            "{text}"
        );
        assert!(!text.contains("Possible relapse"), "{text}");
        assert_eq!(care_level(&[], &flags), CareLevel::SameDay);
    }
}

#[test]
fn fever_the_day_before_the_worsening_makes_it_a_pseudo_relapse() {
    // Worse on yesterday and today; fever ticked 1, 2 or 3 days before
    // that (infections often start before the flare).
    for before in 1..=diary::insight::FEVER_BEFORE_DAYS {
        let mut diary = after_baseline(&[6, 7]);
        tick_fever(&mut diary, today().add_days(-1 - before));
        assert_eq!(
            kinds(&diary, today()),
            [("stiffness".to_string(), FlagKind::PseudoRelapse)],
            "fever {before} days before"
        );
    }
    // 4 days before the worsening is too far back: a possible relapse
    // (whose words still say "if you have no fever or infection").
    let mut earlier = after_baseline(&[6, 7]);
    tick_fever(&mut earlier, today().add_days(-5));
    assert_eq!(
        kinds(&earlier, today()),
        [("stiffness".to_string(), FlagKind::Relapse)]
    );
    let text = relapse_flags(&earlier, today())[0].message();
    assert!(text.contains("If you have no fever or infection"), "{text}");
}

#[test]
fn fever_with_one_worse_day_is_flagged_the_same_day() {
    // Worse only today (under 24 hours): no flag without a fever...
    let mut diary = after_baseline(&[7]);
    assert!(relapse_flags(&diary, today()).is_empty());
    // ...but with one, a doctor should check the same day.
    tick_fever(&mut diary, today());
    let flags = relapse_flags(&diary, today());
    assert_eq!(flags.len(), 1);
    assert_eq!(flags[0].kind, FlagKind::PseudoRelapse);
    assert_eq!(
        flags[0].reason,
        RelapseReason::WorseOn {
            day: today(),
            usual: 3
        }
    );
    assert_eq!(
        flags[0].why(),
        "Worse on Nov 27, 2026 than your usual level of 3 out of 10"
    );
    // Worse yesterday, fever today: still flagged.
    let mut values = vec![3; 10];
    values.push(7);
    let mut yesterday = series("stiffness", today().add_days(-1), &values);
    tick_fever(&mut yesterday, today());
    assert_eq!(
        kinds(&yesterday, today()),
        [("stiffness".to_string(), FlagKind::PseudoRelapse)]
    );
    // Worse 2 days ago and not since: that day is not recent.
    let mut old = series("stiffness", today().add_days(-2), &values);
    tick_fever(&mut old, today());
    assert!(relapse_flags(&old, today()).is_empty());
    // A rise of only 1 point is not "worse", fever or not.
    let mut small = after_baseline(&[4]);
    tick_fever(&mut small, today());
    assert!(relapse_flags(&small, today()).is_empty());
}

#[test]
fn fever_with_a_symptom_new_today_is_flagged_the_same_day() {
    let mut diary = Diary::new();
    new_symptom(&mut diary, "weakness", Some(today()));
    assert!(relapse_flags(&diary, today()).is_empty());
    tick_fever(&mut diary, today().add_days(-1));
    let flags = relapse_flags(&diary, today());
    assert_eq!(flags[0].reason, RelapseReason::NewOn(today()));
    assert_eq!(flags[0].kind, FlagKind::PseudoRelapse);
    assert_eq!(flags[0].why(), "New on Nov 27, 2026");
    // Start unknown, first noted today above 0, fever today.
    let mut noted = Diary::new();
    new_symptom(&mut noted, "numbness", None);
    let mut e = entry(&[("numbness", 4)]);
    e.infection_or_fever = true;
    noted.set_entry(today(), e).unwrap();
    assert_eq!(
        relapse_flags(&noted, today())[0].reason,
        RelapseReason::NewOn(today())
    );
}

#[test]
fn fever_the_day_after_the_worsening_makes_it_a_pseudo_relapse() {
    // Worse on the 2 days before yesterday; fever ticked yesterday, with
    // no score that day. Still within the 7 days a flag stays up.
    let mut values = vec![3; 10];
    values.extend_from_slice(&[6, 7]);
    let mut diary = series("stiffness", today().add_days(-2), &values);
    assert_eq!(
        kinds(&diary, today()),
        [("stiffness".to_string(), FlagKind::Relapse)]
    );
    tick_fever(&mut diary, today().add_days(-1));
    let flags = relapse_flags(&diary, today());
    assert_eq!(flags[0].kind, FlagKind::PseudoRelapse);
    assert_eq!(flags[0].fever_on, Some(today().add_days(-1)));
    // The fever ticked today (after the change) counts too, and the
    // latest fever day is the one named.
    tick_fever(&mut diary, today());
    assert_eq!(relapse_flags(&diary, today())[0].fever_on, Some(today()));
    // A fever recorded after the day the flag is judged is not seen.
    let mut later = series("stiffness", today().add_days(-2), &values);
    tick_fever(&mut later, today().add_days(1));
    assert_eq!(
        kinds(&later, today()),
        [("stiffness".to_string(), FlagKind::Relapse)]
    );
}

#[test]
fn a_new_symptom_with_fever_since_it_started_is_a_pseudo_relapse() {
    let mut diary = Diary::new();
    new_symptom(&mut diary, "numbness", Some(day("2026-11-20")));
    // Fever 4 days before it started: a possible relapse.
    tick_fever(&mut diary, day("2026-11-16"));
    assert_eq!(
        kinds(&diary, today()),
        [("numbness".to_string(), FlagKind::Relapse)]
    );
    // The day before it started: pseudo-relapse.
    tick_fever(&mut diary, day("2026-11-19"));
    assert_eq!(
        kinds(&diary, today()),
        [("numbness".to_string(), FlagKind::PseudoRelapse)]
    );
    // Unknown start, noted on 2 days in a row; fever the day after.
    let mut noted = Diary::new();
    new_symptom(&mut noted, "bladder", None);
    noted
        .set_entry(today().add_days(-2), entry(&[("bladder", 4)]))
        .unwrap();
    noted
        .set_entry(today().add_days(-1), entry(&[("bladder", 5)]))
        .unwrap();
    assert_eq!(
        kinds(&noted, today()),
        [("bladder".to_string(), FlagKind::Relapse)]
    );
    tick_fever(&mut noted, today());
    assert_eq!(
        kinds(&noted, today()),
        [("bladder".to_string(), FlagKind::PseudoRelapse)]
    );
}

#[test]
fn fever_only_changes_the_kind_never_raises_a_flag_by_itself() {
    let mut diary = after_baseline(&[3, 3]);
    tick_fever(&mut diary, today());
    tick_fever(&mut diary, today().add_days(-1));
    assert!(relapse_flags(&diary, today()).is_empty());
    assert_eq!(care_level(&[], &[]), CareLevel::Routine);
}

#[test]
fn each_flag_is_judged_by_its_own_days() {
    // Stiffness worse yesterday and today, bladder new since yesterday,
    // numbness new since the 10th: a fever today is near all three.
    let mut diary = after_baseline(&[6, 7]);
    new_symptom(&mut diary, "bladder", Some(today().add_days(-1)));
    tick_fever(&mut diary, today());
    new_symptom(&mut diary, "numbness", Some(day("2026-11-10")));
    let got = kinds(&diary, today());
    assert_eq!(
        got,
        [
            ("stiffness".to_string(), FlagKind::PseudoRelapse),
            ("numbness".to_string(), FlagKind::PseudoRelapse),
            ("bladder".to_string(), FlagKind::PseudoRelapse),
        ]
    );
    // Without the fever: all three are possible relapses.
    let mut e = diary.entry(today()).cloned().unwrap();
    e.infection_or_fever = false;
    diary.set_entry(today(), e).unwrap();
    let got = kinds(&diary, today());
    assert!(got.iter().all(|(_, k)| *k == FlagKind::Relapse), "{got:?}");
    assert_eq!(got.len(), 3);
}

// ---- Emergency signs and care level --------------------------------------

#[test]
fn emergency_signs_are_the_care_tables_911_signs() {
    let ids: Vec<_> = diary::emergency_signs().map(|s| s.id).collect();
    let table: Vec<_> = care::SIGNS
        .iter()
        .filter(|s| s.level == CareLevel::Emergency)
        .map(|s| s.id)
        .collect();
    // Which signs the table holds is checked in tests/content.rs.
    assert_eq!(ids, table);
    assert!(!ids.is_empty());
}

#[test]
fn any_ticked_sign_shows_the_emergency_card_first() {
    let flags = relapse_flags(&after_baseline(&[6, 7]), today());
    let mut fever = after_baseline(&[6, 7]);
    tick_fever(&mut fever, today());
    let pseudo = relapse_flags(&fever, today());
    assert_eq!(care_level(&[], &[]), CareLevel::Routine);
    assert_eq!(care_level(&[], &flags), CareLevel::Soon);
    assert_eq!(care_level(&[], &pseudo), CareLevel::SameDay);
    let both: Vec<_> = flags.iter().chain(&pseudo).cloned().collect();
    assert_eq!(care_level(&[], &both), CareLevel::SameDay);
    for sign in diary::emergency_signs() {
        assert_eq!(care_level(&[sign.id], &flags), CareLevel::Emergency);
        assert_eq!(care_level(&[sign.id], &[]), CareLevel::Emergency);
    }
    // An id that is not a 911 sign (or not a sign at all) is not one.
    assert_eq!(
        care_level(&["new-symptom", "nope"], &[]),
        CareLevel::Routine
    );
}

// ---- Checked values --------------------------------------------------------

#[test]
fn setters_refuse_bad_input_with_plain_messages() {
    assert_eq!(
        Score::new(11).unwrap_err().message(),
        "11 is too high. Use a number from 0 to 10."
    );
    assert_eq!(
        Text::<3>::new("abcd").unwrap_err().message(),
        "This is 4 characters long. It can be at most 3."
    );
    assert_eq!(
        Date::parse("2026-02-30").unwrap_err().message(),
        "\"2026-02-30\" is not a real date. Dates look like 2026-11-27."
    );
    let mut diary = Diary::new();
    diary.add_custom_symptom("Tired").unwrap();
    assert_eq!(
        diary.add_custom_symptom("tired").unwrap_err().message(),
        "You already have a symptom called \"tired\"."
    );
}

// ---- Property tests ----------------------------------------------------

mod properties {
    use super::*;
    use proptest::collection::{btree_map, vec};
    use proptest::prelude::*;

    fn text(max: usize) -> impl Strategy<Value = String> {
        vec(any::<char>(), 0..=max).prop_map(|c| c.into_iter().collect())
    }

    fn score() -> impl Strategy<Value = Option<Score>> {
        proptest::option::of((0u32..=10).prop_map(super::score))
    }

    fn date() -> impl Strategy<Value = Date> {
        (0i32..4000).prop_map(|n| today().add_days(-n))
    }

    #[derive(Debug, Clone)]
    struct Details {
        has_now: bool,
        severity: Option<Score>,
        started_on: Option<Date>,
        onset: Option<Onset>,
        pattern: Option<Pattern>,
        body_area: String,
        note: String,
    }

    fn details() -> impl Strategy<Value = Details> {
        (
            any::<bool>(),
            score(),
            proptest::option::of(date()),
            proptest::option::of(prop_oneof![
                Just(Onset::New),
                Just(Onset::Old)
            ]),
            proptest::option::of(prop_oneof![
                Just(Pattern::Constant),
                Just(Pattern::ComesAndGoes)
            ]),
            text(60),
            text(80),
        )
            .prop_map(
                |(
                    has_now,
                    severity,
                    started_on,
                    onset,
                    pattern,
                    body_area,
                    note,
                )| {
                    Details {
                        has_now,
                        severity,
                        started_on,
                        onset,
                        pattern,
                        body_area,
                        note,
                    }
                },
            )
    }

    type Day = (
        Date,
        Vec<(usize, Option<Score>)>,
        Option<Score>,
        bool,
        String,
        String,
    );

    fn days() -> impl Strategy<Value = Vec<Day>> {
        vec(
            (
                date(),
                vec((0usize..30, score()), 0..12),
                score(),
                any::<bool>(),
                text(40),
                text(120),
            ),
            0..25,
        )
    }

    /// Any diary the API can build: random custom names (some refused as
    /// duplicates), random details, random days.
    fn diary() -> impl Strategy<Value = Diary> {
        (
            vec("[A-Za-zé ]{0,12}|.{1,40}", 0..8),
            vec(details(), 26),
            days(),
            btree_map(0usize..5, Just(()), 0..3),
        )
            .prop_map(|(names, details, days, removed)| {
                let mut diary = Diary::new();
                for name in names {
                    let _ = diary.add_custom_symptom(&name);
                }
                let ids: Vec<String> = diary
                    .symptoms()
                    .iter()
                    .map(|s| s.id().to_string())
                    .collect();
                for (id, d) in ids.iter().zip(details) {
                    let s = diary.symptom_mut(id).unwrap();
                    s.has_now = d.has_now;
                    s.severity = d.severity;
                    s.started_on = d.started_on;
                    s.onset = d.onset;
                    s.pattern = d.pattern;
                    s.body_area = Text::new(d.body_area).unwrap();
                    s.note = Text::new(d.note).unwrap();
                }
                for (date, severities, sleep, fever, medicines, note) in days {
                    let mut e = Entry::default();
                    for (i, s) in severities {
                        if let (Some(id), Some(s)) = (ids.get(i), s) {
                            e.severities.insert(id.as_str().into(), s);
                        }
                    }
                    e.sleep_quality = sleep;
                    e.infection_or_fever = fever;
                    e.medicines = Text::new(medicines).unwrap();
                    e.note = Text::new(note).unwrap();
                    diary.set_entry(date, e).unwrap();
                }
                // Removing a custom symptom leaves a gap in the ids.
                for n in removed.keys() {
                    let _ = diary
                        .remove_custom_symptom(&format!("custom-{}", n + 1));
                }
                diary
            })
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in vec(any::<u8>(), 0..600)) {
            let _ = parse_import(&bytes, today());
            let _ = from_json(&String::from_utf8_lossy(&bytes));
        }

        #[test]
        fn json_like_text_never_panics(
            parts in vec(prop_oneof![
                Just("{"), Just("}"), Just("["), Just("]"), Just(","),
                Just(":"), Just("\"version\""), Just("\"data\""), Just("1"),
                Just("\"symptoms\""), Just("\"days\""), Just("\"id\""),
                Just("\"weakness\""), Just("\"custom-1\""), Just("\"name\""),
                Just("\"2026-11-01\""), Just("\"9X.\""), Just("null"),
                Just("false"), Just("\"\""), Just("11"), Just("\"since\""),
            ], 0..60)
        ) {
            let text: String = parts.concat();
            let _ = parse_import(text.as_bytes(), today());
        }

        #[test]
        fn edited_backups_never_panic_and_what_loads_round_trips(
            d in diary(),
            edits in vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
        ) {
            let mut bytes = export_json(&d).into_bytes();
            for (at, byte) in edits {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            if let Ok(preview) = parse_import(&bytes, today()) {
                let again = export_json(&preview.diary);
                let back = parse_import(again.as_bytes(), today()).unwrap();
                prop_assert_eq!(back.diary, preview.diary);
            }
        }

        #[test]
        fn valid_diaries_round_trip_through_a_backup(d in diary()) {
            let file = export_json(&d);
            let preview = parse_import(file.as_bytes(), today());
            prop_assert_eq!(preview.map(|p| p.diary), Ok(d));
        }

        #[test]
        fn valid_diaries_round_trip_through_storage(d in diary()) {
            prop_assert_eq!(from_json(&to_json(&d)), Ok(d));
        }

        #[test]
        fn merging_with_itself_changes_nothing(d in diary()) {
            prop_assert_eq!(merge(&d, &d), Ok(d.clone()));
            prop_assert_eq!(merge(&Diary::new(), &d).map(|m| m.entries().len()),
                Ok(d.entries().len()));
        }
    }
}

// ---- Ids of symptoms the user adds ------------------------------------------

#[test]
fn a_new_symptom_never_shares_an_id_even_at_the_counters_maximum() {
    // A backup holding the highest id there is (issue 11, item 8).
    let text = format!(
        r#"{{"version":1,"data":{{"symptoms":[{{"id":"custom-{max}","name":"Hip ache"}}],"days":[]}}}}"#,
        max = u32::MAX
    );
    let mut diary = from_json(&text).unwrap();
    let id = diary.add_custom_symptom("Jaw pain").unwrap();
    assert_eq!(id, "custom-1");
    let again = diary.add_custom_symptom("Dizzy spells").unwrap();
    assert_eq!(again, "custom-2");
    let ids: Vec<&str> = diary.symptoms().iter().map(|s| s.id()).collect();
    let unique: std::collections::HashSet<&&str> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    // The diary still reads back after saving.
    let reloaded = from_json(&to_json(&diary)).unwrap();
    assert_eq!(reloaded, diary);
    // In normal use ids keep counting up.
    let mut fresh = Diary::new();
    assert_eq!(fresh.add_custom_symptom("A").unwrap(), "custom-1");
    assert_eq!(fresh.add_custom_symptom("B").unwrap(), "custom-2");
    fresh.remove_custom_symptom("custom-1").unwrap();
    assert_eq!(fresh.add_custom_symptom("C").unwrap(), "custom-3");
}

// ---- Two tabs on the same day: field-level merge -----------------------------

mod tab_merge {
    use super::*;
    use ms_your_spine::diary::merge_entry;
    use proptest::prelude::*;

    use ms_your_spine::content::symptoms::SYMPTOMS;

    /// One value for each of the 10 fields of a day: 6 scores, sleep,
    /// fever, medicines, note.
    #[derive(Debug, Clone, PartialEq)]
    struct Fields {
        scores: [Option<u32>; 6],
        sleep: Option<u32>,
        fever: bool,
        medicines: String,
        note: String,
    }

    fn fields() -> impl Strategy<Value = Fields> {
        (
            proptest::array::uniform6(proptest::option::of(0u32..=10)),
            proptest::option::of(0u32..=10),
            any::<bool>(),
            "[a-z ]{0,12}",
            "[a-z\n ]{0,20}",
        )
            .prop_map(|(scores, sleep, fever, medicines, note)| {
                Fields {
                    scores,
                    sleep,
                    fever,
                    medicines,
                    note,
                }
            })
    }

    fn to_entry(f: &Fields) -> Entry {
        let mut e = Entry::default();
        for (symptom, s) in SYMPTOMS.iter().zip(f.scores) {
            if let Some(s) = s {
                e.severities.insert(symptom.id.into(), score(s));
            }
        }
        e.sleep_quality = f.sleep.map(score);
        e.infection_or_fever = f.fever;
        e.medicines = Text::new(f.medicines.clone()).unwrap();
        e.note = Text::new(f.note.clone()).unwrap();
        e
    }

    /// `base` with field `i` (0..10) taken from `from`.
    fn with_field(base: &Fields, from: &Fields, i: usize) -> Fields {
        let mut out = base.clone();
        match i {
            0..=5 => out.scores[i] = from.scores[i],
            6 => out.sleep = from.sleep,
            7 => out.fever = from.fever,
            8 => out.medicines = from.medicines.clone(),
            _ => out.note = from.note.clone(),
        }
        out
    }

    proptest! {
        #[test]
        fn merging_with_no_change_of_ours_gives_theirs(b in fields(), t in fields()) {
            let (b, t) = (to_entry(&b), to_entry(&t));
            prop_assert_eq!(merge_entry(&b, &b, &t), t);
        }

        #[test]
        fn merging_with_no_change_of_theirs_gives_ours(b in fields(), o in fields()) {
            let (b, o) = (to_entry(&b), to_entry(&o));
            prop_assert_eq!(merge_entry(&b, &o, &b), o);
        }

        #[test]
        fn tabs_changing_different_fields_keep_both(
            b in fields(),
            new in fields(),
            mask in proptest::array::uniform10(0u8..3),
        ) {
            // Each field is changed by ours (0), theirs (1) or neither (2).
            let (mut o, mut t) = (b.clone(), b.clone());
            for (i, side) in mask.iter().enumerate() {
                match side {
                    0 => o = with_field(&o, &new, i),
                    1 => t = with_field(&t, &new, i),
                    _ => {}
                }
            }
            let merged = merge_entry(&to_entry(&b), &to_entry(&o), &to_entry(&t));
            // Every field holds whichever side changed it.
            let mut expected = b.clone();
            for (i, side) in mask.iter().enumerate() {
                if *side < 2 {
                    expected = with_field(&expected, &new, i);
                }
            }
            prop_assert_eq!(merged, to_entry(&expected));
        }
    }

    #[test]
    fn two_tabs_on_the_same_day_keep_both_values_through_the_diary_merge() {
        let mut base = Diary::new();
        base.set_entry(today(), entry(&[("weakness", 3)])).unwrap();
        let mut ours = base.clone();
        ours.set_entry(today(), entry(&[("weakness", 7)])).unwrap();
        let mut theirs = base.clone();
        let mut t = entry(&[("weakness", 3), ("bladder", 5)]);
        t.note = Text::new("from the other tab").unwrap();
        theirs.set_entry(today(), t).unwrap();
        let merged = diary::merge_three_way(&base, &ours, &theirs);
        let e = merged.entry(today()).unwrap();
        assert_eq!(e.severity("weakness"), Some(7));
        assert_eq!(e.severity("bladder"), Some(5));
        assert_eq!(e.note.as_str(), "from the other tab");
    }
}
