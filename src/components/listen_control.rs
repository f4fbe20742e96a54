//! Listen: the page read aloud by the phone's own voice, for a person
//! whose eyes are tired or blurred. The text is cut into sentences
//! (`crate::listen`), each handed to `speechSynthesis` in turn, and the
//! sentence being read is highlighted and kept in view.
//!
//! The control sits under a page's heading; each section's heading has
//! a small Listen button of its own ([`ListenHere`]) that reads just
//! that section through the same control. The build writes both; the
//! head script marks a browser that can speak (`<html data-speech>`),
//! and the stylesheet shows them only there, from the first paint.

use leptos::prelude::*;

use crate::listen::Speed;

/// What the control is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Not reading.
    Idle,
    /// Reading (or about to: the phone's voices may still be loading).
    Playing,
    /// Stopped partway; resuming starts the same sentence again.
    Paused,
}

impl Mode {
    /// The control's `data-mode`, which the stylesheet and tests read.
    pub const fn name(self) -> &'static str {
        match self {
            Mode::Idle => "idle",
            Mode::Playing => "playing",
            Mode::Paused => "paused",
        }
    }
}

/// The Listen control for the text inside the element `root` (a CSS
/// selector). `what` ends the start button's name for screen readers
/// ("Listen" then " to this page").
///
/// Plain markup, with no reactive parts: in the browser, [`attach`]
/// drives it (its `data-mode` says what it is doing, and the stylesheet
/// shows the parts for that: the toggle's words, Stop and the speeds;
/// a part not shown is not in the toggle's accessible name either).
#[component]
pub fn ListenControl(root: &'static str, what: &'static str) -> impl IntoView {
    let lang = crate::nav::use_lang();
    let speeds = Speed::ALL
        .into_iter()
        .map(|speed| {
            view! {
                <button
                    type="button"
                    aria-pressed=(speed == Speed::Normal).to_string()
                    data-listen=speed.label()
                    data-testid=speed.test_id()
                >
                    {speed.label_in(lang)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="listen" data-testid="listen" data-mode="idle" data-listen-root=root>
            <button type="button" class="listen-toggle" data-listen="toggle" data-testid="listen-toggle">
                <span class="listen-idle">
                    {lang.pick("Listen", "Escuchar")}
                    <span class="visually-hidden">{what}</span>
                </span>
                <span class="listen-playing">
                    {lang.pick("Pause", "Pausa")}
                    <span class="visually-hidden">{lang.pick(" reading", " la lectura")}</span>
                </span>
                <span class="listen-paused">
                    {lang.pick("Resume", "Seguir")}
                    <span class="visually-hidden">{lang.pick(" reading", " leyendo")}</span>
                </span>
            </button>
            <button type="button" class="listen-stop" data-listen="stop" data-testid="listen-stop">
                {lang.pick("Stop", "Parar")}
            </button>
            <div
                class="listen-speed"
                role="group"
                aria-label=lang.pick("Reading speed", "Velocidad de lectura")
            >
                {speeds}
            </div>
            <p class="listen-problem" role="status" data-testid="listen-problem"></p>
        </div>
    }
}

/// The Listen control of a reading page: reads the page's article.
#[component]
pub fn PageListen() -> impl IntoView {
    let what = crate::nav::use_lang().pick(" to this page", " esta página");
    view! { <ListenControl root="#main article" what=what/> }
}

/// The small Listen button after a section's heading, `heading`: reads
/// from that heading to the next through the page's control. Written by
/// the build and never hydrated: the page's control listens for its taps.
#[component]
pub fn ListenHere(heading: &'static str) -> impl IntoView {
    let lang = crate::nav::use_lang();
    view! {
        <button type="button" class="listen-section" data-listen-section="">
            {lang.pick("Listen", "Escuchar")}
            <span class="visually-hidden">
                {lang.pick(" to this part: ", " esta parte: ")}{heading}
            </span>
        </button>
    }
}

#[cfg(any(feature = "hydrate", feature = "csr"))]
pub use player::{attach, attach_within, stop};

/// The browser side: voices, utterances, the highlight.
#[cfg(any(feature = "hydrate", feature = "csr"))]
mod player {
    use std::cell::RefCell;
    use std::time::Duration;

    use leptos::prelude::set_timeout;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;
    use web_sys::{
        Element, Node, SpeechSynthesis, SpeechSynthesisUtterance,
        SpeechSynthesisVoice,
    };

    use super::Mode;
    use crate::listen::{self, Speed, VoiceInfo};
    use crate::storage::{self, Keys};

    #[wasm_bindgen]
    extern "C" {
        /// The CSS Custom Highlight API's `Highlight` (Chrome 105,
        /// Safari 17.2, Firefox 140); missing elsewhere, so `catch`.
        type Highlight;
        #[wasm_bindgen(constructor, catch)]
        fn new(range: &web_sys::Range) -> Result<Highlight, JsValue>;
        #[wasm_bindgen(js_namespace = ["CSS", "highlights"], js_name = set, catch)]
        fn highlight_set(
            name: &str,
            highlight: &Highlight,
        ) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(js_namespace = ["CSS", "highlights"], js_name = delete, catch)]
        fn highlight_delete(name: &str) -> Result<JsValue, JsValue>;
    }

    /// What is read: elements whose text is a block of its own.
    const READ: &str =
        "h1,h2,h3,h4,p,li,summary,dt,dd,th,td,figcaption,blockquote";
    /// What is never read: other interactive parts, navigation, the
    /// sources list, table headings, hidden text, buttons, and what a
    /// closed `<details>` holds (its summary is read).
    const SKIP: &str = "[data-island],nav,thead,button,.page-sources,\
.visually-hidden,[aria-hidden=true],[hidden],details:not([open])>:not(summary)";
    /// The highlight's name in the stylesheet (`::highlight(listen)`).
    const HIGHLIGHT: &str = "listen";
    /// The class of the block being read.
    const NOW: &str = "listen-now";

    /// One piece to speak: its words and where they are on the page.
    struct Piece {
        block: Element,
        words: String,
        from: (Node, u32),
        to: (Node, u32),
    }

    struct Player {
        /// The control's element (`.listen`).
        control: Element,
        /// What it reads (a CSS selector).
        root: String,
        mode: Mode,
        speed: Speed,
        pieces: Vec<Piece>,
        at: usize,
        end: usize,
        lang: String,
        voice: Option<SpeechSynthesisVoice>,
        /// The utterance being spoken: events from any other (one that
        /// was cancelled) are ignored.
        current: Option<SpeechSynthesisUtterance>,
        /// Waiting for the phone's voices to load, and which wait (an
        /// older wait's timer is ignored).
        waiting: bool,
        wait: u32,
        /// The engine was cancelled: its next utterance waits a moment,
        /// as some engines drop one spoken straight after a cancel.
        after_cancel: bool,
        /// Which utterance is current (a watchdog's timer checks it), and
        /// whether the engine has said it started.
        serial: u32,
        started: bool,
        /// The current piece was spoken again once after the engine
        /// never started it.
        retried: bool,
        marked: Option<Element>,
        on_event: js_sys::Function,
    }

    thread_local! {
        static PLAYER: RefCell<Option<Player>> = const { RefCell::new(None) };
    }

    fn with<R>(f: impl FnOnce(&mut Player) -> R) -> Option<R> {
        PLAYER.with(|p| p.try_borrow_mut().ok()?.as_mut().map(f))
    }

    fn synth() -> Option<SpeechSynthesis> {
        web_sys::window()?.speech_synthesis().ok()
    }

    /// Drives the Listen control `control` (a [`super::ListenControl`]
    /// the build wrote, or the diary drew): the saved speed, its buttons,
    /// the sections' buttons, and stopping when the page is left. One
    /// control per page.
    pub fn attach(control: Element) {
        let root = control
            .get_attribute("data-listen-root")
            .unwrap_or_default();
        let speed = storage::read(Keys::ListenSpeed)
            .ok()
            .flatten()
            .and_then(|text| Speed::from_stored(&text))
            .unwrap_or_default();
        // Events come back in a task of their own, so a browser that
        // fires one during `speak` or `cancel` finds the player free.
        let on_event = Closure::<dyn FnMut(web_sys::Event)>::new(
            |event: web_sys::Event| {
                let target: JsValue = event.target().into();
                let kind = event.type_();
                let code = js_sys::Reflect::get(&event, &"error".into())
                    .ok()
                    .and_then(|c| c.as_string())
                    .unwrap_or_default();
                // A microtask, not a timer: timers are slowed to one a
                // second in a hidden tab (the screen off while listening).
                wasm_bindgen_futures::spawn_local(async move {
                    with(|p| p.on_event(&target, &kind, &code));
                });
            },
        )
        .into_js_value()
        .unchecked_into();
        let player = Player {
            control,
            root,
            mode: Mode::Idle,
            speed,
            pieces: Vec::new(),
            at: 0,
            end: 0,
            lang: String::new(),
            voice: None,
            current: None,
            waiting: false,
            wait: 0,
            after_cancel: false,
            serial: 0,
            started: false,
            retried: false,
            marked: None,
            on_event,
        };
        player.show_speed();
        // One player and one set of listeners a page, however often the
        // control is drawn.
        let first = PLAYER.with(|p| p.borrow_mut().replace(player).is_none());
        if !first {
            return;
        }
        // Taps on the control and on the sections' buttons, and leaving
        // the page, all through one listener on the window.
        let on_window: js_sys::Function =
            Closure::<dyn FnMut(web_sys::Event)>::new(
                |event: web_sys::Event| {
                    if event.type_() == "pagehide" {
                        return stop();
                    }
                    let Some(target) = event
                        .target()
                        .and_then(|t| t.dyn_into::<Element>().ok())
                    else {
                        return;
                    };
                    let closest = |s: &str| target.closest(s).ok().flatten();
                    if let Some(button) = closest("[data-listen-section]") {
                        if let Some(heading) = button.previous_element_sibling()
                        {
                            with(|p| p.start(Some(heading)));
                        }
                    } else if let Some(button) =
                        closest(".listen [data-listen]")
                    {
                        let action = button
                            .get_attribute("data-listen")
                            .unwrap_or_default();
                        with(|p| p.act(&action));
                    }
                },
            )
            .into_js_value()
            .unchecked_into();
        if let Some(window) = web_sys::window() {
            for kind in ["click", "pagehide"] {
                let _ =
                    window.add_event_listener_with_callback(kind, &on_window);
            }
        }
    }

    /// Drives the Listen control inside `element`, if it has one.
    pub fn attach_within(element: &Element) {
        if let Ok(Some(control)) = element.query_selector(".listen") {
            attach(control);
        }
    }

    /// Stops reading, if the page's control is reading.
    pub fn stop() {
        with(Player::stop);
    }

    /// The phone's voices have loaded, or wait `id` for them is over.
    fn voices_loaded(id: u32) {
        with(|p| {
            if p.waiting && p.wait == id {
                p.waiting = false;
                p.begin(false);
            }
        });
    }

    impl Player {
        /// A tap on one of the control's buttons.
        fn act(&mut self, action: &str) {
            match (action, self.mode) {
                ("toggle", Mode::Idle) => self.start(None),
                ("toggle", Mode::Playing) => {
                    self.set_mode(Mode::Paused);
                    self.silence();
                }
                ("toggle", Mode::Paused) => {
                    self.set_mode(Mode::Playing);
                    if self.voice.is_some() {
                        self.say();
                    } else {
                        self.begin(true);
                    }
                }
                ("stop", _) => self.stop(),
                (label, mode) => {
                    let Some(speed) = Speed::from_stored(label) else {
                        return;
                    };
                    self.speed = speed;
                    self.show_speed();
                    let _ = storage::write(Keys::ListenSpeed, speed.label());
                    // The sentence being read, again at the new speed.
                    if mode == Mode::Playing && !self.waiting {
                        self.silence();
                        self.say();
                    }
                }
            }
        }

        /// Speaks the current piece: at once, or a moment after a cancel.
        fn say(&mut self) {
            if !std::mem::take(&mut self.after_cancel) {
                return self.speak();
            }
            set_timeout(
                || {
                    with(|p| {
                        if p.mode == Mode::Playing
                            && p.current.is_none()
                            && !p.waiting
                        {
                            p.speak();
                        }
                    });
                },
                Duration::from_millis(60),
            );
        }

        fn set_mode(&mut self, mode: Mode) {
            self.mode = mode;
            let _ = self.control.set_attribute("data-mode", mode.name());
            // While the control is stuck to the top, what gets focus or
            // is scrolled to stops below it, not under it.
            let pad = (mode != Mode::Idle).then(|| {
                // Whole pixels: formatting a float would cost a few KB.
                let height =
                    self.control.get_bounding_client_rect().height() as u32;
                format!("{}px", height + 8)
            });
            let Some(document) = web_sys::window().and_then(|w| w.document())
            else {
                return;
            };
            for scroller in [
                document.document_element(),
                document.query_selector(".page-scroll").ok().flatten(),
            ]
            .into_iter()
            .flatten()
            {
                if let Ok(element) = scroller.dyn_into::<web_sys::HtmlElement>()
                {
                    let style = element.style();
                    let _ = match &pad {
                        Some(pad) => {
                            style.set_property("scroll-padding-top", pad)
                        }
                        None => style
                            .remove_property("scroll-padding-top")
                            .map(|_| ()),
                    };
                }
            }
        }

        /// Marks the chosen speed's button pressed.
        fn show_speed(&self) {
            if let Ok(Some(group)) =
                self.control.query_selector(".listen-speed")
            {
                crate::device::press_only(
                    &group,
                    "data-listen",
                    self.speed.label(),
                );
            }
        }

        fn start(&mut self, section: Option<Element>) {
            self.stop();
            self.problem("");
            if synth().is_none() {
                return self.problem(crate::lang::page_lang().pick(
                    "This browser cannot read aloud.",
                    "Este navegador no puede leer en voz alta.",
                ));
            }
            self.collect();
            let (at, end) = match section {
                None => (0, self.pieces.len()),
                Some(heading) => {
                    let at = self
                        .pieces
                        .iter()
                        .position(|p| p.block == heading)
                        .unwrap_or(self.pieces.len());
                    // To the next heading of the same rank or higher.
                    let end = self.pieces[at..]
                        .iter()
                        .position(|p| {
                            p.block != heading
                                && rank(&p.block)
                                    .is_some_and(|r| Some(r) <= rank(&heading))
                        })
                        .map_or(self.pieces.len(), |n| at + n);
                    (at, end)
                }
            };
            if at >= end {
                return self.problem(crate::lang::page_lang().pick(
                    "There is nothing here to read.",
                    "Aquí no hay nada que leer.",
                ));
            }
            (self.at, self.end) = (at, end);
            self.set_mode(Mode::Playing);
            self.begin(true);
        }

        /// The page's text, as pieces, in reading order.
        fn collect(&mut self) {
            self.pieces.clear();
            let Some(document) = web_sys::window().and_then(|w| w.document())
            else {
                return;
            };
            let Some(root) = document.query_selector(&self.root).ok().flatten()
            else {
                return;
            };
            self.lang = root
                .closest("[lang]")
                .ok()
                .flatten()
                .and_then(|e| e.get_attribute("lang"))
                .unwrap_or_default();
            let Ok(blocks) = root.query_selector_all(READ) else {
                return;
            };
            let inside = |e: Option<Element>| {
                e.is_some_and(|e| e != root && root.contains(Some(&e)))
            };
            for i in 0..blocks.length() {
                let Some(block) =
                    blocks.item(i).and_then(|n| n.dyn_into::<Element>().ok())
                else {
                    continue;
                };
                let nested = block
                    .parent_element()
                    .and_then(|p| p.closest(READ).ok().flatten());
                if inside(nested)
                    || inside(block.closest(SKIP).ok().flatten())
                    || block.get_client_rects().length() == 0
                {
                    continue;
                }
                let mut nodes = Vec::new();
                text_nodes(&block, &mut nodes);
                let parts: Vec<&str> =
                    nodes.iter().map(|(_, t)| t.as_str()).collect();
                let (text, starts) = listen::joined(&parts);
                for sentence in listen::sentences(&text) {
                    let (from, to) = listen::span_of(&text, sentence);
                    let place = |at, start| {
                        listen::locate(&parts, &starts, at, start).map(
                            |(n, b)| {
                                (
                                    nodes[n].0.clone(),
                                    listen::utf16_len(parts[n], b),
                                )
                            },
                        )
                    };
                    let (Some(from), Some(to)) =
                        (place(from, true), place(to, false))
                    else {
                        continue;
                    };
                    self.pieces.push(Piece {
                        block: block.clone(),
                        words: listen::spoken(sentence),
                        from,
                        to,
                    });
                }
            }
        }

        /// Picks the voice for the page's language, then reads; or says
        /// there is none. With no voices listed yet (Chrome loads them
        /// after the page), waits for them for a while if `may_wait`.
        fn begin(&mut self, may_wait: bool) {
            self.voice = None;
            let Some(synth) = synth() else {
                return self.stop();
            };
            synth.set_onvoiceschanged(None);
            let voices: Vec<SpeechSynthesisVoice> = synth
                .get_voices()
                .iter()
                .map(|v| v.unchecked_into())
                .collect();
            if voices.is_empty() {
                if !may_wait {
                    self.stop();
                    return self.problem(crate::lang::page_lang().pick(
                        "The phone's voices have not loaded yet. Tap Listen again in a moment.",
                        "Las voces del teléfono todavía no están listas. Toque Escuchar otra vez en un momento.",
                    ));
                }
                self.waiting = true;
                self.wait = self.wait.wrapping_add(1);
                let id = self.wait;
                // A silent utterance now, in the tap: Safari on iPhone
                // lets a page speak only once a tap has started speech.
                if let Ok(silent) = SpeechSynthesisUtterance::new_with_text(" ")
                {
                    silent.set_volume(0.0);
                    synth.speak(&silent);
                }
                let ready = Closure::once_into_js(move || voices_loaded(id));
                synth.set_onvoiceschanged(Some(ready.unchecked_ref()));
                set_timeout(move || voices_loaded(id), Duration::from_secs(3));
                return;
            }
            let langs: Vec<String> = voices.iter().map(|v| v.lang()).collect();
            let infos: Vec<VoiceInfo> = voices
                .iter()
                .zip(&langs)
                .map(|(v, lang)| VoiceInfo {
                    lang,
                    local: v.local_service(),
                    default: v.default(),
                })
                .collect();
            self.voice = listen::choose_voice(&self.lang, &infos)
                .map(|i| voices[i].clone());
            if self.voice.is_none() {
                self.stop();
                return self.problem(no_voice(&self.lang));
            }
            self.say();
        }

        /// Speaks the piece at `at`, and marks it.
        fn speak(&mut self) {
            let (Some(synth), Some(piece)) =
                (synth(), self.pieces.get(self.at))
            else {
                return self.stop();
            };
            // The page changed under the reading.
            if !piece.from.0.is_connected() || !piece.to.0.is_connected() {
                return self.stop();
            }
            let Ok(utterance) =
                SpeechSynthesisUtterance::new_with_text(&piece.words)
            else {
                self.stop();
                return self.problem(crate::lang::page_lang().pick(
                    "This browser cannot read aloud.",
                    "Este navegador no puede leer en voz alta.",
                ));
            };
            utterance.set_lang(&self.lang);
            utterance.set_voice(self.voice.as_ref());
            utterance.set_rate(self.speed.rate());
            utterance.set_onstart(Some(&self.on_event));
            utterance.set_onend(Some(&self.on_event));
            utterance.set_onerror(Some(&self.on_event));
            self.problem("");
            self.mark();
            self.current = Some(utterance.clone());
            self.started = false;
            self.serial = self.serial.wrapping_add(1);
            let serial = self.serial;
            synth.speak(&utterance);
            // An engine can drop an utterance without a word or an event
            // (Chrome after a cancel, a voice that fails to load). If this
            // one has not started in 5 s: once more, then say so.
            set_timeout(
                move || {
                    with(|p| {
                        if p.serial != serial
                            || p.current.is_none()
                            || p.started
                        {
                            return;
                        }
                        if std::mem::replace(&mut p.retried, true) {
                            p.stop();
                            p.problem(crate::lang::page_lang().pick(
                                "The phone's voice did not start. Tap Listen to try again.",
                                "La voz del teléfono no empezó. Toque Escuchar para intentarlo otra vez.",
                            ));
                        } else {
                            p.silence();
                            p.say();
                        }
                    });
                },
                Duration::from_secs(5),
            );
        }

        fn on_event(&mut self, target: &JsValue, kind: &str, code: &str) {
            let ours = self
                .current
                .as_ref()
                .is_some_and(|u| AsRef::<JsValue>::as_ref(u) == target);
            if !ours {
                return;
            }
            if kind == "start" {
                self.started = true;
                self.retried = false;
                return;
            }
            self.current = None;
            if kind == "end" {
                self.at += 1;
                if self.at < self.end {
                    self.speak();
                } else {
                    self.stop();
                }
                return;
            }
            self.stop();
            // Interrupted or cancelled by something else: just stop.
            if !matches!(code, "interrupted" | "canceled") {
                self.problem(crate::lang::page_lang().pick(
                    "The phone's voice stopped with a problem. Tap Listen to try again.",
                    "La voz del teléfono se detuvo por un problema. Toque Escuchar para intentarlo otra vez.",
                ));
            }
        }

        /// Stops the voice (ours, or another tab's), keeping the place
        /// and the highlight.
        fn silence(&mut self) {
            self.current = None;
            self.waiting = false;
            if let Some(synth) = synth()
                && (synth.speaking() || synth.pending())
            {
                synth.cancel();
                self.after_cancel = true;
            }
        }

        fn stop(&mut self) {
            self.silence();
            // Stop and the speeds are about to go: focus stays in the
            // control, on its toggle.
            let focused = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element());
            let inside = focused.as_ref().is_some_and(|f| {
                f != &self.control && self.control.contains(Some(f))
            });
            self.set_mode(Mode::Idle);
            if inside
                && let Ok(Some(toggle)) =
                    self.control.query_selector(".listen-toggle")
                && let Ok(toggle) = toggle.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = toggle.focus();
            }
            if let Some(block) = self.marked.take() {
                let _ = block.class_list().remove_1(NOW);
            }
            let _ = highlight_delete(HIGHLIGHT);
        }

        /// Says what went wrong, under the control ("" clears it).
        fn problem(&self, text: &str) {
            if let Ok(Some(line)) =
                self.control.query_selector(".listen-problem")
            {
                line.set_text_content(Some(text));
            }
        }

        /// Highlights the piece being read and brings it into view.
        fn mark(&mut self) {
            let Some(piece) = self.pieces.get(self.at) else {
                return;
            };
            if self.marked.as_ref() != Some(&piece.block) {
                if let Some(old) = self.marked.take() {
                    let _ = old.class_list().remove_1(NOW);
                }
                let _ = piece.block.class_list().add_1(NOW);
                self.marked = Some(piece.block.clone());
            }
            // The last sentence's highlight goes first, whatever follows.
            let _ = highlight_delete(HIGHLIGHT);
            let Some(range) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.create_range().ok())
            else {
                return;
            };
            if range.set_start(&piece.from.0, piece.from.1).is_err()
                || range.set_end(&piece.to.0, piece.to.1).is_err()
            {
                return;
            }
            if let Ok(highlight) = Highlight::new(&range) {
                let _ = highlight_set(HIGHLIGHT, &highlight);
            }
            keep_in_view(&range.get_bounding_client_rect());
        }
    }

    /// A heading's rank (b'1' for `<h1>`), or `None` for anything else.
    fn rank(element: &Element) -> Option<u8> {
        match element.tag_name().as_bytes() {
            [b'H', n @ b'1'..=b'6'] => Some(*n),
            _ => None,
        }
    }

    /// Every text node under `node`, in order, with its text, leaving out
    /// what is never read.
    fn text_nodes(node: &Node, out: &mut Vec<(Node, String)>) {
        let children = node.child_nodes();
        for i in 0..children.length() {
            let Some(child) = children.item(i) else {
                continue;
            };
            match child.node_type() {
                Node::TEXT_NODE => {
                    let text = child.node_value().unwrap_or_default();
                    out.push((child, text));
                }
                Node::ELEMENT_NODE => {
                    let skip = child
                        .dyn_ref::<Element>()
                        .is_some_and(|e| e.matches(SKIP).unwrap_or(false));
                    if !skip {
                        text_nodes(&child, out);
                    }
                }
                _ => {}
            }
        }
    }

    /// Scrolls so that `rect` (the sentence being read) sits in the
    /// middle of what is visible between the control (when it is stuck
    /// to the top) and the tab bar, if any of it is out of that.
    fn keep_in_view(rect: &web_sys::DomRect) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        let rect_of = |selector: &str| {
            document
                .query_selector(selector)
                .ok()
                .flatten()
                .map(|e| e.get_bounding_client_rect())
        };
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let top = rect_of(".listen:not([data-mode=idle])")
            .filter(|bar| bar.top() < 1.0)
            .map_or(0.0, |bar| bar.bottom());
        let bottom =
            rect_of(".bottom-nav").map_or(height, |nav| nav.top().min(height));
        if rect.top() >= top && rect.bottom() <= bottom {
            return;
        }
        let by = (rect.top() + rect.bottom()) / 2.0 - (top + bottom) / 2.0;
        let reduce = window
            .match_media("(prefers-reduced-motion: reduce)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
        let options = web_sys::ScrollToOptions::new();
        options.set_top(by);
        options.set_behavior(if reduce {
            web_sys::ScrollBehavior::Instant
        } else {
            web_sys::ScrollBehavior::Smooth
        });
        // The page scrolls in its box on most phones, else the document
        // (never both: the document must not move under the box).
        match document.query_selector(".page-scroll").ok().flatten() {
            Some(page) if page.scroll_height() > page.client_height() => {
                page.scroll_by_with_scroll_to_options(&options);
            }
            _ => window.scroll_by_with_scroll_to_options(&options),
        }
    }

    /// What to say when the phone has no voice for the page's language.
    fn no_voice(lang: &str) -> &'static str {
        match lang.get(..2) {
            Some("es") => {
                "Este teléfono no tiene una voz en español para leer en voz \
alta. Puede añadir una en los ajustes del teléfono: Accesibilidad, y luego \
Contenido leído (iPhone) o Texto a voz (Android)."
            }
            _ => {
                "This phone has no English voice to read aloud with, so Listen \
cannot read this page. You can add one in the phone's settings: \
Accessibility, then Spoken Content (iPhone) or Text-to-speech (Android)."
            }
        }
    }
}
