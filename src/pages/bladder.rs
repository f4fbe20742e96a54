use leptos::prelude::*;

use crate::components::confirm::{UndoBar, UndoPoint};
use crate::components::diary_tabs::DiaryTabs;
use crate::components::save_status::SaveStatus;
use crate::content::CareLevel;
use crate::content::care;
use crate::device;
use crate::diary::bladder::{
    Amount, BladderError, Clock, Counts, DayTotals, DrinkKind, Event,
    EventKind, LeakSize, Sleep, UrineSigns, suggested_days,
};
use crate::diary::format::problem_in;
use crate::diary::{Date, Diary, Entry, InputError, RecordId};
use crate::diary_store::DiaryStore;
use crate::lang::Lang;
use crate::nav::use_lang;
use crate::pages::diary::long_date_in;
use crate::routes::{View, diary_heading_in};

/// A second tap on the same "add" button within this many milliseconds
/// is a double tap, not a second trip: nobody passes urine twice in two
/// seconds.
const DOUBLE_TAP_MS: f64 = 2000.0;

/// What an "add" button adds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Adding {
    Urine,
    Leak,
    Drink,
}

impl Adding {
    const ALL: [Adding; 3] = [Adding::Urine, Adding::Leak, Adding::Drink];

    /// The entry one tap adds, before any details.
    fn kind(self) -> EventKind {
        match self {
            Adding::Urine => EventKind::Urine {
                amount: None,
                urgent: false,
            },
            Adding::Leak => EventKind::Leak {
                size: LeakSize::Small,
                urgent: false,
            },
            Adding::Drink => EventKind::Drink {
                amount: None,
                kind: DrinkKind::Water,
            },
        }
    }

    fn label_in(self, lang: Lang) -> &'static str {
        match self {
            Adding::Urine => lang.pick("I passed urine", "Oriné"),
            Adding::Leak => lang.pick("I leaked", "Tuve un escape"),
            Adding::Drink => lang.pick("I had a drink", "Tomé algo"),
        }
    }
}

/// The diary day it is now (from waking to waking) for these sleep
/// times.
fn current_day(sleep: Sleep) -> Date {
    sleep.place(device::today(), device::now_clock()).0
}

/// "Added: passed urine at 07:15." once a tap has saved an entry.
fn added_text(kind: EventKind, at: Clock, lang: Lang) -> String {
    let what = kind.what_in(lang);
    match lang {
        Lang::En => format!("Added: {} at {}.", what, at.to_hhmm()),
        Lang::Es => format!("Anotado: {} a las {}.", what, at.to_hhmm()),
    }
}

/// "Deleted: drink at 12:30." for the undo bar.
fn deleted_text(kind: EventKind, at: Clock, lang: Lang) -> String {
    let what = kind.what_in(lang);
    match lang {
        Lang::En => format!("Deleted: {} at {}.", what, at.to_hhmm()),
        Lang::Es => format!("Se borró: {} a las {}.", what, at.to_hhmm()),
    }
}

/// The three days the app suggests, from `first`, in words: "30 November
/// 2026 to 2 December 2026".
fn suggestion_text(first: Date, lang: Lang) -> String {
    let [a, _, c] = suggested_days(first);
    match lang {
        Lang::En => format!(
            "Keep it for 3 days in a row, for example from {} to {}. Days \
             off work or busy days both count: keep to your usual routine.",
            long_date_in(a, lang),
            long_date_in(c, lang)
        ),
        Lang::Es => format!(
            "Llévelo 3 días seguidos, por ejemplo del {} al {}. Sirven días \
             de trabajo o de descanso: siga su rutina de siempre.",
            long_date_in(a, lang),
            long_date_in(c, lang)
        ),
    }
}

/// One row of the totals table: its label, and how to count it.
type TotalRow = (&'static str, &'static str, fn(&Counts) -> u32);

/// The rows of the totals table, in both languages.
const TOTAL_ROWS: [TotalRow; 4] = [
    ("Times you passed urine", "Veces que orinó", |c| c.urine),
    ("Leaks", "Escapes", |c| c.leaks),
    ("Had to rush", "Con urgencia", |c| c.urgent),
    ("Drinks", "Bebidas", |c| c.drinks),
];

