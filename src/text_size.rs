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

use crate::storage::{self, Keys};

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
    pub const fn spoken(self) -> &'static str {
        match self {
            TextSize::Normal => "normal text size",
            TextSize::Large => "larger text, 125 percent",
            TextSize::Larger => "largest text, 150 percent",
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

/// The three buttons, A, A+ and A++, in the page's header. The build
/// renders them with Normal chosen; in the browser the control reads the
/// saved size (which the head script has already applied) and marks it.
/// A choice applies at once; if the browser will not save it, it still
/// lasts for this page, and the control says so. Another tab's choice is
/// followed too.
#[component]
pub fn TextSizeControl() -> impl IntoView {
    let current = RwSignal::new(TextSize::Normal);
    let problem = RwSignal::new(None::<String>);
    #[cfg(any(feature = "hydrate", feature = "csr"))]
    {
        Effect::new(move |_| current.set(saved()));
        let listener = leptos::prelude::window_event_listener(
            leptos::ev::storage,
            move |event| {
                if event.key().as_deref() == Some(Keys::TextSize.name()) {
                    let size = saved();
                    apply(size);
                    current.set(size);
                }
            },
        );
        on_cleanup(move || listener.remove());
    }
    let choose = move |size: TextSize| {
        #[cfg(any(feature = "hydrate", feature = "csr"))]
        apply(size);
        current.set(size);
        problem.set(
            storage::write(Keys::TextSize, size.stored())
                .err()
                .map(|_| "This browser is not saving settings, so this size lasts only until you leave this page.".to_string()),
        );
    };
    let buttons = TextSize::ALL
        .into_iter()
        .map(|size| {
            view! {
                <button
                    type="button"
                    class=format!("text-size-{}", size.percent())
                    aria-pressed=move || {
                        if current.get() == size { "true" } else { "false" }
                    }
                    data-testid=format!("text-size-{}", size.percent())
                    on:click=move |_| choose(size)
                >
                    {size.label()}
                    <span class="visually-hidden">" "{size.spoken()}</span>
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="text-size" role="group" aria-label="Text size">
            {buttons}
        </div>
        <p class="text-size-problem" role="status" data-testid="text-size-problem">
            {move || problem.get()}
        </p>
    }
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
        assert_ne!(TextSize::Large.spoken(), TextSize::Larger.spoken());
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
