//! A deterministic ten-year diary for the size test and the benchmark:
//! the 6 content symptoms plus 9 of the user's own (15 in all) and 3,650
//! days of entries from 2017-01-01. No rand crate: a SplitMix64 sequence.

use super::{Date, Diary, Entry, Medicines, Note, Score};

const NAMES: [&str; 9] = [
    "Tiredness",
    "Dizziness",
    "Blurred vision",
    "Balance problems",
    "Heat makes it worse",
    "Brain fog",
    "Hand tremor",
    "Low mood",
    "Headache",
];
const MEDICINES: [&str; 4] = [
    "Baclofen 10 mg",
    "Gabapentin",
    "Paracetamol",
    "Baclofen, ibuprofen",
];
const NOTES: [&str; 4] = [
    "Bad night, legs jumpy.",
    "Long walk in the park. Legs tired after.",
    "Hot day, everything felt worse in the afternoon.",
    "Physio session. Stretches helped the stiffness.",
];

/// SplitMix64: tiny, and the same on every platform for a given seed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u32) -> u32 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % u64::from(n)) as u32
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u32) as usize]
    }
}

/// Ten years (3,650 days) of a busy diary for 15 symptoms: most symptoms
/// recorded most days, drifting slowly, with sleep every day, notes on
/// about 1 day in 5 and medicines on about 1 in 3. The same `seed` gives
/// the same diary.
pub fn sample_decade(seed: u64) -> Diary {
    let mut rng = Rng(seed);
    let mut diary = Diary::new();
    for name in NAMES {
        // Cannot fail: the names are distinct and within the limits.
        let _ = diary.add_custom_symptom(name);
    }
    let ids: Vec<String> = diary
        .symptoms()
        .iter()
        .map(|s| s.id().to_string())
        .collect();
    let mut levels: Vec<u32> = ids.iter().map(|_| rng.below(6)).collect();
    let Some(start) = Date::new(2017, 1, 1) else {
        return diary;
    };
    for day in 0..3650 {
        let mut entry = Entry::default();
        for (id, level) in ids.iter().zip(levels.iter_mut()) {
            *level = (*level + rng.below(3)).saturating_sub(1).min(10);
            if rng.below(10) < 8
                && let Ok(score) = Score::new(*level)
            {
                entry.severities.insert(id.as_str().into(), score);
            }
        }
        entry.sleep_quality = Score::new(rng.below(11)).ok();
        entry.infection_or_fever = rng.below(40) == 0;
        if rng.below(3) == 0 {
            entry.medicines =
                Medicines::new(rng.pick(&MEDICINES)).unwrap_or_default();
        }
        if rng.below(5) == 0 {
            entry.note = Note::new(rng.pick(&NOTES)).unwrap_or_default();
        }
        // Cannot fail: every severity is for a symptom listed above.
        let _ = diary.set_entry(start.add_days(day), entry);
    }
    diary
}
