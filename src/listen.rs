//! Read-aloud, the pure part: how a page's text is cut into the pieces
//! the speech engine is given one at a time. Speaking sentence by
//! sentence lets the app show which sentence is being read, and keeps
//! each utterance short: some engines stop partway through a long one
//! (Chrome on Android after about 15 seconds).
//!
//! The browser side (the Listen control, voices, highlighting) builds on
//! this; it is not here, so this part is tested natively.

/// The longest piece handed to the speech engine, in characters: about
/// 14 seconds at the slowest speed, under the 15 seconds after which
/// Chrome's network voices stop without a word. A longer sentence is cut
/// after a comma, semicolon or colon, or else at a space.
pub const MAX_CHARS: usize = 150;

/// Words that end in a full stop without ending the sentence (compared
/// without the stop, ignoring case), in English and in Spanish. Dotted
/// letters ("U.S.", "e.g.") and single letters (initials) are found
/// without a list.
/// Not "Ms" or "No": in this app "MS." and "No." end sentences.
const ABBREVIATIONS: [&str; 11] = [
    "dr", "mr", "mrs", "st", "vs", "etc", "approx", "fig", "sr", "sra", "dra",
];

/// The text's pieces to speak, in order, each trimmed; none empty. Every
/// character of the text that is not white space is in exactly one piece,
/// in its place: nothing is dropped or read twice.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    for sentence in split_sentences(text) {
        split_long(sentence, &mut pieces);
    }
    pieces
}

/// Cuts at sentence ends: `.`, `!`, `?` or `…` (with any closing quotes or
/// brackets after it), then white space, then something that starts a
/// sentence (a capital, a digit, an opening quote or bracket, `¿` or `¡`).
fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?' | '…') {
            // The end of the sentence: past the stop and any closers.
            let mut end = i + 1;
            while end < chars.len()
                && matches!(
                    chars[end].1,
                    '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '”' | '’' | '»'
                )
            {
                end += 1;
            }
            let mut next = end;
            while next < chars.len() && chars[next].1.is_whitespace() {
                next += 1;
            }
            let spaced = next > end;
            let starts_sentence = next < chars.len() && {
                let n = chars[next].1;
                is_capital(n)
                    || n.is_ascii_digit()
                    || matches!(
                        n,
                        '"' | '\'' | '(' | '[' | '“' | '‘' | '«' | '¿' | '¡'
                    )
            };
            let byte_end = chars.get(end).map_or(text.len(), |(b, _)| *b);
            if spaced
                && starts_sentence
                && !(c == '.' && abbreviation_before(&text[start..chars[i].0]))
            {
                push_trimmed(&text[start..byte_end], &mut out);
                start = chars[next].0;
                i = next;
                continue;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(&text[start..], &mut out);
    out
}

/// Whether the word just before a full stop is an abbreviation or an
/// initial (one letter), which do not end a sentence.
fn abbreviation_before(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    let word = word.trim_start_matches(['"', '\'', '“', '‘', '«', '¿', '¡']);
    let mut letters = word.chars();
    let one_letter = matches!(
        (letters.next(), letters.next()),
        (Some(c), None) if is_letter(c)
    );
    // Dotted letters, as "U.S" or "e.g": an abbreviation whatever it is.
    let dotted = word.trim_end_matches('.').contains('.');
    one_letter
        || dotted
        || ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(word.trim_end_matches('.')))
}

/// A capital letter of the languages the app is written in (English and
/// Spanish: A to Z, and the accented capitals of Latin-1, as "Á" and
/// "Ñ"). Not the whole of Unicode: its tables would cost the page's
/// WebAssembly over a kilobyte.
fn is_capital(c: char) -> bool {
    c.is_ascii_uppercase() || ('À'..='Þ').contains(&c) && c != '×'
}

/// A letter of those languages, either case.
fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('À'..='ÿ').contains(&c) && c != '×' && c != '÷'
}

