use leptos::prelude::*;

use crate::routes::{View, diary_heading};

/// The diary's own tabs: checklist, diary, trends, report, my data.
#[component]
pub fn DiaryTabs(current: View) -> impl IntoView {
    view! {
        <nav class="diary-tabs" aria-label="My diary">
            <ul>
                {View::DIARY.into_iter().map(|v| view! {
                    <li>
                        <a
                            href=v.path()
                            aria-current=(v == current).then_some("page")
                        >
                            {diary_heading(v)}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}
