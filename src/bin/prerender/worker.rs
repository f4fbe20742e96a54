//! Fills in the service worker template (`sw.js`): the URL of every
//! emitted file to keep for offline use, and a version that changes
//! whenever any file does.

use std::path::Path;

use sha2::{Digest, Sha256};

/// Fills in `sw.js` in `dir`. Returns the URLs it keeps.
pub fn write_worker(dir: &Path) -> Result<Vec<String>, String> {
    let worker = dir.join("sw.js");
    let template = std::fs::read_to_string(&worker)
        .map_err(|e| format!("cannot read {}: {e}", worker.display()))?;
    let mut files = Vec::new();
    collect_files(dir, dir, &mut files)?;
    files.retain(|(url, _)| url != "/sw.js");
    files.sort();
    let list: Vec<(&str, String)> = files
        .iter()
        .map(|(url, bytes)| (url.as_str(), revision(url, bytes)))
        .collect();
    let text = fill_worker(&template, &list, &version(&files))?;
    std::fs::write(&worker, text)
        .map_err(|e| format!("cannot write {}: {e}", worker.display()))?;
    Ok(files.into_iter().map(|(url, _)| url).collect())
}

/// A file's revision for the worker: "" when its name already changes
/// with its content (Trunk's hashed names), else the first 16 hex digits
/// of the sha256 of its bytes. A new worker copies a file from the old
/// cache when the revisions match, instead of downloading it again.
pub fn revision(url: &str, bytes: &[u8]) -> String {
    if crate::host::is_hashed(url) {
        return String::new();
    }
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The template with its placeholders filled in: the list of
/// `[url, revision]` to keep offline and the version. Fails if a
/// placeholder is missing, so a changed template cannot ship unfilled.
pub fn fill_worker(
    template: &str,
    files: &[(&str, String)],
    version: &str,
) -> Result<String, String> {
    const LIST: &str = "__PRECACHE__";
    const VERSION: &str = "\"__VERSION__\"";
    if !template.contains(LIST) || !template.contains(VERSION) {
        return Err("sw.js lacks __PRECACHE__ or \"__VERSION__\"".into());
    }
    let list = serde_json::to_string(files).map_err(|e| e.to_string())?;
    let version = serde_json::to_string(version).map_err(|e| e.to_string())?;
    Ok(template.replace(LIST, &list).replace(VERSION, &version))
}

/// Every file below `dir` as (URL path, bytes); `index.html` files are
/// listed under their folder's URL, as visitors ask for them.
pub fn collect_files(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), String> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') || name == "_headers" {
            // Trunk's lock file and the like, and the host's headers
            // (written after the worker, and never served).
            continue;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_gets_every_url_and_the_version() {
        let template = "const V = \"__VERSION__\"; const P = __PRECACHE__;";
        let files = [("/", "ab12".to_string()), ("/a b/", String::new())];
        let filled = fill_worker(template, &files, "00ff").expect("filled");
        assert_eq!(
            filled,
            r#"const V = "00ff"; const P = [["/","ab12"],["/a b/",""]];"#
        );
        assert!(fill_worker("const P = [];", &files, "1").is_err());
    }

    #[test]
    fn revisions_follow_content_except_for_hashed_names() {
        let page = revision("/about/", b"<p>one</p>");
        assert_eq!(page.len(), 16);
        assert_eq!(page, revision("/about/", b"<p>one</p>"));
        assert_ne!(page, revision("/about/", b"<p>two</p>"));
        // sha256("") begins e3b0c442 98fc1c14.
        assert_eq!(revision("/sw.txt", b""), "e3b0c44298fc1c14");
        assert_eq!(revision("/main-2c13129221e44c10.css", b"x"), "");
    }

    #[test]
    fn any_change_to_a_file_or_its_name_changes_the_version() {
        let files = vec![("/a".to_string(), b"one".to_vec())];
        let renamed = vec![("/b".to_string(), b"one".to_vec())];
        let edited = vec![("/a".to_string(), b"onf".to_vec())];
        assert_ne!(version(&files), version(&renamed));
        assert_ne!(version(&files), version(&edited));
        assert_eq!(version(&files), version(&files.clone()));
    }
}
