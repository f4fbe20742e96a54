//! The diary as the app holds it: one signal, loaded once from storage,
//! written back on every change through `DiaryStore::update`, and kept in
//! step with other open tabs. Shared through context.

use leptos::ev;
use leptos::prelude::*;

use crate::diary::{Diary, from_json, merge_three_way, to_json};
use crate::storage::{self, Keys, StoreError};

/// Whether what the user enters is being kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Persistence {
    /// Everything is saved on this device.
    Saved,
    /// Storage is off: the app works, but nothing is kept.
    Unavailable,
    /// The last change could not be saved; the one before is safe.
    Failed(StoreError),
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
    /// listening for changes from other tabs.
    pub fn load() -> DiaryStore {
        let (diary, persistence, unreadable, base) = initial_state();
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

    /// Changes the diary and saves it at once.
    pub fn update(self, change: impl FnOnce(&mut Diary)) {
        self.diary.update(change);
        self.save();
    }

    /// Replaces the whole diary (import, delete everything) and saves.
    pub fn replace(self, diary: Diary) {
        self.diary.set(diary);
        self.save();
    }

    /// Writes the diary back. If another tab saved since we last looked,
    /// our changes are merged into theirs first, so neither is lost.
    fn save(self) {
        if matches!(
            self.persistence.get_untracked(),
            Persistence::Unavailable | Persistence::Held
        ) {
            return;
        }
        let mut current = self.diary.get_untracked();
        let stored = match storage::read(Keys::Diary) {
            Ok(stored) => stored,
            Err(error) => {
                return self.persistence.set(Persistence::Failed(error));
            }
        };
        let base = self.base.get_value();
        let theirs = stored
            .as_deref()
            .filter(|_| stored != base)
            .and_then(|t| from_json(t).ok());
        if let Some(theirs) = theirs {
            current = merge_three_way(&self.ancestor(), &current, &theirs);
            self.diary.set(current.clone());
        }
        let text = to_json(&current);
        match storage::write(Keys::Diary, &text) {
            Ok(()) => {
                self.base.set_value(Some(text));
                self.persistence.set(Persistence::Saved);
            }
            Err(error) => self.persistence.set(Persistence::Failed(error)),
        }
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
                self.diary.set(merge_three_way(&ancestor, &ours, &theirs));
                self.save();
            }
        });
        on_cleanup(move || listener.remove());
    }
}

type Initial = (Diary, Persistence, Option<Unreadable>, Option<String>);

/// What start-up finds in storage.
fn initial_state() -> Initial {
    if !storage::is_available() {
        return (Diary::new(), Persistence::Unavailable, None, None);
    }
    let text = match storage::read(Keys::Diary) {
        Ok(Some(text)) => text,
        Ok(None) => return (Diary::new(), Persistence::Saved, None, None),
        Err(_) => {
            return (Diary::new(), Persistence::Unavailable, None, None);
        }
    };
    match from_json(&text) {
        Ok(diary) => (diary, Persistence::Saved, None, Some(text)),
        Err(error) => {
            let kept = storage::keep_unreadable(&text).ok();
            // Without a copy kept, saving would overwrite the only one.
            let persistence = if kept.is_some() {
                Persistence::Saved
            } else {
                Persistence::Held
            };
            let unreadable = Unreadable {
                reason: error.message(),
                kept_as: kept,
                raw: text.clone(),
            };
            (Diary::new(), persistence, Some(unreadable), Some(text))
        }
    }
}
