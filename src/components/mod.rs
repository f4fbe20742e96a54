//! Reusable view pieces.

pub mod site_footer;
pub mod site_header;
