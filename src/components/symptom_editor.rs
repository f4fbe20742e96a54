use leptos::prelude::*;

use crate::components::confirm::{ConfirmButton, UndoPoint, UndoSlot};
use crate::device;
use crate::diary::report::isolated;
use crate::diary::{
    BODY_AREA_MAX_CHARS, Date, InputError, NOTE_MAX_CHARS, Onset, Pattern,
    Score, Symptom, Text,
};
use crate::diary_store::DiaryStore;
use crate::lang::Lang;
use crate::nav::use_lang;
use crate::pages::diary::ScoreSelect;

/// Test id of the "remove" action (the first button is `...-ask`).
const REMOVE_TESTID: &str = "remove-symptom";

/// A change to one symptom that the model may refuse.
type Edit = Box<dyn FnOnce(&mut Symptom) -> Result<(), InputError>>;

/// One symptom on the checklist: a single tap to say "I have this now",
/// then, for a ticked symptom, its details (how bad, since when, new or
/// old, constant or comes and goes, where, a note).
#[component]
pub fn SymptomEditor(id: String) -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    // Where the page offers Undo after this symptom is removed.
    let undo_slot = use_context::<UndoSlot>();
    let key = StoredValue::new(id.clone());
    // Bumped when a change is refused: every control then reads the
    // stored symptom again and puts it back on screen, so a refused tick
    // or pick never stays shown.
    let refresh = RwSignal::new(0u32);
    // The stored symptom, with the refusal count beside it: memoised, so
    // controls re-run only when this symptom changes or a change to it
    // was refused, not on every change to the diary.
    let symptom = Memo::new(move |_| {
        let stored = store
            .diary
            .with(|d| key.with_value(|k| d.symptom(k).cloned()));
        (refresh.get(), stored)
    });
    let error = RwSignal::new(None::<String>);
    // Applies a change to this symptom; a refused value becomes a message.
    // Nothing changes on screen unless the change was stored.
    let change = move |edit: Edit| {
        let result =
            store.try_update(|d| match key.with_value(|k| d.symptom_mut(k)) {
                Some(s) => edit(s),
                None => Ok(()),
            });
        if result.is_err() {
            refresh.update(|n| *n = n.wrapping_add(1));
        }
        error.set(result.err().map(|e| e.message_in(lang)));
    };
    let field = move |name: &str| format!("{}-{name}", key.get_value());
    let has_now =
        move || symptom.with(|(_, s)| s.as_ref().is_some_and(|s| s.has_now));
    let name = move || {
        symptom.with(|(_, s)| s.as_ref().map(|s| s.name_in(lang).to_string()))
    };
    let is_custom = move || {
        symptom.with(|(_, s)| s.as_ref().is_some_and(Symptom::is_custom))
    };
    let severity = move || {
        symptom
            .with(|(_, s)| s.as_ref().and_then(|s| s.severity).map(Score::get))
    };

    let details = move || {
        has_now().then(|| {
            view! {
                <div class="symptom-details">
                    <ScoreSelect
                        id=field("severity")
                        label=lang.pick("How bad is it now?", "¿Qué tan fuerte es ahora?").to_string()
                        value=Signal::derive(severity)
                        low=lang.pick("none", "nada")
                        high=lang.pick("worst", "lo peor")
                        on_pick=Callback::new(move |score: Option<Score>| {
                            change(Box::new(move |s| {
                                s.severity = score;
                                Ok(())
                            }));
                        })
                    />

                    <label for=field("since")>{lang.pick("When did it start?", "¿Cuándo empezó?")}</label>
                    <input
                        id=field("since")
                        type="date"
                        max=device::today().to_string()
                        prop:value=move || symptom.with(|(_, s)| {
                            s.as_ref().and_then(|s| s.started_on).map(|d| d.to_string()).unwrap_or_default()
                        })
                        on:change:target=move |ev| {
                            let text = ev.target().value();
                            change(Box::new(move |s| {
                                s.started_on = started_on(&text)?;
                                Ok(())
                            }));
                        }
                    />

                    <Choice
                        legend=lang.pick(
                            "Is it new, or have you had it before?",
                            "¿Es nuevo o ya lo ha tenido antes?",
                        )
                        name=field("onset")
                        options=vec![
                            (lang.pick("New", "Es nuevo"), "new"),
                            (lang.pick("I have had it before", "Ya lo he tenido antes"), "old"),
                        ]
                        selected=Signal::derive(move || symptom.with(|(_, s)| {
                            match s.as_ref().and_then(|s| s.onset) {
                                Some(Onset::New) => "new",
                                Some(Onset::Old) => "old",
                                None => "",
                            }
                        }))
                        on_pick=Callback::new(move |v: &'static str| {
                            change(Box::new(move |s| {
                                s.onset = Some(if v == "new" { Onset::New } else { Onset::Old });
                                Ok(())
                            }));
                        })
                    />
                    <Choice
                        legend=lang.pick("Is it there all the time?", "¿Lo tiene todo el tiempo?")
                        name=field("pattern")
                        options=vec![
                            (lang.pick("All the time", "Todo el tiempo"), "constant"),
                            (lang.pick("It comes and goes", "Va y viene"), "comes-and-goes"),
                        ]
                        selected=Signal::derive(move || symptom.with(|(_, s)| {
                            match s.as_ref().and_then(|s| s.pattern) {
                                Some(Pattern::Constant) => "constant",
                                Some(Pattern::ComesAndGoes) => "comes-and-goes",
                                None => "",
                            }
                        }))
                        on_pick=Callback::new(move |v: &'static str| {
                            change(Box::new(move |s| {
                                s.pattern = Some(if v == "constant" {
                                    Pattern::Constant
                                } else {
                                    Pattern::ComesAndGoes
                                });
                                Ok(())
                            }));
                        })
                    />

                    <label for=field("area")>
                        {lang.pick("Where in your body?", "¿En qué parte del cuerpo?")}
                    </label>
                    <input
                        id=field("area")
                        type="text"
                        maxlength=BODY_AREA_MAX_CHARS
                        prop:value=move || symptom.with(|(_, s)| {
                            s.as_ref().map(|s| s.body_area.as_str().to_string()).unwrap_or_default()
                        })
                        on:change:target=move |ev| {
                            let text = ev.target().value();
                            change(Box::new(move |s| {
                                s.body_area = Text::new(text.trim())?;
                                Ok(())
                            }));
                        }
                    />

                    <label for=field("note")>
                        {lang.pick(
                            "Notes (what makes it better or worse)",
                            "Notas (qué lo mejora o lo empeora)",
                        )}
                    </label>
                    <textarea
                        id=field("note")
                        rows="3"
                        maxlength=NOTE_MAX_CHARS
                        prop:value=move || symptom.with(|(_, s)| {
                            s.as_ref().map(|s| s.note.as_str().to_string()).unwrap_or_default()
                        })
                        on:change:target=move |ev| {
                            let text = ev.target().value();
                            change(Box::new(move |s| {
                                s.note = Text::new(text)?;
                                Ok(())
                            }));
                        }
                    ></textarea>

                    {move || is_custom().then(|| view! {
                        <ConfirmButton
                            label=lang.pick("Remove this symptom...", "Quitar este síntoma...")
                            question=Signal::derive(move || {
                                remove_question(&name().unwrap_or_default(), lang)
                            })
                            confirm=lang.pick("Yes, remove it", "Sí, quitarlo")
                            testid=REMOVE_TESTID
                            on_confirm=Callback::new(move |()| {
                                let said = removed(&name().unwrap_or_default(), lang);
                                let result = UndoPoint::record(store, said, |d| {
                                    key.with_value(|k| d.remove_custom_symptom(k))
                                });
                                match result {
                                    Ok(point) => {
                                        if let Some(UndoSlot(undo)) = undo_slot {
                                            undo.set(Some(point));
                                        }
                                    }
                                    Err(e) => error.set(Some(e.message_in(lang))),
                                }
                            })
                        />
                    })}
                </div>
            }
        })
    };

    view! {
        <li class="symptom" class:ticked=has_now data-testid=format!("check-{id}")>
            <label class="check check-big">
                <input
                    type="checkbox"
                    prop:checked=has_now
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        change(Box::new(move |s| {
                            s.has_now = on;
                            Ok(())
                        }));
                    }
                />
                <span>{name}</span>
            </label>
            {details}
            <p class="field-error" aria-live="polite">{error}</p>
        </li>
    }
}

