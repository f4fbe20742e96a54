use leptos::prelude::*;

use super::TopicPage;
use crate::components::stat_visual::StatRow;
use crate::components::symptom_explainer::SymptomExplainer;
use crate::content::Symptom;
use crate::content::symptoms::{living_with_in, symptoms_in};
use crate::nav::use_lang;
use crate::routes::View;

/// The spinal symptoms, then others many people live with (tiredness,
/// heat, sexual problems, low mood), each an explainer that opens.
#[component]
pub fn SymptomsPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <TopicPage view=View::Symptoms>
            <Explainers symptoms=symptoms_in(lang) testid="symptom-list"/>
            <StatRow ids=&["lhermitte"]/>
            <h2>
                {lang.pick(
                    "Other symptoms many people live with",
                    "Otros síntomas que tienen muchas personas",
                )}
            </h2>
            <Explainers symptoms=living_with_in(lang) testid="living-with-list"/>
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
