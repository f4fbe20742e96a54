use leptos::prelude::*;

use crate::diary::report::direction_words;
use crate::diary::{Date, Direction, Trend};

// The drawing's units: whole numbers only. A unit is about a pixel on a
// phone, and formatting floats would add several KB to the diary's
// WebAssembly.
const WIDTH: i32 = 300;
const HEIGHT: i32 = 120;
const LEFT: i32 = 22;
const TOP: i32 = 8;

/// The report's words for a direction, with a capital first letter.
fn direction_heading(direction: Direction) -> String {
    let words = direction_words(direction);
    let mut letters = words.chars();
    letters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(letters).collect()
    })
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
    let words = direction_heading(trend.direction);
    let label = format!(
        "{name}: {recorded} days recorded in the last {window_days} days. {words}."
    );
    let rows = trend
        .points
        .iter()
        .rev()
        .map(|(d, s)| view! { <tr><td>{d.to_string()}</td><td>{*s}</td></tr> })
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
                <text class="axis" x=LEFT y=HEIGHT + 16>{first.to_string()}</text>
                <text class="axis" x=WIDTH y=HEIGHT + 16 text-anchor="end">
                    {first.add_days(window_days as i32 - 1).to_string()}
                </text>
                <polyline class="trend-line" points=line/>
                {dots}
            </svg>
            <details class="trend-table">
                <summary>"Show as a table"</summary>
                <table>
                    <caption>{format!("{name}, severity by day (0 to 10)")}</caption>
                    <thead><tr><th scope="col">"Day"</th><th scope="col">"Severity"</th></tr></thead>
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
    fn days_outside_the_window_stay_on_the_chart() {
        let first = day("2026-11-01");
        assert_eq!(plot(first, 30, day("2026-10-01"), 5).0, LEFT);
        assert_eq!(plot(first, 30, day("2027-01-01"), 5).0, WIDTH);
    }
}
