use leptos::prelude::*;

use crate::nav::{CurrentView, use_lang};
use crate::routes::View;

/// Where each tab goes, its icon (an SVG path, 24x24) and its label in
/// English and Spanish (short: five share a 320 px screen).
const TABS: [(View, &str, [&str; 2]); 5] = [
    (View::Home, "M4 5h16M4 12h16M4 19h16", ["Topics", "Temas"]),
    (
        View::YourSpine,
        "M12 2v20M8 5h8M7 10h10M7 15h10M8 20h8",
        ["Spine", "Columna"],
    ),
    (
        View::Symptoms,
        "M4 13h4l2-6 4 12 2-6h4",
        ["Symptoms", "Síntomas"],
    ),
    (
        View::Checklist,
        "M6 3h12v18H6zM9 8h6M9 12h6M9 16h4",
        ["My diary", "Mi diario"],
    ),
    (View::GetHelp, "M12 3v12M12 19v2", ["Get help", "Ayuda"]),
];

/// The tab bar at the bottom of the screen, in reach of a thumb.
#[component]
pub fn BottomNav() -> impl IntoView {
    let current = use_context::<CurrentView>().map(|c| c.0);
    let lang = use_lang();
    let tabs = TABS
        .into_iter()
        .map(|(target, icon, [en, es])| {
            let label = lang.pick(en, es);
            // The diary tab stays lit on every diary view.
            let here = current.is_some_and(|now| {
                now == target || (target.is_diary() && now.is_diary())
            });
            view! {
                <li>
                    <a
                        href=target.path_in(lang)
                        aria-current=here.then_some("page")
                        data-testid=format!("tab-{}", target.slug().trim_matches('-'))
                    >
                        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                            <path d=icon/>
                        </svg>
                        <span>{label}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="bottom-nav" aria-label=lang.pick("Main", "Principal")>
            <ul>{tabs}</ul>
        </nav>
    }
}
