//! The app's own text size, on top of the browser's: MS often blurs
//! vision, and a person may want every page larger without hunting for
//! the browser's setting. Three steps (100, 125 and 150 %) scale the
//! root font size, so all text and the layout (every length is in `rem`)
//! grow together, and a browser's own larger text still multiplies it.
//!
//! The choice is saved through [`crate::storage`] as plain text ("125"),
//! and every page applies it before its first paint with a one-line
//! script the build writes into `<head>` ([`head_script`]), so nothing
//! jumps when the page's code arrives.

use leptos::prelude::*;

#[cfg(any(feature = "hydrate", feature = "csr"))]
use crate::storage;
use crate::storage::Keys;

/// One of the sizes the app offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    /// The browser's own size.
    #[default]
    Normal,
    /// A quarter larger.
    Large,
    /// Half as large again.
    Larger,
}

impl TextSize {
    /// Every size, smallest first, as the control lists them.
    pub const ALL: [TextSize; 3] =
        [TextSize::Normal, TextSize::Large, TextSize::Larger];

    /// The root font size, in percent of the browser's.
    pub const fn percent(self) -> u16 {
        match self {
            TextSize::Normal => 100,
            TextSize::Large => 125,
            TextSize::Larger => 150,
        }
    }

    /// How the size is stored, and what the head script compares.
    pub const fn stored(self) -> &'static str {
        match self {
            TextSize::Normal => "100",
            TextSize::Large => "125",
            TextSize::Larger => "150",
        }
    }

    /// The size stored as `text`, if it is one the app offers (anything
    /// else, edited or from a later version, means the browser's size).
    pub fn from_stored(text: &str) -> Option<TextSize> {
        TextSize::ALL
            .into_iter()
            .find(|size| size.stored() == text.trim())
    }

    /// The button's visible label.
    pub const fn label(self) -> &'static str {
        match self {
            TextSize::Normal => "A",
            TextSize::Large => "A+",
            TextSize::Larger => "A++",
        }
    }

    /// What the button says to a screen reader, after its visible label
    /// (so a voice command naming the label still finds it).
    pub const fn spoken(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            TextSize::Normal => {
                lang.pick("normal text size", "texto de tamaño normal")
            }
            TextSize::Large => lang.pick(
                "larger text, 125 percent",
                "texto más grande, 125 por ciento",
            ),
            TextSize::Larger => lang.pick(
                "largest text, 150 percent",
                "texto lo más grande, 150 por ciento",
            ),
        }
    }
}

/// The script every page runs in `<head>`, before its first paint: it
/// applies a stored size the same way [`apply`] does. Anything it cannot
/// read (storage off, an edited value) leaves the browser's size.
pub fn head_script() -> String {
    let sizes: Vec<String> = TextSize::ALL
        .into_iter()
        .filter(|size| *size != TextSize::Normal)
        .map(|size| format!("\"{}\"", size.stored()))
        .collect();
    format!(
        "try{{var t=localStorage.getItem(\"{key}\");[{sizes}].indexOf(t)>=0\
&&document.documentElement.style.setProperty(\"font-size\",t+\"%\")}}\
catch(e){{}}",
        key = Keys::TextSize.name(),
        sizes = sizes.join(","),
    )
}

/// Sets the page's root font size to `size` (no property for Normal, so
/// the browser's own size stands).
#[cfg(any(feature = "hydrate", feature = "csr"))]
fn apply(size: TextSize) {
    use wasm_bindgen::JsCast;
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let style = root.style();
    let _ = match size {
        TextSize::Normal => style.remove_property("font-size").map(|_| ()),
        _ => style.set_property("font-size", &format!("{}%", size.percent())),
    };
}

/// The size saved in this browser, if any.
#[cfg(any(feature = "hydrate", feature = "csr"))]
fn saved() -> TextSize {
    storage::read(Keys::TextSize)
        .ok()
        .flatten()
        .and_then(|text| TextSize::from_stored(&text))
        .unwrap_or_default()
}

