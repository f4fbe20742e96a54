//! One file per screen. Each page renders its topic from `content` and
//! adds its interactive pieces.

pub mod about;
pub mod bladder;
pub mod checklist;
pub mod diagnosis;
pub mod diary;
pub mod get_help;
pub mod home;
pub mod my_data;
pub mod not_found;
pub mod outlook;
pub mod report;
pub mod symptoms;
pub mod treatment;
pub mod trends;
pub mod walk;
pub mod what_is_ms;
pub mod your_spine;

use leptos::prelude::*;

use crate::components::listen_control::PageListen;
use crate::components::page_nav::PageNav;
use crate::components::topic_body::{NextStep, PageSources, TopicBody};
use crate::content::{Topic, topics};
use crate::islands::{self, Island};
use crate::lang::Lang;
use crate::nav::use_lang;
use crate::routes::View;

/// The page of one of the diary's views, for the diary's island (the
/// diary store must be in context).
pub fn diary_page(view: View) -> AnyView {
    match view {
        View::Checklist => checklist::ChecklistPage().into_any(),
        View::Diary => diary::DiaryPage().into_any(),
        View::Trends => trends::TrendsPage().into_any(),
        View::Report => report::ReportPage().into_any(),
        View::MyData => my_data::MyDataPage().into_any(),
        // Not a diary view: nothing (the diary's code must not link the
        // reading pages).
        _ => ().into_any(),
    }
}

/// The page of one of the spinal tools, for the tools' own WebAssembly
/// (their code stays out of the diary's).
pub fn tools_page(view: View) -> AnyView {
    match view {
        View::Bladder => bladder::BladderPage().into_any(),
        View::Walk => walk::WalkPage().into_any(),
        _ => ().into_any(),
    }
}

/// The topic for a view in a language. Every routed view except Home
/// has one; the content tests check that.
pub(crate) fn topic_for(view: View, lang: Lang) -> Option<&'static Topic> {
    let slug = crate::routes::info_in(view, lang)?.slug;
    topics::topics_in(lang)
        .iter()
        .find(|topic| topic.slug == slug)
}

/// The frame every topic page shares: the heading, the topic's text and
/// the page's own interactive parts, then what to do next, the page's
/// sources with the review dates, and the page links. `parts_first` puts the interactive parts above the text, for
/// pages where they are what a visitor in a hurry needs.
#[component]
pub(crate) fn TopicPage(
    view: View,
    #[prop(optional)] parts_first: bool,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let Some(topic) = topic_for(view, use_lang()) else {
        return not_found::NotFound().into_any();
    };
    let parts = children.map(|c| c());
    let (before, after) = if parts_first {
        (parts, None)
    } else {
        (None, parts)
    };
    view! {
        <article class="topic" data-testid=format!("page-{}", view.slug())>
            <h1 tabindex="-1">{topic.title}</h1>
            <Island name=islands::LISTEN><PageListen/></Island>
            {before}
            <TopicBody topic=topic/>
            {after}
            <NextStep topic=topic/>
            <PageSources topic=topic/>
        </article>
        <PageNav view=view/>
    }
    .into_any()
}
