//! The bladder diary and the timed walk as stored (format version 2):
//! the fixture pins the layout, every version 1 diary migrates with
//! nothing lost, every bad value is refused with where and why, and two
//! tabs or an import keep every record from both sides.

use ms_your_spine::diary::bladder::{
    Amount, Clock, DrinkKind, Event, EventKind, LeakSize, Sleep, UrineSigns,
};
use ms_your_spine::diary::walk::{Aid, WalkTest, WalkTime};
use ms_your_spine::diary::{
    self, Date, Diary, ImportError, InputError, LoadError, Note, RecordId,
    export_json, from_json, merge, merge_three_way, parse_import, to_json,
};
use ms_your_spine::lang::Lang;

const V1_BACKUP: &str = include_str!("fixtures/diary/v1_backup.json");
const V1_COMPACT: &str = include_str!("fixtures/diary/v1_compact.json");
const V2_BACKUP: &str = include_str!("fixtures/diary/v2_backup.json");

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn today() -> Date {
    day("2026-11-27")
}

fn id(text: &str) -> RecordId {
    RecordId::new(text).unwrap()
}

fn clock(text: &str) -> Clock {
    Clock::parse(text).unwrap()
}

fn urine(date: &str, time: &str) -> Event {
    Event {
        date: day(date),
        at: clock(time),
        kind: EventKind::Urine {
            amount: None,
            urgent: false,
        },
    }
}

fn walk(date: &str, first: &str) -> WalkTest {
    WalkTest {
        date: day(date),
        first: WalkTime::parse(first).unwrap(),
        second: None,
        aid: Aid::None,
        timed_by_other: false,
        note: Note::default(),
    }
}

// ---- The version 2 fixture ----------------------------------------------

#[test]
fn the_v2_fixture_loads_every_bladder_and_walk_field() {
    let diary = from_json(V2_BACKUP).unwrap();
    let log = diary.bladder();
    assert_eq!(
        log.sleep,
        Sleep::new(clock("23:30"), clock("06:45")).unwrap()
    );
    assert_eq!(log.events.len(), 7);
    let event = |key: &str| log.events[&id(key)];
    assert_eq!(
        event("mi3k2a0-1a2b").kind,
        EventKind::Urine {
            amount: Some(Amount::Large),
            urgent: false
        }
    );
    assert_eq!(
        event("mi3k2a0-1a2c").kind,
        EventKind::Drink {
            amount: Some(Amount::Medium),
            kind: DrinkKind::Caffeine
        }
    );
    assert_eq!(
        event("mi3k2a0-1a2d").kind,
        EventKind::Urine {
            amount: Some(Amount::Ml(250)),
            urgent: true
        }
    );
    assert_eq!(
        event("mi3k2a0-1a2e").kind,
        EventKind::Leak {
            size: LeakSize::Small,
            urgent: true
        }
    );
    assert_eq!(
        event("mi3k2a0-1a2f").kind,
        EventKind::Drink {
            amount: Some(Amount::Ml(330)),
            kind: DrinkKind::Water
        }
    );
    assert_eq!(event("mi3k2a0-1a2g").date, day("2026-11-20"));
    assert_eq!(event("mi3k2a0-1a2g").at, clock("02:40"));
    assert_eq!(
        log.signs.get(&day("2026-11-20")),
        Some(&UrineSigns {
            pain: true,
            blood: true
        })
    );

    let tests = diary.walk_tests();
    assert_eq!(tests.len(), 2);
    let (first_id, first) = tests[0];
    assert_eq!(first_id.as_str(), "mhzz01a-0001");
    assert_eq!(first.date, day("2026-09-02"));
    assert_eq!(first.average().seconds_text(), "8.2");
    assert_eq!(first.better().seconds_text(), "8.0");
    let (_, second) = tests[1];
    assert_eq!(second.second, None);
    assert_eq!(second.aid, Aid::OneSide);
    assert!(second.timed_by_other);
    assert_eq!(second.note.as_str(), "Tired, hot day.");
    // The symptom diary is still all there.
    assert_eq!(diary.entries().len(), 4);
}

#[test]
fn the_v2_backup_layout_is_pinned_by_the_fixture() {
    // If this fails, the on-disk shape changed: bump CURRENT_VERSION and
    // add a migration instead of editing the fixture.
    let diary = from_json(V2_BACKUP).unwrap();
    assert_eq!(export_json(&diary), V2_BACKUP);
    assert_eq!(diary::CURRENT_VERSION, 2);
    assert_eq!(from_json(&to_json(&diary)), Ok(diary));
}

