//! The clinician report: one page that sums up the last weeks, built as
//! plain data so the page, "copy as text" and the tests share it. A
//! report is built in one language (English or US Spanish), whatever the
//! app's: a patient may read Spanish while the neurologist reads English.

use std::collections::BTreeSet;

use super::bladder::{DayTotals, EventKind, UrineSigns};
use super::insight::{Direction, relapse_flags_in, trend};
use super::walk::{Change, WalkTest, change};
use super::{Date, Diary, Onset, Pattern};
use crate::lang::Lang;

/// Most walk tests the report lists (the latest ones).
pub const REPORT_WALKS: usize = 6;

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
    /// (day, severity) for each recorded day in the period, oldest
    /// first, for the small chart beside the numbers.
    pub points: Vec<(Date, u8)>,
}

/// Medicines as noted in the diary's days: the same text on several
/// days is one line, with the first and last day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MedicineLine {
    pub text: String,
    pub first: Date,
    pub last: Date,
    pub days: usize,
}

/// One bladder diary day in the period: its totals, the signs ticked and
/// its entries in order, in words (the chart).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BladderDay {
    pub totals: DayTotals,
    pub signs: UrineSigns,
    /// The day's entries: "07:31 passed urine, medium, had to rush".
    pub day_entries: Vec<String>,
    /// The night's entries, as `day_entries`.
    pub night_entries: Vec<String>,
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
    /// Medicines noted in the period, in the order first noted.
    pub medicines: Vec<MedicineLine>,
    /// Bladder diary days in the period, oldest first.
    pub bladder: Vec<BladderDay>,
    /// The latest timed walks up to the report's last day (at most
    /// [`REPORT_WALKS`]), oldest first.
    pub walks: Vec<WalkTest>,
    /// The person's own change in the average walk time, from their
    /// first test to their latest with the same aid.
    pub walk_change: Option<Change>,
    /// The language of the report's words (names, details, flags and
    /// [`Report::to_text`]). The person's own text stays as typed.
    pub lang: Lang,
}

/// Builds the report for the `days` days up to `today`, in English.
pub fn build_report(diary: &Diary, today: Date, days: u32) -> Report {
    build_report_in(diary, today, days, Lang::En)
}

