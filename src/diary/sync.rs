//! Two open tabs: a three-way merge so that neither tab's edits are lost.
//!
//! Each tab remembers the diary as it last read or wrote it (`base`).
//! When another tab has saved in the meantime (`theirs`), this tab's
//! changes since `base` (`ours`) are laid on top of theirs: whatever only
//! one side changed is kept. A day is merged field by field (each
//! symptom's score, sleep, fever, medicines, note), so two tabs editing
//! different things on the same day keep both; only when both changed
//! the very same field (or symptom details) does this tab's newer edit
//! win.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use super::model::{Diary, Entry, Symptom};

/// Merges this tab's changes (`base` to `ours`) into `theirs`.
pub fn merge_three_way(base: &Diary, ours: &Diary, theirs: &Diary) -> Diary {
    let mut merged = theirs.clone();
    let renamed = merge_symptoms(base, ours, &mut merged);
    merge_entries(base, ours, theirs, &renamed, &mut merged);
    merge_records(base, ours, &mut merged);
    merged
}

/// The bladder diary and walk tests: sets keyed by id (or by date for
/// the ticked signs), so two tabs adding records keep both.
fn merge_records(base: &Diary, ours: &Diary, merged: &mut Diary) {
    let (b, o) = (&base.bladder, &ours.bladder);
    if o.sleep != b.sleep {
        merged.bladder.sleep = o.sleep;
    }
    merge_map(&b.events, &o.events, &mut merged.bladder.events);
    merge_map(&b.signs, &o.signs, &mut merged.bladder.signs);
    merge_map(&base.walks, &ours.walks, &mut merged.walks);
}

/// Lays our changes to a keyed set (`base` to `ours`) onto `merged`
/// (theirs): what we added or edited is ours; what we removed goes,
/// unless they edited it meanwhile; everything else stays theirs.
fn merge_map<K: Ord + Clone, V: PartialEq + Clone>(
    base: &BTreeMap<K, V>,
    ours: &BTreeMap<K, V>,
    merged: &mut BTreeMap<K, V>,
) {
    let keys: BTreeSet<&K> = base.keys().chain(ours.keys()).collect();
    for key in keys {
        let (b, o) = (base.get(key), ours.get(key));
        if b == o {
            continue;
        }
        match o {
            Some(value) => {
                merged.insert(key.clone(), value.clone());
            }
            None if merged.get(key) == b => {
                merged.remove(key);
            }
            None => {} // We removed it, they changed it: keep theirs.
        }
    }
}

/// Lays our symptom changes onto `merged`. Returns our custom ids that
/// had to move to a new id (both tabs added a different symptom under
/// the same free id).
fn merge_symptoms(
    base: &Diary,
    ours: &Diary,
    merged: &mut Diary,
) -> BTreeMap<String, String> {
    let mut renamed = BTreeMap::new();
    for mine in ours.symptoms() {
        let before = base.symptom(mine.id());
        if before == Some(mine) {
            continue; // Unchanged here: theirs stands, even if removed.
        }
        let id = match merged.symptom(mine.id()) {
            Some(t) if t.name() == mine.name() => mine.id().to_string(),
            Some(_) if before.is_none() => {
                // Both tabs added a symptom under the same id.
                let Ok(id) = merged.add_custom_symptom(mine.name()) else {
                    continue; // Name taken or cap reached: theirs stands.
                };
                renamed.insert(mine.id().to_string(), id.clone());
                id
            }
            Some(_) => mine.id().to_string(), // We renamed it; see below.
            None if before.is_some() => continue, // They removed it.
            None => match merged.add_custom_symptom(mine.name()) {
                Ok(id) => {
                    if id != mine.id() {
                        renamed.insert(mine.id().to_string(), id.clone());
                    }
                    id
                }
                Err(_) => continue,
            },
        };
        copy_symptom(mine, before, &id, merged);
    }
    // Custom symptoms we removed go, unless they changed them meanwhile.
    for gone in base.symptoms().iter().filter(|s| s.is_custom()) {
        let still_ours = ours.symptom(gone.id()).is_some();
        let theirs_same = merged.symptom(gone.id()) == Some(gone);
        if !still_ours && theirs_same {
            let _ = merged.remove_custom_symptom(gone.id());
        }
    }
    renamed
}

