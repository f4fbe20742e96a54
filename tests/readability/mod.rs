//! Plain-language measures: sentence splitting, word and syllable counts
//! and the Flesch-Kincaid grade level. Pure functions over text, so the
//! native tests can hold every piece of content to the writing rules.

/// Words written with a full stop that never end a sentence (lowercase,
/// without the final stop).
const NEVER_ENDS: &[&str] = &[
    "e.g", "i.e", "cf", "vs", "dr", "mr", "mrs", "prof", "st", "fig", "approx",
];

/// Words whose syllables the rules below get wrong (lowercase).
const EXCEPTIONS: &[(&str, usize)] = &[
    ("911", 3),
    ("aches", 1),
    ("area", 3),
    ("areas", 3),
    ("argue", 2),
    ("business", 2),
    ("coordinate", 4),
    ("coordination", 5),
    ("create", 2),
    ("created", 3),
    ("diabetes", 4),
    ("element", 3),
    ("elements", 3),
    ("friend", 1),
    ("friendly", 2),
    ("friends", 1),
    ("headache", 2),
    ("headaches", 2),
    ("idea", 3),
    ("ideas", 3),
    ("lion", 2),
    ("maybe", 2),
    ("myelin", 3),
    ("nice", 1),
    ("people", 2),
    ("poem", 2),
    ("poet", 2),
    ("react", 2),
    ("reaction", 3),
    ("reassure", 3),
    ("reassuring", 4),
    ("recipe", 3),
    ("science", 2),
];

/// Endings after which a stem's final silent "e" stays silent, as in
/// "likely", "management", "someone" or "lifestyle".
const SUFFIXES_AFTER_SILENT_E: &[&str] = &[
    "things", "thing", "times", "time", "where", "style", "ments", "ment",
    "ness", "less", "work", "how", "ful", "one", "ly",
];

/// Splits text into sentences. A sentence ends at ".", "!" or "?"
/// (with any closing quotes or brackets) followed by a space or the end,
/// unless the stop belongs to an abbreviation such as "e.g." or the next
/// word starts with a lowercase letter. Each line is its own sentence, and
/// text without a final stop (a heading or list item) still counts as one.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if !matches!(c, '.' | '!' | '?') {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < chars.len() && is_closer(chars[j].1) {
                j += 1;
            }
            let end = chars.get(j).map_or(line.len(), |&(p, _)| p);
            let at_boundary =
                chars.get(j).is_none_or(|&(_, next)| next.is_whitespace());
            let abbreviation = c == '.' && is_abbreviation(&line[start..pos]);
            let lower_next = starts_lowercase(&line[end..]);
            if at_boundary && !abbreviation && !lower_next {
                push_sentence(&mut out, &line[start..end]);
                start = end;
            }
            i = j;
        }
        push_sentence(&mut out, &line[start..]);
    }
    out
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}'
    )
}

fn push_sentence<'a>(out: &mut Vec<&'a str>, piece: &'a str) {
    let piece = piece.trim();
    if piece.chars().any(char::is_alphanumeric) {
        out.push(piece);
    }
}

/// True when the last word before a full stop is a known abbreviation or
/// a single capital letter (an initial, as in "J. Smith").
fn is_abbreviation(before: &str) -> bool {
    let Some(last) = before.split_whitespace().last() else {
        return false;
    };
    let last = last.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = last.to_lowercase();
    if NEVER_ENDS.contains(&lower.as_str()) {
        return true;
    }
    let mut letters = last.chars();
    matches!(
        (letters.next(), letters.next()),
        (Some(c), None) if c.is_uppercase()
    )
}

