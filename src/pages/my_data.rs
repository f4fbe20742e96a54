use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;

use crate::components::confirm::{ConfirmButton, UndoBar, UndoPoint};
use crate::components::diary_tabs::DiaryTabs;
use crate::components::save_status::SaveStatus;
use crate::device;
use crate::diary::format::problem_in;
use crate::diary::transfer::{
    export_bladder_csv_in, export_csv_in, export_walks_csv_in,
};
use crate::diary::{
    Date, Diary, IMPORT_MAX_BYTES, ImportError, ImportPreview, export_json,
    merge, parse_import,
};
use crate::diary_store::DiaryStore;
use crate::lang::Lang;
use crate::nav::use_lang;
use crate::pages::diary::long_date_in;
use crate::routes::{View, diary_heading_in};
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

/// The start of every file name the page saves, in a language: plain
/// letters only, as every phone and computer accepts them.
fn file_prefix(lang: Lang) -> &'static str {
    lang.pick("ms-your-spine", "la-em-y-su-columna")
}

/// The backup file's name, e.g. "ms-your-spine-backup-2026-11-29.json".
fn backup_file_name(today: Date, lang: Lang) -> String {
    let what = lang.pick("backup", "copia-de-seguridad");
    format!("{}-{what}-{today}.json", file_prefix(lang))
}

/// The spreadsheet's name, e.g. "ms-your-spine-diary-2026-11-29.csv".
fn table_file_name(today: Date, lang: Lang) -> String {
    named_table("diary", "diario", today, lang)
}

/// A spreadsheet's name from its words in each language.
fn named_table(
    en: &'static str,
    es: &'static str,
    today: Date,
    lang: Lang,
) -> String {
    format!("{}-{}-{today}.csv", file_prefix(lang), lang.pick(en, es))
}

/// The name of unreadable data saved as a file, numbered from 0.
fn unreadable_file_name(n: usize, lang: Lang) -> String {
    let what = lang.pick("unreadable", "datos-ilegibles");
    format!("{}-{what}-{n}.txt", file_prefix(lang))
}

/// What the backup section says about the last backup: when it was, and
/// whether it is time for a new one.
fn reminder_text(
    last: Option<Date>,
    has_data: bool,
    today: Date,
    lang: Lang,
) -> String {
    match (last, lang) {
        (Some(day), Lang::En) if day.add_days(REMIND_AFTER_DAYS) > today => {
            format!("Your last backup was on {}.", long_date_in(day, lang))
        }
        (Some(day), Lang::Es) if day.add_days(REMIND_AFTER_DAYS) > today => {
            format!(
                "Su última copia de seguridad fue el {}.",
                long_date_in(day, lang)
            )
        }
        (Some(day), Lang::En) => format!(
            "Your last backup was on {}. It is a good time to make a new one.",
            long_date_in(day, lang)
        ),
        (Some(day), Lang::Es) => format!(
            "Su última copia de seguridad fue el {}. Es un buen momento para \
             hacer otra.",
            long_date_in(day, lang)
        ),
        (None, _) if has_data => lang
            .pick(
                "You have not made a backup yet. If this phone is lost or \
its data is cleared, your diary goes with it. Save a backup now and keep it somewhere safe.",
                "Todavía no ha hecho una copia de seguridad. Si pierde este \
teléfono o se borran sus datos, también se pierde su diario. Guarde una copia \
ahora y téngala en un lugar seguro.",
            )
            .to_string(),
        (None, _) => lang
            .pick(
                "Once you have some entries, save a backup now and then.",
                "Cuando tenga algunas anotaciones, guarde una copia de \
seguridad de vez en cuando.",
            )
            .to_string(),
    }
}

