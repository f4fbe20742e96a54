//! The app's views and their URLs: one list that the app, the build-time
//! page writer and the tests all read.
//!
//! URLs are real paths ending in a slash ("/symptoms/"). The build writes
//! one HTML file per view (`dist/symptoms/index.html`), so a reload or a
//! shared link works on any static host without server rewrites, and the
//! service worker can answer each one offline.

use crate::content::{Topic, topics};

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
    pub const DIARY: [View; 5] = views(&DIARY_EN);

    /// Every view that has its own URL: the reading views, then the
    /// diary's.
    pub const ROUTED: [View; 14] = {
        let mut all = [View::Home; 14];
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

    /// Finds the view for a URL path. Tolerates a missing trailing slash,
    /// a trailing "index.html" and repeated slashes, as hosts vary.
    pub fn from_path(path: &str) -> View {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let mut segments = path
            .split('/')
            .filter(|s| !s.is_empty() && *s != "index.html");
        let (first, rest) = (segments.next(), segments.next());
        match (first, rest) {
            (None, _) => View::Home,
            (Some(slug), None) => View::ROUTED
                .into_iter()
                .find(|v| v.slug() == slug && *v != View::Home)
                .unwrap_or(View::NotFound),
            _ => View::NotFound,
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
const DIARY_EN: [ViewInfo; 5] = [
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

/// A reading view's entry.
fn reading_info(view: View) -> Option<&'static ViewInfo> {
    READING_EN.iter().find(|info| info.view == view)
}

/// A diary view's entry (the diary's code reads only this table).
pub fn diary_info(view: View) -> Option<&'static ViewInfo> {
    DIARY_EN.iter().find(|info| info.view == view)
}

/// A view's entry, for the build and the reading pages.
pub fn info(view: View) -> Option<&'static ViewInfo> {
    reading_info(view).or_else(|| diary_info(view))
}

/// The short name of a view, for navigation and the document title.
pub fn page_heading(view: View) -> &'static str {
    info(view).map_or("Page not found", |info| info.heading)
}

/// The short name of a diary view ("" for any other). The diary's code
/// calls this, not [`page_heading`], so the diary's WebAssembly never
/// links the reading pages' words.
pub fn diary_heading(view: View) -> &'static str {
    diary_info(view).map_or("", |info| info.heading)
}

/// The document title: "Symptoms - MS & Your Spine".
pub fn document_title(view: View) -> String {
    match view {
        View::Home => crate::content::APP_NAME.to_string(),
        other => {
            format!("{} - {}", page_heading(other), crate::content::APP_NAME)
        }
    }
}

/// The meta description for a view: its one-sentence summary.
pub fn description(view: View) -> &'static str {
    info(view).map_or(crate::content::APP_SUMMARY, |info| info.description)
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
    fn every_reading_view_has_a_heading_from_the_content() {
        for view in View::READING.into_iter().skip(1) {
            let topic = crate::content::topics::by_slug(view.slug());
            assert!(topic.is_some(), "no topic for {view:?}");
            assert_eq!(page_heading(view), topic.map_or("", |t| t.nav_label));
        }
    }
}
