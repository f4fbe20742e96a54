use leptos::prelude::*;

use crate::nav::use_lang;
use crate::routes::{View, diary_heading_in, diary_path};

/// The diary's own tabs: checklist, diary, trends, report, my data.
#[component]
pub fn DiaryTabs(current: View) -> impl IntoView {
    let lang = use_lang();
    view! {
        <nav class="diary-tabs" aria-label=lang.pick("My diary", "Mi diario")>
            <ul>
                {View::DIARY.into_iter().map(|v| view! {
                    <li>
                        <a
                            href=diary_path(v, lang)
                            aria-current=(v == current).then_some("page")
                        >
                            {diary_heading_in(v, lang)}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}