#[test]
fn the_fixture_totals_split_days_and_nights_at_its_own_bedtime() {
    let diary = from_json(V2_BACKUP).unwrap();
    let totals = diary.bladder().totals();
    let on = |d: &str| totals.iter().find(|t| t.date == day(d)).unwrap();
    // 19th: awake 06:45-23:30. The 02:40 trip on the 20th is the 19th's
    // night.
    let t19 = on("2026-11-19");
    assert_eq!((t19.day.urine, t19.day.leaks, t19.day.drinks), (2, 1, 2));
    assert_eq!(t19.day.urgent, 2);
    assert_eq!((t19.day.urine_ml, t19.day.urine_measured), (250, 1));
    assert_eq!(t19.day.drink_ml, 330);
    assert_eq!((t19.night.urine, t19.night.leaks), (1, 0));
    // 23:50 on the 20th is after its bedtime: the 20th's night.
    let t20 = on("2026-11-20");
    assert_eq!((t20.day.leaks, t20.night.leaks), (0, 1));
    assert_eq!(totals.len(), 2);
}

// ---- Migration from version 1 --------------------------------------------

#[test]
fn every_version_1_diary_loads_as_version_2_with_nothing_lost() {
    for v1 in [V1_BACKUP, V1_COMPACT] {
        let diary = from_json(v1).unwrap();
        assert!(diary.bladder().is_empty());
        assert_eq!(diary.bladder().sleep, Sleep::default());
        assert!(diary.walks().is_empty());
        // Written again, the same symptoms and days, line for line,
        // under the new version number.
        let again = export_json(&diary);
        let old = export_json(&from_json(v1).unwrap());
        assert_eq!(again, old);
        assert!(again.starts_with("{\n  \"version\": 2,"));
        assert_eq!(from_json(&again), Ok(diary));
    }
    let v1 = from_json(V1_BACKUP).unwrap();
    assert_eq!(
        export_json(&v1),
        V1_BACKUP.replacen("\"version\": 1", "\"version\": 2", 1)
    );
    // The v2 fixture is the v1 one plus its records: the same symptom
    // diary.
    let v2 = from_json(V2_BACKUP).unwrap();
    assert_eq!(v2.entries(), v1.entries());
    assert_eq!(v2.symptoms(), v1.symptoms());
}

#[test]
fn a_version_1_file_cannot_carry_version_2_records() {
    let text = V2_BACKUP.replacen("\"version\": 2", "\"version\": 1", 1);
    assert!(matches!(from_json(&text), Err(LoadError::Damaged(_))));
}

#[test]
fn an_empty_log_with_default_sleep_adds_nothing_to_the_stored_text() {
    let text = to_json(&Diary::new());
    assert!(
        !text.contains("\"bladder\":") && !text.contains("walks"),
        "{text}"
    );
    let mut diary = Diary::new();
    diary.set_sleep(Sleep::new(clock("00:30"), clock("08:00")).unwrap());
    let text = to_json(&diary);
    assert!(text.contains("\"bladder\":{\"bedtime\":\"00:30\",\"wake\":\"08:00\",\"events\":[]}"), "{text}");
    assert_eq!(from_json(&text), Ok(diary));
}

// ---- Validation ------------------------------------------------------------

/// A version 2 file with these bladder events (and default sleep).
fn with_events(events: &str) -> String {
    format!(
        "{{\"version\":2,\"data\":{{\"symptoms\":[],\"days\":[],\
         \"bladder\":{{\"bedtime\":\"22:00\",\"wake\":\"07:00\",\
         \"events\":[{events}]}}}}}}"
    )
}

fn with_walks(walks: &str) -> String {
    format!(
        "{{\"version\":2,\"data\":{{\"symptoms\":[],\"days\":[],\
         \"walks\":[{walks}]}}}}"
    )
}

const GOOD_EVENT: &str = "{\"id\":\"a1\",\"date\":\"2026-11-20\",\"time\":\"08:00\",\"what\":\"urine\"}";
const GOOD_WALK: &str = "{\"id\":\"w1\",\"date\":\"2026-11-20\",\"first\":\"8.4\",\"aid\":\"none\"}";

/// What an import of `text` left out, and checks the stored copy with
/// the same text is refused whole (nothing half-read from storage).
fn left_out(text: &str) -> Vec<LoadError> {
    let preview = parse_import(text.as_bytes(), today()).unwrap();
    if !preview.left_out.is_empty() {
        assert!(from_json(text).is_err() || text.contains("2100"), "{text}");
    }
    preview.left_out
}

