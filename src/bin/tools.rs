//! The spinal tools' WebAssembly: as the diary's (`diary.rs`), for the
//! Bladder and Walk pages only, which load it instead of the diary's.
//!
//! Built client-side only (feature `csr`), not for hydration: the build
//! can only write a placeholder where the diary goes (its data is in
//! this browser's storage), so the islands are drawn afresh in place of
//! their markup, and the bundle carries none of hydration's code.

use ms_your_spine::components::listen_control;
use ms_your_spine::islands::{self, ToolsOpen, ToolsOpenProps, mount};
use ms_your_spine::pwa::UpdateIsland;
use ms_your_spine::text_size;

fn main() {
    console_error_panic_hook::set_once();
    // The header's language switch: a tap saves the choice.
    ms_your_spine::components::lang_offer::attach();
    islands::start_each(|name, element| {
        if name == islands::UPDATE {
            mount(element, UpdateIsland);
            return true;
        }
        if name == islands::TEXT_SIZE {
            // The build wrote it: driven as it is, not drawn again.
            text_size::attach(&element);
            return true;
        }
        let Some(view) = islands::diary_view(name) else {
            return false;
        };
        mount(element.clone(), move || ToolsOpen(ToolsOpenProps { view }));
        // The report's Listen control, drawn just now.
        listen_control::attach_within(&element);
        true
    });
}
