use leptos::prelude::*;

use crate::diary::report::direction_words_in;
use crate::diary::{Date, Direction, Trend};
use crate::lang::Lang;
use crate::nav::use_lang;

// The drawing's units: whole numbers only. A unit is about a pixel on a
// phone, and formatting floats would add several KB to the diary's
// WebAssembly.
const WIDTH: i32 = 300;
const HEIGHT: i32 = 120;
const LEFT: i32 = 22;
const TOP: i32 = 8;

/// Spanish months, short, for dates where space is tight: "29 nov.".
const MESES_CORTOS: [&str; 12] = [
    "ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.",
    "oct.", "nov.", "dic.",
];

/// The report's words for a direction, with a capital first letter.
fn direction_heading(direction: Direction, lang: Lang) -> String {
    let words = direction_words_in(direction, lang);
    let mut letters = words.chars();
    letters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(letters).collect()
    })
}

/// A day on the chart's axis and in its table: "2026-11-29" in English,
/// "29 nov. 2026" in Spanish (no all-number dates in Spanish).
fn chart_date(day: Date, lang: Lang) -> String {
    match lang {
        Lang::En => day.to_string(),
        Lang::Es => {
            let month = MESES_CORTOS
                .get(day.month().saturating_sub(1) as usize)
                .copied()
                .unwrap_or_default();
            format!("{} {month} {}", day.day(), day.year())
        }
    }
}

/// What the chart says to a screen reader: the symptom, how many days
/// have a score, and which way it went.
fn chart_label(
    name: &str,
    recorded: usize,
    window_days: u32,
    words: &str,
    lang: Lang,
) -> String {
    match lang {
        Lang::En => format!(
            "{name}: {recorded} days recorded in the last {window_days} days. \
             {words}."
        ),
        Lang::Es => {
            let recorded = match recorded {
                1 => "1 día anotado".to_string(),
                n => format!("{n} días anotados"),
            };
            format!(
                "{name}: {recorded} en los últimos {window_days} días. {words}."
            )
        }
    }
}

/// The table's caption.
fn table_caption(name: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{name}, severity by day (0 to 10)"),
        Lang::Es => format!("{name}, intensidad por día (de 0 a 10)"),
    }
}

/// The height of a severity (0 at the bottom, 10 at the top).
fn level_y(severity: u8) -> i32 {
    let above = 10 - i32::from(severity.min(10));
    TOP + (above * (HEIGHT - TOP) + 5) / 10
}

/// Where a point sits in the drawing, to the nearest unit: x by day
/// within the window, y by severity (0 at the bottom, 10 at the top).
pub fn plot(
    first: Date,
    window_days: u32,
    day: Date,
    severity: u8,
) -> (i32, i32) {
    let span = i64::from(window_days.saturating_sub(1).max(1));
    let offset = i64::from(day.days_since_epoch() - first.days_since_epoch())
        .clamp(0, span);
    let width = i64::from(WIDTH - LEFT);
    // Rounded to the nearest unit; offset <= span, so it fits an i32.
    let x = LEFT + ((offset * width + span / 2) / span) as i32;
    (x, level_y(severity))
}

