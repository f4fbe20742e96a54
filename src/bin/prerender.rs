//! Build step (Trunk `post_build` hook): renders every view's page
//! natively from the app's own components (Leptos server-side rendering,
//! run at build time: there is no server) and writes it into Trunk's
//! staging folder, one HTML file per view URL plus `404.html`. The text
//! is then in the HTML before any WebAssembly loads; in the browser the
//! WebAssembly hydrates the page's islands (see `src/islands.rs`).
//!
//! The diary's WebAssembly is a second Trunk build (`diary.html`, into
//! `target/diary-dist/<profile>`, run first by `make build`). Its files
//! are copied in here and only the diary pages load them.
//!
//! Then it fills in the service worker (`sw.js`): the list of every file
//! to keep for offline use and a version that changes whenever any file
//! does.
//!
//! Reads the staging folder from `TRUNK_STAGING_DIR` (set by Trunk) or
//! from the first argument.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use ms_your_spine::routes::{self, View};
use ms_your_spine::{Document, DocumentProps};
use sha2::{Digest, Sha256};

/// Where `make build` puts the diary's Trunk build, in a folder per
/// profile, so a debug build never ships in a release one.
const DIARY_DIST: &str = "target/diary-dist";

fn main() -> ExitCode {
    let html_file = std::env::var("TRUNK_HTML_FILE").unwrap_or_default();
    if html_file.ends_with("diary.html") {
        // The diary's own build: its files are picked up by the main one.
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
        .join(profile);
    let result = copy_diary_build(&diary, &dir)
        .and_then(|shell| write_pages(&dir, &shell))
        .and_then(|n| Ok((n, write_worker(&dir)?)));
    match result {
        Ok((count, files)) => {
            println!(
                "prerender: rendered {count} pages and a service worker \
keeping {files} files, in {}",
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

/// Copies the diary build's files (all but its page) into `dir` and
/// returns that page, whose loader the diary pages use.
fn copy_diary_build(diary: &Path, dir: &Path) -> Result<String, String> {
    let page = diary.join("index.html");
    let shell = std::fs::read_to_string(&page).map_err(|e| {
        format!(
            "cannot read {} ({e}): build the diary first \
(`make build` does: trunk build diary.html --release --dist \
{DIARY_DIST}/release)",
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
            n.starts_with("ms-your-spine-diary-")
                && (n.ends_with(".js") || n.ends_with(".wasm"))
        });
        if wanted {
            std::fs::copy(&path, dir.join(name))
                .map_err(|e| format!("cannot copy {}: {e}", path.display()))?;
        }
    }
    Ok(shell)
}

/// The page for one view, rendered by the app's own components.
fn render(view: View) -> String {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    owner.with(|| Document(DocumentProps { view }).into_view().to_html())
}

fn write_pages(dir: &Path, diary_shell: &str) -> Result<usize, String> {
    let index = dir.join("index.html");
    let built = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    let reading =
        routes::with_loader_after_paint(&routes::without_preloads(&built))?;
    let diary = routes::with_loader_after_paint(&routes::without_preloads(
        &routes::with_loader_of(&built, diary_shell)?,
    ))?;
    let mut written = 0;
    let targets = View::ROUTED
        .into_iter()
        .map(|view| (view, dir.join(view.slug()).join("index.html")))
        .chain([(View::NotFound, dir.join("404.html"))]);
    for (view, file) in targets {
        let shell = if view.is_diary() { &diary } else { &reading };
        let page = routes::page_html(shell, view)?;
        let page = routes::with_body(&page, &render(view))?;
        // Each page carries a policy with the hash of its own inline
        // loader, so no script runs that the build did not make.
        let hashes: Vec<String> = routes::inline_scripts(&page)
            .into_iter()
            .map(|script| base64(&Sha256::digest(script.as_bytes())))
            .collect();
        let policy = routes::content_security_policy(&hashes);
        let page = routes::with_csp(&page, &policy)?;
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                format!("cannot create {}: {e}", parent.display())
            })?;
        }
        std::fs::write(&file, page)
            .map_err(|e| format!("cannot write {}: {e}", file.display()))?;
        written += 1;
    }
    Ok(written)
}

/// Fills in `sw.js`: the URL of every emitted file and a version hash.
/// Returns how many files it keeps.
fn write_worker(dir: &Path) -> Result<usize, String> {
    let worker = dir.join("sw.js");
    let template = std::fs::read_to_string(&worker)
        .map_err(|e| format!("cannot read {}: {e}", worker.display()))?;
    let mut files = Vec::new();
    collect_files(dir, dir, &mut files)?;
    files.retain(|(url, _)| url != "/sw.js");
    files.sort();
    let urls: Vec<&str> = files.iter().map(|(url, _)| url.as_str()).collect();
    let text = routes::fill_worker(&template, &urls, &version(&files))?;
    std::fs::write(&worker, text)
        .map_err(|e| format!("cannot write {}: {e}", worker.display()))?;
    Ok(urls.len())
}

/// Every file below `dir` as (URL path, bytes); `index.html` files are
/// listed under their folder's URL, as visitors ask for them.
fn collect_files(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue; // Trunk's lock file and the like.
        }
        if path.is_dir() {
            collect_files(root, &path, out)?;
            continue;
        }
        let relative = path
            .strip_prefix(root)
            .map_err(|e| e.to_string())?
            .to_string_lossy()
            .replace('\\', "/");
        let url = match relative.strip_suffix("index.html") {
            Some(folder) => format!("/{folder}"),
            None => format!("/{relative}"),
        };
        let bytes = std::fs::read(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        out.push((url, bytes));
    }
    Ok(())
}

/// A short hash of every file's name and bytes (FNV-1a, 64 bits): not
/// for security, only so that any change gives a new worker.
fn version(files: &[(String, Vec<u8>)]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (url, bytes) in files {
        for byte in url.as_bytes().iter().chain([0u8].iter()).chain(bytes) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// Standard base64 with padding, as CSP hashes are written.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_examples() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn a_known_sha256_in_base64() {
        // sha256("") in base64, as browsers print it in CSP errors.
        assert_eq!(
            base64(&Sha256::digest(b"")),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
    }
}
