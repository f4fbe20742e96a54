//! The reading views' WebAssembly: hydrates the islands of a pre-rendered
//! page (see `islands.rs`). Thin on purpose.

use ms_your_spine::components::listen_control;
use ms_your_spine::components::quiz::{Quiz, QuizProps};
use ms_your_spine::components::spine_map::SpineMap;
use ms_your_spine::content::quiz::QUIZ;
use ms_your_spine::islands::{self, hydrate};
use ms_your_spine::pwa::UpdateIsland;
use ms_your_spine::text_size;

fn main() {
    console_error_panic_hook::set_once();
    islands::start_each(|name, element| {
        match name {
            islands::UPDATE => hydrate(element, UpdateIsland),
            // Plain markup, driven without hydration.
            islands::TEXT_SIZE => text_size::attach(&element),
            // Plain markup, driven without hydration.
            islands::LISTEN => listen_control::attach_within(&element),
            islands::SPINE_MAP => hydrate(element, SpineMap),
            islands::QUIZ => {
                hydrate(element, || Quiz(QuizProps { items: QUIZ }))
            }
            _ => return false,
        }
        true
    });
}