fn problem_of(text: &str) -> (String, InputError) {
    let out = left_out(text);
    assert_eq!(out.len(), 1, "{text}: {out:?}");
    match out.into_iter().next() {
        Some(LoadError::Invalid { place, problem }) => (place, problem),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_good_event_and_walk_load() {
    assert!(left_out(&with_events(GOOD_EVENT)).is_empty());
    assert!(left_out(&with_walks(GOOD_WALK)).is_empty());
}

#[test]
fn every_bad_bladder_value_is_left_out_with_where_and_why() {
    let bad = |field: &str, value: &str| {
        let event = GOOD_EVENT.replace("\"a1\"", "\"a2\"").replace(
            &format!("\"{field}\":"),
            &format!("\"{field}\":{value},\"x{field}\":"),
        );
        // Replace the field's value: drop the old one.
        let event = regex_free_drop(&event, &format!("x{field}"));
        with_events(&format!("{GOOD_EVENT},{event}"))
    };
    let cases: Vec<(String, InputError)> = vec![
        (bad("id", "\"A B\""), InputError::BadRecordId("A B".into())),
        (bad("id", "\"\""), InputError::BadRecordId(String::new())),
        (
            bad("id", "\"a1\""),
            InputError::DuplicateRecord("a1".into()),
        ),
        (
            bad("time", "\"25:00\""),
            InputError::Bladder(
                ms_your_spine::diary::bladder::BladderError::BadTime(
                    "25:00".into(),
                ),
            ),
        ),
        (
            bad("what", "\"poo\""),
            InputError::UnknownChoice("poo".into()),
        ),
        (
            bad("date", "\"2100-01-01\""),
            InputError::FutureDate(day("2100-01-01")),
        ),
        (
            bad("date", "\"2026-02-30\""),
            InputError::BadDate("2026-02-30".into()),
        ),
    ];
    for (text, want) in cases {
        let (place, problem) = problem_of(&text);
        assert_eq!(place, "bladder diary entry number 2", "{text}");
        assert_eq!(problem, want, "{text}");
    }
    let event = |rest: &str| {
        with_events(&format!(
            "{GOOD_EVENT},{{\"id\":\"b2\",\"date\":\"2026-11-20\",\
             \"time\":\"09:00\",{rest}}}"
        ))
    };
    let amount = |ml| {
        InputError::Bladder(
            ms_your_spine::diary::bladder::BladderError::BadAmount(ml),
        )
    };
    let choice = |w: &str| InputError::UnknownChoice(w.into());
    for (rest, want) in [
        ("\"what\":\"urine\",\"ml\":0", amount(0)),
        ("\"what\":\"urine\",\"ml\":2001", amount(2001)),
        ("\"what\":\"urine\",\"size\":\"huge\"", choice("huge")),
        (
            "\"what\":\"urine\",\"size\":\"small\",\"ml\":100",
            choice("small"),
        ),
        ("\"what\":\"urine\",\"drink\":\"water\"", choice("urine")),
        ("\"what\":\"leak\"", choice("")),
        ("\"what\":\"leak\",\"size\":\"medium\"", choice("medium")),
        (
            "\"what\":\"leak\",\"size\":\"small\",\"ml\":5",
            choice("small"),
        ),
        ("\"what\":\"drink\"", choice("drink")),
        ("\"what\":\"drink\",\"drink\":\"soup\"", choice("soup")),
        (
            "\"what\":\"drink\",\"drink\":\"water\",\"urgent\":true",
            choice("drink"),
        ),
    ] {
        let text = event(rest);
        assert_eq!(problem_of(&text).1, want, "{rest}");
    }
    // Unknown fields are not our file's shape: the whole file is refused.
    let extra = event("\"what\":\"urine\",\"colour\":\"red\"");
    assert!(matches!(
        parse_import(extra.as_bytes(), today()),
        Err(ImportError::Load(LoadError::Damaged(_)))
    ));
}

/// Removes `,"key":<value>` (the value up to the next comma or brace).
fn regex_free_drop(text: &str, key: &str) -> String {
    let start = text.find(&format!(",\"{key}\":")).unwrap();
    let end = start + 1 + text[start + 1..].find([',', '}']).unwrap();
    format!("{}{}", &text[..start], &text[end..])
}

#[test]
fn bad_sleep_times_and_signs_are_left_out_with_where_and_why() {
    let sleep = |bed: &str, wake: &str| {
        format!(
            "{{\"version\":2,\"data\":{{\"symptoms\":[],\"days\":[],\
             \"bladder\":{{\"bedtime\":\"{bed}\",\"wake\":\"{wake}\"}}}}}}"
        )
    };
    let (place, problem) = problem_of(&sleep("22:00", "22:00"));
    assert_eq!(place, "the bladder diary's bedtime and waking time");
    assert_eq!(
        problem,
        InputError::Bladder(
            ms_your_spine::diary::bladder::BladderError::BadSleep
        )
    );
    // Left out means the usual times, not a lost diary.
    let preview =
        parse_import(sleep("7pm", "07:00").as_bytes(), today()).unwrap();
    assert_eq!(preview.diary.bladder().sleep, Sleep::default());
    assert_eq!(preview.left_out.len(), 1);

    let signs = |list: &str| {
        format!(
            "{{\"version\":2,\"data\":{{\"symptoms\":[],\"days\":[],\
             \"bladder\":{{\"bedtime\":\"22:00\",\"wake\":\"07:00\",\
             \"signs\":[{list}]}}}}}}"
        )
    };
    let one = "{\"date\":\"2026-11-20\",\"pain\":true}";
    let (place, problem) = problem_of(&signs(&format!("{one},{one}")));
    assert_eq!(place, "the bladder diary's signs, number 2");
    assert_eq!(problem, InputError::DuplicateDate(day("2026-11-20")));
}

#[test]
fn every_bad_walk_value_is_left_out_with_where_and_why() {
    let walk = |rest: &str| {
        with_walks(&format!(
            "{GOOD_WALK},{{\"id\":\"w2\",\"date\":\"2026-11-21\",{rest}}}"
        ))
    };
    use ms_your_spine::diary::walk::WalkError;
    let long_note = "n".repeat(diary::NOTE_MAX_CHARS + 1);
    for (rest, want) in [
        (
            "\"first\":\"0.0\",\"aid\":\"none\"",
            InputError::Walk(WalkError::OutOfRange),
        ),
        (
            "\"first\":\"180.1\",\"aid\":\"none\"",
            InputError::Walk(WalkError::OutOfRange),
        ),
        (
            "\"first\":\"8,4\",\"aid\":\"none\"",
            InputError::Walk(WalkError::NotATime("8,4".into())),
        ),
        (
            "\"first\":\"8.40\",\"aid\":\"none\"",
            InputError::Walk(WalkError::NotATime("8.40".into())),
        ),
        (
            "\"first\":\"8.4\",\"second\":\"fast\",\"aid\":\"none\"",
            InputError::Walk(WalkError::NotATime("fast".into())),
        ),
        (
            "\"first\":\"8.4\",\"aid\":\"skates\"",
            InputError::UnknownChoice("skates".into()),
        ),
        (
            &format!(
                "\"first\":\"8.4\",\"aid\":\"none\",\"note\":\"{long_note}\""
            ),
            InputError::TooLong {
                len: diary::NOTE_MAX_CHARS + 1,
                max: diary::NOTE_MAX_CHARS,
            },
        ),
    ] {
        let (place, problem) = problem_of(&walk(rest));
        assert_eq!(place, "walk test number 2", "{rest}");
        assert_eq!(problem, want, "{rest}");
    }
    let twice = with_walks(&format!("{GOOD_WALK},{GOOD_WALK}"));
    assert_eq!(
        problem_of(&twice).1,
        InputError::DuplicateRecord("w1".into())
    );
}

#[test]
fn the_places_and_problems_are_said_in_spanish_too() {
    let (place, problem) =
        problem_of(&with_walks(&format!("{GOOD_WALK},{GOOD_WALK}")));
    let error = LoadError::Invalid { place, problem };
    assert_eq!(
        error.message_in(Lang::Es),
        "Hay un problema con la prueba de caminata número 2. El registro \"w1\" aparece más de una vez."
    );
    assert_eq!(
        error.message_in(Lang::En),
        "There is a problem with walk test number 2. The record \"w1\" appears more than once."
    );
    let bad = with_events(&format!(
        "{GOOD_EVENT},{}",
        GOOD_EVENT
            .replace("a1", "a2")
            .replace("\"urine\"", "\"poo\"")
    ));
    let (place, problem) = problem_of(&bad);
    let error = LoadError::Invalid { place, problem };
    assert_eq!(
        error.message_in(Lang::Es),
        "Hay un problema con la anotación número 2 del diario de vejiga. \"poo\" no es una de las opciones."
    );
}

#[test]
fn the_stored_copy_with_a_bad_record_is_refused_whole() {
    let text = with_events(&format!("{GOOD_EVENT},{GOOD_EVENT}"));
    assert_eq!(
        from_json(&text),
        Err(LoadError::Invalid {
            place: "bladder diary entry number 2".into(),
            problem: InputError::DuplicateRecord("a1".into()),
        })
    );
}

#[test]
fn record_ids_are_checked_and_generated_ids_are_well_formed() {
    assert!(RecordId::new("mi3k2a0-1a2b").is_ok());
    for bad in [
        "",
        "UPPER",
        "a b",
        "é",
        &"a".repeat(diary::RECORD_ID_MAX_CHARS + 1),
    ] {
        assert_eq!(
            RecordId::new(bad),
            Err(InputError::BadRecordId(bad.into()))
        );
    }
    let a = RecordId::generate(1_796_023_807_345.0, 0.25);
    let b = RecordId::generate(1_796_023_807_345.0, 0.75);
    assert_ne!(a, b);
    assert_eq!(RecordId::new(a.as_str()), Ok(a.clone()));
    // Later ids sort later: the time comes first, in base 36 (eight
    // digits from 1983 to 2059).
    let later = RecordId::generate(1_796_023_807_346.0, 0.0);
    assert!(later > a);
    // A broken clock or random source still gives a usable id.
    for (t, r) in [(f64::NAN, f64::NAN), (-5.0, 2.0), (f64::INFINITY, -1.0)] {
        let id = RecordId::generate(t, r);
        assert_eq!(RecordId::new(id.as_str()), Ok(id.clone()));
    }
}

#[test]
fn the_caps_refuse_new_records_but_edits_still_work() {
    let mut d = Diary::new();
    for n in 0..diary::MAX_WALK_TESTS {
        d.set_walk(id(&format!("w{n}")), walk("2026-11-20", "8.0"))
            .unwrap();
    }
    assert_eq!(
        d.set_walk(id("one-more"), walk("2026-11-20", "8.0")),
        Err(InputError::TooManyRecords(diary::MAX_WALK_TESTS))
    );
    assert!(d.set_walk(id("w0"), walk("2026-11-21", "9.0")).is_ok());
    // What was stored at the cap still loads.
    assert_eq!(from_json(&to_json(&d)), Ok(d));
}

// ---- Two tabs and imports ----------------------------------------------------

#[test]
fn two_tabs_adding_records_at_once_keep_both() {
    let mut base = Diary::new();
    base.set_event(id("e0"), urine("2026-11-20", "07:00"))
        .unwrap();
    base.set_walk(id("w0"), walk("2026-11-01", "8.0")).unwrap();
    let mut ours = base.clone();
    ours.set_event(id("e1"), urine("2026-11-20", "09:00"))
        .unwrap();
    ours.set_walk(id("w1"), walk("2026-11-20", "8.2")).unwrap();
    ours.set_urine_signs(
        day("2026-11-20"),
        UrineSigns {
            pain: true,
            blood: false,
        },
    );
    let mut theirs = base.clone();
    theirs
        .set_event(id("e2"), urine("2026-11-20", "09:01"))
        .unwrap();
    theirs.set_sleep(Sleep::new(clock("23:00"), clock("06:00")).unwrap());
    let merged = merge_three_way(&base, &ours, &theirs);
    let ids: Vec<_> = merged
        .bladder()
        .events
        .keys()
        .map(RecordId::as_str)
        .collect();
    assert_eq!(ids, ["e0", "e1", "e2"]);
    assert_eq!(merged.walks().len(), 2);
    assert!(merged.bladder().signs[&day("2026-11-20")].pain);
    // Their sleep change stands: we did not touch ours.
    assert_eq!(merged.bladder().sleep.bedtime, clock("23:00"));
}

#[test]
fn a_delete_in_one_tab_wins_unless_the_other_edited_that_record() {
    let mut base = Diary::new();
    base.set_event(id("e0"), urine("2026-11-20", "07:00"))
        .unwrap();
    base.set_event(id("e1"), urine("2026-11-20", "08:00"))
        .unwrap();
    let mut ours = base.clone();
    ours.remove_event(&id("e0"));
    ours.remove_event(&id("e1"));
    let mut theirs = base.clone();
    // They corrected e1's time meanwhile: keep it.
    theirs
        .set_event(id("e1"), urine("2026-11-20", "08:15"))
        .unwrap();
    let merged = merge_three_way(&base, &ours, &theirs);
    let kept: Vec<_> = merged
        .bladder()
        .events
        .keys()
        .map(RecordId::as_str)
        .collect();
    assert_eq!(kept, ["e1"]);
    assert_eq!(merged.bladder().events[&id("e1")].at, clock("08:15"));
    // Our edit of a record they did not touch is ours.
    let mut ours = base.clone();
    ours.set_event(id("e0"), urine("2026-11-20", "06:30"))
        .unwrap();
    let merged = merge_three_way(&base, &ours, &base);
    assert_eq!(merged.bladder().events[&id("e0")].at, clock("06:30"));
}

#[test]
fn an_import_merge_keeps_every_record_from_both_and_the_current_on_a_clash() {
    let mut current = Diary::new();
    current
        .set_event(id("e1"), urine("2026-11-20", "07:00"))
        .unwrap();
    current
        .set_walk(id("w1"), walk("2026-11-20", "8.0"))
        .unwrap();
    let mut incoming = Diary::new();
    incoming
        .set_event(id("e1"), urine("2026-11-20", "07:30"))
        .unwrap();
    incoming
        .set_event(id("e2"), urine("2026-11-21", "07:00"))
        .unwrap();
    incoming
        .set_walk(id("w2"), walk("2026-10-20", "9.0"))
        .unwrap();
    incoming.set_sleep(Sleep::new(clock("23:00"), clock("06:00")).unwrap());
    incoming.set_urine_signs(
        day("2026-11-21"),
        UrineSigns {
            pain: false,
            blood: true,
        },
    );
    let out = merge(&current, &incoming).unwrap();
    assert_eq!(out.bladder().events.len(), 2);
    assert_eq!(out.bladder().events[&id("e1")].at, clock("07:00"));
    assert_eq!(out.walks().len(), 2);
    assert!(out.bladder().signs[&day("2026-11-21")].blood);
    // Never set here, so the file's sleep times come in.
    assert_eq!(out.bladder().sleep.wake, clock("06:00"));
    let mut set = current.clone();
    set.set_sleep(Sleep::new(clock("21:00"), clock("05:00")).unwrap());
    assert_eq!(
        merge(&set, &incoming).unwrap().bladder().sleep.wake,
        clock("05:00")
    );
}

#[test]
fn the_preview_counts_bladder_entries_and_walk_tests() {
    let preview = parse_import(V2_BACKUP.as_bytes(), today()).unwrap();
    assert_eq!(preview.bladder_entries, 7);
    assert_eq!(preview.walk_tests, 2);
    assert!(preview.left_out.is_empty());
}

// ---- CSV ------------------------------------------------------------------------

#[test]
fn the_bladder_csv_has_a_row_per_entry_in_time_order_then_the_signs() {
    let diary = from_json(V2_BACKUP).unwrap();
    let csv = diary::export_bladder_csv_in(&diary, Lang::En);
    let rows: Vec<&str> =
        csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        rows[0],
        "Date,Time,Diary day,Day or night,What,Amount,mL,Had to rush,Drink"
    );
    assert_eq!(
        rows[1],
        "2026-11-19,06:50,2026-11-19,Day,Passed urine,Large,,No,"
    );
    assert_eq!(
        rows[2],
        "2026-11-19,07:15,2026-11-19,Day,Drink,Medium,,,\"Coffee, tea or cola\""
    );
    assert_eq!(
        rows[3],
        "2026-11-19,10:05,2026-11-19,Day,Passed urine,,250,Yes,"
    );
    assert_eq!(
        rows[4],
        "2026-11-19,10:06,2026-11-19,Day,Leak,Small (damp),,Yes,"
    );
    assert_eq!(rows[5], "2026-11-19,12:30,2026-11-19,Day,Drink,,330,,Water");
    // Before waking on the 20th: the 19th's night.
    assert_eq!(
        rows[6],
        "2026-11-20,02:40,2026-11-19,Night,Passed urine,,,No,"
    );
    assert_eq!(
        rows[7],
        "2026-11-20,23:50,2026-11-20,Night,Leak,Large (wet through),,No,"
    );
    assert_eq!(
        rows[8],
        "2026-11-20,,2026-11-20,,Pain or burning passing urine,,,,"
    );
    assert_eq!(rows[9], "2026-11-20,,2026-11-20,,Blood in the urine,,,,");
    assert_eq!(rows[10], "");
    assert_eq!(rows.len(), 11);
    let es = diary::export_bladder_csv_in(&diary, Lang::Es);
    assert!(
        es.contains("\r\n2026-11-20,02:40,2026-11-19,Noche,Orinó,,,No,\r\n"),
        "{es}"
    );
    assert!(es.contains(",Sangre en la orina,"));
}

#[test]
fn the_walk_csv_has_a_row_per_test_oldest_first_and_no_formulas() {
    let mut diary = from_json(V2_BACKUP).unwrap();
    let mut risky = walk("2026-10-01", "9.5");
    risky.note = Note::new("=HYPERLINK(\"x\")").unwrap();
    diary.set_walk(id("zzz"), risky).unwrap();
    let csv = diary::export_walks_csv_in(&diary, Lang::En);
    let rows: Vec<&str> =
        csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        rows[0],
        "Date,First walk (s),Second walk (s),Average (s),Better (s),Walking aid,Timed by someone else,Note"
    );
    assert_eq!(rows[1], "2026-09-02,8.4,8.0,8.2,8.0,No walking aid,No,");
    assert_eq!(
        rows[2],
        "2026-10-01,9.5,,9.5,9.5,No walking aid,No,\"'=HYPERLINK(\"\"x\"\")\""
    );
    assert_eq!(
        rows[3],
        "2026-11-21,10.6,,10.6,10.6,\"Cane or crutch, one side\",Yes,\"Tired, hot day.\""
    );
}