/// Builds the report for the `days` days up to `today`, in a language.
pub fn build_report_in(
    diary: &Diary,
    today: Date,
    days: u32,
    lang: Lang,
) -> Report {
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
                parts.push(
                    lang.pick("has it now", "lo tiene ahora").to_string(),
                );
            }
            if let Some(v) = s.severity {
                parts.push(match lang {
                    Lang::En => format!("{} out of 10 now", v.get()),
                    Lang::Es => format!("{} de 10 ahora", v.get()),
                });
            }
            if let Some(d) = s.started_on {
                parts.push(match lang {
                    Lang::En => format!("started {}", date_in(d, lang)),
                    Lang::Es => format!("empezó el {}", date_in(d, lang)),
                });
            }
            match s.onset {
                Some(Onset::New) => {
                    parts.push(lang.pick("new", "es nuevo").to_string())
                }
                Some(Onset::Old) => {
                    parts.push(
                        lang.pick("had before", "lo tuvo antes").to_string(),
                    );
                }
                None => {}
            }
            match s.pattern {
                Some(Pattern::Constant) => {
                    parts.push(lang.pick("constant", "constante").to_string());
                }
                Some(Pattern::ComesAndGoes) => {
                    parts.push(
                        lang.pick("comes and goes", "va y viene").to_string(),
                    );
                }
                None => {}
            }
            if !s.body_area.is_empty() {
                parts.push(format!(
                    "{} {}",
                    lang.pick("where:", "dónde:"),
                    isolated(s.body_area.as_str())
                ));
            }
            if parts.is_empty() {
                // Scored on some days, not ticked now: say so, so the
                // column is never blank.
                parts.push(
                    lang.pick(
                        "scored, not ticked now",
                        "con puntaje, no marcado ahora",
                    )
                    .to_string(),
                );
            }
            Some(SymptomLine {
                name: s.name_in(lang).to_string(),
                details: parts.join(", "),
                range,
                days_recorded: scores.len(),
                direction: t.direction,
                note: s.note.as_str().to_string(),
                points: t.points,
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
    let mut medicines: Vec<MedicineLine> = Vec::new();
    for (d, e) in &period {
        let text = e.medicines.as_str().trim();
        if text.is_empty() {
            continue;
        }
        match medicines.iter_mut().find(|m| m.text == text) {
            Some(m) => {
                m.last = *d;
                m.days += 1;
            }
            None => medicines.push(MedicineLine {
                text: text.to_string(),
                first: *d,
                last: *d,
                days: 1,
            }),
        }
    }
    let log = diary.bladder();
    let totals = log.totals();
    // Every diary day of the period with entries or signs, oldest first.
    let bladder_dates: BTreeSet<Date> = totals
        .iter()
        .map(|t| t.date)
        .chain(log.signs.keys().copied())
        .filter(|d| (from..=today).contains(d))
        .collect();
    let bladder = bladder_dates
        .into_iter()
        .map(|date| {
            let totals = totals.iter().find(|t| t.date == date).copied();
            let entries = log.day(date);
            let words = |night: bool| {
                entries
                    .iter()
                    .filter(|(_, _, n)| *n == night)
                    .map(|(_, e, _)| entry_words(e.at.to_hhmm(), e.kind, lang))
                    .collect()
            };
            BladderDay {
                // Only signs ticked: nothing counted.
                totals: totals.unwrap_or(DayTotals {
                    date,
                    day: Default::default(),
                    night: Default::default(),
                }),
                signs: log.signs.get(&date).copied().unwrap_or_default(),
                day_entries: words(false),
                night_entries: words(true),
            }
        })
        .collect();
    let tests: Vec<WalkTest> = diary
        .walk_tests()
        .into_iter()
        .map(|(_, t)| t.clone())
        .filter(|t| t.date <= today)
        .collect();
    let walk_change = change(&tests, true);
    let walks = tests[tests.len().saturating_sub(REPORT_WALKS)..].to_vec();
    Report {
        from,
        to: today,
        symptoms,
        flags: relapse_flags_in(diary, today, lang)
            .iter()
            .map(|f| f.summary_in(lang))
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
        medicines,
        bladder,
        walks,
        walk_change,
        lang,
    }
}

/// A bladder diary entry in the report's words: "07:31 passed urine,
/// medium, had to rush".
fn entry_words(time: String, kind: EventKind, lang: Lang) -> String {
    let details = kind.details_in(lang);
    let what = lower_first(kind.what_in(lang));
    if details.is_empty() {
        format!("{time} {what}")
    } else {
        format!("{time} {what}, {}", lower_first(&details))
    }
}

/// The text with its first letter in lower case ("Coffee" to "coffee";
/// "250 mL" stays as it is). The bladder diary's words and the walk page
/// use it too.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// A day as the report writes it: as US readers do in English, "Nov
/// 28, 2026", and in Spanish "28 de noviembre de 2026" (no all-number
/// dates in either).
pub fn date_in(date: Date, lang: Lang) -> String {
    match lang {
        Lang::En => date.us(),
        Lang::Es => date.words_in(lang),
    }
}

/// Plain words for a direction, in lower case: "getting worse". The
/// report and the trend charts both say it this way.
pub fn direction_words(direction: Direction) -> &'static str {
    direction_words_in(direction, Lang::En)
}

/// Plain words for a direction in a language, in lower case: "getting
/// worse", "va empeorando".
pub const fn direction_words_in(
    direction: Direction,
    lang: Lang,
) -> &'static str {
    match direction {
        Direction::Better => lang.pick("getting better", "va mejorando"),
        Direction::Same => lang.pick("about the same", "más o menos igual"),
        Direction::Worse => lang.pick("getting worse", "va empeorando"),
        Direction::NotEnoughData => lang.pick(
            "not enough days recorded to tell",
            "no hay suficientes días anotados para saberlo",
        ),
    }
}

/// A count of days in English: "1 day", "30 days".
fn days_en(n: usize) -> String {
    if n == 1 {
        "1 day".to_string()
    } else {
        format!("{n} days")
    }
}