/// The question before a symptom of the user's own is removed.
fn remove_question(name: &str, lang: Lang) -> String {
    match lang {
        Lang::En => {
            format!("Remove {} and its scores on every day?", isolated(name))
        }
        Lang::Es => format!(
            "¿Quitar {} y sus puntajes de todos los días?",
            isolated(name)
        ),
    }
}

/// What the undo bar says once a symptom is removed.
fn removed(name: &str, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Removed {}.", isolated(name)),
        Lang::Es => format!("Se quitó {}.", isolated(name)),
    }
}

/// A start date from a date field: empty clears it; a future date is
/// refused.
fn started_on(text: &str) -> Result<Option<Date>, InputError> {
    if text.is_empty() {
        return Ok(None);
    }
    let date = Date::parse(text)?;
    if date > device::today() {
        return Err(InputError::FutureDate(date));
    }
    Ok(Some(date))
}

/// A small group of radio buttons, each a large target.
#[component]
fn Choice(
    legend: &'static str,
    name: String,
    options: Vec<(&'static str, &'static str)>,
    selected: Signal<&'static str>,
    on_pick: Callback<&'static str>,
) -> impl IntoView {
    view! {
        <fieldset class="choice">
            <legend>{legend}</legend>
            {options.into_iter().map(|(label, value)| view! {
                <label class="check">
                    <input
                        type="radio"
                        name=name.clone()
                        value=value
                        prop:checked=move || selected.get() == value
                        on:change=move |_| on_pick.run(value)
                    />
                    <span>{label}</span>
                </label>
            }).collect_view()}
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removing_a_symptom_is_asked_and_said_in_both_languages() {
        assert_eq!(
            remove_question("Dizzy", Lang::En),
            "Remove \u{2068}Dizzy\u{2069} and its scores on every day?"
        );
        assert_eq!(
            remove_question("Mareo", Lang::Es),
            "¿Quitar \u{2068}Mareo\u{2069} y sus puntajes de todos los días?"
        );
        assert_eq!(
            removed("Dizzy", Lang::En),
            "Removed \u{2068}Dizzy\u{2069}."
        );
        assert_eq!(
            removed("Mareo", Lang::Es),
            "Se quitó \u{2068}Mareo\u{2069}."
        );
    }
}
