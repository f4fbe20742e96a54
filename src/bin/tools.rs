//! The spinal tools' WebAssembly: as the diary's (`diary.rs`), for the
//! Bladder and Walk pages only, which load it instead of the diary's.
//!
//! Built client-side only (feature `csr`), not for hydration: the build
//! can only write a placeholder where the diary goes (its data is in
//! this browser's storage), so the islands are drawn afresh in place of
//! their markup, and the bundle carries none of hydration's code.

use ms_your_spine::islands::{self, ToolsOpen, ToolsOpenProps};

fn main() {
    console_error_panic_hook::set_once();
    islands::start_diary_bundle(|view| ToolsOpen(ToolsOpenProps { view }));
}
