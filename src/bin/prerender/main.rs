//! Build step (Trunk `post_build` hook): renders every view's page
//! natively from the app's own components (Leptos server-side rendering,
//! run at build time: there is no server) and writes it into Trunk's
//! staging folder, one HTML file per view URL plus `404.html`. The text
//! is then in the HTML before any WebAssembly loads; in the browser the
//! WebAssembly hydrates the page's islands (see `src/islands.rs`).
//!
//! The diary's WebAssembly is a second Trunk build (`diary.html`, into
//! `target/diary-dist/<profile>`, run first by `make build`), and the
//! spinal tools' a third (`tools.html`, into `target/tools-dist`). Their
//! files are copied in here; the tools' two pages load the tools' files,
//! the other diary pages the diary's.
//!
//! Then it fills in the service worker (`sw.js`): the list of every file
//! to keep for offline use and a version that changes whenever any file
//! does.
//!
//! The HTML edits (`page`), the security policy (`policy`) and the worker
//! (`worker`) are this binary's own modules: the app library never
//! carries build-time code.
//!
//! Reads the staging folder from `TRUNK_STAGING_DIR` (set by Trunk) or
//! from the first argument.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use ms_your_spine::lang::Lang;
use ms_your_spine::routes::{self, View};
use ms_your_spine::{Document, DocumentProps};

mod critical;
mod host;
mod page;
mod policy;
mod worker;

/// Where `make build` puts the diary's Trunk build, in a folder per
/// profile, so a debug build never ships in a release one.
const DIARY_DIST: &str = "target/diary-dist";
/// Where `make build` puts the spinal tools' Trunk build, as the diary's.
const TOOLS_DIST: &str = "target/tools-dist";