fn starts_lowercase(rest: &str) -> bool {
    rest.trim_start()
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// The words in a text: pieces between spaces that hold a letter or
/// digit. "1 in 5" is 3 words; a dash on its own is none.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

/// How many words a text has.
pub fn word_count(text: &str) -> usize {
    words(text).count()
}

/// Syllables in one written word, as said aloud. Hyphenated words count
/// each part; numerals count as spoken ("3,000" is "three thousand");
/// short all-capital words are spelled out ("MRI" is 3).
pub fn syllables(word: &str) -> usize {
    syllables_by(word, part_syllables)
}

/// Syllables in a written word, counting each hyphen- or slash-joined
/// part with `part` (one language's rules); a word with letters or
/// digits is at least 1.
pub fn syllables_by(word: &str, part: fn(&str) -> usize) -> usize {
    let total: usize = word
        .split(['-', '/', '\u{2013}', '\u{2014}'])
        .map(part)
        .sum();
    if total == 0 && word.chars().any(char::is_alphanumeric) {
        1
    } else {
        total
    }
}

fn part_syllables(part: &str) -> usize {
    let cleaned: String =
        part.chars().filter(|c| c.is_alphanumeric()).collect();
    if cleaned.is_empty() {
        return 0;
    }
    let lower = cleaned.to_lowercase();
    if let Some(&(_, n)) = EXCEPTIONS.iter().find(|(w, _)| *w == lower) {
        return n;
    }
    if cleaned.chars().all(|c| c.is_ascii_digit()) {
        return number_syllables(&cleaned);
    }
    if cleaned.chars().any(|c| c.is_ascii_digit()) {
        return mixed_syllables(&cleaned);
    }
    let letters = cleaned.chars().count();
    if (2..=4).contains(&letters) && cleaned.chars().all(char::is_uppercase) {
        return cleaned.chars().map(letter_name_syllables).sum();
    }
    word_syllables(&lower)
}

/// "W" is "double-u"; every other letter name is 1 syllable.
fn letter_name_syllables(c: char) -> usize {
    if c.eq_ignore_ascii_case(&'w') { 3 } else { 1 }
}

/// Tokens such as "L1", "C7" or "3rd": letter names and numbers in turn.
fn mixed_syllables(token: &str) -> usize {
    let mut total = 0;
    let mut rest = token;
    while let Some(first) = rest.chars().next() {
        let digit = first.is_ascii_digit();
        let run_len = rest
            .find(|c: char| c.is_ascii_digit() != digit)
            .unwrap_or(rest.len());
        let (run, tail) = rest.split_at(run_len);
        total += if digit {
            number_syllables(run)
        } else if matches!(run.to_lowercase().as_str(), "st" | "nd" | "rd")
            || run.eq_ignore_ascii_case("th")
        {
            // An ordinal ending: "3rd" is said "third", no extra syllable.
            0
        } else if run.chars().count() == 1 {
            run.chars().map(letter_name_syllables).sum()
        } else {
            word_syllables(&run.to_lowercase())
        };
        rest = tail;
    }
    total
}

/// A numeral as spoken: years as pairs ("2024" is "twenty twenty-four"),
/// other numbers in full ("3000" is "three thousand").
fn number_syllables(digits: &str) -> usize {
    let Ok(n) = digits.parse::<u64>() else {
        return digits.len();
    };
    if digits.len() == 4 && (1100..=2099).contains(&n) {
        let (high, low) = (n / 100, n % 100);
        return if (2000..2010).contains(&n) {
            cardinal(n)
        } else if low == 0 {
            cardinal(high) + 2
        } else if low < 10 {
            cardinal(high) + 1 + cardinal(low)
        } else {
            cardinal(high) + cardinal(low)
        };
    }
    cardinal(n)
}

/// Syllables in a number said in full, e.g. 75 "seventy-five" is 4.
fn cardinal(n: u64) -> usize {
    // zero, one, two, ... nineteen
    const SMALL: [usize; 20] =
        [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2];
    // (none), (ten), twenty, thirty, ... ninety
    const TENS: [usize; 10] = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2];
    let rest = |r: u64| if r == 0 { 0 } else { cardinal(r) };
    match n {
        0..20 => SMALL[n as usize],
        20..100 => TENS[(n / 10) as usize] + rest(n % 10),
        100..1000 => SMALL[(n / 100) as usize] + 2 + rest(n % 100),
        _ => {
            // thousand, million, billion, ...: 2 syllables each.
            let mut scale = 1000;
            while n / scale >= 1000 {
                scale *= 1000;
            }
            cardinal(n / scale) + 2 + rest(n % scale)
        }
    }
}

