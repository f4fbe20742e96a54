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
        assert_eq!(Lang::En.pick("Save", "Guardar"), "Save");
    }
}