/// Adds `sentence` to `out`, cut into pieces of at most [`MAX_CHARS`]
/// characters where it is longer: after the last comma, semicolon or
/// colon that fits, or else at the last space that fits. A single word
/// longer than that is left whole.
fn split_long<'a>(sentence: &'a str, out: &mut Vec<&'a str>) {
    let mut rest = sentence;
    while rest.chars().count() > MAX_CHARS {
        let limit = rest
            .char_indices()
            .nth(MAX_CHARS)
            .map_or(rest.len(), |(b, _)| b);
        let head = &rest[..limit];
        let cut = head
            .rfind([',', ';', ':'])
            .map(|b| b + 1)
            .filter(|&b| b > limit / 3)
            .or_else(|| head.rfind(char::is_whitespace))
            .filter(|&b| b > 0);
        let Some(cut) = cut else {
            // One very long word: leave it whole, up to the next space.
            match rest[limit..].find(char::is_whitespace) {
                Some(space) => {
                    push_trimmed(&rest[..limit + space], out);
                    rest = &rest[limit + space..];
                    continue;
                }
                None => break,
            }
        };
        push_trimmed(&rest[..cut], out);
        rest = &rest[cut..];
    }
    push_trimmed(rest, out);
}

fn push_trimmed<'a>(piece: &'a str, out: &mut Vec<&'a str>) {
    let piece = piece.trim();
    if !piece.is_empty() {
        out.push(piece);
    }
}

/// How fast the voice reads, as the control offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Speed {
    /// Three quarters of the voice's own pace.
    Slower,
    /// The voice's own pace.
    #[default]
    Normal,
    /// A little faster than the voice's own pace.
    Faster,
}

impl Speed {
    /// Every speed, slowest first, as the control lists them.
    pub const ALL: [Speed; 3] = [Speed::Slower, Speed::Normal, Speed::Faster];

    /// The utterance's `rate` (1 is the voice's own pace).
    pub const fn rate(self) -> f32 {
        match self {
            Speed::Slower => 0.75,
            Speed::Normal => 1.0,
            Speed::Faster => 1.3,
        }
    }

    /// How the choice is stored, and the button's label.
    pub const fn label(self) -> &'static str {
        match self {
            Speed::Slower => "Slower",
            Speed::Normal => "Normal",
            Speed::Faster => "Faster",
        }
    }

    /// The button's words in a language (the stored value stays
    /// [`Speed::label`], whatever the language).
    pub const fn label_in(self, lang: crate::lang::Lang) -> &'static str {
        match self {
            Speed::Slower => lang.pick("Slower", "Más lento"),
            Speed::Normal => lang.pick("Normal", "Normal"),
            Speed::Faster => lang.pick("Faster", "Más rápido"),
        }
    }

    /// The button's test id.
    pub const fn test_id(self) -> &'static str {
        match self {
            Speed::Slower => "listen-slower",
            Speed::Normal => "listen-normal",
            Speed::Faster => "listen-faster",
        }
    }

    /// The speed stored as `text`, if it is one the app offers.
    pub fn from_stored(text: &str) -> Option<Speed> {
        Speed::ALL.into_iter().find(|s| s.label() == text.trim())
    }
}

/// What the page knows of one of the phone's voices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VoiceInfo<'a> {
    /// Its language tag, as "en-US" (some engines write "en_US").
    pub lang: &'a str,
    /// Whether it runs on the phone (and so works with no signal).
    pub local: bool,
    /// Whether it is the phone's default voice.
    pub default: bool,
}

/// The primary language and region of a tag, lower case: "en-US" and
/// "en_us" give ("en", "us"); "es" gives ("es", "").
fn language_parts(tag: &str) -> (String, String) {
    let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("").to_string();
    let region = parts
        .find(|p| {
            p.len() == 2
                || p.len() == 3 && p.chars().all(|c| c.is_ascii_digit())
        })
        .unwrap_or("")
        .to_string();
    (language, region)
}

/// Which of `voices` to read a page in `page_lang` with: only one that
/// speaks the page's language (never another language's voice), best
/// one on the phone itself (it works offline), then one of the page's
/// region (the United States when the page names none), then the
/// phone's default. `None` when no voice speaks the language.
pub fn choose_voice(page_lang: &str, voices: &[VoiceInfo]) -> Option<usize> {
    let (language, region) = language_parts(page_lang);
    if language.is_empty() {
        return None;
    }
    let region = if region.is_empty() {
        "us".to_string()
    } else {
        region
    };
    voices
        .iter()
        .enumerate()
        .filter_map(|(i, voice)| {
            let (l, r) = language_parts(voice.lang);
            (l == language).then(|| {
                let score = u8::from(voice.local) * 4
                    + u8::from(r == region) * 2
                    + u8::from(voice.default);
                (score, i)
            })
        })
        // The best score; the first of equals (max_by_key keeps the last).
        .fold(None, |best: Option<(u8, usize)>, (score, i)| match best {
            Some((b, _)) if b >= score => best,
            _ => Some((score, i)),
        })
        .map(|(_, i)| i)
}

