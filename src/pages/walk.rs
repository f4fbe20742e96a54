use leptos::prelude::*;

use crate::components::confirm::{UndoBar, UndoPoint};
use crate::components::diary_tabs::DiaryTabs;
use crate::components::save_status::SaveStatus;
use crate::device;
use crate::diary::format::problem_in;
use crate::diary::report::lower_first;
use crate::diary::walk::{
    Aid, Change, MAX_TENTHS, WalkError, WalkTest, WalkTime, change,
};
use crate::diary::{Date, Diary, InputError, NOTE_MAX_CHARS, Note, RecordId};
use crate::diary_store::DiaryStore;
use crate::lang::Lang;
use crate::nav::use_lang;
use crate::pages::diary::long_date_in;
use crate::routes::{View, diary_heading_in};

/// A Stop within this many milliseconds of Start is a double tap on the
/// big button, not a walk: nobody walks 25 feet in under a second.
pub const DOUBLE_TAP_MS: f64 = 1000.0;

/// Whether a Stop tap `elapsed_ms` after Start ends the walk (or is the
/// second tap of a double tap, and is ignored).
pub fn stop_counts(elapsed_ms: f64) -> bool {
    elapsed_ms >= DOUBLE_TAP_MS
}

/// The stopwatch: which walk is next or running, and the times so far.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Watch {
    /// Waiting to start walk 1 or 2.
    Ready,
    /// Running since this many milliseconds (`device::stopwatch_ms`).
    Running(f64),
}

