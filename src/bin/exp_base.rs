use leptos::prelude::*;
use ms_your_spine::islands::{self, mount};
use ms_your_spine::pwa::UpdateIsland;
fn main() {
    console_error_panic_hook::set_once();
    islands::start_each(|name, element| {
        if name == islands::UPDATE { mount(element, UpdateIsland); return true; }
        if islands::diary_view(name).is_none() { return false; }
        mount(element, move || { let s = ms_your_spine::diary_store::DiaryStore::load(); provide_context(s); view!{<p>{move || s.diary.with(|d| d.symptoms().len())}</p>} });
        true
    });
}
