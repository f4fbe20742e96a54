use leptos::prelude::*;

use crate::content;

/// The top bar with the app's name.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header" data-testid="site-header">
            <a class="brand" href="/">{content::APP_NAME}</a>
        </header>
    }
}
