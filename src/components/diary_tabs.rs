use leptos::prelude::*;

use crate::lang::Lang;
use crate::nav::use_lang;
use crate::routes::{View, diary_heading_in, diary_path};

/// A tab's words: the view's heading, or a shorter one where a word of
/// the heading is too long for a tab at the largest text on a small
/// phone ("cronometrada").
fn tab_label(view: View, lang: Lang) -> &'static str {
    match (view, lang) {
        (View::Walk, Lang::Es) => "Caminata",
        _ => diary_heading_in(view, lang),
    }
}

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
                            {tab_label(v, lang)}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_tab_word_fits_a_small_phone_at_the_largest_text() {
        // At 200 % text on a 320 px screen a pill holds about 10
        // characters of one word; a longer word would widen the page.
        for lang in Lang::ALL {
            for view in View::DIARY {
                let label = tab_label(view, lang);
                assert!(!label.is_empty(), "{view:?}");
                for word in label.split_whitespace() {
                    assert!(
                        word.chars().count() <= 10,
                        "{lang:?} {view:?}: {word}"
                    );
                }
            }
        }
        assert_eq!(tab_label(View::Walk, Lang::Es), "Caminata");
        assert_eq!(tab_label(View::Walk, Lang::En), "Timed walk");
    }
}
