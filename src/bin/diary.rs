//! The diary views' WebAssembly: hydrates the update prompt and the
//! diary island of a pre-rendered diary page (see `islands.rs`). Only
//! the five diary pages load it.

use ms_your_spine::islands::{self, DiaryIsland, DiaryIslandProps, hydrate};
use ms_your_spine::pwa::UpdateIsland;
use ms_your_spine::routes::View;

fn main() {
    console_error_panic_hook::set_once();
    islands::hydrate_each(|name, element| {
        if name == islands::UPDATE {
            hydrate(element, UpdateIsland);
            return true;
        }
        let Some(view) = View::DIARY.into_iter().find(|v| v.slug() == name)
        else {
            return false;
        };
        hydrate(element, move || DiaryIsland(DiaryIslandProps { view }));
        true
    });
}
