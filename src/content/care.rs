//! When to get help: ONE table of signs, each with its care level, and
//! one card per level (after the NHS care-card pattern). The Get help
//! page, the checklist's emergency signs, the symptom cards and the
//! diary's flags all read this file, so they can never disagree.
//!
//! Sources (see CONTENT_BRIEF.md, "Corrections and additions, second
//! review"): American Stroke Association (FAST); NHS back-pain emergency
//! list; National MS Society "Managing relapses"; MS Trust relapse and
//! pseudo-relapse; MSAA relapse toolkit; NICE QS108 statement 5; 988
//! Suicide & Crisis Lifeline. "urine-blood" is not in the brief's table:
//! the NHS page on urinary tract infections asks for an urgent GP
//! appointment the same day when you see blood in your pee, and a
//! bladder infection is the brief's "infection, often of the bladder",
//! so it sits with the same-day signs. The app never diagnoses: a sign only says
//! how quickly to ask for help.

use super::model::{AppliesTo, CareCard, CareLevel, CareSign};
use crate::lang::Lang;

/// The spinal symptoms that a sudden change in both legs can show up in.
pub(crate) const LEGS: &[&str] = &["weakness", "numbness", "shooting-pain"];

/// Every symptom card about the body: the relapse, fever and "severe"
/// signs apply to each (the mood card has the crisis line instead).
pub(crate) const PHYSICAL: &[&str] = &[
    "weakness",
    "stiffness",
    "numbness",
    "shooting-pain",
    "bladder",
    "bowel",
    "fatigue",
    "heat",
    "sexual",
];

/// Every sign, grouped by level, most urgent level first.
pub const SIGNS: &[CareSign] = &[
    // 911 now.
    CareSign {
        id: "stroke",
        level: CareLevel::Emergency,
        text: "Suddenly, your face droops, an arm or leg on one side goes weak, \
or you have trouble speaking",
        applies_to: AppliesTo::Only(&["weakness", "numbness"]),
    },
    CareSign {
        id: "both-legs",
        level: CareLevel::Emergency,
        text: "You suddenly have weakness or numbness in both legs",
        applies_to: AppliesTo::Only(LEGS),
    },
    CareSign {
        id: "saddle",
        level: CareLevel::Emergency,
        text: "You have new numbness around your genitals or buttocks",
        applies_to: AppliesTo::Only(&["numbness", "bladder", "bowel"]),
    },
    CareSign {
        id: "lost-control",
        level: CareLevel::Emergency,
        text: "You have new loss of control of your bladder or bowels",
        applies_to: AppliesTo::Only(&["bladder", "bowel"]),
    },
    CareSign {
        id: "cannot-pee",
        level: CareLevel::Emergency,
        text: "You cannot pee at all",
        applies_to: AppliesTo::Only(&["bladder"]),
    },
    CareSign {
        id: "breathing",
        level: CareLevel::Emergency,
        text: "You have trouble breathing or swallowing",
        applies_to: AppliesTo::Only(&["weakness"]),
    },
    CareSign {
        id: "sight-lost",
        level: CareLevel::Emergency,
        text: "You suddenly lose your sight in one or both eyes",
        applies_to: AppliesTo::NoCard,
    },
    // 988 now.
    CareSign {
        id: "suicide",
        level: CareLevel::Crisis,
        text: "You have thoughts of ending your life or harming yourself",
        applies_to: AppliesTo::Only(&["mood"]),
    },
    // Same day.
    CareSign {
        id: "severe",
        level: CareLevel::SameDay,
        text: "A symptom is severe or unsafe for you, even if it started less \
than 24 hours ago",
        applies_to: AppliesTo::Only(PHYSICAL),
    },
    CareSign {
        id: "eye",
        level: CareLevel::SameDay,
        text: "Sight in one eye becomes blurred, dim or dull, or it hurts to \
move that eye",
        applies_to: AppliesTo::NoCard,
    },
    CareSign {
        id: "fever",
        level: CareLevel::SameDay,
        text: "You have a fever or an infection, and your symptoms get worse",
        applies_to: AppliesTo::Only(PHYSICAL),
    },
    CareSign {
        id: "fever-immune",
        level: CareLevel::SameDay,
        text: "You have a fever and take an MS medicine that lowers your \
immune system",
        applies_to: AppliesTo::NoCard,
    },
    CareSign {
        id: "urine-infection",
        level: CareLevel::SameDay,
        text: "It hurts or burns when you pee, or you need to pee much more \
than usual",
        applies_to: AppliesTo::Only(&["bladder"]),
    },
    CareSign {
        id: "urine-blood",
        level: CareLevel::SameDay,
        text: "You see blood in your pee",
        applies_to: AppliesTo::Only(&["bladder"]),
    },
    // Soon: a possible relapse.
    CareSign {
        id: "new-symptom",
        level: CareLevel::Soon,
        text: "You have a new symptom that lasts more than 24 hours",
        applies_to: AppliesTo::Only(PHYSICAL),
    },
    CareSign {
        id: "worse-symptom",
        level: CareLevel::Soon,
        text: "An old symptom gets worse and stays worse for more than 24 \
hours",
        applies_to: AppliesTo::Only(PHYSICAL),
    },
    // Routine.
    CareSign {
        id: "comes-and-goes",
        level: CareLevel::Routine,
        text: "Your usual MS symptoms come and go, as they have before",
        applies_to: AppliesTo::NoCard,
    },
    CareSign {
        id: "slow-change",
        level: CareLevel::Routine,
        text: "Your symptoms change slowly over weeks or months",
        applies_to: AppliesTo::NoCard,
    },
    CareSign {
        id: "daily-life",
        level: CareLevel::Routine,
        text: "A symptom gets in the way of sleep, work or daily life",
        applies_to: AppliesTo::NoCard,
    },
];

