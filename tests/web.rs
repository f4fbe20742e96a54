//! Component tests in headless Chromium (wasm-bindgen-test).
//! Run with `make test-wasm`; native `cargo test` skips this file.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh container and returns the container, so
/// each test looks only at what it mounted.
fn mount<F, V>(view: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    let document = document();
    let container: web_sys::HtmlElement = document
        .create_element("div")
        .expect("create a container")
        .unchecked_into();
    document
        .body()
        .expect("the test page has a body")
        .append_child(&container)
        .expect("attach the container");
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn count(root: &web_sys::HtmlElement, selector: &str) -> u32 {
    root.query_selector_all(selector)
        .expect("a valid selector")
        .length()
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    let element: web_sys::HtmlElement = find(root, selector).unchecked_into();
    element.click();
}

/// Lets Leptos apply pending updates to the DOM.
async fn settle() {
    leptos::task::tick().await;
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
fn shell_has_header_main_and_footer() {
    let root = mount(|| {
        view! { <ms_your_spine::Document view=ms_your_spine::routes::View::Home/> }
    });
    let header = find(&root, "header[data-testid=site-header]");
    assert!(
        header
            .text_content()
            .unwrap_or_default()
            .contains("MS & Your Spine")
    );
    find(&root, "main#main");
    let disclaimer = find(&root, "footer [data-testid=disclaimer]");
    assert!(
        disclaimer
            .text_content()
            .unwrap_or_default()
            .contains("does not diagnose")
    );
}

#[wasm_bindgen_test]
fn footer_link_calls_the_clinic() {
    let root = mount(ms_your_spine::components::site_footer::SiteFooter);
    let link = find(&root, "a[data-testid=clinic-call]");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("tel:+13108287757")
    );
    assert!(
        link.text_content()
            .unwrap_or_default()
            .contains("310-828-7757")
    );
}

use ms_your_spine::components::{
    care_card::CareCardView, quiz::Quiz, spine_map::SpineMap,
    stat_visual::StatVisual, symptom_explainer::SymptomExplainer,
};
use ms_your_spine::content::{
    CareLevel,
    care::{self, CARDS},
    quiz::QUIZ,
    spine::REGIONS,
    stats::STATS,
    symptoms,
};

/// The text of every element that matches, in document order.
fn texts(root: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

/// An attribute of every element that matches, in document order.
fn attrs(
    root: &web_sys::HtmlElement,
    selector: &str,
    name: &str,
) -> Vec<String> {
    let list = root.query_selector_all(selector).expect("a valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| {
            node.dyn_into::<web_sys::Element>()
                .ok()?
                .get_attribute(name)
        })
        .collect()
}

#[wasm_bindgen_test]
async fn spine_map_shows_the_region_chosen_by_button() {
    let root = mount(SpineMap);
    assert!(text(&root, "[data-testid=spine-detail]").contains("No part"));
    assert_eq!(count(&root, "[aria-pressed=true]"), 0);

    click(&root, "[data-testid=spine-cervical]");
    settle().await;
    let detail = text(&root, "[data-testid=spine-detail]");
    assert!(detail.contains(REGIONS[0].how_often), "{detail}");
    assert!(detail.contains(REGIONS[0].can_affect[0]), "{detail}");
    let pressed = find(&root, "[data-testid=spine-cervical]");
    assert_eq!(
        pressed.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );

    click(&root, "[data-testid=spine-lumbar]");
    settle().await;
    let detail = text(&root, "[data-testid=spine-detail]");
    assert!(detail.contains(REGIONS[2].plain_name), "{detail}");
    assert!(!detail.contains(REGIONS[0].how_often));
    assert_eq!(count(&root, "[aria-pressed=true]"), 1);
}

#[wasm_bindgen_test]
async fn spine_map_drawing_can_be_tapped_too() {
    let root = mount(SpineMap);
    let band = find(&root, "g[data-region=thoracic]");
    let event = web_sys::MouseEvent::new("click").expect("an event");
    band.dispatch_event(&event).expect("dispatch");
    settle().await;
    let detail = text(&root, "[data-testid=spine-detail]");
    assert!(detail.contains(REGIONS[1].how_often), "{detail}");
    // The drawing is hidden from screen readers: the buttons carry it.
    let svg = find(&root, "svg.spine-drawing");
    assert_eq!(svg.get_attribute("aria-hidden").as_deref(), Some("true"));
    assert_eq!(count(&root, "button.spine-button"), REGIONS.len() as u32);
}

#[wasm_bindgen_test]
fn stat_visual_fills_its_count_and_says_it_in_words() {
    for stat in STATS {
        let root = mount(move || view! { <StatVisual stat=stat/> });
        assert_eq!(count(&root, ".stat-icons > g"), u32::from(stat.out_of));
        assert_eq!(
            count(&root, ".stat-icons > g.filled"),
            u32::from(stat.count),
            "{}",
            stat.id
        );
        assert_eq!(text(&root, "figcaption"), stat.text);
    }
}

#[wasm_bindgen_test]
fn symptom_explainer_opens_to_its_three_parts() {
    let symptom = &symptoms::SYMPTOMS[0];
    let root = mount(move || view! { <SymptomExplainer symptom=symptom/> });
    let details: web_sys::HtmlDetailsElement =
        find(&root, "details").unchecked_into();
    assert!(!details.open(), "closed until asked");
    click(&root, "summary");
    assert!(details.open(), "a tap on the summary opens it");
    let body = text(&root, ".explainer-body");
    for part in [symptom.feels_like, symptom.what_helps, symptom.get_help] {
        assert!(body.contains(part));
    }
    assert_eq!(count(&root, ".explainer-body h3"), 3);
}

#[wasm_bindgen_test]
fn every_symptom_card_lists_its_signs_from_the_care_table() {
    for symptom in symptoms::all_cards() {
        let root = mount(move || view! { <SymptomExplainer symptom=symptom/> });
        let expected: Vec<_> =
            care::signs_for_symptom(symptom.id, ms_your_spine::lang::Lang::En)
                .collect();
        let shown = attrs(&root, "[data-testid=symptom-signs] li", "data-sign");
        let ids: Vec<&str> = expected.iter().map(|s| s.id).collect();
        assert_eq!(shown, ids, "{}", symptom.id);
        let rows = texts(&root, "[data-testid=symptom-signs] li");
        for (row, sign) in rows.iter().zip(&expected) {
            assert!(row.contains(sign.text), "{}: {row}", symptom.id);
            assert!(row.contains(sign.level.label()), "{row}");
            assert!(row.contains(care::card(sign.level).action), "{row}");
        }
        let links = attrs(&root, "[data-testid=symptom-signs] li a", "href");
        // 911 and 988 dial; the others open their card on Get help.
        let hrefs: Vec<String> = expected
            .iter()
            .map(|s| match s.level {
                CareLevel::Emergency => "tel:911".to_string(),
                CareLevel::Crisis => "tel:988".to_string(),
                other => other.help_href(),
            })
            .collect();
        assert_eq!(links, hrefs, "{}", symptom.id);
    }
}

#[wasm_bindgen_test]
async fn quiz_scores_answers_and_gives_feedback() {
    let root = mount(|| view! { <Quiz items=QUIZ/> });
    let total = QUIZ.len();
    assert!(text(&root, "[data-testid=quiz-score]").contains("questions"));

    // Answer the first question rightly and the second wrongly.
    let label = |fact: bool| if fact { "fact" } else { "myth" };
    click(
        &root,
        &format!("[data-testid=quiz-0-{}]", label(QUIZ[0].is_fact)),
    );
    click(
        &root,
        &format!("[data-testid=quiz-1-{}]", label(!QUIZ[1].is_fact)),
    );
    settle().await;
    assert_eq!(
        text(&root, "[data-testid=quiz-score]"),
        format!("You answered 2 of {total}. 1 right so far.")
    );
    assert!(text(&root, "[data-testid=quiz-0-feedback]").contains("right"));
    let second = text(&root, "[data-testid=quiz-1-feedback]");
    assert!(second.contains(QUIZ[1].explanation), "{second}");
    assert!(text(&root, "[data-testid=quiz-2-feedback]").is_empty());

    click(&root, "[data-testid=quiz-reset]");
    settle().await;
    assert!(text(&root, "[data-testid=quiz-score]").contains("questions"));
    assert_eq!(count(&root, "[aria-pressed=true]"), 0);
}

#[wasm_bindgen_test]
fn care_cards_show_the_tables_signs_and_only_911_and_988_call() {
    for card in CARDS {
        let root = mount(move || view! { <CareCardView card=card/> });
        assert_eq!(text(&root, "h2"), card.heading);
        let signs: Vec<String> = care::signs_at(card.level)
            .map(|s| s.text.to_string())
            .collect();
        assert_eq!(texts(&root, "li"), signs, "{}", card.heading);
        assert!(text(&root, ".care-how-soon").contains(card.how_soon));
        let id = format!("care-{}", card.level.key());
        assert_eq!(find(&root, "section").id(), id);
        let calls_911 = count(&root, "a[href='tel:911']");
        let calls_988 = count(&root, "a[href='tel:988']");
        assert_eq!(
            (calls_911, calls_988),
            match card.level {
                CareLevel::Emergency => (1, 0),
                CareLevel::Crisis => (0, 1),
                _ => (0, 0),
            },
            "{}",
            card.heading
        );
    }
}

#[wasm_bindgen_test]
fn the_get_help_page_shows_every_level_in_order() {
    let root = mount(ms_your_spine::pages::get_help::GetHelpPage);
    let shown = attrs(&root, ".care-cards > section", "id");
    let expected: Vec<String> = CARDS
        .iter()
        .map(|c| format!("care-{}", c.level.key()))
        .collect();
    assert_eq!(shown, expected);
    assert_eq!(
        count(&root, ".care-cards li"),
        care::SIGNS.len() as u32,
        "every sign of the table, once"
    );
    assert!(count(&root, "[data-testid=page-sources] li") > 0);
}

// ---- The diary -------------------------------------------------------

use ms_your_spine::components::symptom_editor::SymptomEditor;
use ms_your_spine::components::trend_chart::TrendChart;
use ms_your_spine::diary::{Date, Direction, Trend};
use ms_your_spine::diary_store::{DiaryStore, Persistence};
use ms_your_spine::pages::checklist::ChecklistPage;
use ms_your_spine::storage::Keys;

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test browser")
}

