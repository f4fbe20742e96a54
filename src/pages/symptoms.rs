use leptos::prelude::*;

use super::TopicPage;
use crate::components::stat_visual::StatRow;
use crate::components::symptom_explainer::SymptomExplainer;
use crate::content::symptoms::SYMPTOMS;
use crate::routes::View;

/// The spinal symptoms, each an explainer that opens.
#[component]
pub fn SymptomsPage() -> impl IntoView {
    view! {
        <TopicPage view=View::Symptoms>
            <div class="explainers" data-testid="symptom-list">
                {SYMPTOMS
                    .iter()
                    .map(|s| view! { <SymptomExplainer symptom=s/> })
                    .collect_view()}
            </div>
            <StatRow ids=&["lhermitte"]/>
        </TopicPage>
    }
}
