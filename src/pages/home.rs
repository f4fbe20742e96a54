use leptos::prelude::*;

use crate::components::listen_control::PageListen;
use crate::content::{self, topics::topics_in};
use crate::islands::{self, Island};
use crate::nav::use_lang;
use crate::routes::View;

/// The start page: what the app is, a quick way to urgent help, and the
/// list of topics in reading order.
#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <article class="home" data-testid="page-home">
            <h1 tabindex="-1">{content::app_name(lang)}</h1>
            <Island name=islands::LISTEN><PageListen/></Island>
            <p class="lede">{content::app_summary(lang)}</p>
            <p class="urgent-link">
                <a class="button button-secondary" href=View::GetHelp.path_in(lang)>
                    {lang.pick(
                        "Worried about a symptom? When to get help",
                        "¿Le preocupa un síntoma? Cuándo pedir ayuda",
                    )}
                </a>
            </p>
            <h2 id="topics-heading">{lang.pick("Topics", "Temas")}</h2>
            <ol class="topic-list" aria-labelledby="topics-heading">
                {topics_in(lang).iter().map(|t| view! {
                    <li>
                        <a class="topic-card" href=format!("{}/{}/", lang.prefix(), t.slug)>
                            <span class="topic-card-title">{t.nav_label}</span>
                            <span class="topic-card-summary">{t.summary}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ol>
        </article>
    }
}
