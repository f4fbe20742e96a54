use leptos::prelude::*;

use crate::routes::View;

/// Shown for an address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <article class="topic" data-testid="page-not-found">
            <h1 tabindex="-1">"Page not found"</h1>
            <p>"We could not find that page. It may have moved."</p>
            <p><a class="button" href=View::Home.path()>"Go to all topics"</a></p>
        </article>
    }
}
