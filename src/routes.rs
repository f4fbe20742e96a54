//! The app's views and their URLs: one list that the app, the build-time
//! page writer and the tests all read.
//!
//! URLs are real paths ending in a slash ("/symptoms/"). The build writes
//! one HTML file per view (`dist/symptoms/index.html`), so a reload or a
//! shared link works on any static host without server rewrites, and the
//! service worker can answer each one offline.

use crate::content::{Topic, es, topics};
use crate::lang::Lang;

/// Every screen of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Home,
    WhatIsMs,
    YourSpine,
    Symptoms,
    Treatment,
    Diagnosis,
    GetHelp,
    Outlook,
    About,
    /// My symptoms: the checklist, one tap per symptom.
    Checklist,
    /// Today's diary entry and past days.
    Diary,
    /// Charts of each symptom over time.
    Trends,
    /// The 3-day bladder diary.
    Bladder,
    /// The timed 25-foot walk.
    Walk,
    /// One printable page for the clinician.
    Report,
    /// Export, import, delete, backups.
    MyData,
    NotFound,
}

impl View {
    /// The reading views, in reading order (the order of the table).
    pub const READING: [View; 9] = views(&READING_EN);

    /// The views of the private symptom diary, in tab order.
    pub const DIARY: [View; 7] = views(&DIARY_EN);

    /// Every view that has its own URL: the reading views, then the
    /// diary's.
    pub const ROUTED: [View; 16] = {
        let mut all = [View::Home; 16];
        let mut i = 0;
        while i < all.len() {
            all[i] = if i < View::READING.len() {
                View::READING[i]
            } else {
                View::DIARY[i - View::READING.len()]
            };
            i += 1;
        }
        all
    };

    /// The view's name in code, in storage and in the build's files,
    /// whatever the language: its English URL segment ("" for home).
    pub const fn key(self) -> &'static str {
        match self {
            View::Home => "",
            View::WhatIsMs => "what-is-ms",
            View::YourSpine => "your-spine",
            View::Symptoms => "symptoms",
            View::Treatment => "treatment",
            View::Diagnosis => "diagnosis",
            View::GetHelp => "get-help",
            View::Outlook => "outlook",
            View::About => "about",
            View::Checklist => "my-symptoms",
            View::Diary => "diary",
            View::Trends => "trends",
            View::Bladder => "bladder",
            View::Walk => "walk",
            View::Report => "report",
            View::MyData => "my-data",
            View::NotFound => "not-found",
        }
    }

    /// The path segment, without slashes ("" for home).
    pub const fn slug(self) -> &'static str {
        self.key()
    }

    /// The canonical URL path: "/" or "/slug/".
    pub fn path(self) -> String {
        match self {
            View::Home => "/".to_string(),
            other => format!("/{}/", other.slug()),
        }
    }

    /// Finds the view for a URL path, whatever its language. Tolerates
    /// a missing trailing slash, a trailing "index.html" and repeated
    /// slashes, as hosts vary.
    pub fn from_path(path: &str) -> View {
        View::locate(path).0
    }

    /// Finds the view and the language of a URL path: "/symptoms/" is
    /// (Symptoms, English), "/es/sintomas/" (Symptoms, Spanish), "/es/"
    /// Spanish home. A view is found only by its own language's slug.
    pub fn locate(path: &str) -> (View, Lang) {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let mut segments = path
            .split('/')
            .filter(|s| !s.is_empty() && *s != "index.html")
            .peekable();
        let lang = match segments.peek() {
            Some(&"es") => {
                segments.next();
                Lang::Es
            }
            _ => Lang::En,
        };
        let view = match (segments.next(), segments.next()) {
            (None, _) => View::Home,
            (Some(slug), None) => View::ROUTED
                .into_iter()
                .find(|&v| v != View::Home && slug_in(v, lang) == Some(slug))
                .unwrap_or(View::NotFound),
            _ => View::NotFound,
        };
        (view, lang)
    }

    /// The view's URL path in a language: "/symptoms/", "/es/sintomas/",
    /// "/es/". A view without a page (not found) goes home.
    pub fn path_in(self, lang: Lang) -> String {
        match slug_in(self, lang) {
            Some("") | None => format!("{}/", lang.prefix()),
            Some(slug) => format!("{}/{slug}/", lang.prefix()),
        }
    }

    /// The view after this one in reading order, if any.
    pub fn next(self) -> Option<View> {
        let at = View::READING.iter().position(|v| *v == self)?;
        View::READING.get(at + 1).copied()
    }

    /// The view before this one in reading order, if any.
    pub fn previous(self) -> Option<View> {
        let at = View::READING.iter().position(|v| *v == self)?;
        at.checked_sub(1)
            .and_then(|i| View::READING.get(i).copied())
    }

    /// True for the views of the private diary.
    pub fn is_diary(self) -> bool {
        View::DIARY.contains(&self)
    }

    /// Whether the view is one of the spinal tools (bladder diary, timed
    /// walk): diary views whose code is a WebAssembly of its own.
    pub const fn is_tool(self) -> bool {
        matches!(self, View::Bladder | View::Walk)
    }
}

