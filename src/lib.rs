//! MS & Your Spine: patient education about multiple sclerosis and the
//! spine, with a private symptom diary kept on the visitor's own device.
//!
//! The crate is a library so that native tests and wasm-bindgen tests can
//! reach the same components and data the browser build mounts.

pub mod components;
pub mod content;
pub mod device;
pub mod diary;
pub mod diary_store;
pub mod nav;
pub mod pages;
pub mod pwa;
pub mod routes;
pub mod storage;

use leptos::prelude::*;

use components::bottom_nav::BottomNav;
use components::site_footer::SiteFooter;
use components::site_header::SiteHeader;
use diary_store::DiaryStore;
use nav::CurrentView;
use pages::{
    about::AboutPage, checklist::ChecklistPage, diagnosis::DiagnosisPage,
    diary::DiaryPage, get_help::GetHelpPage, home::HomePage,
    my_data::MyDataPage, not_found::NotFound, outlook::OutlookPage,
    report::ReportPage, symptoms::SymptomsPage, treatment::TreatmentPage,
    trends::TrendsPage, what_is_ms::WhatIsMsPage, your_spine::YourSpinePage,
};
use routes::View;

/// The whole app for the address in the browser's address bar.
#[component]
pub fn App() -> impl IntoView {
    view! { <AppAt path=nav::current_path()/> }
}

/// The whole app showing the view for `path`: header, the page, the
/// footer and the tab bar. Links then move between views in place.
#[component]
pub fn AppAt(path: String) -> impl IntoView {
    let (view, set_view) = signal(View::from_path(&path));
    provide_context(CurrentView(view));
    provide_context(DiaryStore::load());
    let update_ready = RwSignal::new(false);
    pwa::register(update_ready);
    nav::follow_links(set_view);
    Effect::new(move || {
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(&routes::document_title(view.get()));
        }
    });
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <SiteHeader/>
        <main id="main" tabindex="-1" data-testid="main">
            {move || page(view.get())}
        </main>
        <SiteFooter/>
        <pwa::UpdatePrompt ready=update_ready/>
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
        View::Checklist => ChecklistPage().into_any(),
        View::Diary => DiaryPage().into_any(),
        View::Trends => TrendsPage().into_any(),
        View::Report => ReportPage().into_any(),
        View::MyData => MyDataPage().into_any(),
        View::NotFound => NotFound().into_any(),
    }
}