/// The seconds so far, as the running stopwatch shows them: "8.4".
fn running_text(elapsed_ms: f64) -> String {
    let tenths = (elapsed_ms.max(0.0) / 100.0) as u32;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// "8.4 s" in both languages (SI symbol).
fn seconds(time: WalkTime) -> String {
    format!("{} s", time.seconds_text())
}

/// One saved test in words: "8.4 s and 8.0 s (average 8.2 s), no walking
/// aid".
fn test_summary(t: &WalkTest, lang: Lang) -> String {
    let times = match (t.second, lang) {
        (Some(s), Lang::En) => format!(
            "{} and {} (average {})",
            seconds(t.first),
            seconds(s),
            seconds(t.average())
        ),
        (Some(s), Lang::Es) => format!(
            "{} y {} (promedio {})",
            seconds(t.first),
            seconds(s),
            seconds(t.average())
        ),
        (None, Lang::En) => format!("{} (one walk)", seconds(t.first)),
        (None, Lang::Es) => format!("{} (una caminata)", seconds(t.first)),
    };
    let mut text = format!("{times}, {}", lower_first(t.aid.label_in(lang)));
    if t.timed_by_other {
        text.push_str(lang.pick(
            ", timed by someone else",
            ", cronometrada por otra persona",
        ));
    }
    text
}

/// What the trend says: the person's own change since the first test,
/// or why there is none yet.
fn change_text(change: Option<Change>, tests: usize, lang: Lang) -> String {
    match change {
        Some(c) => match lang {
            Lang::En => format!(
                "Your latest average: {}.",
                lower_first(&c.words_in(lang))
            ),
            Lang::Es => format!(
                "Su último promedio: {}.",
                lower_first(&c.words_in(lang))
            ),
        },
        None if tests < 2 => lang
            .pick(
                "After your second test, on another day, this shows your own change.",
                "Después de su segunda prueba, otro día, aquí verá su propio cambio.",
            )
            .to_string(),
        None => lang
            .pick(
                "Your tests so far cannot be compared yet (they are on the same day, or with another walking aid).",
                "Aún no se pueden comparar sus pruebas (son del mismo día o con otra ayuda para caminar).",
            )
            .to_string(),
    }
}

/// The timed 25-foot walk: how to set it up safely, a big Start/Stop
/// stopwatch for two walks (or times typed in), the aid and a note, and
/// the person's own change over time.
#[component]
pub fn WalkPage() -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let watch = RwSignal::new(Watch::Ready);
    let first = RwSignal::new(None::<WalkTime>);
    let second = RwSignal::new(None::<WalkTime>);
    let now_ms = RwSignal::new(0.0_f64);
    let message = RwSignal::new(None::<String>);
    let undo = RwSignal::new(None::<UndoPoint>);
    let aid = RwSignal::new(
        store
            .diary
            .with_untracked(|d| d.walk_tests().last().map(|(_, t)| t.aid))
            .unwrap_or(Aid::None),
    );
    let by_other = RwSignal::new(false);
    let note = RwSignal::new(String::new());
    let same_aid = RwSignal::new(true);
    let first_time = store.diary.with_untracked(|d| d.walks().is_empty());

    // While running, the display ticks every tenth of a second, and the
    // walk stops itself at the test's limit.
    let tick = set_interval_with_handle(
        move || {
            if let Watch::Running(start) = watch.get_untracked() {
                let now = device::stopwatch_ms();
                now_ms.set(now);
                if now - start > f64::from(MAX_TENTHS) * 100.0 {
                    watch.set(Watch::Ready);
                    message.set(Some(WalkError::OutOfRange.message_in(lang)));
                }
            }
        },
        std::time::Duration::from_millis(100),
    );
    if let Ok(handle) = tick {
        on_cleanup(move || handle.clear());
    }

    let next_walk = move || if first.get().is_none() { 1 } else { 2 };
    let press = move |_| match watch.get_untracked() {
        Watch::Ready => {
            if second.get_untracked().is_some() {
                return; // Both walks are done: save or start again.
            }
            let now = device::stopwatch_ms();
            now_ms.set(now);
            message.set(None);
            watch.set(Watch::Running(now));
        }
        Watch::Running(start) => {
            let now = device::stopwatch_ms();
            if !stop_counts(now - start) {
                return; // The second tap of a double tap.
            }
            watch.set(Watch::Ready);
            match WalkTime::from_stopwatch(start, now) {
                Ok(time) if first.get_untracked().is_none() => {
                    first.set(Some(time))
                }
                Ok(time) => second.set(Some(time)),
                Err(e) => message.set(Some(e.message_in(lang))),
            }
        }
    };
    let reset = move || {
        watch.set(Watch::Ready);
        first.set(None);
        second.set(None);
        note.set(String::new());
        by_other.set(false);
    };
    let save = move |_| {
        let Some(walk_one) = first.get_untracked() else {
            return;
        };
        let text = note.get_untracked();
        let test = match Note::new(text.trim()) {
            Ok(note) => WalkTest {
                date: device::today(),
                first: walk_one,
                second: second.get_untracked(),
                aid: aid.get_untracked(),
                timed_by_other: by_other.get_untracked(),
                note,
            },
            Err(e) => {
                message.set(Some(problem_in(&e, lang)));
                return;
            }
        };
        let average = test.average();
        let result =
            store.try_update(|d| d.set_walk(device::new_record_id(), test));
        match result {
            Ok(()) => {
                reset();
                message.set(Some(match lang {
                    Lang::En => format!("Saved: average {}.", seconds(average)),
                    Lang::Es => {
                        format!("Guardada: promedio {}.", seconds(average))
                    }
                }));
            }
            Err(e) => message.set(Some(e.message_in(lang))),
        }
    };

    let tests = Memo::new(move |_| {
        store.diary.with(|d| {
            d.walk_tests()
                .into_iter()
                .map(|(id, t)| (id.clone(), t.clone()))
                .collect::<Vec<_>>()
        })
    });
    let trend = move || {
        let all: Vec<WalkTest> =
            tests.with(|t| t.iter().map(|(_, t)| t.clone()).collect());
        change_text(change(&all, same_aid.get()), all.len(), lang)
    };

    view! {
        <article class="diary-page walk-page" data-testid="page-walk">
            <h1 tabindex="-1">{diary_heading_in(View::Walk, lang)}</h1>
            <DiaryTabs current=View::Walk/>
            <SaveStatus/>
            // Open until the first test is saved; then one tap away, so the
            // stopwatch is near the top for a returning user.
            <details class="explainer walk-setup" data-testid="walk-setup" open=first_time>
                <summary>{lang.pick("Set it up safely", "Prepárelo con seguridad")}</summary>
                <div class="explainer-body">
                <ol>
                    <li>{lang.pick(
                        "Measure a straight, flat path of 25 feet (7.6 m), in a hallway or outside. Mark the start and the end.",
                        "Mida un camino recto y plano de 25 pies (7.6 m), en un pasillo o afuera. Marque el inicio y el final.",
                    )}</li>
                    <li>{lang.pick(
                        "Use your usual walking aid, if you have one. Have someone nearby, if you can.",
                        "Use su ayuda para caminar de siempre, si tiene una. Si puede, tenga a alguien cerca.",
                    )}</li>
                    <li>{lang.pick(
                        "Stand just behind the start line. Tap Start as you set off. Walk as quickly as you safely can. Do not run.",
                        "Párese justo detrás de la línea de inicio. Toque Empezar al salir. Camine tan rápido como pueda sin riesgo. No corra.",
                    )}</li>
                    <li>{lang.pick(
                        "Tap Stop as you pass the end line. Rest, then walk back the same way for the second walk.",
                        "Toque Parar al pasar la línea final. Descanse y regrese de la misma forma para la segunda caminata.",
                    )}</li>
                    <li><strong>{lang.pick(
                        "Stop if you feel unsteady, dizzy or in pain. Do not do the test on a day you feel unwell.",
                        "Pare si se siente inestable, mareado o con dolor. No haga la prueba un día en que se sienta mal.",
                    )}</strong></li>
                </ol>
                <p class="walk-noise">{lang.pick(
                    "A phone is a rough stopwatch: a tap can be a few tenths of a second early or late, and walks vary from day to day. Only a change of 20% or more means much. This is not a medical test: show your times to your MS team.",
                    "Un teléfono es un cronómetro aproximado: un toque puede llegar unas décimas de segundo antes o después, y cada día se camina distinto. Solo un cambio del 20% o más dice algo. Esto no es una prueba médica: muestre sus tiempos a su equipo de atención de la EM.",
                )}</p>
                </div>
            </details>

            <section class="stopwatch" aria-labelledby="stopwatch-heading">
                <h2 id="stopwatch-heading">{lang.pick("Time your walks", "Tome el tiempo de sus caminatas")}</h2>
                <label class="check">
                    <input type="checkbox" data-testid="walk-by-other"
                        prop:checked=move || by_other.get()
                        on:change:target=move |ev| by_other.set(ev.target().checked())/>
                    <span>{lang.pick("Someone else is timing me", "Otra persona me toma el tiempo")}</span>
                </label>
                <p class="stopwatch-display" data-testid="stopwatch-display" aria-hidden="true">
                    {move || match watch.get() {
                        Watch::Running(start) => running_text(now_ms.get() - start),
                        Watch::Ready => second.get().or(first.get()).map(WalkTime::seconds_text).unwrap_or_else(|| "0.0".into()),
                    }}
                    <span class="unit">" s"</span>
                </p>
                <button type="button" class="big-button stopwatch-button"
                    data-testid="stopwatch"
                    data-running=move || matches!(watch.get(), Watch::Running(_)).to_string()
                    disabled=move || second.get().is_some()
                    on:click=press>
                    {move || match (watch.get(), lang) {
                        (Watch::Running(_), Lang::En) => "Stop".to_string(),
                        (Watch::Running(_), Lang::Es) => "Parar".to_string(),
                        (Watch::Ready, Lang::En) => format!("Start walk {}", next_walk()),
                        (Watch::Ready, Lang::Es) => format!("Empezar caminata {}", next_walk()),
                    }}
                </button>
                <p role="status" class="walk-times" data-testid="walk-times">
                    {move || first.get().map(|t| match lang {
                        Lang::En => format!("Walk 1: {}. ", seconds(t)),
                        Lang::Es => format!("Caminata 1: {}. ", seconds(t)),
                    })}
                    {move || second.get().map(|t| match lang {
                        Lang::En => format!("Walk 2: {}.", seconds(t)),
                        Lang::Es => format!("Caminata 2: {}.", seconds(t)),
                    })}
                </p>
                <TypedTimes first=first second=second watch_ready=Signal::derive(move || watch.get() == Watch::Ready) message=message/>
                {move || first.get().map(|_| view! {
                    <div class="walk-save">
                        <fieldset class="choice-group">
                            <legend>{lang.pick("Walking aid used", "Ayuda para caminar que usó")}</legend>
                            <div class="choices">
                                {Aid::ALL.into_iter().map(|a| view! {
                                    <button type="button" class="button-secondary"
                                        aria-pressed=move || (aid.get() == a).to_string()
                                        data-testid=format!("aid-{}", a.code())
                                        on:click=move |_| aid.set(a)>
                                        {a.label_in(lang)}
                                    </button>
                                }).collect_view()}
                            </div>
                        </fieldset>
                        <label for="walk-note">{lang.pick("Note (optional)", "Nota (opcional)")}</label>
                        <textarea id="walk-note" rows="2" maxlength=NOTE_MAX_CHARS
                            data-testid="walk-note"
                            prop:value=move || note.get()
                            on:input:target=move |ev| note.set(ev.target().value())></textarea>
                        <div class="row">
                            <button type="button" data-testid="walk-save" on:click=save>
                                {move || if second.get().is_some() {
                                    lang.pick("Save this test", "Guardar esta prueba")
                                } else {
                                    lang.pick("Save with one walk", "Guardar con una caminata")
                                }}
                            </button>
                            <button type="button" class="button-secondary" data-testid="walk-restart"
                                on:click=move |_| { reset(); message.set(None); }>
                                {lang.pick("Start again", "Empezar de nuevo")}
                            </button>
                        </div>
                    </div>
                })}
                <p class="form-message" role="status" data-testid="walk-message">{message}</p>
            </section>

            <section class="walk-results" aria-labelledby="walk-results-heading">
                <h2 id="walk-results-heading">{lang.pick("Your change over time", "Su cambio con el tiempo")}</h2>
                <p data-testid="walk-change">{trend}</p>
                <label class="check">
                    <input type="checkbox" prop:checked=move || same_aid.get()
                        on:change:target=move |ev| same_aid.set(ev.target().checked())/>
                    <span>{lang.pick(
                        "Only compare tests with the same walking aid as the latest",
                        "Comparar solo pruebas con la misma ayuda que la última",
                    )}</span>
                </label>
                {move || tests.with(|t| t.len() >= 2).then(|| view! { <WalkChart tests=tests/> })}
                <UndoBar undo=undo/>
                <ol class="walk-tests" data-testid="walk-tests" reversed>
                    {move || tests.get().into_iter().rev().map(|(id, t)| view! {
                        <TestRow id=id test=t undo=undo message=message/>
                    }).collect_view()}
                </ol>
                {move || tests.with(Vec::is_empty).then(|| view! {
                    <p class="empty-note">{lang.pick("No tests saved yet.", "Aún no hay pruebas guardadas.")}</p>
                })}
            </section>
        </article>
    }
}

