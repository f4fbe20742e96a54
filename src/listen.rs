//! Read-aloud, the pure part: how a page's text is cut into the pieces
//! the speech engine is given one at a time. Speaking sentence by
//! sentence lets the app show which sentence is being read, and keeps
//! each utterance short: some engines stop partway through a long one
//! (Chrome on Android after about 15 seconds).
//!
//! The browser side (the Listen control, voices, highlighting) builds on
//! this; it is not here, so this part is tested natively.

/// The longest piece handed to the speech engine, in characters. A longer
/// sentence is cut after a comma, semicolon or colon, or else at a space.
pub const MAX_CHARS: usize = 200;

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
                n.is_uppercase()
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
        (Some(c), None) if c.is_alphabetic()
    );
    // Dotted letters, as "U.S" or "e.g": an abbreviation whatever it is.
    let dotted = word.trim_end_matches('.').contains('.');
    one_letter
        || dotted
        || ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(word.trim_end_matches('.')))
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
