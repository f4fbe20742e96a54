//! The HTML edits that make Trunk's built `index.html` into each view's
//! page, done with a real HTML rewriter (`lol_html`, a streaming parser
//! with CSS selectors) rather than by searching the text for tags.

use std::cell::RefCell;
use std::rc::Rc;

use lol_html::html_content::{ContentType, Element};
use lol_html::{RewriteStrSettings, element, rewrite_str, text};
use ms_your_spine::{listen, text_size};

/// Waits until the browser reports the first contentful paint (the text,
/// on these pages), or a second where it cannot tell, in Trunk's loader
/// before it fetches the WebAssembly.
pub const AFTER_PAINT: &str = "await new Promise(r=>{setTimeout(r,1e3);\
try{new PerformanceObserver(l=>{l.getEntriesByName(\"first-contentful-\
paint\").length&&setTimeout(r)}).observe({type:\"paint\",buffered:!0})}\
catch(e){}});";

/// Scroll keys pressed before anything has focus go to the page's box.
/// On a tall screen the page scrolls in `.page-scroll`, above the tab bar,
/// and not in the document; a browser sends Page Down, Space or an arrow
/// to the document while `body` has focus, where nothing would move.
/// Focusing the box (`tabindex="-1"`, no scroll) as the key goes down
/// makes the key's own scroll land there, at the browser's own distance.
/// Tab is left alone, so it still reaches the skip link first.
pub const SCROLL_KEYS: &str = "addEventListener(\"keydown\",e=>{(document.\
activeElement||document.body)===document.body&&/^(Page(Up|Down)|Arrow(Up|\
Down)|Home|End| )$/.test(e.key)&&k.focus({preventScroll:!0})},!0);";

/// The page's box (`k`), then what the loader does with it at once:
/// [`SCROLL_KEYS`] and [`scroll_place`]. Nothing here waits for the
/// first paint.
pub fn page_box_script() -> String {
    format!(
        "const k=document.querySelector(\".page-scroll\");if(k){{{SCROLL_KEYS}{}}}",
        scroll_place()
    )
}

/// Session storage key prefix (then the page's path) for where a page
/// was scrolled.
const SCROLL_KEY: &str = "ms-your-spine.scroll:";

/// Where the page was scrolled, kept per page for this tab (the key is
/// [`SCROLL_KEY`] and the path) whenever the page is hidden, and put back
/// on a reload or a return through history: the browser's own
/// restoration only knows the document's scroll, and the page scrolls in
/// its own box. A page opened afresh starts at the top (or its
/// `#fragment`) and forgets the old place. A reading page is put back at
/// once. A diary page is put back once its code has drawn the tool
/// (`<html data-hydrated>`) and that frame is painted: the build's short
/// placeholder (`.diary-opening`) cannot hold the place, and scrolling in
/// the same frame as the tool appears would count as the page jumping.
pub fn scroll_place() -> String {
    format!(
        "try{{const n=\"{SCROLL_KEY}\"+location.pathname,p=sessionStorage;\
history.scrollRestoration=\"manual\";\
const t=(performance.getEntriesByType(\"navigation\")[0]||{{}}).type;\
if(t!==\"reload\"&&t!==\"back_forward\")p.removeItem(n);\
else{{const y=+p.getItem(n),g=()=>{{k.scrollTop=y;scrollTo(0,y)}};\
if(y>0)if(document.querySelector(\".diary-opening\")){{\
const d=document.documentElement,o=new MutationObserver(()=>{{\
d.hasAttribute(\"data-hydrated\")&&(o.disconnect(),\
requestAnimationFrame(()=>requestAnimationFrame(g)))}});\
o.observe(d,{{attributes:!0,attributeFilter:[\"data-hydrated\"]}})}}\
else g()}}\
addEventListener(\"pagehide\",()=>{{try{{p.setItem(n,\
Math.round(k.scrollTop+scrollY))}}catch(e){{}}}})}}catch(e){{}}"
    )
}

