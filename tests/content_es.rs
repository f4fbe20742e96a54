//! The Spanish content (es-US) against the English and the glossary:
//! structural parity (nothing exists in one language only, no number
//! lost in translation), the writing rules and a Spanish readability
//! score on every page. Native only.
#![cfg(not(target_arch = "wasm32"))]

/// The sentence splitter and word counter, shared with the English
/// tests (their grade formula is not used here).
#[allow(dead_code)]
mod readability;
/// Spanish syllables and readability scores.
mod spanish;

use ms_your_spine::content::{
    self, Block, CareLevel, Topic, care, clinic, es, quiz, spine, stats,
    symptoms, topics,
};

/// The brief's sentence limit, the same in both languages.
const MAX_WORDS: usize = 20;
/// The brief's paragraph limit.
const MAX_SENTENCES: usize = 3;
/// Fernández-Huerta: 70 and up is "algo fácil" (fairly easy) or easier.
const MIN_FERNANDEZ_HUERTA: f64 = 70.0;
/// INFLESZ: 65 and up is "bastante fácil" (fairly easy) or easier.
const MIN_INFLESZ: f64 = 65.0;

/// Every text of a topic page, in page order.
fn topic_texts(topic: &Topic) -> Vec<&'static str> {
    let mut texts = vec![topic.title, topic.nav_label, topic.summary];
    for block in topic.body {
        match *block {
            Block::Para(text) | Block::Heading(text) | Block::Note(text) => {
                texts.push(text)
            }
            Block::List(items) => texts.extend_from_slice(items),
        }
    }
    texts.push(topic.next_step);
    texts
}

/// The Spanish texts in groups, as the pages show them: each topic page,
/// then the shared parts (cards, care table, spine, figures, quiz).
fn spanish_groups() -> Vec<(String, Vec<&'static str>)> {
    let mut groups: Vec<(String, Vec<&'static str>)> = es::topics::TOPICS
        .iter()
        .map(|topic| (topic.slug.to_string(), topic_texts(topic)))
        .collect();
    groups.push((
        "app".into(),
        vec![es::APP_NAME, es::APP_SUMMARY, es::DISCLAIMER],
    ));
    let mut cards = Vec::new();
    for s in es::symptoms::SYMPTOMS
        .iter()
        .chain(es::symptoms::LIVING_WITH)
    {
        cards.push(s.name);
        cards.extend(s.medical_term);
        cards.extend([s.feels_like, s.what_helps, s.get_help]);
    }
    groups.push(("symptom cards".into(), cards));
    let mut care = Vec::new();
    for card in es::care::CARDS {
        care.extend([card.heading, card.action, card.how_soon, card.advice]);
        care.extend(card.call.map(|(label, _)| label));
    }
    care.extend(es::care::SIGNS.iter().map(|sign| sign.text));
    for flag in [es::care::RELAPSE_FLAG, es::care::PSEUDO_RELAPSE_FLAG] {
        care.extend([flag.headline, flag.explain]);
    }
    care.extend([es::clinic::ROLE, es::clinic::MS_TEAM_FIRST]);
    groups.push(("care".into(), care));
    let mut regions = Vec::new();
    for region in es::spine::REGIONS {
        regions.extend([region.plain_name, region.medical_name]);
        regions.extend([region.vertebrae, region.how_often]);
        regions.extend_from_slice(region.can_affect);
    }
    groups.push(("spine".into(), regions));
    groups.push((
        "stats".into(),
        es::stats::STATS.iter().map(|stat| stat.text).collect(),
    ));
    let mut quiz_texts = Vec::new();
    for item in es::quiz::QUIZ {
        quiz_texts.extend([item.statement, item.explanation]);
    }
    groups.push(("quiz".into(), quiz_texts));
    groups
}

fn all_spanish() -> Vec<&'static str> {
    spanish_groups()
        .into_iter()
        .flat_map(|(_, texts)| texts)
        .collect()
}