/// What one view is called in one language: everything about a view
/// that is words. Adding a view is one entry in a table below (and its
/// page component), in each language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewInfo {
    pub view: View,
    /// The URL segment, without slashes ("" for home).
    pub slug: &'static str,
    /// Its short name: the heading, tab, page links and title.
    pub heading: &'static str,
    /// The meta description: one sentence.
    pub description: &'static str,
}

/// A topic page's entry: the topic's own slug, short name and summary,
/// so its words live in one place.
const fn topic(view: View, topic: &Topic) -> ViewInfo {
    ViewInfo {
        view,
        slug: topic.slug,
        heading: topic.nav_label,
        description: topic.summary,
    }
}

/// The reading views in English, in reading order.
const READING_EN: [ViewInfo; 9] = [
    ViewInfo {
        view: View::Home,
        slug: "",
        heading: crate::content::APP_NAME,
        description: crate::content::APP_SUMMARY,
    },
    topic(View::WhatIsMs, &topics::WHAT_IS_MS),
    topic(View::YourSpine, &topics::YOUR_SPINE),
    topic(View::Symptoms, &topics::SYMPTOMS),
    topic(View::Treatment, &topics::TREATMENT),
    topic(View::Diagnosis, &topics::DIAGNOSIS),
    topic(View::GetHelp, &topics::GET_HELP),
    topic(View::Outlook, &topics::OUTLOOK),
    topic(View::About, &topics::ABOUT),
];

/// The diary's views in English, in tab order. A table of its own: the
/// diary's WebAssembly reads it (tabs, headings) and must not link the
/// reading pages' words.
const DIARY_EN: [ViewInfo; 7] = [
    ViewInfo {
        view: View::Checklist,
        slug: "my-symptoms",
        heading: "My symptoms",
        description: "Tick the symptoms you have now. It stays private on \
your phone.",
    },
    ViewInfo {
        view: View::Diary,
        slug: "diary",
        heading: "Diary",
        description: "Note how you are today in under a minute. It stays \
private on your phone.",
    },
    ViewInfo {
        view: View::Trends,
        slug: "trends",
        heading: "Trends",
        description: "See how each symptom has changed over 30, 90 or 365 \
days.",
    },
    ViewInfo {
        view: View::Bladder,
        slug: "bladder",
        heading: "Bladder diary",
        description: "Keep a 3-day bladder diary with one tap per trip, \
leak or drink, to show your MS team.",
    },
    ViewInfo {
        view: View::Walk,
        slug: "walk",
        heading: "Timed walk",
        description: "Time yourself walking 25 feet and see your own change \
over the months.",
    },
    ViewInfo {
        view: View::Report,
        slug: "report",
        heading: "Report",
        description: "A one-page summary of your symptoms to show your \
doctor or MS team.",
    },
    ViewInfo {
        view: View::MyData,
        slug: "my-data",
        heading: "My data",
        description: "Back up, restore or delete your diary. It never \
leaves your phone unless you export it.",
    },
];

