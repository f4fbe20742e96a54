use leptos::prelude::*;

use crate::content;
use crate::islands::{self, Island};
use crate::nav::{CurrentView, use_lang};
use crate::routes::View;
use crate::text_size::TextSizeControl;

/// The top bar with the app's name, the language switch and the text
/// size buttons.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let lang = use_lang();
    view! {
        <header class="site-header" data-testid="site-header">
            <a class="brand" href=View::Home.path_in(lang)>
                {content::app_name(lang)}
            </a>
            <LanguageSwitch/>
            <Island name=islands::TEXT_SIZE><TextSizeControl/></Island>
        </header>
    }
}

/// A link to the same view in the other language, named in that
/// language ("Español" on an English page) and marked as written in it,
/// so a screen reader says it right. Plain markup: it works without any
/// WebAssembly; the reading code only remembers the choice on a tap.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let lang = use_lang();
    let other = lang.other();
    let view = use_context::<CurrentView>().map_or(View::Home, |c| c.0);
    view! {
        <a
            class="lang-switch"
            href=view.path_in(other)
            hreflang=other.code()
            lang=other.code()
            data-lang=other.code()
            data-testid="lang-switch"
        >
            {other.name()}
        </a>
    }
}