/// A block's text as one string, from the text pieces it is made of
/// (its text nodes, in order), with where each piece starts in it. Where
/// two pieces meet with no space, a word and then a capital ("What is
/// MS" then "MS is a disease", a card's title and its summary), a full
/// stop and a space go between them, so the voice pauses instead of
/// running the two together. Nothing else is added.
pub fn joined(parts: &[&str]) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut starts = Vec::with_capacity(parts.len());
    for part in parts {
        let ends_word = text
            .chars()
            .last()
            .is_some_and(|c| is_letter(c) || c.is_ascii_digit());
        let starts_capital = part.chars().next().is_some_and(is_capital);
        if ends_word && starts_capital {
            text.push_str(". ");
        }
        starts.push(text.len());
        text.push_str(part);
    }
    (text, starts)
}

/// Where byte `at` of a [`joined`] text falls, as (part, byte offset in
/// that part), for the start of a piece to read (`start` true) or for
/// its end. A place in text that [`joined`] added goes to the next part's
/// start or the previous part's end, so a piece never takes in text that
/// is not on the page.
pub fn locate(
    parts: &[&str],
    starts: &[usize],
    at: usize,
    start: bool,
) -> Option<(usize, usize)> {
    let spans = parts.iter().zip(starts).map(|(p, &s)| (s, s + p.len()));
    if start {
        spans
            .enumerate()
            .find(|(_, (_, end))| *end > at)
            .map(|(i, (s, _))| (i, at.saturating_sub(s)))
    } else {
        spans
            .enumerate()
            .rev()
            .find(|(_, (s, _))| *s < at)
            .map(|(i, (s, end))| (i, at.min(end) - s))
    }
}

/// The length in UTF-16 code units (what the browser's text offsets
/// count) of the first `bytes` bytes of `text`.
pub fn utf16_len(text: &str, bytes: usize) -> u32 {
    let bytes = bytes.min(text.len());
    let mut end = bytes;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].encode_utf16().count() as u32
}

/// Where a piece of `text` (a slice of it, as [`sentences`] gives)
/// starts and ends, in bytes.
pub fn span_of(text: &str, piece: &str) -> (usize, usize) {
    let start =
        (piece.as_ptr() as usize).saturating_sub(text.as_ptr() as usize);
    (start, start + piece.len())
}