/// A count of days in Spanish: "1 día", "30 días".
fn dias(n: usize) -> String {
    if n == 1 {
        "1 día".to_string()
    } else {
        format!("{n} días")
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
    /// A day in the report's language (see [`date_in`]).
    pub fn date(&self, date: Date) -> String {
        date_in(date, self.lang)
    }

    /// The heading: "Visit summary, Oct 30, 2026 to Nov 28, 2026", or
    /// "Resumen para la consulta, del 30 de octubre de 2026 al 28 de
    /// noviembre de 2026".
    pub fn title(&self) -> String {
        match self.lang {
            Lang::En => format!(
                "Visit summary, {} to {}",
                self.date(self.from),
                self.date(self.to)
            ),
            Lang::Es => format!(
                "Resumen para la consulta, del {} al {}",
                self.date(self.from),
                self.date(self.to)
            ),
        }
    }

    /// A medicine's days: "Nov 19, 2026 to Nov 21, 2026 (3 days)", or
    /// one day alone.
    pub fn medicine_days(&self, m: &MedicineLine) -> String {
        let (first, last) = (self.date(m.first), self.date(m.last));
        match (self.lang, m.days) {
            (Lang::En, 1) => format!("{first} (1 day)"),
            (Lang::En, n) => format!("{first} to {last} ({n} days noted)"),
            (Lang::Es, 1) => format!("{first} (1 día)"),
            (Lang::Es, n) => {
                format!("del {first} al {last} ({n} días anotados)")
            }
        }
    }

    /// The signs ticked on a bladder day, in words ("" if none).
    pub fn signs(&self, signs: UrineSigns) -> String {
        let mut out = Vec::new();
        if signs.pain {
            out.push(
                self.lang.pick("pain or burning", "dolor o ardor al orinar"),
            );
        }
        if signs.blood {
            out.push(
                self.lang.pick("blood in the urine", "sangre en la orina"),
            );
        }
        out.join(", ")
    }

    /// A bladder day's counts, day / night: "passed urine 5 / 1, leaks
    /// 1 / 0, had to rush 2 / 0, drinks 4 / 0", then measured amounts
    /// and signs if any.
    pub fn bladder_counts(&self, b: &BladderDay) -> String {
        let (d, n) = (&b.totals.day, &b.totals.night);
        let lang = self.lang;
        let mut parts = vec![
            format!(
                "{} {} / {}",
                lang.pick("passed urine", "orinó"),
                d.urine,
                n.urine
            ),
            format!(
                "{} {} / {}",
                lang.pick("leaks", "escapes"),
                d.leaks,
                n.leaks
            ),
            format!(
                "{} {} / {}",
                lang.pick("had to rush", "con urgencia"),
                d.urgent,
                n.urgent
            ),
            format!(
                "{} {} / {}",
                lang.pick("drinks", "bebidas"),
                d.drinks,
                n.drinks
            ),
        ];
        let whole = b.totals.whole();
        if whole.urine_measured > 0 {
            let n = whole.urine_measured;
            let times = match (lang, n) {
                (Lang::En, 1) => "1 time".to_string(),
                (Lang::En, n) => format!("{n} times"),
                (Lang::Es, 1) => "1 vez".to_string(),
                (Lang::Es, n) => format!("{n} veces"),
            };
            parts.push(format!(
                "{} {} mL ({times})",
                lang.pick("urine measured", "orina medida"),
                whole.urine_ml,
            ));
        }
        if whole.drink_ml > 0 {
            parts.push(format!(
                "{} {} mL",
                lang.pick("drinks measured", "bebidas medidas"),
                whole.drink_ml
            ));
        }
        let signs = self.signs(b.signs);
        if !signs.is_empty() {
            parts.push(format!("{} {signs}", lang.pick("signs:", "señales:")));
        }
        parts.join(", ")
    }

    /// A walk test in a line: its times, aid, who timed it and its note.
    pub fn walk_line(&self, t: &WalkTest) -> String {
        let mut line = format!(
            "{}, {}",
            self.walk_times(t),
            lower_first(t.aid.label_in(self.lang))
        );
        if t.timed_by_other {
            line.push_str(self.lang.pick(
                ", timed by someone else",
                ", cronometrada por otra persona",
            ));
        }
        if !t.note.is_empty() {
            line.push_str(&format!(" ({})", isolated(t.note.as_str())));
        }
        line
    }

    /// The person's own change in the walk, with what phone timing can
    /// tell.
    pub fn walk_change_text(&self) -> String {
        let lang = self.lang;
        let caveat = lang.pick(
            "Timed on a phone; only a change of 20% or more means much.",
            "Medido con un teléfono; solo un cambio del 20% o más dice algo.",
        );
        match self.walk_change {
            Some(c) => format!(
                "{} {}. {caveat}",
                lang.pick("Average time:", "Tiempo promedio:"),
                lower_first(&c.words_in(lang))
            ),
            None => format!(
                "{} {caveat}",
                lang.pick(
                    "Not enough tests to show a change.",
                    "No hay pruebas suficientes para ver un cambio.",
                )
            ),
        }
    }

    /// A walk test's times: "8.4 s, 8.2 s (average 8.3 s)".
    pub fn walk_times(&self, t: &WalkTest) -> String {
        let s = |w: super::walk::WalkTime| format!("{} s", w.seconds_text());
        match t.second {
            Some(second) => format!(
                "{}, {} ({} {})",
                s(t.first),
                s(second),
                self.lang.pick("average", "promedio"),
                s(t.average())
            ),
            None => s(t.first),
        }
    }

    /// A symptom's scores as the report's table shows them: "2 to 6,
    /// average 4, 30 days, getting worse" ("none recorded" without any).
    pub fn scores(&self, line: &SymptomLine) -> String {
        let direction = direction_words_in(line.direction, self.lang);
        match (line.range, self.lang) {
            (Some((lo, avg, hi)), Lang::En) => format!(
                "{lo} to {hi}, average {avg}, {}, {direction}",
                days_en(line.days_recorded)
            ),
            (Some((lo, avg, hi)), Lang::Es) => format!(
                "de {lo} a {hi}, promedio {avg}, {}, {direction}",
                dias(line.days_recorded)
            ),
            (None, lang) => {
                lang.pick("none recorded", "sin puntuación").to_string()
            }
        }
    }

    /// The average sleep, without its label: "average 7 out of 10".
    pub fn sleep(&self) -> Option<String> {
        self.sleep_average.map(|avg| match self.lang {
            Lang::En => format!("average {avg} out of 10"),
            Lang::Es => format!("promedio {avg} de 10"),
        })
    }

    /// The days with a possible infection or fever, in the report's
    /// language, separated by commas.
    pub fn infection_dates(&self) -> String {
        let days: Vec<String> =
            self.infection_days.iter().map(|d| self.date(*d)).collect();
        days.join(", ")
    }

    /// The report as plain text, for copying or sharing, in its language.
    /// Everything the person typed is [`isolated`].
    pub fn to_text(&self) -> String {
        let lang = self.lang;
        let mut out = match lang {
            Lang::En => format!(
                "{}\nFrom the MS & Your Spine app. A record kept by the \
patient; not a diagnosis.\n",
                self.title()
            ),
            Lang::Es => format!(
                "{}\nDe la aplicación La EM y su columna. Lo anotó la \
persona con EM; no es un diagnóstico.\n",
                self.title()
            ),
        };
        if !self.flags.is_empty() {
            out.push_str(lang.pick("\nFlags\n", "\nAvisos\n"));
            for flag in &self.flags {
                out.push_str(&format!("- {flag}\n"));
            }
        }
        out.push_str(lang.pick("\nSymptoms\n", "\nSíntomas\n"));
        if self.symptoms.is_empty() {
            out.push_str(
                lang.pick("- None recorded.\n", "- Ninguno anotado.\n"),
            );
        }
        for s in &self.symptoms {
            out.push_str(&format!("- {}: {}", isolated(&s.name), s.details));
            if let Some((lo, avg, hi)) = s.range {
                let gap = if s.details.is_empty() { "" } else { "; " };
                let direction = direction_words_in(s.direction, lang);
                out.push_str(&match lang {
                    Lang::En => format!(
                        "{gap}scores {lo} to {hi} (average {avg}) on {}, \
{direction}",
                        days_en(s.days_recorded),
                    ),
                    Lang::Es => format!(
                        "{gap}puntuación de {lo} a {hi} (promedio {avg}) en \
{}, {direction}",
                        dias(s.days_recorded),
                    ),
                });
            }
            out.push('\n');
            if !s.note.is_empty() {
                out.push_str(&format!(
                    "  {} {}\n",
                    lang.pick("Note:", "Nota:"),
                    isolated(&s.note)
                ));
            }
        }
        if let Some(sleep) = self.sleep() {
            out.push_str(&format!(
                "\n{} {sleep}\n",
                lang.pick("Sleep:", "Calidad del sueño:")
            ));
        }
        if !self.infection_days.is_empty() {
            out.push_str(&format!(
                "{} {}\n",
                lang.pick(
                    "Possible infection or fever on:",
                    "Días con posible infección o fiebre:"
                ),
                self.infection_dates()
            ));
        }
        if !self.medicines.is_empty() {
            out.push_str(
                lang.pick("\nMedicines noted\n", "\nMedicamentos anotados\n"),
            );
            for m in &self.medicines {
                out.push_str(&format!(
                    "- {}: {}\n",
                    isolated(&m.text),
                    self.medicine_days(m)
                ));
            }
        }
        if !self.bladder.is_empty() {
            out.push_str(lang.pick(
                "\nBladder diary (day / night)\n",
                "\nDiario de vejiga (día / noche)\n",
            ));
            for b in &self.bladder {
                out.push_str(&format!(
                    "- {}: {}\n",
                    self.date(b.totals.date),
                    self.bladder_counts(b)
                ));
                for (label, entries) in [
                    (lang.pick("Day", "Día"), &b.day_entries),
                    (lang.pick("Night", "Noche"), &b.night_entries),
                ] {
                    if !entries.is_empty() {
                        out.push_str(&format!(
                            "  {label}: {}\n",
                            entries.join("; ")
                        ));
                    }
                }
            }
        }
        if !self.walks.is_empty() {
            out.push_str(lang.pick(
                "\nTimed 25-foot walk\n",
                "\nCaminata cronometrada de 25 pies\n",
            ));
            for t in &self.walks {
                out.push_str(&format!(
                    "- {}: {}\n",
                    self.date(t.date),
                    self.walk_line(t)
                ));
            }
            out.push_str(&format!("{}\n", self.walk_change_text()));
        }
        if !self.day_notes.is_empty() {
            out.push_str(lang.pick("\nNotes\n", "\nNotas\n"));
            for (d, note) in &self.day_notes {
                out.push_str(&format!(
                    "- {}: {}\n",
                    self.date(*d),
                    isolated(note)
                ));
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
        assert!(line.details.contains("started Nov 20, 2026"));
        assert_eq!(report.infection_days, [day("2026-11-28")]);
        assert_eq!(report.flags.len(), 1);
        let text = report.to_text();
        // The fever ticked today makes the new numbness a possible
        // pseudo-relapse: checked today, not a relapse.
        assert!(text.contains(
            "Worse with a fever or infection - contact a doctor today. \
             \u{2068}Numbness or tingling\u{2069}: New since Nov 20, 2026 and \
             lasted more than 24 hours, with a fever or infection noted on \
             Nov 28, 2026."
        ));
        assert!(!text.contains("Possible relapse"));
        assert!(text.contains("scores 2 to 6 (average 4) on 30 days"));
        assert!(text.contains("Nov 28, 2026: \u{2068}Fever tonight\u{2069}"));
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

    /// A diary with every part of the report: a symptom with all its
    /// details, a custom one, a worse run of scores, sleep, a fever and
    /// day notes.
    fn full_diary() -> (Diary, Date) {
        let today = day("2026-11-28");
        let mut diary = Diary::new();
        if let Some(s) = diary.symptom_mut("numbness") {
            s.has_now = true;
            s.severity = Score::new(6).ok();
            s.onset = Some(Onset::New);
            s.started_on = Some(day("2026-11-20"));
            s.pattern = Some(Pattern::ComesAndGoes);
            s.body_area = Text::new("both legs").unwrap_or_default();
            s.note = Text::new("worse at night").unwrap_or_default();
        }
        if let Some(s) = diary.symptom_mut("stiffness") {
            s.has_now = true;
            s.onset = Some(Onset::Old);
            s.pattern = Some(Pattern::Constant);
        }
        let id = diary.add_custom_symptom("hip ache").unwrap_or_default();
        for n in 0..30 {
            let mut e = Entry::default();
            if let Ok(v) = Score::new(if n < 15 { 2 } else { 6 }) {
                e.severities.insert("numbness".into(), v);
            }
            e.sleep_quality = Score::new(if n % 2 == 0 { 6 } else { 7 }).ok();
            e.infection_or_fever = n == 27 || n == 29;
            if n == 29 {
                e.note = Text::new("Fever tonight").unwrap_or_default();
                if let Ok(v) = Score::new(3) {
                    e.severities.insert(id.as_str().into(), v);
                }
            }
            if n == 3 {
                e.note = Text::new("Long walk").unwrap_or_default();
            }
            assert!(diary.set_entry(day("2026-10-30").add_days(n), e).is_ok());
        }
        (diary, today)
    }

    #[test]
    fn the_english_report_reads_as_it_always_did() {
        let (diary, today) = full_diary();
        let report = build_report(&diary, today, 30);
        assert_eq!(report, build_report_in(&diary, today, 30, Lang::En));
        assert_eq!(report.lang, Lang::En);
        assert_eq!(
            report.to_text(),
            "Visit summary, Oct 30, 2026 to Nov 28, 2026\n\
             From the MS & Your Spine app. A record kept by the patient; not \
             a diagnosis.\n\
             \n\
             Flags\n\
             - Worse with a fever or infection - contact a doctor today. \
             \u{2068}Numbness or tingling\u{2069}: New since Nov 20, 2026 and \
             lasted more than 24 hours, with a fever or infection noted on \
             Nov 28, 2026.\n\
             \n\
             Symptoms\n\
             - \u{2068}Stiff, tight muscles\u{2069}: has it now, had \
             before, constant\n\
             - \u{2068}Numbness or tingling\u{2069}: has it now, 6 out of 10 \
             now, started Nov 20, 2026, new, comes and goes, where: \
             \u{2068}both legs\u{2069}; scores 2 to 6 (average 4) on 30 days, \
             getting worse\n\
             \x20 Note: \u{2068}worse at night\u{2069}\n\
             - \u{2068}hip ache\u{2069}: scored, not ticked now; scores 3 to 3 \
             (average 3) on 1 \
             day, not enough days recorded to tell\n\
             \n\
             Sleep: average 7 out of 10\n\
             Possible infection or fever on: Nov 26, 2026, Nov 28, 2026\n\
             \n\
             Notes\n\
             - Nov 28, 2026: \u{2068}Fever tonight\u{2069}\n\
             - Nov 2, 2026: \u{2068}Long walk\u{2069}\n"
        );
        let line = &report.symptoms[1];
        assert_eq!(
            report.title(),
            "Visit summary, Oct 30, 2026 to Nov 28, 2026"
        );
        assert_eq!(
            report.scores(line),
            "2 to 6, average 4, 30 days, getting worse"
        );
        assert_eq!(report.scores(&report.symptoms[0]), "none recorded");
        assert_eq!(report.sleep().as_deref(), Some("average 7 out of 10"));
        assert_eq!(report.infection_dates(), "Nov 26, 2026, Nov 28, 2026");
        assert_eq!(report.date(today), "Nov 28, 2026");
    }

    #[test]
    fn the_spanish_report_has_spanish_words_dates_and_flags() {
        let (diary, today) = full_diary();
        let report = build_report_in(&diary, today, 30, Lang::Es);
        assert_eq!(report.lang, Lang::Es);
        // The same facts as the English: only the words change.
        let english = build_report(&diary, today, 30);
        assert_eq!(report.from, english.from);
        assert_eq!(report.symptoms.len(), english.symptoms.len());
        assert_eq!(report.infection_days, english.infection_days);
        assert_eq!(report.day_notes, english.day_notes);
        // The flag: the diary's own Spanish flag words (see
        // `RelapseFlag::summary_in`), with the Spanish symptom name.
        let flags =
            crate::diary::insight::relapse_flags_in(&diary, today, Lang::Es);
        assert_eq!(flags.len(), 1);
        let flag = flags[0].summary_in(Lang::Es);
        assert_eq!(report.flags, std::slice::from_ref(&flag));
        assert!(flag.starts_with(
            "Peor con fiebre o infección: comuníquese con un médico hoy. \
             \u{2068}Adormecimiento u hormigueo\u{2069}: "
        ));
        assert!(flag.contains("20 de noviembre de 2026"), "{flag}");
        assert!(flag.contains("28 de noviembre de 2026"), "{flag}");
        assert_eq!(
            report.to_text(),
            format!(
                "Resumen para la consulta, del 30 de octubre de 2026 al 28 de \
                 noviembre de 2026\n\
                 De la aplicación La EM y su columna. Lo anotó la persona con \
                 EM; no es un diagnóstico.\n\
                 \n\
                 Avisos\n\
                 - {flag}\n\
                 \n\
                 Síntomas\n\
                 - \u{2068}Músculos tiesos o rígidos\u{2069}: lo tiene ahora, lo \
                 tuvo antes, constante\n\
                 - \u{2068}Adormecimiento u hormigueo\u{2069}: lo tiene ahora, 6 \
                 de 10 ahora, empezó el 20 de noviembre de 2026, es nuevo, va y \
                 viene, dónde: \u{2068}both legs\u{2069}; puntuación de 2 a 6 \
                 (promedio 4) en 30 días, va empeorando\n\
                 \x20 Nota: \u{2068}worse at night\u{2069}\n\
                 - \u{2068}hip ache\u{2069}: con puntaje, no marcado ahora; \
                 puntuación de 3 a 3 (promedio 3) en 1 día, no hay suficientes días anotados para saberlo\n\
                 \n\
                 Calidad del sueño: promedio 7 de 10\n\
                 Días con posible infección o fiebre: 26 de noviembre de 2026, \
                 28 de noviembre de 2026\n\
                 \n\
                 Notas\n\
                 - 28 de noviembre de 2026: \u{2068}Fever tonight\u{2069}\n\
                 - 2 de noviembre de 2026: \u{2068}Long walk\u{2069}\n"
            )
        );
        assert_eq!(
            report.title(),
            "Resumen para la consulta, del 30 de octubre de 2026 al 28 de \
             noviembre de 2026"
        );
        assert_eq!(
            report.scores(&report.symptoms[1]),
            "de 2 a 6, promedio 4, 30 días, va empeorando"
        );
        assert_eq!(
            report.scores(&report.symptoms[2]),
            "de 3 a 3, promedio 3, 1 día, no hay suficientes días anotados \
             para saberlo"
        );
        assert_eq!(report.scores(&report.symptoms[0]), "sin puntuación");
        assert_eq!(report.sleep().as_deref(), Some("promedio 7 de 10"));
        assert_eq!(report.date(today), "28 de noviembre de 2026");
        // The glossary: EM, never MS; no all-number dates.
        let text = report.to_text();
        assert!(!text.contains("MS"), "{text}");
        assert!(!text.contains("2026-"), "{text}");
        assert!(!text.to_lowercase().contains("diagnosticad"), "{text}");
    }

    #[test]
    fn an_empty_spanish_report_says_so() {
        let report =
            build_report_in(&Diary::new(), day("2026-11-28"), 90, Lang::Es);
        let text = report.to_text();
        assert!(text.contains("\nSíntomas\n- Ninguno anotado.\n"), "{text}");
        assert!(text.starts_with(
            "Resumen para la consulta, del 31 de agosto de 2026 al 28 de \
             noviembre de 2026\n"
        ));
        assert!(!text.contains("Avisos"), "{text}");
        assert!(!text.contains("Notas"), "{text}");
    }

    #[test]
    fn directions_have_words_in_both_languages() {
        let all = [
            Direction::Better,
            Direction::Same,
            Direction::Worse,
            Direction::NotEnoughData,
        ];
        let english = all.map(direction_words);
        assert_eq!(
            english,
            [
                "getting better",
                "about the same",
                "getting worse",
                "not enough days recorded to tell"
            ]
        );
        assert_eq!(all.map(|d| direction_words_in(d, Lang::En)), english);
        assert_eq!(
            all.map(|d| direction_words_in(d, Lang::Es)),
            [
                "va mejorando",
                "más o menos igual",
                "va empeorando",
                "no hay suficientes días anotados para saberlo"
            ]
        );
    }

    #[test]
    fn spanish_text_cannot_fake_a_section_either() {
        let today = day("2026-11-28");
        let mut diary = Diary::new();
        let id = diary
            .add_custom_symptom("\u{202E}dolor")
            .unwrap_or_default();
        if let Some(s) = diary.symptom_mut(&id) {
            s.has_now = true;
            s.note = Text::new("x\nAvisos\n- nada").unwrap_or_default();
        }
        let e = Entry {
            note: Text::new("uno\nSíntomas\nNotas").unwrap_or_default(),
            ..Entry::default()
        };
        assert!(diary.set_entry(today, e).is_ok());
        let text = build_report_in(&diary, today, 30, Lang::Es).to_text();
        assert!(!text.contains('\u{202E}'), "{text}");
        // A custom name stays as typed.
        assert!(text.contains("\u{2068}dolor\u{2069}: lo tiene ahora"));
        for heading in ["Avisos", "Síntomas", "Notas"] {
            let own = text.lines().filter(|l| *l == heading).count();
            assert!(own <= 1, "{heading} twice:\n{text}");
        }
    }
}
