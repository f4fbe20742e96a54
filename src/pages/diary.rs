use leptos::prelude::*;

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
#[component]
pub fn DiaryPage() -> impl IntoView {
    let store = DiaryStore::get();
    let today = device::today();
    let date = RwSignal::new(today);
    let draft = RwSignal::new(Entry::default());
    let message = RwSignal::new(None::<String>);
    // Load the chosen day's entry into the form whenever the day changes.
    Effect::new(move || {
        let day = date.get();
        let entry = store
            .diary
            .with_untracked(|d| d.entry(day).cloned().unwrap_or_default());
        draft.set(entry);
        message.set(None);
    });
    // Today's ticked symptoms, or every symptom if none is ticked, plus
    // any that already have a severity on this day.
    let rows = move || {
        let chosen =
            draft.with(|e| e.severities.keys().cloned().collect::<Vec<_>>());
        store.diary.with(|d| {
            let ticked: Vec<_> =
                d.symptoms().iter().filter(|s| s.has_now).collect();
            let pool = if ticked.is_empty() {
                d.symptoms().iter().collect::<Vec<_>>()
            } else {
                ticked
            };
            let mut rows: Vec<(String, String)> = pool
                .iter()
                .map(|s| (s.id().to_string(), s.name().to_string()))
                .collect();
            for id in chosen {
                if !rows.iter().any(|(r, _)| *r == id) {
                    let name = d
                        .symptom(&id)
                        .map_or(id.clone(), |s| s.name().to_string());
                    rows.push((id, name));
                }
            }
            rows
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let day = date.get_untracked();
        let entry = draft.get_untracked();
        let mut result = Ok(());
        store.update(|d| result = d.set_entry(day, entry));
        message.set(Some(match result {
            Ok(()) => format!("Saved the entry for {}.", long_date(day)),
            Err(e) => e.message(),
        }));
    };
    let remove = move |_| {
        let day = date.get_untracked();
        store.update(|d| {
            d.remove_entry(day);
        });
        draft.set(Entry::default());
        message.set(Some(format!("Deleted the entry for {}.", long_date(day))));
    };
    let has_entry = move || store.diary.with(|d| d.entry(date.get()).is_some());
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
                        on:click=move |_| date.update(|d| *d = d.add_days(-1))>
                        "‹"
                    </button>
                    <label for="day">"Day"</label>
                    <input id="day" type="date" max=today.to_string()
                        prop:value=move || date.get().to_string()
                        on:change:target=move |ev| {
                            match Date::parse(&ev.target().value()) {
                                Ok(day) if day <= today => date.set(day),
                                Ok(_) => message.set(Some("You cannot fill in a day in the future.".into())),
                                Err(e) => message.set(Some(e.message())),
                            }
                        }
                    />
                    <button type="button" class="button-secondary"
                        aria-label="Next day"
                        disabled=move || { date.get() >= today }
                        on:click=move |_| date.update(|d| {
                            if *d < today {
                                *d = d.add_days(1);
                            }
                        })>
                        "›"
                    </button>
                </div>
                <p class="day-title" aria-live="polite">
                    {move || long_date(date.get())}
                    {move || (date.get() == today).then_some(" (today)")}
                </p>
                <fieldset>
                    <legend>"How bad is each symptom today? 0 is none, 10 is the worst."</legend>
                    {move || rows().into_iter().map(|(id, name)| {
                        view! { <ScoreRow id=id label=name draft=draft/> }
                    }).collect_view()}
                </fieldset>
                <SleepRow draft=draft/>
                <label class="check">
                    <input type="checkbox"
                        prop:checked=move || draft.with(|e| e.infection_or_fever)
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            draft.update(|e| e.infection_or_fever = on);
                        }
                    />
                    <span>"I may have an infection or a fever"</span>
                </label>
                <label for="medicines">"Medicines taken"</label>
                <input id="medicines" type="text" maxlength=MEDICINES_MAX_CHARS
                    prop:value=move || draft.with(|e| e.medicines.as_str().to_string())
                    on:change:target=move |ev| {
                        if let Ok(text) = Text::new(ev.target().value().trim()) {
                            draft.update(|e| e.medicines = text);
                        }
                    }
                />
                <label for="day-note">"Notes"</label>
                <textarea id="day-note" rows="3" maxlength=NOTE_MAX_CHARS
                    prop:value=move || draft.with(|e| e.note.as_str().to_string())
                    on:change:target=move |ev| {
                        if let Ok(text) = Text::new(ev.target().value()) {
                            draft.update(|e| e.note = text);
                        }
                    }
                ></textarea>
                <div class="row">
                    <button type="submit" data-testid="save-day">"Save this day"</button>
                    {move || has_entry().then(|| view! {
                        <button type="button" class="button-secondary" on:click=remove>
                            "Delete this day"
                        </button>
                    })}
                </div>
                <p class="form-message" role="status" data-testid="day-message">{message}</p>
            </form>
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
                                on:click=move |_| date.set(day)>
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

/// A 0-10 score for one symptom on the chosen day. A list rather than a
/// slider: it opens the phone's own large picker, which is far easier
/// with a tremor, and "Not recorded" stays distinct from 0.
#[component]
fn ScoreRow(
    id: String,
    label: String,
    draft: RwSignal<Entry>,
) -> impl IntoView {
    let key = StoredValue::new(id.clone());
    let value = Signal::derive(move || {
        draft.with(|e| key.with_value(|k| e.severity(k)))
    });
    view! {
        <ScoreSelect
            id=format!("score-{id}")
            label=label
            value=value
            low="none"
            high="worst"
            on_pick=Callback::new(move |score: Option<Score>| {
                draft.update(|e| {
                    let k = key.get_value();
                    match score {
                        Some(s) => {
                            e.severities.insert(k, s);
                        }
                        None => {
                            e.severities.remove(&k);
                        }
                    }
                });
            })
        />
    }
}

/// Sleep quality, 0 (very poor) to 10 (very good).
#[component]
fn SleepRow(draft: RwSignal<Entry>) -> impl IntoView {
    let value =
        Signal::derive(move || draft.with(|e| e.sleep_quality.map(Score::get)));
    view! {
        <ScoreSelect
            id="sleep".to_string()
            label="How well did you sleep?".to_string()
            value=value
            low="very badly"
            high="very well"
            on_pick=Callback::new(move |score| {
                draft.update(|e| e.sleep_quality = score);
            })
        />
    }
}

/// A labelled 0-10 picker with a "Not recorded" choice.
#[component]
pub fn ScoreSelect(
    id: String,
    label: String,
    value: Signal<Option<u8>>,
    low: &'static str,
    high: &'static str,
    on_pick: Callback<Option<Score>>,
) -> impl IntoView {
    let options = (0..=10u8)
        .map(|n| {
            let text = match n {
                0 => format!("0 ({low})"),
                10 => format!("10 ({high})"),
                n => n.to_string(),
            };
            view! {
                <option value=n.to_string()
                    selected=move || value.get() == Some(n)>
                    {text}
                </option>
            }
        })
        .collect_view();
    let (test_id, label_for) = (id.clone(), id.clone());
    view! {
        <div class="score-row" data-testid=test_id>
            <label for=label_for>{label}</label>
            <select
                id=id
                on:change:target=move |ev| {
                    let picked = ev.target().value();
                    let score = picked
                        .parse::<u32>()
                        .ok()
                        .and_then(|v| Score::new(v).ok());
                    on_pick.run(score);
                }
            >
                <option value="" selected=move || value.get().is_none()>
                    "Not recorded"
                </option>
                {options}
            </select>
        </div>
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
