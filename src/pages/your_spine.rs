use leptos::prelude::*;

use super::TopicPage;
use crate::components::spine_map::SpineMap;
use crate::components::stat_visual::StatRow;
use crate::islands::{self, Island};
use crate::routes::View;

/// How MS affects the spine, with the spine map and the key figures.
#[component]
pub fn YourSpinePage() -> impl IntoView {
    view! {
        <TopicPage view=View::YourSpine>
            <StatRow ids=&["spinal-lesions", "neck"]/>
            <Island name=islands::SPINE_MAP><SpineMap/></Island>
        </TopicPage>
    }
}
