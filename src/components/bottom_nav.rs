use leptos::prelude::*;

use crate::nav::CurrentView;
use crate::routes::View;

/// Where each tab goes, its label and its icon (an SVG path, 24x24).
const TABS: [(View, &str, &str); 5] = [
    (View::Home, "Topics", "M4 5h16M4 12h16M4 19h16"),
    (
        View::YourSpine,
        "Spine",
        "M12 2v20M8 5h8M7 10h10M7 15h10M8 20h8",
    ),
    (View::Symptoms, "Symptoms", "M4 13h4l2-6 4 12 2-6h4"),
    (
        View::Checklist,
        "My diary",
        "M6 3h12v18H6zM9 8h6M9 12h6M9 16h4",
    ),
    (View::GetHelp, "Get help", "M12 3v12M12 19v2"),
];

/// The tab bar at the bottom of the screen, in reach of a thumb.
#[component]
pub fn BottomNav() -> impl IntoView {
    let current = use_context::<CurrentView>().map(|c| c.0);
    let tabs = TABS
        .into_iter()
        .map(|(target, label, icon)| {
            // The diary tab stays lit on every diary view.
            let here = current.is_some_and(|now| {
                now == target || (target.is_diary() && now.is_diary())
            });
            view! {
                <li>
                    <a
                        href=target.path()
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
        <nav class="bottom-nav" aria-label="Main">
            <ul>{tabs}</ul>
        </nav>
    }
}
