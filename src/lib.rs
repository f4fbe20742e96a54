//! MS & Your Spine: patient education about multiple sclerosis and the
//! spine, with a private symptom diary kept on the visitor's own device.
//!
//! The crate is a library so that native tests and wasm-bindgen tests can
//! reach the same components and data the browser build mounts.

#![recursion_limit = "256"]

pub mod components;
pub mod content;
pub mod device;
pub mod diary;
pub mod diary_store;
pub mod islands;
pub mod lang;
pub mod listen;
pub mod nav;
pub mod pages;
pub mod pwa;
pub mod routes;
pub mod storage;
pub mod text_size;

use leptos::prelude::*;

use components::bottom_nav::BottomNav;
use components::site_footer::SiteFooter;
use components::site_header::SiteHeader;
use islands::{DiaryIsland, Island};
use nav::CurrentView;
use pages::{
    about::AboutPage, diagnosis::DiagnosisPage, get_help::GetHelpPage,
    home::HomePage, not_found::NotFound, outlook::OutlookPage,
    symptoms::SymptomsPage, treatment::TreatmentPage, what_is_ms::WhatIsMsPage,
    your_spine::YourSpinePage,
};
use routes::View;

/// One view's whole page: header, the page and the footer in one
/// scrolling box, and the tab bar below it.
/// The build renders this natively into each view's HTML file; in the
/// browser only its islands (see [`islands`]) come alive, so the text is
/// there before any WebAssembly loads, and even with scripts turned off.
#[component]
pub fn Document(
    view: View,
    /// The page's language (English when not given).
    #[prop(optional)]
    lang: lang::Lang,
) -> impl IntoView {
    provide_context(CurrentView(view));
    provide_context(lang);
    view! {
        <a class="skip-link" href="#main">
            {lang.pick("Skip to content", "Ir al contenido")}
        </a>
        // The page scrolls in its own box above the tab bar, so the bar
        // never covers a control (see `.page-scroll` in the stylesheet).
        <div class="page-scroll" tabindex="-1" data-testid="page-scroll">
            <SiteHeader/>
            <main id="main" tabindex="-1" data-testid="main">{page(view)}</main>
            <SiteFooter/>
            <Island name=islands::UPDATE><pwa::UpdateIsland/></Island>
            {(view == View::Home).then(components::lang_offer::LangOffer)}
        </div>
        <BottomNav/>
    }
}

/// The page component for a view.
fn page(view: View) -> AnyView {
    match view {
        View::Home => HomePage().into_any(),
        View::WhatIsMs => WhatIsMsPage().into_any(),
        View::YourSpine => YourSpinePage().into_any(),
        View::Symptoms => SymptomsPage().into_any(),
        View::Treatment => TreatmentPage().into_any(),
        View::Diagnosis => DiagnosisPage().into_any(),
        View::GetHelp => GetHelpPage().into_any(),
        View::Outlook => OutlookPage().into_any(),
        View::About => AboutPage().into_any(),
        View::Checklist
        | View::Diary
        | View::Trends
        | View::Bladder
        | View::Walk
        | View::Report
        | View::MyData => view! {
            <Island name=islands::diary_name(view)><DiaryIsland view=view/></Island>
        }
        .into_any(),
        View::NotFound => NotFound().into_any(),
    }
}
