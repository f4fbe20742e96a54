//! Build step (Trunk `post_build` hook): writes one HTML file per view
//! into Trunk's staging folder, so every view's URL exists as a real file.
//! A reload or a shared link then works on any static host without server
//! rewrites, and each page carries its own title and description.
//!
//! Reads the staging folder from `TRUNK_STAGING_DIR` (set by Trunk) or
//! from the first argument.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ms_your_spine::routes::{self, View};

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("prerender: give the dist folder, or run from Trunk");
        return ExitCode::FAILURE;
    };
    match write_pages(&dir) {
        Ok(count) => {
            println!("prerender: wrote {count} pages in {}", dir.display());
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
    let shell = std::fs::read_to_string(&index)
        .map_err(|e| format!("cannot read {}: {e}", index.display()))?;
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
