use leptos::prelude::*;

use crate::content::Stat;
use crate::content::stats::stats_in;
use crate::lang::Lang;
use crate::nav::use_lang;

/// A proportion drawn as a row of people icons, with its words beside it.
/// The drawing is hidden from screen readers; the words say it all.
#[component]
pub fn StatVisual(stat: &'static Stat) -> impl IntoView {
    let icons = (0..stat.out_of)
        .map(|n| {
            let filled = n < stat.count;
            let x = f32::from(n) * 24.0;
            view! {
                <g class:filled=filled transform=format!("translate({x} 0)")>
                    <circle cx="10" cy="6" r="5"/>
                    <path d="M2 30 v-9 a8 8 0 0 1 16 0 v9 z"/>
                </g>
            }
        })
        .collect_view();
    let width = f32::from(stat.out_of) * 24.0;
    view! {
        <figure class="stat" data-testid=format!("stat-{}", stat.id)>
            <svg
                class="stat-icons"
                viewBox=format!("0 0 {width} 32")
                aria-hidden="true"
                focusable="false"
            >
                {icons}
            </svg>
            <figcaption>{stat.text}</figcaption>
        </figure>
    }
}

/// The stat with this id in a language, if the content has it.
pub fn stat(id: &str, lang: Lang) -> Option<&'static Stat> {
    stats_in(lang).iter().find(|s| s.id == id)
}

/// Renders the stats with these ids, in this order.
#[component]
pub fn StatRow(ids: &'static [&'static str]) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="stats">
            {ids
                .iter()
                .filter_map(|id| stat(id, lang))
                .map(|s| view! { <StatVisual stat=s/> })
                .collect_view()}
        </div>
    }
}
