//! The app's views and their URLs: one list that the app, the build-time
//! page writer and the tests all read.
//!
//! URLs are real paths ending in a slash ("/symptoms/"). The build writes
//! one HTML file per view (`dist/symptoms/index.html`), so a reload or a
//! shared link works on any static host without server rewrites, and the
//! service worker can answer each one offline.

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
    /// The reading views, in reading order.
    pub const READING: [View; 9] = [
        View::Home,
        View::WhatIsMs,
        View::YourSpine,
        View::Symptoms,
        View::Treatment,
        View::Diagnosis,
        View::GetHelp,
        View::Outlook,
        View::About,
    ];

    /// The views of the private symptom diary, in tab order.
    pub const DIARY: [View; 5] = [
        View::Checklist,
        View::Diary,
        View::Trends,
        View::Report,
        View::MyData,
    ];

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

    /// The path segment, without slashes ("" for home).
    pub const fn slug(self) -> &'static str {
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

/// The short name of a view, for navigation and the document title.
pub fn page_heading(view: View) -> &'static str {
    match view {
        View::Home => crate::content::APP_NAME,
        View::NotFound => "Page not found",
        View::Checklist => "My symptoms",
        View::Diary => "Diary",
        View::Trends => "Trends",
        View::Report => "Report",
        View::MyData => "My data",
        other => crate::content::topics::by_slug(other.slug())
            .map_or("MS & Your Spine", |t| t.nav_label),
    }
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
    match view {
        View::Checklist => {
            "Tick the symptoms you have now. It stays private \
on your phone."
        }
        View::Diary => {
            "Note how you are today in under a minute. It stays \
private on your phone."
        }
        View::Trends => {
            "See how each symptom has changed over 30, 90 or 365 \
days."
        }
        View::Report => {
            "A one-page summary of your symptoms to show your \
doctor or MS team."
        }
        View::MyData => {
            "Back up, restore or delete your diary. It never \
leaves your phone unless you export it."
        }
        other => crate::content::topics::by_slug(other.slug())
            .map_or(crate::content::APP_SUMMARY, |t| t.summary),
    }
}

/// The built `index.html` made into the page for `view`: its own title
/// and meta description. Fails if the shell lacks either tag, so a
/// change to index.html cannot silently drop them.
pub fn page_html(shell: &str, view: View) -> Result<String, String> {
    let title = format!("<title>{}</title>", escape(&document_title(view)));
    let meta = format!(
        "<meta name=\"description\" content=\"{}\">",
        escape(description(view))
    );
    let page = replace_tag(shell, "<title>", "</title>", &title)
        .ok_or("index.html has no <title>")?;
    let start = find_description(&page)
        .ok_or("index.html has no <meta name=description>")?;
    let end = page[start..]
        .find('>')
        .map(|i| start + i + 1)
        .ok_or("unclosed <meta> tag")?;
    Ok(format!("{}{meta}{}", &page[..start], &page[end..]))
}

/// Replaces the first `open`...`close` span (tags included) by `with`.
fn replace_tag(
    html: &str,
    open: &str,
    close: &str,
    with: &str,
) -> Option<String> {
    let start = html.find(open)?;
    let end = start + html[start..].find(close)? + close.len();
    Some(format!("{}{with}{}", &html[..start], &html[end..]))
}

/// Where the description meta tag starts, quoted or not (the minifier
/// may drop the quotes).
fn find_description(html: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = html[from..].find("<meta") {
        let start = from + i;
        let end = start + html[start..].find('>')?;
        let tag = &html[start..end];
        if tag.contains("name=description")
            || tag.contains("name=\"description\"")
        {
            return Some(start);
        }
        from = end;
    }
    None
}

/// Escapes text for an HTML attribute or element.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The service worker template with its placeholders filled in: the
/// list of URLs to keep offline and the version. Fails if a placeholder
/// is missing, so a changed template cannot ship unfilled.
pub fn fill_worker(
    template: &str,
    urls: &[&str],
    version: &str,
) -> Result<String, String> {
    const LIST: &str = "__PRECACHE__";
    const VERSION: &str = "\"__VERSION__\"";
    if !template.contains(LIST) || !template.contains(VERSION) {
        return Err("sw.js lacks __PRECACHE__ or \"__VERSION__\"".into());
    }
    let list = serde_json::to_string(urls).map_err(|e| e.to_string())?;
    let version = serde_json::to_string(version).map_err(|e| e.to_string())?;
    Ok(template.replace(LIST, &list).replace(VERSION, &version))
}

