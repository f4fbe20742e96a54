//! The content against the brief: reading level, sentence and paragraph
//! length, fact coverage, banned names and structure. Native only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use ms_your_spine::content::{
    self, Block, CareLevel, care, clinic, quiz, readability, review, sources,
    spine, stats, symptoms, topics,
};

/// The brief's sentence limit.
const MAX_WORDS: usize = 20;
/// The brief's paragraph limit.
const MAX_SENTENCES: usize = 3;
/// US grade 8 is the top of the brief's reading age (9 to 11).
const MAX_GRADE: f64 = 8.0;

fn all_text() -> String {
    content::body_texts().join("\n")
}

/// Every text rendered as a paragraph, with a label to find it by.
fn paragraphs() -> Vec<(String, &'static str)> {
    let mut out = Vec::new();
    for topic in topics::TOPICS {
        out.push((format!("{} summary", topic.slug), topic.summary));
        out.push((format!("{} next step", topic.slug), topic.next_step));
        for block in topic.body {
            if let Block::Para(text) | Block::Note(text) = *block {
                out.push((topic.slug.to_string(), text));
            }
        }
    }
    for region in spine::REGIONS {
        out.push((region.id.to_string(), region.how_often));
    }
    for s in symptoms::SYMPTOMS {
        for text in [s.feels_like, s.what_helps, s.get_help] {
            out.push((s.id.to_string(), text));
        }
    }
    for card in care::CARE_CARDS {
        out.push((format!("{:?} card", card.level), card.advice));
    }
    for stat in stats::STATS {
        out.push((stat.id.to_string(), stat.text));
    }
    for item in quiz::QUIZ {
        out.push(("quiz".to_string(), item.explanation));
    }
    out.push(("APP_SUMMARY".to_string(), content::APP_SUMMARY));
    out.push(("DISCLAIMER".to_string(), content::DISCLAIMER));
    out
}

#[test]
fn reading_level_is_grade_8_or_below() {
    let texts = content::body_texts();
    let grade = readability::flesch_kincaid_grade(&texts);
    println!("Flesch-Kincaid grade over all content: {grade:.2}");
    assert!(grade <= MAX_GRADE, "grade {grade:.2} is above {MAX_GRADE}");
}

#[test]
fn no_sentence_is_over_20_words() {
    let mut longest = 0;
    let mut offenders = Vec::new();
    for text in content::body_texts() {
        for sentence in readability::sentences(text) {
            let words = readability::word_count(sentence);
            longest = longest.max(words);
            if words > MAX_WORDS {
                offenders.push(format!("{words} words: {sentence}"));
            }
        }
    }
    println!("Longest sentence: {longest} words");
    assert!(offenders.is_empty(), "too long:\n{}", offenders.join("\n"));
}

#[test]
fn no_paragraph_is_over_3_sentences() {
    let offenders: Vec<String> = paragraphs()
        .into_iter()
        .filter_map(|(label, text)| {
            let n = readability::sentences(text).len();
            (n > MAX_SENTENCES).then(|| format!("{label} ({n}): {text}"))
        })
        .collect();
    assert!(offenders.is_empty(), "too long:\n{}", offenders.join("\n"));
}

#[test]
fn made_up_name_never_appears_and_is_corrected() {
    // Built from parts so this file does not contain the phrase either.
    let banned = ["spinal", "muscular", "sclerosis"].join(" ");
    let mut everything = all_text();
    for source in sources::SOURCES {
        everything.push_str(source.title);
        everything.push_str(source.publisher);
    }
    // The content's source files, comments included.
    for file in [
        include_str!("../src/content/mod.rs"),
        include_str!("../src/content/topics.rs"),
        include_str!("../src/content/spine.rs"),
        include_str!("../src/content/symptoms.rs"),
        include_str!("../src/content/care.rs"),
        include_str!("../src/content/stats.rs"),
        include_str!("../src/content/quiz.rs"),
        include_str!("../src/content/sources.rs"),
    ] {
        everything.push_str(file);
    }
    // Squash line breaks and runs of spaces so a wrapped phrase is found.
    let squashed = everything
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(!squashed.contains(&banned));

    // The correction itself is made.
    let text = all_text();
    for phrase in [
        "made-up name",
        "\"muscular\"",
        "Doctors do not use this name",
        "spinal muscular atrophy (SMA)",
        "different disease",
        "\"MS in the spinal cord\"",
        "\"spinal cord lesions\"",
    ] {
        assert!(text.contains(phrase), "missing: {phrase}");
    }
}

