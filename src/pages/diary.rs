use leptos::prelude::*;

use crate::components::confirm::{ConfirmButton, UndoBar, UndoPoint};
use crate::components::diary_tabs::DiaryTabs;
use crate::components::save_status::SaveStatus;
use crate::device;
use crate::diary::format::problem_in;
use crate::diary::{
    Date, Entry, MEDICINES_MAX_CHARS, NOTE_MAX_CHARS, Score, Text,
};
use crate::diary_store::DiaryStore;
use crate::lang::Lang;
use crate::nav::use_lang;
use crate::routes::{View, diary_heading_in};

/// How many past days the list under the form shows.
const PAST_DAYS_SHOWN: usize = 14;

/// The daily diary: today's entry in a few taps, and past days to look
/// at or change. One entry per date.
///
/// What the form shows is what is stored: every control reads the
/// chosen day's stored entry, and every change is saved at once through
/// the store, which changes the screen only once the write succeeded.
/// Changing the day changes what the controls read; nothing is copied
/// into a draft, so no edit can be left behind unsaved.
#[component]
pub fn DiaryPage() -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let date = RwSignal::new(device::today());
    // "Today" follows the clock. A form that showed today moves on to the
    // new day at midnight, so tonight's notes never land on yesterday.
    let today = device::watch_today(move |old, new| {
        if date.get_untracked() == old {
            date.set(new);
        }
    });
    let message = RwSignal::new(None::<String>);
    let entry = Memo::new(move |_| {
        let day = date.get();
        store
            .diary
            .with(|d| d.entry(day).cloned().unwrap_or_default())
    });
    // Changes the chosen day's entry and saves it; an entry left empty is
    // removed, not kept as a blank day.
    let edit = move |change: Box<dyn FnOnce(&mut Entry)>| {
        let day = date.get_untracked();
        let result = store.try_update(|d| {
            let mut e = d.entry(day).cloned().unwrap_or_default();
            change(&mut e);
            if e == Entry::default() {
                d.remove_entry(day);
                Ok(())
            } else {
                d.set_entry(day, e)
            }
        });
        message.set(Some(match result {
            Ok(()) => saved_for(day, lang),
            Err(e) => e.message_in(lang),
        }));
    };
    let go_to = move |day: Date| {
        date.set(day);
        message.set(None);
    };
    // The symptoms ticked now (or every symptom if none is ticked), then
    // any other that has a score on this day; each group in the order
    // of the checklist.
    let rows = move || {
        entry.with(|e| {
            store.diary.with(|d| {
                let any_ticked = d.symptoms().iter().any(|s| s.has_now);
                let first =
                    d.symptoms().iter().filter(|s| s.has_now || !any_ticked);
                let then = d.symptoms().iter().filter(|s| {
                    any_ticked && !s.has_now && e.severity(s.id()).is_some()
                });
                first
                    .chain(then)
                    .map(|s| (s.id().to_string(), s.name_in(lang).to_string()))
                    .collect::<Vec<_>>()
            })
        })
    };
    // Save only confirms: every change is already stored.
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        edit(Box::new(|_| {}));
    };
    let undo = RwSignal::new(None::<UndoPoint>);
    let remove = Callback::new(move |()| {
        let day = date.get_untracked();
        let said = match lang {
            Lang::En => format!("Deleted the entry for {}.", long_date(day)),
            Lang::Es => format!(
                "Se borraron los datos del {}.",
                long_date_in(day, lang)
            ),
        };
        let result = UndoPoint::record(store, said, |d| {
            d.remove_entry(day);
            Ok(())
        });
        match result {
            Ok(point) => {
                message.set(None);
                undo.set(Some(point));
            }
            Err(e) => message.set(Some(e.message_in(lang))),
        }
    });
    let has_entry = move || store.diary.with(|d| d.entry(date.get()).is_some());
    // The last earlier day with scores, and how many, for "Same scores
    // as the day before": one tap on a tired day.
    let day_before = move || {
        let day = date.get();
        store.diary.with(|d| {
            d.entries()
                .range(..day)
                .rev()
                .find(|(_, e)| !e.severities.is_empty())
                .map(|(before, e)| (*before, e.severities.len()))
        })
    };
    let undo_copy = RwSignal::new(None::<UndoPoint>);
    let copy_scores = move |before: Date| {
        let day = date.get_untracked();
        let said = match lang {
            Lang::En => format!("Copied the scores of {}.", long_date(before)),
            Lang::Es => format!(
                "Se copiaron los puntajes del {}.",
                long_date_in(before, lang)
            ),
        };
        let result = UndoPoint::record(store, said, |d| {
            let scores = d
                .entry(before)
                .map(|e| e.severities.clone())
                .unwrap_or_default();
            let mut e = d.entry(day).cloned().unwrap_or_default();
            e.severities = scores;
            d.set_entry(day, e)
        });
        match result {
            Ok(point) => {
                message.set(Some(saved_for(day, lang)));
                undo_copy.set(Some(point));
            }
            Err(e) => message.set(Some(e.message_in(lang))),
        }
    };
    let past = move || {
        store.diary.with(|d| {
            d.entries()
                .iter()
                .rev()
                .take(PAST_DAYS_SHOWN)
                .map(|(day, e)| (*day, summary(e, lang)))
                .collect::<Vec<_>>()
        })
    };

    view! {
        <article class="diary-page" data-testid="page-diary">
            <h1 tabindex="-1">{diary_heading_in(View::Diary, lang)}</h1>
            <DiaryTabs current=View::Diary/>
            <SaveStatus/>
            <form class="day-form" on:submit=save data-testid="day-form">
                <div class="day-picker">
                    <button type="button" class="button-secondary"
                        aria-label=lang.pick("Previous day", "Día anterior")
                        on:click=move |_| go_to(date.get_untracked().add_days(-1))>
                        "‹"
                    </button>
                    <label for="day">{lang.pick("Day", "Día")}</label>
                    <input id="day" type="date"
                        max=move || today.get().to_string()
                        prop:value=move || date.get().to_string()
                        on:change:target=move |ev| {
                            let field = ev.target();
                            match Date::parse(&field.value()) {
                                Ok(day) if day <= today.get_untracked() => go_to(day),
                                refused => {
                                    // Put the day shown back in the field,
                                    // so it never holds a day that is not
                                    // the one on screen.
                                    field.set_value(&date.get_untracked().to_string());
                                    message.set(Some(match refused {
                                        Ok(_) => lang.pick(
                                            "You cannot fill in a day in the future.",
                                            "No puede llenar un día que aún no llega.",
                                        ).into(),
                                        Err(e) => problem_in(&e, lang),
                                    }));
                                }
                            }
                        }
                    />
                    <button type="button" class="button-secondary"
                        aria-label=lang.pick("Next day", "Día siguiente")
                        disabled=move || { date.get() >= today.get() }
                        on:click=move |_| {
                            let day = date.get_untracked();
                            if day < today.get_untracked() {
                                go_to(day.add_days(1));
                            }
                        }>
                        "›"
                    </button>
                </div>
                <p class="day-title" aria-live="polite">
                    {move || long_date_in(date.get(), lang)}
                    {move || {
                        (date.get() == today.get())
                            .then_some(lang.pick(" (today)", " (hoy)"))
                    }}
                </p>
                {move || day_before().map(|(before, count)| view! {
                    <button type="button" class="button-secondary same-as"
                        data-testid="same-as-before"
                        on:click=move |_| copy_scores(before)>
                        {same_as(
                            before,
                            date.get_untracked(),
                            today.get_untracked(),
                            count,
                            lang,
                        )}
                    </button>
                })}
                <UndoBar undo=undo_copy/>
                <fieldset>
                    <legend>
                        {lang.pick(
                            "How bad is each symptom today? 0 is none, 10 is the worst.",
                            "¿Qué tan fuerte es cada síntoma hoy? 0 es nada, 10 es lo peor.",
                        )}
                    </legend>
                    {move || rows().into_iter().map(|(id, name)| {
                        view! { <ScoreRow id=id label=name entry=entry edit=edit/> }
                    }).collect_view()}
                </fieldset>
                <SleepRow entry=entry edit=edit/>
                <label class="check">
                    <input type="checkbox"
                        prop:checked=move || entry.with(|e| e.infection_or_fever)
                        on:change:target=move |ev| {
                            let field = ev.target();
                            let on = field.checked();
                            edit(Box::new(move |e| e.infection_or_fever = on));
                            // Shown as stored, even if the change was refused.
                            field.set_checked(entry.with_untracked(|e| e.infection_or_fever));
                        }
                    />
                    <span>
                        {lang.pick(
                            "I may have an infection or a fever",
                            "Puede que tenga una infección o fiebre",
                        )}
                    </span>
                </label>
                <label for="medicines">
                    {lang.pick("Medicines taken", "Medicamentos que tomó")}
                </label>
                <input id="medicines" type="text" maxlength=MEDICINES_MAX_CHARS
                    prop:value=move || entry.with(|e| e.medicines.as_str().to_string())
                    on:input:target=move |ev| {
                        if let Ok(text) = Text::new(ev.target().value()) {
                            edit(Box::new(move |e| e.medicines = text));
                        }
                    }
                    on:change:target=move |ev| {
                        let field = ev.target();
                        if let Ok(text) = Text::new(field.value().trim()) {
                            edit(Box::new(move |e| e.medicines = text));
                        }
                        entry.with_untracked(|e| field.set_value(e.medicines.as_str()));
                    }
                />
                <label for="day-note">{lang.pick("Notes", "Notas")}</label>
                <textarea id="day-note" rows="3" maxlength=NOTE_MAX_CHARS
                    prop:value=move || entry.with(|e| e.note.as_str().to_string())
                    on:input:target=move |ev| {
                        if let Ok(text) = Text::new(ev.target().value()) {
                            edit(Box::new(move |e| e.note = text));
                        }
                    }
                ></textarea>
                <div class="row">
                    <button type="submit" data-testid="save-day">
                        {lang.pick("Save this day", "Guardar este día")}
                    </button>
                </div>
                <p class="form-message" role="status" data-testid="day-message">{message}</p>
            </form>
            // Apart from Save, and behind a question.
            <div class="delete-day">
                {move || has_entry().then(|| view! {
                    <ConfirmButton
                        label=lang.pick("Delete this day...", "Borrar este día...")
                        question=Signal::derive(move || match lang {
                            Lang::En => format!(
                                "Delete the entry for {}?", long_date(date.get())
                            ),
                            Lang::Es => format!(
                                "¿Borrar los datos del {}?",
                                long_date_in(date.get(), lang)
                            ),
                        })
                        confirm=lang.pick("Yes, delete this day", "Sí, borrar este día")
                        testid="delete-day"
                        on_confirm=remove
                    />
                })}
                <UndoBar undo=undo/>
            </div>
            <h2>{lang.pick("Past days", "Días anteriores")}</h2>
            <ul class="past-days" data-testid="past-days">
                {move || {
                    let days = past();
                    if days.is_empty() {
                        return view! {
                            <li>{lang.pick("No days saved yet.", "Aún no hay días guardados.")}</li>
                        }.into_any();
                    }
                    days.into_iter().map(|(day, text)| view! {
                        <li>
                            <button type="button" class="past-day"
                                on:click=move |_| go_to(day)>
                                <span class="past-day-date">{long_date_in(day, lang)}</span>
                                <span class="past-day-summary">{text}</span>
                            </button>
                        </li>
                    }).collect_view().into_any()
                }}
            </ul>
        </article>
    }
}

