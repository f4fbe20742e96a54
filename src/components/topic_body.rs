use leptos::prelude::*;

use crate::components::listen_control::ListenHere;
use crate::content::{Block, Source, Topic, review, sources};
use crate::lang::Lang;
use crate::nav::use_lang;

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
            Block::Heading(text) => view! {
                <h2>{text}</h2>
                <ListenHere heading=text/>
            }
            .into_any(),
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
    let heading = use_lang().pick("What to do next", "Qué hacer ahora");
    view! {
        <aside class="next-step" aria-labelledby="next-step-heading">
            <h2 id="next-step-heading">{heading}</h2>
            <ListenHere heading=heading/>
            <p>{topic.next_step}</p>
        </aside>
    }
}

/// The sources behind one page and the review dates, under its content,
/// so every piece of advice names where it comes from.
#[component]
pub fn PageSources(topic: &'static Topic) -> impl IntoView {
    let heading_id = format!("sources-{}", topic.slug);
    let lang = use_lang();
    let listed = topic.sources.iter().filter_map(|id| sources::by_id(id));
    (!topic.sources.is_empty()).then(|| {
        view! {
            <section
                class="page-sources"
                aria-labelledby=heading_id.clone()
                data-testid="page-sources"
            >
                <h2 id=heading_id.clone()>
                    {lang.pick("Sources for this page", "Fuentes de esta página")}
                </h2>
                <SourceList sources=listed.collect()/>
                <p data-testid="page-review">
                    {lang.pick("Last reviewed ", "Última revisión: ")}
                    <time datetime=review::LAST_REVIEWED>
                        {review_date(review::LAST_REVIEWED, lang)}
                    </time>
                    {lang.pick(". Next review ", ". Próxima revisión: ")}
                    <time datetime=review::NEXT_REVIEW>
                        {review_date(review::NEXT_REVIEW, lang)}
                    </time>
                    "."
                </p>
            </section>
        }
    })
}

/// A list of sources: each a link out, with its publisher and year.
#[component]
pub fn SourceList(
    sources: Vec<&'static Source>,
    #[prop(optional)] testid: Option<&'static str>,
) -> impl IntoView {
    view! {
        <ul class="sources" data-testid=testid>
            {sources.into_iter().map(|s| view! {
                <li>
                    <a href=s.url rel="noopener noreferrer">{s.title}</a>
                    <span class="source-meta">
                        {s.publisher} ", " {s.year}
                    </span>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// A review date in words ("28 November 2026", "28 de noviembre de
/// 2026"), or as written if it is not a real date.
pub fn review_date(iso: &'static str, lang: Lang) -> String {
    review::display_date_in(iso, lang).unwrap_or_else(|| iso.to_string())
}
