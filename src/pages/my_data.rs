use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

use crate::components::confirm::{ConfirmButton, UndoBar, UndoPoint};
use crate::components::diary_tabs::DiaryTabs;
use crate::components::save_status::SaveStatus;
use crate::device;
use crate::diary::{
    Date, Diary, IMPORT_MAX_BYTES, ImportError, ImportPreview, export_csv,
    export_json, merge, parse_import,
};
use crate::diary_store::DiaryStore;
use crate::pages::diary::long_date;
use crate::routes::View;
use crate::storage::{self, Keys};

/// Days after which the page reminds the user to make a backup.
const REMIND_AFTER_DAYS: i32 = 30;

/// Small preferences kept beside the diary.
#[derive(Debug, Default, Clone, Serialize, Deserialize)]
struct Settings {
    /// The day of the last export, "YYYY-MM-DD".
    last_backup: Option<String>,
}

/// What the import box is showing.
#[derive(Clone)]
enum ImportState {
    Idle,
    Refused(String),
    Preview(Box<ImportPreview>, usize),
    ConfirmReplace(Box<ImportPreview>),
    Done(String),
}

/// Back up, restore and delete: export as JSON and CSV, import with a
/// preview, delete everything, ask for persistent storage, and download
/// any stored data the app could not read.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let store = DiaryStore::get();
    let today = device::today();
    let settings = RwSignal::new(storage::setting::<Settings>(Keys::Settings));
    let export_status = RwSignal::new(None::<String>);

    let save_file = move |name: String, mime: &'static str, text: String| {
        match device::download(&name, mime, &text) {
            Ok(()) => {
                let next = Settings {
                    last_backup: Some(today.to_string()),
                };
                let _ = storage::set_setting(Keys::Settings, &next);
                settings.set(next);
                export_status
                    .set(Some(format!("Saved {name} to your downloads.")));
            }
            Err(why) => export_status
                .set(Some(format!("Could not save the file ({why})."))),
        }
    };
    let export_backup = move |_| {
        let text = store.diary.with_untracked(export_json);
        save_file(
            format!("ms-your-spine-backup-{today}.json"),
            "application/json",
            text,
        );
    };
    let export_table = move |_| {
        let text = store.diary.with_untracked(export_csv);
        save_file(format!("ms-your-spine-diary-{today}.csv"), "text/csv", text);
    };
    let reminder = move || {
        let has_data = store.diary.with(|d| !d.entries().is_empty());
        let last = settings.with(|s| {
            s.last_backup.as_deref().and_then(|d| Date::parse(d).ok())
        });
        match last {
            Some(day) if day.add_days(REMIND_AFTER_DAYS) > today => {
                format!("Your last backup was on {}.", long_date(day))
            }
            Some(day) => format!(
                "Your last backup was on {}. It is a good time to make a new one.",
                long_date(day)
            ),
            None if has_data => "You have not made a backup yet. If this phone is lost or \
its data is cleared, your diary goes with it. Save a backup now and keep it somewhere safe."
                .to_string(),
            None => "Once you have some entries, save a backup now and then.".to_string(),
        }
    };

    view! {
        <article class="diary-page" data-testid="page-my-data">
            <h1 tabindex="-1">"My data"</h1>
            <DiaryTabs current=View::MyData/>
            <SaveStatus/>
            <p>
                "Your diary is kept only in this browser on this phone. Nothing \
    is sent anywhere. A backup file lets you keep it safe or move it to a new phone."
            </p>
            <UnreadableData/>
            <section aria-labelledby="backup-heading">
                <h2 id="backup-heading">"Back up"</h2>
                <p data-testid="backup-reminder">{reminder}</p>
                <div class="row">
                    <button type="button" data-testid="export-json" on:click=export_backup>
                        "Save a backup (JSON)"
                    </button>
                    <button type="button" class="button-secondary" data-testid="export-csv"
                        on:click=export_table>
                        "Save as a spreadsheet (CSV)"
                    </button>
                </div>
                <p role="status">{export_status}</p>
            </section>
            <ImportBackup/>
            <KeepData/>
            <DeleteEverything/>
        </article>
    }
}

