use leptos::prelude::*;

use super::TopicPage;
use crate::routes::View;

/// What MS is: the immune system, myelin, inflammation and lesions.
#[component]
pub fn WhatIsMsPage() -> impl IntoView {
    view! { <TopicPage view=View::WhatIsMs/> }
}