/// One symptom's severity over a window, as a line chart with the same
/// figures in a table beneath it.
#[component]
pub fn TrendChart(
    name: String,
    trend: Trend,
    first: Date,
    window_days: u32,
) -> impl IntoView {
    let lang = use_lang();
    let points: Vec<(i32, i32)> = trend
        .points
        .iter()
        .map(|(d, s)| plot(first, window_days, *d, *s))
        .collect();
    let line = points
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    let recorded = trend.points.len();
    let words = direction_heading(trend.direction, lang);
    let label = chart_label(&name, recorded, window_days, &words, lang);
    let rows = trend
        .points
        .iter()
        .rev()
        .map(|(d, s)| view! { <tr><td>{chart_date(*d, lang)}</td><td>{*s}</td></tr> })
        .collect_view();
    let grid = [0u8, 5, 10]
        .into_iter()
        .map(|level| {
            let y = level_y(level);
            view! {
                <line class="grid" x1=LEFT y1=y x2=WIDTH y2=y/>
                <text class="axis" x="0" y=y + 4>{level}</text>
            }
        })
        .collect_view();
    let dots = points
        .iter()
        .map(|(x, y)| view! { <circle cx=*x cy=*y r="3"/> })
        .collect_view();
    view! {
        <figure class="trend" data-testid="trend">
            <figcaption>
                <strong>{name.clone()}</strong>": " {words}
            </figcaption>
            <svg class="trend-chart" viewBox=format!("0 0 {WIDTH} {}", HEIGHT + 20)
                role="img" aria-label=label>
                {grid}
                <text class="axis" x=LEFT y=HEIGHT + 16>{chart_date(first, lang)}</text>
                <text class="axis" x=WIDTH y=HEIGHT + 16 text-anchor="end">
                    {chart_date(first.add_days(window_days as i32 - 1), lang)}
                </text>
                <polyline class="trend-line" points=line/>
                {dots}
            </svg>
            <details class="trend-table">
                <summary>{lang.pick("Show as a table", "Ver como tabla")}</summary>
                <table>
                    <caption>{table_caption(&name, lang)}</caption>
                    <thead><tr>
                        <th scope="col">{lang.pick("Day", "Día")}</th>
                        <th scope="col">{lang.pick("Severity", "Intensidad")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap_or(Date::MIN)
    }

    #[test]
    fn the_window_spans_the_chart_and_severity_its_height() {
        let first = day("2026-11-01");
        assert_eq!(plot(first, 30, first, 10), (LEFT, TOP));
        let (x, y) = plot(first, 30, day("2026-11-30"), 0);
        assert_eq!((x, y), (WIDTH, HEIGHT));
        let (x, y) = plot(first, 30, day("2026-11-15"), 5);
        assert!(x > LEFT && x < WIDTH);
        // 14 of 29 days across 278 units, rounded; half way up.
        assert_eq!((x, y), (LEFT + 134, TOP + 56));
        assert_eq!(plot(first, 1, first, 0), (LEFT, HEIGHT));
    }

    #[test]
    fn the_chart_speaks_english_and_spanish() {
        let words = direction_heading(Direction::Worse, Lang::En);
        assert_eq!(words, "Getting worse");
        assert_eq!(
            chart_label("Weakness", 12, 30, &words, Lang::En),
            "Weakness: 12 days recorded in the last 30 days. Getting worse."
        );
        let palabras = direction_heading(Direction::Same, Lang::Es);
        assert_eq!(palabras, "Más o menos igual");
        assert_eq!(
            chart_label("Debilidad", 12, 30, &palabras, Lang::Es),
            "Debilidad: 12 días anotados en los últimos 30 días. Más o menos \
             igual."
        );
        assert_eq!(
            chart_label("Debilidad", 1, 90, "Va mejorando", Lang::Es),
            "Debilidad: 1 día anotado en los últimos 90 días. Va mejorando."
        );
        assert_eq!(
            table_caption("Weakness", Lang::En),
            "Weakness, severity by day (0 to 10)"
        );
        assert_eq!(
            table_caption("Debilidad", Lang::Es),
            "Debilidad, intensidad por día (de 0 a 10)"
        );
    }

    #[test]
    fn chart_dates_are_iso_in_english_and_words_in_spanish() {
        assert_eq!(chart_date(day("2026-11-29"), Lang::En), "2026-11-29");
        assert_eq!(chart_date(day("2026-11-29"), Lang::Es), "29 nov. 2026");
        assert_eq!(chart_date(day("2027-01-01"), Lang::Es), "1 ene. 2027");
        assert_eq!(chart_date(day("2026-09-05"), Lang::Es), "5 sept. 2026");
    }

    #[test]
    fn days_outside_the_window_stay_on_the_chart() {
        let first = day("2026-11-01");
        assert_eq!(plot(first, 30, day("2026-10-01"), 5).0, LEFT);
        assert_eq!(plot(first, 30, day("2027-01-01"), 5).0, WIDTH);
    }
}
