use leptos::prelude::*;

use super::TopicPage;
use crate::components::stat_visual::StatRow;
use crate::components::symptom_explainer::SymptomExplainer;
use crate::content::symptoms::{LIVING_WITH, SYMPTOMS};
use crate::routes::View;

/// The spinal symptoms, then others many people live with (tiredness,
/// heat, sexual problems, low mood), each an explainer that opens.
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
            <h2>"Other symptoms many people live with"</h2>
            <div class="explainers" data-testid="living-with-list">
                {LIVING_WITH
                    .iter()
                    .map(|s| view! { <SymptomExplainer symptom=s/> })
                    .collect_view()}
            </div>
        </TopicPage>
    }
}
