//! The diary views' WebAssembly: hydrates the update prompt and the
//! diary island of a pre-rendered diary page (see `islands.rs`). Only
//! the five diary pages load it.

use ms_your_spine::islands::{self, DiaryIsland, DiaryIslandProps, hydrate};
use ms_your_spine::pwa::UpdateIsland;

fn main() {
    console_error_panic_hook::set_once();
    islands::hydrate_each(|name, element| {
        if name == islands::UPDATE {
            hydrate(element, UpdateIsland);
            return true;
        }
        let Some(view) = islands::diary_view(name) else {
            return false;
        };
        hydrate(element, move || DiaryIsland(DiaryIslandProps { view }));
        true
    });
}
