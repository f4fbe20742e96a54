use leptos::prelude::*;

use crate::content::care::{self, signs_at_in};
use crate::content::{CareCard, CareLevel};
use crate::diary::RelapseFlag;
use crate::nav::use_lang;

/// A care card after the NHS pattern: how urgent, the signs from the one
/// care table, how soon to act, and a call button where there is one.
/// Its id (`care-same-day`, ...) is the anchor the diary's flags link to.
#[component]
pub fn CareCardView(card: &'static CareCard) -> impl IntoView {
    let key = card.level.key();
    let lang = use_lang();
    let heading_id = format!("care-{key}-heading");
    view! {
        <section
            id=format!("care-{key}")
            class=format!("care-card care-{key}")
            aria-labelledby=heading_id.clone()
            data-testid=format!("care-{key}")
        >
            <p class="care-level">{card.level.label_in(lang)}</p>
            <h2 id=heading_id.clone()>{card.heading}</h2>
            <ul>
                {signs_at_in(card.level, lang).map(|s| view! {
                    <li data-testid=format!("sign-{}", s.id)>{s.text}</li>
                }).collect_view()}
            </ul>
            <p class="care-how-soon">
                <strong>{lang.pick("How soon: ", "Cuándo: ")}</strong>{card.how_soon}
            </p>
            <p>{card.advice}</p>
            {card.call.map(|(label, href)| view! {
                <a class=format!("button button-call button-{key}") href=href
                    data-testid=format!("call-{}", href.trim_start_matches("tel:"))>
                    {label}
                </a>
            })}
        </section>
    }
}

/// The card for one level, looked up in the care table.
#[component]
pub fn CareCardFor(level: CareLevel) -> impl IntoView {
    view! { <CareCardView card=care::card_in(level, use_lang())/> }
}

/// A diary flag (possible relapse or pseudo-relapse) shown with its care
/// level: the colour and badge, the headline, the symptom and why, how
/// soon to act, and a link to the matching card on Get help.
#[component]
pub fn FlagCard(flag: RelapseFlag) -> impl IntoView {
    let lang = use_lang();
    let text = flag.kind.text_in(lang);
    let level = text.level;
    let card = care::card_in(level, lang);
    view! {
        <div
            class=format!("flag care-{}", level.key())
            data-testid=format!("flag-{}", level.key())
            data-symptom=flag.symptom_id.clone()
        >
            <p class="care-level">{level.label_in(lang)}</p>
            <p class="flag-headline">{text.headline}</p>
            <p>
                <bdi>{flag.symptom_name.clone()}</bdi>
                ": " {flag.why_with_fever_in(lang)} "."
            </p>
            <p>{text.explain}</p>
            <p><strong>{lang.pick("How soon: ", "Cuándo: ")}</strong>{card.how_soon}</p>
            <p>
                <a href=level.help_href_in(lang) data-testid="flag-help-link">
                    {lang.pick("See when to get help", "Vea cuándo pedir ayuda")}
                </a>
            </p>
        </div>
    }
}
