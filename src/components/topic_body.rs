use leptos::prelude::*;

use crate::content::{Block, Topic};

/// A topic's body text, rendered from content data. (The summary is
/// for the contents list and the meta description, not repeated here.)
#[component]
pub fn TopicBody(topic: &'static Topic) -> impl IntoView {
    view! { <Blocks blocks=topic.body/> }
}

/// Body text blocks: paragraphs, sub-headings, lists and notes.
#[component]
pub fn Blocks(blocks: &'static [Block]) -> impl IntoView {
    blocks
        .iter()
        .map(|block| match *block {
            Block::Para(text) => view! { <p>{text}</p> }.into_any(),
            Block::Heading(text) => view! { <h2>{text}</h2> }.into_any(),
            Block::List(items) => view! {
                <ul>{items.iter().map(|i| view! { <li>{*i}</li> }).collect_view()}</ul>
            }
            .into_any(),
            Block::Note(text) => view! {
                <p class="note">{text}</p>
            }
            .into_any(),
        })
        .collect_view()
}

/// The "what to do next" box that ends every page of advice.
#[component]
pub fn NextStep(topic: &'static Topic) -> impl IntoView {
    view! {
        <aside class="next-step" aria-labelledby="next-step-heading">
            <h2 id="next-step-heading">"What to do next"</h2>
            <p>{topic.next_step}</p>
        </aside>
    }
}
