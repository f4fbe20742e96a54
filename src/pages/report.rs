use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::diary_tabs::DiaryTabs;
use crate::components::listen_control::ListenControl;
use crate::components::save_status::SaveStatus;
use crate::device;
use crate::diary::build_report;
use crate::diary::report::direction_words;
use crate::diary_store::DiaryStore;
use crate::routes::View;

/// One printable page for the clinician: symptoms, onset, severity
/// trend, flags and notes, with print, copy and share.
#[component]
pub fn ReportPage() -> impl IntoView {
    let store = DiaryStore::get();
    let days = RwSignal::new(30u32);
    let report = Memo::new(move |_| {
        store
            .diary
            .with(|d| build_report(d, device::today(), days.get()))
    });
    let status = RwSignal::new(None::<String>);
    // A new period redraws the report: stop reading the old one.
    Effect::new(move |started: Option<()>| {
        days.track();
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
                Ok(()) => {
                    "Copied. You can paste it into a message or email.".into()
                }
                Err(why) => format!("Could not copy ({why})."),
            }));
        });
    };
    let share = move |_| {
        let text = report.with_untracked(|r| r.to_text());
        spawn_local(async move {
            if let Err(why) = device::share("Symptom report", &text).await {
                status.set(Some(format!("Not shared ({why}).")));
            }
        });
    };
    let print = move |_| {
        if let Err(why) = device::print() {
            status.set(Some(format!("Could not open printing ({why}).")));
        }
    };
    view! {
        <article class="diary-page report" data-testid="page-report">
            <h1 tabindex="-1">"Report"</h1>
            <DiaryTabs current=View::Report/>
            <SaveStatus/>
            // Not printed (the stylesheet hides it); no wrapper, so it can
            // stick to the top of the page while it reads.
            <ListenControl
                root=".report-sheet"
                what=crate::nav::use_lang().pick(" to the report", " el informe")
            />
            <div class="report-actions no-print">
                <div class="window-choice" role="group" aria-label="Period">
                    {[30u32, 90].into_iter().map(|n| view! {
                        <button type="button" class="button-secondary"
                            aria-pressed=move || (days.get() == n).to_string()
                            on:click=move |_| days.set(n)>
                            {format!("Last {n} days")}
                        </button>
                    }).collect_view()}
                </div>
                <div class="row">
                    <button type="button" on:click=print>"Print"</button>
                    <button type="button" class="button-secondary" on:click=copy>
                        "Copy as text"
                    </button>
                    {device::can_share().then(|| view! {
                        <button type="button" class="button-secondary" on:click=share>
                            "Share"
                        </button>
                    })}
                </div>
                <p role="status" data-testid="report-status">{status}</p>
            </div>
            <section class="report-sheet" data-testid="report-sheet" aria-labelledby="report-title">
                <h2 id="report-title">
                    {move || report.with(|r| format!("Symptom report, {} to {}", r.from, r.to))}
                </h2>
                <p class="muted">
                    "Kept by the patient in the MS & Your Spine app. It is a record, not a diagnosis."
                </p>
                {move || report.with(|r| (!r.flags.is_empty()).then(|| view! {
                    <h3>"Flags"</h3>
                    <ul class="report-flags">
                        {r.flags.iter().map(|f| view! { <li>{f.clone()}</li> }).collect_view()}
                    </ul>
                }))}
                <h3>"Symptoms"</h3>
                {move || report.with(|r| if r.symptoms.is_empty() {
                    view! { <p>"No symptoms ticked or scored in this period."</p> }.into_any()
                } else {
                    view! {
                        <table class="report-table">
                            <thead><tr>
                                <th scope="col">"Symptom"</th>
                                <th scope="col">"Details"</th>
                                <th scope="col">"Scores (0-10)"</th>
                            </tr></thead>
                            <tbody>
                                {r.symptoms.iter().map(|s| view! {
                                    <tr>
                                        <th scope="row"><bdi>{s.name.clone()}</bdi></th>
                                        <td>
                                            {s.details.clone()}
                                            {(!s.note.is_empty()).then(|| view! {
                                                <br/>"Note: " <bdi class="typed">{s.note.clone()}</bdi>
                                            })}
                                        </td>
                                        <td>{match s.range {
                                            Some((lo, avg, hi)) => format!(
                                                "{lo} to {hi}, average {avg}, {} days, {}",
                                                s.days_recorded,
                                                direction_words(s.direction)
                                            ),
                                            None => "none recorded".to_string(),
                                        }}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    }.into_any()
                })}
                {move || report.with(|r| r.sleep_average.map(|avg| view! {
                    <p><strong>"Sleep: "</strong>{format!("average {avg} out of 10")}</p>
                }))}
                {move || report.with(|r| (!r.infection_days.is_empty()).then(|| {
                    let days: Vec<String> = r.infection_days.iter().map(|d| d.to_string()).collect();
                    view! {
                        <p><strong>"Possible infection or fever on: "</strong>{days.join(", ")}</p>
                    }
                }))}
                {move || report.with(|r| (!r.day_notes.is_empty()).then(|| view! {
                    <h3>"Notes"</h3>
                    <ul>
                        {r.day_notes.iter().map(|(d, n)| view! {
                            <li><strong>{d.to_string()}": "</strong><bdi class="typed">{n.clone()}</bdi></li>
                        }).collect_view()}
                    </ul>
                }))}
            </section>
        </article>
    }
}