/// Copies our details (and our new name, if we renamed it) into `id`.
fn copy_symptom(
    mine: &Symptom,
    before: Option<&Symptom>,
    id: &str,
    merged: &mut Diary,
) {
    let renamed_here =
        mine.is_custom() && before.is_some_and(|b| b.name() != mine.name());
    if renamed_here {
        let _ = merged.rename_custom_symptom(id, mine.name());
    }
    if let Some(target) = merged.symptom_mut(id) {
        target.copy_details(mine);
    }
}

fn merge_entries(
    base: &Diary,
    ours: &Diary,
    theirs: &Diary,
    renamed: &BTreeMap<String, String>,
    merged: &mut Diary,
) {
    let dates: BTreeSet<_> = ours
        .entries()
        .keys()
        .chain(base.entries().keys())
        .copied()
        .collect();
    for date in dates {
        let (b, o) = (base.entry(date), ours.entry(date));
        if b == o {
            continue; // We did not touch this day: theirs stands.
        }
        match o {
            None if theirs.entry(date) == b => {
                merged.remove_entry(date);
            }
            None => {} // We removed it, they changed it: keep theirs.
            Some(entry) => {
                let mine = remap(entry, renamed, merged);
                let entry = match (b, theirs.entry(date)) {
                    // Both sides have the day: field by field.
                    (Some(b), Some(t)) => {
                        merge_entry(&remap(b, renamed, merged), &mine, t)
                    }
                    (None, Some(t)) => merge_entry(&Entry::default(), &mine, t),
                    // They removed it (or never had it): ours stands.
                    (_, None) => mine,
                };
                // Only fails for a symptom that is gone; then the day
                // keeps their version rather than losing both.
                let _ = merged.set_entry(date, entry);
            }
        }
    }
}

/// One day merged field by field: each field (and each symptom's score)
/// that we changed since `base` is ours, every other one theirs.
pub fn merge_entry(base: &Entry, ours: &Entry, theirs: &Entry) -> Entry {
    fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
        if ours == base { theirs } else { ours }.clone()
    }
    let ids: BTreeSet<&Arc<str>> = base
        .severities
        .keys()
        .chain(ours.severities.keys())
        .chain(theirs.severities.keys())
        .collect();
    let severities = ids
        .into_iter()
        .filter_map(|id| {
            let (b, o, t) = (
                base.severities.get(id),
                ours.severities.get(id),
                theirs.severities.get(id),
            );
            pick(&b, &o, &t).map(|score| (id.clone(), *score))
        })
        .collect();
    Entry {
        severities,
        sleep_quality: pick(
            &base.sleep_quality,
            &ours.sleep_quality,
            &theirs.sleep_quality,
        ),
        infection_or_fever: pick(
            &base.infection_or_fever,
            &ours.infection_or_fever,
            &theirs.infection_or_fever,
        ),
        medicines: pick(&base.medicines, &ours.medicines, &theirs.medicines),
        note: pick(&base.note, &ours.note, &theirs.note),
    }
}

