//! The app's two languages. A page is in one language (its `<html
//! lang>`), with its own address: English at the root, Spanish under
//! `/es/`. The diary's stored data has no language: symptoms are kept by
//! id, so switching language never changes it.

/// A language the app is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// US English, at the root of the site.
    #[default]
    En,
    /// US Spanish (es-US), under `/es/`.
    Es,
}

impl Lang {
    /// Both languages, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The language tag for `<html lang>`, `hreflang` and speech.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language whose tag is `code` ("es", "es-US", "ES-mx"), if the
    /// app has it.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The start of this language's paths: "" or "/es".
    pub const fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Es => "/es",
        }
    }

    /// The other language: where the language switch goes.
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Es,
            Lang::Es => Lang::En,
        }
    }

    /// The language's own name, as the switch offers it.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// One of two words: the English or the Spanish. Every short piece of
    /// interface text goes through this, so both languages sit side by
    /// side in the code and neither can be forgotten.
    pub const fn pick(
        self,
        en: &'static str,
        es: &'static str,
    ) -> &'static str {
        match self {
            Lang::En => en,
            Lang::Es => es,
        }
    }
}

/// Whether a home page in `page` should offer the other language, and
/// which: the language the visitor chose before (`stored`), every time,
/// so a choice of Spanish is one tap away on the English home; with no
/// choice yet, the other language when the browser's languages (most
/// wanted first) name it before this page's. Never a redirect: the page
/// stays, and the offer is a link.
pub fn offer(
    page: Lang,
    stored: Option<&str>,
    browser: &[String],
) -> Option<Lang> {
    if let Some(chosen) = stored.and_then(Lang::from_code) {
        return (chosen != page).then_some(chosen);
    }
    let first = browser.iter().find_map(|code| Lang::from_code(code))?;
    (first != page).then_some(first)
}

/// The language of the page in this browser: its `<html lang>`
/// (English if it names none the app has).
#[cfg(any(feature = "hydrate", feature = "csr"))]
pub fn page_lang() -> Lang {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_read_by_their_primary_language() {
        assert_eq!(Lang::from_code("es"), Some(Lang::Es));
        assert_eq!(Lang::from_code("es-US"), Some(Lang::Es));
        assert_eq!(Lang::from_code("ES_mx"), Some(Lang::Es));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code("esperanto"), None);
        assert_eq!(Lang::from_code(""), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(lang.other().other(), lang);
            assert_ne!(lang.other(), lang);
        }
        assert_eq!(Lang::Es.pick("Save", "Guardar"), "Guardar");
    }

    #[test]
    fn the_other_language_is_offered_by_choice_or_by_browser() {
        let browser = |codes: &[&str]| -> Vec<String> {
            codes.iter().map(|c| c.to_string()).collect()
        };
        let spanish = browser(&["es-MX", "en-US"]);
        let english = browser(&["en-US", "es"]);
        // No choice yet: the browser's first language the app has.
        assert_eq!(offer(Lang::En, None, &spanish), Some(Lang::Es));
        assert_eq!(offer(Lang::En, None, &english), None);
        assert_eq!(offer(Lang::Es, None, &english), Some(Lang::En));
        assert_eq!(offer(Lang::Es, None, &spanish), None);
        assert_eq!(
            offer(Lang::En, None, &browser(&["fr", "es"])),
            Some(Lang::Es)
        );
        assert_eq!(offer(Lang::En, None, &browser(&["fr"])), None);
        assert_eq!(offer(Lang::En, None, &[]), None);
        // A choice wins over the browser, both ways.
        assert_eq!(offer(Lang::En, Some("es"), &english), Some(Lang::Es));
        assert_eq!(offer(Lang::En, Some("en"), &spanish), None);
        assert_eq!(offer(Lang::Es, Some("en"), &spanish), Some(Lang::En));
        // An edited value counts as no choice.
        assert_eq!(offer(Lang::En, Some("klingon"), &spanish), Some(Lang::Es));
        assert_eq!(Lang::En.pick("Save", "Guardar"), "Save");
    }
}
