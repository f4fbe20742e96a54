use leptos::prelude::*;

use crate::content::care::{self, signs_for_symptom};
use crate::content::{CareLevel, Symptom};
use crate::lang::Lang;
use crate::nav::use_lang;

/// One symptom that opens to show what it feels like, what can help and
/// when to get help. A native `<details>`: it works by touch, keyboard
/// and screen reader, and even before the WebAssembly has loaded.
#[component]
pub fn SymptomExplainer(symptom: &'static Symptom) -> impl IntoView {
    let lang = use_lang();
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
                <h3>{lang.pick("What it can feel like", "Cómo se puede sentir")}</h3>
                <p>{symptom.feels_like}</p>
                <h3>{lang.pick("What can help", "Qué puede ayudar")}</h3>
                <p>{symptom.what_helps}</p>
                <h3>{lang.pick("When to get help", "Cuándo pedir ayuda")}</h3>
                // The signs come from the one care table, most urgent
                // first, each with its level; the card adds only calm,
                // routine advice of its own.
                <ul class="sign-list" data-testid="symptom-signs">
                    {signs_for_symptom(symptom.id, lang).map(|sign| view! {
                        <li
                            class=format!("care-{}", sign.level.key())
                            data-sign=sign.id
                        >
                            <span class="care-level">{sign.level.label_in(lang)}</span>
                            " " {sign.text} ". "
                            <a href=action_href(sign.level, lang)>
                                {care::card_in(sign.level, lang).action}
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
pub fn action_href(level: CareLevel, lang: Lang) -> String {
    match care::card_in(level, lang).call {
        Some((_, href)) => href.to_string(),
        None => level.help_href_in(lang),
    }
}