fn main() -> ExitCode {
    let html_file = std::env::var("TRUNK_HTML_FILE").unwrap_or_default();
    if html_file.ends_with("diary.html") || html_file.ends_with("tools.html") {
        // The diary's or the tools' own build: its files are picked up by
        // the main one.
        return ExitCode::SUCCESS;
    }
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("prerender: give the dist folder, or run from Trunk");
        return ExitCode::FAILURE;
    };
    // Trunk names the profile; run by hand, the release is meant.
    let profile =
        std::env::var("TRUNK_PROFILE").unwrap_or_else(|_| "release".into());
    let diary = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(DIARY_DIST)
        .join(&profile);
    // Where Trunk moves the staging folder when done (the nginx block
    // serves from there).
    let dist = std::env::var("TRUNK_DIST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| dir.clone());
    let tools = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(TOOLS_DIST)
        .join(&profile);
    let result = copy_diary_build(
        &diary,
        &dir,
        "ms-your-spine-diary-",
        "diary.html",
        DIARY_DIST,
    )
    .and_then(|shell| {
        let tools_shell = copy_diary_build(
            &tools,
            &dir,
            "ms-your-spine-tools-",
            "tools.html",
            TOOLS_DIST,
        )?;
        write_pages(&dir, &shell, &tools_shell)
    })
    .and_then(|policies| {
        let urls = worker::write_worker(&dir)?;
        write_host_files(&dir, &dist, &policies, &urls)?;
        Ok((policies.len(), urls.len()))
    });
    match result {
        Ok((count, files)) => {
            println!(
                "prerender: rendered {count} pages, a service worker \
keeping {files} files and the host headers, in {}",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Copies a second build's files (the diary's or the tools': those
/// named `prefix`, all but its page) into `dir` and returns that page,
/// whose loader its pages use.
fn copy_diary_build(
    diary: &Path,
    dir: &Path,
    prefix: &str,
    html: &str,
    dist: &str,
) -> Result<String, String> {
    let page = diary.join("index.html");
    let shell = std::fs::read_to_string(&page).map_err(|e| {
        format!(
            "cannot read {} ({e}): build it first \
(`make build` does: trunk build {html} --release --dist {dist}/release)",
            page.display()
        )
    })?;
    let entries = std::fs::read_dir(diary)
        .map_err(|e| format!("cannot list {}: {e}", diary.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(name) = path.file_name() else {
            continue;
        };
        let wanted = name.to_str().is_some_and(|n| {
            n.starts_with(prefix)
                && (n.ends_with(".js") || n.ends_with(".wasm"))
        });
        if wanted {
            std::fs::copy(&path, dir.join(name))
                .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    Ok(shell)
}

/// The page for one view in one language, rendered by the app's own
/// components.
fn render(view: View, lang: Lang) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| Document(DocumentProps { view, lang }).into_view().to_html())
}

/// The site's origin for absolute `hreflang` links, from `SITE_ORIGIN`
/// at build time ("https://example.org"): search engines and Lighthouse
/// want them fully qualified, and only the deployer knows the host.
/// Unset, the links are paths, which browsers still follow. A value that
/// is not a bare http(s) origin stops the build.
fn site_origin() -> Result<String, String> {
    match std::env::var("SITE_ORIGIN") {
        Ok(value) if !value.is_empty() => {
            valid_origin(&value).map(str::to_string).ok_or_else(|| {
                format!(
                    "SITE_ORIGIN={value:?} is not an origin such as \
https://example.org (scheme and host, an optional port, no path)"
                )
            })
        }
        _ => Ok(String::new()),
    }
}

/// `text` if it is a bare http(s) origin: scheme, host and optional port,
/// with no path, query, credentials or characters that need escaping.
fn valid_origin(text: &str) -> Option<&str> {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    let host_ok = !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':'))
        && !rest.starts_with(['.', '-', ':']);
    host_ok.then_some(text)
}

/// The not-found page's address in a language: "/404.html" or
/// "/es/404.html" (hosts send it for unknown paths under `/es/`).
pub fn not_found_url(lang: Lang) -> String {
    format!("{}/404.html", lang.prefix())
}

/// Each written page's URL and the policy to send with it as a header:
/// its own hashes, and `frame-ancestors 'none'`.
type Policies = Vec<(String, String)>;

fn write_pages(
    dir: &Path,
    diary_build: &str,
    tools_build: &str,
) -> Result<Policies, String> {
    let origin = site_origin()?;
    let index = dir.join("index.html");
    let built = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let stylesheet = page::stylesheet(&built)?;
    let css_file = dir.join(stylesheet.href.trim_start_matches('/'));
    let css = std::fs::read_to_string(&css_file)
        .map_err(|e| format!("cannot read {}: {e}", css_file.display()))?;
    let reading = page::shell(&built, &stylesheet, None)?;
    let diary_loader = page::loader(diary_build)?;
    let diary = page::shell(&built, &stylesheet, Some(&diary_loader))?;
    let tools_loader = page::loader(tools_build)?;
    let tools = page::shell(&built, &stylesheet, Some(&tools_loader))?;
    let mut policies = Policies::new();
    // Every view in each language, then each language's not-found page.
    let targets = Lang::ALL
        .into_iter()
        .flat_map(|lang| {
            View::ROUTED
                .into_iter()
                .map(move |view| (view, lang, view.path_in(lang)))
        })
        .chain(
            Lang::ALL
                .into_iter()
                .map(|lang| (View::NotFound, lang, not_found_url(lang))),
        );
    for (view, lang, url) in targets {
        let file = match url.strip_suffix('/') {
            Some(folder) => {
                dir.join(folder.trim_start_matches('/')).join("index.html")
            }
            None => dir.join(url.trim_start_matches('/')),
        };
        let shell = if view.is_tool() {
            &tools
        } else if view.is_diary() {
            &diary
        } else {
            &reading
        };
        let body = render(view, lang);
        // The same view in each language, for `hreflang`, and English
        // for any other language (none for the not-found pages, which are
        // no view's address).
        let alternates: Vec<(&str, String)> = if view == View::NotFound {
            Vec::new()
        } else {
            Lang::ALL
                .into_iter()
                .map(|other| (other.code(), view.path_in(other)))
                .chain([("x-default", view.path_in(Lang::En))])
                .map(|(code, path)| (code, format!("{origin}{path}")))
                .collect()
        };
        let html = page::page(
            shell,
            &page::PageText {
                lang: lang.code(),
                title: &routes::title_in(view, lang),
                description: routes::description_in(view, lang),
                alternates: &alternates,
                body: &body,
            },
        )?;
        let html = match lang {
            Lang::En => html,
            Lang::Es => page::with_manifest(&html, "/manifest-es.webmanifest")?,
        };
        let critical = critical::critical_css(&css, &html)?;
        let html = page::with_critical_css(&html, &critical)?;
        // Each page carries a policy with the hashes of its own inline
        // loader and styles, so nothing runs or applies that the build
        // did not write.
        let (scripts, styles) =
            (page::inline_scripts(&html)?, page::inline_styles(&html)?);
        let policy = policy::content_security_policy(&scripts, &styles);
        let html = page::with_csp(&html, &policy)?;
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                format!("cannot create {}: {e}", parent.display())
            })?;
        }
        std::fs::write(&file, html)
            .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        policies.push((url, policy::header_policy(&scripts, &styles)));
    }
    Ok(policies)
}

/// Writes `_headers` into the site and the nginx block into
/// `target/deploy/nginx.conf`, each page with its own policy as a header.
fn write_host_files(
    dir: &Path,
    dist: &Path,
    policies: &Policies,
    urls: &[String],
) -> Result<(), String> {
    let mut listed: Vec<&str> = urls.iter().map(String::as_str).collect();
    listed.push("/sw.js");
    let headers = dir.join("_headers");
    std::fs::write(&headers, host::headers_file(policies, &listed))
        .map_err(|e| format!("cannot write {}: {e}", headers.display()))?;
    let deploy = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/deploy");
    std::fs::create_dir_all(&deploy)
        .map_err(|e| format!("cannot create {}: {e}", deploy.display()))?;
    let root = std::path::absolute(dist).map_err(|e| e.to_string())?;
    let nginx = deploy.join("nginx.conf");
    let text = host::nginx_server(&root.to_string_lossy(), policies);
    std::fs::write(&nginx, text)
        .map_err(|e| format!("cannot write {}: {e}", nginx.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_bare_http_origin_is_taken() {
        for good in [
            "https://example.org",
            "http://127.0.0.1:8211",
            "https://ms-spine.example.com",
        ] {
            assert_eq!(valid_origin(good), Some(good), "{good}");
        }
        for bad in [
            "",
            "example.org",
            "https://",
            "https://example.org/",
            "https://example.org/app",
            "https://user@example.org",
            "https://example.org?x",
            "https://exa mple.org",
            "https://\"onload=\"x",
            "ftp://example.org",
            "https://.example.org",
        ] {
            assert_eq!(valid_origin(bad), None, "{bad}");
        }
    }
}
