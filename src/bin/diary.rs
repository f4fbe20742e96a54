//! The diary views' WebAssembly: starts the update prompt and the diary
//! island of a pre-rendered diary page (see `islands.rs`). Only the diary
//! pages load it, except the spinal tools' two (`tools.rs`).
//!
//! Built client-side only (feature `csr`), not for hydration: the build
//! can only write a placeholder where the diary goes (its data is in
//! this browser's storage), so the islands are drawn afresh in place of
//! their markup, and the bundle carries none of hydration's code.

use ms_your_spine::islands::{self, DiaryOpen, DiaryOpenProps};

fn main() {
    console_error_panic_hook::set_once();
    islands::start_diary_bundle(|view| DiaryOpen(DiaryOpenProps { view }));
}
