// A stand-in for the browser's speech engine, for tests and screenshots:
// `speechSynthesis` and `SpeechSynthesisUtterance` replaced by a recorder
// that keeps every call, in order, in `window.__speech.log` (and in
// sessionStorage, so a test can read what a page did before it was left).
//
// Install with `page.addInitScript(installRecorder, options)`:
//   voices:  the voices the phone has ({ name, lang, localService, default })
//   lateVoices: voices that arrive only when a test calls
//               `window.__speech.loadVoices()`, with a voiceschanged event
//               (Chrome loads them after the page)
//   autoEnd: milliseconds after which each utterance ends by itself; 0
//            means a test ends each one with `window.__speech.finish()`
//   cancelEvent: what a cancelled utterance reports: "error" (Chrome,
//                error "interrupted") or "end" (Safari)
//   drop: the engine takes every utterance and never starts one (no
//         event at all), as an engine that silently drops speech
//
// The recorder speaks one utterance at a time, as the app should: a
// speak while another is current is logged as an "overlap". A silent
// utterance (volume 0, which the app speaks to unlock Safari) ends at
// once.

export const VOICES = [
  { name: "Remote English", lang: "en-US", localService: false, default: true },
  { name: "Phone English", lang: "en_US", localService: true, default: false },
  { name: "Phone Spanish", lang: "es-US", localService: true, default: false },
];

export function installRecorder({
  voices = [],
  lateVoices = null,
  autoEnd = 0,
  cancelEvent = "error",
  drop = false,
} = {}) {
  const KEY = "test.speech-log";
  const log = [];
  let current = null;
  let list = voices;
  const save = () => {
    try {
      sessionStorage.setItem(KEY, JSON.stringify(log));
    } catch {
      // Storage refused by the test: the in-page log still has it all.
    }
  };
  const fire = (u, type, extra = {}) => {
    const handler = u[`on${type}`];
    if (handler) handler({ type, target: u, utterance: u, ...extra });
  };
  class Utterance {
    constructor(text = "") {
      this.text = text;
      this.lang = "";
      this.voice = null;
      this.rate = 1;
      this.pitch = 1;
      this.volume = 1;
      this.onstart = null;
      this.onend = null;
      this.onerror = null;
    }
  }
  const synth = {
    onvoiceschanged: null,
    get speaking() {
      return current !== null;
    },
    get pending() {
      return false;
    },
    get paused() {
      return false;
    },
    getVoices: () => list.slice(),
    speak(u) {
      if (u.volume === 0) {
        log.push({ op: "silent" });
        save();
        setTimeout(() => fire(u, "end"), 0);
        return;
      }
      if (current) log.push({ op: "overlap", text: u.text });
      log.push({ op: "speak", text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? null });
      save();
      current = u;
      if (drop) return;
      setTimeout(() => {
        if (current === u) fire(u, "start");
      }, 0);
      if (autoEnd > 0) {
        setTimeout(() => {
          if (current === u) {
            current = null;
            fire(u, "end");
          }
        }, autoEnd);
      }
    },
    cancel() {
      log.push({ op: "cancel" });
      save();
      const u = current;
      current = null;
      // Later, as engines do: Chrome reports an error, Safari an end.
      if (u) {
        setTimeout(() => {
          if (cancelEvent === "end") fire(u, "end");
          else fire(u, "error", { error: "interrupted" });
        }, 0);
      }
    },
    pause() {
      log.push({ op: "pause" });
      save();
    },
    resume() {
      log.push({ op: "resume" });
      save();
    },
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", {
    value: Utterance,
    configurable: true,
    writable: true,
  });
  window.__speech = {
    /** The late voices arrive. */
    loadVoices() {
      list = lateVoices ?? [];
      if (synth.onvoiceschanged) synth.onvoiceschanged({ type: "voiceschanged" });
    },
    log,
    /** The words of every utterance spoken, in order. */
    spoken: () => log.filter((e) => e.op === "speak").map((e) => e.text),
    /** Ends the utterance being spoken, as the engine would. */
    finish() {
      const u = current;
      current = null;
      if (u) fire(u, "end");
      return Boolean(u);
    },
    /** Fails the utterance being spoken with `error`. */
    fail(error) {
      const u = current;
      current = null;
      if (u) fire(u, "error", { error });
    },
    /** What an earlier page of this tab logged before it was left. */
    earlier: () => JSON.parse(sessionStorage.getItem(KEY) ?? "[]"),
  };
}
