use leptos::prelude::*;

use super::TopicPage;
use crate::components::topic_body::{SourceList, review_date};
use crate::content::{clinic, review, sources::SOURCES};
use crate::nav::use_lang;
use crate::routes::View;

/// About the app: sources, review dates and the clinic. (The topic text
/// says the app does not diagnose; so does the footer on every page.)
#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_lang();
    view! {
        <TopicPage view=View::About>
            <h2>{lang.pick("Sources", "Fuentes")}</h2>
            <SourceList sources=SOURCES.iter().collect() testid="sources"/>
            <h2>{lang.pick("Review dates", "Fechas de revisión")}</h2>
            <dl class="review-dates" data-testid="review-dates">
                <dt>{lang.pick("Last reviewed", "Última revisión")}</dt>
                <dd><time datetime=review::LAST_REVIEWED>
                    {review_date(review::LAST_REVIEWED, lang)}
                </time></dd>
                <dt>{lang.pick("Next review", "Próxima revisión")}</dt>
                <dd><time datetime=review::NEXT_REVIEW>
                    {review_date(review::NEXT_REVIEW, lang)}
                </time></dd>
            </dl>
            <h2>{lang.pick("The clinic", "La clínica")}</h2>
            <p>
                {clinic::NAME} ", " {clinic::city(lang)} ", "
                {clinic::role(lang)} "."
            </p>
            <p><strong>{clinic::ms_team_first(lang)}</strong></p>
            <p>
                {clinic::tel_href(clinic::PHONE_DISPLAY).map(|href| view! {
                    <a class="button" href=href data-testid="about-call">
                        {lang.pick("Call ", "Llame al ")} {clinic::PHONE_DISPLAY}
                    </a>
                })}
            </p>
        </TopicPage>
    }
}