/// The Content-Security-Policy for the app: only this origin, the wasm
/// compiled by the browser, and the inline loader scripts whose sha256
/// hashes (base64) are given. Never `'unsafe-inline'`.
pub fn content_security_policy(script_hashes: &[String]) -> String {
    let scripts: String = script_hashes
        .iter()
        .map(|h| format!(" 'sha256-{h}'"))
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{scripts}; \
style-src 'self'; img-src 'self' data:; connect-src 'self'; \
object-src 'none'; base-uri 'none'; form-action 'none'"
    )
}

/// The inline scripts of a page (those without `src`), exactly as the
/// browser hashes them: the text between the tags.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    inline_script_tags(html)
        .map(|t| &html[t.body.clone()])
        .collect()
}

/// One inline `<script>` element of a page, as byte ranges into it.
struct ScriptTag {
    /// From `<script` to `</script>` included.
    whole: std::ops::Range<usize>,
    /// The text between the tags.
    body: std::ops::Range<usize>,
    /// Whether the opening tag says `type=module`.
    module: bool,
}

/// The inline `<script>` elements of a page (those without `src`), in
/// order; the one scanner behind the hashes and the loader edits.
fn inline_script_tags(html: &str) -> impl Iterator<Item = ScriptTag> + '_ {
    let mut from = 0;
    std::iter::from_fn(move || {
        loop {
            let start = from + html[from..].find("<script")?;
            let open_end = start + html[start..].find('>')?;
            let close =
                open_end + 1 + html[open_end + 1..].find("</script>")?;
            let end = close + "</script>".len();
            from = end;
            let opening = &html[start..open_end];
            if !opening.contains("src=") {
                return Some(ScriptTag {
                    whole: start..end,
                    body: open_end + 1..close,
                    module: opening.contains("module"),
                });
            }
        }
    })
}

/// The page's inline module loader (Trunk's), if it has one.
fn loader(html: &str) -> Option<ScriptTag> {
    inline_script_tags(html).find(|t| t.module)
}

/// The page without `<link rel=preload>` and `rel=modulepreload` tags.
/// On a pre-rendered page they would make the WebAssembly compete with
/// the stylesheet for a slow connection and delay the first paint; the
/// loader still fetches the code as soon as the page is parsed.
pub fn without_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link") {
        let Some(len) = rest[start..].find('>') else {
            break;
        };
        let tag = &rest[start..start + len + 1];
        out.push_str(&rest[..start]);
        let preload = tag.split([' ', '>']).any(|part| {
            matches!(
                part,
                "rel=preload"
                    | "rel=\"preload\""
                    | "rel=modulepreload"
                    | "rel=\"modulepreload\""
            )
        });
        if !preload {
            out.push_str(tag);
        }
        rest = &rest[start + len + 1..];
    }
    out.push_str(rest);
    out
}

/// The page with `body` as the contents of its (empty) `<body>`. No
/// whitespace is added: hydration walks the nodes exactly as rendered.
pub fn with_body(html: &str, body: &str) -> Result<String, String> {
    const EMPTY: &str = "<body></body>";
    if !html.contains(EMPTY) {
        return Err("the built page has no empty <body></body>".into());
    }
    Ok(html.replacen(EMPTY, &format!("<body>{body}</body>"), 1))
}

/// The page with its inline module loader replaced by `other`'s: how a
/// diary page gets the diary's WebAssembly instead of the reading one.
pub fn with_loader_of(html: &str, other: &str) -> Result<String, String> {
    let theirs = loader(other).ok_or("the diary build has no loader")?;
    let ours = loader(html).ok_or("the built page has no loader")?;
    Ok(format!(
        "{}{}{}",
        &html[..ours.whole.start],
        &other[theirs.whole],
        &html[ours.whole.end..]
    ))
}

/// Waits until the browser reports the first contentful paint (the text,
/// on these pages), or a second where it cannot tell, in Trunk's loader
/// before it fetches the WebAssembly.
pub const AFTER_PAINT: &str = "await new Promise(r=>{setTimeout(r,1e3);\
try{new PerformanceObserver(l=>{l.getEntriesByName(\"first-contentful-\
paint\").length&&setTimeout(r)}).observe({type:\"paint\",buffered:!0})}\
catch(e){}});";

/// The page with [`AFTER_PAINT`] at the start of its inline loader, so
/// the WebAssembly download starts after the text has painted instead of
/// racing it for a slow connection. (The loader's `import` of the small
/// JS glue is hoisted and still starts at once.)
pub fn with_loader_after_paint(html: &str) -> Result<String, String> {
    let body = loader(html)
        .ok_or("the built page has no loader")?
        .body
        .start;
    Ok(format!("{}{AFTER_PAINT}{}", &html[..body], &html[body..]))
}