/// Times typed in, for a walk timed with another watch.
#[component]
fn TypedTimes(
    first: RwSignal<Option<WalkTime>>,
    second: RwSignal<Option<WalkTime>>,
    watch_ready: Signal<bool>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let field = move |which: RwSignal<Option<WalkTime>>,
                      id: &'static str,
                      label: &'static str| {
        view! {
            <div>
                <label for=id>{label}</label>
                <input id=id type="text" inputmode="decimal" data-testid=id
                    disabled=move || !watch_ready.get()
                    prop:value=move || which.get().map(WalkTime::seconds_text).unwrap_or_default()
                    on:change:target=move |ev| {
                        let input = ev.target();
                        let text = input.value();
                        if text.trim().is_empty() {
                            which.set(None);
                        } else {
                            match WalkTime::parse(&text) {
                                Ok(t) => { which.set(Some(t)); message.set(None); }
                                Err(e) => {
                                    message.set(Some(e.message_in(lang)));
                                    input.set_value(&which.get_untracked().map(WalkTime::seconds_text).unwrap_or_default());
                                }
                            }
                        }
                        // A second walk needs a first.
                        if first.get_untracked().is_none() && second.get_untracked().is_some() {
                            first.set(second.get_untracked());
                            second.set(None);
                        }
                    }/>
            </div>
        }
    };
    view! {
        <details class="explainer typed-times" data-testid="typed-times">
            <summary>{lang.pick("Or type the times in seconds", "O escriba los tiempos en segundos")}</summary>
            <div class="row explainer-body">
                {field(first, "walk-1-typed", lang.pick("Walk 1 (seconds)", "Caminata 1 (segundos)"))}
                {field(second, "walk-2-typed", lang.pick("Walk 2 (seconds)", "Caminata 2 (segundos)"))}
            </div>
        </details>
    }
}