/// The reading views in Spanish, in the same order.
const READING_ES: [ViewInfo; 9] = [
    ViewInfo {
        view: View::Home,
        slug: "",
        heading: es::APP_NAME,
        description: es::APP_SUMMARY,
    },
    topic(View::WhatIsMs, &es::topics::WHAT_IS_MS),
    topic(View::YourSpine, &es::topics::YOUR_SPINE),
    topic(View::Symptoms, &es::topics::SYMPTOMS),
    topic(View::Treatment, &es::topics::TREATMENT),
    topic(View::Diagnosis, &es::topics::DIAGNOSIS),
    topic(View::GetHelp, &es::topics::GET_HELP),
    topic(View::Outlook, &es::topics::OUTLOOK),
    topic(View::About, &es::topics::ABOUT),
];

/// The diary's views in Spanish, in tab order.
const DIARY_ES: [ViewInfo; 7] = [
    ViewInfo {
        view: View::Checklist,
        slug: "mis-sintomas",
        heading: "Mis síntomas",
        description: "Marque los síntomas que tiene ahora. Todo queda en \
privado, en su teléfono.",
    },
    ViewInfo {
        view: View::Diary,
        slug: "diario",
        heading: "Diario",
        description: "Anote cómo está hoy en menos de un minuto. Todo queda \
en privado, en su teléfono.",
    },
    ViewInfo {
        view: View::Trends,
        slug: "tendencias",
        heading: "Tendencias",
        description: "Vea cómo cambió cada síntoma en 30, 90 o 365 días.",
    },
    ViewInfo {
        view: View::Bladder,
        slug: "vejiga",
        heading: "Diario de vejiga",
        description: "Lleve un diario de vejiga de 3 días, con un toque por \
cada vez que orina, escape o bebida, para su equipo de atención de la EM.",
    },
    ViewInfo {
        view: View::Walk,
        slug: "caminata",
        heading: "Caminata cronometrada",
        description: "Mida cuánto tarda en caminar 25 pies y vea su propio \
cambio con los meses.",
    },
    ViewInfo {
        view: View::Report,
        slug: "informe",
        heading: "Informe",
        description: "Un resumen de una página de sus síntomas para su \
médico o su equipo de atención de la EM.",
    },
    ViewInfo {
        view: View::MyData,
        slug: "mis-datos",
        heading: "Mis datos",
        description: "Guarde, recupere o borre su diario. Nunca sale de su \
teléfono, a menos que usted lo exporte.",
    },
];

/// The views of a table, in its order.
const fn views<const N: usize>(table: &[ViewInfo; N]) -> [View; N] {
    let mut out = [View::NotFound; N];
    let mut i = 0;
    while i < N {
        out[i] = table[i].view;
        i += 1;
    }
    out
}

/// The reading views' table in a language.
const fn reading_table(lang: Lang) -> &'static [ViewInfo; 9] {
    match lang {
        Lang::En => &READING_EN,
        Lang::Es => &READING_ES,
    }
}

/// The diary views' table in a language.
const fn diary_table(lang: Lang) -> &'static [ViewInfo; 7] {
    match lang {
        Lang::En => &DIARY_EN,
        Lang::Es => &DIARY_ES,
    }
}

/// A diary view's entry in a language (the diary's code reads only the
/// diary tables).
pub fn diary_info_in(view: View, lang: Lang) -> Option<&'static ViewInfo> {
    diary_table(lang).iter().find(|info| info.view == view)
}

/// A view's entry in a language, for the build and the reading pages.
pub fn info_in(view: View, lang: Lang) -> Option<&'static ViewInfo> {
    reading_table(lang)
        .iter()
        .find(|info| info.view == view)
        .or_else(|| diary_info_in(view, lang))
}

/// A view's URL segment in a language, if it has a page.
fn slug_in(view: View, lang: Lang) -> Option<&'static str> {
    info_in(view, lang).map(|info| info.slug)
}