#[test]
fn entries_are_described_in_words_in_both_languages() {
    let urgent_large = EventKind::Urine {
        amount: Some(Amount::Large),
        urgent: true,
    };
    assert_eq!(urgent_large.what_in(Lang::En), "Passed urine");
    assert_eq!(urgent_large.details_in(Lang::En), "Large, had to rush");
    assert_eq!(
        urgent_large.details_in(Lang::Es),
        "Mucha cantidad, con urgencia"
    );
    let drink = EventKind::Drink {
        amount: Some(Amount::Ml(330)),
        kind: DrinkKind::Water,
    };
    assert_eq!(drink.details_in(Lang::En), "Water, 330 mL");
    let plain = EventKind::Urine {
        amount: None,
        urgent: false,
    };
    assert_eq!(plain.details_in(Lang::En), "");
    assert!(urgent_large.urgent() && !drink.urgent());
    // Setting what a kind does not have leaves it as it was.
    let mut leak = EventKind::Leak {
        size: LeakSize::Large,
        urgent: false,
    };
    leak.set_urgent(true);
    leak.set_amount(Some(Amount::Small));
    assert_eq!(
        leak,
        EventKind::Leak {
            size: LeakSize::Large,
            urgent: true
        }
    );
    let mut water = drink;
    water.set_urgent(true);
    water.set_amount(None);
    assert_eq!(
        water,
        EventKind::Drink {
            amount: None,
            kind: DrinkKind::Water
        }
    );
}