/// The quoted strings of a script (in "", '' or ``), in order.
fn quoted(script: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = script;
    while let Some(start) = rest.find(['"', '\'', '`']) {
        let quote = &rest[start..=start];
        let body = &rest[start + 1..];
        let Some(end) = body.find(quote) else {
            break;
        };
        out.push(&body[..end]);
        rest = &body[end + 1..];
    }
    out
}

/// The page's own loader, made from Trunk's (whose only use here is to
/// name the two files): after the first paint ([`AFTER_PAINT`]) it adds
/// the whole stylesheet, fetches the JS glue with a dynamic `import` and
/// the stylesheet together, and the WebAssembly beside them (not after the
/// glue: that was one more round trip before the diary could start), then
/// starts the WebAssembly. Nothing it loads
/// can hold up the first paint: Trunk's static `import` made the browser
/// fetch the glue at once, beside the page. Islands start only once the
/// stylesheet has applied (or failed), so they never draw unstyled.
pub fn loader_for(
    trunk_loader: &str,
    stylesheet: &Stylesheet,
) -> Result<String, String> {
    let strings = quoted(trunk_loader);
    let one = |what: &str, test: &dyn Fn(&str) -> bool| {
        let found: Vec<&str> =
            strings.iter().copied().filter(|s| test(s)).collect();
        match found.as_slice() {
            [url] if url.starts_with('/') && !url.contains(['"', '\\']) => {
                Ok(url.to_string())
            }
            _ => Err(format!(
                "Trunk's loader names {} {what} files",
                found.len()
            )),
        }
    };
    let glue = one("JS glue", &|s| s.ends_with(".js"))?;
    let wasm = one("WebAssembly", &|s| s.ends_with("_bg.wasm"))?;
    let integrity = match &stylesheet.integrity {
        Some(sri) => format!("l.integrity=\"{sri}\";"),
        None => String::new(),
    };
    Ok(format!(
        "{at_once}{AFTER_PAINT}const l=document.createElement(\"link\");\
l.rel=\"stylesheet\";{integrity}l.href=\"{href}\";\
const s=new Promise(r=>{{l.onload=l.onerror=r}});document.head.append(l);\
const w=fetch(\"{wasm}\");w.catch(()=>{{}});\
const[b]=await Promise.all([import(\"{glue}\"),s]);\
const wasm=await b.default({{module_or_path:w}});\
window.wasmBindings=b;\
dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\",{{detail:{{wasm}}}}));",
        href = stylesheet.href,
        at_once = page_box_script(),
    ))
}

/// Trunk's inline module loader: a module script without `src`.
const LOADER: &str = "script[type=module]:not([src])";

/// Runs the rewriter with the given element handlers.
fn rewrite<'h>(
    html: &str,
    handlers: Vec<(
        std::borrow::Cow<'static, lol_html::Selector>,
        lol_html::ElementContentHandlers<'h>,
    )>,
) -> Result<String, String> {
    let settings = handlers
        .into_iter()
        .fold(RewriteStrSettings::new(), |settings, handler| {
            settings.append_element_content_handler(handler)
        });
    rewrite_str(html, settings).map_err(|e| format!("HTML rewriter: {e}"))
}

/// The text of every element matched by `selector`, in order.
fn texts_of(html: &str, selector: &str) -> Result<Vec<String>, String> {
    let found: Rc<RefCell<Vec<String>>> = Rc::default();
    let (starts, chunks) = (Rc::clone(&found), Rc::clone(&found));
    rewrite(
        html,
        vec![
            element!(selector, move |_el: &mut Element| {
                starts.borrow_mut().push(String::new());
                Ok(())
            }),
            text!(selector, move |chunk| {
                if let Some(last) = chunks.borrow_mut().last_mut() {
                    last.push_str(chunk.as_str());
                }
                Ok(())
            }),
        ],
    )?;
    Ok(found.take())
}

