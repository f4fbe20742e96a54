//! Build step (Trunk `post_build` hook): writes one HTML file per view
//! into Trunk's staging folder, so every view's URL exists as a real file.
//! A reload or a shared link then works on any static host without server
//! rewrites, and each page carries its own title and description.
//!
//! Then it fills in the service worker (`sw.js`): the list of every file
//! to keep for offline use and a version that changes whenever any file
//! does.
//!
//! Reads the staging folder from `TRUNK_STAGING_DIR` (set by Trunk) or
//! from the first argument.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ms_your_spine::routes::{self, View};
use sha2::{Digest, Sha256};

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("prerender: give the dist folder, or run from Trunk");
        return ExitCode::FAILURE;
    };
    match write_pages(&dir).and_then(|n| Ok((n, write_worker(&dir)?))) {
        Ok((count, files)) => {
            println!(
                "prerender: wrote {count} pages and a service worker \
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

fn write_pages(dir: &Path) -> Result<usize, String> {
    let index = dir.join("index.html");
    let built = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
    // Every page carries the same policy, with the hash of Trunk's inline
    // loader, so no script runs that the build did not make.
    let hashes: Vec<String> = routes::inline_scripts(&built)
        .into_iter()
        .map(|script| base64(&Sha256::digest(script.as_bytes())))
        .collect();
    let policy = routes::content_security_policy(&hashes);
    let shell = routes::with_csp(&built, &policy)?;
    let mut written = 0;
    let targets = View::ROUTED
        .into_iter()
        .map(|view| (view, dir.join(view.slug()).join("index.html")))
        .chain([(View::NotFound, dir.join("404.html"))]);
    for (view, file) in targets {
        let page = routes::page_html(&shell, view)?;
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