/// Our entry with renamed custom ids, minus symptoms no longer there.
fn remap(
    entry: &Entry,
    renamed: &BTreeMap<String, String>,
    merged: &Diary,
) -> Entry {
    let severities = entry
        .severities
        .iter()
        .map(|(id, score)| {
            (
                renamed
                    .get(&**id)
                    .map_or_else(|| id.clone(), |to| Arc::from(to.as_str())),
                *score,
            )
        })
        .filter(|(id, _)| merged.symptom(id).is_some())
        .collect();
    Entry {
        severities,
        ..entry.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::{Date, Score};

    fn day(n: i32) -> Date {
        Date::parse("2026-11-01").map_or(Date::MIN, |d| d.add_days(n))
    }

    fn entry(id: &str, severity: u32) -> Entry {
        let mut e = Entry::default();
        if let Ok(score) = Score::new(severity) {
            e.severities.insert(id.into(), score);
        }
        e
    }

    fn with_day(diary: &Diary, n: i32, e: Entry) -> Diary {
        let mut d = diary.clone();
        assert!(d.set_entry(day(n), e).is_ok());
        d
    }

    #[test]
    fn edits_to_different_days_are_both_kept() {
        let base = with_day(&Diary::new(), 0, entry("weakness", 2));
        let ours = with_day(&base, 1, entry("weakness", 4));
        let theirs = with_day(&base, 2, entry("bladder", 5));
        let merged = merge_three_way(&base, &ours, &theirs);
        assert_eq!(merged.entries().len(), 3);
        assert_eq!(
            merged.entry(day(1)).and_then(|e| e.severity("weakness")),
            Some(4)
        );
        assert_eq!(
            merged.entry(day(2)).and_then(|e| e.severity("bladder")),
            Some(5)
        );
    }

    #[test]
    fn their_edit_stands_where_we_changed_nothing() {
        let base = with_day(&Diary::new(), 0, entry("weakness", 2));
        let theirs = with_day(&base, 0, entry("weakness", 7));
        let merged = merge_three_way(&base, &base, &theirs);
        assert_eq!(merged, theirs);
    }

    #[test]
    fn a_day_we_deleted_goes_unless_they_changed_it() {
        let base = with_day(&Diary::new(), 0, entry("weakness", 2));
        let mut ours = base.clone();
        ours.remove_entry(day(0));
        assert!(merge_three_way(&base, &ours, &base).entry(day(0)).is_none());
        let theirs = with_day(&base, 0, entry("weakness", 9));
        let kept = merge_three_way(&base, &ours, &theirs);
        assert_eq!(
            kept.entry(day(0)).and_then(|e| e.severity("weakness")),
            Some(9)
        );
    }

    #[test]
    fn symptom_details_merge_per_symptom() {
        let base = Diary::new();
        let mut ours = base.clone();
        if let Some(s) = ours.symptom_mut("weakness") {
            s.has_now = true;
        }
        let mut theirs = base.clone();
        if let Some(s) = theirs.symptom_mut("bowel") {
            s.has_now = true;
        }
        let merged = merge_three_way(&base, &ours, &theirs);
        assert!(merged.symptom("weakness").is_some_and(|s| s.has_now));
        assert!(merged.symptom("bowel").is_some_and(|s| s.has_now));
    }

    #[test]
    fn symptoms_both_tabs_added_are_both_kept_with_their_days() {
        let base = Diary::new();
        let mut ours = base.clone();
        let mine = ours.add_custom_symptom("Tiredness").unwrap_or_default();
        let ours = with_day(&ours, 0, entry(&mine, 6));
        let mut theirs = base.clone();
        let other = theirs.add_custom_symptom("Dizzy").unwrap_or_default();
        assert_eq!(mine, other, "both tabs picked the same free id");
        let merged = merge_three_way(&base, &ours, &theirs);
        let names: Vec<_> = merged
            .symptoms()
            .iter()
            .filter(|s| s.is_custom())
            .map(|s| s.name().to_string())
            .collect();
        assert_eq!(names, ["Dizzy", "Tiredness"]);
        let moved = merged
            .symptoms()
            .iter()
            .find(|s| s.name() == "Tiredness")
            .map(|s| s.id().to_string())
            .unwrap_or_default();
        assert_ne!(moved, mine);
        assert_eq!(
            merged.entry(day(0)).and_then(|e| e.severity(&moved)),
            Some(6)
        );
    }

    #[test]
    fn a_custom_symptom_we_removed_goes() {
        let mut base = Diary::new();
        let id = base.add_custom_symptom("Tiredness").unwrap_or_default();
        let mut ours = base.clone();
        assert!(ours.remove_custom_symptom(&id).is_ok());
        let merged = merge_three_way(&base, &ours, &base);
        assert!(merged.symptom(&id).is_none());
    }
}