/// The inline scripts of a page (those without `src`), exactly as the
/// browser hashes them: the text between the tags.
pub fn inline_scripts(html: &str) -> Result<Vec<String>, String> {
    texts_of(html, "script:not([src])")
}

/// The inline styles of a page, as the browser hashes them.
pub fn inline_styles(html: &str) -> Result<Vec<String>, String> {
    texts_of(html, "style")
}

/// The text of the page's inline module loader (Trunk's).
pub fn loader(html: &str) -> Result<String, String> {
    let mut found = texts_of(html, LOADER)?;
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!("expected one inline module loader, found {n}")),
    }
}

/// The shell every page of one kind starts from: the built `index.html`
/// without `<link rel=preload>` and `rel=modulepreload` (on a
/// pre-rendered page they would make the WebAssembly compete with the
/// first paint for a slow connection), and with Trunk's loader replaced
/// by ours ([`loader_for`]), made from `loader_text` when given (how a
/// diary page gets the diary's WebAssembly) or else from the page's own.
pub fn shell(
    built: &str,
    stylesheet: &Stylesheet,
    loader_text: Option<&str>,
) -> Result<String, String> {
    let ours = loader_for(
        &match loader_text {
            Some(text) => text.to_string(),
            None => loader(built)?,
        },
        stylesheet,
    )?;
    let loaders = Rc::new(RefCell::new(0));
    let seen = Rc::clone(&loaders);
    let page = rewrite(
        built,
        vec![
            element!(
                "link[rel=preload], link[rel=modulepreload]",
                |el: &mut Element| {
                    el.remove();
                    Ok(())
                }
            ),
            element!(LOADER, move |el: &mut Element| {
                *seen.borrow_mut() += 1;
                el.set_inner_content(&ours, ContentType::Html);
                Ok(())
            }),
            // The saved text size, applied before the first paint. Just
            // before the title: the built page has no `<head>` tag (the
            // minifier drops it), and the policy's meta comes first.
            element!("title", |el: &mut Element| {
                el.before(
                    &format!(
                        "<script>{}{}</script>",
                        text_size::head_script(),
                        listen::HEAD_FLAG
                    ),
                    ContentType::Html,
                );
                Ok(())
            }),
        ],
    )?;
    match *loaders.borrow() {
        1 => Ok(page),
        n => Err(format!("expected one inline module loader, found {n}")),
    }
}

/// What one view's page says about itself.
pub struct PageText<'a> {
    /// The page's language tag, for `<html lang>`.
    pub lang: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    /// The same page in each language, as (language tag, path), for
    /// `<link rel=alternate hreflang>` in the head (none: no links).
    pub alternates: &'a [(&'a str, String)],
    /// The rendered `<body>` contents.
    pub body: &'a str,
}

