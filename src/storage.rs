//! The only code that touches `localStorage`. Everything the visitor saves
//! goes through here, and every way the browser can refuse is a value
//! (`StoreError`), shown to the user, never a panic.
//!
//! Values are stored as the text the diary model writes (a versioned
//! envelope, `{"version":N,"data":...}`); small settings go through
//! gloo-storage's typed get/set.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;

use crate::lang::Lang;

/// Every key the app writes, in one place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keys {
    /// The diary: checklist, daily entries, custom symptoms.
    Diary,
    /// Small preferences (for example, when the last backup was made).
    Settings,
    /// The app's text size, as plain text ("125"), which every page's
    /// head script reads before the first paint (see `text_size.rs`).
    TextSize,
    /// The reading speed of Listen, as plain text ("Slower"; see
    /// `listen.rs`).
    ListenSpeed,
    /// The language the visitor chose, as its tag ("es"; see `lang.rs`).
    Lang,
    /// The language the clinician report was last printed in ("en").
    ReportLang,
}

/// Stored text that could not be read is kept under these keys, one per
/// incident, and never overwritten.
const BACKUP_PREFIX: &str = "ms-your-spine.unreadable-backup.";

/// How many unreadable copies we keep before refusing to make more.
const MAX_BACKUPS: u32 = 20;

impl Keys {
    /// The key's name in localStorage.
    pub const fn name(self) -> &'static str {
        match self {
            Keys::Diary => "ms-your-spine.diary",
            Keys::Settings => "ms-your-spine.settings",
            Keys::TextSize => "ms-your-spine.text-size",
            Keys::ListenSpeed => "ms-your-spine.listen-speed",
            Keys::Lang => "ms-your-spine.lang",
            Keys::ReportLang => "ms-your-spine.report-lang",
        }
    }
}

/// Why the browser would not store or read something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is off: private browsing, blocked cookies or site data.
    Unavailable,
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Any other refusal, with the browser's words.
    Failed(String),
}

impl StoreError {
    /// What to tell the user, in plain words.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// What to tell the user, in plain words, in a language (as
    /// [`message`](Self::message)).
    pub fn message_in(&self, lang: Lang) -> String {
        match (self, lang) {
            (StoreError::Unavailable, Lang::En) => "This browser is not \
letting the app save anything, so your entries will be lost when you close \
the page. This can happen in private browsing. Turn it off, or export your \
data before you leave."
                .to_string(),
            (StoreError::Unavailable, Lang::Es) => "Este navegador no deja \
que la aplicación guarde nada. Lo que anote se perderá al cerrar la página. \
Esto puede pasar en la navegación privada. Desactívela, o exporte sus datos \
antes de salir."
                .to_string(),
            (StoreError::QuotaExceeded, Lang::En) => "Your phone's storage \
for this app is full, so the last change was not saved. Your earlier entries \
are safe. Export a backup, then free some space."
                .to_string(),
            (StoreError::QuotaExceeded, Lang::Es) => "El espacio de su \
teléfono para esta aplicación está lleno. Por eso, el último cambio no se \
guardó. Lo que anotó antes está a salvo. Exporte una copia de seguridad y \
luego libere espacio."
                .to_string(),
            (StoreError::Failed(why), Lang::En) => format!(
                "The browser would not save your change ({why}). Your \
earlier entries are safe."
            ),
            (StoreError::Failed(why), Lang::Es) => format!(
                "El navegador no guardó su cambio ({why}). Lo que anotó \
antes está a salvo."
            ),
        }
    }
}

/// The browser's localStorage, if it will let us use it. Some browsers
/// hand out an object that refuses every write (Safari's old private
/// mode), so a throwaway write proves it works.
fn storage() -> Result<web_sys::Storage, StoreError> {
    let store = web_sys::window()
        .ok_or(StoreError::Unavailable)?
        .local_storage()
        .map_err(|_| StoreError::Unavailable)?
        .ok_or(StoreError::Unavailable)?;
    Ok(store)
}

/// Whether a write works now, and if not, why: a throwaway write, as
/// some browsers hand out a storage object that refuses every write
/// (Safari's old private mode) or is full.
pub fn check_writable() -> Result<(), StoreError> {
    let store = storage()?;
    let probe = "ms-your-spine.probe";
    let result = store.set_item(probe, "1").map_err(write_error);
    let _ = store.remove_item(probe);
    result
}

/// Turns a refusal from `setItem` into a `StoreError`.
fn write_error(error: wasm_bindgen::JsValue) -> StoreError {
    let Some(exception) = error.dyn_ref::<web_sys::DomException>() else {
        return StoreError::Failed("unknown error".to_string());
    };
    refusal(&exception.name(), exception.code(), exception.message())
}

