//! Benchmark (not a test): how big 10 years of daily entries for 15
//! symptoms are when stored, and how long reading them back takes.
//!
//!   cargo run --release --bin diary_bench [-- --write FILE]
//!
//! With `--write`, also saves the stored text to FILE so the browser
//! benchmark (e2e/bench-diary.mjs) can load the same data in the app.

use std::time::Instant;

use ms_your_spine::diary::{export_json, from_json, sample_decade, to_json};

/// Stored bytes must stay under this (the budget).
const BUDGET_BYTES: usize = 300 * 1000;
const RUNS: usize = 21;

fn main() -> std::process::ExitCode {
    let diary = sample_decade(7);
    let stored = to_json(&diary);
    let backup = export_json(&diary);
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            let loaded = from_json(&stored);
            let elapsed = start.elapsed().as_secs_f64() * 1000.0;
            assert!(loaded.is_ok_and(|d| d == diary), "round trip");
            elapsed
        })
        .collect();
    times.sort_by(f64::total_cmp);
    let median = times[RUNS / 2];
    println!(
        "diary: {} days x {} symptoms",
        diary.entries().len(),
        diary.symptoms().len()
    );
    println!(
        "stored (localStorage) {} bytes ({:.1} KB), budget {} KB",
        stored.len(),
        stored.len() as f64 / 1000.0,
        BUDGET_BYTES / 1000
    );
    println!("backup file {} bytes", backup.len());
    println!(
        "native parse + validate: median {median:.2} ms over {RUNS} runs \
(min {:.2}, max {:.2})",
        times[0],
        times[RUNS - 1]
    );
    let mut args = std::env::args().skip(1);
    if let (Some("--write"), Some(path)) = (args.next().as_deref(), args.next())
    {
        if let Err(e) = std::fs::write(&path, &stored) {
            eprintln!("cannot write {path}: {e}");
            return std::process::ExitCode::FAILURE;
        }
        println!("wrote {path}");
    }
    if stored.len() > BUDGET_BYTES {
        eprintln!("OVER BUDGET");
        return std::process::ExitCode::FAILURE;
    }
    std::process::ExitCode::SUCCESS
}
