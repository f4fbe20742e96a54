use leptos::prelude::*;

use crate::diary_store::{DiaryStore, Persistence};
use crate::routes::View;
use crate::storage::StoreError;

/// Says plainly whether entries are being kept, and tells the user when
/// stored data could not be read (and where the copy is).
#[component]
pub fn SaveStatus() -> impl IntoView {
    let store = DiaryStore::get();
    let problem = move || match store.persistence.get() {
        Persistence::Saved => None,
        Persistence::Unavailable => Some(
            "This browser is not letting the app save anything, so your \
entries will be lost when you close this page. This can happen in private \
browsing. You can still use the app, and export your data from My data."
                .to_string(),
        ),
        Persistence::Failed(error) => Some(error.message()),
        Persistence::ReadOnly(StoreError::QuotaExceeded) => Some(
            "Your phone's storage for this app is full, so changes cannot \
be saved right now. Everything shown here is saved. Export a backup from My \
data, then free some space."
                .to_string(),
        ),
        Persistence::ReadOnly(_) => Some(
            "This browser lets the app read your diary but not save \
changes. Everything shown here is saved. Export a backup from My data."
                .to_string(),
        ),
        Persistence::Held => Some(
            "Saving is paused to protect data the app could not read. \
Download it from My data first."
                .to_string(),
        ),
    };
    let unreadable = move || {
        store.unreadable.get().map(|u| {
            view! {
                <p>
                    "Some saved diary data could not be read. " {u.reason}
                    " The app has started a fresh diary. "
                    {u.kept_as.is_some().then_some(
                        "A copy of the old data is kept on this phone. ",
                    )}
                    <a href=View::MyData.path()>"Download the old data"</a>
                </p>
            }
        })
    };
    view! {
        <div class="save-status" role="status" data-testid="save-status">
            {move || problem().map(|text| view! {
                <p class="save-problem">{text}</p>
            })}
            {unreadable}
        </div>
    }
}