/// Mounts a view with a freshly loaded diary store; returns both.
fn mount_with_store<F, V>(view: F) -> (web_sys::HtmlElement, DiaryStore)
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let out = slot.clone();
    let root = mount(move || {
        let store = DiaryStore::load();
        out.set(Some(store));
        provide_context(store);
        view()
    });
    (root, slot.take().expect("the store was made"))
}

fn fire(element: &web_sys::Element, kind: &str) {
    let event = web_sys::Event::new(kind).expect("an event");
    element.dispatch_event(&event).expect("dispatch");
}

#[wasm_bindgen_test]
async fn ticking_a_symptom_saves_it_and_opens_its_details() {
    local_storage().clear().expect("clear");
    let (root, store) = mount_with_store(
        || view! { <SymptomEditor id="numbness".to_string()/> },
    );
    assert_eq!(count(&root, ".symptom-details"), 0);
    let checkbox: web_sys::HtmlInputElement =
        find(&root, "input[type=checkbox]").unchecked_into();
    checkbox.set_checked(true);
    fire(&checkbox, "change");
    settle().await;
    assert!(store.diary.with_untracked(|d| {
        d.symptom("numbness").is_some_and(|s| s.has_now)
    }));
    let saved = local_storage()
        .get_item(Keys::Diary.name())
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(saved.contains(r#""id":"numbness","now":true"#), "{saved}");
    assert_eq!(count(&root, ".symptom-details"), 1);

    // A severity picked in the details (one tap on "7") is saved too,
    // and the picker shows it.
    let seven: web_sys::HtmlInputElement =
        find(&root, ".score-picker input[value='7']").unchecked_into();
    seven.set_checked(true);
    fire(&seven, "change");
    settle().await;
    let shown: web_sys::HtmlInputElement =
        find(&root, ".score-picker input:checked").unchecked_into();
    assert_eq!(shown.value(), "7");
    assert_eq!(
        store.diary.with_untracked(|d| {
            d.symptom("numbness")
                .and_then(|s| s.severity)
                .map(|s| s.get())
        }),
        Some(7)
    );
}

#[wasm_bindgen_test]
async fn a_start_date_in_the_future_is_refused_with_a_message() {
    local_storage().clear().expect("clear");
    let (root, store) = mount_with_store(
        || view! { <SymptomEditor id="bladder".to_string()/> },
    );
    store
        .try_update(|d| {
            if let Some(s) = d.symptom_mut("bladder") {
                s.has_now = true;
            }
            Ok(())
        })
        .expect("stored");
    settle().await;
    let date: web_sys::HtmlInputElement =
        find(&root, "input[type=date]").unchecked_into();
    date.set_value("2999-01-01");
    fire(&date, "change");
    settle().await;
    assert!(text(&root, ".field-error").contains("in the future"));
    assert!(store.diary.with_untracked(|d| {
        d.symptom("bladder").is_some_and(|s| s.started_on.is_none())
    }));
}

#[wasm_bindgen_test]
async fn a_diary_island_shows_the_build_time_note_then_the_stored_diary() {
    use ms_your_spine::islands::{
        self, DiaryIsland, DiaryOpen, DiaryOpenProps,
    };
    use ms_your_spine::routes::View;
    local_storage().clear().expect("clear");
    let mut diary = ms_your_spine::diary::Diary::new();
    if let Some(numbness) = diary.symptom_mut("numbness") {
        numbness.has_now = true;
    }
    let text_saved = ms_your_spine::diary::to_json(&diary);
    local_storage()
        .set_item(Keys::Diary.name(), &text_saved)
        .expect("store");
    // What the build writes: the note in the tool's place.
    let root = mount(|| view! { <DiaryIsland view=View::Checklist/> });
    assert!(text(&root, "[data-testid=diary-opening]").contains("JavaScript"));
    assert_eq!(count(&root, "[data-testid=checklist]"), 0);
    // The diary bin draws the stored diary in its place.
    islands::mount(root.clone(), || {
        DiaryOpen(DiaryOpenProps {
            view: View::Checklist,
        })
    });
    settle().await;
    assert_eq!(count(&root, "[data-testid=diary-opening]"), 0);
    let numbness: web_sys::HtmlInputElement =
        find(&root, "[data-testid=check-numbness] input").unchecked_into();
    assert!(numbness.checked(), "the stored tick is shown");
    assert_eq!(count(&root, "[data-testid=checklist]"), 1, "drawn once");
}

#[wasm_bindgen_test]
async fn the_checklist_shows_the_emergency_card_for_each_emergency_sign() {
    local_storage().clear().expect("clear");
    let (root, _) = mount_with_store(ChecklistPage);
    assert_eq!(count(&root, "[data-testid=emergency-card]"), 0);
    // The checklist's signs are the table's 911 signs, word for word.
    let labels = texts(&root, "[data-testid=emergency-signs] label span");
    let table: Vec<String> = care::signs_at(CareLevel::Emergency)
        .map(|s| s.text.to_string())
        .collect();
    assert_eq!(labels, table);
    for sign in care::signs_at(CareLevel::Emergency) {
        let selector = format!("[data-testid=tick-{}]", sign.id);
        let input: web_sys::HtmlInputElement =
            find(&root, &selector).unchecked_into();
        input.set_checked(true);
        fire(&input, "change");
        settle().await;
        let card = text(&root, "[data-testid=emergency-card]");
        assert!(card.contains("Call 911 now if:"), "{}: {card}", sign.id);
        assert_eq!(count(&root, "[data-testid=call-911]"), 1);
        input.set_checked(false);
        fire(&input, "change");
        settle().await;
        assert_eq!(count(&root, "[data-testid=emergency-card]"), 0);
    }
    // Emergency ticks are never stored.
    let saved = local_storage().get_item(Keys::Diary.name()).ok().flatten();
    assert!(saved.is_none_or(|s| !s.contains("stroke")));
}

#[wasm_bindgen_test]
async fn a_fever_turns_the_relapse_flag_into_a_same_day_one() {
    use ms_your_spine::diary::{Entry, Score};
    local_storage().clear().expect("clear");
    let (root, store) = mount_with_store(ChecklistPage);
    let today = ms_your_spine::device::today();
    // 10 days at 3, then 7 yesterday and today: worse for 2 days.
    store
        .try_update(|d| {
            for i in 0..12 {
                let mut e = Entry::default();
                let n = if i >= 10 { 7 } else { 3 };
                e.severities
                    .insert("stiffness".into(), Score::new(n).expect("0-10"));
                d.set_entry(today.add_days(i - 11), e)?;
            }
            Ok(())
        })
        .expect("past days stored");
    settle().await;
    assert_eq!(count(&root, "[data-testid=flag-soon]"), 1);
    assert_eq!(count(&root, "[data-testid=flag-same-day]"), 0);
    let soon = text(&root, "[data-testid=flag-soon]");
    assert!(soon.contains("Possible relapse"), "{soon}");
    assert!(soon.contains("Within days"), "{soon}");
    assert_eq!(
        attrs(&root, "[data-testid=flag-help-link]", "href"),
        ["/get-help/#care-soon"]
    );
    // Tick "infection or fever" for today.
    store
        .try_update(|d| {
            let mut e = d.entry(today).cloned().unwrap_or_default();
            e.infection_or_fever = true;
            d.set_entry(today, e)
        })
        .expect("today stored");
    settle().await;
    assert_eq!(count(&root, "[data-testid=flag-soon]"), 0);
    let same_day = text(&root, "[data-testid=flag-same-day]");
    assert!(same_day.contains("contact a doctor today"), "{same_day}");
    assert!(same_day.contains("pseudo-relapse"), "{same_day}");
    assert!(same_day.contains("Same day"), "{same_day}");
    assert!(!same_day.contains("Possible relapse"), "{same_day}");
    assert_eq!(
        attrs(&root, "[data-testid=flag-help-link]", "href"),
        ["/get-help/#care-same-day"]
    );
}

#[wasm_bindgen_test]
fn unreadable_stored_data_is_kept_and_a_fresh_diary_starts() {
    let storage = local_storage();
    storage.clear().expect("clear");
    storage
        .set_item(Keys::Diary.name(), "{not json")
        .expect("seed");
    let (_, store) = mount_with_store(|| ());
    let unreadable = store.unreadable.get_untracked().expect("told");
    assert_eq!(unreadable.raw, "{not json");
    let kept = unreadable.kept_as.expect("a copy was kept");
    assert_eq!(
        storage.get_item(&kept).ok().flatten().as_deref(),
        Some("{not json")
    );
    assert_eq!(store.persistence.get_untracked(), Persistence::Saved);
    assert!(store.diary.with_untracked(|d| d.entries().is_empty()));
}

#[wasm_bindgen_test]
fn a_trend_chart_draws_each_day_and_lists_it_in_a_table() {
    let day =
        |n: i32| Date::parse("2026-11-01").map_or(Date::MIN, |d| d.add_days(n));
    let trend = Trend {
        points: (0..6).map(|n| (day(n), (n * 2) as u8)).collect(),
        direction: Direction::Worse,
    };
    let root = mount(move || {
        view! {
            <TrendChart name="Weakness".to_string() trend=trend
                first=day(0) window_days=30/>
        }
    });
    assert_eq!(count(&root, "svg circle"), 6);
    assert_eq!(count(&root, "tbody tr"), 6);
    let svg = find(&root, "svg");
    let label = svg.get_attribute("aria-label").unwrap_or_default();
    assert!(label.contains("6 days recorded"), "{label}");
    assert!(label.contains("Getting worse"), "{label}");
}

use ms_your_spine::components::listen_control::{self, ListenControl};

/// Puts a recorder in the place of the phone's speech engine: what is
/// spoken goes to `window.__said`; `window.__end()` ends the utterance
/// being spoken, as the engine would.
fn install_speech_recorder() {
    js_sys::eval(
        r#"
        window.__said = [];
        window.__current = null;
        const synth = {
          speaking: false,
          pending: false,
          onvoiceschanged: null,
          getVoices: () => [
            { name: "Phone English", lang: "en-US", localService: true, default: true },
          ],
          speak(u) {
            window.__said.push(u.text);
            window.__current = u;
            this.speaking = true;
          },
          cancel() {
            window.__current = null;
            this.speaking = false;
          },
        };
        Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
        window.SpeechSynthesisUtterance = class {
          constructor(text) {
            this.text = text;
          }
        };
        window.__end = () => {
          const u = window.__current;
          window.__current = null;
          synth.speaking = false;
          u.onend({ type: "end", target: u });
        };
        "#,
    )
    .expect("install the speech recorder");
}

fn said() -> Vec<String> {
    js_sys::eval("window.__said")
        .ok()
        .map(|v| {
            js_sys::Array::from(&v)
                .iter()
                .filter_map(|s| s.as_string())
                .collect()
        })
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn listen_reads_its_text_a_sentence_at_a_time_then_stops() {
    install_speech_recorder();
    let root = mount(|| {
        view! {
            <article id="listen-test" lang="en">
                <h1>"Your spine"</h1>
                <ListenControl root="#listen-test" what=" to this page"/>
                <p>"MS can affect the spine. It often does."</p>
                <button type="button">"Not read"</button>
            </article>
        }
    });
    listen_control::attach_within(&root);
    let mode = || {
        find(&root, ".listen")
            .get_attribute("data-mode")
            .unwrap_or_default()
    };
    assert_eq!(mode(), "idle");
    click(&root, "[data-listen=toggle]");
    assert_eq!(mode(), "playing");
    assert_eq!(said(), ["Your spine"]);
    for expected in [
        vec!["Your spine", "MS can affect the spine."],
        vec!["Your spine", "MS can affect the spine.", "It often does."],
    ] {
        js_sys::eval("window.__end()").expect("end the utterance");
        settle().await;
        assert_eq!(said(), expected);
        assert_eq!(mode(), "playing");
        assert_eq!(count(&root, ".listen-now"), 1);
    }
    js_sys::eval("window.__end()").expect("end the last utterance");
    settle().await;
    assert_eq!(mode(), "idle");
    assert_eq!(count(&root, ".listen-now"), 0);
    assert_eq!(said().len(), 3, "nothing more after the last sentence");
}