#[test]
fn every_fact_in_the_brief_is_covered() {
    let text = all_text().to_lowercase();
    let facts: &[(&str, &[&str])] = &[
        // 2.8 million is written without a decimal, per the brief's rule.
        (
            "1 how common",
            &["2,800,000", "1 in 3,000", "atlas of ms", "probably higher"],
        ),
        (
            "2 what MS is",
            &["immune-mediated", "immune system", "nervous"],
        ),
        ("3 known symptoms", &["coordination", "control", "fatigue"]),
        (
            "4 myelin",
            &["myelin", "insulates", "inflammation", "(lesions)"],
        ),
        ("5 how often", &["more than half", "55 to 75"]),
        ("6 spine only", &["1 in 5", "none in the brain"]),
        ("7 where", &["2 in 3", "neck", "l1", "lower back"]),
        (
            "8 name",
            &["spinal muscular atrophy", "ms in the spinal cord"],
        ),
        ("9 how pain differs", &["ordinary back pain", "body area"]),
        (
            "10 symptoms",
            &[
                "weak",
                "spasticity",
                "paresthesia",
                "(paralysis)",
                "shooting",
                "(incontinence)",
                "(constipation)",
                "lhermitte's sign",
                "1 in 3",
            ],
        ),
        (
            "11 treatment",
            &[
                "injections",
                "tablets",
                "no surgery",
                "herniated",
                "disease-modifying",
                "neurologist",
                "complementary",
                "diet",
                "exercise",
                "family and friends",
                "(depression)",
                "physical therapy",
                "rehab",
                "counseling",
            ],
        ),
        (
            "12 prevention and diagnosis",
            &[
                "cannot be prevented",
                "no single test",
                "mcdonald criteria",
                "2017",
                "2024",
                "history",
                "examination",
                "mri",
                "spinal fluid test",
                "rule out",
            ],
        ),
        ("13 first sign", &["first thing", "see a doctor"]),
        (
            "14 outlook",
            &["normal or near-normal life span", "productive"],
        ),
        ("care levels", &["911", "24 hours", "14 days", "relapse"]),
        ("no diagnosis", &["does not diagnose"]),
    ];
    let missing: Vec<String> = facts
        .iter()
        .flat_map(|(fact, phrases)| {
            phrases
                .iter()
                .filter(|p| !text.contains(&p.to_lowercase()))
                .map(move |p| format!("fact {fact}: {p}"))
        })
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");

    // Fact 15, the call link, lives in clinic.rs.
    assert_eq!(
        clinic::tel_href(clinic::PHONE_DISPLAY).as_deref(),
        Some("tel:+13108287757")
    );
    // The about page names the clinic the article came from.
    let about = topics::by_slug("about").expect("about page");
    let about_text: Vec<&str> = about
        .body
        .iter()
        .filter_map(|b| match *b {
            Block::Para(t) => Some(t),
            _ => None,
        })
        .collect();
    let about_text = about_text.join(" ");
    assert!(about_text.contains(clinic::NAME));
    assert!(about_text.contains(clinic::CITY));
}

#[test]
fn topics_are_in_order_with_safe_unique_slugs() {
    let slugs: Vec<&str> = topics::TOPICS.iter().map(|t| t.slug).collect();
    assert_eq!(
        slugs,
        [
            "what-is-ms",
            "your-spine",
            "symptoms",
            "treatment",
            "diagnosis",
            "get-help",
            "outlook",
            "about",
        ]
    );
    let unique: HashSet<&str> = slugs.iter().copied().collect();
    assert_eq!(unique.len(), slugs.len());
    for slug in &slugs {
        let safe = slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        assert!(safe && !slug.starts_with('-') && !slug.ends_with('-'));
        assert_eq!(topics::by_slug(slug).map(|t| t.slug), Some(*slug));
    }
    assert!(topics::by_slug("no-such-page").is_none());
    for topic in topics::TOPICS {
        for field in [topic.title, topic.nav_label, topic.summary] {
            assert!(!field.trim().is_empty(), "{}", topic.slug);
        }
        assert!(!topic.body.is_empty(), "{}", topic.slug);
        assert!(!topic.next_step.trim().is_empty(), "{}", topic.slug);
    }
}

#[test]
fn advice_pages_end_with_what_to_do_next() {
    let actions = ["doctor", "clinic", "MS team", "911"];
    for topic in topics::TOPICS {
        assert!(
            actions.iter().any(|a| topic.next_step.contains(a)),
            "{}: {}",
            topic.slug,
            topic.next_step
        );
    }
    assert!(content::DISCLAIMER.contains("does not diagnose"));
}

#[test]
fn spine_regions_run_from_neck_down() {
    let ids: Vec<&str> = spine::REGIONS.iter().map(|r| r.id).collect();
    assert_eq!(ids, ["cervical", "thoracic", "lumbar", "sacral"]);
    let names: Vec<&str> =
        spine::REGIONS.iter().map(|r| r.plain_name).collect();
    assert_eq!(
        names,
        [
            "Neck",
            "Chest / upper back",
            "Lower back",
            "Base of the spine"
        ]
    );
    for region in spine::REGIONS {
        assert!(!region.can_affect.is_empty(), "{}", region.id);
        assert!(!region.how_often.is_empty(), "{}", region.id);
    }
    assert!(spine::REGIONS[0].how_often.contains("2 in 3"));
}

