//! The reading views' WebAssembly: hydrates the islands of a pre-rendered
//! page (see `islands.rs`). Thin on purpose.

use leptos::prelude::provide_context;
use ms_your_spine::components::listen_control;
use ms_your_spine::components::quiz::{Quiz, QuizProps};
use ms_your_spine::components::spine_map::SpineMap;
use ms_your_spine::content::quiz::quiz_in;
use ms_your_spine::islands::{self, hydrate};
use ms_your_spine::lang::page_lang;
use ms_your_spine::pwa::UpdateIsland;
use ms_your_spine::text_size;

fn main() {
    console_error_panic_hook::set_once();
    // Each hydrated island draws in the page's language, as the build
    // did.
    let lang = page_lang();
    ms_your_spine::components::lang_offer::attach();
    islands::start_each(move |name, element| {
        match name {
            islands::UPDATE => hydrate(element, move || {
                provide_context(lang);
                UpdateIsland()
            }),
            // Plain markup, driven without hydration.
            islands::TEXT_SIZE => text_size::attach(&element),
            // Plain markup, driven without hydration.
            islands::LISTEN => listen_control::attach_within(&element),
            islands::SPINE_MAP => hydrate(element, move || {
                provide_context(lang);
                SpineMap()
            }),
            islands::QUIZ => hydrate(element, move || {
                provide_context(lang);
                Quiz(QuizProps {
                    items: quiz_in(lang),
                })
            }),
            _ => return false,
        }
        true
    });
}
