use leptos::prelude::*;

use super::TopicPage;
use crate::components::care_card::CareCardView;
use crate::content::care::CARE_CARDS;
use crate::routes::View;

/// When to get help: the emergency, urgent and routine care cards.
#[component]
pub fn GetHelpPage() -> impl IntoView {
    view! {
        <TopicPage view=View::GetHelp parts_first=true>
            <div class="care-cards">
                {CARE_CARDS
                    .iter()
                    .map(|c| view! { <CareCardView card=c/> })
                    .collect_view()}
            </div>
        </TopicPage>
    }
}
