use leptos::prelude::*;

use super::TopicPage;
use crate::routes::View;

/// Treatment and living well.
#[component]
pub fn TreatmentPage() -> impl IntoView {
    view! { <TopicPage view=View::Treatment/> }
}
