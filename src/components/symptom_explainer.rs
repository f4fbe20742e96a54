use leptos::prelude::*;

use crate::content::care::{self, signs_for_symptom};
use crate::content::{CareLevel, Symptom};

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
                // The signs come from the one care table, most urgent
                // first, each with its level; the card adds only calm,
                // routine advice of its own.
                <ul class="sign-list" data-testid="symptom-signs">
                    {signs_for_symptom(symptom.id).map(|sign| view! {
                        <li
                            class=format!("care-{}", sign.level.key())
                            data-sign=sign.id
                        >
                            <span class="care-level">{sign.level.label()}</span>
                            " " {sign.text} ". "
                            <a href=action_href(sign.level)>
                                {care::card(sign.level).action}
                            </a>
                        </li>
                    }).collect_view()}
                </ul>
                <p>{symptom.get_help}</p>
            </div>
        </details>
    }
}

/// Where a sign's action goes: "Call 911 now" and "Call or text 988 now"
/// dial; the others open their card on Get help.
pub fn action_href(level: CareLevel) -> String {
    match care::card(level).call {
        Some((_, href)) => href.to_string(),
        None => level.help_href(),
    }
}