/// Saves a change to the chosen day's entry (see [`DiaryPage`]).
type EditDay = Box<dyn FnOnce(&mut Entry)>;

/// A 0-10 score for one symptom on the chosen day. A list rather than a
/// slider: it opens the phone's own large picker, which is far easier
/// with a tremor, and "Not recorded" stays distinct from 0.
#[component]
fn ScoreRow(
    id: String,
    label: String,
    entry: Memo<Entry>,
    edit: impl Fn(EditDay) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let key = StoredValue::new(id.clone());
    let value = Signal::derive(move || {
        entry.with(|e| key.with_value(|k| e.severity(k)))
    });
    view! {
        <ScoreSelect
            id=format!("score-{id}")
            label=label
            value=value
            low=lang.pick("none", "nada")
            high=lang.pick("worst", "lo peor")
            on_pick=Callback::new(move |score: Option<Score>| {
                let k = key.get_value();
                edit(Box::new(move |e| match score {
                    Some(s) => {
                        e.severities.insert(k.as_str().into(), s);
                    }
                    None => {
                        e.severities.remove(k.as_str());
                    }
                }));
            })
        />
    }
}

/// Sleep quality, 0 (very poor) to 10 (very good).
#[component]
fn SleepRow(
    entry: Memo<Entry>,
    edit: impl Fn(EditDay) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let value =
        Signal::derive(move || entry.with(|e| e.sleep_quality.map(Score::get)));
    view! {
        <ScoreSelect
            id="sleep".to_string()
            label=lang
                .pick("How well did you sleep?", "¿Qué tan bien durmió?")
                .to_string()
            value=value
            low=lang.pick("very badly", "muy mal")
            high=lang.pick("very well", "muy bien")
            on_pick=Callback::new(move |score| {
                edit(Box::new(move |e| e.sleep_quality = score));
            })
        />
    }
}

