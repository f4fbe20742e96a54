//! Reusable view pieces.

pub mod bottom_nav;
pub mod care_card;
pub mod confirm;
pub mod diary_tabs;
pub mod lang_offer;
pub mod listen_control;
pub mod page_nav;
pub mod quiz;
pub mod save_status;
pub mod site_footer;
pub mod site_header;
pub mod spine_map;
pub mod stat_visual;
pub mod symptom_editor;
pub mod symptom_explainer;
pub mod topic_body;
pub mod trend_chart;
