//! The diary as the app holds it: one signal, loaded once from storage,
//! written back on every change through `DiaryStore::update`, and kept in
//! step with other open tabs. Shared through context.

use leptos::ev;
use leptos::prelude::*;

use crate::diary::format::problem_in;
use crate::diary::{Diary, InputError, from_json, merge_three_way, to_json};
use crate::lang::Lang;
use crate::storage::{self, Keys, StoreError};

/// Whether what the user enters is being kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Persistence {
    /// Everything is saved on this device.
    Saved,
    /// Storage is off: the app works, but nothing is kept.
    Unavailable,
    /// The last change could not be saved, so it was not made: the
    /// screen still shows what is stored.
    Failed(StoreError),
    /// At start-up the browser let the app read the diary but not write
    /// (storage full, or writes blocked): everything stored is shown,
    /// and each change is tried and refused until writing works again.
    ReadOnly(StoreError),
    /// Saving is paused so unreadable data that could not be backed up
    /// is not overwritten. The user is offered it as a download first.
    Held,
}

/// Stored diary text that could not be read at start-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// Why it could not be read, in plain words.
    pub reason: String,
    /// Where a copy is kept, if one could be made.
    pub kept_as: Option<String>,
    /// The text itself, for download.
    pub raw: String,
}

/// Why a change was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError {
    /// The change itself was refused (a bad value, a name in use, ...).
    Input(InputError),
    /// The browser would not store it.
    Store(StoreError),
    /// Saving is paused to protect unreadable data.
    Paused,
}

impl ChangeError {
    /// What to tell the user, in plain words.
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// What to tell the user, in plain words, in a language (as
    /// [`message`](Self::message)).
    pub fn message_in(&self, lang: Lang) -> String {
        match self {
            ChangeError::Input(e) => problem_in(e, lang),
            ChangeError::Store(e) => e.message_in(lang),
            ChangeError::Paused => paused_message(lang).to_string(),
        }
    }
}

/// Why nothing can be saved while unreadable data is held.
pub(crate) fn paused_message(lang: Lang) -> &'static str {
    lang.pick(
        "Saving is paused to protect data the app \
could not read. Download it from My data first.",
        "Se pausó el guardado para proteger datos que la aplicación no \
pudo leer. Primero descárguelos desde Mis datos.",
    )
}

/// The diary and its saving state.
#[derive(Debug, Clone, Copy)]
pub struct DiaryStore {
    /// The diary on screen.
    pub diary: RwSignal<Diary>,
    /// Whether changes are being kept.
    pub persistence: RwSignal<Persistence>,
    /// Set when stored data could not be read at start-up.
    pub unreadable: RwSignal<Option<Unreadable>>,
    /// The stored text as this tab last read or wrote it: the common
    /// ancestor for merging with another tab's changes.
    base: StoredValue<Option<String>>,
}

impl DiaryStore {
    /// Loads the diary from storage (or starts a new one) and starts
    /// listening for changes from other tabs. Says why stored data could
    /// not be read in the page's language (from context, as
    /// [`use_lang`](crate::nav::use_lang)).
    pub fn load() -> DiaryStore {
        let (diary, persistence, unreadable, base) =
            initial_state(crate::nav::use_lang());
        let store = DiaryStore {
            diary: RwSignal::new(diary),
            persistence: RwSignal::new(persistence),
            unreadable: RwSignal::new(unreadable),
            base: StoredValue::new(base),
        };
        store.follow_other_tabs();
        store
    }

    /// The store the App provides through context. Every diary view
    /// sits inside the App (tests provide one too), so a missing store
    /// is a programming error, not something a browser can cause.
    pub fn get() -> DiaryStore {
        expect_context::<DiaryStore>()
    }

    /// Makes a change and saves it at once. The screen changes only
    /// when the change was accepted and written (or when storage is off
    /// altogether, which the page says): what is shown is what is
    /// stored. Returns what `change` returned.
    pub fn try_update<T>(
        self,
        change: impl FnOnce(&mut Diary) -> Result<T, InputError>,
    ) -> Result<T, ChangeError> {
        let mut next = self.diary.get_untracked();
        let out = change(&mut next).map_err(ChangeError::Input)?;
        self.commit(next)?;
        Ok(out)
    }

    /// Replaces the whole diary (import, delete everything) and saves.
    pub fn replace(self, diary: Diary) -> Result<(), ChangeError> {
        self.commit(diary)
    }

    /// Deletes the stored diary, then shows an empty one. If the
    /// browser refuses, the diary stays, on screen and in storage.
    pub fn delete_all(self) -> Result<(), ChangeError> {
        if self.persistence.get_untracked() == Persistence::Held {
            return Err(ChangeError::Paused);
        }
        if self.persistence.get_untracked() != Persistence::Unavailable {
            storage::remove(Keys::Diary).map_err(ChangeError::Store)?;
        }
        self.base.set_value(None);
        self.diary.set(Diary::new());
        Ok(())
    }