/// One card per level, most urgent first, as the Get help page shows
/// them (the 988 card straight after 911: a person in crisis must not
/// scroll past "routine").
pub const CARDS: &[CareCard] = &[
    CareCard {
        level: CareLevel::Emergency,
        heading: "Call 911 now if:",
        action: "Call 911 now",
        how_soon: "Now. Do not wait to see if it passes.",
        advice: "A drooping face, a weak arm or trouble speaking can mean a \
stroke. People with MS can have strokes too, and one MS medicine \
(alemtuzumab) carries a stroke warning. Note the time the signs started.",
        call: Some(("Call 911", "tel:911")),
    },
    CareCard {
        level: CareLevel::Crisis,
        heading: "Call or text 988 now if:",
        action: "Call or text 988 now",
        how_soon: "Now. Help is free, day and night.",
        advice: "Low mood and depression are common in MS, and they can be \
treated. 988 is the Suicide & Crisis Lifeline. If you are in danger right \
now, call 911.",
        call: Some(("Call or text 988", "tel:988")),
    },
    CareCard {
        level: CareLevel::SameDay,
        heading: "Contact your doctor or MS team today if:",
        action: "Contact your doctor or MS team today",
        how_soon: "Today. Do not wait 24 hours. If you cannot reach them, call \
an after-hours line or go to urgent care.",
        advice: "A fever or infection, often in the bladder, can bring old \
symptoms back for a while. This is called a pseudo-relapse. The infection \
needs checking and treating.",
        call: None,
    },
    CareCard {
        level: CareLevel::Soon,
        heading: "Contact your MS team soon if:",
        action: "Contact your MS team soon",
        how_soon: "As soon as you can. You should be seen within 14 days.",
        advice: "If you have no fever or infection, this may be a relapse (a \
flare-up). Your MS team means your neurologist (nerve doctor) or MS nurse. UK \
guidance (NICE) says a relapse should be checked within 14 days of it \
starting.",
        call: None,
    },
    CareCard {
        level: CareLevel::Routine,
        heading: "Mention it at your next appointment if:",
        action: "Mention it at your next appointment",
        how_soon: "At your next visit.",
        advice: "Writing your symptoms down helps you remember the details \
at your visit.",
        call: None,
    },
];

/// The care table in a language (the same signs in the same order).
pub const fn signs_in(lang: Lang) -> &'static [CareSign] {
    match lang {
        Lang::En => SIGNS,
        Lang::Es => super::es::care::SIGNS,
    }
}

/// The cards in a language (the same levels in the same order).
pub const fn cards_in(lang: Lang) -> &'static [CareCard] {
    match lang {
        Lang::En => CARDS,
        Lang::Es => super::es::care::CARDS,
    }
}

/// The signs at one level, in table order.
pub fn signs_at(level: CareLevel) -> impl Iterator<Item = &'static CareSign> {
    signs_at_in(level, Lang::En)
}

