use leptos::prelude::*;

use crate::diary::report::direction_words;
use crate::diary::{Date, Direction, Trend};

const WIDTH: f32 = 300.0;
const HEIGHT: f32 = 120.0;
const LEFT: f32 = 22.0;
const TOP: f32 = 8.0;

/// The report's words for a direction, with a capital first letter.
fn direction_heading(direction: Direction) -> String {
    let words = direction_words(direction);
    let mut letters = words.chars();
    letters.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(letters).collect()
    })
}

/// Where a point sits in the drawing: x by day within the window,
/// y by severity (0 at the bottom, 10 at the top).
pub fn plot(
    first: Date,
    window_days: u32,
    day: Date,
    severity: u8,
) -> (f32, f32) {
    let span = window_days.saturating_sub(1).max(1) as f32;
    let offset = (day.days_since_epoch() - first.days_since_epoch()) as f32;
    let x = LEFT + (offset / span).clamp(0.0, 1.0) * (WIDTH - LEFT);
    let y = TOP + (1.0 - f32::from(severity) / 10.0) * (HEIGHT - TOP);
    (x, y)
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
    let points: Vec<(f32, f32)> = trend
        .points
        .iter()
        .map(|(d, s)| plot(first, window_days, *d, *s))
        .collect();
    let line = points
        .iter()
        .map(|(x, y)| format!("{x:.1},{y:.1}"))
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
            let y = TOP + (1.0 - f32::from(level) / 10.0) * (HEIGHT - TOP);
            view! {
                <line class="grid" x1=LEFT y1=y x2=WIDTH y2=y/>
                <text class="axis" x="0" y=y + 4.0>{level}</text>
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
            <svg class="trend-chart" viewBox=format!("0 0 {WIDTH} {}", HEIGHT + 20.0)
                role="img" aria-label=label>
                {grid}
                <text class="axis" x=LEFT y=HEIGHT + 16.0>{first.to_string()}</text>
                <text class="axis" x=WIDTH y=HEIGHT + 16.0 text-anchor="end">
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
        let (x, _) = plot(first, 30, day("2026-11-15"), 5);
        assert!(x > LEFT && x < WIDTH);
    }

    #[test]
    fn days_outside_the_window_stay_on_the_chart() {
        let first = day("2026-11-01");
        assert_eq!(plot(first, 30, day("2026-10-01"), 5).0, LEFT);
        assert_eq!(plot(first, 30, day("2027-01-01"), 5).0, WIDTH);
    }
}
