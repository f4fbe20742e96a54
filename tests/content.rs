//! The content against the brief: reading level, sentence and paragraph
//! length, fact coverage, banned names and structure. Native only.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

/// Sentence, word and syllable counts and the reading grade: test-only,
/// so it lives with the tests, not in the app.
mod readability;

use ms_your_spine::content::{
    self, AppliesTo, Block, CareLevel, care, clinic, quiz, review, sources,
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
    for s in symptoms::all_cards() {
        for text in [s.feels_like, s.what_helps, s.get_help] {
            out.push((s.id.to_string(), text));
        }
    }
    for card in care::CARDS {
        out.push((format!("{:?} card", card.level), card.advice));
        out.push((format!("{:?} how soon", card.level), card.how_soon));
    }
    for sign in care::SIGNS {
        out.push((format!("sign {}", sign.id), sign.text));
    }
    for flag in [care::RELAPSE_FLAG, care::PSEUDO_RELAPSE_FLAG] {
        out.push((format!("{:?} flag", flag.level), flag.explain));
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
            &[
                "2.8 million",
                "1 in 3,000",
                "atlas of ms",
                "probably higher",
            ],
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
        (
            "6 spine only",
            &["small group", "1 in 5", "none in the brain"],
        ),
        ("7 where", &["2 in 3", "neck", "l1", "lower back"]),
        (
            "8 name",
            &["spinal muscular atrophy", "ms in the spinal cord"],
        ),
        (
            "9 how pain differs (corrected)",
            &[
                "at its own level and anywhere below it",
                "a lesion in the neck can affect your legs and bladder",
                "ordinary back pain",
                "nerve root",
                "one nerve's path",
            ],
        ),
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
        // "Corrections and additions, second review".
        (
            "stroke",
            &[
                "suddenly, your face droops",
                "arm or leg on one side",
                "trouble speaking",
                "stroke",
                "alemtuzumab",
            ],
        ),
        (
            "911 also",
            &["trouble breathing or swallowing", "lose your sight"],
        ),
        (
            "same day",
            &[
                "severe or unsafe",
                "less than 24 hours ago",
                "do not wait 24 hours",
                "blurred, dim or dull",
                "hurts to move that eye",
                "after-hours line or go to urgent care",
                "fever or an infection",
                "pseudo-relapse",
                "lowers your immune system",
            ],
        ),
        (
            "relapse",
            &[
                "no fever or infection",
                "at least 30 days after the last",
                "within 14 days",
                "not every relapse needs treatment",
                "3 to 5 days",
                "steroid",
                "do not change the long-term course",
                "plasma exchange",
            ],
        ),
        (
            "disease-modifying medicines",
            &[
                "lower the number of relapses and new lesions",
                "work best when started early",
                "most are for relapsing ms",
                "ocrelizumab",
                "primary progressive",
            ],
        ),
        (
            "types of ms",
            &[
                "relapsing-remitting",
                "85 in 100",
                "secondary progressive",
                "primary progressive",
                "10 to 15 in 100",
            ],
        ),
        (
            "diagnosis 2024",
            &[
                "optic nerve",
                "fifth place",
                "oligoclonal bands",
                "kappa free light chains",
                "visual evoked potentials",
                "(oct)",
                "blood tests",
                "nmosd",
                "mogad",
                "never diagnosed from an mri scan alone",
            ],
        ),
        ("us figure", &["nearly 1 million", "national ms society"]),
        ("crisis", &["988", "suicide", "depression"]),
        (
            "also cover",
            &[
                "fatigue",
                "uhthoff's phenomenon",
                "sexual problems",
                "low mood",
                "easing neck and back pain",
            ],
        ),
        ("ms team", &["your neurologist or ms nurse"]),
        (
            "the clinic",
            &["spine practice", "for ms symptoms, call your own ms team"],
        ),
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
    let actions = ["doctor", "MS team", "911"];
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
fn paralysis_is_a_problem_of_movement_not_numbness() {
    let card = |id: &str| {
        symptoms::all_cards()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no {id} card"))
    };
    assert!(card("weakness").feels_like.contains("(paralysis)"));
    let numbness = card("numbness");
    for text in [numbness.feels_like, numbness.what_helps, numbness.get_help] {
        assert!(!text.to_lowercase().contains("paralys"), "{text}");
    }
}

#[test]
fn the_other_symptoms_have_cards_outside_the_diary() {
    let ids: Vec<&str> = symptoms::LIVING_WITH.iter().map(|s| s.id).collect();
    assert_eq!(ids, ["fatigue", "heat", "sexual", "mood"]);
    for s in symptoms::LIVING_WITH {
        for field in [s.name, s.feels_like, s.what_helps, s.get_help] {
            assert!(!field.trim().is_empty(), "{}", s.id);
        }
        assert!(
            symptoms::SYMPTOMS.iter().all(|d| d.id != s.id),
            "{} would change the diary's format",
            s.id
        );
    }
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
fn one_card_per_care_level_in_page_order() {
    let levels: Vec<CareLevel> = care::CARDS.iter().map(|c| c.level).collect();
    assert_eq!(
        levels,
        CareLevel::ALL,
        "most urgent first, 988 straight after 911"
    );
    for level in CareLevel::ALL {
        assert_eq!(care::card(level).level, level);
        assert!(care::signs_at(level).count() > 0, "{level:?} has no sign");
        let card = care::card(level);
        assert!(card.heading.starts_with(card.action), "{}", card.heading);
        assert!(card.heading.ends_with(" if:"), "{}", card.heading);
    }
    let heading = |level| care::card(level).heading;
    assert_eq!(heading(CareLevel::Emergency), "Call 911 now if:");
    assert_eq!(heading(CareLevel::Crisis), "Call or text 988 now if:");
    assert!(heading(CareLevel::SameDay).contains("today"));
    assert!(care::card(CareLevel::Soon).how_soon.contains("14 days"));
    // Only the 911 and 988 cards have a call button, each to its number.
    for card in care::CARDS {
        match card.level {
            CareLevel::Emergency => {
                assert_eq!(card.call, Some(("Call 911", "tel:911")))
            }
            CareLevel::Crisis => {
                assert_eq!(card.call, Some(("Call or text 988", "tel:988")))
            }
            _ => assert_eq!(card.call, None, "{:?}", card.level),
        }
    }
    // Urgency order: the derived order ranks levels.
    let mut sorted = CareLevel::ALL;
    sorted.sort();
    assert_eq!(sorted, CareLevel::ALL);
}

#[test]
fn the_care_table_has_every_sign_at_its_level() {
    let level_of = |id: &str| {
        care::sign(id)
            .unwrap_or_else(|| panic!("no sign {id}"))
            .level
    };
    for id in [
        "stroke",
        "both-legs",
        "saddle",
        "lost-control",
        "cannot-pee",
        "breathing",
        "sight-lost",
    ] {
        assert_eq!(level_of(id), CareLevel::Emergency, "{id}");
    }
    assert_eq!(level_of("suicide"), CareLevel::Crisis);
    for id in [
        "severe",
        "eye",
        "fever",
        "fever-immune",
        "urine-infection",
        "urine-blood",
    ] {
        assert_eq!(level_of(id), CareLevel::SameDay, "{id}");
    }
    for id in ["new-symptom", "worse-symptom"] {
        assert_eq!(level_of(id), CareLevel::Soon, "{id}");
    }
    for id in ["comes-and-goes", "slow-change", "daily-life"] {
        assert_eq!(level_of(id), CareLevel::Routine, "{id}");
    }
    // Saddle numbness is a 911 sign only when it is new.
    assert!(care::sign("saddle").unwrap().text.contains("new numbness"));
    // Ids and texts are unique, so a test id finds exactly one sign.
    let ids: HashSet<&str> = care::SIGNS.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), care::SIGNS.len());
    let texts: HashSet<&str> = care::SIGNS.iter().map(|s| s.text).collect();
    assert_eq!(texts.len(), care::SIGNS.len());
    // Signs are grouped by level, most urgent level first (as the
    // checklist and the cards list them).
    let order: Vec<CareLevel> = care::SIGNS.iter().map(|s| s.level).collect();
    let mut grouped = order.clone();
    grouped.dedup();
    let set: HashSet<CareLevel> = grouped.iter().copied().collect();
    assert_eq!(set.len(), grouped.len(), "levels not grouped: {order:?}");
}

#[test]
fn symptom_cards_take_their_signs_from_the_care_table() {
    let card_ids: HashSet<&str> = symptoms::all_cards().map(|s| s.id).collect();
    // Every id a sign names is a real card.
    for sign in care::SIGNS {
        if let AppliesTo::Only(ids) = sign.applies_to {
            for id in ids {
                assert!(card_ids.contains(id), "{}: {id}", sign.id);
            }
        }
    }
    for symptom in symptoms::all_cards() {
        let signs: Vec<_> =
            care::signs_for_symptom(symptom.id, ms_your_spine::lang::Lang::En)
                .collect();
        assert!(
            signs.iter().any(|s| s.level < CareLevel::Routine),
            "{} lists no urgent sign",
            symptom.id
        );
        // Most urgent first, as the table is.
        assert!(signs.windows(2).all(|w| w[0].level <= w[1].level));
        // The card's own words add only routine advice: every urgent
        // instruction comes from the table, so the two cannot disagree.
        for text in [symptom.feels_like, symptom.what_helps, symptom.get_help] {
            let lower = text.to_lowercase();
            for urgent in
                ["911", "988", "today", "24 hours", "same day", "right away"]
            {
                assert!(
                    !lower.contains(urgent),
                    "{}: \"{urgent}\" in {text}",
                    symptom.id
                );
            }
        }
    }
    let ids = |symptom: &str| -> Vec<&str> {
        care::signs_for_symptom(symptom, ms_your_spine::lang::Lang::En)
            .map(|s| s.id)
            .collect()
    };
    // Every physical card can reach the relapse, fever and severe signs.
    for symptom in symptoms::all_cards().filter(|s| s.id != "mood") {
        for sign in ["severe", "fever", "new-symptom", "worse-symptom"] {
            assert!(ids(symptom.id).contains(&sign), "{}: {sign}", symptom.id);
        }
    }
    assert!(ids("weakness").contains(&"stroke"));
    assert!(ids("weakness").contains(&"both-legs"));
    assert!(ids("numbness").contains(&"saddle"));
    assert!(ids("bladder").contains(&"cannot-pee"));
    assert!(ids("bladder").contains(&"urine-infection"));
    assert!(ids("bladder").contains(&"urine-blood"));
    assert!(ids("bowel").contains(&"lost-control"));
    assert_eq!(ids("mood"), ["suicide"]);
}

#[test]
fn diary_flags_use_the_care_tables_levels() {
    assert_eq!(care::RELAPSE_FLAG.level, CareLevel::Soon);
    assert_eq!(care::PSEUDO_RELAPSE_FLAG.level, CareLevel::SameDay);
    // A relapse flag says what the "soon" card says: within 14 days, and
    // only without fever or infection.
    assert!(care::RELAPSE_FLAG.explain.contains("within 14 days"));
    assert!(care::RELAPSE_FLAG.explain.contains("no fever or infection"));
    assert!(care::RELAPSE_FLAG.headline.starts_with("Possible relapse"));
    // The pseudo-relapse flag acts today, as the same-day card's fever
    // sign does, and says it is not a relapse.
    assert!(care::PSEUDO_RELAPSE_FLAG.headline.ends_with("today"));
    assert!(care::PSEUDO_RELAPSE_FLAG.explain.contains("pseudo-relapse"));
    assert!(
        care::PSEUDO_RELAPSE_FLAG
            .explain
            .contains("check for infection")
    );
    // It never tells the person it is "not a relapse": only their MS
    // team can say that.
    assert!(!care::PSEUDO_RELAPSE_FLAG.explain.contains("not a relapse"));
    assert_eq!(care::sign("fever").unwrap().level, CareLevel::SameDay);
    for flag in [care::RELAPSE_FLAG, care::PSEUDO_RELAPSE_FLAG] {
        assert!(!flag.headline.to_lowercase().contains("diagnos"));
        assert_eq!(
            care::card(flag.level).level,
            flag.level,
            "a flag's card exists"
        );
    }
}

#[test]
fn every_advice_page_names_its_sources() {
    let mut used = HashSet::new();
    for topic in topics::TOPICS {
        if topic.slug == "about" {
            // The about page lists every source itself.
            assert!(topic.sources.is_empty());
            continue;
        }
        assert!(!topic.sources.is_empty(), "{} has no sources", topic.slug);
        for id in topic.sources {
            assert!(sources::by_id(id).is_some(), "{}: {id}", topic.slug);
            used.insert(*id);
        }
    }
    // Every source backs at least one page; ids are unique.
    let ids: HashSet<&str> = sources::SOURCES.iter().map(|s| s.id).collect();
    assert_eq!(ids.len(), sources::SOURCES.len());
    let unused: Vec<&&str> = ids.difference(&used).collect();
    assert!(unused.is_empty(), "sources no page names: {unused:?}");
    let get_help = topics::by_slug("get-help").unwrap().sources;
    for needed in ["stroke-fast", "nmss-relapses", "msaa-toolkit"] {
        assert!(get_help.contains(&needed), "{needed}");
    }
    let diagnosis = topics::by_slug("diagnosis").unwrap().sources;
    assert!(diagnosis.contains(&"mcdonald-2024"));
}

#[test]
fn stats_match_their_icon_arrays() {
    let expect = [
        ("spinal-lesions", 6, 10, true),
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
        "Lancet Neurology 2025",
        "Managing relapses",
        "MS Relapse Toolkit",
        "Stroke symptoms",
        "988 Suicide & Crisis Lifeline",
        "Pseudo-relapse",
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
        Some("29 November 2026")
    );
    assert!(review::display_date(review::NEXT_REVIEW).is_some());
}

/// Numbers have no decimals, except a big number in millions ("2.8
/// million", which the second review asks for); and no number is
/// written out in millions of digits ("2,800,000").
#[test]
fn numbers_are_easy_to_read() {
    let offenders: Vec<&str> = content::body_texts()
        .into_iter()
        .filter(|text| {
            let chars: Vec<char> = text.chars().collect();
            let decimal = chars.windows(3).enumerate().any(|(i, w)| {
                let is_decimal = w[0].is_ascii_digit()
                    && w[1] == '.'
                    && w[2].is_ascii_digit();
                let rest: String = chars[i + 3..].iter().collect();
                is_decimal && !rest.starts_with(" million")
            });
            let long_digits = text
                .split(|c: char| !(c.is_ascii_digit() || c == ','))
                .any(|run| run.matches(',').count() >= 2);
            decimal || long_digits
        })
        .collect();
    assert!(offenders.is_empty(), "{offenders:#?}");
    // The check can fail: it catches both forms.
    let bad = ["About 2,800,000 people", "about 1.5 in 10"];
    for text in bad {
        let chars: Vec<char> = text.chars().collect();
        let caught = text.contains(",800,")
            || chars
                .windows(3)
                .any(|w| w[1] == '.' && w[0].is_ascii_digit());
        assert!(caught, "{text}");
    }
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