/// A diary view's URL path in a language, from the diary tables only.
pub fn diary_path(view: View, lang: Lang) -> String {
    match diary_info_in(view, lang) {
        Some(info) => format!("{}/{}/", lang.prefix(), info.slug),
        None => format!("{}/", lang.prefix()),
    }
}

/// A diary view's entry in English.
pub fn diary_info(view: View) -> Option<&'static ViewInfo> {
    diary_info_in(view, Lang::En)
}

/// A view's entry in English.
pub fn info(view: View) -> Option<&'static ViewInfo> {
    info_in(view, Lang::En)
}

/// The short name of a view in a language, for navigation and the
/// document title.
pub fn heading_in(view: View, lang: Lang) -> &'static str {
    info_in(view, lang).map_or(
        lang.pick("Page not found", "No encontramos esta página"),
        |info| info.heading,
    )
}

/// The short name of a view, for navigation and the document title.
pub fn page_heading(view: View) -> &'static str {
    heading_in(view, Lang::En)
}

/// The short name of a diary view in a language ("" for any other). The
/// diary's code calls this, not [`heading_in`], so the diary's
/// WebAssembly never links the reading pages' words.
pub fn diary_heading_in(view: View, lang: Lang) -> &'static str {
    diary_info_in(view, lang).map_or("", |info| info.heading)
}

/// The short name of a diary view in English ("" for any other).
pub fn diary_heading(view: View) -> &'static str {
    diary_heading_in(view, Lang::En)
}

/// The app's name in a language.
pub const fn app_name(lang: Lang) -> &'static str {
    lang.pick(crate::content::APP_NAME, es::APP_NAME)
}

/// The document title in a language: "Symptoms - MS & Your Spine".
pub fn title_in(view: View, lang: Lang) -> String {
    match view {
        View::Home => app_name(lang).to_string(),
        other => format!("{} - {}", heading_in(other, lang), app_name(lang)),
    }
}

/// The document title in English.
pub fn document_title(view: View) -> String {
    title_in(view, Lang::En)
}

/// The meta description for a view in a language: its one-sentence
/// summary.
pub fn description_in(view: View, lang: Lang) -> &'static str {
    info_in(view, lang).map_or(
        lang.pick(crate::content::APP_SUMMARY, es::APP_SUMMARY),
        |info| info.description,
    )
}

