//! Islands: the only parts of a pre-rendered page that run code.
//!
//! The build renders every page natively (see `src/bin/prerender/`), so
//! the text is in the HTML before any WebAssembly arrives. Most of it
//! never changes, so it needs no code at all. The few parts that respond
//! to the visitor sit inside an [`Island`]: a `<div data-island=name>`
//! whose contents the browser build hydrates in place, attaching events
//! and signals to the markup that is already there instead of drawing it
//! again. Each browser bin hydrates only the islands it knows, so the
//! reading pages never download the diary's code.

use leptos::prelude::*;

use crate::diary_store::DiaryStore;
use crate::routes::{self, View};

/// The "new version ready" prompt, on every page.
pub const UPDATE: &str = "update";
/// The tappable spine on "Your spine".
pub const SPINE_MAP: &str = "spine-map";
/// The myth-or-fact quiz on "Outlook".
pub const QUIZ: &str = "quiz";
/// The text size buttons in every page's header.
pub const TEXT_SIZE: &str = "text-size";
/// The Listen control under a reading page's heading.
pub const LISTEN: &str = "listen";

/// The island name of a diary view (its URL slug, as "my-symptoms").
pub fn diary_name(view: View) -> &'static str {
    view.slug()
}

/// The diary view whose island is named `name`, if any.
pub fn diary_view(name: &str) -> Option<View> {
    View::DIARY.into_iter().find(|&v| diary_name(v) == name)
}

/// Marks its children as an island named `name`. The wrapper takes no
/// room of its own (`display: contents`).
#[component]
pub fn Island(name: &'static str, children: Children) -> impl IntoView {
    view! { <div class="island" data-island=name>{children()}</div> }
}

/// A diary view as the build writes it, and all it can show with
/// scripts turned off. Its data lives only in this browser's storage,
/// which the build cannot see, so the page is built with a short note in
/// the tool's place. In the browser the diary's WebAssembly does not
/// hydrate this: it mounts [`DiaryOpen`] in its place (see [`mount`]),
/// so the diary bundle carries no hydration code. The heading and tabs
/// keep their places, and the note reserves the screen below them, so
/// nothing visible moves.
#[component]
pub fn DiaryIsland(view: View) -> impl IntoView {
    let lang = crate::nav::use_lang();
    view! {
        <article class="diary-page diary-opening" data-testid="diary-opening">
            <h1 tabindex="-1">{routes::diary_heading_in(view, lang)}</h1>
            <crate::components::diary_tabs::DiaryTabs current=view/>
            <p class="opening-note">
                {lang.pick(
                    "Your diary is kept only in this browser, on this phone. \
    It opens here in a moment. It needs JavaScript turned on.",
                    "Su diario se guarda solo en este navegador, en este \
    teléfono. Se abre aquí en un momento. Necesita JavaScript activado.",
                )}
            </p>
        </article>
    }
}

/// The diary view itself, with the stored diary loaded.
#[component]
pub fn DiaryOpen(view: View) -> impl IntoView {
    #[cfg(any(feature = "hydrate", feature = "csr"))]
    provide_context(crate::lang::page_lang());
    provide_context(DiaryStore::load());
    crate::pages::diary_page(view)
}

/// A spinal tool's view (bladder diary, timed walk), with the stored
/// diary loaded: as [`DiaryOpen`], for the tools' own WebAssembly.
#[component]
pub fn ToolsOpen(view: View) -> impl IntoView {
    #[cfg(any(feature = "hydrate", feature = "csr"))]
    provide_context(crate::lang::page_lang());
    provide_context(DiaryStore::load());
    crate::pages::tools_page(view)
}

/// Starts every island on the page that `start_one` knows (by hydrating
/// or mounting it); it returns false for names it does not (another
/// bin's islands).
///
/// Each island starts in a task of its own (a zero timeout between
/// them), so the main thread is never held for long at start-up, and
/// `<html data-hydrated>` marks the end for tests and styles.
#[cfg(any(feature = "hydrate", feature = "csr"))]
pub fn start_each(
    start_one: impl Fn(&str, web_sys::HtmlElement) -> bool + 'static,
) {
    use wasm_bindgen::JsCast;
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all("[data-island]").ok());
    let mut islands: Vec<web_sys::HtmlElement> = match found {
        Some(found) => (0..found.length())
            .filter_map(|i| found.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
            .collect(),
        None => Vec::new(),
    };
    // Taken from the end: started in page order.
    islands.reverse();
    start_rest(std::rc::Rc::new(start_one), islands);
}

/// What starts one island by name (false: not this bin's island).
#[cfg(any(feature = "hydrate", feature = "csr"))]
type StartOne = std::rc::Rc<dyn Fn(&str, web_sys::HtmlElement) -> bool>;

#[cfg(any(feature = "hydrate", feature = "csr"))]
fn start_rest(start_one: StartOne, mut rest: Vec<web_sys::HtmlElement>) {
    set_timeout(
        move || {
            let Some(element) = rest.pop() else {
                mark_hydrated();
                return;
            };
            let name = element.get_attribute("data-island").unwrap_or_default();
            start_one(&name, element);
            start_rest(start_one, rest);
        },
        std::time::Duration::ZERO,
    );
}

#[cfg(any(feature = "hydrate", feature = "csr"))]
fn mark_hydrated() {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-hydrated", "");
    }
}

/// Hydrates one island's markup with the component that rendered it.
#[cfg(feature = "hydrate")]
pub fn hydrate<F, N>(element: web_sys::HtmlElement, component: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    leptos::mount::hydrate_from(element, component).forget();
}

/// Replaces one island's markup with the component, drawn client-side:
/// for islands whose build-time markup is only a placeholder (the diary),
/// so their bundle needs no hydration code. The old markup goes and the
/// new is drawn in the same task, so no frame shows an empty island.
#[cfg(feature = "csr")]
pub fn mount<F, N>(element: web_sys::HtmlElement, component: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    element.set_text_content(None);
    leptos::mount::mount_to(element, component).forget();
}

/// Starts a diary bundle (the diary's or the spinal tools'): the header's
/// language switch, the update prompt, the text size, and the page's
/// diary view drawn by `open` (with the report's Listen control). Each
/// bundle passes its own `open`, so each links only its own views.
#[cfg(feature = "csr")]
pub fn start_diary_bundle<N: IntoView + 'static>(open: fn(View) -> N) {
    // The header's language switch: a tap saves the choice.
    crate::components::lang_offer::attach();
    start_each(move |name, element| {
        if name == UPDATE {
            mount(element, crate::pwa::UpdateIsland);
            return true;
        }
        if name == TEXT_SIZE {
            // The build wrote it: driven as it is, not drawn again.
            crate::text_size::attach(&element);
            return true;
        }
        let Some(view) = diary_view(name) else {
            return false;
        };
        mount(element.clone(), move || open(view));
        // The report's Listen control, drawn just now.
        crate::components::listen_control::attach_within(&element);
        true
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_diary_view_is_found_by_its_island_name() {
        for view in View::DIARY {
            assert_eq!(diary_view(diary_name(view)), Some(view));
        }
        assert_eq!(diary_view(SPINE_MAP), None);
        assert_eq!(diary_view(UPDATE), None);
    }
}