/// A piece's words as the voice is given them: runs of white space
/// (line breaks, tabs) as one space.
pub fn spoken(piece: &str) -> String {
    let mut out = String::with_capacity(piece.len());
    for word in piece.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The script every page runs in `<head>` to mark a browser that can
/// speak (`<html data-speech>`), so the stylesheet shows the Listen
/// controls from the first paint, and only where they can work.
pub const HEAD_FLAG: &str = "\"speechSynthesis\"in window&&\"SpeechSynthesisUtterance\"in window&&document.documentElement.setAttribute(\"data-speech\",\"\");";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_sentences_are_cut_at_their_stops() {
        assert_eq!(
            sentences(
                "MS can affect the spine. It often does! Does it hurt? Sometimes."
            ),
            [
                "MS can affect the spine.",
                "It often does!",
                "Does it hurt?",
                "Sometimes."
            ]
        );
    }

    #[test]
    fn abbreviations_initials_and_numbers_do_not_end_a_sentence() {
        assert_eq!(
            sentences(
                "Ask Dr. Lee about it, e.g. at your next visit. About 1.5 \
times as many. J. Smith wrote it. The U.S. Food and Drug Administration \
approved it."
            ),
            [
                "Ask Dr. Lee about it, e.g. at your next visit.",
                "About 1.5 times as many.",
                "J. Smith wrote it.",
                "The U.S. Food and Drug Administration approved it."
            ]
        );
    }

    #[test]
    fn ms_and_no_end_sentences_here() {
        assert_eq!(
            sentences(
                "Many people live with MS. Is it a stroke? No. Call 911."
            ),
            [
                "Many people live with MS.",
                "Is it a stroke?",
                "No.",
                "Call 911."
            ]
        );
    }

    #[test]
    fn a_lower_case_word_after_a_stop_continues_the_sentence() {
        assert_eq!(
            sentences("Call 911 (or your local number). then wait."),
            ["Call 911 (or your local number). then wait."]
        );
    }

    #[test]
    fn closing_quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            sentences(
                "It is called \"Lhermitte's sign.\" It feels like a shock. (Not always.) Then it fades."
            ),
            [
                "It is called \"Lhermitte's sign.\"",
                "It feels like a shock.",
                "(Not always.)",
                "Then it fades."
            ]
        );
    }

    #[test]
    fn spanish_questions_and_exclamations_start_new_sentences() {
        assert_eq!(
            sentences(
                "Llame al 911. ¿Tiene fiebre? ¡Llame hoy! Sra. Ruiz, p.ej. mañana."
            ),
            [
                "Llame al 911.",
                "¿Tiene fiebre?",
                "¡Llame hoy!",
                "Sra. Ruiz, p.ej. mañana."
            ]
        );
    }

    #[test]
    fn a_long_sentence_is_cut_after_a_comma_or_at_a_space() {
        let clause = "the nerves in the spinal cord carry messages";
        let long = format!("{clause}, {clause}, {clause}, {clause}, {clause}.");
        let pieces = sentences(&long);
        assert!(pieces.len() > 1, "{pieces:?}");
        for piece in &pieces {
            assert!(piece.chars().count() <= MAX_CHARS, "{piece}");
        }
        assert!(pieces[0].ends_with(','), "{pieces:?}");
        let words = "word ".repeat(100);
        for piece in sentences(&words) {
            assert!(piece.chars().count() <= MAX_CHARS);
            assert!(!piece.starts_with(' ') && !piece.ends_with(' '));
        }
    }

    #[test]
    fn empty_and_blank_text_has_nothing_to_read() {
        assert!(sentences("").is_empty());
        assert!(sentences(" \n\t ").is_empty());
        assert_eq!(sentences("  Hello  "), ["Hello"]);
    }

    #[test]
    fn one_huge_word_is_read_whole() {
        let word = "a".repeat(MAX_CHARS * 2);
        let text = format!("{word} then more.");
        assert_eq!(sentences(&text), [word.as_str(), "then more."]);
    }

    fn voice(lang: &str, local: bool, default: bool) -> VoiceInfo<'_> {
        VoiceInfo {
            lang,
            local,
            default,
        }
    }

    #[test]
    fn a_voice_is_only_ever_one_of_the_pages_language() {
        let voices = [voice("fr-FR", true, true), voice("de-DE", true, false)];
        assert_eq!(choose_voice("en", &voices), None);
        assert_eq!(choose_voice("en", &[]), None);
        assert_eq!(choose_voice("", &voices), None);
        // "en" is not a prefix match for another language's tag.
        assert_eq!(choose_voice("e", &[voice("en-US", true, true)]), None);
    }

    #[test]
    fn a_voice_on_the_phone_comes_first_then_the_region_then_the_default() {
        let voices = [
            voice("en-GB", false, true),
            voice("en-US", false, false),
            voice("en_GB", true, false),
            voice("es-US", true, false),
        ];
        // On the phone beats the region.
        assert_eq!(choose_voice("en", &voices), Some(2));
        // Without it, the United States for a page with no region.
        assert_eq!(choose_voice("en", &voices[..2]), Some(1));
        // A page's own region wins over the United States.
        assert_eq!(choose_voice("en-GB", &voices[..2]), Some(0));
        assert_eq!(choose_voice("ES-us", &voices), Some(3));
        // Equals: the first listed.
        let twins = [voice("en-US", true, false), voice("en-US", true, false)];
        assert_eq!(choose_voice("en", &twins), Some(0));
    }

    #[test]
    fn capitals_and_letters_of_english_and_spanish_are_known() {
        for c in ['A', 'Z', 'Á', 'É', 'Ñ', 'Ü'] {
            assert!(is_capital(c) && is_letter(c), "{c}");
        }
        for c in ['a', 'z', 'á', 'ñ', 'ü', 'ÿ'] {
            assert!(!is_capital(c) && is_letter(c), "{c}");
        }
        for c in ['1', '.', '×', '÷', '¿', ' '] {
            assert!(!is_capital(c) && !is_letter(c), "{c}");
        }
        assert_eq!(sentences("Es así. Él vino."), ["Es así.", "Él vino."]);
        assert_eq!(
            sentences("Vea al Dr. É. Ñ. Luego."),
            ["Vea al Dr. É. Ñ. Luego."]
        );
    }

    #[test]
    fn speeds_read_back_and_go_from_slow_to_fast() {
        for speed in Speed::ALL {
            assert_eq!(Speed::from_stored(speed.label()), Some(speed));
        }
        assert_eq!(Speed::from_stored("fast"), None);
        assert!(Speed::Slower.rate() < Speed::Normal.rate());
        assert!(Speed::Normal.rate() < Speed::Faster.rate());
    }

    #[test]
    fn parts_that_run_together_get_a_stop_between_them() {
        let parts =
            ["What is MS", "MS is a disease.", " It can", "not always."];
        let (text, starts) = joined(&parts);
        assert_eq!(text, "What is MS. MS is a disease. It cannot always.");
        assert_eq!(starts, [0, 12, 28, 35]);
        assert_eq!(
            sentences(&text),
            ["What is MS.", "MS is a disease.", "It cannot always."]
        );
    }

    #[test]
    fn a_piece_maps_back_to_the_text_on_the_page() {
        let parts =
            ["What is MS", "MS is a disease.", " It can", "not always."];
        let (text, starts) = joined(&parts);
        let pieces = sentences(&text);
        // "What is MS." ends in the added stop: it ends at part 0's end.
        let (s, e) = span_of(&text, pieces[0]);
        assert_eq!(locate(&parts, &starts, s, true), Some((0, 0)));
        assert_eq!(locate(&parts, &starts, e, false), Some((0, 10)));
        let (s, e) = span_of(&text, pieces[1]);
        assert_eq!(locate(&parts, &starts, s, true), Some((1, 0)));
        assert_eq!(locate(&parts, &starts, e, false), Some((1, 16)));
        // Across two parts: starts in part 2 past its space.
        let (s, e) = span_of(&text, pieces[2]);
        assert_eq!(locate(&parts, &starts, s, true), Some((2, 1)));
        assert_eq!(locate(&parts, &starts, e, false), Some((3, 11)));
        assert_eq!(locate(&parts, &starts, text.len() + 5, true), None);
        assert_eq!(locate(&parts, &starts, 0, false), None);
    }

    #[test]
    fn browser_offsets_count_utf16_units() {
        assert_eq!(utf16_len("abc", 2), 2);
        // "é" is two bytes and one unit; "𝄞" four bytes and two units.
        assert_eq!(utf16_len("é𝄞x", 6), 3);
        assert_eq!(utf16_len("é𝄞x", 7), 4);
        // A place inside a character counts up to that character.
        assert_eq!(utf16_len("é𝄞x", 4), 1);
        assert_eq!(utf16_len("ab", 99), 2);
    }

    #[test]
    fn the_head_flag_marks_only_a_browser_that_can_speak() {
        assert!(HEAD_FLAG.contains("\"speechSynthesis\"in window"));
        assert!(HEAD_FLAG.contains("\"SpeechSynthesisUtterance\"in window"));
        assert!(HEAD_FLAG.contains("setAttribute(\"data-speech\""));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        /// Every character that is not white space, in order.
        fn ink(text: &str) -> String {
            text.chars().filter(|c| !c.is_whitespace()).collect()
        }

        proptest! {
            #[test]
            fn nothing_is_dropped_or_read_twice(text in "[A-Za-z0-9 .,!?;:'\"()¿¡é\n]{0,600}") {
                let pieces = sentences(&text);
                prop_assert_eq!(ink(&pieces.concat()), ink(&text));
                for piece in &pieces {
                    prop_assert!(!piece.is_empty());
                    prop_assert_eq!(piece.trim(), *piece);
                }
            }
        }
    }
}