/// The heuristic for a lowercase word: count groups of vowels, then
/// correct for silent endings and vowel pairs said as 2 syllables.
fn word_syllables(word: &str) -> usize {
    let b: Vec<char> = word.chars().collect();
    let n = b.len();
    let vowel: Vec<bool> = (0..n).map(|i| is_vowel_at(&b, i)).collect();
    let consonant = |i: usize| !vowel[i];

    let mut count: usize = 0;
    for i in 0..n {
        if vowel[i] && (i == 0 || !vowel[i - 1] || splits(&b, i)) {
            count += 1;
        }
    }

    let ends = |s: &str| word.ends_with(s);
    // A final silent "e" ("make"), but not a spoken "-le" ("table").
    if n > 2 && b[n - 1] == 'e' && consonant(n - 2) && !syllabic_l(&b, n - 2) {
        count = count.saturating_sub(1);
    }
    // "-es" is silent after most consonants ("makes"), not after a hissing
    // sound ("boxes", "changes") or a spoken "-le" ("muscles").
    if n > 3 && ends("es") && consonant(n - 3) {
        let c = b[n - 3];
        let hiss = matches!(c, 's' | 'x' | 'z' | 'c' | 'g')
            || (c == 'h' && matches!(b[n - 4], 'c' | 's'));
        if !hiss && !syllabic_l(&b, n - 3) {
            count = count.saturating_sub(1);
        }
    }
    // "-ed" is silent except after "t" or "d" ("called" but "wanted").
    if n > 3 && ends("ed") && consonant(n - 3) {
        let c = b[n - 3];
        if !matches!(c, 't' | 'd') && !syllabic_l(&b, n - 3) {
            count = count.saturating_sub(1);
        }
    }
    // A silent "e" inside, before an ending ("likely", "someone").
    let suffix = SUFFIXES_AFTER_SILENT_E.iter().find(|s| word.ends_with(**s));
    if let Some(suffix) = suffix {
        let stem = &b[..n - suffix.len()];
        let m = stem.len();
        if m >= 3
            && stem[m - 1] == 'e'
            && !is_vowel_at(stem, m - 2)
            && is_vowel_at(stem, m - 3)
        {
            count = count.saturating_sub(1);
        }
    }
    // "-ing" after a vowel is a syllable of its own ("going", "being").
    if n > 4 && ends("ing") && vowel[n - 4] {
        count += 1;
    }
    // "spasm", "autism": the "m" carries a syllable.
    if ends("sm") || ends("sms") {
        count += 1;
    }
    // "coordinate", "cooperate": the two o's are said apart.
    if (word.starts_with("coor") || word.starts_with("coop")) && n > 5 {
        count += 1;
    }
    count.max(1)
}

/// "y" is a vowel unless it starts the word ("yes") or sits between
/// vowels ("layer"); "u" after "q", or after "g" before a vowel ("guide"),
/// is sounded as a consonant.
fn is_vowel_at(b: &[char], i: usize) -> bool {
    let next_is_vowel = || b.get(i + 1).is_some_and(|c| "aeiou".contains(*c));
    match b[i] {
        'a' | 'e' | 'i' | 'o' => true,
        'u' => match i.checked_sub(1).map(|p| b[p]) {
            Some('q') => false,
            Some('g') => !next_is_vowel(),
            _ => true,
        },
        'y' => {
            i > 0
                && !(matches!(b[i - 1], 'a' | 'e' | 'i' | 'o' | 'u')
                    && next_is_vowel())
        }
        _ => false,
    }
}

