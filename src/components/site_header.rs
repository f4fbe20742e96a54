use leptos::prelude::*;

use crate::content;
use crate::islands::{self, Island};
use crate::text_size::TextSizeControl;

/// The top bar with the app's name and the text size buttons.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header" data-testid="site-header">
            <a class="brand" href="/">{content::APP_NAME}</a>
            <Island name=islands::TEXT_SIZE><TextSizeControl/></Island>
        </header>
    }
}