/// Import a backup file: refused with the reason, or previewed and then
/// merged or (after a second confirmation) used instead.
#[component]
fn ImportBackup() -> impl IntoView {
    let store = DiaryStore::get();
    let state = RwSignal::new(ImportState::Idle);
    let picked = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        let size = file.size() as usize;
        if size > IMPORT_MAX_BYTES {
            let why = ImportError::TooLarge { bytes: size }.message();
            state.set(ImportState::Refused(why));
            return;
        }
        spawn_local(async move {
            let bytes = match device::read_file(&file).await {
                Ok(bytes) => bytes,
                Err(why) => {
                    state.set(ImportState::Refused(format!(
                        "Could not read the file ({why})."
                    )));
                    return;
                }
            };
            state.set(match parse_import(&bytes, device::today()) {
                Ok(preview) => {
                    let clashes =
                        store.diary.with_untracked(|d| preview.clashes(d));
                    ImportState::Preview(Box::new(preview), clashes)
                }
                Err(error) => ImportState::Refused(error.message()),
            });
        });
    };
    let do_merge = move |incoming: Diary| {
        let current = store.diary.get_untracked();
        match merge(&current, &incoming) {
            Ok(merged) => state.set(match store.replace(merged) {
                Ok(()) => ImportState::Done(
                    "The backup was added to your diary.".into(),
                ),
                Err(e) => ImportState::Refused(e.message()),
            }),
            Err(e) => state.set(ImportState::Refused(e.message())),
        }
    };
    let shown = move || match state.get() {
        ImportState::Idle => ().into_any(),
        ImportState::Refused(why) => view! {
            <p class="field-error" data-testid="import-error">
                "This file was not imported. " {why}
            </p>
        }
        .into_any(),
        ImportState::Done(text) => view! {
            <p data-testid="import-done">{text}</p>
        }
        .into_any(),
        ImportState::Preview(preview, clashes) => {
            let range = match (preview.first_date, preview.last_date) {
                (Some(a), Some(b)) => {
                    format!("from {} to {}", long_date(a), long_date(b))
                }
                _ => "with no days".to_string(),
            };
            let incoming = preview.diary.clone();
            let replace_with = preview.clone();
            view! {
                <div class="import-preview" data-testid="import-preview">
                    <p>
                        {format!(
                            "This backup has {} days {range}, {} symptoms with details or scores, and {} symptoms of your own.",
                            preview.days, preview.symptoms_recorded, preview.custom_symptoms
                        )}
                    </p>
                    {(clashes > 0).then(|| view! {
                        <p>{format!("{clashes} of its days are already in your diary. Adding keeps your current entry for those days.")}</p>
                    })}
                    {(!preview.left_out.is_empty()).then(|| view! {
                        <div class="field-error" data-testid="import-left-out">
                            <p>"Some of this file could not be read. Everything else can still be added:"</p>
                            <ul>
                                {preview.left_out_messages().into_iter().map(|m| view! {
                                    <li>{m}</li>
                                }).collect_view()}
                            </ul>
                        </div>
                    })}
                    <div class="row">
                        <button type="button" data-testid="import-merge"
                            on:click=move |_| do_merge(incoming.clone())>
                            "Add to my diary"
                        </button>
                        <button type="button" class="button-secondary" data-testid="import-replace"
                            on:click=move |_| state.set(ImportState::ConfirmReplace(replace_with.clone()))>
                            "Use instead of my diary"
                        </button>
                        <button type="button" class="button-secondary"
                            on:click=move |_| state.set(ImportState::Idle)>
                            "Cancel"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
        ImportState::ConfirmReplace(preview) => {
            let incoming = preview.diary.clone();
            view! {
                <div class="import-preview" role="alertdialog" aria-labelledby="replace-q">
                    <p id="replace-q">
                        <strong>"Replace your whole diary with this backup?"</strong>
                        " What is in your diary now will be gone. Save a backup of it first if you may need it."
                    </p>
                    <div class="row">
                        <button type="button" class="button-danger" data-testid="import-replace-confirm"
                            on:click=move |_| {
                                state.set(match store.replace(incoming.clone()) {
                                    Ok(()) => ImportState::Done("Your diary now holds the backup.".into()),
                                    Err(e) => ImportState::Refused(e.message()),
                                });
                            }>
                            "Yes, replace it"
                        </button>
                        <button type="button" class="button-secondary"
                            on:click=move |_| state.set(ImportState::Idle)>
                            "Cancel"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">"Restore from a backup"</h2>
            <label for="import-file">"Choose a backup file (.json) from this app"</label>
            <input id="import-file" type="file" accept=".json,application/json"
                data-testid="import-file" on:change=picked/>
            <div aria-live="polite">{shown}</div>
        </section>
    }
}

/// Asks the browser to keep the diary even when the phone runs low on
/// space.
#[component]
fn KeepData() -> impl IntoView {
    let status = RwSignal::new(None::<String>);
    spawn_local(async move {
        if device::is_persisted().await {
            status.set(Some(
                "This browser has agreed to keep your diary.".into(),
            ));
        }
    });
    let ask = move |_| {
        spawn_local(async move {
            status.set(Some(match device::persist().await {
                Ok(true) => "This browser has agreed to keep your diary.".into(),
                Ok(false) => "The browser did not agree this time. It may agree once you \
have used the app more, or added it to your home screen. Keep making backups."
                    .into(),
                Err(why) => format!("The browser could not be asked ({why})."),
            }));
        });
    };
    view! {
        <section aria-labelledby="keep-heading">
            <h2 id="keep-heading">"Keep my diary safe"</h2>
            <p>"Browsers may clear saved data when a phone runs low on space. You can ask this one not to."</p>
            <button type="button" class="button-secondary" on:click=ask>
                "Ask the browser to keep my data"
            </button>
            <p role="status">{status}</p>
        </section>
    }
}

/// Deletes everything, after a question, with Undo for a few seconds.
#[component]
fn DeleteEverything() -> impl IntoView {
    let store = DiaryStore::get();
    let undo = RwSignal::new(None::<UndoPoint>);
    let done = RwSignal::new(None::<String>);
    let delete = Callback::new(move |()| {
        let before = store.diary.get_untracked();
        match store.delete_all() {
            Ok(()) => {
                done.set(None);
                undo.set(Some(UndoPoint::new(
                    "Your diary has been deleted from this phone.".into(),
                    before,
                    Diary::new(),
                )));
            }
            Err(e) => done.set(Some(e.message())),
        }
    });
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete everything"</h2>
            <p>"This removes your checklist and every diary day from this phone. You can undo it for a few seconds, then it is gone for good."</p>
            <ConfirmButton
                label="Delete everything..."
                question="Delete your whole diary from this phone?".to_string()
                confirm="Yes, delete everything"
                testid="delete-confirm"
                on_confirm=delete
            />
            <UndoBar undo=undo/>
            <p role="status" data-testid="delete-done">{done}</p>
        </section>
    }
}

/// Stored data the app could not read, offered as downloads.
#[component]
fn UnreadableData() -> impl IntoView {
    let store = DiaryStore::get();
    let backups = RwSignal::new(storage::unreadable_backups());
    let held = move || store.unreadable.get().filter(|u| u.kept_as.is_none());
    let download = move |n: usize, text: String| {
        let _ = device::download(
            &format!("ms-your-spine-unreadable-{n}.txt"),
            "text/plain",
            &text,
        );
    };
    view! {
        {move || {
            let kept = backups.get();
            let held = held();
            (!kept.is_empty() || held.is_some()).then(|| view! {
                <section class="unreadable" aria-labelledby="unreadable-heading"
                    data-testid="unreadable">
                    <h2 id="unreadable-heading">"Data the app could not read"</h2>
                    <p>
                        "Some saved data could not be read, so the app started a fresh \
    diary. The old data is kept here, untouched. Download it to keep it or to get help with it."
                    </p>
                    <ul>
                        {held.map(|u| view! {
                            <li>
                                <button type="button" on:click=move |_| download(0, u.raw.clone())>
                                    "Download the unreadable data"
                                </button>
                            </li>
                        })}
                        {kept.into_iter().enumerate().map(|(i, (key, text))| {
                            let forget_key = key.clone();
                            view! {
                                <li class="row">
                                    <button type="button" data-testid="unreadable-download"
                                        on:click=move |_| download(i + 1, text.clone())>
                                        {format!("Download copy {}", i + 1)}
                                    </button>
                                    <button type="button" class="button-secondary"
                                        on:click=move |_| {
                                            let _ = storage::forget_unreadable(&forget_key);
                                            backups.set(storage::unreadable_backups());
                                        }>
                                        "Remove this copy"
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </section>
            })
        }}
    }
}
