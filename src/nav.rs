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
