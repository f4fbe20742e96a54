use leptos::prelude::*;

use crate::content::{self, clinic};
use crate::nav::use_lang;

/// The footer: the spine practice whose article the app is based on,
/// with a tap-to-call link; that for MS symptoms the person's own MS team
/// comes first; and the disclaimer.
#[component]
pub fn SiteFooter() -> impl IntoView {
    // The number is a constant, so this only fails if someone edits it
    // into something that is not a phone number; then show no link
    // rather than one that dials the wrong place.
    let href = clinic::tel_href(clinic::PHONE_DISPLAY);
    let lang = use_lang();
    view! {
        <footer class="site-footer" data-testid="site-footer">
            <p data-testid="clinic-line">
                {clinic::NAME} ", " {clinic::city(lang)} ", " {clinic::role(lang)} ". "
                {href.map(|href| view! {
                    <a class="call" href=href data-testid="clinic-call">
                        {lang.pick("Call ", "Llame al ")} {clinic::PHONE_DISPLAY}
                    </a>
                })}
            </p>
            <p class="ms-team-first" data-testid="ms-team-first">
                <strong>{clinic::ms_team_first(lang)}</strong>
            </p>
            <p class="disclaimer" data-testid="disclaimer">
                {content::disclaimer(lang)}
            </p>
        </footer>
    }
}
