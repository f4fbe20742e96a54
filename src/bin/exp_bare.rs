use ms_your_spine::islands::{self, mount};
use ms_your_spine::pwa::UpdateIsland;
fn main() {
    console_error_panic_hook::set_once();
    islands::start_each(|name, element| {
        if name == islands::UPDATE { mount(element, UpdateIsland); return true; }
        false
    });
}
