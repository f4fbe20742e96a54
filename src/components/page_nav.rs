use leptos::prelude::*;

use crate::routes::{View, page_heading};

/// Large "previous" and "next" links at the end of a topic, so the
/// content can be read in order with one thumb.
#[component]
pub fn PageNav(view: View) -> impl IntoView {
    let link =
        |target: Option<View>, rel: &'static str, label: &'static str| {
            target.map(|t| {
                view! {
                    <a class=format!("page-link {rel}") href=t.path() rel=rel>
                        <span class="page-link-label">{label}</span>
                        <span class="page-link-title">{page_heading(t)}</span>
                    </a>
                }
            })
        };
    view! {
        <nav class="page-nav" aria-label="Topics in order">
            {link(view.previous(), "prev", "Previous")}
            {link(view.next(), "next", "Next")}
        </nav>
    }
}
