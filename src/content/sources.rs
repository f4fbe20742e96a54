//! The sources the content relies on. Links go to the publisher's own
//! page (or the DOI for journal papers); the app never loads them.

use super::model::Source;

/// Every source, in the order its facts appear in the app.
pub const SOURCES: &[Source] = &[
    Source {
        title: "Atlas of MS, 3rd edition",
        publisher: "MS International Federation (MSIF)",
        year: "2020",
        url: "https://www.atlasofms.org",
    },
    Source {
        title: "What is spinal multiple sclerosis (MS)?",
        publisher: "Medscape",
        year: "2019",
        url: "https://www.medscape.com/answers/1146199-5714/\
what-is-spinal-multiple-sclerosis-ms",
    },
    Source {
        title: "Diagnosis of multiple sclerosis: 2017 revisions of the \
McDonald criteria (Thompson and others)",
        publisher: "The Lancet Neurology",
        year: "2018",
        url: "https://doi.org/10.1016/S1474-4422(17)30470-2",
    },
    Source {
        title: "Diagnosis of multiple sclerosis: 2024 revisions of the \
McDonald criteria (Montalban and others)",
        publisher: "The Lancet Neurology",
        year: "2025",
        url: "https://doi.org/10.1016/S1474-4422(25)00270-4",
    },
    Source {
        title: "Multiple sclerosis",
        publisher: "NHS",
        year: "2026",
        url: "https://www.nhs.uk/conditions/multiple-sclerosis/",
    },
    Source {
        title: "Back pain: when to get urgent help",
        publisher: "NHS",
        year: "2026",
        url: "https://www.nhs.uk/conditions/back-pain/",
    },
    Source {
        title: "Relapse",
        publisher: "MS Trust",
        year: "2026",
        url: "https://www.mstrust.org.uk/a-z/relapse",
    },
    Source {
        title: "Multiple sclerosis in adults: management (NG220). It \
replaced the earlier guideline CG186 in 2022.",
        publisher: "National Institute for Health and Care Excellence (NICE)",
        year: "2022",
        url: "https://www.nice.org.uk/guidance/ng220",
    },
    Source {
        title: "Multiple sclerosis quality standard (QS108), statement 5: \
treating relapses within 14 days",
        publisher: "National Institute for Health and Care Excellence (NICE)",
        year: "2016",
        url: "https://www.nice.org.uk/guidance/qs108",
    },
    Source {
        title: "MS Relapse Toolkit",
        publisher: "Multiple Sclerosis Association of America (MSAA)",
        year: "2017",
        url: "https://mymsaa.org",
    },
    Source {
        title: "Effect of Multiple Sclerosis on the Spine in Los Angeles, CA \
(the original article this app is based on)",
        publisher: "The Spine Institute, Los Angeles",
        year: "undated",
        url: "https://www.laspine.com/multiple-sclerosis-effects-on-the-\
spinal-cord/",
    },
];