/// The shell made into one view's page: its own title and meta
/// description, and its rendered body. Fails if the shell lacks any of
/// `<title>`, `<meta name=description>` or an empty `<body>`, so a
/// change to index.html cannot silently drop them. No whitespace is
/// added to the body: hydration walks the nodes exactly as rendered.
pub fn page(shell: &str, text: &PageText) -> Result<String, String> {
    let found = Rc::new(RefCell::new((0, 0, 0)));
    let (t, d, b) = (Rc::clone(&found), Rc::clone(&found), Rc::clone(&found));
    let description = text.description.replace('&', "&amp;");
    let links: String = text
        .alternates
        .iter()
        .map(|(code, path)| {
            format!(r#"<link rel="alternate" hreflang="{code}" href="{path}">"#)
        })
        .collect();
    let html = rewrite(
        shell,
        vec![
            element!("html", move |el: &mut Element| {
                el.set_attribute("lang", text.lang)
                    .map_err(|e| e.to_string())?;
                Ok(())
            }),
            element!("title", move |el: &mut Element| {
                t.borrow_mut().0 += 1;
                el.set_inner_content(text.title, ContentType::Text);
                // The built page has no `<head>` tag (minified): the
                // links go right after the title.
                el.after(&links, ContentType::Html);
                Ok(())
            }),
            element!("meta[name=description]", move |el: &mut Element| {
                d.borrow_mut().1 += 1;
                el.set_attribute("content", &description)
                    .map_err(|e| e.to_string())?;
                Ok(())
            }),
            element!("body", move |el: &mut Element| {
                b.borrow_mut().2 += 1;
                el.set_inner_content(text.body, ContentType::Html);
                Ok(())
            }),
        ],
    )?;
    match *found.borrow() {
        (1, 1, 1) => {}
        (0, _, _) => return Err("index.html has no <title>".into()),
        (_, 0, _) => {
            return Err("index.html has no <meta name=description>".into());
        }
        (_, _, 0) => return Err("index.html has no <body>".into()),
        _ => return Err("index.html has a duplicated head tag".into()),
    }
    if !shell.contains("<body></body>") {
        return Err("the built page's <body> is not empty".into());
    }
    Ok(html)
}

/// The page's stylesheet link (Trunk's hashed file).
pub struct Stylesheet {
    pub href: String,
    /// Trunk's subresource integrity hash, if it wrote one.
    pub integrity: Option<String>,
}

/// The page's one stylesheet link.
pub fn stylesheet(html: &str) -> Result<Stylesheet, String> {
    let found: Rc<RefCell<Vec<Stylesheet>>> = Rc::default();
    let seen = Rc::clone(&found);
    rewrite(
        html,
        vec![element!("link[rel=stylesheet]", move |el: &mut Element| {
            seen.borrow_mut().push(Stylesheet {
                href: el.get_attribute("href").unwrap_or_default(),
                integrity: el.get_attribute("integrity"),
            });
            Ok(())
        })],
    )?;
    let mut found = found.take();
    match found.len() {
        1 => Ok(found.remove(0)),
        n => Err(format!("expected one stylesheet link, found {n}")),
    }
}

/// The page with `critical` inlined as a `<style>` where its stylesheet
/// link was, and the link kept inside `<noscript>` for a browser with
/// JavaScript off; with it on, the loader adds the stylesheet after the
/// first paint ([`loader_for`]). The first paint waits for no download.
/// Only rules that can apply to the page's own markup are in `critical`,
/// so nothing moves when the rest arrives.
pub fn with_critical_css(html: &str, critical: &str) -> Result<String, String> {
    let done = Rc::new(RefCell::new(0));
    let seen = Rc::clone(&done);
    let style = format!("<style>{critical}</style>");
    let page = rewrite(
        html,
        vec![element!("link[rel=stylesheet]", move |el: &mut Element| {
            *seen.borrow_mut() += 1;
            el.before(&style, ContentType::Html);
            el.before("<noscript>", ContentType::Html);
            el.after("</noscript>", ContentType::Html);
            Ok(())
        })],
    )?;
    match *done.borrow() {
        1 => Ok(page),
        n => Err(format!("expected one stylesheet link, found {n}")),
    }
}

/// The page with its web app manifest link pointing at `href` (the
/// Spanish pages' manifest names the app in Spanish and starts at
/// `/es/`). Fails if the page has no manifest link.
pub fn with_manifest(html: &str, href: &str) -> Result<String, String> {
    let done = Rc::new(RefCell::new(0));
    let seen = Rc::clone(&done);
    let page = rewrite(
        html,
        vec![element!("link[rel=manifest]", move |el: &mut Element| {
            *seen.borrow_mut() += 1;
            el.set_attribute("href", href).map_err(|e| e.to_string())?;
            Ok(())
        })],
    )?;
    match *done.borrow() {
        1 => Ok(page),
        n => Err(format!("expected one manifest link, found {n}")),
    }
}

/// The page with the policy as a `<meta>` tag right after the charset,
/// before anything it governs.
pub fn with_csp(html: &str, policy: &str) -> Result<String, String> {
    let done = Rc::new(RefCell::new(false));
    let seen = Rc::clone(&done);
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">"
    );
    let page = rewrite(
        html,
        vec![element!("meta[charset]", move |el: &mut Element| {
            *seen.borrow_mut() = true;
            el.after(&meta, ContentType::Html);
            Ok(())
        })],
    )?;
    if *done.borrow() {
        Ok(page)
    } else {
        Err("the page has no <meta charset>".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILT: &str = "<html><head><meta charset=utf-8><title>Old</title>\
<meta name=description content=\"Old words\">\
<script type=module>import init,*as bindings from\"/a.js\";\
const wasm=await init({module_or_path:`/a_bg.wasm`});</script>\
<link href=/m.css integrity=sha384-abc rel=stylesheet><link crossorigin \
href=/a.js rel=modulepreload><link as=fetch href=/a_bg.wasm rel=preload \
type=application/wasm></head><body></body></html>";

    /// The stylesheet link of [`BUILT`].
    fn sheet() -> Stylesheet {
        stylesheet(BUILT).unwrap()
    }

    #[test]
    fn preloads_go_the_stylesheet_stays_and_our_loader_waits() {
        let page = shell(BUILT, &sheet(), None).unwrap();
        assert!(
            page.contains(
                "<link href=/m.css integrity=sha384-abc rel=stylesheet>"
            ),
            "{page}"
        );
        assert!(!page.contains("preload"), "{page}");
        let scripts = inline_scripts(&page).unwrap();
        assert_eq!(scripts.len(), 2);
        // The saved text size is applied in the head, before the title,
        // so before the first paint, and a browser that can speak is
        // marked there (the Listen controls show only then).
        assert_eq!(
            scripts[0],
            format!("{}{}", text_size::head_script(), listen::HEAD_FLAG)
        );
        assert!(page.contains("</script><title>"), "{page}");
        let ours = &scripts[1];
        // Scroll keys are routed at once; everything else waits for the
        // first paint.
        let rest = ours.strip_prefix(&page_box_script()).unwrap_or_default();
        assert!(rest.starts_with(AFTER_PAINT), "{ours}");
        // No static import: the glue is fetched after the first paint,
        // with the stylesheet, before the WebAssembly starts.
        assert!(!ours.contains("import init"), "{ours}");
        assert!(ours.contains("import(\"/a.js\")"), "{ours}");
        assert!(ours.contains("l.href=\"/m.css\""), "{ours}");
        assert!(ours.contains("l.integrity=\"sha384-abc\""), "{ours}");
        // The WebAssembly is fetched beside the glue, not after it.
        assert!(ours.contains("fetch(\"/a_bg.wasm\")"), "{ours}");
        assert!(ours.contains("module_or_path:w"), "{ours}");
        let css = ours.find("document.head.append(l)").unwrap();
        let wasm = ours.find("fetch(\"/a_bg.wasm\")").unwrap();
        let glue = ours.find("import(\"/a.js\")").unwrap();
        let start = ours.find("b.default(").unwrap();
        assert!(css < start, "the stylesheet is asked for first");
        assert!(wasm < glue, "the WebAssembly is asked for with the glue");
    }

    #[test]
    fn a_diary_shell_gets_the_diary_loader() {
        let diary = "<script type=module>import init,*as bindings from\
\"/d.js\";const wasm=await init({module_or_path:'/d_bg.wasm'});</script>";
        let theirs = loader(diary).unwrap();
        let page = shell(BUILT, &sheet(), Some(&theirs)).unwrap();
        assert!(page.contains("import(\"/d.js\")"), "{page}");
        assert!(page.contains("fetch(\"/d_bg.wasm\")"));
        assert!(!page.contains("/a.js"), "{page}");
        assert!(loader("<p>no script</p>").is_err());
        assert!(shell("<head></head><body></body>", &sheet(), None).is_err());
        // A loader that does not name exactly one of each file is refused.
        let two = "<script type=module>import a from\"/a.js\";\
import b from\"/b.js\";init('/a_bg.wasm')</script>";
        assert!(shell(BUILT, &sheet(), Some(&loader(two).unwrap())).is_err());
    }

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        let html = "<script type=module>import a;</script>\
<script src=/x.js></script><script>b()</script><style>p{}</style>";
        assert_eq!(inline_scripts(html).unwrap(), ["import a;", "b()"]);
        assert_eq!(inline_styles(html).unwrap(), ["p{}"]);
    }

    #[test]
    fn each_page_gets_its_title_description_and_body() {
        let alternates = [
            ("en", "/symptoms/".to_string()),
            ("es", "/es/sintomas/".to_string()),
        ];
        let text = PageText {
            lang: "es",
            title: "Symptoms - MS & Your Spine",
            description: "Say \"what\" & why",
            alternates: &alternates,
            body: "<main>x</main>",
        };
        let html = page(BUILT, &text).unwrap();
        assert!(html.contains("<title>Symptoms - MS &amp; Your Spine</title>"));
        assert!(!html.contains("Old"), "{html}");
        assert!(
            html.contains("content=\"Say &quot;what&quot; &amp; why\""),
            "{html}"
        );
        assert!(html.ends_with("<body><main>x</main></body></html>"));
        assert!(html.contains(r#"<html lang="es">"#), "{html}");
        assert!(html.contains(
            r#"</title><link rel="alternate" hreflang="en" href="/symptoms/"><link rel="alternate" hreflang="es" href="/es/sintomas/">"#
        ), "{html}");
    }

    #[test]
    fn a_spanish_page_gets_the_spanish_manifest() {
        let html =
            r#"<head><link href=/manifest.webmanifest rel=manifest></head>"#;
        let done = with_manifest(html, "/manifest-es.webmanifest").unwrap();
        assert!(
            done.contains(r#"href="/manifest-es.webmanifest""#),
            "{done}"
        );
        assert!(with_manifest("<head></head>", "/m").is_err());
    }

    #[test]
    fn a_shell_without_the_tags_is_refused() {
        let text = PageText {
            lang: "en",
            title: "t",
            description: "d",
            alternates: &[],
            body: "b",
        };
        assert!(page("<html><body></body></html>", &text).is_err());
        let no_meta = "<head><title>t</title></head><body></body>";
        assert!(page(no_meta, &text).is_err());
        let full = "<head><title>t</title><meta name=description></head>\
<body>\n</body>";
        assert!(page(full, &text).is_err());
    }

    #[test]
    fn critical_css_goes_inline_and_the_stylesheet_into_noscript() {
        let html = page(
            BUILT,
            &PageText {
                lang: "en",
                title: "t",
                description: "d",
                alternates: &[],
                body: "<main>x</main>",
            },
        )
        .unwrap();
        assert_eq!(stylesheet(&html).unwrap().href, "/m.css");
        let html = with_critical_css(&html, "main{color:red}").unwrap();
        assert!(
            html.contains(
                "<style>main{color:red}</style><noscript><link href=/m.css \
integrity=sha384-abc rel=stylesheet></noscript>"
            ),
            "{html}"
        );
        assert_eq!(inline_styles(&html).unwrap(), ["main{color:red}"]);
        assert!(with_critical_css("<body></body>", "x").is_err());
        assert!(stylesheet("<p></p>").is_err());
    }

    #[test]
    fn the_policy_goes_right_after_the_charset() {
        let html = with_csp(BUILT, "default-src 'self'").unwrap();
        assert!(html.starts_with(
            "<html><head><meta charset=utf-8><meta http-equiv=\
\"Content-Security-Policy\" content=\"default-src 'self'\"><title>"
        ));
        assert!(with_csp("<html>", "x").is_err());
    }
}