/// One saved test, with Delete (and Undo).
#[component]
fn TestRow(
    id: RecordId,
    test: WalkTest,
    undo: RwSignal<Option<UndoPoint>>,
    message: RwSignal<Option<String>>,
) -> impl IntoView {
    let lang = use_lang();
    let store = DiaryStore::get();
    let date = test.date;
    let remove = move |_| {
        let said = match lang {
            Lang::En => {
                format!("Deleted the test of {}.", long_date_in(date, lang))
            }
            Lang::Es => {
                format!("Se borró la prueba del {}.", long_date_in(date, lang))
            }
        };
        let id = id.clone();
        match UndoPoint::record(store, said, move |d: &mut Diary| {
            d.remove_walk(&id);
            Ok::<(), InputError>(())
        }) {
            Ok(point) => undo.set(Some(point)),
            Err(e) => message.set(Some(e.message_in(lang))),
        }
    };
    view! {
        <li class="walk-test" data-testid="walk-test">
            <p>
                <strong>{long_date_in(date, lang)}</strong>": "
                {test_summary(&test, lang)}
            </p>
            {(!test.note.is_empty()).then(|| view! { <p class="walk-note"><bdi>{test.note.as_str().to_string()}</bdi></p> })}
            <button type="button" class="button-secondary" data-testid="walk-delete" on:click=remove>
                {lang.pick("Delete this test", "Borrar esta prueba")}
            </button>
        </li>
    }
}

