use leptos::prelude::*;

use super::TopicPage;
use crate::content::{clinic, review, sources::SOURCES};
use crate::routes::View;

/// About the app: sources, review dates and the clinic. (The topic text
/// says the app does not diagnose; so does the footer on every page.)
#[component]
pub fn AboutPage() -> impl IntoView {
    let date = |iso: &'static str| {
        review::display_date(iso).unwrap_or_else(|| iso.to_string())
    };
    view! {
        <TopicPage view=View::About>
            <h2>"Sources"</h2>
            <ul class="sources" data-testid="sources">
                {SOURCES.iter().map(|s| view! {
                    <li>
                        <a href=s.url rel="noopener noreferrer">{s.title}</a>
                        <span class="source-meta">
                            {s.publisher} ", " {s.year}
                        </span>
                    </li>
                }).collect_view()}
            </ul>
            <h2>"Review dates"</h2>
            <dl class="review-dates" data-testid="review-dates">
                <dt>"Last reviewed"</dt>
                <dd><time datetime=review::LAST_REVIEWED>
                    {date(review::LAST_REVIEWED)}
                </time></dd>
                <dt>"Next review"</dt>
                <dd><time datetime=review::NEXT_REVIEW>
                    {date(review::NEXT_REVIEW)}
                </time></dd>
            </dl>
            <h2>"The clinic"</h2>
            <p>{clinic::NAME} ", " {clinic::CITY} ", " {clinic::ROLE} "."</p>
            <p><strong>{clinic::MS_TEAM_FIRST}</strong></p>
            <p>
                {clinic::tel_href(clinic::PHONE_DISPLAY).map(|href| view! {
                    <a class="button" href=href data-testid="about-call">
                        "Call " {clinic::PHONE_DISPLAY}
                    </a>
                })}
            </p>
        </TopicPage>
    }
}