/// The page with the policy as a `<meta>` tag right after the charset,
/// before anything it governs.
pub fn with_csp(html: &str, policy: &str) -> Result<String, String> {
    let start = html.find("<meta charset").ok_or("no <meta charset>")?;
    let end = start + html[start..].find('>').ok_or("unclosed <meta>")? + 1;
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"
    );
    Ok(format!("{}{meta}{}", &html[..end], &html[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILT: &str = "<head><script type=module>import a from\"/a.js\";\
</script><link href=/m.css rel=stylesheet><link crossorigin href=/a.js \
rel=modulepreload><link as=fetch href=/a_bg.wasm rel=preload \
type=application/wasm></head><body></body>";

    #[test]
    fn preloads_go_and_the_stylesheet_stays() {
        let page = without_preloads(BUILT);
        assert!(page.contains("<link href=/m.css rel=stylesheet>"));
        assert!(!page.contains("preload"), "{page}");
        assert!(page.contains("import a from"));
    }

    #[test]
    fn body_is_filled_without_added_whitespace() {
        let page = with_body(BUILT, "<main>x</main>").unwrap();
        assert!(page.ends_with("<body><main>x</main></body>"));
        assert!(with_body("<body>\n</body>", "x").is_err());
    }

    #[test]
    fn the_loader_waits_for_the_first_paint_before_the_download() {
        let page = with_loader_after_paint(BUILT).unwrap();
        assert!(page.starts_with(&format!(
            "<head><script type=module>{AFTER_PAINT}import a from"
        )));
        assert_eq!(inline_scripts(&page).len(), 1);
        assert!(with_loader_after_paint("<p>none</p>").is_err());
    }

    #[test]
    fn a_diary_page_gets_the_diary_loader() {
        let diary = "<script type=module>import d from\"/d.js\";</script>";
        let page = with_loader_of(BUILT, diary).unwrap();
        assert!(page.contains("import d from"));
        assert!(!page.contains("import a from"));
        assert!(page.contains("<link href=/m.css rel=stylesheet>"));
        assert!(with_loader_of(BUILT, "<p>no script</p>").is_err());
    }

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

    const SHELL: &str = "<html><head><title>Old</title>\
<meta charset=utf-8><meta name=description content=\"Old words\">\
</head><body></body></html>";

    #[test]
    fn each_page_gets_its_own_title_and_description() {
        let page = page_html(SHELL, View::Symptoms).expect("a page");
        assert!(page.contains("<title>Symptoms - MS &amp; Your Spine</title>"));
        assert!(!page.contains("Old"));
        assert!(page.contains(&format!(
            "<meta name=\"description\" content=\"{}\">",
            escape(description(View::Symptoms))
        )));
        assert!(page.contains("<meta charset=utf-8>"));
        assert!(page.ends_with("<body></body></html>"));
    }

    #[test]
    fn a_shell_without_the_tags_is_refused() {
        assert!(page_html("<html></html>", View::Home).is_err());
        let no_meta = "<title>t</title><meta charset=utf-8>";
        assert!(page_html(no_meta, View::Home).is_err());
    }

    #[test]
    fn every_reading_view_has_a_heading_from_the_content() {
        for view in View::READING.into_iter().skip(1) {
            let topic = crate::content::topics::by_slug(view.slug());
            assert!(topic.is_some(), "no topic for {view:?}");
            assert_eq!(page_heading(view), topic.map_or("", |t| t.nav_label));
        }
    }

    #[test]
    fn the_worker_gets_every_url_and_the_version() {
        let template = "const V = \"__VERSION__\"; const P = __PRECACHE__;";
        let filled =
            fill_worker(template, &["/", "/a b/"], "00ff").expect("filled");
        assert_eq!(filled, r#"const V = "00ff"; const P = ["/","/a b/"];"#);
        assert!(fill_worker("const P = [];", &["/"], "1").is_err());
    }

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        let html = "<script type=module>import a;</script>\
<script src=/x.js></script><script>b()</script>";
        assert_eq!(inline_scripts(html), ["import a;", "b()"]);
    }

    #[test]
    fn the_policy_lists_the_hashes_and_never_unsafe_inline() {
        let policy = content_security_policy(&["abc=".to_string()]);
        assert!(
            policy
                .contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='")
        );
        assert!(policy.contains("object-src 'none'"));
        assert!(!policy.contains("unsafe-inline"));
        let page =
            with_csp("<html><meta charset=utf-8><title>t</title>", &policy)
                .expect("a page");
        assert!(
            page.starts_with("<html><meta charset=utf-8><meta http-equiv=")
        );
        assert!(with_csp("<html>", &policy).is_err());
    }
}
