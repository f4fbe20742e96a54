//! The clinician report: one page that sums up the last weeks, built as
//! plain data so the page, "copy as text" and the tests share it.

use super::insight::{Direction, relapse_flags, trend};
use super::{Date, Diary, Onset, Pattern};

/// One symptom's line in the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SymptomLine {
    pub name: String,
    /// "Has it now" details, in plain words ("started 2026-11-20, new,
    /// comes and goes, in both legs, 6 out of 10 now").
    pub details: String,
    /// Lowest, average and highest recorded severity in the period.
    pub range: Option<(u8, u8, u8)>,
    /// Days with a score in the period.
    pub days_recorded: usize,
    pub direction: Direction,
    pub note: String,
}

/// Everything on the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub from: Date,
    pub to: Date,
    /// Symptoms the person has now or scored in the period.
    pub symptoms: Vec<SymptomLine>,
    /// The flags (possible relapse or pseudo-relapse), in words, each
    /// symptom name isolated (see [`isolated`]).
    pub flags: Vec<String>,
    /// Days in the period with a possible infection or fever.
    pub infection_days: Vec<Date>,
    /// Average sleep quality in the period (0-10), if recorded.
    pub sleep_average: Option<u8>,
    /// Day notes in the period, newest first.
    pub day_notes: Vec<(Date, String)>,
}

/// Builds the report for the `days` days up to `today`.
pub fn build_report(diary: &Diary, today: Date, days: u32) -> Report {
    let from = today.add_days(1 - i32::try_from(days.max(1)).unwrap_or(1));
    let period: Vec<_> = diary
        .entries()
        .range(from..=today)
        .map(|(d, e)| (*d, e))
        .collect();
    let symptoms = diary
        .symptoms()
        .iter()
        .filter_map(|s| {
            let t = trend(diary, s.id(), today, days);
            if !s.has_now && t.points.is_empty() {
                return None;
            }
            let scores: Vec<u8> = t.points.iter().map(|p| p.1).collect();
            let range =
                scores
                    .iter()
                    .min()
                    .zip(scores.iter().max())
                    .map(|(lo, hi)| {
                        let sum: usize =
                            scores.iter().map(|v| usize::from(*v)).sum();
                        let avg = (sum + scores.len() / 2) / scores.len();
                        (*lo, u8::try_from(avg).unwrap_or(*hi), *hi)
                    });
            let mut parts = Vec::new();
            if s.has_now {
                parts.push("has it now".to_string());
            }
            if let Some(v) = s.severity {
                parts.push(format!("{} out of 10 now", v.get()));
            }
            if let Some(d) = s.started_on {
                parts.push(format!("started {d}"));
            }
            match s.onset {
                Some(Onset::New) => parts.push("new".to_string()),
                Some(Onset::Old) => parts.push("had before".to_string()),
                None => {}
            }
            match s.pattern {
                Some(Pattern::Constant) => parts.push("constant".to_string()),
                Some(Pattern::ComesAndGoes) => {
                    parts.push("comes and goes".to_string());
                }
                None => {}
            }
            if !s.body_area.is_empty() {
                parts
                    .push(format!("where: {}", isolated(s.body_area.as_str())));
            }
            Some(SymptomLine {
                name: s.name().to_string(),
                details: parts.join(", "),
                range,
                days_recorded: scores.len(),
                direction: t.direction,
                note: s.note.as_str().to_string(),
            })
        })
        .collect();
    let sleep: Vec<u8> = period
        .iter()
        .filter_map(|(_, e)| e.sleep_quality.map(|s| s.get()))
        .collect();
    let sleep_average = (!sleep.is_empty()).then(|| {
        let sum: usize = sleep.iter().map(|v| usize::from(*v)).sum();
        u8::try_from((sum + sleep.len() / 2) / sleep.len()).unwrap_or(10)
    });
    Report {
        from,
        to: today,
        symptoms,
        flags: relapse_flags(diary, today)
            .iter()
            .map(|f| f.summary())
            .collect(),
        infection_days: period
            .iter()
            .filter(|(_, e)| e.infection_or_fever)
            .map(|(d, _)| *d)
            .collect(),
        sleep_average,
        day_notes: period
            .iter()
            .rev()
            .filter(|(_, e)| !e.note.is_empty())
            .map(|(d, e)| (*d, e.note.as_str().to_string()))
            .collect(),
    }
}

/// Plain words for a direction, in lower case: "getting worse". The
/// report and the trend charts both say it this way.
pub fn direction_words(direction: Direction) -> &'static str {
    match direction {
        Direction::Better => "getting better",
        Direction::Same => "about the same",
        Direction::Worse => "getting worse",
        Direction::NotEnoughData => "not enough days recorded to tell",
    }
}

/// A person's own text made safe to put among the app's words: any
/// direction controls in it are dropped and it is wrapped in a
/// first-strong isolate (U+2068 ... U+2069), so a right-to-left name or
/// note shows as written without turning the app's text around it; and
/// each new line in it is indented, so a note can never look like a
/// heading or list of the report's own.
pub fn isolated(text: &str) -> String {
    let clean: String = text
        .chars()
        .filter(
            |c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'),
        )
        .collect();
    let lines: Vec<&str> = clean.lines().collect();
    format!("\u{2068}{}\u{2069}", lines.join("\n    "))
}