/// The meta description for a view in English.
pub fn description(view: View) -> &'static str {
    description_in(view, Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_view_round_trips_through_its_path() {
        for view in View::ROUTED {
            assert_eq!(View::from_path(&view.path()), view, "{view:?}");
        }
    }

    #[test]
    fn host_variations_find_the_same_view() {
        for path in [
            "/symptoms",
            "/symptoms/",
            "/symptoms/index.html",
            "//symptoms//",
            "/symptoms/?from=share",
            "/symptoms/#top",
        ] {
            assert_eq!(View::from_path(path), View::Symptoms, "{path}");
        }
        assert_eq!(View::from_path("/index.html"), View::Home);
        assert_eq!(View::from_path(""), View::Home);
    }

    #[test]
    fn unknown_and_nested_paths_are_not_found() {
        for path in ["/nope/", "/symptoms/extra/", "/not-found/x", "/-/"] {
            assert_eq!(View::from_path(path), View::NotFound, "{path}");
        }
    }

    #[test]
    fn reading_order_links_views_both_ways() {
        assert_eq!(View::Home.previous(), None);
        assert_eq!(View::Home.next(), Some(View::WhatIsMs));
        assert_eq!(View::About.next(), None);
        assert_eq!(View::Checklist.next(), None);
        for view in View::READING.into_iter().skip(1) {
            let back = view.previous().and_then(View::next);
            assert_eq!(back, Some(view));
        }
        assert_eq!(View::NotFound.next(), None);
    }

    #[test]
    fn the_tables_name_every_routed_view_once_with_its_key_as_english_slug() {
        let mut seen = Vec::new();
        for info in READING_EN.iter().chain(&DIARY_EN) {
            assert_eq!(info.slug, info.view.key(), "{:?}", info.view);
            assert!(!info.heading.is_empty() && !info.description.is_empty());
            assert!(!seen.contains(&info.view), "{:?} twice", info.view);
            seen.push(info.view);
        }
        assert_eq!(seen, View::ROUTED);
        assert_eq!(info(View::NotFound), None);
        assert_eq!(page_heading(View::NotFound), "Page not found");
        assert_eq!(diary_heading(View::Symptoms), "");
    }

    #[test]
    fn every_view_round_trips_through_its_path_in_each_language() {
        for lang in Lang::ALL {
            for view in View::ROUTED {
                let path = view.path_in(lang);
                assert_eq!(View::locate(&path), (view, lang), "{path}");
                let trimmed = path.trim_end_matches('/');
                assert_eq!(View::locate(trimmed), (view, lang), "{trimmed}");
            }
        }
        assert_eq!(View::Symptoms.path_in(Lang::En), View::Symptoms.path());
        assert_eq!(View::Home.path_in(Lang::Es), "/es/");
        assert_eq!(View::NotFound.path_in(Lang::Es), "/es/");
        assert_eq!(View::Report.path_in(Lang::Es), "/es/informe/");
        for view in View::DIARY {
            for lang in Lang::ALL {
                assert_eq!(diary_path(view, lang), view.path_in(lang));
            }
        }
    }

    #[test]
    fn care_links_go_to_the_get_help_page_in_each_language() {
        for lang in Lang::ALL {
            let href = crate::content::CareLevel::Soon.help_href_in(lang);
            assert_eq!(
                href,
                format!("{}#care-soon", View::GetHelp.path_in(lang))
            );
        }
    }

    #[test]
    fn a_view_is_found_only_by_its_own_languages_slug() {
        // An English slug under /es/, or a Spanish one at the root, is not
        // a page: each address has one language.
        assert_eq!(View::locate("/es/symptoms/"), (View::NotFound, Lang::Es));
        assert_eq!(View::locate("/informe/"), (View::NotFound, Lang::En));
        assert_eq!(View::locate("/es"), (View::Home, Lang::Es));
        assert_eq!(View::locate("/es/index.html"), (View::Home, Lang::Es));
        assert_eq!(View::locate("/es/informe/x/"), (View::NotFound, Lang::Es));
        assert_eq!(View::locate("/espanol/"), (View::NotFound, Lang::En));
    }

    #[test]
    fn the_spanish_tables_match_the_english_view_for_view() {
        let en: Vec<View> =
            READING_EN.iter().chain(&DIARY_EN).map(|i| i.view).collect();
        let es: Vec<View> =
            READING_ES.iter().chain(&DIARY_ES).map(|i| i.view).collect();
        assert_eq!(es, en);
        let mut slugs = Vec::new();
        for info in READING_ES.iter().chain(&DIARY_ES) {
            assert!(!info.heading.is_empty() && !info.description.is_empty());
            assert!(!slugs.contains(&info.slug), "{} twice", info.slug);
            slugs.push(info.slug);
        }
        for (en, es) in READING_EN
            .iter()
            .chain(&DIARY_EN)
            .zip(READING_ES.iter().chain(&DIARY_ES))
        {
            if en.view != View::Home {
                assert_ne!(
                    es.slug, en.slug,
                    "{:?} has no Spanish slug",
                    en.view
                );
                assert_ne!(es.heading, en.heading, "{:?}", en.view);
            }
        }
        assert_eq!(
            heading_in(View::Symptoms, Lang::Es),
            es::topics::SYMPTOMS.nav_label
        );
        assert_eq!(title_in(View::Home, Lang::Es), es::APP_NAME);
        assert_eq!(diary_heading_in(View::Report, Lang::Es), "Informe");
        assert_eq!(diary_heading_in(View::Symptoms, Lang::Es), "");
    }

    #[test]
    fn every_reading_view_has_a_heading_from_the_content() {
        for view in View::READING.into_iter().skip(1) {
            let topic = crate::content::topics::by_slug(view.slug());
            assert!(topic.is_some(), "no topic for {view:?}");
            assert_eq!(page_heading(view), topic.map_or("", |t| t.nav_label));
        }
    }
}