// ---- The visit summary --------------------------------------------------------

#[test]
fn the_visit_summary_has_the_bladder_days_walks_and_medicines_of_its_period() {
    use ms_your_spine::diary::report::build_report_in;
    let diary = from_json(V2_BACKUP).unwrap();
    let report = build_report_in(&diary, day("2026-11-21"), 30, Lang::En);
    assert_eq!(
        report.title(),
        "Visit summary, Oct 23, 2026 to Nov 21, 2026"
    );
    // Medicines: each text once, with its days.
    let meds: Vec<String> = report
        .medicines
        .iter()
        .map(|m| format!("{}: {}", m.text, report.medicine_days(m)))
        .collect();
    assert_eq!(
        meds,
        [
            "Baclofen 10 mg: Nov 19, 2026 (1 day)",
            "Baclofen, paracetamol: Nov 20, 2026 (1 day)"
        ]
    );
    // Bladder: both diary days, oldest first, with counts day / night and
    // the chart of entries.
    assert_eq!(report.bladder.len(), 2);
    let first = &report.bladder[0];
    assert_eq!(
        report.bladder_counts(first),
        "passed urine 2 / 1, leaks 1 / 0, had to rush 2 / 0, drinks 2 / 0, \
         urine measured 250 mL (1 time), drinks measured 330 mL"
    );
    assert_eq!(
        first.day_entries,
        [
            "06:50 passed urine, large",
            "07:15 drink, coffee, tea or cola, medium",
            "10:05 passed urine, 250 mL, had to rush",
            "10:06 leak, small (damp), had to rush",
            "12:30 drink, water, 330 mL"
        ]
    );
    assert_eq!(first.night_entries, ["02:40 passed urine"]);
    assert!(
        report
            .bladder_counts(&report.bladder[1])
            .ends_with("signs: pain or burning, blood in the urine")
    );
    // Walks: both tests, and the change with the same aid (there is
    // none yet: the latest is the only one with a cane).
    assert_eq!(report.walks.len(), 2);
    assert_eq!(
        report.walk_line(&report.walks[0]),
        "8.4 s, 8.0 s (average 8.2 s), no walking aid"
    );
    assert_eq!(
        report.walk_line(&report.walks[1]),
        "10.6 s, cane or crutch, one side, timed by someone else (\u{2068}Tired, hot day.\u{2069})"
    );
    assert_eq!(
        report.walk_change_text(),
        "Not enough tests to show a change. Timed on a phone; only a change of 20% or more means much."
    );
    let text = report.to_text();
    for part in [
        "\nMedicines noted\n- \u{2068}Baclofen 10 mg\u{2069}: Nov 19, 2026 (1 day)\n",
        "\nBladder diary (day / night)\n- Nov 19, 2026: passed urine 2 / 1,",
        "  Night: 02:40 passed urine\n",
        "\nTimed 25-foot walk\n- Sep 2, 2026: 8.4 s, 8.0 s (average 8.2 s), no walking aid\n",
    ] {
        assert!(text.contains(part), "{part:?} in\n{text}");
    }
    // A period before the bladder diary leaves it out; later walks too.
    let early = build_report_in(&diary, day("2026-10-01"), 30, Lang::En);
    assert!(early.bladder.is_empty() && early.medicines.is_empty());
    assert_eq!(early.walks.len(), 1);
    assert!(!early.to_text().contains("Bladder diary"));
}

