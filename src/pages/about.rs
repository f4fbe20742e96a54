use leptos::prelude::*;

use super::TopicPage;
use crate::content::{self, clinic, review, sources::SOURCES};
use crate::routes::View;

/// About the app: sources, review dates, the disclaimer and the clinic.
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
                        ". " {s.publisher} ", " {s.year} "."
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
            <p>
                {clinic::NAME} ", " {clinic::CITY} ". "
                {clinic::tel_href(clinic::PHONE_DISPLAY).map(|href| view! {
                    <a class="button" href=href data-testid="about-call">
                        "Call " {clinic::PHONE_DISPLAY}
                    </a>
                })}
            </p>
            <p class="disclaimer">{content::DISCLAIMER}</p>
        </TopicPage>
    }
}