// The chart's units, whole numbers only (as the symptom charts).
const WIDTH: i32 = 300;
const HEIGHT: i32 = 120;
const LEFT: i32 = 30;
const TOP: i32 = 8;

/// Each test's average time over the dates, as a line: lower is faster.
#[component]
fn WalkChart(tests: Memo<Vec<(RecordId, WalkTest)>>) -> impl IntoView {
    let lang = use_lang();
    move || {
        let points: Vec<(Date, i32)> = tests.with(|t| {
            t.iter()
                .map(|(_, t)| (t.date, i32::from(t.average().tenths())))
                .collect()
        });
        let (Some(first), Some(last)) = (points.first(), points.last()) else {
            return ().into_any();
        };
        let (from, to) =
            (first.0.days_since_epoch(), last.0.days_since_epoch());
        let span = (to - from).max(1);
        let top = points.iter().map(|p| p.1).max().unwrap_or(10);
        // The scale: 0 to the slowest time, rounded up to 5 seconds.
        let scale = ((top + 49) / 50 * 50).max(50);
        let plot_w = WIDTH - LEFT - 4;
        let plot_h = HEIGHT - TOP - 16;
        let x = |d: Date| LEFT + (d.days_since_epoch() - from) * plot_w / span;
        let y = |tenths: i32| TOP + plot_h - tenths * plot_h / scale;
        let line: String = points
            .iter()
            .map(|&(d, t)| format!("{},{}", x(d), y(t)))
            .collect::<Vec<_>>()
            .join(" ");
        let label = match lang {
            Lang::En => format!(
                "Average time of each test, from {} to {}. Lower is faster.",
                long_date_in(first.0, lang),
                long_date_in(last.0, lang)
            ),
            Lang::Es => format!(
                "Tiempo promedio de cada prueba, del {} al {}. Más bajo es más rápido.",
                long_date_in(first.0, lang),
                long_date_in(last.0, lang)
            ),
        };
        view! {
            <figure class="walk-chart" data-testid="walk-chart">
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=label.clone()>
                    <line class="axis" x1=LEFT y1=TOP x2=LEFT y2=TOP + plot_h/>
                    <line class="axis" x1=LEFT y1=TOP + plot_h x2=WIDTH - 4 y2=TOP + plot_h/>
                    <text x=LEFT - 4 y=TOP + 8 text-anchor="end">{scale / 10}</text>
                    <text x=LEFT - 4 y=TOP + plot_h text-anchor="end">"0"</text>
                    <polyline class="walk-line" points=line fill="none"/>
                    {points.iter().map(|&(d, t)| view! {
                        <circle class="walk-point" cx=x(d) cy=y(t) r="3.5"/>
                    }).collect_view()}
                    <text x=LEFT y=HEIGHT - 2>{long_date_in(first.0, lang)}</text>
                    <text x=WIDTH - 4 y=HEIGHT - 2 text-anchor="end">{long_date_in(last.0, lang)}</text>
                </svg>
                <figcaption>{label}</figcaption>
            </figure>
        }
        .into_any()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn walk(first: &str, second: Option<&str>, aid: Aid) -> WalkTest {
        WalkTest {
            date: Date::parse("2026-11-30").unwrap(),
            first: WalkTime::parse(first).unwrap(),
            second: second.map(|s| WalkTime::parse(s).unwrap()),
            aid,
            timed_by_other: false,
            note: Note::default(),
        }
    }

    #[test]
    fn a_double_tap_does_not_stop_the_walk() {
        assert!(!stop_counts(0.0));
        assert!(!stop_counts(250.0));
        assert!(!stop_counts(999.9));
        assert!(stop_counts(1000.0));
        assert!(stop_counts(8400.0));
    }

    #[test]
    fn the_running_display_counts_whole_tenths() {
        assert_eq!(running_text(0.0), "0.0");
        assert_eq!(running_text(8449.0), "8.4");
        assert_eq!(running_text(12_050.0), "12.0");
        assert_eq!(running_text(-5.0), "0.0");
    }

    #[test]
    fn a_test_is_summed_up_in_both_languages() {
        let two = walk("8.4", Some("8.0"), Aid::None);
        assert_eq!(
            test_summary(&two, Lang::En),
            "8.4 s and 8.0 s (average 8.2 s), no walking aid"
        );
        assert_eq!(
            test_summary(&two, Lang::Es),
            "8.4 s y 8.0 s (promedio 8.2 s), sin ayuda para caminar"
        );
        let mut one = walk("10.6", None, Aid::OneSide);
        one.timed_by_other = true;
        assert_eq!(
            test_summary(&one, Lang::En),
            "10.6 s (one walk), cane or crutch, one side, timed by someone else"
        );
    }

    #[test]
    fn the_change_is_the_persons_own_or_says_why_there_is_none() {
        assert_eq!(
            change_text(Some(Change::Slower(25)), 3, Lang::En),
            "Your latest average: 25% slower than your first test."
        );
        assert_eq!(
            change_text(Some(Change::AboutTheSame), 2, Lang::Es),
            "Su último promedio: más o menos igual."
        );
        assert!(
            change_text(None, 1, Lang::En)
                .starts_with("After your second test")
        );
        assert!(change_text(None, 2, Lang::En).contains("cannot be compared"));
    }
}
