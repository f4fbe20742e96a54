use leptos::prelude::*;

use super::TopicPage;
use crate::components::stat_visual::StatRow;
use crate::components::symptom_explainer::SymptomExplainer;
use crate::content::Symptom;
use crate::content::symptoms::{LIVING_WITH, SYMPTOMS};
use crate::routes::View;

/// The spinal symptoms, then others many people live with (tiredness,
/// heat, sexual problems, low mood), each an explainer that opens.
#[component]
pub fn SymptomsPage() -> impl IntoView {
    view! {
        <TopicPage view=View::Symptoms>
            <Explainers symptoms=SYMPTOMS testid="symptom-list"/>
            <StatRow ids=&["lhermitte"]/>
            <h2>"Other symptoms many people live with"</h2>
            <Explainers symptoms=LIVING_WITH testid="living-with-list"/>
        </TopicPage>
    }
}

/// A list of symptom explainers.
#[component]
fn Explainers(
    symptoms: &'static [Symptom],
    testid: &'static str,
) -> impl IntoView {
    view! {
        <div class="explainers" data-testid=testid>
            {symptoms
                .iter()
                .map(|s| view! { <SymptomExplainer symptom=s/> })
                .collect_view()}
        </div>
    }
}
