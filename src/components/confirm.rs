use std::time::Duration;

use leptos::prelude::*;

use crate::diary::{Diary, InputError, merge_three_way};
use crate::diary_store::{ChangeError, DiaryStore};
use crate::nav::use_lang;

/// How long "Undo" stays after a destructive action.
pub const UNDO_FOR: Duration = Duration::from_secs(15);

/// A destructive action behind a question. The first tap only asks; the
/// question then takes the button's place, with "Cancel" first and the
/// action second, on a new line: a double tap lands on the question or
/// on "Cancel", never on the action.
#[component]
pub fn ConfirmButton(
    /// The first button's words, e.g. "Delete this day".
    label: &'static str,
    /// The question, e.g. "Delete the entry for 28 November 2026?".
    #[prop(into)]
    question: Signal<String>,
    /// The action's words, e.g. "Yes, delete it".
    confirm: &'static str,
    /// Test id of the action button.
    testid: &'static str,
    /// What to do once confirmed.
    on_confirm: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let asking = RwSignal::new(false);
    move || {
        if asking.get() {
            view! {
                <div class="confirm" role="alertdialog" aria-label=question>
                    <p class="confirm-question"><strong>{question}</strong></p>
                    <div class="row">
                        <button type="button" class="button-secondary"
                            on:click=move |_| asking.set(false)>
                            {lang.pick("Cancel", "Cancelar")}
                        </button>
                        <button type="button" class="button-danger"
                            data-testid=testid
                            on:click=move |_| {
                                asking.set(false);
                                on_confirm.run(());
                            }>
                            {confirm}
                        </button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <button type="button" class="button-secondary"
                    data-testid=format!("{testid}-ask")
                    on:click=move |_| asking.set(true)>
                    {label}
                </button>
            }
            .into_any()
        }
    }
}

/// What a destructive change did, so it can be undone: the diary just
/// before and just after it.
#[derive(Clone, Debug, PartialEq)]
pub struct UndoPoint {
    /// "Deleted the entry for 28 November 2026."
    pub said: String,
    before: Diary,
    after: Diary,
}

impl UndoPoint {
    pub fn new(said: String, before: Diary, after: Diary) -> UndoPoint {
        UndoPoint {
            said,
            before,
            after,
        }
    }

    /// Makes a change through the store and, once it is stored, returns
    /// the point that undoes it, saying `said`.
    pub fn record(
        store: DiaryStore,
        said: String,
        change: impl FnOnce(&mut Diary) -> Result<(), InputError>,
    ) -> Result<UndoPoint, ChangeError> {
        let before = store.diary.get_untracked();
        store.try_update(change)?;
        Ok(UndoPoint::new(said, before, store.diary.get_untracked()))
    }

    /// Puts back what the change removed, keeping every change made
    /// since (here or in another tab): a three-way merge of "before"
    /// onto the diary as it is now, from "after".
    pub fn undo(&self, store: DiaryStore) -> Result<(), ChangeError> {
        store.try_update(|now| {
            *now = merge_three_way(&self.after, &self.before, now);
            Ok(())
        })
    }
}

/// Where a page keeps its latest undo point, shared through context so
/// a piece that removes itself (a symptom) can still offer Undo.
#[derive(Clone, Copy, Debug)]
pub struct UndoSlot(pub RwSignal<Option<UndoPoint>>);

/// Says what was just deleted, with "Undo" for [`UNDO_FOR`].
#[component]
pub fn UndoBar(undo: RwSignal<Option<UndoPoint>>) -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let message = RwSignal::new(None::<String>);
    // A new undo point clears itself after a while; an older timer must
    // not clear a newer point, so each remembers which one it was for.
    Effect::new(move || {
        if let Some(point) = undo.get() {
            set_timeout(
                move || {
                    if undo.with_untracked(|u| u.as_ref() == Some(&point)) {
                        undo.set(None);
                    }
                },
                UNDO_FOR,
            );
        }
    });
    view! {
        <div class="undo-bar" role="status" data-testid="undo-bar">
            {move || undo.get().map(|point| view! {
                <p>
                    {point.said.clone()} " "
                    <button type="button" class="button-secondary"
                        data-testid="undo"
                        on:click=move |_| {
                            let result = point.undo(store);
                            undo.set(None);
                            message.set(Some(match result {
                                Ok(()) => lang
                                    .pick("Put back.", "Se deshizo el cambio.")
                                    .to_string(),
                                Err(e) => e.message_in(lang),
                            }));
                        }>
                        {lang.pick("Undo", "Deshacer")}
                    </button>
                </p>
            })}
            {move || message.get().map(|m| view! { <p>{m}</p> })}
        </div>
    }
}