/// The signs at one level in a language, in table order.
pub fn signs_at_in(
    level: CareLevel,
    lang: Lang,
) -> impl Iterator<Item = &'static CareSign> {
    signs_in(lang)
        .iter()
        .filter(move |sign| sign.level == level)
}

/// The signs a symptom card lists, in table order (most urgent first).
pub fn signs_for_symptom(
    symptom_id: &str,
    lang: Lang,
) -> impl Iterator<Item = &'static CareSign> + '_ {
    signs_in(lang)
        .iter()
        .filter(move |sign| match sign.applies_to {
            AppliesTo::Only(ids) => ids.contains(&symptom_id),
            AppliesTo::NoCard => false,
        })
}

/// The card for a level. Every level has one (a test checks it); if that
/// were ever broken, the most urgent card stands in, never a calmer one.
pub fn card(level: CareLevel) -> &'static CareCard {
    card_in(level, Lang::En)
}

/// The card for a level in a language (as [`card`]).
pub fn card_in(level: CareLevel, lang: Lang) -> &'static CareCard {
    let cards = cards_in(lang);
    cards
        .iter()
        .find(|card| card.level == level)
        .unwrap_or(&cards[0])
}

/// The sign with this id, if any.
pub fn sign(id: &str) -> Option<&'static CareSign> {
    sign_in(id, Lang::En)
}

/// The sign with this id in a language, if any.
pub fn sign_in(id: &str, lang: Lang) -> Option<&'static CareSign> {
    signs_in(lang).iter().find(|sign| sign.id == id)
}

impl CareLevel {
    /// Every level, most urgent first (the derived order).
    pub const ALL: [CareLevel; 5] = [
        CareLevel::Emergency,
        CareLevel::Crisis,
        CareLevel::SameDay,
        CareLevel::Soon,
        CareLevel::Routine,
    ];

    /// The word on the card's badge.
    pub const fn label(self) -> &'static str {
        self.label_in(Lang::En)
    }

    /// The word on the card's badge in a language.
    pub const fn label_in(self, lang: Lang) -> &'static str {
        match self {
            CareLevel::Emergency => lang.pick("Emergency", "Emergencia"),
            CareLevel::Crisis => lang.pick("Crisis", "Crisis"),
            CareLevel::SameDay => lang.pick("Same day", "Hoy mismo"),
            CareLevel::Soon => lang.pick("Within days", "En pocos días"),
            CareLevel::Routine => lang.pick("Routine", "En su cita"),
        }
    }

    /// A CSS class, test id and anchor suffix: `#care-same-day`.
    pub const fn key(self) -> &'static str {
        match self {
            CareLevel::Emergency => "emergency",
            CareLevel::Crisis => "crisis",
            CareLevel::SameDay => "same-day",
            CareLevel::Soon => "soon",
            CareLevel::Routine => "routine",
        }
    }

    /// Where this level's card is on the Get help page.
    pub fn help_href(self) -> String {
        self.help_href_in(Lang::En)
    }

    /// Where this level's card is on the Get help page in a language.
    pub fn help_href_in(self, lang: Lang) -> String {
        // The Get help topic's own slug, as the route table reads it (a
        // field of a constant: none of the topic's text comes along).
        let page = lang.pick(
            super::topics::GET_HELP.slug,
            super::es::topics::GET_HELP.slug,
        );
        format!("{}/{page}/#care-{}", lang.prefix(), self.key())
    }
}

/// What the diary says when a symptom is new or worse for more than 24
/// hours with no fever or infection near it: a possible relapse.
pub const RELAPSE_FLAG: FlagText = FlagText {
    level: CareLevel::Soon,
    headline: "Possible relapse - contact your MS team soon",
    explain: "If you have no fever or infection, it may be a relapse. You \
should be seen within 14 days.",
};

/// What the diary says when a symptom got worse with a fever or infection
/// ticked near it: a possible pseudo-relapse, checked the same day.
pub const PSEUDO_RELAPSE_FLAG: FlagText = FlagText {
    level: CareLevel::SameDay,
    headline: "Worse with a fever or infection - contact a doctor today",
    explain: "A fever or infection can bring old symptoms back, or make them \
worse, for a while (a pseudo-relapse). Contact a doctor today to check for \
infection. Your MS team can then tell if it is also a relapse.",
};

/// The words of a diary flag and the care level it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FlagText {
    pub level: CareLevel,
    /// "Possible ...": never a diagnosis.
    pub headline: &'static str,
    /// What it may mean and how soon to act.
    pub explain: &'static str,
}