#[test]
fn the_visit_summary_in_spanish_and_the_walk_list_keeps_the_latest_six() {
    use ms_your_spine::diary::report::{REPORT_WALKS, build_report_in};
    let mut diary = from_json(V2_BACKUP).unwrap();
    for n in 0..8 {
        let mut w = walk("2026-10-01", "9.0");
        w.date = day("2026-10-01").add_days(n);
        diary.set_walk(id(&format!("m{n}")), w).unwrap();
    }
    let report = build_report_in(&diary, day("2026-11-21"), 30, Lang::Es);
    assert_eq!(report.walks.len(), REPORT_WALKS);
    assert_eq!(report.walks.last().unwrap().date, day("2026-11-21"));
    // The change is from the very first test with the same aid.
    let text = report.to_text();
    assert!(
        text.contains("\nCaminata cronometrada de 25 pies\n"),
        "{text}"
    );
    assert!(text.contains("\nDiario de vejiga (día / noche)\n- 19 de noviembre de 2026: orinó 2 / 1,"), "{text}");
    assert!(
        text.contains("señales: dolor o ardor al orinar, sangre en la orina"),
        "{text}"
    );
    assert!(text.starts_with("Resumen para la consulta, del 23 de octubre de 2026 al 21 de noviembre de 2026\n"));
    assert!(!text.contains("2026-"), "{text}");
}

