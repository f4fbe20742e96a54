//! Client-side navigation between the app's real URLs. The only code that
//! touches `history` and `location`; components read the current view
//! from context and render plain `<a href>` links.
//!
//! Links stay ordinary links, so they work before the WebAssembly starts,
//! open in a new tab, and can be shared. Once the app runs, a click on a
//! link inside the app swaps the view without reloading the page.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::routes::View;

/// The view on screen, shared through context.
#[derive(Debug, Clone, Copy)]
pub struct CurrentView(pub ReadSignal<View>);

/// The path in the address bar ("/" when there is no browser window).
pub fn current_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_string())
}

/// Starts following link clicks and the back and forward buttons. Call
/// once, from the App.
pub fn follow_links(set_view: WriteSignal<View>) {
    if web_sys::window().is_none() {
        return;
    }
    let back_forward = window_event_listener(ev::popstate, move |_| {
        set_view.set(View::from_path(&current_path()));
    });
    let clicks = window_event_listener(ev::click, move |event| {
        let Some(path) = in_app_link(&event) else {
            return;
        };
        event.prevent_default();
        let Some(window) = web_sys::window() else {
            return;
        };
        if path != current_path() {
            // If history refuses (rare: sandboxed frames), fall back to
            // a normal page load, which always works.
            let pushed = window.history().and_then(|h| {
                h.push_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&path),
                )
            });
            if pushed.is_err() {
                let _ = window.location().set_href(&path);
                return;
            }
        }
        set_view.set(View::from_path(&path));
        after_navigation();
    });
    on_cleanup(move || {
        back_forward.remove();
        clicks.remove();
    });
}

/// The path to show if this click is on a link to another view of the
/// app that the browser would open in this tab; `None` leaves the click
/// to the browser (new tab, download, another site, a `#fragment` on
/// this page, `tel:` links, ...).
fn in_app_link(event: &web_sys::MouseEvent) -> Option<String> {
    if event.default_prevented()
        || event.button() != 0
        || event.meta_key()
        || event.ctrl_key()
        || event.shift_key()
        || event.alt_key()
    {
        return None;
    }
    let target: web_sys::Element = event.target()?.dyn_into().ok()?;
    let link: web_sys::HtmlAnchorElement =
        target.closest("a[href]").ok()??.dyn_into().ok()?;
    if link.has_attribute("download")
        || !matches!(link.target().as_str(), "" | "_self")
    {
        return None;
    }
    let location = web_sys::window()?.location();
    if link.origin() != location.origin().ok()? {
        return None;
    }
    let path = link.pathname();
    let same_page = path == location.pathname().ok()?;
    if same_page && !link.hash().is_empty() {
        return None;
    }
    Some(path)
}

/// After a view change: start at the top and put keyboard and screen
/// reader focus on the new page's heading, so the change is announced.
fn after_navigation() {
    request_animation_frame(|| {
        let Some(window) = web_sys::window() else {
            return;
        };
        window.scroll_to_with_x_and_y(0.0, 0.0);
        let heading = window
            .document()
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
}