/// Classifies a browser's refusal by its error name (and the legacy
/// DOMException code, 0 where there is none).
fn refusal(name: &str, code: u16, message: String) -> StoreError {
    // Browsers differ: the name is QuotaExceededError (most) or
    // NS_ERROR_DOM_QUOTA_REACHED (old Firefox); the legacy code is 22.
    if name == "QuotaExceededError"
        || name == "NS_ERROR_DOM_QUOTA_REACHED"
        || code == 22
    {
        StoreError::QuotaExceeded
    } else if name == "SecurityError" {
        StoreError::Unavailable
    } else {
        StoreError::Failed(message)
    }
}

/// The text stored under `key`, or `None` if nothing is there yet.
pub fn read(key: Keys) -> Result<Option<String>, StoreError> {
    storage()?
        .get_item(key.name())
        .map_err(|_| StoreError::Unavailable)
}

/// Stores `text` under `key`. On failure the earlier value is untouched:
/// `setItem` is all or nothing.
pub fn write(key: Keys, text: &str) -> Result<(), StoreError> {
    storage()?.set_item(key.name(), text).map_err(write_error)
}

/// Removes `key` (for "delete everything").
pub fn remove(key: Keys) -> Result<(), StoreError> {
    storage()?
        .remove_item(key.name())
        .map_err(|_| StoreError::Unavailable)
}

/// Keeps a copy of unreadable stored text under a new backup key, never
/// overwriting an earlier backup. Returns the key used.
pub fn keep_unreadable(raw: &str) -> Result<String, StoreError> {
    let store = storage()?;
    for n in 1..=MAX_BACKUPS {
        let key = format!("{BACKUP_PREFIX}{n}");
        match store.get_item(&key) {
            Ok(Some(existing)) if existing == raw => return Ok(key),
            Ok(Some(_)) => continue,
            Ok(None) => {
                store.set_item(&key, raw).map_err(write_error)?;
                return Ok(key);
            }
            Err(_) => return Err(StoreError::Unavailable),
        }
    }
    Err(StoreError::QuotaExceeded)
}

/// Every unreadable copy kept so far, as (key, text), oldest first.
pub fn unreadable_backups() -> Vec<(String, String)> {
    let Ok(store) = storage() else {
        return Vec::new();
    };
    (1..=MAX_BACKUPS)
        .map(|n| format!("{BACKUP_PREFIX}{n}"))
        .filter_map(|key| {
            let text = store.get_item(&key).ok().flatten()?;
            Some((key, text))
        })
        .collect()
}

/// Removes one unreadable copy, after the user has downloaded it.
pub fn forget_unreadable(key: &str) -> Result<(), StoreError> {
    if !key.starts_with(BACKUP_PREFIX) {
        return Err(StoreError::Failed("not a backup key".to_string()));
    }
    storage()?
        .remove_item(key)
        .map_err(|_| StoreError::Unavailable)
}

/// A small typed setting, through gloo-storage. Missing or unreadable
/// settings fall back to the default: they are never worth an error.
pub fn setting<T>(key: Keys) -> T
where
    T: for<'de> serde::Deserialize<'de> + Default,
{
    if storage().is_err() {
        return T::default();
    }
    LocalStorage::get(key.name()).unwrap_or_default()
}

/// Stores a small typed setting.
pub fn set_setting<T: serde::Serialize>(
    key: Keys,
    value: &T,
) -> Result<(), StoreError> {
    storage()?;
    LocalStorage::set(key.name(), value).map_err(|e| match e {
        gloo_storage::errors::StorageError::JsError(js) => {
            refusal(&js.name, 0, js.message)
        }
        other => StoreError::Failed(other.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refusals_are_said_in_both_languages() {
        assert_eq!(
            StoreError::Unavailable.message(),
            "This browser is not letting the app save anything, so your \
             entries will be lost when you close the page. This can happen \
             in private browsing. Turn it off, or export your data before \
             you leave."
        );
        assert_eq!(
            StoreError::QuotaExceeded.message(),
            "Your phone's storage for this app is full, so the last change \
             was not saved. Your earlier entries are safe. Export a backup, \
             then free some space."
        );
        let failed = StoreError::Failed("NotAllowed".into());
        assert_eq!(
            failed.message(),
            "The browser would not save your change (NotAllowed). Your \
             earlier entries are safe."
        );
        assert_eq!(
            StoreError::Unavailable.message_in(Lang::Es),
            "Este navegador no deja que la aplicación guarde nada. Lo que \
             anote se perderá al cerrar la página. Esto puede pasar en la \
             navegación privada. Desactívela, o exporte sus datos antes de \
             salir."
        );
        assert_eq!(
            StoreError::QuotaExceeded.message_in(Lang::Es),
            "El espacio de su teléfono para esta aplicación está lleno. Por \
             eso, el último cambio no se guardó. Lo que anotó antes está a \
             salvo. Exporte una copia de seguridad y luego libere espacio."
        );
        assert_eq!(
            failed.message_in(Lang::Es),
            "El navegador no guardó su cambio (NotAllowed). Lo que anotó \
             antes está a salvo."
        );
    }
}