/// "día" or "días", "síntoma" or "síntomas": Spanish counts agree.
fn plural_es(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// What a checked backup holds, before the user chooses.
fn preview_text(preview: &ImportPreview, lang: Lang) -> String {
    let text = symptom_preview_text(preview, lang);
    let (entries, walks) = (preview.bladder_entries, preview.walk_tests);
    if entries == 0 && walks == 0 {
        return text;
    }
    let records = match lang {
        Lang::En => format!(
            "It also has {} and {}.",
            plural_en(entries, "bladder diary entry", "bladder diary entries"),
            plural_en(walks, "walk test", "walk tests")
        ),
        Lang::Es => format!(
            "También tiene {} del diario de vejiga y {}.",
            plural_es(entries, "anotación", "anotaciones"),
            plural_es(walks, "prueba de caminata", "pruebas de caminata")
        ),
    };
    format!("{text} {records}")
}

/// "1 walk test", "2 walk tests".
fn plural_en(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// What a checked backup holds of the symptom diary.
fn symptom_preview_text(preview: &ImportPreview, lang: Lang) -> String {
    let range = (preview.first_date, preview.last_date);
    match lang {
        Lang::En => {
            let range = match range {
                (Some(a), Some(b)) => format!(
                    "from {} to {}",
                    long_date_in(a, lang),
                    long_date_in(b, lang)
                ),
                _ => "with no days".to_string(),
            };
            format!(
                "This backup has {} days {range}, {} symptoms with details or scores, and {} symptoms of your own.",
                preview.days,
                preview.symptoms_recorded,
                preview.custom_symptoms
            )
        }
        Lang::Es => {
            let days = plural_es(preview.days, "día", "días");
            let days = match range {
                (Some(a), Some(b)) if a == b => format!(
                    "Esta copia tiene {days}: el {}.",
                    long_date_in(a, lang)
                ),
                (Some(a), Some(b)) => format!(
                    "Esta copia tiene {days}: del {} al {}.",
                    long_date_in(a, lang),
                    long_date_in(b, lang)
                ),
                _ => "Esta copia no tiene días.".to_string(),
            };
            format!(
                "{days} Tiene {} con detalles o puntajes, y {} que usted \
                 agregó.",
                plural_es(preview.symptoms_recorded, "síntoma", "síntomas"),
                plural_es(preview.custom_symptoms, "síntoma", "síntomas"),
            )
        }
    }
}

/// How many of the backup's days the diary already has, and what
/// adding does with them.
fn clashes_text(clashes: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "{clashes} of its days are already in your diary. Adding keeps your current entry for those days."
        ),
        Lang::Es if clashes == 1 => "1 de sus días ya está en su diario. Al \
agregarla, ese día se queda como está ahora."
            .to_string(),
        Lang::Es => format!(
            "{clashes} de sus días ya están en su diario. Al agregarla, esos \
             días se quedan como están ahora."
        ),
    }
}

