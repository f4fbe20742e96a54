//! MS & Your Spine: patient education about multiple sclerosis and the
//! spine, with a private symptom diary kept on the visitor's own device.
//!
//! The crate is a library so that native tests and wasm-bindgen tests can
//! reach the same components and data the browser build mounts.

pub mod components;
pub mod content;

use leptos::prelude::*;

use components::site_footer::SiteFooter;
use components::site_header::SiteHeader;

/// The whole app: header, the main reading area and the footer.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader/>
        <main id="main" tabindex="-1" data-testid="main">
            <h1>{content::APP_NAME}</h1>
            <p class="lede">{content::APP_SUMMARY}</p>
        </main>
        <SiteFooter/>
    }
}