/// The numerals in a text ("2.8", "3,000", "911"), in order.
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let inner = matches!(c, '.' | ',')
            && !current.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || inner {
            current.push(c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Every numeral of `english` is in `spanish` (as many times or more):
/// no figure is lost or changed in translation.
fn same_numbers(label: &str, english: &[&str], spanish: &[&str]) {
    let mut left: Vec<String> =
        spanish.iter().flat_map(|t| numbers(t)).collect();
    for number in english.iter().flat_map(|t| numbers(t)) {
        match left.iter().position(|n| *n == number) {
            Some(at) => {
                left.remove(at);
            }
            None => panic!("{label}: {number} is missing in Spanish"),
        }
    }
}

/// A topic's blocks other than paragraphs, with list lengths: the
/// sections, lists and notes that must match in both languages.
fn skeleton(topic: &Topic) -> Vec<String> {
    topic
        .body
        .iter()
        .filter_map(|block| match block {
            Block::Para(_) => None,
            Block::Heading(_) => Some("heading".to_string()),
            Block::Note(_) => Some("note".to_string()),
            Block::List(items) => Some(format!("list of {}", items.len())),
        })
        .collect()
}

/// Paragraphs in each section (before the first heading, then after
/// each).
fn paragraphs_per_section(topic: &Topic) -> Vec<usize> {
    let mut counts = vec![0];
    for block in topic.body {
        match block {
            Block::Heading(_) => counts.push(0),
            Block::Para(_) => {
                if let Some(last) = counts.last_mut() {
                    *last += 1;
                }
            }
            _ => {}
        }
    }
    counts
}

#[test]
fn the_same_topics_sections_lists_sources_and_figures() {
    assert_eq!(es::topics::TOPICS.len(), topics::TOPICS.len());
    for (en, es_topic) in topics::TOPICS.iter().zip(es::topics::TOPICS) {
        let label = en.slug;
        assert_eq!(skeleton(es_topic), skeleton(en), "{label}: blocks");
        let (en_paras, es_paras) =
            (paragraphs_per_section(en), paragraphs_per_section(es_topic));
        for (section, (e, s)) in en_paras.iter().zip(&es_paras).enumerate() {
            assert!(s >= e, "{label}: section {section} lost a paragraph");
        }
        assert_eq!(es_topic.sources, en.sources, "{label}: sources");
        same_numbers(label, &topic_texts(en), &topic_texts(es_topic));
    }
}

#[test]
fn spanish_slugs_are_plain_unique_and_their_own() {
    let mut seen = Vec::new();
    for topic in es::topics::TOPICS {
        let slug = topic.slug;
        assert!(
            !slug.is_empty()
                && slug.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                && !slug.starts_with('-')
                && !slug.ends_with('-'),
            "{slug}"
        );
        assert!(!seen.contains(&slug), "{slug} twice");
        assert!(
            topics::by_slug(slug).is_none(),
            "{slug} is also an English slug"
        );
        assert_eq!(es::topics::by_slug(slug), Some(topic));
        seen.push(slug);
    }
}

#[test]
fn the_same_symptom_cards_with_the_same_ids() {
    let ids = |list: &[(&str, &str)]| -> Vec<String> {
        list.iter().map(|(id, _)| id.to_string()).collect()
    };
    assert_eq!(
        ids(&es::symptoms::DIARY_SYMPTOMS),
        ids(&symptoms::DIARY_SYMPTOMS)
    );
    let pairs = [
        (symptoms::SYMPTOMS, es::symptoms::SYMPTOMS),
        (symptoms::LIVING_WITH, es::symptoms::LIVING_WITH),
    ];
    for (en_list, es_list) in pairs {
        assert_eq!(en_list.len(), es_list.len());
        for (en, s) in en_list.iter().zip(es_list) {
            assert_eq!(s.id, en.id);
            assert_eq!(s.medical_term.is_some(), en.medical_term.is_some());
            assert!(!s.name.is_empty(), "{}", s.id);
            same_numbers(
                en.id,
                &[en.feels_like, en.what_helps, en.get_help],
                &[s.feels_like, s.what_helps, s.get_help],
            );
        }
    }
    let names: Vec<&str> = es::symptoms::DIARY_SYMPTOMS
        .iter()
        .map(|(_, name)| *name)
        .collect();
    let card_names: Vec<&str> =
        es::symptoms::SYMPTOMS.iter().map(|s| s.name).collect();
    assert_eq!(card_names, names, "cards take the diary's names");
}

#[test]
fn the_same_care_signs_cards_and_flags() {
    assert_eq!(es::care::SIGNS.len(), care::SIGNS.len());
    for (en, s) in care::SIGNS.iter().zip(es::care::SIGNS) {
        assert_eq!(
            (s.id, s.level, s.applies_to),
            (en.id, en.level, en.applies_to)
        );
        same_numbers(en.id, &[en.text], &[s.text]);
    }
    assert_eq!(es::care::CARDS.len(), care::CARDS.len());
    for (en, s) in care::CARDS.iter().zip(es::care::CARDS) {
        assert_eq!(s.level, en.level);
        assert_eq!(s.call.map(|c| c.1), en.call.map(|c| c.1), "{:?}", s.level);
        let texts =
            |c: &content::CareCard| [c.heading, c.action, c.how_soon, c.advice];
        same_numbers(&format!("{:?}", en.level), &texts(en), &texts(s));
    }
    let flags = [
        (care::RELAPSE_FLAG, es::care::RELAPSE_FLAG),
        (care::PSEUDO_RELAPSE_FLAG, es::care::PSEUDO_RELAPSE_FLAG),
    ];
    for (en, s) in flags {
        assert_eq!(s.level, en.level);
        assert!(!s.headline.is_empty() && !s.explain.is_empty());
        same_numbers(
            "flag",
            &[en.headline, en.explain],
            &[s.headline, s.explain],
        );
    }
    assert!(
        !es::clinic::ROLE.is_empty() && !es::clinic::MS_TEAM_FIRST.is_empty()
    );
    let _ = clinic::ROLE;
}

#[test]
fn the_same_spine_regions_figures_and_quiz() {
    assert_eq!(es::spine::REGIONS.len(), spine::REGIONS.len());
    for (en, s) in spine::REGIONS.iter().zip(es::spine::REGIONS) {
        assert_eq!(s.id, en.id);
        assert_eq!(s.can_affect.len(), en.can_affect.len(), "{}", en.id);
        assert_eq!(numbers(s.vertebrae), numbers(en.vertebrae), "{}", en.id);
        same_numbers(en.id, &[en.how_often], &[s.how_often]);
    }
    assert_eq!(es::stats::STATS.len(), stats::STATS.len());
    for (en, s) in stats::STATS.iter().zip(es::stats::STATS) {
        assert_eq!(
            (s.id, s.count, s.out_of, s.at_least),
            (en.id, en.count, en.out_of, en.at_least)
        );
        same_numbers(en.id, &[en.text], &[s.text]);
    }
    let facts = |list: &[content::QuizItem]| -> Vec<bool> {
        list.iter().map(|item| item.is_fact).collect()
    };
    assert_eq!(facts(es::quiz::QUIZ), facts(quiz::QUIZ));
}

#[test]
fn the_parity_checks_can_fail() {
    // A lost figure and a merged section are both caught.
    let lost = std::panic::catch_unwind(|| {
        same_numbers("x", &["About 2.8 million people"], &["Unos millones"])
    });
    assert!(lost.is_err());
    let changed = std::panic::catch_unwind(|| {
        same_numbers("x", &["1 in 3,000"], &["1 de cada 3.000"])
    });
    assert!(
        changed.is_err(),
        "a decimal comma form is a different number"
    );
    assert_eq!(
        numbers("2.8 millones, 1 de cada 3,000."),
        ["2.8", "1", "3,000"]
    );
}

#[test]
fn no_spanish_sentence_is_over_20_words_or_paragraph_over_3() {
    let mut offenders = Vec::new();
    let mut longest = 0;
    for text in all_spanish() {
        let found = readability::sentences(text);
        if found.len() > MAX_SENTENCES {
            offenders.push(format!("{} sentences: {text}", found.len()));
        }
        for sentence in found {
            let words = readability::word_count(sentence);
            longest = longest.max(words);
            if words > MAX_WORDS {
                offenders.push(format!("{words} words: {sentence}"));
            }
        }
    }
    println!("Longest Spanish sentence: {longest} words");
    assert!(offenders.is_empty(), "too long:\n{}", offenders.join("\n"));
}

#[test]
fn every_spanish_page_is_fairly_easy_or_easier() {
    let mut offenders = Vec::new();
    for (label, texts) in spanish_groups() {
        let fh = spanish::fernandez_huerta(&texts);
        let inflesz = spanish::inflesz(&texts);
        println!("{label}: Fernández-Huerta {fh:.1}, INFLESZ {inflesz:.1}");
        if fh < MIN_FERNANDEZ_HUERTA || inflesz < MIN_INFLESZ {
            offenders.push(format!("{label}: {fh:.1} / {inflesz:.1}"));
        }
    }
    assert!(offenders.is_empty(), "too hard: {offenders:#?}");
}

#[test]
fn the_911_988_and_stroke_words_are_very_easy() {
    // The glossary's target for the emergency screens: INFLESZ 80 or more.
    let mut texts = Vec::new();
    for card in es::care::CARDS {
        if matches!(card.level, CareLevel::Emergency | CareLevel::Crisis) {
            texts.extend([
                card.heading,
                card.action,
                card.how_soon,
                card.advice,
            ]);
        }
    }
    for sign in es::care::SIGNS {
        if matches!(sign.level, CareLevel::Emergency | CareLevel::Crisis) {
            texts.push(sign.text);
        }
    }
    let score = spanish::inflesz(&texts);
    println!("911 and 988: INFLESZ {score:.1}");
    assert!(score >= 80.0, "INFLESZ {score:.1}: {texts:#?}");
}

/// Words of a text, lowercase, without punctuation.
fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn usted_em_and_the_glossary_terms() {
    // tú forms never appear: the app says usted throughout.
    let tu = ["tú", "tu", "tus", "te", "ti", "contigo", "puedes", "tienes"];
    let mut offenders = Vec::new();
    for text in all_spanish() {
        for word in lower_words(text) {
            if tu.contains(&word.as_str()) {
                offenders.push(format!("tú ({word}): {text}"));
            }
        }
        // "MS" is the English abbreviation: Spanish writes EM.
        if text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "MS")
        {
            offenders.push(format!("MS: {text}"));
        }
        let lower = text.to_lowercase();
        // "ataque" is an MS relapse in Spanish: a stroke is a derrame.
        if lower.contains("ataque cerebral") {
            offenders.push(format!("ataque cerebral: {text}"));
        }
        // A decimal comma (2,8) reads wrong to US readers.
        let chars: Vec<char> = text.chars().collect();
        for (i, w) in chars.windows(3).enumerate() {
            let decimal_comma =
                w[0].is_ascii_digit() && w[1] == ',' && w[2].is_ascii_digit();
            let digits_after = chars[i + 2..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count();
            if decimal_comma && digits_after != 3 {
                offenders.push(format!("decimal comma: {text}"));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
    let all = all_spanish().join("\n");
    assert!(all.contains("esclerosis múltiple (EM)"));
    assert!(all.contains("derrame cerebral"));
    assert!(all.contains("oprima 2") && all.contains("AYUDA"));
}