#[test]
fn symptoms_are_the_six_diary_ids() {
    let ids: Vec<&str> = symptoms::SYMPTOMS.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "weakness",
            "stiffness",
            "numbness",
            "shooting-pain",
            "bladder",
            "bowel",
        ]
    );
    for s in symptoms::SYMPTOMS {
        for field in [s.name, s.feels_like, s.what_helps, s.get_help] {
            assert!(!field.trim().is_empty(), "{}", s.id);
        }
    }
    let term = |id: &str| {
        symptoms::SYMPTOMS
            .iter()
            .find(|s| s.id == id)
            .and_then(|s| s.medical_term)
    };
    assert_eq!(term("stiffness"), Some("spasticity"));
    assert_eq!(term("numbness"), Some("paresthesia"));
}

#[test]
fn three_care_cards_from_most_urgent() {
    let cards = care::CARE_CARDS;
    let levels: Vec<CareLevel> = cards.iter().map(|c| c.level).collect();
    assert_eq!(
        levels,
        [CareLevel::Emergency, CareLevel::Urgent, CareLevel::Routine]
    );
    let headings: Vec<&str> = cards.iter().map(|c| c.heading).collect();
    assert_eq!(
        headings,
        [
            "Call 911 now if:",
            "Contact your doctor or MS team today if:",
            "Mention it at your next appointment if:",
        ]
    );
    for card in cards {
        assert!(!card.signs.is_empty());
    }
    let emergency = cards[0].signs.join(" ");
    for sign in [
        "both legs",
        "genitals or buttocks",
        "bladder or bowel",
        "pee",
    ] {
        assert!(emergency.contains(sign), "{sign}");
    }
    assert!(cards[1].signs.join(" ").contains("24 hours"));
    assert!(cards[1].advice.contains("14 days"));
}

#[test]
fn stats_match_their_icon_arrays() {
    let expect = [
        ("spinal-lesions", 6, 10, true),
        ("spine-only", 1, 5, false),
        ("neck", 2, 3, false),
        ("lhermitte", 1, 3, false),
    ];
    assert_eq!(stats::STATS.len(), expect.len());
    for (stat, (id, count, out_of, at_least)) in stats::STATS.iter().zip(expect)
    {
        assert_eq!(
            (stat.id, stat.count, stat.out_of, stat.at_least),
            (id, count, out_of, at_least)
        );
        assert!(stat.count <= stat.out_of);
        assert!(!stat.text.is_empty());
    }
}

#[test]
fn quiz_mixes_myths_and_facts_kindly() {
    let items = quiz::QUIZ;
    assert!((6..=8).contains(&items.len()), "{}", items.len());
    assert!(items.iter().any(|q| q.is_fact));
    assert!(items.iter().any(|q| !q.is_fact));
    for item in items {
        let opener = if item.is_fact {
            "That's right - "
        } else {
            "Not quite - "
        };
        assert!(item.explanation.starts_with(opener), "{}", item.explanation);
    }
}

#[test]
fn sources_are_complete_and_linked() {
    for source in sources::SOURCES {
        assert!(!source.title.is_empty() && !source.publisher.is_empty());
        assert!(!source.year.is_empty());
        assert!(source.url.starts_with("https://"), "{}", source.url);
        assert!(!source.url.contains(char::is_whitespace), "{}", source.url);
    }
    let titles: Vec<&str> = sources::SOURCES.iter().map(|s| s.title).collect();
    let titles = titles.join("\n");
    for needed in [
        "Atlas of MS, 3rd edition",
        "2017 revisions of the McDonald criteria",
        "2024 revisions of the McDonald criteria",
        "NG220",
        "CG186",
        "Relapse",
        "Effect of Multiple Sclerosis on the Spine",
    ] {
        assert!(titles.contains(needed), "{needed}");
    }
}

#[test]
fn review_dates_are_shown_in_words() {
    assert_eq!(
        review::display_date(review::LAST_REVIEWED).as_deref(),
        Some("28 November 2026")
    );
    assert!(review::display_date(review::NEXT_REVIEW).is_some());
}

#[test]
fn numbers_have_no_decimals() {
    let offenders: Vec<&str> = content::body_texts()
        .into_iter()
        .filter(|text| {
            let chars: Vec<char> = text.chars().collect();
            chars.windows(3).any(|w| {
                w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit()
            })
        })
        .collect();
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn spelling_is_american() {
    let text = all_text().to_lowercase();
    let british = [
        "fibre",
        "colour",
        "counselling",
        "centre",
        "behaviour",
        "organis",
        "recognis",
        "realis",
        "programme",
        "labour",
        "favour",
        "tumour",
        "paediatric",
        "haemo",
        "anaemi",
        "diarrhoea",
        "oesophag",
        "ageing",
        "whilst",
        "amongst",
        "learnt",
        "analyse",
        "practise",
        "travelled",
        "wee ",
        " poo ",
        "toilet",
    ];
    let found: Vec<&str> =
        british.into_iter().filter(|w| text.contains(w)).collect();
    assert!(found.is_empty(), "{found:?}");
}
