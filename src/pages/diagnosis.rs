use leptos::prelude::*;

use super::TopicPage;
use crate::routes::View;

/// How MS is diagnosed.
#[component]
pub fn DiagnosisPage() -> impl IntoView {
    view! { <TopicPage view=View::Diagnosis/> }
}
