//! One file per screen. Each page renders its topic from `content` and
//! adds its interactive pieces.

pub mod about;
pub mod diagnosis;
pub mod get_help;
pub mod home;
pub mod not_found;
pub mod outlook;
pub mod symptoms;
pub mod treatment;
pub mod what_is_ms;
pub mod your_spine;

use leptos::prelude::*;

use crate::components::page_nav::PageNav;
use crate::components::topic_body::{NextStep, TopicBody};
use crate::content::{Topic, topics};
use crate::routes::View;

/// The topic for a view. Every routed view except Home has one; the
/// content tests check that.
pub(crate) fn topic_for(view: View) -> Option<&'static Topic> {
    topics::by_slug(view.slug())
}

/// The frame every topic page shares: the topic's text, then the page's
/// own interactive parts, then what to do next and the page links.
#[component]
pub(crate) fn TopicPage(
    view: View,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let Some(topic) = topic_for(view) else {
        return not_found::NotFound().into_any();
    };
    view! {
        <article class="topic" data-testid=format!("page-{}", view.slug())>
            <TopicBody topic=topic/>
            {children.map(|c| c())}
            <NextStep topic=topic/>
        </article>
        <PageNav view=view/>
    }
    .into_any()
}