/// A consonant followed by "le" that is said as a syllable: "table",
/// "muscles", "handled"; not after a vowel ("whole") or another "l".
fn syllabic_l(b: &[char], i: usize) -> bool {
    b[i] == 'l' && i > 0 && !is_vowel_at(b, i - 1) && b[i - 1] != 'l'
}

/// True when the vowel at `i` starts a new syllable even though the
/// letter before it is also a vowel ("di-et", "u-su-al", "ra-di-o").
fn splits(b: &[char], i: usize) -> bool {
    let before = i.checked_sub(2).map(|p| b[p]);
    let after = b.get(i + 1).copied();
    let after2 = b.get(i + 2).copied();
    let soft = matches!(before, Some('c' | 't' | 's' | 'g' | 'x'));
    match (b[i - 1], b[i]) {
        // "media", "trial", but "special", "Asia".
        ('i', 'a') => !matches!(before, Some('c' | 't' | 's' | 'g')),
        // "period", "radio", but "action", "vision", "million".
        ('i', 'o') => {
            let yon = matches!(before, Some('l' | 'n')) && after == Some('n');
            !(soft || yon)
        }
        // "medium", "calcium".
        ('i', 'u') => true,
        // "diet", "client", "easier", but "patient", "ancient".
        ('i', 'e') => {
            let before_nt = matches!(after, Some('n' | 't'))
                && !matches!(before, Some('c' | 't'));
            let comparative = b.len() > 4
                && after == Some('r')
                && matches!(after2, None | Some('s'));
            let superlative =
                b.len() > 6 && after == Some('s') && after2 == Some('t');
            before_nt || comparative || superlative
        }
        // "video", "theory", but "gorgeous".
        ('e', 'o') => !matches!(before, Some('g' | 'c')),
        // "usual", "continuous".
        ('u', 'a') | ('u', 'o') => true,
        // "fluent", "cruel", but "blue", "continued".
        ('u', 'e') => matches!(after, Some('n' | 'l' | 't')),
        // "fluid", but "suit", "build".
        ('u', 'i') => after == Some('d'),
        _ => false,
    }
}

/// Flesch-Kincaid grade level over a set of texts:
/// 0.39 x words per sentence + 11.8 x syllables per word - 15.59.
/// Each text is split into sentences on its own, so a heading or list
/// item counts as a sentence. Returns 0 when there are no words.
pub fn flesch_kincaid_grade(texts: &[&str]) -> f64 {
    let (sentence_total, word_total, syllable_total) =
        totals_by(texts, syllables);
    if sentence_total == 0 || word_total == 0 {
        return 0.0;
    }
    let words = word_total as f64;
    0.39 * words / sentence_total as f64 + 11.8 * syllable_total as f64 / words
        - 15.59
}

