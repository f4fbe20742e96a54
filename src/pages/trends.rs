use leptos::prelude::*;

use crate::components::diary_tabs::DiaryTabs;
use crate::components::save_status::SaveStatus;
use crate::components::trend_chart::TrendChart;
use crate::device;
use crate::diary::trend;
use crate::diary_store::DiaryStore;
use crate::lang::Lang;
use crate::nav::use_lang;
use crate::routes::{View, diary_heading_in, diary_path};

/// The windows a person can choose, in days.
const WINDOWS: [u32; 3] = [30, 90, 365];

/// A window's button: "30 days", "30 días".
fn window_label(days: u32, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{days} days"),
        Lang::Es => format!("{days} días"),
    }
}

/// A chart per symptom over 30, 90 or 365 days, each with a table.
#[component]
pub fn TrendsPage() -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let window = RwSignal::new(WINDOWS[0]);
    let today = device::today();
    let charts = move || {
        let days = window.get();
        let first = today.add_days(1 - days as i32);
        store.diary.with(|d| {
            d.symptoms()
                .iter()
                .map(|s| {
                    (s.name_in(lang).to_string(), trend(d, s.id(), today, days))
                })
                .filter(|(_, t)| !t.points.is_empty())
                .map(|(name, t)| view! {
                    <TrendChart name=name trend=t first=first window_days=days/>
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <article class="diary-page" data-testid="page-trends">
            <h1 tabindex="-1">{diary_heading_in(View::Trends, lang)}</h1>
            <DiaryTabs current=View::Trends/>
            <SaveStatus/>
            <div class="window-choice" role="group" aria-label=lang.pick("How far back", "Cuánto tiempo atrás")>
                {WINDOWS.into_iter().map(|days| view! {
                    <button type="button" class="button-secondary"
                        aria-pressed=move || (window.get() == days).to_string()
                        data-testid=format!("window-{days}")
                        on:click=move |_| window.set(days)>
                        {window_label(days, lang)}
                    </button>
                }).collect_view()}
            </div>
            {move || {
                let charts = charts();
                if charts.is_empty() {
                    view! {
                        <p data-testid="no-trends">
                            {lang.pick(
                                "Nothing recorded in this time yet. Scores you save in the ",
                                "Aún no hay nada anotado en este tiempo. Los puntajes que \
                                 guarde en el ",
                            )}
                            <a href=diary_path(View::Diary, lang)>
                                {diary_heading_in(View::Diary, lang)}
                            </a>
                            {lang.pick(" show here.", " se ven aquí.")}
                        </p>
                    }.into_any()
                } else {
                    charts.into_iter().collect_view().into_any()
                }
            }}
        </article>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_named_in_days_in_both_languages() {
        assert_eq!(window_label(30, Lang::En), "30 days");
        assert_eq!(window_label(365, Lang::Es), "365 días");
    }

    #[test]
    fn the_empty_state_links_to_the_diary_in_its_language() {
        assert_eq!(diary_path(View::Diary, Lang::En), View::Diary.path());
        assert_eq!(diary_heading_in(View::Diary, Lang::En), "Diary");
        assert_eq!(diary_heading_in(View::Trends, Lang::En), "Trends");
        assert_eq!(diary_path(View::Diary, Lang::Es), "/es/diario/");
        assert_eq!(diary_heading_in(View::Diary, Lang::Es), "Diario");
    }
}