impl Report {
    /// The report as plain text, for copying or sharing. Everything the
    /// person typed is [`isolated`].
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "Symptom report, {} to {}\nFrom the MS & Your Spine app. A \
record kept by the patient; not a diagnosis.\n",
            self.from, self.to
        );
        if !self.flags.is_empty() {
            out.push_str("\nFlags\n");
            for flag in &self.flags {
                out.push_str(&format!("- {flag}\n"));
            }
        }
        out.push_str("\nSymptoms\n");
        if self.symptoms.is_empty() {
            out.push_str("- None recorded.\n");
        }
        for s in &self.symptoms {
            out.push_str(&format!("- {}: {}", isolated(&s.name), s.details));
            if let Some((lo, avg, hi)) = s.range {
                out.push_str(&format!(
                    "{}scores {lo} to {hi} (average {avg}) on {} days, {}",
                    if s.details.is_empty() { "" } else { "; " },
                    s.days_recorded,
                    direction_words(s.direction)
                ));
            }
            out.push('\n');
            if !s.note.is_empty() {
                out.push_str(&format!("  Note: {}\n", isolated(&s.note)));
            }
        }
        if let Some(avg) = self.sleep_average {
            out.push_str(&format!("\nSleep: average {avg} out of 10\n"));
        }
        if !self.infection_days.is_empty() {
            let days: Vec<_> =
                self.infection_days.iter().map(Date::to_string).collect();
            out.push_str(&format!(
                "Possible infection or fever on: {}\n",
                days.join(", ")
            ));
        }
        if !self.day_notes.is_empty() {
            out.push_str("\nNotes\n");
            for (d, note) in &self.day_notes {
                out.push_str(&format!("- {d}: {}\n", isolated(note)));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::{Entry, Score, Text};

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap_or(Date::MIN)
    }

    #[test]
    fn a_month_of_scores_is_summed_up_with_flags_and_notes() {
        let today = day("2026-11-28");
        let mut diary = Diary::new();
        if let Some(s) = diary.symptom_mut("numbness") {
            s.has_now = true;
            s.onset = Some(Onset::New);
            s.started_on = Some(day("2026-11-20"));
        }
        for n in 0..30 {
            let mut e = Entry::default();
            if let Ok(v) = Score::new(if n < 15 { 2 } else { 6 }) {
                e.severities.insert("numbness".into(), v);
            }
            e.infection_or_fever = n == 29;
            if n == 29 {
                e.note = Text::new("Fever tonight").unwrap_or_default();
            }
            assert!(diary.set_entry(day("2026-10-30").add_days(n), e).is_ok());
        }
        let report = build_report(&diary, today, 30);
        assert_eq!(report.symptoms.len(), 1);
        let line = &report.symptoms[0];
        assert_eq!(line.range, Some((2, 4, 6)));
        assert_eq!(line.days_recorded, 30);
        assert_eq!(line.direction, Direction::Worse);
        assert!(line.details.contains("started 2026-11-20"));
        assert_eq!(report.infection_days, [day("2026-11-28")]);
        assert_eq!(report.flags.len(), 1);
        let text = report.to_text();
        // The fever ticked today makes the new numbness a possible
        // pseudo-relapse: checked today, not a relapse.
        assert!(text.contains(
            "Worse with a fever or infection - contact a doctor today. \
             \u{2068}Numbness or tingling\u{2069}: New since 2026-11-20 and \
             lasted more than 24 hours, with a fever or infection noted on \
             2026-11-28."
        ));
        assert!(!text.contains("Possible relapse"));
        assert!(text.contains("scores 2 to 6 (average 4) on 30 days"));
        assert!(text.contains("2026-11-28: \u{2068}Fever tonight\u{2069}"));
        assert!(!text.to_lowercase().contains("diagnosed"));
    }

    #[test]
    fn symptoms_without_scores_or_ticks_stay_off_the_report() {
        let report = build_report(&Diary::new(), day("2026-11-28"), 30);
        assert!(report.symptoms.is_empty());
        assert!(report.to_text().contains("None recorded"));
    }

    #[test]
    fn typed_text_cannot_turn_the_report_around_or_fake_a_section() {
        let today = day("2026-11-28");
        let mut diary = Diary::new();
        let id = diary
            .add_custom_symptom("\u{202E}hip ache")
            .unwrap_or_default();
        if let Some(s) = diary.symptom_mut(&id) {
            s.has_now = true;
            s.note = Text::new("sore\nFlags\n- Possible relapse: none")
                .unwrap_or_default();
        }
        let e = Entry {
            note: Text::new("line one\r\nSymptoms\n- all fine")
                .unwrap_or_default(),
            ..Entry::default()
        };
        assert!(diary.set_entry(today, e).is_ok());
        let text = build_report(&diary, today, 30).to_text();
        // No override survives, and the name sits in an isolate.
        assert!(!text.contains('\u{202E}'), "{text}");
        assert!(text.contains("\u{2068}hip ache\u{2069}"), "{text}");
        // Each section heading appears once, at the start of a line.
        for heading in ["Flags", "Symptoms", "Notes"] {
            let own = text.lines().filter(|l| *l == heading).count();
            assert!(own <= 1, "{heading} twice:\n{text}");
        }
        assert!(
            text.contains("\n    Flags\n    - Possible relapse"),
            "{text}"
        );
        assert!(text.contains("\n    Symptoms\n    - all fine"), "{text}");
        assert!(!text.contains('\r'), "{text}");
    }
}
