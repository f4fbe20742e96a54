//! Small browser services the diary needs: today's date, saving a file,
//! copying, sharing, printing and asking for persistent storage. Each
//! one can be refused by the browser, so each returns a `Result` or an
//! `Option`, never panics.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::diary::bladder::Clock;
use crate::diary::{Date, RecordId};

/// Marks pressed (`aria-pressed="true"`) the buttons under `container`
/// that have `attribute`, those whose value is `value`, and every other
/// one not pressed: the one chosen of a set of buttons, as the text size
/// and Listen's speeds show it.
pub fn press_only(container: &web_sys::Element, attribute: &str, value: &str) {
    let Ok(buttons) = container.query_selector_all(&format!("[{attribute}]"))
    else {
        return;
    };
    for i in 0..buttons.length() {
        if let Some(button) = buttons
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let pressed =
                button.get_attribute(attribute).as_deref() == Some(value);
            let _ = button.set_attribute(
                "aria-pressed",
                if pressed { "true" } else { "false" },
            );
        }
    }
}

/// Today's date on this device, in its own time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    Date::new(y, m, d).unwrap_or(Date::MIN)
}

/// How often an open page checks whether the date has changed. Timers
/// are paused in background tabs, so focus and page-show check too.
const TODAY_CHECK: std::time::Duration = std::time::Duration::from_secs(20);

/// Today's date as a signal that follows the clock (see [`watch`]).
/// When the date changes, `on_new_day(old, new)` runs first, so a page
/// can move a form that showed "today" along with it.
pub fn watch_today(
    on_new_day: impl Fn(Date, Date) + Clone + 'static,
) -> leptos::prelude::ReadSignal<Date> {
    watch(self::today, on_new_day)
}

/// A value read from the clock (today's date, the bladder diary's
/// current day) as a signal that follows it: read again every
/// [`TODAY_CHECK`], when the window gets focus, when the tab becomes
/// visible and when the page is shown again. When it changes,
/// `on_change(old, new)` runs first, then the signal changes.
pub fn watch<T: PartialEq + Clone + Send + Sync + 'static>(
    read: impl Fn() -> T + Clone + 'static,
    on_change: impl Fn(T, T) + Clone + 'static,
) -> leptos::prelude::ReadSignal<T> {
    use leptos::prelude::*;
    let (value, set_value) = signal(read());
    let check = move || {
        let now = read();
        let old = value.get_untracked();
        if now != old {
            on_change(old, now.clone());
            set_value.set(now);
        }
    };
    if let Ok(handle) = set_interval_with_handle(check.clone(), TODAY_CHECK) {
        on_cleanup(move || handle.clear());
    }
    let on_focus = window_event_listener(leptos::ev::focus, {
        let check = check.clone();
        move |_| check()
    });
    let on_show = window_event_listener(leptos::ev::pageshow, {
        let check = check.clone();
        move |_| check()
    });
    // Fired on the document when a tab comes back into view; it bubbles
    // to the window.
    let on_visible =
        window_event_listener_untyped("visibilitychange", move |_| check());
    on_cleanup(move || {
        on_focus.remove();
        on_show.remove();
        on_visible.remove();
    });
    value
}

/// The time of day on this device, to the minute, in its own time zone.
pub fn now_clock() -> Clock {
    let now = js_sys::Date::new_0();
    let (h, m) = (now.get_hours(), now.get_minutes());
    u16::try_from(h)
        .ok()
        .zip(u16::try_from(m).ok())
        .and_then(|(h, m)| Clock::new(h, m))
        .unwrap_or(Clock::MIDNIGHT)
}

/// A fresh id for a record the person adds (see [`RecordId`]).
pub fn new_record_id() -> RecordId {
    RecordId::generate(js_sys::Date::now(), js_sys::Math::random())
}

/// Milliseconds from a steady clock (`performance.now()`), for a
/// stopwatch: unlike the date, it never jumps when the device's clock is
/// set. The date's milliseconds if the page has no `performance`.
pub fn stopwatch_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

fn window() -> Result<web_sys::Window, String> {
    web_sys::window().ok_or_else(|| "no browser window".to_string())
}

fn words(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| "the browser refused".to_string())
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let document = window()?.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
            .map_err(words)?;
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(words)?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(words)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The click has started the download; the URL can go after a beat.
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Copies `text` to the clipboard.
pub async fn copy(text: &str) -> Result<(), String> {
    let clipboard = window()?.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(words)
}

/// True when the browser can share text to other apps (Web Share).
pub fn can_share() -> bool {
    window().is_ok_and(|w| {
        js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("share"))
            .unwrap_or(false)
    })
}

/// Shares `text` with a title through the phone's share sheet.
pub async fn share(title: &str, text: &str) -> Result<(), String> {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_text(text);
    JsFuture::from(window()?.navigator().share_with_data(&data))
        .await
        .map(|_| ())
        .map_err(words)
}

/// Opens the print dialog.
pub fn print() -> Result<(), String> {
    window()?.print().map_err(words)
}

/// Asks the browser to keep this site's data even when space runs low.
/// `Ok(true)` when granted.
pub async fn persist() -> Result<bool, String> {
    let storage = window()?.navigator().storage();
    let answer = JsFuture::from(storage.persist().map_err(words)?)
        .await
        .map_err(words)?;
    Ok(answer.as_bool().unwrap_or(false))
}

/// Whether the browser has already agreed to keep this site's data.
pub async fn is_persisted() -> bool {
    let Ok(window) = window() else {
        return false;
    };
    let Ok(promise) = window.navigator().storage().persisted() else {
        return false;
    };
    JsFuture::from(promise)
        .await
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Reads a file the user picked, as bytes.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(words)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
