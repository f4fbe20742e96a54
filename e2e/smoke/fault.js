// A deliberately faulty script, for the smoke test's self-check only:
// the first check adds it to a page and expects the error catcher
// (errors.js) to report all three faults. It runs as page code from the
// site's own origin, as the app's code does: errors raised by code that
// WebDriver injects are not always reported to the page (Firefox keeps
// them to itself), so they would not prove the catcher works.
console.error("smoke self-test logged");
Promise.reject(new Error("smoke self-test rejected"));
throw new Error("smoke self-test thrown");
