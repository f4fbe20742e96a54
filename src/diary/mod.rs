//! The symptom diary as a pure model: no browser APIs, so all of it is
//! tested natively. The pages show it; `storage.rs` saves the string that
//! [`to_json`] makes and reads it back with [`from_json`].
//!
//! - [`model`]: symptoms, daily entries and the checked value types.
//! - [`format`](mod@format): the versioned, compact JSON kept in the
//!   browser and in backup files, with migrations from earlier versions.
//! - [`transfer`]: CSV export, backup import (with checks) and merge.
//! - [`bladder`] and [`walk`]: the bladder diary and the timed 25-foot
//!   walk, kept in the same diary (format version 2).
//! - [`insight`]: trends, the "possible relapse" and "pseudo-relapse"
//!   flags and the care level to show. These never diagnose; they say when to ask for help.

pub mod bladder;
pub mod date;
pub mod format;
pub mod insight;
pub mod model;
pub mod report;
pub mod sample;
pub mod sync;
pub mod transfer;
pub mod walk;

pub use date::Date;
pub use format::{CURRENT_VERSION, LoadError, export_json, from_json, to_json};
pub use insight::{
    Direction, FlagKind, RelapseFlag, RelapseReason, Trend, care_level,
    emergency_signs, relapse_flags, trend,
};
pub use model::{
    BodyArea, CustomName, Diary, Entry, InputError, Medicines, Note, Onset,
    Pattern, RecordId, Score, Symptom, Text,
};
pub use report::{Report, build_report};
pub use sample::sample_decade;
pub use sync::{merge_entry, merge_three_way};
pub use transfer::{
    IMPORT_MAX_BYTES, ImportError, ImportPreview, export_bladder_csv_in,
    export_csv, export_walks_csv_in, merge, parse_import,
};

/// Most characters in a note (per symptom and per day).
pub const NOTE_MAX_CHARS: usize = 500;
/// Most characters in a symptom's body area, e.g. "left leg".
pub const BODY_AREA_MAX_CHARS: usize = 60;
/// Most characters in the name of a symptom the user adds.
pub const CUSTOM_NAME_MAX_CHARS: usize = 40;
/// Most characters in a day's "medicines taken".
pub const MEDICINES_MAX_CHARS: usize = 200;
/// Most symptoms a user can add, on top of the 6 from the content. Keeps
/// the diary page and the CSV to a size people can read.
pub const MAX_CUSTOM_SYMPTOMS: usize = 20;
/// Most bladder diary entries kept: about 50 three-day diaries of 20
/// entries a day.
pub const MAX_BLADDER_EVENTS: usize = 3000;
/// Most walk tests kept: one a week for ten years.
pub const MAX_WALK_TESTS: usize = 520;
/// Most characters in a record id (see [`RecordId`]).
pub const RECORD_ID_MAX_CHARS: usize = 24;
/// The top of the severity scale (0 is none); also the top of sleep
/// quality.
pub const SEVERITY_MAX: u8 = 10;
