//! The educational content as typed data: one source of truth that pages
//! render and tests read.

pub mod care;
pub mod clinic;
pub mod es;
pub mod model;
pub mod quiz;
pub mod review;
pub mod sources;
pub mod spine;
pub mod stats;
pub mod symptoms;
pub mod topics;

pub use model::*;

use crate::lang::Lang;

/// The app's name in a language.
pub const fn app_name(lang: Lang) -> &'static str {
    lang.pick(APP_NAME, es::APP_NAME)
}

/// What the app is for, in a language.
pub const fn app_summary(lang: Lang) -> &'static str {
    lang.pick(APP_SUMMARY, es::APP_SUMMARY)
}

/// The disclaimer on every page, in a language.
pub const fn disclaimer(lang: Lang) -> &'static str {
    lang.pick(DISCLAIMER, es::DISCLAIMER)
}

/// The app's name as shown in the header and the page title.
pub const APP_NAME: &str = "MS & Your Spine";

/// One plain sentence on what the app is for.
pub const APP_SUMMARY: &str = "Learn how multiple sclerosis (MS) can \
affect the spine, and keep a private record of your symptoms on your \
phone.";

/// Shown on every page: the app teaches, it does not diagnose.
pub const DISCLAIMER: &str = "This app gives general information. It \
does not diagnose anything. Talk to a doctor about your own symptoms.";

/// Every piece of user-facing prose in the content, one text per
/// paragraph, list item, heading or label, so tests can hold all of it to
/// the writing rules (sentence length, reading level, banned names).
/// Source titles and links are not prose and are left out.
pub fn body_texts() -> Vec<&'static str> {
    let mut texts = vec![APP_NAME, APP_SUMMARY, DISCLAIMER];
    for topic in topics::TOPICS {
        texts.extend([topic.title, topic.nav_label, topic.summary]);
        for block in topic.body {
            match *block {
                Block::Para(text)
                | Block::Heading(text)
                | Block::Note(text) => texts.push(text),
                Block::List(items) => texts.extend_from_slice(items),
            }
        }
        texts.push(topic.next_step);
    }
    for region in spine::REGIONS {
        texts.extend([
            region.plain_name,
            region.medical_name,
            region.vertebrae,
        ]);
        texts.extend_from_slice(region.can_affect);
        texts.push(region.how_often);
    }
    for symptom in symptoms::all_cards() {
        texts.push(symptom.name);
        texts.extend(symptom.medical_term);
        texts.extend([
            symptom.feels_like,
            symptom.what_helps,
            symptom.get_help,
        ]);
    }
    for card in care::CARDS {
        texts.extend([card.heading, card.action, card.how_soon, card.advice]);
    }
    texts.extend(care::SIGNS.iter().map(|sign| sign.text));
    for flag in [care::RELAPSE_FLAG, care::PSEUDO_RELAPSE_FLAG] {
        texts.extend([flag.headline, flag.explain]);
    }
    texts.extend(stats::STATS.iter().map(|stat| stat.text));
    texts.extend([clinic::ROLE, clinic::MS_TEAM_FIRST]);
    for item in quiz::QUIZ {
        texts.extend([item.statement, item.explanation]);
    }
    texts
}