/// One day's line in the list of days: "8 times, 1 at night, 1 leak".
fn day_summary(t: &DayTotals, lang: Lang) -> String {
    let whole = t.whole();
    let count = |n: u32, en: (&str, &str), es: (&str, &str)| {
        let (one, many) = match lang {
            Lang::En => en,
            Lang::Es => es,
        };
        format!("{n} {}", if n == 1 { one } else { many })
    };
    let mut parts =
        vec![count(whole.urine, ("time", "times"), ("vez", "veces"))];
    parts.push(match lang {
        Lang::En => format!("{} at night", t.night.urine),
        Lang::Es => format!("{} de noche", t.night.urine),
    });
    parts.push(count(whole.leaks, ("leak", "leaks"), ("escape", "escapes")));
    parts.push(count(
        whole.drinks,
        ("drink", "drinks"),
        ("bebida", "bebidas"),
    ));
    parts.join(", ")
}

/// The bladder diary: one tap per trip, leak or drink, stamped with the
/// time; the day's entries to check or change; totals per day and
/// night; the signs that need a call today.
///
/// As on every diary page, what is shown is what is stored: every
/// control reads the stored entry and every change is saved at once.
#[component]
pub fn BladderPage() -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let sleep = Memo::new(move |_| store.diary.with(|d| d.bladder().sleep));
    let day = RwSignal::new(current_day(sleep.get_untracked()));
    // The diary day follows the clock (it changes at waking time): a
    // page that showed the current day moves on with it.
    let now_day = device::watch(
        move || current_day(sleep.get_untracked()),
        move |old, new| {
            if day.get_untracked() == old {
                day.set(new);
            }
        },
    );
    let message = RwSignal::new(None::<String>);
    let open = RwSignal::new(None::<RecordId>);
    let undo = RwSignal::new(None::<UndoPoint>);
    let last_add = StoredValue::new(None::<(Adding, f64)>);

    let add = move |adding: Adding| {
        let now = js_sys::Date::now();
        let double = last_add.get_value().is_some_and(|(a, at)| {
            a == adding && (0.0..DOUBLE_TAP_MS).contains(&(now - at))
        });
        if double {
            return;
        }
        last_add.set_value(Some((adding, now)));
        let (date, at) = (device::today(), device::now_clock());
        let event = Event {
            date,
            at,
            kind: adding.kind(),
        };
        let id = device::new_record_id();
        let result = store.try_update(|d| d.set_event(id.clone(), event));
        match result {
            Ok(()) => {
                day.set(sleep.get_untracked().place(date, at).0);
                open.set(Some(id));
                message.set(Some(added_text(event.kind, at, lang)));
            }
            Err(e) => message.set(Some(e.message_in(lang))),
        }
    };

    // The shown day's entry ids, in time order: read by the list and by
    // the "nothing yet" note, computed once per change.
    let entries = Memo::new(move |_| {
        let shown = day.get();
        store.diary.with(|d| {
            d.bladder()
                .day(shown)
                .into_iter()
                .map(|(id, _, _)| id.clone())
                .collect::<Vec<_>>()
        })
    });
    let totals = Memo::new(move |_| {
        let shown = day.get();
        store.diary.with(|d| {
            d.bladder().totals().into_iter().find(|t| t.date == shown)
        })
    });
    let all_days = move || store.diary.with(|d| d.bladder().totals());

    view! {
        <article class="diary-page bladder-page" data-testid="page-bladder">
            <h1 tabindex="-1">{diary_heading_in(View::Bladder, lang)}</h1>
            <DiaryTabs current=View::Bladder/>
            <SaveStatus/>
            <details class="explainer" data-testid="bladder-why">
                <summary>{lang.pick("Why keep it, and how", "Para qué sirve y cómo llevarlo")}</summary>
                <div class="explainer-body">
                <p>{lang.pick(
                    "MS in the spinal cord often changes how the bladder works. A bladder diary shows your nurse or doctor how often you go, how much, and when you leak. It helps them choose the right treatment.",
                    "La EM en la médula espinal cambia a menudo cómo funciona la vejiga. Un diario de vejiga muestra a su enfermera o médico con qué frecuencia va al baño, cuánto orina y cuándo tiene escapes. Les ayuda a elegir el mejor tratamiento.",
                )}</p>
                <p>{move || suggestion_text(now_day.get(), lang)}</p>
                <p>{lang.pick(
                    "Tap a button each time you pass urine, leak or drink. The app notes the time. You can add the amount, and whether you had to rush. If you can, measure the urine in a jug in mL.",
                    "Toque un botón cada vez que orine, tenga un escape o beba algo. La aplicación anota la hora. Puede agregar la cantidad, y si tuvo que correr al baño. Si puede, mida la orina con una jarra, en mL.",
                )}</p>
                <p>{lang.pick(
                    "A diary day runs from when you wake up to when you wake up the next day. What happens between bedtime and waking counts as night-time.",
                    "Un día del diario va desde que se despierta hasta que se despierta al día siguiente. Lo que pasa entre la hora de dormir y la de despertar cuenta como noche.",
                )}</p>
                </div>
            </details>

            <div class="bladder-add" role="group" aria-label=lang.pick("Add to the diary now", "Anotar ahora")>
                {Adding::ALL.into_iter().map(|adding| view! {
                    <button type="button" class=format!("big-button add-{}", adding.kind().code())
                        data-testid=format!("add-{}", adding.kind().code())
                        on:click=move |_| add(adding)>
                        {adding.label_in(lang)}
                    </button>
                }).collect_view()}
            </div>
            <p class="form-message" role="status" data-testid="bladder-message">{message}</p>
            <UndoBar undo=undo/>

            <div class="record-day-picker">
                <button type="button" class="button-secondary"
                    aria-label=lang.pick("Previous day", "Día anterior")
                    data-testid="bladder-previous"
                    on:click=move |_| { open.set(None); day.update(|d| *d = d.add_days(-1)); }>
                    "‹"
                </button>
                <h2 class="day-title" aria-live="polite" data-testid="bladder-day">
                    {move || long_date_in(day.get(), lang)}
                    {move || (day.get() == now_day.get()).then_some(lang.pick(" (today)", " (hoy)"))}
                </h2>
                <button type="button" class="button-secondary"
                    aria-label=lang.pick("Next day", "Día siguiente")
                    data-testid="bladder-next"
                    disabled=move || { day.get() >= now_day.get() }
                    on:click=move |_| {
                        if day.get_untracked() < now_day.get_untracked() {
                            open.set(None);
                            day.update(|d| *d = d.add_days(1));
                        }
                    }>
                    "›"
                </button>
            </div>

            <ol class="bladder-entries" data-testid="bladder-entries"
                aria-label=lang.pick("This day's entries", "Anotaciones de este día")>
                <For each=move || entries.get() key=|id| id.clone() let:id>
                    <EntryRow id=id open=open undo=undo message=message/>
                </For>
            </ol>
            {move || entries.with(Vec::is_empty).then(|| view! {
                <p class="empty-note" data-testid="bladder-empty">
                    {lang.pick("Nothing noted on this day yet.", "Aún no hay nada anotado este día.")}
                </p>
            })}

            <TotalsTable totals=totals/>

            <SignsSection day=day/>

            <SleepTimes sleep=sleep/>

            <h2>{lang.pick("Days in this diary", "Días de este diario")}</h2>
            <ul class="past-days" data-testid="bladder-days">
                {move || {
                    let days = all_days();
                    if days.is_empty() {
                        return view! {
                            <li>{lang.pick("No days yet.", "Aún no hay días.")}</li>
                        }.into_any();
                    }
                    days.into_iter().rev().map(|t| {
                        let date = t.date;
                        view! {
                            <li>
                                <button type="button" class="button-link"
                                    on:click=move |_| { open.set(None); day.set(date); }>
                                    {long_date_in(date, lang)}
                                </button>
                                ": " {day_summary(&t, lang)}
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
        </article>
    }
}

/// One entry of the day, and its editor when open.
#[component]
fn EntryRow(
    id: RecordId,
    open: RwSignal<Option<RecordId>>,
    undo: RwSignal<Option<UndoPoint>>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let key = id.clone();
    let event = Memo::new(move |_| {
        store.diary.with(|d| d.bladder().events.get(&key).copied())
    });
    let night = Memo::new(move |_| {
        let sleep = store.diary.with(|d| d.bladder().sleep);
        event.get().is_some_and(|e| sleep.place(e.date, e.at).1)
    });
    let is_open = {
        let id = id.clone();
        Memo::new(move |_| open.with(|o| o.as_ref() == Some(&id)))
    };
    let toggle = {
        let id = id.clone();
        move |_| {
            if is_open.get_untracked() {
                open.set(None);
            } else {
                open.set(Some(id.clone()));
            }
        }
    };
    let editor_id = format!("entry-{id}");
    let editor_ref = editor_id.clone();
    view! {
        {move || event.get().map(|e| {
            let toggle = toggle.clone();
            let id = id.clone();
            let editor_id = editor_id.clone();
            view! {
                <li class="bladder-entry" data-testid="bladder-entry"
                    data-kind=e.kind.code() data-night=night.get().to_string()>
                    <div class="entry-line">
                        <span class="entry-time">{e.at.to_hhmm()}</span>
                        <span class="entry-text">
                            <strong>{e.kind.what_in(lang)}</strong>
                            {let details = e.kind.details_in(lang);
                             (!details.is_empty()).then(|| view! { <span class="entry-details">{details}</span> })}
                            {night.get().then(|| view! {
                                <span class="badge">{lang.pick("night", "noche")}</span>
                            })}
                        </span>
                        <button type="button" class="button-secondary entry-change"
                            aria-expanded=move || is_open.get().to_string()
                            aria-controls=editor_ref.clone()
                            data-testid="entry-change"
                            on:click=toggle>
                            {move || if is_open.get() { lang.pick("Done", "Listo") } else { lang.pick("Change", "Cambiar") }}
                        </button>
                    </div>
                    {move || is_open.get().then(|| view! {
                        <EntryEditor id=id.clone() dom_id=editor_id.clone() event=event
                            open=open undo=undo message=message/>
                    })}
                </li>
            }
        })}
    }
}

/// A change to one entry, made by a control.
type EventChange = Box<dyn FnOnce(&mut Event) -> Result<(), InputError>>;

/// Changes the stored entry `id` and saves it; says why if refused. An
/// entry deleted meanwhile (in another tab) is left alone.
fn change_event(
    store: DiaryStore,
    id: &RecordId,
    message: RwSignal<Option<String>>,
    lang: Lang,
    change: impl FnOnce(&mut Event) -> Result<(), InputError>,
) {
    let result = store.try_update(|d| {
        let Some(mut e) = d.bladder().events.get(id).copied() else {
            return Ok(());
        };
        change(&mut e)?;
        d.set_event(id.clone(), e)
    });
    message.set(match result {
        Ok(()) => None,
        Err(e) => Some(e.message_in(lang)),
    });
}

/// The controls for one entry: its date and time, and what it was.
#[component]
fn EntryEditor(
    id: RecordId,
    dom_id: String,
    event: Memo<Option<Event>>,
    open: RwSignal<Option<RecordId>>,
    undo: RwSignal<Option<UndoPoint>>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let today = device::today();
    let field_error = RwSignal::new(None::<String>);
    let edit = {
        let id = id.clone();
        move |change: EventChange| {
            change_event(store, &id, field_error, lang, change);
        }
    };
    let stored = move || event.get_untracked();
    let kind = move || event.get().map(|e| e.kind);
    let remove = {
        let id = id.clone();
        move |_| {
            let Some(e) = stored() else { return };
            let said = deleted_text(e.kind, e.at, lang);
            let id = id.clone();
            match UndoPoint::record(store, said, move |d: &mut Diary| {
                d.remove_event(&id);
                Ok(())
            }) {
                Ok(point) => {
                    open.set(None);
                    undo.set(Some(point));
                    message.set(None);
                }
                Err(e) => field_error.set(Some(e.message_in(lang))),
            }
        }
    };
    let date_id = format!("{dom_id}-date");
    let time_id = format!("{dom_id}-time");
    let edit_date = edit.clone();
    let edit_time = edit.clone();
    view! {
        <div class="entry-editor" id=dom_id.clone() data-testid="entry-editor">
            <div class="row entry-when">
                <div>
                    <label for=date_id.clone()>{lang.pick("Date", "Fecha")}</label>
                    <input id=date_id type="date" max=today.to_string()
                        prop:value=move || event.get().map(|e| e.date.to_string()).unwrap_or_default()
                        on:change:target=move |ev| {
                            let field = ev.target();
                            match Date::parse(&field.value()) {
                                Ok(date) if date <= today => {
                                    edit_date(Box::new(move |e| { e.date = date; Ok(()) }));
                                }
                                Ok(date) => field_error.set(Some(problem_in(&InputError::FutureDate(date), lang))),
                                Err(e) => field_error.set(Some(problem_in(&e, lang))),
                            }
                            field.set_value(&stored().map(|e| e.date.to_string()).unwrap_or_default());
                        }
                    />
                </div>
                <div>
                    <label for=time_id.clone()>{lang.pick("Time", "Hora")}</label>
                    <input id=time_id type="time" data-testid="entry-time"
                        prop:value=move || event.get().map(|e| e.at.to_hhmm()).unwrap_or_default()
                        on:change:target=move |ev| {
                            let field = ev.target();
                            match Clock::parse(&field.value()) {
                                Ok(at) => edit_time(Box::new(move |e| { e.at = at; Ok(()) })),
                                Err(e) => field_error.set(Some(e.message_in(lang))),
                            }
                            field.set_value(&stored().map(|e| e.at.to_hhmm()).unwrap_or_default());
                        }
                    />
                </div>
            </div>
            {
                let edit = edit.clone();
                move || match kind() {
                    Some(EventKind::Urine { amount, urgent }) => {
                        let edit_amount = edit.clone();
                        let edit_rush = edit.clone();
                        view! {
                            <AmountChoice amount=amount
                                legend=lang.pick("How much?", "¿Cuánto?")
                                set=Callback::new(move |a: Option<Amount>| edit_amount(Box::new(move |e| {
                                    e.kind.set_amount(a);
                                    Ok(())
                                })))
                                error=field_error/>
                            <RushBox urgent=urgent set=Callback::new(move |on: bool| edit_rush(Box::new(move |e| {
                                e.kind.set_urgent(on);
                                Ok(())
                            })))/>
                        }.into_any()
                    }
                    Some(EventKind::Leak { size, urgent }) => {
                        let edit_size = edit.clone();
                        let edit_rush = edit.clone();
                        view! {
                            {choice_buttons(
                                lang.pick("How big was it?", "¿Qué tan grande fue?"),
                                &LeakSize::ALL,
                                size,
                                |s| format!("leak-{}", s.code()),
                                move |s| s.label_in(lang),
                                move |s: LeakSize| edit_size(Box::new(move |e| {
                                    if let EventKind::Leak { size, .. } = &mut e.kind { *size = s; }
                                    Ok(())
                                })),
                            )}
                            <RushBox urgent=urgent set=Callback::new(move |on: bool| edit_rush(Box::new(move |e| {
                                e.kind.set_urgent(on);
                                Ok(())
                            })))/>
                        }.into_any()
                    }
                    Some(EventKind::Drink { amount, kind }) => {
                        let edit_kind = edit.clone();
                        let edit_amount = edit.clone();
                        view! {
                            {choice_buttons(
                                lang.pick("What did you drink?", "¿Qué tomó?"),
                                &DrinkKind::ALL,
                                kind,
                                |k| format!("drink-{}", k.code()),
                                move |k| k.label_in(lang),
                                move |k: DrinkKind| edit_kind(Box::new(move |e| {
                                    if let EventKind::Drink { kind, .. } = &mut e.kind { *kind = k; }
                                    Ok(())
                                })),
                            )}
                            <AmountChoice amount=amount
                                legend=lang.pick("How much?", "¿Cuánto?")
                                set=Callback::new(move |a: Option<Amount>| edit_amount(Box::new(move |e| {
                                    e.kind.set_amount(a);
                                    Ok(())
                                })))
                                error=field_error/>
                        }.into_any()
                    }
                    None => ().into_any(),
                }
            }
            <p class="field-error" role="alert" data-testid="entry-error">{field_error}</p>
            <div class="row">
                <button type="button" class="button-secondary" data-testid="entry-delete" on:click=remove>
                    {lang.pick("Delete this entry", "Borrar esta anotación")}
                </button>
            </div>
        </div>
    }
}

/// A set of buttons for one choice, under its legend, the chosen one
/// pressed: a tap on one picks it.
fn choice_buttons<T: Copy + PartialEq + 'static>(
    legend: &'static str,
    items: &[T],
    chosen: T,
    testid: fn(T) -> String,
    label: impl Fn(T) -> &'static str,
    pick: impl Fn(T) + Clone + 'static,
) -> impl IntoView {
    view! {
        <fieldset class="choice-group">
            <legend>{legend}</legend>
            <div class="choices">
                {items.iter().map(|&item| {
                    let pick = pick.clone();
                    view! {
                        <button type="button" class="button-secondary"
                            aria-pressed=(item == chosen).to_string()
                            data-testid=testid(item)
                            on:click=move |_| pick(item)>
                            {label(item)}
                        </button>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// Small, medium, large or not noted, or a measured amount in mL.
#[component]
fn AmountChoice(
    amount: Option<Amount>,
    legend: &'static str,
    set: Callback<Option<Amount>>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let ml_id = format!("ml-{}", device::new_record_id());
    let measured = amount.and_then(Amount::measured);
    let shown = move || measured.map(|v| v.to_string()).unwrap_or_default();
    let options =
        std::iter::once(None).chain(Amount::SIZES.into_iter().map(Some));
    view! {
        <fieldset class="choice-group">
            <legend>{legend}</legend>
            <div class="choices">
                {options.map(|option| view! {
                    <button type="button" class="button-secondary"
                        aria-pressed=(option == amount).to_string()
                        data-testid=format!("amount-{}", option.and_then(Amount::code).unwrap_or("none"))
                        on:click=move |_| set.run(option)>
                        {match option {
                            Some(a) => a.label_in(lang),
                            None => lang.pick("Not noted", "Sin anotar").to_string(),
                        }}
                    </button>
                }).collect_view()}
            </div>
            <label for=ml_id.clone()>{lang.pick("Or measured, in mL", "O medido, en mL")}</label>
            <input id=ml_id type="number" inputmode="numeric" min="1" max=crate::diary::bladder::MAX_ML
                class="ml-input" data-testid="amount-ml"
                prop:value=shown
                on:change:target=move |ev| {
                    let field = ev.target();
                    let text = field.value();
                    let text = text.trim();
                    if text.is_empty() {
                        if measured.is_some() {
                            set.run(None);
                        }
                        return;
                    }
                    match text.parse::<u32>().map_err(|_| BladderError::BadAmount(0)).and_then(Amount::ml) {
                        Ok(a) => set.run(Some(a)),
                        Err(e) => {
                            error.set(Some(e.message_in(lang)));
                            field.set_value(&shown());
                        }
                    }
                }
            />
        </fieldset>
    }
}

/// "I had to rush to get there."
#[component]
fn RushBox(urgent: bool, set: Callback<bool>) -> impl IntoView {
    let lang = use_lang();
    view! {
        <label class="check">
            <input type="checkbox" data-testid="entry-urgent"
                prop:checked=urgent
                on:change:target=move |ev| {
                    let field = ev.target();
                    set.run(field.checked());
                    // Shown as stored, even if the change was refused.
                    field.set_checked(urgent);
                }
            />
            <span>{lang.pick("I had to rush to get there", "Tuve que correr al baño")}</span>
        </label>
    }
}

/// The day's totals: day, night and the whole diary day.
#[component]
fn TotalsTable(totals: Memo<Option<DayTotals>>) -> impl IntoView {
    let lang = use_lang();
    view! {
        {move || totals.get().map(|t| {
            let whole = t.whole();
            let ml = |n: u32, measured: bool| if measured { format!("{n} mL") } else { "-".to_string() };
            let any_measured = whole.urine_measured > 0 || whole.drink_ml > 0;
            view! {
                <div class="table-scroll" role="region" tabindex="0"
                    aria-label=lang.pick("Totals for this diary day", "Totales de este día del diario")>
                <table class="bladder-totals" data-testid="bladder-totals">
                    <caption>{lang.pick("Totals for this diary day", "Totales de este día del diario")}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col">{lang.pick("Day", "Día")}</th>
                            <th scope="col">{lang.pick("Night", "Noche")}</th>
                            <th scope="col">{lang.pick("Total", "Total")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {TOTAL_ROWS.into_iter().map(|(en, es, count)| view! {
                            <tr>
                                <th scope="row">{lang.pick(en, es)}</th>
                                <td>{count(&t.day)}</td>
                                <td>{count(&t.night)}</td>
                                <td>{count(&whole)}</td>
                            </tr>
                        }).collect_view()}
                        {any_measured.then(|| view! {
                            <tr>
                                <th scope="row">{lang.pick("Urine measured", "Orina medida")}</th>
                                <td>{ml(t.day.urine_ml, t.day.urine_measured > 0)}</td>
                                <td>{ml(t.night.urine_ml, t.night.urine_measured > 0)}</td>
                                <td>{ml(whole.urine_ml, whole.urine_measured > 0)}</td>
                            </tr>
                            <tr>
                                <th scope="row">{lang.pick("Drinks measured", "Bebidas medidas")}</th>
                                <td>{ml(t.day.drink_ml, t.day.drink_ml > 0)}</td>
                                <td>{ml(t.night.drink_ml, t.night.drink_ml > 0)}</td>
                                <td>{ml(whole.drink_ml, whole.drink_ml > 0)}</td>
                            </tr>
                        })}
                    </tbody>
                </table>
                </div>
            }
        })}
    }
}

/// The day's signs (pain or burning, blood, fever), and what to do
/// about them, from the care table.
#[component]
fn SignsSection(day: RwSignal<Date>) -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let signs = Memo::new(move |_| {
        let shown = day.get();
        store.diary.with(|d| {
            d.bladder().signs.get(&shown).copied().unwrap_or_default()
        })
    });
    let fever = Memo::new(move |_| {
        let shown = day.get();
        store
            .diary
            .with(|d| d.entry(shown).is_some_and(|e| e.infection_or_fever))
    });
    let error = RwSignal::new(None::<String>);
    let set_signs = move |change: fn(&mut UrineSigns, bool), on: bool| {
        let shown = day.get_untracked();
        let result = store.try_update(|d| {
            let mut s =
                d.bladder().signs.get(&shown).copied().unwrap_or_default();
            change(&mut s, on);
            d.set_urine_signs(shown, s);
            Ok(())
        });
        error.set(result.err().map(|e| e.message_in(lang)));
    };
    // The fever box is the diary day's own "possible infection or
    // fever": one fact, kept once, seen by the relapse flags too.
    let set_fever = move |on: bool| {
        let shown = day.get_untracked();
        let result = store.try_update(|d| {
            let mut e = d.entry(shown).cloned().unwrap_or_default();
            e.infection_or_fever = on;
            if e == Entry::default() {
                d.remove_entry(shown);
                Ok(())
            } else {
                d.set_entry(shown, e)
            }
        });
        error.set(result.err().map(|e| e.message_in(lang)));
    };
    let ticked = move || {
        let s = signs.get();
        let mut ids = Vec::new();
        if s.pain {
            ids.push("urine-infection");
        }
        if s.blood {
            ids.push("urine-blood");
        }
        if fever.get() {
            ids.push("fever");
        }
        ids
    };
    let card = care::card_in(CareLevel::SameDay, lang);
    let emergency = care::card_in(CareLevel::Emergency, lang);
    let sign_text = move |id: &str| {
        care::sign_in(id, lang).map(|s| s.text).unwrap_or_default()
    };
    view! {
        <fieldset class="bladder-signs" data-testid="bladder-signs">
            <legend>{lang.pick("On this day, did you have:", "Este día, tuvo:")}</legend>
            <label class="check">
                <input type="checkbox" data-testid="sign-pain"
                    prop:checked=move || signs.get().pain
                    on:change:target=move |ev| {
                        let field = ev.target();
                        set_signs(|s, on| s.pain = on, field.checked());
                        field.set_checked(signs.get_untracked().pain);
                    }/>
                <span>{lang.pick("Pain or burning when you pee", "Dolor o ardor al orinar")}</span>
            </label>
            <label class="check">
                <input type="checkbox" data-testid="sign-blood"
                    prop:checked=move || signs.get().blood
                    on:change:target=move |ev| {
                        let field = ev.target();
                        set_signs(|s, on| s.blood = on, field.checked());
                        field.set_checked(signs.get_untracked().blood);
                    }/>
                <span>{lang.pick("Blood in your pee", "Sangre en la orina")}</span>
            </label>
            <label class="check">
                <input type="checkbox" data-testid="sign-fever"
                    prop:checked=move || fever.get()
                    on:change:target=move |ev| {
                        let field = ev.target();
                        set_fever(field.checked());
                        field.set_checked(fever.get_untracked());
                    }/>
                <span>{lang.pick("A fever, or you may have an infection", "Fiebre, o puede que tenga una infección")}</span>
            </label>
            <p class="field-error" role="alert">{error}</p>
        </fieldset>
        <div role="status" aria-live="polite">
            {move || {
                let ids = ticked();
                (!ids.is_empty()).then(|| view! {
                    <div class="flag care-same-day" data-testid="bladder-care">
                        <p class="care-level">{CareLevel::SameDay.label_in(lang)}</p>
                        <p class="flag-headline">{card.action}</p>
                        <ul>
                            {ids.into_iter().map(|id| view! {
                                <li data-sign=id>{sign_text(id)}</li>
                            }).collect_view()}
                        </ul>
                        <p><strong>{lang.pick("How soon: ", "Cuándo: ")}</strong>{card.how_soon}</p>
                        <p>{card.advice}</p>
                        <p>
                            <a href=CareLevel::SameDay.help_href_in(lang)>
                                {lang.pick("See when to get help", "Vea cuándo pedir ayuda")}
                            </a>
                        </p>
                    </div>
                })
            }}
        </div>
        <div class="bladder-911 care-emergency" data-testid="bladder-911">
            <p><strong>{emergency.heading}</strong></p>
            <ul>
                <li>{sign_text("cannot-pee")}</li>
                <li>{sign_text("lost-control")}</li>
            </ul>
            {emergency.call.map(|(label, href)| view! {
                <a class="button button-call button-emergency" href=href>{label}</a>
            })}
        </div>
    }
}

/// Bedtime and waking time, which split days from nights.
#[component]
fn SleepTimes(sleep: Memo<Sleep>) -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let error = RwSignal::new(None::<String>);
    let set = move |bedtime: Option<Clock>, wake: Option<Clock>| {
        let now = sleep.get_untracked();
        let result = Sleep::new(
            bedtime.unwrap_or(now.bedtime),
            wake.unwrap_or(now.wake),
        )
        .map_err(|e| e.message_in(lang))
        .and_then(|s| {
            store
                .try_update(|d| {
                    d.set_sleep(s);
                    Ok(())
                })
                .map_err(|e| e.message_in(lang))
        });
        error.set(result.err());
    };
    view! {
        <details class="explainer bladder-sleep" data-testid="bladder-sleep">
            <summary>
                {move || {
                    let s = sleep.get();
                    match lang {
                        Lang::En => format!("Night-time: {} to {}", s.bedtime.to_hhmm(), s.wake.to_hhmm()),
                        Lang::Es => format!("Noche: de {} a {}", s.bedtime.to_hhmm(), s.wake.to_hhmm()),
                    }
                }}
            </summary>
            <div class="explainer-body">
            <p>{lang.pick(
                "Set the times you usually go to bed and wake up. Trips between them count as night-time.",
                "Indique a qué hora suele acostarse y despertarse. Lo que pase entre esas horas cuenta como noche.",
            )}</p>
            <div class="row">
                <div>
                    <label for="bedtime">{lang.pick("Bedtime", "Hora de dormir")}</label>
                    <input id="bedtime" type="time" data-testid="bedtime"
                        prop:value=move || sleep.get().bedtime.to_hhmm()
                        on:change:target=move |ev| {
                            let field = ev.target();
                            match Clock::parse(&field.value()) {
                                Ok(at) => set(Some(at), None),
                                Err(e) => error.set(Some(e.message_in(lang))),
                            }
                            field.set_value(&sleep.get_untracked().bedtime.to_hhmm());
                        }/>
                </div>
                <div>
                    <label for="wake">{lang.pick("Waking time", "Hora de despertar")}</label>
                    <input id="wake" type="time" data-testid="wake"
                        prop:value=move || sleep.get().wake.to_hhmm()
                        on:change:target=move |ev| {
                            let field = ev.target();
                            match Clock::parse(&field.value()) {
                                Ok(at) => set(None, Some(at)),
                                Err(e) => error.set(Some(e.message_in(lang))),
                            }
                            field.set_value(&sleep.get_untracked().wake.to_hhmm());
                        }/>
                </div>
            </div>
            <p class="field-error" role="alert" data-testid="sleep-error">{error}</p>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diary::bladder::totals;

    fn day(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn messages_name_the_entry_and_its_time_in_both_languages() {
        let urine = Adding::Urine.kind();
        let at = Clock::parse("07:15").unwrap();
        assert_eq!(
            added_text(urine, at, Lang::En),
            "Added: Passed urine at 07:15."
        );
        assert_eq!(
            added_text(urine, at, Lang::Es),
            "Anotado: Orinó a las 07:15."
        );
        let drink = Adding::Drink.kind();
        assert_eq!(
            deleted_text(drink, at, Lang::En),
            "Deleted: Drink at 07:15."
        );
        assert_eq!(
            deleted_text(drink, at, Lang::Es),
            "Se borró: Bebida a las 07:15."
        );
    }

    #[test]
    fn the_suggestion_names_three_days_in_a_row() {
        let text = suggestion_text(day("2026-11-30"), Lang::En);
        assert!(
            text.contains("from 30 November 2026 to 2 December 2026"),
            "{text}"
        );
        let text = suggestion_text(day("2026-11-30"), Lang::Es);
        assert!(
            text.contains(
                "del 30 de noviembre de 2026 al 2 de diciembre de 2026"
            ),
            "{text}"
        );
    }

    #[test]
    fn a_day_is_summed_up_in_words_with_plurals() {
        let event = |time: &str, kind| Event {
            date: day("2026-11-30"),
            at: Clock::parse(time).unwrap(),
            kind,
        };
        let events = [
            event("08:00", Adding::Urine.kind()),
            event("09:00", Adding::Leak.kind()),
            event("23:30", Adding::Urine.kind()),
        ];
        let t = totals(&events, Sleep::default())[0];
        assert_eq!(
            day_summary(&t, Lang::En),
            "2 times, 1 at night, 1 leak, 0 drinks"
        );
        assert_eq!(
            day_summary(&t, Lang::Es),
            "2 veces, 1 de noche, 1 escape, 0 bebidas"
        );
    }
}
