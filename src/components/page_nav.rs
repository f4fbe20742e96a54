use leptos::prelude::*;

use crate::nav::use_lang;
use crate::routes::{View, heading_in};

/// Large "previous" and "next" links at the end of a topic, so the
/// content can be read in order with one thumb.
#[component]
pub fn PageNav(view: View) -> impl IntoView {
    let lang = use_lang();
    let link = |target: Option<View>,
                rel: &'static str,
                label: &'static str| {
        target.map(|t| {
                view! {
                    <a class=format!("page-link {rel}") href=t.path_in(lang) rel=rel>
                        <span class="page-link-label">{label}</span>
                        <span class="page-link-title">{heading_in(t, lang)}</span>
                    </a>
                }
            })
    };
    view! {
        <nav class="page-nav" aria-label=lang.pick("Topics in order", "Temas en orden")>
            {link(view.previous(), "prev", lang.pick("Previous", "Anterior"))}
            {link(view.next(), "next", lang.pick("Next", "Siguiente"))}
        </nav>
    }
}