// ---- Round trips for any records ------------------------------------------------

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::collection::{btree_map, vec};
    use proptest::prelude::*;

    fn amount() -> impl Strategy<Value = Option<Amount>> {
        prop_oneof![
            Just(None),
            Just(Some(Amount::Small)),
            Just(Some(Amount::Medium)),
            Just(Some(Amount::Large)),
            (1u32..=2000).prop_map(|ml| Some(Amount::ml(ml).unwrap())),
        ]
    }

    fn kind() -> impl Strategy<Value = EventKind> {
        prop_oneof![
            (amount(), any::<bool>()).prop_map(|(amount, urgent)| {
                EventKind::Urine { amount, urgent }
            }),
            (prop::sample::select(LeakSize::ALL.to_vec()), any::<bool>())
                .prop_map(|(size, urgent)| EventKind::Leak { size, urgent }),
            (amount(), prop::sample::select(DrinkKind::ALL.to_vec()))
                .prop_map(|(amount, kind)| EventKind::Drink { amount, kind }),
        ]
    }

    fn date() -> impl Strategy<Value = Date> {
        (0i32..3000).prop_map(|n| day("2018-01-01").add_days(n))
    }

    fn event() -> impl Strategy<Value = Event> {
        (date(), 0u16..24, 0u16..60, kind()).prop_map(|(date, h, m, kind)| {
            Event {
                date,
                at: Clock::new(h, m).unwrap(),
                kind,
            }
        })
    }

    fn record_id() -> impl Strategy<Value = RecordId> {
        "[a-z0-9-]{1,24}".prop_map(|s| RecordId::new(s).unwrap())
    }

    fn walk_test() -> impl Strategy<Value = WalkTest> {
        (
            date(),
            1u32..=1800,
            prop::option::of(1u32..=1800),
            prop::sample::select(Aid::ALL.to_vec()),
            any::<bool>(),
            "[\\PC\n]{0,40}",
        )
            .prop_map(|(date, a, b, aid, other, note)| WalkTest {
                date,
                first: WalkTime::from_tenths(a).unwrap(),
                second: b.map(|b| WalkTime::from_tenths(b).unwrap()),
                aid,
                timed_by_other: other,
                note: Note::new(note).unwrap(),
            })
    }

    fn sleep() -> impl Strategy<Value = Sleep> {
        (0u16..24, 0u16..60, 0u16..24, 0u16..60).prop_filter_map(
            "a possible night",
            |(bh, bm, wh, wm)| {
                Sleep::new(Clock::new(bh, bm)?, Clock::new(wh, wm)?).ok()
            },
        )
    }

    fn records() -> impl Strategy<Value = Diary> {
        (
            sleep(),
            btree_map(record_id(), event(), 0..30),
            btree_map(date(), (any::<bool>(), any::<bool>()), 0..5),
            btree_map(record_id(), walk_test(), 0..8),
        )
            .prop_map(|(sleep, events, signs, walks)| {
                let mut d = Diary::new();
                d.set_sleep(sleep);
                for (id, e) in events {
                    d.set_event(id, e).unwrap();
                }
                for (date, (pain, blood)) in signs {
                    d.set_urine_signs(date, UrineSigns { pain, blood });
                }
                for (id, w) in walks {
                    d.set_walk(id, w).unwrap();
                }
                d
            })
    }

    proptest! {
        #[test]
        fn any_records_round_trip_through_storage_and_a_backup(d in records()) {
            prop_assert_eq!(from_json(&to_json(&d)), Ok(d.clone()));
            let file = export_json(&d);
            let preview = parse_import(file.as_bytes(), day("2026-11-27"));
            prop_assert_eq!(preview.map(|p| p.diary), Ok(d));
        }

        #[test]
        fn edited_record_files_never_panic_and_what_loads_round_trips(
            d in records(),
            edits in vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
        ) {
            let mut bytes = export_json(&d).into_bytes();
            for (at, byte) in edits {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            if let Ok(preview) = parse_import(&bytes, day("2026-11-27")) {
                let again = export_json(&preview.diary);
                let back = parse_import(again.as_bytes(), day("2026-11-27")).unwrap();
                prop_assert_eq!(back.diary, preview.diary);
            }
        }

        #[test]
        fn merging_with_an_untouched_side_is_the_other_side(
            base in records(),
            ours in records(),
        ) {
            prop_assert_eq!(merge_three_way(&base, &base, &ours), ours.clone());
            prop_assert_eq!(merge_three_way(&base, &ours, &base), ours);
        }
    }
}
