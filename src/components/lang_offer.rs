//! Remembering the visitor's language, and offering it on a home page.
//!
//! Each page has its own address per language and never redirects. A
//! tap on a language link (the header's switch, or the offer below) saves
//! that language; a home page then offers the saved language when it is
//! not its own, or, before any choice, the browser's language once.

use leptos::prelude::*;

use crate::nav::use_lang;
use crate::routes::View;

/// The offer of the other language, written at the end of a home page
/// and shown only when [`crate::lang::offer`] says so. Its words are in
/// the language it offers, for the reader who wants it. At the end of
/// the page and held above the tab bar, so showing it moves nothing.
#[component]
pub fn LangOffer() -> impl IntoView {
    let other = use_lang().other();
    view! {
        <div
            class="lang-offer"
            lang=other.code()
            role="region"
            aria-label=other.pick("Language", "Idioma")
            data-testid="lang-offer"
            hidden
        >
            <p>{other.pick("Prefer to read in English?", "¿Prefiere leer en español?")}</p>
            <div class="row">
                <a
                    class="button"
                    href=View::Home.path_in(other)
                    hreflang=other.code()
                    data-lang=other.code()
                    data-testid="lang-offer-go"
                >
                    {other.pick("Read in English", "Leer en español")}
                </a>
                <button
                    type="button"
                    class="button-secondary"
                    data-lang-stay=""
                    data-testid="lang-offer-no"
                >
                    {other.pick("No, thanks", "No, gracias")}
                </button>
            </div>
        </div>
    }
}

/// Saves the language of any tapped language link (`data-lang`), and on
/// a home page shows the offer when it applies. Storage refused: the
/// links still work, and nothing is offered or saved.
#[cfg(any(feature = "hydrate", feature = "csr"))]
pub fn attach() {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;

    use crate::lang::{self, Lang};
    use crate::storage::{self, Keys};

    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let page = lang::page_lang();
    let offer_box = document
        .query_selector("[data-testid=lang-offer]")
        .ok()
        .flatten();
    if let Some(offer_box) = &offer_box {
        let stored = storage::read(Keys::Lang);
        let browser: Vec<String> = window
            .navigator()
            .languages()
            .iter()
            .filter_map(|code| code.as_string())
            .collect();
        if let Ok(stored) = stored {
            let wanted = lang::offer(page, stored.as_deref(), &browser);
            if wanted == Some(page.other()) {
                // Offered once by the browser's language: that counts as
                // staying with this page's, unless the offer is taken.
                let chosen = stored.as_deref().and_then(Lang::from_code);
                if chosen.is_none()
                    && storage::write(Keys::Lang, page.code()).is_err()
                {
                    return;
                }
                let _ = offer_box.remove_attribute("hidden");
            }
        }
    }
    let on_click = Closure::<dyn FnMut(web_sys::Event)>::new(
        move |event: web_sys::Event| {
            let Some(target) = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            if let Ok(Some(link)) = target.closest("a[data-lang]") {
                let chosen = link
                    .get_attribute("data-lang")
                    .and_then(|code| Lang::from_code(&code));
                if let Some(chosen) = chosen {
                    let _ = storage::write(Keys::Lang, chosen.code());
                }
            } else if let Ok(Some(_)) = target.closest("[data-lang-stay]") {
                let _ = storage::write(Keys::Lang, page.code());
                if let Some(offer_box) = &offer_box {
                    let _ = offer_box.set_attribute("hidden", "");
                }
                // The button has gone: focus goes to the page, not lost.
                let main = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id("main"))
                    .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(main) = main {
                    let _ = main.focus();
                }
            }
        },
    );
    let _ = document.add_event_listener_with_callback(
        "click",
        on_click.as_ref().unchecked_ref(),
    );
    on_click.forget();
}
