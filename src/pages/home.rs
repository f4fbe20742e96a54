use leptos::prelude::*;

use crate::components::listen_control::PageListen;
use crate::content::{self, topics::TOPICS};
use crate::islands::{self, Island};
use crate::routes::View;

/// The start page: what the app is, a quick way to urgent help, and the
/// list of topics in reading order.
#[component]
pub fn HomePage() -> impl IntoView {
    view! {
        <article class="home" data-testid="page-home">
            <h1 tabindex="-1">{content::APP_NAME}</h1>
            <Island name=islands::LISTEN><PageListen/></Island>
            <p class="lede">{content::APP_SUMMARY}</p>
            <p class="urgent-link">
                <a class="button button-secondary" href=View::GetHelp.path()>
                    "Worried about a symptom? When to get help"
                </a>
            </p>
            <h2 id="topics-heading">"Topics"</h2>
            <ol class="topic-list" aria-labelledby="topics-heading">
                {TOPICS.iter().map(|t| view! {
                    <li>
                        <a class="topic-card" href=format!("/{}/", t.slug)>
                            <span class="topic-card-title">{t.nav_label}</span>
                            <span class="topic-card-summary">{t.summary}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ol>
        </article>
    }
}
