use leptos::prelude::*;

use crate::components::confirm::{ConfirmButton, UndoBar, UndoPoint};
use crate::components::diary_tabs::DiaryTabs;
use crate::components::save_status::SaveStatus;
use crate::device;
use crate::diary::{
    Date, Entry, MEDICINES_MAX_CHARS, NOTE_MAX_CHARS, Score, Text,
};
use crate::diary_store::DiaryStore;
use crate::routes::View;

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
            Ok(()) => format!("Saved for {}.", long_date(day)),
            Err(e) => e.message(),
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
                    .map(|s| (s.id().to_string(), s.name().to_string()))
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
        let said = format!("Deleted the entry for {}.", long_date(day));
        let result = UndoPoint::record(store, said, |d| {
            d.remove_entry(day);
            Ok(())
        });
        match result {
            Ok(point) => {
                message.set(None);
                undo.set(Some(point));
            }
            Err(e) => message.set(Some(e.message())),
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
        let said = format!("Copied the scores of {}.", long_date(before));
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
                message.set(Some(format!("Saved for {}.", long_date(day))));
                undo_copy.set(Some(point));
            }
            Err(e) => message.set(Some(e.message())),
        }
    };
    let past = move || {
        store.diary.with(|d| {
            d.entries()
                .iter()
                .rev()
                .take(PAST_DAYS_SHOWN)
                .map(|(day, e)| (*day, summary(e)))
                .collect::<Vec<_>>()
        })
    };

    view! {
        <article class="diary-page" data-testid="page-diary">
            <h1 tabindex="-1">"Diary"</h1>
            <DiaryTabs current=View::Diary/>
            <SaveStatus/>
            <form class="day-form" on:submit=save data-testid="day-form">
                <div class="day-picker">
                    <button type="button" class="button-secondary"
                        aria-label="Previous day"
                        on:click=move |_| go_to(date.get_untracked().add_days(-1))>
                        "‹"
                    </button>
                    <label for="day">"Day"</label>
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
                                        Ok(_) => "You cannot fill in a day in the future.".into(),
                                        Err(e) => e.message(),
                                    }));
                                }
                            }
                        }
                    />
                    <button type="button" class="button-secondary"
                        aria-label="Next day"
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
                    {move || long_date(date.get())}
                    {move || (date.get() == today.get()).then_some(" (today)")}
                </p>
                {move || day_before().map(|(before, count)| view! {
                    <button type="button" class="button-secondary same-as"
                        data-testid="same-as-before"
                        on:click=move |_| copy_scores(before)>
                        {format!(
                            "Same scores as {} ({count})",
                            if before.add_days(1) == date.get_untracked() {
                                "the day before".to_string()
                            } else {
                                long_date(before)
                            }
                        )}
                    </button>
                })}
                <UndoBar undo=undo_copy/>
                <fieldset>
                    <legend>"How bad is each symptom today? 0 is none, 10 is the worst."</legend>
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
                    <span>"I may have an infection or a fever"</span>
                </label>
                <label for="medicines">"Medicines taken"</label>
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
                <label for="day-note">"Notes"</label>
                <textarea id="day-note" rows="3" maxlength=NOTE_MAX_CHARS
                    prop:value=move || entry.with(|e| e.note.as_str().to_string())
                    on:input:target=move |ev| {
                        if let Ok(text) = Text::new(ev.target().value()) {
                            edit(Box::new(move |e| e.note = text));
                        }
                    }
                ></textarea>
                <div class="row">
                    <button type="submit" data-testid="save-day">"Save this day"</button>
                </div>
                <p class="form-message" role="status" data-testid="day-message">{message}</p>
            </form>
            // Apart from Save, and behind a question.
            <div class="delete-day">
                {move || has_entry().then(|| view! {
                    <ConfirmButton
                        label="Delete this day..."
                        question=Signal::derive(move || format!(
                            "Delete the entry for {}?", long_date(date.get())
                        ))
                        confirm="Yes, delete this day"
                        testid="delete-day"
                        on_confirm=remove
                    />
                })}
                <UndoBar undo=undo/>
            </div>
            <h2>"Past days"</h2>
            <ul class="past-days" data-testid="past-days">
                {move || {
                    let days = past();
                    if days.is_empty() {
                        return view! { <li>"No days saved yet."</li> }.into_any();
                    }
                    days.into_iter().map(|(day, text)| view! {
                        <li>
                            <button type="button" class="past-day"
                                on:click=move |_| go_to(day)>
                                <span class="past-day-date">{long_date(day)}</span>
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
    let key = StoredValue::new(id.clone());
    let value = Signal::derive(move || {
        entry.with(|e| key.with_value(|k| e.severity(k)))
    });
    view! {
        <ScoreSelect
            id=format!("score-{id}")
            label=label
            value=value
            low="none"
            high="worst"
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
    let value =
        Signal::derive(move || entry.with(|e| e.sleep_quality.map(Score::get)));
    view! {
        <ScoreSelect
            id="sleep".to_string()
            label="How well did you sleep?".to_string()
            value=value
            low="very badly"
            high="very well"
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
    // Bumped after each pick, so every choice reads `value` again.
    let refresh = RwSignal::new(0u32);
    let test_id = id.clone();
    let choice = move |n: Option<u8>| {
        let name = id.clone();
        let text = n.map_or("\u{2013}".to_string(), |n| n.to_string());
        let spoken = match n {
            None => "Not recorded".to_string(),
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
                {format!("0 {low} \u{2013} 10 {high}; \u{2013} not recorded")}
            </p>
        </fieldset>
    }
}

/// "28 November 2026".
pub fn long_date(day: Date) -> String {
    crate::content::review::display_date(&day.to_string())
        .unwrap_or_else(|| day.to_string())
}

/// A one-line summary of a day for the list of past days.
fn summary(entry: &Entry) -> String {
    let scored = entry.severities.len();
    let mut parts = vec![match scored {
        0 => "No symptoms scored".to_string(),
        1 => "1 symptom scored".to_string(),
        n => format!("{n} symptoms scored"),
    }];
    if entry.infection_or_fever {
        parts.push("possible infection or fever".to_string());
    }
    if !entry.note.is_empty() {
        parts.push("note".to_string());
    }
    parts.join(", ")
}