/// A labelled 0-10 picker with a "Not recorded" choice: one large tap
/// per score (2 rows of 6 targets, each at least 44 px), so a day's
/// scores take one tap each, even with a tremor. It shows `value` (the
/// stored one) and nothing else: after a pick every choice is set back
/// to `value`, so a refused change never stays on screen.
#[component]
pub fn ScoreSelect(
    id: String,
    label: String,
    value: Signal<Option<u8>>,
    low: &'static str,
    high: &'static str,
    on_pick: Callback<Option<Score>>,
) -> impl IntoView {
    let lang = use_lang();
    // Bumped after each pick, so every choice reads `value` again.
    let refresh = RwSignal::new(0u32);
    let test_id = id.clone();
    let choice = move |n: Option<u8>| {
        let name = id.clone();
        let text = n.map_or("\u{2013}".to_string(), |n| n.to_string());
        let spoken = match n {
            None => lang.pick("Not recorded", "Sin anotar").to_string(),
            Some(0) => format!("0 ({low})"),
            Some(10) => format!("10 ({high})"),
            Some(n) => n.to_string(),
        };
        view! {
            <label class="score-option" class:score-clear=n.is_none()>
                <input
                    type="radio"
                    name=name
                    value=n.map(|n| n.to_string()).unwrap_or_default()
                    aria-label=spoken
                    prop:checked=move || {
                        refresh.track();
                        value.get() == n
                    }
                    on:change=move |_| {
                        let score = n.and_then(|v| Score::new(u32::from(v)).ok());
                        on_pick.run(score);
                        refresh.update(|r| *r = r.wrapping_add(1));
                    }
                />
                <span aria-hidden="true">{text}</span>
            </label>
        }
    };
    let options = (0..=10u8).map(|n| choice.clone()(Some(n))).collect_view();
    let clear = choice(None);
    view! {
        <fieldset class="score-picker" data-testid=test_id>
            <legend>{label}</legend>
            <div class="score-options">{options}{clear}</div>
            <p class="score-scale" aria-hidden="true">
                {scale_text(low, high, lang)}
            </p>
        </fieldset>
    }
}

