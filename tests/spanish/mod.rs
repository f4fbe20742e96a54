//! Spanish readability: syllables as Spanish is spoken, and the two
//! scores the glossary names (ES_GLOSSARY.md, section 3). English Flesch
//! does not fit Spanish, whose words have more syllables.
//!
//! - Fernández-Huerta, in Law's corrected form (2011):
//!   206.84 - 60 x syllables per word - 1.02 x words per sentence.
//!   70 to 80 is "algo fácil" (fairly easy), 80 to 90 "fácil".
//! - Szigriszt-Pazos perspicuity, read on the INFLESZ scale
//!   (Barrio-Cantalejo 2008): 206.835 - 62.3 x syllables per word -
//!   words per sentence. 65 to 80 is "bastante fácil", 80 up "muy fácil".
//!
//! Sentences and words are split as for English (`readability`).

use super::readability::{syllables_by, totals_by};

/// Syllables in one written Spanish word, as said aloud. A numeral
/// counts 2 for each digit but zero, a rough guess at how it is said
/// ("3,000", "tres mil", is 2); short all-capital words are spelled out
/// ("EM" is "e-eme", 3).
pub fn syllables(word: &str) -> usize {
    syllables_by(word, part_syllables)
}

fn part_syllables(part: &str) -> usize {
    let cleaned: String =
        part.chars().filter(|c| c.is_alphanumeric()).collect();
    if cleaned.is_empty() {
        return 0;
    }
    if cleaned.chars().any(|c| c.is_ascii_digit()) {
        let letters: usize = cleaned
            .chars()
            .filter(|c| c.is_alphabetic())
            .map(letter_name)
            .sum();
        let digits = cleaned
            .chars()
            .filter(|c| c.is_ascii_digit() && *c != '0')
            .count();
        return (letters + 2 * digits).max(1);
    }
    let letters = cleaned.chars().count();
    if (2..=4).contains(&letters) && cleaned.chars().all(char::is_uppercase) {
        return cleaned.chars().map(letter_name).sum();
    }
    word_syllables(&cleaned.to_lowercase())
}

/// Syllables in a letter's Spanish name: "be", "ce" and the vowels are 1;
/// "eme", "ese", "hache" 2; "uve doble" 3.
fn letter_name(c: char) -> usize {
    match c.to_ascii_lowercase() {
        'a' | 'e' | 'i' | 'o' | 'u' | 'b' | 'c' | 'd' | 'g' | 'k' | 'p'
        | 'q' | 't' | 'v' | 'y' => 1,
        'w' => 3,
        _ => 2,
    }
}

/// Strong vowels, and weak ones made strong by an accent ("dí-a").
fn is_strong(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'o' | 'á' | 'é' | 'ó' | 'í' | 'ú')
}

fn is_weak(c: char) -> bool {
    matches!(c, 'i' | 'u' | 'ü')
}

/// One syllable per vowel group, with a new one wherever two strong
/// vowels meet (hiatus: "le-ón", "rí-o"). A weak vowel beside another
/// vowel joins its syllable (diphthong: "cuer-po", "ciu-dad"); "y" at the
/// end after a vowel ("hoy", "muy") is part of it, and "y" alone is a
/// word of its own.
fn word_syllables(word: &str) -> usize {
    let chars: Vec<char> = word.chars().collect();
    if chars == ['y'] {
        return 1;
    }
    let mut count = 0;
    let mut previous: Option<char> = None;
    for &c in &chars {
        let vowel = is_strong(c) || is_weak(c);
        if vowel {
            match previous {
                Some(p) if is_strong(p) && is_strong(c) => count += 1,
                Some(_) => {}
                None => count += 1,
            }
            previous = Some(c);
        } else {
            previous = None;
        }
    }
    count.max(1)
}

/// Totals over a set of texts, with Spanish syllables.
fn totals(texts: &[&str]) -> (usize, usize, usize) {
    totals_by(texts, syllables)
}

/// Fernández-Huerta's ease score (Law's corrected form). 0 for no words.
pub fn fernandez_huerta(texts: &[&str]) -> f64 {
    let (sentences, words, syllables) = totals(texts);
    if sentences == 0 || words == 0 {
        return 0.0;
    }
    let words = words as f64;
    206.84 - 60.0 * syllables as f64 / words - 1.02 * words / sentences as f64
}

/// Szigriszt-Pazos perspicuity, the INFLESZ score. 0 for no words.
pub fn inflesz(texts: &[&str]) -> f64 {
    let (sentences, words, syllables) = totals(texts);
    if sentences == 0 || words == 0 {
        return 0.0;
    }
    let words = words as f64;
    206.835 - 62.3 * syllables as f64 / words - words / sentences as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_match_the_spoken_word() {
        let cases: &[(&str, usize)] = &[
            ("médula", 3),
            ("espinal", 3),
            ("esclerosis", 4),
            ("múltiple", 3),
            ("cuerpo", 2),
            ("ciudad", 2),
            ("día", 2),
            ("río", 2),
            ("león", 2),
            ("cansancio", 3),
            ("hoy", 1),
            ("muy", 1),
            ("y", 1),
            ("que", 1),
            ("guerra", 2),
            ("pingüino", 3),
            ("recaída", 4),
            ("oído", 3),
            ("Lhermitte", 3),
            ("EM", 3),
            ("911", 6),
            ("3,000", 2),
            ("médico-paciente", 6),
        ];
        for &(word, want) in cases {
            assert_eq!(syllables(word), want, "{word}");
        }
    }

    #[test]
    fn scores_fall_as_words_and_sentences_grow() {
        let easy = ["Tome agua. Descanse hoy. Llame al médico."];
        let hard = ["La desmielinización inflamatoria crónica compromete \
             progresivamente la conducción nerviosa medular."];
        assert!(
            fernandez_huerta(&easy) > 80.0,
            "{}",
            fernandez_huerta(&easy)
        );
        assert!(
            fernandez_huerta(&hard) < 30.0,
            "{}",
            fernandez_huerta(&hard)
        );
        assert!(inflesz(&easy) > inflesz(&hard));
        assert_eq!(fernandez_huerta(&[]), 0.0);
    }
}
