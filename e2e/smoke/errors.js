// The smoke test's error catcher. The smoke server puts it first in the
// <head> of every page it serves, so it runs before the app's own code
// and sees every uncaught error, rejected promise, console.error and
// Content-Security-Policy violation from the very start of the load.
//
// It is a same-origin classic script, not inline code, because the pages'
// Content-Security-Policy (script-src 'self' + hashes) blocks anything
// inline. What it catches goes to window.__smokeErrors and to
// sessionStorage (so a reload or a navigation does not lose it); the test
// runner reads both through WebDriver and fails on any entry.
(function () {
  "use strict";
  var KEY = "__smokeErrors";
  window.__smokeErrors = [];
  window.__smokeCatcher = true; // lets the runner check it is installed
  // Whether a service worker served this page, seen before the app can
  // register one (a worker that takes over later changes `controller`).
  window.__smokeServedByWorker = Boolean(
    navigator.serviceWorker && navigator.serviceWorker.controller,
  );

  function describe(value) {
    if (value instanceof Error) return value.name + ": " + value.message;
    if (typeof value === "string") return value;
    try {
      return JSON.stringify(value);
    } catch (e) {
      return String(value);
    }
  }

  function record(kind, text) {
    var entry = kind + ": " + text + " (on " + location.pathname + ")";
    window.__smokeErrors.push(entry);
    // sessionStorage can be turned off or full; the in-page list still
    // holds the entry then.
    try {
      var saved = JSON.parse(sessionStorage.getItem(KEY) || "[]");
      saved.push(entry);
      sessionStorage.setItem(KEY, JSON.stringify(saved));
    } catch (e) {
      // Nothing more to do: window.__smokeErrors has it.
    }
  }

  window.addEventListener("error", function (event) {
    // A resource that fails to load (a script, the wasm) also fires
    // "error", on the element, seen here in the capture phase.
    var target = event.target;
    if (target && target !== window && target.tagName) {
      record("failed to load", target.tagName + " " + (target.src || target.href || ""));
      return;
    }
    var where = event.filename ? " at " + event.filename + ":" + event.lineno : "";
    record("uncaught error", describe(event.error || event.message) + where);
  }, true);

  window.addEventListener("unhandledrejection", function (event) {
    record("unhandled rejection", describe(event.reason));
  });

  document.addEventListener("securitypolicyviolation", function (event) {
    record("CSP violation", event.violatedDirective + " " + event.blockedURI);
  });

  var original = console.error;
  console.error = function () {
    var parts = [];
    for (var i = 0; i < arguments.length; i++) parts.push(describe(arguments[i]));
    record("console.error", parts.join(" "));
    return original.apply(console, arguments);
  };
})();