/// Back up, restore and delete: export as JSON and CSV, import with a
/// preview, delete everything, ask for persistent storage, and download
/// any stored data the app could not read.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let lang = use_lang();
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
                export_status.set(Some(match lang {
                    Lang::En => format!("Saved {name} to your downloads."),
                    Lang::Es => format!("Se guardó {name} en sus descargas."),
                }));
            }
            Err(why) => export_status.set(Some(match lang {
                Lang::En => format!("Could not save the file ({why})."),
                Lang::Es => format!("No se pudo guardar el archivo ({why})."),
            })),
        }
    };
    let export_backup = move |_| {
        let text = store.diary.with_untracked(export_json);
        save_file(backup_file_name(today, lang), "application/json", text);
    };
    let export_table = move |_| {
        let text = store.diary.with_untracked(|d| export_csv_in(d, lang));
        save_file(table_file_name(today, lang), "text/csv", text);
    };
    let export_bladder = move |_| {
        let text = store
            .diary
            .with_untracked(|d| export_bladder_csv_in(d, lang));
        let name =
            named_table("bladder-diary", "diario-de-vejiga", today, lang);
        save_file(name, "text/csv", text);
    };
    let export_walks = move |_| {
        let text = store.diary.with_untracked(|d| export_walks_csv_in(d, lang));
        let name = named_table("timed-walks", "caminatas", today, lang);
        save_file(name, "text/csv", text);
    };
    let has_bladder = move || store.diary.with(|d| !d.bladder().is_empty());
    let has_walks = move || store.diary.with(|d| !d.walks().is_empty());
    let reminder = move || {
        let has_data = store.diary.with(|d| {
            !d.entries().is_empty()
                || !d.bladder().is_empty()
                || !d.walks().is_empty()
        });
        let last = settings.with(|s| {
            s.last_backup.as_deref().and_then(|d| Date::parse(d).ok())
        });
        reminder_text(last, has_data, today, lang)
    };

    view! {
        <article class="diary-page" data-testid="page-my-data">
            <h1 tabindex="-1">{diary_heading_in(View::MyData, lang)}</h1>
            <DiaryTabs current=View::MyData/>
            <SaveStatus/>
            <p>
                {lang.pick(
                    "Your diary is kept only in this browser on this phone. Nothing \
    is sent anywhere. A backup file lets you keep it safe or move it to a new phone.",
                    "Su diario se guarda solo en este navegador, en este teléfono. \
    No se envía a ningún lugar. Con una copia de seguridad, puede protegerlo o \
    pasarlo a un teléfono nuevo.",
                )}
            </p>
            <UnreadableData/>
            <section aria-labelledby="backup-heading">
                <h2 id="backup-heading">{lang.pick("Back up", "Copia de seguridad")}</h2>
                <p data-testid="backup-reminder">{reminder}</p>
                <div class="row">
                    <button type="button" data-testid="export-json" on:click=export_backup>
                        {lang.pick("Save a backup (JSON)", "Guardar una copia de seguridad (JSON)")}
                    </button>
                    <button type="button" class="button-secondary" data-testid="export-csv"
                        on:click=export_table>
                        {lang.pick("Save as a spreadsheet (CSV)", "Guardar como hoja de cálculo (CSV)")}
                    </button>
                    {move || has_bladder().then(|| view! {
                        <button type="button" class="button-secondary" data-testid="export-bladder-csv"
                            on:click=export_bladder>
                            {lang.pick("Bladder diary (CSV)", "Diario de vejiga (CSV)")}
                        </button>
                    })}
                    {move || has_walks().then(|| view! {
                        <button type="button" class="button-secondary" data-testid="export-walks-csv"
                            on:click=export_walks>
                            {lang.pick("Timed walks (CSV)", "Caminatas cronometradas (CSV)")}
                        </button>
                    })}
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
    let lang = use_lang();
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
            let why = ImportError::TooLarge { bytes: size }.message_in(lang);
            state.set(ImportState::Refused(why));
            return;
        }
        spawn_local(async move {
            let bytes = match device::read_file(&file).await {
                Ok(bytes) => bytes,
                Err(why) => {
                    state.set(ImportState::Refused(match lang {
                        Lang::En => format!("Could not read the file ({why})."),
                        Lang::Es => {
                            format!("No se pudo leer el archivo ({why}).")
                        }
                    }));
                    return;
                }
            };
            state.set(match parse_import(&bytes, device::today()) {
                Ok(preview) => {
                    let clashes =
                        store.diary.with_untracked(|d| preview.clashes(d));
                    ImportState::Preview(Box::new(preview), clashes)
                }
                Err(error) => ImportState::Refused(error.message_in(lang)),
            });
        });
    };
    let do_merge = move |incoming: Diary| {
        let current = store.diary.get_untracked();
        match merge(&current, &incoming) {
            Ok(merged) => state.set(match store.replace(merged) {
                Ok(()) => ImportState::Done(
                    lang.pick(
                        "The backup was added to your diary.",
                        "La copia de seguridad se agregó a su diario.",
                    )
                    .into(),
                ),
                Err(e) => ImportState::Refused(e.message_in(lang)),
            }),
            Err(e) => state.set(ImportState::Refused(problem_in(&e, lang))),
        }
    };
    let shown = move || {
        match state.get() {
        ImportState::Idle => ().into_any(),
        ImportState::Refused(why) => view! {
            <p class="field-error" data-testid="import-error">
                {lang.pick("This file was not imported. ", "No se pudo usar este archivo. ")}
                {why}
            </p>
        }
        .into_any(),
        ImportState::Done(text) => view! {
            <p data-testid="import-done">{text}</p>
        }
        .into_any(),
        ImportState::Preview(preview, clashes) => {
            let incoming = preview.diary.clone();
            let replace_with = preview.clone();
            view! {
                <div class="import-preview" data-testid="import-preview">
                    <p>{preview_text(&preview, lang)}</p>
                    {(clashes > 0).then(|| view! {
                        <p>{clashes_text(clashes, lang)}</p>
                    })}
                    {(!preview.left_out.is_empty()).then(|| view! {
                        <div class="field-error" data-testid="import-left-out">
                            <p>
                                {lang.pick(
                                    "Some of this file could not be read. Everything else can still be added:",
                                    "Una parte de este archivo no se pudo leer. Todo lo demás se puede agregar:",
                                )}
                            </p>
                            <ul>
                                {preview.left_out_messages_in(lang).into_iter().map(|m| view! {
                                    <li>{m}</li>
                                }).collect_view()}
                            </ul>
                        </div>
                    })}
                    <div class="row">
                        <button type="button" data-testid="import-merge"
                            on:click=move |_| do_merge(incoming.clone())>
                            {lang.pick("Add to my diary", "Agregar a mi diario")}
                        </button>
                        <button type="button" class="button-secondary" data-testid="import-replace"
                            on:click=move |_| state.set(ImportState::ConfirmReplace(replace_with.clone()))>
                            {lang.pick("Use instead of my diary", "Usar en lugar de mi diario")}
                        </button>
                        <button type="button" class="button-secondary"
                            on:click=move |_| state.set(ImportState::Idle)>
                            {lang.pick("Cancel", "Cancelar")}
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
                        <strong>
                            {lang.pick(
                                "Replace your whole diary with this backup?",
                                "¿Cambiar todo su diario por esta copia de seguridad?",
                            )}
                        </strong>
                        {lang.pick(
                            " What is in your diary now will be gone. Save a backup of it first if you may need it.",
                            " Lo que tiene ahora en su diario se perderá. Si puede necesitarlo, \
                             guarde antes una copia de seguridad.",
                        )}
                    </p>
                    <div class="row">
                        <button type="button" class="button-danger" data-testid="import-replace-confirm"
                            on:click=move |_| {
                                state.set(match store.replace(incoming.clone()) {
                                    Ok(()) => ImportState::Done(
                                        lang.pick(
                                            "Your diary now holds the backup.",
                                            "Ahora su diario tiene lo de la copia de seguridad.",
                                        )
                                        .into(),
                                    ),
                                    Err(e) => ImportState::Refused(e.message_in(lang)),
                                });
                            }>
                            {lang.pick("Yes, replace it", "Sí, cambiarlo")}
                        </button>
                        <button type="button" class="button-secondary"
                            on:click=move |_| state.set(ImportState::Idle)>
                            {lang.pick("Cancel", "Cancelar")}
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
    }
    };
    view! {
        <section aria-labelledby="import-heading">
            <h2 id="import-heading">
                {lang.pick("Restore from a backup", "Recuperar desde una copia de seguridad")}
            </h2>
            <label for="import-file">
                {lang.pick(
                    "Choose a backup file (.json) from this app",
                    "Elija un archivo de copia de seguridad (.json) de esta aplicación",
                )}
            </label>
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
    let lang = use_lang();
    let status = RwSignal::new(None::<String>);
    let agreed = lang.pick(
        "This browser has agreed to keep your diary.",
        "Este navegador aceptó guardar su diario.",
    );
    spawn_local(async move {
        if device::is_persisted().await {
            status.set(Some(agreed.into()));
        }
    });
    let ask = move |_| {
        spawn_local(async move {
            status.set(Some(match device::persist().await {
                Ok(true) => agreed.into(),
                Ok(false) => lang
                    .pick(
                        "The browser did not agree this time. It may agree once you \
have used the app more, or added it to your home screen. Keep making backups.",
                        "El navegador no aceptó esta vez. Puede aceptar cuando use \
más la aplicación, o cuando la agregue a su pantalla de inicio. Siga haciendo \
copias de seguridad.",
                    )
                    .into(),
                Err(why) => match lang {
                    Lang::En => format!("The browser could not be asked ({why})."),
                    Lang::Es => {
                        format!("No se le pudo preguntar al navegador ({why}).")
                    }
                },
            }));
        });
    };
    view! {
        <section aria-labelledby="keep-heading">
            <h2 id="keep-heading">{lang.pick("Keep my diary safe", "Proteger mi diario")}</h2>
            <p>
                {lang.pick(
                    "Browsers may clear saved data when a phone runs low on space. You can ask this one not to.",
                    "Los navegadores pueden borrar datos guardados si el teléfono tiene poco \
                     espacio. Puede pedirle a este navegador que no lo haga.",
                )}
            </p>
            <button type="button" class="button-secondary" on:click=ask>
                {lang.pick(
                    "Ask the browser to keep my data",
                    "Pedir al navegador que guarde mis datos",
                )}
            </button>
            <p role="status">{status}</p>
        </section>
    }
}

/// Deletes everything, after a question, with Undo for a few seconds.
#[component]
fn DeleteEverything() -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let undo = RwSignal::new(None::<UndoPoint>);
    let done = RwSignal::new(None::<String>);
    let delete = Callback::new(move |()| {
        let before = store.diary.get_untracked();
        match store.delete_all() {
            Ok(()) => {
                done.set(None);
                undo.set(Some(UndoPoint::new(
                    lang.pick(
                        "Your diary has been deleted from this phone.",
                        "Su diario se borró de este teléfono.",
                    )
                    .into(),
                    before,
                    Diary::new(),
                )));
            }
            Err(e) => done.set(Some(e.message_in(lang))),
        }
    });
    view! {
        <section aria-labelledby="delete-heading">
            <h2 id="delete-heading">{lang.pick("Delete everything", "Borrar todo")}</h2>
            <p>
                {lang.pick(
                    "This removes your checklist and every diary day from this phone. You can undo it for a few seconds, then it is gone for good.",
                    "Esto borra de este teléfono su lista de síntomas y todos los días \
                     del diario. Puede deshacerlo durante unos segundos. Después, se borra \
                     para siempre.",
                )}
            </p>
            <ConfirmButton
                label=lang.pick("Delete everything...", "Borrar todo...")
                question=lang
                    .pick(
                        "Delete your whole diary from this phone?",
                        "¿Borrar todo su diario de este teléfono?",
                    )
                    .to_string()
                confirm=lang.pick("Yes, delete everything", "Sí, borrar todo")
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
    let lang = use_lang();
    let store = DiaryStore::get();
    let backups = RwSignal::new(storage::unreadable_backups());
    let held = move || store.unreadable.get().filter(|u| u.kept_as.is_none());
    let download = move |n: usize, text: String| {
        let _ = device::download(
            &unreadable_file_name(n, lang),
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
                    <h2 id="unreadable-heading">
                        {lang.pick(
                            "Data the app could not read",
                            "Datos que la aplicación no pudo leer",
                        )}
                    </h2>
                    <p>
                        {lang.pick(
                            "Some saved data could not be read, so the app started a fresh \
    diary. The old data is kept here, untouched. Download it to keep it or to get help with it.",
                            "Algunos datos guardados no se pudieron leer. Por eso, la \
    aplicación empezó un diario nuevo. Los datos viejos se guardan aquí, sin cambios. \
    Descárguelos para guardarlos o para pedir ayuda con ellos.",
                        )}
                    </p>
                    <ul>
                        {held.map(|u| view! {
                            <li>
                                <button type="button" on:click=move |_| download(0, u.raw.clone())>
                                    {lang.pick(
                                        "Download the unreadable data",
                                        "Descargar los datos que no se pudieron leer",
                                    )}
                                </button>
                            </li>
                        })}
                        {kept.into_iter().enumerate().map(|(i, (key, text))| {
                            let forget_key = key.clone();
                            view! {
                                <li class="row">
                                    <button type="button" data-testid="unreadable-download"
                                        on:click=move |_| download(i + 1, text.clone())>
                                        {match lang {
                                            Lang::En => format!("Download copy {}", i + 1),
                                            Lang::Es => format!("Descargar la copia {}", i + 1),
                                        }}
                                    </button>
                                    <button type="button" class="button-secondary"
                                        on:click=move |_| {
                                            let _ = storage::forget_unreadable(&forget_key);
                                            backups.set(storage::unreadable_backups());
                                        }>
                                        {lang.pick("Remove this copy", "Borrar esta copia")}
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

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap_or(Date::MIN)
    }

    #[test]
    fn file_names_follow_the_page_language_in_plain_letters() {
        let today = day("2026-11-29");
        assert_eq!(
            backup_file_name(today, Lang::En),
            "ms-your-spine-backup-2026-11-29.json"
        );
        assert_eq!(
            table_file_name(today, Lang::En),
            "ms-your-spine-diary-2026-11-29.csv"
        );
        assert_eq!(
            unreadable_file_name(2, Lang::En),
            "ms-your-spine-unreadable-2.txt"
        );
        assert_eq!(
            backup_file_name(today, Lang::Es),
            "la-em-y-su-columna-copia-de-seguridad-2026-11-29.json"
        );
        assert_eq!(
            table_file_name(today, Lang::Es),
            "la-em-y-su-columna-diario-2026-11-29.csv"
        );
        assert_eq!(
            unreadable_file_name(0, Lang::Es),
            "la-em-y-su-columna-datos-ilegibles-0.txt"
        );
        for lang in Lang::ALL {
            let name = backup_file_name(today, lang);
            assert!(
                name.bytes().all(|b| b.is_ascii_alphanumeric()
                    || b == b'-'
                    || b == b'.')
            );
        }
    }

    #[test]
    fn the_backup_reminder_in_both_languages() {
        let today = day("2026-11-29");
        let recent = Some(day("2026-11-20"));
        let old = Some(day("2026-10-01"));
        assert_eq!(
            reminder_text(recent, true, today, Lang::En),
            "Your last backup was on 20 November 2026."
        );
        assert_eq!(
            reminder_text(old, true, today, Lang::En),
            "Your last backup was on 1 October 2026. It is a good time to \
             make a new one."
        );
        assert_eq!(
            reminder_text(None, true, today, Lang::En),
            "You have not made a backup yet. If this phone is lost or its \
             data is cleared, your diary goes with it. Save a backup now and \
             keep it somewhere safe."
        );
        assert_eq!(
            reminder_text(None, false, today, Lang::En),
            "Once you have some entries, save a backup now and then."
        );
        assert_eq!(
            reminder_text(recent, true, today, Lang::Es),
            "Su última copia de seguridad fue el 20 de noviembre de 2026."
        );
        assert_eq!(
            reminder_text(old, false, today, Lang::Es),
            "Su última copia de seguridad fue el 1 de octubre de 2026. Es un \
             buen momento para hacer otra."
        );
        assert_eq!(
            reminder_text(None, true, today, Lang::Es),
            "Todavía no ha hecho una copia de seguridad. Si pierde este \
             teléfono o se borran sus datos, también se pierde su diario. \
             Guarde una copia ahora y téngala en un lugar seguro."
        );
        assert_eq!(
            reminder_text(None, false, today, Lang::Es),
            "Cuando tenga algunas anotaciones, guarde una copia de seguridad \
             de vez en cuando."
        );
    }

    fn preview(days: usize, range: Option<(&str, &str)>) -> ImportPreview {
        ImportPreview {
            diary: Diary::new(),
            days,
            first_date: range.map(|(a, _)| day(a)),
            last_date: range.map(|(_, b)| day(b)),
            symptoms_recorded: 3,
            custom_symptoms: 1,
            bladder_entries: 0,
            walk_tests: 0,
            left_out: Vec::new(),
        }
    }

    #[test]
    fn the_preview_names_bladder_entries_and_walk_tests_when_there_are_any() {
        let mut with = preview(2, Some(("2026-11-01", "2026-11-12")));
        with.bladder_entries = 1;
        with.walk_tests = 2;
        assert!(
            preview_text(&with, Lang::En).ends_with(
                "symptoms of your own. It also has 1 bladder diary entry and \
                 2 walk tests."
            ),
            "{}",
            preview_text(&with, Lang::En)
        );
        assert!(preview_text(&with, Lang::Es).ends_with(
            "que usted agregó. También tiene 1 anotación del diario de \
             vejiga y 2 pruebas de caminata."
        ));
        with.bladder_entries = 7;
        with.walk_tests = 0;
        assert!(preview_text(&with, Lang::En).ends_with(
            "It also has 7 bladder diary entries and 0 walk tests."
        ));
    }

    #[test]
    fn the_import_preview_in_both_languages() {
        let two = preview(2, Some(("2026-11-01", "2026-11-12")));
        assert_eq!(
            preview_text(&two, Lang::En),
            "This backup has 2 days from 1 November 2026 to 12 November \
             2026, 3 symptoms with details or scores, and 1 symptoms of your \
             own."
        );
        assert_eq!(
            preview_text(&preview(0, None), Lang::En),
            "This backup has 0 days with no days, 3 symptoms with details or \
             scores, and 1 symptoms of your own."
        );
        assert_eq!(
            preview_text(&two, Lang::Es),
            "Esta copia tiene 2 días: del 1 de noviembre de 2026 al 12 de \
             noviembre de 2026. Tiene 3 síntomas con detalles o puntajes, y 1 \
             síntoma que usted agregó."
        );
        let one = preview(1, Some(("2026-11-01", "2026-11-01")));
        assert_eq!(
            preview_text(&one, Lang::Es),
            "Esta copia tiene 1 día: el 1 de noviembre de 2026. Tiene 3 \
             síntomas con detalles o puntajes, y 1 síntoma que usted agregó."
        );
        assert!(
            preview_text(&preview(0, None), Lang::Es)
                .starts_with("Esta copia no tiene días. Tiene 3 síntomas")
        );
    }

    #[test]
    fn days_already_in_the_diary_in_both_languages() {
        assert_eq!(
            clashes_text(3, Lang::En),
            "3 of its days are already in your diary. Adding keeps your \
             current entry for those days."
        );
        assert_eq!(
            clashes_text(1, Lang::Es),
            "1 de sus días ya está en su diario. Al agregarla, ese día se \
             queda como está ahora."
        );
        assert_eq!(
            clashes_text(3, Lang::Es),
            "3 de sus días ya están en su diario. Al agregarla, esos días se \
             quedan como están ahora."
        );
    }
}
