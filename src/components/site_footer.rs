use leptos::prelude::*;

use crate::content::{self, clinic};

/// The footer: the spine practice whose article the app is based on,
/// with a tap-to-call link; that for MS symptoms the person's own MS team
/// comes first; and the disclaimer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    // The number is a constant, so this only fails if someone edits it
    // into something that is not a phone number; then show no link
    // rather than one that dials the wrong place.
    let href = clinic::tel_href(clinic::PHONE_DISPLAY);
    view! {
        <footer class="site-footer" data-testid="site-footer">
            <p data-testid="clinic-line">
                {clinic::NAME} ", " {clinic::CITY} ", " {clinic::ROLE} ". "
                {href.map(|href| view! {
                    <a class="call" href=href data-testid="clinic-call">
                        "Call " {clinic::PHONE_DISPLAY}
                    </a>
                })}
            </p>
            <p class="ms-team-first" data-testid="ms-team-first">
                <strong>{clinic::MS_TEAM_FIRST}</strong>
            </p>
            <p class="disclaimer" data-testid="disclaimer">
                {content::DISCLAIMER}
            </p>
        </footer>
    }
}
