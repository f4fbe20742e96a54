use leptos::prelude::*;

use crate::content::{CareCard, CareLevel};

impl CareLevel {
    /// The word on the card's badge.
    pub const fn label(self) -> &'static str {
        match self {
            CareLevel::Emergency => "Emergency",
            CareLevel::Urgent => "Urgent",
            CareLevel::Routine => "Routine",
        }
    }

    /// A CSS class and test id suffix.
    pub const fn key(self) -> &'static str {
        match self {
            CareLevel::Emergency => "emergency",
            CareLevel::Urgent => "urgent",
            CareLevel::Routine => "routine",
        }
    }
}

/// A care card after the NHS pattern: how urgent, the signs, what to do.
#[component]
pub fn CareCardView(card: &'static CareCard) -> impl IntoView {
    let key = card.level.key();
    let heading_id = format!("care-{key}-heading");
    view! {
        <section
            class=format!("care-card care-{key}")
            aria-labelledby=heading_id.clone()
            data-testid=format!("care-{key}")
        >
            <p class="care-level">{card.level.label()}</p>
            <h2 id=heading_id.clone()>{card.heading}</h2>
            <ul>
                {card.signs.iter().map(|s| view! { <li>{*s}</li> }).collect_view()}
            </ul>
            <p>{card.advice}</p>
            {(card.level == CareLevel::Emergency).then(|| view! {
                <a class="button button-emergency" href="tel:911"
                    data-testid="call-911">
                    "Call 911"
                </a>
            })}
        </section>
    }
}