    /// Writes `next` and then shows it. If another tab saved since we
    /// last looked, our change is merged into theirs first, so neither is
    /// lost. If the write fails, nothing on screen changes.
    fn commit(self, next: Diary) -> Result<(), ChangeError> {
        match self.persistence.get_untracked() {
            Persistence::Held => return Err(ChangeError::Paused),
            Persistence::Unavailable => {
                // Storage is off: the page says nothing is kept, and the
                // app still works for this visit.
                self.diary.set(next);
                return Ok(());
            }
            _ => {}
        }
        let stored = storage::read(Keys::Diary).map_err(|error| {
            self.refused(error.clone());
            ChangeError::Store(error)
        })?;
        let base = self.base.get_value();
        let theirs = stored
            .as_deref()
            .filter(|_| stored != base)
            .and_then(|t| from_json(t).ok());
        let mut next = next;
        if let Some(theirs) = theirs {
            next = merge_three_way(&self.ancestor(), &next, &theirs);
        }
        let text = to_json(&next);
        match storage::write(Keys::Diary, &text) {
            Ok(()) => {
                self.base.set_value(Some(text));
                self.diary.set(next);
                self.persistence.set(Persistence::Saved);
                Ok(())
            }
            Err(error) => {
                self.refused(error.clone());
                Err(ChangeError::Store(error))
            }
        }
    }

    /// A write was refused: say so, keeping "read-only from the start"
    /// if that is what it still is.
    fn refused(self, error: StoreError) {
        let state = match self.persistence.get_untracked() {
            Persistence::ReadOnly(_) => Persistence::ReadOnly(error),
            _ => Persistence::Failed(error),
        };
        self.persistence.set(state);
    }

    /// The diary as this tab last read or wrote it (empty if none):
    /// the common ancestor for a three-way merge.
    fn ancestor(self) -> Diary {
        self.base
            .get_value()
            .as_deref()
            .and_then(|b| from_json(b).ok())
            .unwrap_or_default()
    }

    /// Another tab saved: take its diary, keeping any change of ours it
    /// has not seen.
    fn follow_other_tabs(self) {
        let listener = window_event_listener(ev::storage, move |event| {
            let key = event.key();
            if key.as_deref().is_some_and(|k| k != Keys::Diary.name()) {
                return;
            }
            let Some(text) = event.new_value() else {
                // Deleted (or storage cleared) in the other tab.
                self.base.set_value(None);
                self.diary.set(Diary::new());
                return;
            };
            let Ok(theirs) = from_json(&text) else {
                return; // Not ours to repair here; a reload will say so.
            };
            let ancestor = self.ancestor();
            let ours = self.diary.get_untracked();
            self.base.set_value(Some(text));
            if ours == ancestor {
                self.diary.set(theirs);
            } else {
                // Changes of ours it has not seen: merge and save them.
                let merged = merge_three_way(&ancestor, &ours, &theirs);
                let _ = self.commit(merged);
            }
        });
        on_cleanup(move || listener.remove());
    }
}

type Initial = (Diary, Persistence, Option<Unreadable>, Option<String>);

/// What start-up finds in storage. Reading can work when writing does
/// not (storage full, writes blocked): then the stored diary is still
/// shown, never an empty one.
fn initial_state(lang: Lang) -> Initial {
    let stored = match storage::read(Keys::Diary) {
        Ok(stored) => stored,
        Err(_) => {
            return (Diary::new(), Persistence::Unavailable, None, None);
        }
    };
    let saved = match (storage::check_writable(), &stored) {
        (Ok(()), _) => Persistence::Saved,
        // Nothing stored and nothing can be: storage is simply off.
        (Err(StoreError::Unavailable), None) => Persistence::Unavailable,
        (Err(error), _) => Persistence::ReadOnly(error),
    };
    let Some(text) = stored else {
        return (Diary::new(), saved, None, None);
    };
    match from_json(&text) {
        Ok(diary) => (diary, saved, None, Some(text)),
        Err(error) => {
            let kept = storage::keep_unreadable(&text).ok();
            // Without a copy kept, saving would overwrite the only one.
            let persistence = if kept.is_some() {
                saved
            } else {
                Persistence::Held
            };
            let unreadable = Unreadable {
                reason: error.message_in(lang),
                kept_as: kept,
                raw: text.clone(),
            };
            (Diary::new(), persistence, Some(unreadable), Some(text))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refused_changes_are_said_in_both_languages() {
        assert_eq!(
            ChangeError::Paused.message(),
            "Saving is paused to protect data the app could not read. \
             Download it from My data first."
        );
        assert_eq!(
            ChangeError::Paused.message_in(Lang::Es),
            "Se pausó el guardado para proteger datos que la aplicación no \
             pudo leer. Primero descárguelos desde Mis datos."
        );
        let full = ChangeError::Store(StoreError::QuotaExceeded);
        assert_eq!(full.message(), StoreError::QuotaExceeded.message());
        assert_eq!(
            full.message_in(Lang::Es),
            StoreError::QuotaExceeded.message_in(Lang::Es)
        );
        let blank = ChangeError::Input(InputError::BlankName);
        assert_eq!(blank.message(), "Please type a name for the symptom.");
        assert_eq!(
            blank.message_in(Lang::Es),
            "Escriba un nombre para el síntoma."
        );
    }
}
