use leptos::prelude::*;

use crate::components::diary_tabs::DiaryTabs;
use crate::components::save_status::SaveStatus;
use crate::components::trend_chart::TrendChart;
use crate::device;
use crate::diary::trend;
use crate::diary_store::DiaryStore;
use crate::routes::View;

/// The windows a person can choose, in days.
const WINDOWS: [u32; 3] = [30, 90, 365];

/// A chart per symptom over 30, 90 or 365 days, each with a table.
#[component]
pub fn TrendsPage() -> impl IntoView {
    let store = DiaryStore::get();
    let window = RwSignal::new(WINDOWS[0]);
    let today = device::today();
    let charts = move || {
        let days = window.get();
        let first = today.add_days(1 - days as i32);
        store.diary.with(|d| {
            d.symptoms()
                .iter()
                .map(|s| (s.name().to_string(), trend(d, s.id(), today, days)))
                .filter(|(_, t)| !t.points.is_empty())
                .map(|(name, t)| view! {
                    <TrendChart name=name trend=t first=first window_days=days/>
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <article class="diary-page" data-testid="page-trends">
            <h1 tabindex="-1">"Trends"</h1>
            <DiaryTabs current=View::Trends/>
            <SaveStatus/>
            <div class="window-choice" role="group" aria-label="How far back">
                {WINDOWS.into_iter().map(|days| view! {
                    <button type="button" class="button-secondary"
                        aria-pressed=move || (window.get() == days).to_string()
                        data-testid=format!("window-{days}")
                        on:click=move |_| window.set(days)>
                        {format!("{days} days")}
                    </button>
                }).collect_view()}
            </div>
            {move || {
                let charts = charts();
                if charts.is_empty() {
                    view! {
                        <p data-testid="no-trends">
                            "Nothing recorded in this time yet. Scores you save in the "
                            <a href=View::Diary.path()>"Diary"</a>
                            " show here."
                        </p>
                    }.into_any()
                } else {
                    charts.into_iter().collect_view().into_any()
                }
            }}
        </article>
    }
}
