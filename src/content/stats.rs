//! Proportions drawn as icon arrays, each with the words that say the
//! same thing for everyone, including screen-reader users.

use super::model::Stat;

/// The figures in a language, in the same order.
pub const fn stats_in(lang: crate::lang::Lang) -> &'static [Stat] {
    match lang {
        crate::lang::Lang::En => STATS,
        crate::lang::Lang::Es => super::es::stats::STATS,
    }
}

/// The figures, in the order the pages use them.
pub const STATS: &[Stat] = &[
    Stat {
        id: "spinal-lesions",
        count: 6,
        out_of: 10,
        at_least: true,
        text: "More than half of people with MS get lesions in the spinal \
cord. Studies find them in about 55 to 75 in every 100.",
    },
    Stat {
        id: "neck",
        count: 2,
        out_of: 3,
        at_least: false,
        text: "About 2 in 3 spinal cord lesions are in the neck part of the \
cord.",
    },
    Stat {
        id: "lhermitte",
        count: 1,
        out_of: 3,
        at_least: false,
        text: "About 1 in 3 people with MS feel a brief electric shock when \
they bend the neck (Lhermitte's sign).",
    },
];