/// The scale under a picker: "0 none – 10 worst; – not recorded".
fn scale_text(low: &str, high: &str, lang: Lang) -> String {
    let unset = lang.pick("not recorded", "sin anotar");
    format!("0 {low} \u{2013} 10 {high}; \u{2013} {unset}")
}

/// "28 November 2026".
pub fn long_date(day: Date) -> String {
    long_date_in(day, Lang::En)
}

/// A day in words in a language: "28 November 2026", "28 de noviembre
/// de 2026".
pub fn long_date_in(day: Date, lang: Lang) -> String {
    day.words_in(lang)
}

/// What the form says once a day is saved.
fn saved_for(day: Date, lang: Lang) -> String {
    match lang {
        Lang::En => format!("Saved for {}.", long_date(day)),
        Lang::Es => format!("Día guardado: {}.", long_date_in(day, lang)),
    }
}

/// The words of the button that copies the scores of `before` (the last
/// earlier day with scores, `count` of them) to the chosen `day`.
fn same_as(
    before: Date,
    day: Date,
    today: Date,
    count: usize,
    lang: Lang,
) -> String {
    let just_before = before.add_days(1) == day;
    match lang {
        Lang::En => format!(
            "Same scores as {} ({count})",
            if just_before {
                "the day before".to_string()
            } else {
                long_date(before)
            }
        ),
        Lang::Es if just_before && day == today => {
            format!("Igual que ayer ({count})")
        }
        Lang::Es if just_before => {
            format!("Igual que el día anterior ({count})")
        }
        Lang::Es => {
            format!("Igual que el {} ({count})", long_date_in(before, lang))
        }
    }
}

