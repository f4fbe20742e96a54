use leptos::prelude::*;

use crate::content::Symptom;

/// One symptom that opens to show what it feels like, what can help and
/// when to get help. A native `<details>`: it works by touch, keyboard
/// and screen reader, and even before the WebAssembly has loaded.
#[component]
pub fn SymptomExplainer(symptom: &'static Symptom) -> impl IntoView {
    view! {
        <details class="explainer" data-testid=format!("symptom-{}", symptom.id)>
            <summary>
                <span class="explainer-title">
                    {symptom.name}
                    {symptom.medical_term.map(|t| view! {
                        <span class="term">" (" {t} ")"</span>
                    })}
                </span>
            </summary>
            <div class="explainer-body">
                <h3>"What it can feel like"</h3>
                <p>{symptom.feels_like}</p>
                <h3>"What can help"</h3>
                <p>{symptom.what_helps}</p>
                <h3>"When to get help"</h3>
                <p>{symptom.get_help}</p>
            </div>
        </details>
    }
}