/// The three buttons, A, A+ and A++, in the page's header, with Normal
/// chosen: plain markup, which [`attach`] drives in the browser.
#[component]
pub fn TextSizeControl() -> impl IntoView {
    let lang = crate::nav::use_lang();
    let buttons = TextSize::ALL
        .into_iter()
        .map(|size| {
            view! {
                <button
                    type="button"
                    class=format!("text-size-{}", size.percent())
                    aria-pressed=(size == TextSize::Normal).to_string()
                    data-testid=format!("text-size-{}", size.percent())
                    data-text-size=size.stored()
                >
                    {size.label()}
                    <span class="visually-hidden">" "{size.spoken(lang)}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <div
            class="text-size"
            role="group"
            aria-label=lang.pick("Text size", "Tamaño del texto")
        >
            {buttons}
        </div>
        <p class="text-size-problem" role="status" data-testid="text-size-problem"></p>
    }
}

/// Drives the [`TextSizeControl`] inside `island`: marks the saved size
/// (which the head script has already applied), applies and saves a
/// choice at once (if the browser will not save it, it still lasts for
/// this page, and the control says so), and follows another tab's
/// choice. Not hydrated: a few listeners cost far less WebAssembly.
#[cfg(any(feature = "hydrate", feature = "csr"))]
pub fn attach(island: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;

    show(island, saved());
    let control = island.clone();
    let on_event: js_sys::Function =
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            if let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() {
                if event.key().as_deref() == Some(Keys::TextSize.name()) {
                    let size = saved();
                    apply(size);
                    show(&control, size);
                }
                return;
            }
            let chosen = event
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("[data-text-size]").ok().flatten())
                .and_then(|b| b.get_attribute("data-text-size"))
                .and_then(|text| TextSize::from_stored(&text));
            let Some(size) = chosen else {
                return;
            };
            apply(size);
            show(&control, size);
            let problem = storage::write(Keys::TextSize, size.stored()).err().map(|_| {
                crate::lang::page_lang().pick(
                    "This browser is not saving settings, so this size lasts only \
until you leave this page.",
                    "Este navegador no guarda los ajustes. Este tamaño dura solo \
hasta que salga de esta página.",
                )
            });
            if let Ok(Some(line)) = control.query_selector(".text-size-problem") {
                line.set_text_content(problem);
            }
        })
        .into_js_value()
        .unchecked_into();
    let _ = island.add_event_listener_with_callback("click", &on_event);
    if let Some(window) = web_sys::window() {
        let _ = window.add_event_listener_with_callback("storage", &on_event);
    }
}

/// Marks `size`'s button pressed, and only it.
#[cfg(any(feature = "hydrate", feature = "csr"))]
fn show(island: &web_sys::Element, size: TextSize) {
    crate::device::press_only(island, "data-text-size", size.stored());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_sizes_read_back_and_nothing_else_does() {
        for size in TextSize::ALL {
            assert_eq!(TextSize::from_stored(size.stored()), Some(size));
        }
        for bad in ["", "110", "150%", "large", "1e3", "-125"] {
            assert_eq!(TextSize::from_stored(bad), None, "{bad}");
        }
    }

    #[test]
    fn sizes_grow_and_each_spoken_name_differs() {
        let percents: Vec<u16> =
            TextSize::ALL.iter().map(|s| s.percent()).collect();
        assert_eq!(percents, [100, 125, 150]);
        for lang in crate::lang::Lang::ALL {
            assert_ne!(
                TextSize::Large.spoken(lang),
                TextSize::Larger.spoken(lang)
            );
        }
    }

    #[test]
    fn the_head_script_knows_the_key_and_only_the_larger_sizes() {
        let script = head_script();
        assert!(script.contains("\"ms-your-spine.text-size\""), "{script}");
        assert!(script.contains("[\"125\",\"150\"]"), "{script}");
        assert!(!script.contains("\"100\""), "{script}");
        assert!(script.starts_with("try{") && script.ends_with("catch(e){}"));
    }
}
