use leptos::prelude::*;

use super::TopicPage;
use crate::components::quiz::Quiz;
use crate::content::quiz::quiz_in;
use crate::islands::{self, Island};
use crate::nav::use_lang;
use crate::routes::View;

/// The outlook, then a short quiz to check what was learned.
#[component]
pub fn OutlookPage() -> impl IntoView {
    view! {
        <TopicPage view=View::Outlook>
            <Island name=islands::QUIZ><Quiz items=quiz_in(use_lang())/></Island>
        </TopicPage>
    }
}