/// Totals over a set of texts, (sentences, words, syllables), with
/// syllables counted by `syllables`. Each text is split into sentences
/// on its own, so a heading or list item counts as a sentence.
pub fn totals_by(
    texts: &[&str],
    syllables: fn(&str) -> usize,
) -> (usize, usize, usize) {
    let (mut sentence_total, mut word_total, mut syllable_total) = (0, 0, 0);
    for text in texts {
        for sentence in sentences(text) {
            sentence_total += 1;
            for word in words(sentence) {
                word_total += 1;
                syllable_total += syllables(word);
            }
        }
    }
    (sentence_total, word_total, syllable_total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_match_a_dictionary() {
        // Counts as in the CMU pronouncing dictionary.
        let cases: &[(&str, usize)] = &[
            ("the", 1),
            ("cat", 1),
            ("make", 1),
            ("makes", 1),
            ("whole", 1),
            ("table", 2),
            ("muscles", 2),
            ("people", 2),
            ("called", 1),
            ("wanted", 2),
            ("damaged", 2),
            ("diagnosed", 3),
            ("handled", 2),
            ("boxes", 2),
            ("changes", 2),
            ("nerves", 1),
            ("going", 2),
            ("being", 2),
            ("trying", 2),
            ("playing", 2),
            ("continuing", 4),
            ("you", 1),
            ("beyond", 2),
            ("eyes", 1),
            ("body", 2),
            ("quite", 1),
            ("fatigue", 2),
            ("usual", 3),
            ("serious", 3),
            ("action", 2),
            ("million", 2),
            ("diet", 2),
            ("patient", 2),
            ("fluid", 2),
            ("likely", 2),
            ("movement", 2),
            ("management", 3),
            ("someone", 2),
            ("lifestyle", 2),
            ("spasms", 2),
            ("coordination", 5),
            ("myelin", 3),
            ("sclerosis", 3),
            ("multiple", 3),
            ("lesions", 2),
            ("spasticity", 4),
            ("paresthesia", 4),
            ("paralysis", 4),
            ("incontinence", 4),
            ("constipation", 4),
            ("neurologist", 4),
            ("inflammation", 4),
            ("rehabilitation", 6),
            ("Lhermitte's", 2),
            ("disease-modifying", 6),
            ("immune-mediated", 6),
            ("MRI", 3),
            ("MS", 2),
            ("L1", 2),
            ("3rd", 1),
            ("911", 3),
            ("3,000", 3),
            ("75", 4),
            ("2024", 5),
            ("2017", 5),
            ("2,800,000", 8),
        ];
        let wrong: Vec<String> = cases
            .iter()
            .filter(|(w, n)| syllables(w) != *n)
            .map(|(w, n)| format!("{w}: got {}, want {n}", syllables(w)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn punctuation_is_not_a_word_or_syllable() {
        assert_eq!(word_count("1 in 5 people - about 20 in 100."), 8);
        assert_eq!(syllables("-"), 0);
        assert_eq!(syllables("(spasticity)."), 4);
    }

    #[test]
    fn sentences_split_on_stops_but_not_abbreviations() {
        assert_eq!(
            sentences("Take care, e.g. with hot water. Then rest! OK?"),
            ["Take care, e.g. with hot water.", "Then rest!", "OK?"]
        );
        assert_eq!(
            sentences("Dr. Smith saw me. It costs 2.5 dollars."),
            ["Dr. Smith saw me.", "It costs 2.5 dollars."]
        );
        assert_eq!(
            sentences("Bend the neck (Lhermitte's sign). It passes."),
            ["Bend the neck (Lhermitte's sign).", "It passes."]
        );
    }

    #[test]
    fn headings_lines_and_list_items_are_sentences() {
        assert_eq!(sentences("What is MS?"), ["What is MS?"]);
        assert_eq!(sentences("Call 911 now if:"), ["Call 911 now if:"]);
        assert_eq!(
            sentences("Heading\nA line. More"),
            ["Heading", "A line.", "More"]
        );
        assert!(sentences("  - ").is_empty());
    }

    #[test]
    fn grade_matches_hand_counts() {
        // 6 words, 6 syllables, 1 sentence: 0.39*6 + 11.8*1 - 15.59.
        let cat = flesch_kincaid_grade(&["The cat sat on the mat."]);
        assert!((cat - -1.45).abs() < 1e-9, "{cat}");
        // 13 words, 26 syllables, 1 sentence: 5.07 + 23.6 - 15.59.
        let platypus = flesch_kincaid_grade(&[
            "The Australian platypus is seemingly a hybrid of a mammal and \
             reptilian creature.",
        ]);
        assert!((platypus - 13.08).abs() < 1e-9, "{platypus}");
        // Each text is at least one sentence: 2 sentences of 3 words.
        let two =
            flesch_kincaid_grade(&["Call your doctor", "Call the clinic"]);
        let one = flesch_kincaid_grade(&["Call your doctor call the clinic"]);
        assert!(two < one);
        assert_eq!(flesch_kincaid_grade(&[]), 0.0);
    }
}
