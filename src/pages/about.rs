use leptos::prelude::*;

use super::TopicPage;
use crate::components::topic_body::{SourceList, review_date};
use crate::content::{clinic, review, sources::SOURCES};
use crate::routes::View;

/// About the app: sources, review dates and the clinic. (The topic text
/// says the app does not diagnose; so does the footer on every page.)
#[component]
pub fn AboutPage() -> impl IntoView {
    view! {
        <TopicPage view=View::About>
            <h2>"Sources"</h2>
            <SourceList sources=SOURCES.iter().collect() testid="sources"/>
            <h2>"Review dates"</h2>
            <dl class="review-dates" data-testid="review-dates">
                <dt>"Last reviewed"</dt>
                <dd><time datetime=review::LAST_REVIEWED>
                    {review_date(review::LAST_REVIEWED)}
                </time></dd>
                <dt>"Next review"</dt>
                <dd><time datetime=review::NEXT_REVIEW>
                    {review_date(review::NEXT_REVIEW)}
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