/// A one-line summary of a day for the list of past days.
fn summary(entry: &Entry, lang: Lang) -> String {
    let scored = entry.severities.len();
    let mut parts = vec![match (lang, scored) {
        (Lang::En, 0) => "No symptoms scored".to_string(),
        (Lang::En, 1) => "1 symptom scored".to_string(),
        (Lang::En, n) => format!("{n} symptoms scored"),
        (Lang::Es, 0) => "Ningún síntoma con puntaje".to_string(),
        (Lang::Es, 1) => "1 síntoma con puntaje".to_string(),
        (Lang::Es, n) => format!("{n} síntomas con puntaje"),
    }];
    if entry.infection_or_fever {
        parts.push(
            lang.pick(
                "possible infection or fever",
                "posible infección o fiebre",
            )
            .to_string(),
        );
    }
    if !entry.note.is_empty() {
        parts.push(lang.pick("note", "nota").to_string());
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::Text;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap_or(Date::MIN)
    }

    #[test]
    fn long_dates_are_words_in_both_languages() {
        let d = day("2026-11-28");
        assert_eq!(long_date(d), "28 November 2026");
        assert_eq!(long_date_in(d, Lang::En), "28 November 2026");
        assert_eq!(long_date_in(d, Lang::Es), "28 de noviembre de 2026");
        assert_eq!(saved_for(d, Lang::En), "Saved for 28 November 2026.");
        assert_eq!(
            saved_for(d, Lang::Es),
            "Día guardado: 28 de noviembre de 2026."
        );
    }

    #[test]
    fn the_same_as_button_names_the_day_it_copies() {
        let today = day("2026-11-28");
        let yesterday = day("2026-11-27");
        let earlier = day("2026-11-20");
        assert_eq!(
            same_as(yesterday, today, today, 3, Lang::En),
            "Same scores as the day before (3)"
        );
        assert_eq!(
            same_as(earlier, today, today, 2, Lang::En),
            "Same scores as 20 November 2026 (2)"
        );
        assert_eq!(
            same_as(yesterday, today, today, 3, Lang::Es),
            "Igual que ayer (3)"
        );
        assert_eq!(
            same_as(day("2026-11-26"), yesterday, today, 1, Lang::Es),
            "Igual que el día anterior (1)"
        );
        assert_eq!(
            same_as(earlier, today, today, 2, Lang::Es),
            "Igual que el 20 de noviembre de 2026 (2)"
        );
    }

    #[test]
    fn a_past_day_is_summed_up_in_both_languages() {
        let mut entry = Entry::default();
        assert_eq!(summary(&entry, Lang::En), "No symptoms scored");
        assert_eq!(summary(&entry, Lang::Es), "Ningún síntoma con puntaje");
        for (id, n) in [("weakness", 3), ("bladder", 5)] {
            if let Ok(score) = Score::new(n) {
                entry.severities.insert(id.into(), score);
            }
        }
        entry.infection_or_fever = true;
        entry.note = Text::new("Tired").unwrap_or_default();
        assert_eq!(
            summary(&entry, Lang::En),
            "2 symptoms scored, possible infection or fever, note"
        );
        assert_eq!(
            summary(&entry, Lang::Es),
            "2 síntomas con puntaje, posible infección o fiebre, nota"
        );
        entry.severities.remove("bladder");
        assert_eq!(
            summary(&entry, Lang::En).split(", ").next(),
            Some("1 symptom scored")
        );
        assert_eq!(
            summary(&entry, Lang::Es).split(", ").next(),
            Some("1 síntoma con puntaje")
        );
    }

    #[test]
    fn the_scale_says_what_the_ends_and_the_dash_mean() {
        assert_eq!(
            scale_text("none", "worst", Lang::En),
            "0 none \u{2013} 10 worst; \u{2013} not recorded"
        );
        assert_eq!(
            scale_text("nada", "lo peor", Lang::Es),
            "0 nada \u{2013} 10 lo peor; \u{2013} sin anotar"
        );
    }
}
