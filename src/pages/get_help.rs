use leptos::prelude::*;

use super::TopicPage;
use crate::components::care_card::CareCardView;
use crate::content::care::cards_in;
use crate::nav::use_lang;
use crate::routes::View;

/// When to get help: one card per care level (911, same day, soon,
/// routine, 988), each listing its signs from the one care table.
#[component]
pub fn GetHelpPage() -> impl IntoView {
    view! {
        <TopicPage view=View::GetHelp parts_first=true>
            <div class="care-cards">
                {cards_in(use_lang())
                    .iter()
                    .map(|c| view! { <CareCardView card=c/> })
                    .collect_view()}
            </div>
        </TopicPage>
    }
}
