//! The content in US Spanish (es-US): the same structure as the English
//! modules beside it, item for item, with the same ids, levels, numbers
//! and sources. Only the words differ. `tests/content_es.rs` proves the
//! parity and holds the Spanish text to its writing rules; the terms and
//! register follow `/work/shared/ES_GLOSSARY.md` (usted, "EM", plain word
//! first with the medical term after it).

pub mod care;
pub mod clinic;
pub mod quiz;
pub mod spine;
pub mod stats;
pub mod symptoms;
pub mod topics;

/// The app's name in Spanish, in the header and the page title.
pub const APP_NAME: &str = "La EM y su columna";

/// One plain sentence on what the app is for.
pub const APP_SUMMARY: &str = "Vea cómo la esclerosis múltiple (EM) puede \
afectar la médula espinal. Anote sus síntomas. Todo queda en su teléfono.";

/// Shown on every page: the app teaches, it does not diagnose.
pub const DISCLAIMER: &str = "Esta app da información general. No sirve \
para saber qué tiene. Hable con un médico sobre sus síntomas.";
