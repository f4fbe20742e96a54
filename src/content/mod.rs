//! The educational content as typed data: one source of truth that pages
//! render and tests read.

pub mod clinic;

/// The app's name as shown in the header and the page title.
pub const APP_NAME: &str = "MS & Your Spine";

/// One plain sentence on what the app is for.
pub const APP_SUMMARY: &str = "Learn how multiple sclerosis (MS) can \
affect the spine, and keep a private record of your symptoms on your \
own phone.";

/// Shown on every page: the app teaches, it does not diagnose.
pub const DISCLAIMER: &str = "This app gives general information. It \
does not diagnose anything. Talk to a doctor about your own symptoms.";
