use leptos::prelude::*;

use crate::components::care_card::{CareCardFor, FlagCard};
use crate::components::confirm::{UndoBar, UndoPoint, UndoSlot};
use crate::components::diary_tabs::DiaryTabs;
use crate::components::save_status::SaveStatus;
use crate::components::symptom_editor::SymptomEditor;
use crate::content::CareLevel;
use crate::device;
use crate::diary::insight::{emergency_signs_in, relapse_flags_in};
use crate::diary_store::DiaryStore;
use crate::nav::use_lang;
use crate::routes::{View, diary_heading_in};

/// My symptoms: emergency signs first, then the flags (possible relapse
/// or pseudo-relapse, each with its care level), then one tap per
/// symptom, with details for the ones ticked.
#[component]
pub fn ChecklistPage() -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let ids = move || {
        store.diary.with(|d| {
            d.symptoms()
                .iter()
                .map(|s| s.id().to_string())
                .collect::<Vec<_>>()
        })
    };
    // Undo for a symptom removed below (its own row is gone by then).
    let undo = RwSignal::new(None::<UndoPoint>);
    provide_context(UndoSlot(undo));
    // Judged against today's date, which follows the clock.
    let today = device::watch_today(|_, _| {});
    let flags = Memo::new(move |_| {
        store.diary.with(|d| relapse_flags_in(d, today.get(), lang))
    });
    view! {
        <article class="diary-page" data-testid="page-my-symptoms">
            <h1 tabindex="-1">{diary_heading_in(View::Checklist, lang)}</h1>
            <DiaryTabs current=View::Checklist/>
            <SaveStatus/>
            <p>
                {lang.pick(
                    "Tick what you have now. It stays on this phone. This is a \
    record for you and your doctor: it does not diagnose anything.",
                    "Marque lo que tiene ahora. Se queda en este teléfono. Es \
    un registro para usted y su médico. No da ningún diagnóstico.",
                )}
            </p>
            <EmergencySigns/>
            <div class="flags" data-testid="relapse-flags">
                {move || flags.get().into_iter().map(|flag| view! {
                    <FlagCard flag=flag/>
                }).collect_view()}
            </div>
            <UndoBar undo=undo/>
            <ul class="checklist" data-testid="checklist">
                <For each=ids key=|id| id.clone() let:id>
                    <SymptomEditor id=id/>
                </For>
            </ul>
            <AddSymptom/>
        </article>
    }
}

/// The emergency signs: the 911 signs of the care table. Ticks are not
/// saved: an old tick must not keep the 911 card up. Any tick shows the
/// emergency card at once.
#[component]
fn EmergencySigns() -> impl IntoView {
    let lang = use_lang();
    let ticked = RwSignal::new(Vec::<&'static str>::new());
    view! {
        <fieldset class="emergency-signs" data-testid="emergency-signs">
            <legend>
                {lang.pick(
                    "Do you have any of these right now?",
                    "¿Le pasa alguna de estas cosas ahora mismo?",
                )}
            </legend>
            {emergency_signs_in(lang).map(|sign| view! {
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid=format!("tick-{}", sign.id)
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            ticked.update(|t| {
                                t.retain(|id| *id != sign.id);
                                if on {
                                    t.push(sign.id);
                                }
                            });
                        }
                    />
                    <span>{sign.text}</span>
                </label>
            }).collect_view()}
        </fieldset>
        {move || (!ticked.with(Vec::is_empty)).then(|| view! {
            <div data-testid="emergency-card">
                <CareCardFor level=CareLevel::Emergency/>
            </div>
        })}
    }
}

/// Adds a symptom of the user's own.
#[component]
fn AddSymptom() -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result =
            store.try_update(|d| d.add_custom_symptom(&name.get_untracked()));
        match result {
            Ok(_) => {
                name.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(e.message_in(lang))),
        }
    };
    view! {
        <form class="add-symptom" on:submit=add>
            <label for="new-symptom">
                {lang.pick("Add a symptom of your own", "Agregue su propio síntoma")}
            </label>
            <div class="row">
                <input
                    id="new-symptom"
                    type="text"
                    maxlength=crate::diary::CUSTOM_NAME_MAX_CHARS
                    autocomplete="off"
                    prop:value=name
                    on:input:target=move |ev| name.set(ev.target().value())
                    aria-describedby="new-symptom-error"
                />
                <button type="submit">{lang.pick("Add", "Agregar")}</button>
            </div>
            <p id="new-symptom-error" class="field-error" aria-live="polite">
                {error}
            </p>
        </form>
    }
}
