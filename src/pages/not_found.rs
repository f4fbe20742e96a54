use leptos::prelude::*;

use crate::nav::use_lang;
use crate::routes::View;

/// Shown for an address the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    let lang = use_lang();
    view! {
        <article class="topic" data-testid="page-not-found">
            <h1 tabindex="-1">{crate::routes::heading_in(View::NotFound, lang)}</h1>
            <p>
                {lang.pick(
                    "We could not find that page. It may have moved.",
                    "No encontramos esa página. Puede que se haya movido.",
                )}
            </p>
            <p>
                <a class="button" href=View::Home.path_in(lang)>
                    {lang.pick("Go to all topics", "Ver todos los temas")}
                </a>
            </p>
        </article>
    }
}
