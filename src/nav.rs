//! Navigation is plain links between real pages: every view has its own
//! pre-rendered HTML file, so a link works before (and without) the
//! WebAssembly, opens in a new tab, and can be shared. The service worker
//! answers each page from its cache, so moving between views stays quick
//! offline too.

use crate::routes::View;

/// The view this page shows, shared through context (the tab bar marks
/// it as the current page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrentView(pub View);

/// The language of the page being drawn: provided by the page's
/// [`Document`](crate::Document) at build time, and by each island's
/// start from `<html lang>` in the browser. English if none was given.
pub fn use_lang() -> crate::lang::Lang {
    leptos::prelude::use_context::<crate::lang::Lang>().unwrap_or_default()
}
