use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::diary_tabs::DiaryTabs;
use crate::components::listen_control::ListenControl;
use crate::components::save_status::SaveStatus;
use crate::device;
use crate::diary::Date;
use crate::diary::report::build_report_in;
use crate::diary_store::DiaryStore;
use crate::lang::Lang;
use crate::nav::use_lang;
use crate::routes::{View, diary_heading_in};
use crate::storage::{self, Keys};

/// One printable page for the clinician: symptoms, onset, severity
/// trend, flags and notes, with print, copy and share.
///
/// The page's own controls are in the page's language; the report sheet
/// (what is printed, copied, shared and read aloud) is in the report
/// language chosen here, English or Spanish, starting with the page's: a
/// patient may read Spanish while the neurologist reads English. The
/// choice is kept for next time (`Keys::ReportLang`); if the browser will
/// not keep it, it still lasts while the page is open.
#[component]
pub fn ReportPage() -> impl IntoView {
    let store = DiaryStore::get();
    let lang = use_lang();
    let days = RwSignal::new(30u32);
    let kept = storage::read(Keys::ReportLang)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code));
    let sheet_lang = RwSignal::new(kept.unwrap_or(lang));
    let choose_lang = move |chosen: Lang| {
        sheet_lang.set(chosen);
        let _ = storage::write(Keys::ReportLang, chosen.code());
    };
    let report = Memo::new(move |_| {
        let in_lang = sheet_lang.get();
        store
            .diary
            .with(|d| build_report_in(d, device::today(), days.get(), in_lang))
    });
    let status = RwSignal::new(None::<String>);
    // A new period or language redraws the report: stop reading the old
    // one.
    Effect::new(move |started: Option<()>| {
        days.track();
        sheet_lang.track();
        #[cfg(any(feature = "hydrate", feature = "csr"))]
        if started.is_some() {
            crate::components::listen_control::stop();
        }
        #[cfg(not(any(feature = "hydrate", feature = "csr")))]
        let _ = started;
    });
    let copy = move |_| {
        let text = report.with_untracked(|r| r.to_text());
        spawn_local(async move {
            status.set(Some(match device::copy(&text).await {
                Ok(()) => lang
                    .pick(
                        "Copied. You can paste it into a message or email.",
                        "Copiado. Puede pegarlo en un mensaje o un correo \
                         electrónico.",
                    )
                    .into(),
                Err(why) => match lang {
                    Lang::En => format!("Could not copy ({why})."),
                    Lang::Es => format!("No se pudo copiar ({why})."),
                },
            }));
        });
    };
    let share = move |_| {
        let (title, text) = report.with_untracked(|r| {
            (
                r.lang.pick("Visit summary", "Resumen para la consulta"),
                r.to_text(),
            )
        });
        spawn_local(async move {
            if let Err(why) = device::share(title, &text).await {
                status.set(Some(match lang {
                    Lang::En => format!("Not shared ({why})."),
                    Lang::Es => format!("No se compartió ({why})."),
                }));
            }
        });
    };
    let print = move |_| {
        if let Err(why) = device::print() {
            status.set(Some(match lang {
                Lang::En => format!("Could not open printing ({why})."),
                Lang::Es => format!("No se pudo abrir la impresión ({why})."),
            }));
        }
    };
    // The sheet's fixed words, in the report's language.
    let say = move |en: &'static str, es: &'static str| {
        move || sheet_lang.get().pick(en, es)
    };
    view! {
        <article class="diary-page report" data-testid="page-report">
            <h1 tabindex="-1">{diary_heading_in(View::Report, lang)}</h1>
            <DiaryTabs current=View::Report/>
            <SaveStatus/>
            // Not printed (the stylesheet hides it); no wrapper, so it can
            // stick to the top of the page while it reads.
            <ListenControl
                root=".report-sheet"
                what=lang.pick(" to the report", " el informe")
            />
            <div class="report-actions no-print">
                <div class="window-choice" role="group"
                    aria-label=lang.pick("Period", "Periodo")>
                    {[30u32, 90].into_iter().map(|n| view! {
                        <button type="button" class="button-secondary"
                            aria-pressed=move || (days.get() == n).to_string()
                            on:click=move |_| days.set(n)>
                            {match lang {
                                Lang::En => format!("Last {n} days"),
                                Lang::Es => format!("Últimos {n} días"),
                            }}
                        </button>
                    }).collect_view()}
                </div>
                <div class="window-choice report-lang" role="group"
                    aria-labelledby="report-lang-label">
                    <span id="report-lang-label" class="report-lang-label">
                        {lang.pick("Report language", "Idioma del informe")}
                    </span>
                    {Lang::ALL.into_iter().map(|l| view! {
                        <button type="button" class="button-secondary"
                            lang=l.code()
                            data-testid=format!("report-lang-{}", l.code())
                            aria-pressed=move || (sheet_lang.get() == l).to_string()
                            on:click=move |_| choose_lang(l)>
                            {l.name()}
                        </button>
                    }).collect_view()}
                </div>
                <div class="row">
                    <button type="button" on:click=print>
                        {lang.pick("Print", "Imprimir")}
                    </button>
                    <button type="button" class="button-secondary" on:click=copy>
                        {lang.pick("Copy as text", "Copiar como texto")}
                    </button>
                    {device::can_share().then(|| view! {
                        <button type="button" class="button-secondary" on:click=share>
                            {lang.pick("Share", "Compartir")}
                        </button>
                    })}
                </div>
                <p role="status" data-testid="report-status">{status}</p>
            </div>
            <section class="report-sheet" data-testid="report-sheet"
                lang=move || sheet_lang.get().code()
                aria-labelledby="report-title">
                <h2 id="report-title">{move || report.with(|r| r.title())}</h2>
                <p class="muted">
                    {say(
                        "Kept by the patient in the MS & Your Spine app. It is a record, not a diagnosis.",
                        "Lo anotó la persona con EM en la aplicación La EM y su columna. Es un registro, no un diagnóstico.",
                    )}
                </p>
                {move || report.with(|r| (!r.flags.is_empty()).then(|| view! {
                    <h3>{r.lang.pick("Flags", "Avisos")}</h3>
                    <ul class="report-flags">
                        {r.flags.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}
                    </ul>
                }))}
                <h3>{say("Symptoms", "Síntomas")}</h3>
                {move || report.with(|r| if r.symptoms.is_empty() {
                    view! {
                        <p>{r.lang.pick(
                            "No symptoms ticked or scored in this period.",
                            "No hay síntomas marcados ni puntuados en este periodo.",
                        )}</p>
                    }.into_any()
                } else {
                    view! {
                        <table class="report-table">
                            <thead><tr>
                                <th scope="col">{r.lang.pick("Symptom", "Síntoma")}</th>
                                <th scope="col">{r.lang.pick("Details", "Detalles")}</th>
                                <th scope="col">{r.lang.pick("Scores (0-10)", "Puntuación (0 a 10)")}</th>
                            </tr></thead>
                            <tbody>
                                {r.symptoms.iter().map(|s| view! {
                                    <tr>
                                        <th scope="row"><bdi>{s.name.clone()}</bdi></th>
                                        <td>
                                            {s.details.clone()}
                                            {(!s.note.is_empty()).then(|| view! {
                                                <br/>{r.lang.pick("Note: ", "Nota: ")}
                                                <bdi class="typed">{s.note.clone()}</bdi>
                                            })}
                                        </td>
                                        <td class="report-scores">
                                            <Sparkline points=s.points.clone() from=r.from to=r.to/>
                                            {r.scores(s)}
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                })}
                {move || report.with(|r| r.sleep().map(|sleep| view! {
                    <p><strong>{r.lang.pick("Sleep: ", "Calidad del sueño: ")}</strong>{sleep}</p>
                }))}
                {move || report.with(|r| (!r.infection_days.is_empty()).then(|| view! {
                    <p>
                        <strong>{r.lang.pick(
                            "Possible infection or fever on: ",
                            "Días con posible infección o fiebre: ",
                        )}</strong>
                        {r.infection_dates()}
                    </p>
                }))}
                {move || report.with(|r| (!r.medicines.is_empty()).then(|| view! {
                    <h3>{r.lang.pick("Medicines noted", "Medicamentos anotados")}</h3>
                    <ul class="report-medicines" data-testid="report-medicines">
                        {r.medicines.iter().map(|m| view! {
                            <li><bdi class="typed">{m.text.clone()}</bdi>": "{r.medicine_days(m)}</li>
                        }).collect_view()}
                    </ul>
                }))}
                {move || report.with(|r| (!r.bladder.is_empty()).then(|| view! {
                    <section class="report-bladder" data-testid="report-bladder">
                        <h3>{r.lang.pick("Bladder diary", "Diario de vejiga")}</h3>
                        <table class="report-table">
                            <thead><tr>
                                <th scope="col">{r.lang.pick("Diary day", "Día del diario")}</th>
                                <th scope="col">{r.lang.pick("Counts (day / night)", "Cuentas (día / noche)")}</th>
                            </tr></thead>
                            <tbody>
                                {r.bladder.iter().map(|b| view! {
                                    <tr>
                                        <th scope="row">{r.date(b.totals.date)}</th>
                                        <td>
                                            {r.bladder_counts(b)}
                                            {(!b.day_entries.is_empty()).then(|| view! {
                                                <br/><span class="report-chart"><strong>{r.lang.pick("Day: ", "Día: ")}</strong>{b.day_entries.join("; ")}</span>
                                            })}
                                            {(!b.night_entries.is_empty()).then(|| view! {
                                                <br/><span class="report-chart"><strong>{r.lang.pick("Night: ", "Noche: ")}</strong>{b.night_entries.join("; ")}</span>
                                            })}
                                        </td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </section>
                }))}
                {move || report.with(|r| (!r.walks.is_empty()).then(|| view! {
                    <section class="report-walk" data-testid="report-walk">
                        <h3>{r.lang.pick("Timed 25-foot walk", "Caminata cronometrada de 25 pies")}</h3>
                        <ul>
                            {r.walks.iter().map(|t| view! {
                                <li><strong>{r.date(t.date)}": "</strong>{r.walk_line(t)}</li>
                            }).collect_view()}
                        </ul>
                        <p>{r.walk_change_text()}</p>
                    </section>
                }))}
                {move || report.with(|r| (!r.day_notes.is_empty()).then(|| view! {
                    <h3>{r.lang.pick("Notes", "Notas")}</h3>
                    <ul>
                        {r.day_notes.iter().map(|(d, n)| view! {
                            <li><strong>{r.date(*d)}": "</strong><bdi class="typed">{n.clone()}</bdi></li>
                        }).collect_view()}
                    </ul>
                }))}
            </section>
        </article>
    }
}

/// A symptom's scores over the period as a small line, drawn in the
/// text's colour so it prints in black and white. Hidden from screen
/// readers: the numbers beside it say the same.
#[component]
fn Sparkline(points: Vec<(Date, u8)>, from: Date, to: Date) -> impl IntoView {
    const W: i32 = 96;
    const H: i32 = 28;
    let span = (to.days_since_epoch() - from.days_since_epoch()).max(1);
    let x = |d: Date| {
        2 + (d.days_since_epoch() - from.days_since_epoch()) * (W - 4) / span
    };
    let y = |v: u8| 2 + (10 - i32::from(v)) * (H - 4) / 10;
    let line = points
        .iter()
        .map(|&(d, v)| format!("{},{}", x(d), y(v)))
        .collect::<Vec<_>>()
        .join(" ");
    (points.len() >= 2).then(|| {
        view! {
            <svg class="sparkline" viewBox=format!("0 0 {W} {H}") width=W height=H aria-hidden="true">
                <line class="sparkline-base" x1="2" y1=H - 2 x2=W - 2 y2=H - 2/>
                <polyline points=line fill="none"/>
            </svg>
        }
    })
}
