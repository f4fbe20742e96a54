//! The sources the content relies on. Links go to the publisher's own
//! page (or the DOI for journal papers); the app never loads them. Each
//! topic page names the ids of its sources and lists them under its
//! content, with the review dates.

use super::model::Source;

/// Every source, in the order its facts first appear in the app.
pub const SOURCES: &[Source] = &[
    Source {
        id: "atlas",
        title: "Atlas of MS, 3rd edition",
        publisher: "MS International Federation (MSIF)",
        year: "2020",
        url: "https://www.atlasofms.org",
    },
    Source {
        id: "us-prevalence",
        title: "The prevalence of MS in the United States (Wallin and \
others), Neurology 2019",
        publisher: "American Academy of Neurology; National MS Society",
        year: "2019",
        url: "https://doi.org/10.1212/WNL.0000000000007035",
    },
    Source {
        id: "nmss-types",
        title: "Types of MS",
        publisher: "National MS Society (US)",
        year: "2025",
        url: "https://www.nationalmssociety.org/understanding-ms/what-is-ms/\
types-of-ms",
    },
    Source {
        id: "medscape",
        title: "What is spinal multiple sclerosis (MS)?",
        publisher: "Medscape",
        year: "2019",
        url: "https://www.medscape.com/answers/1146199-5714/\
what-is-spinal-multiple-sclerosis-ms",
    },
    Source {
        id: "mcdonald-2017",
        title: "Diagnosis of multiple sclerosis: 2017 revisions of the \
McDonald criteria (Thompson and others)",
        publisher: "The Lancet Neurology",
        year: "2018",
        url: "https://doi.org/10.1016/S1474-4422(17)30470-2",
    },
    Source {
        id: "mcdonald-2024",
        title: "Diagnosis of multiple sclerosis: 2024 revisions of the \
McDonald criteria (Montalban and others), Lancet Neurology \
2025;24:850-865",
        publisher: "The Lancet Neurology",
        year: "2025",
        url: "https://doi.org/10.1016/S1474-4422(25)00270-4",
    },
    Source {
        id: "nhs-ms",
        title: "Multiple sclerosis",
        publisher: "NHS",
        year: "2026",
        url: "https://www.nhs.uk/conditions/multiple-sclerosis/",
    },
    Source {
        id: "nhs-back-pain",
        title: "Back pain: when to get urgent help",
        publisher: "NHS",
        year: "2026",
        url: "https://www.nhs.uk/conditions/back-pain/",
    },
    Source {
        id: "nhs-uti",
        title: "Urinary tract infections (UTIs)",
        publisher: "NHS",
        year: "2026",
        url: "https://www.nhs.uk/conditions/urinary-tract-infections-utis/",
    },
    Source {
        id: "stroke-fast",
        title: "Stroke symptoms: F.A.S.T.",
        publisher: "American Stroke Association",
        year: "2026",
        url: "https://www.stroke.org/en/about-stroke/stroke-symptoms",
    },
    Source {
        id: "nmss-relapses",
        title: "Managing relapses",
        publisher: "National MS Society (US)",
        year: "2025",
        url: "https://www.nationalmssociety.org/managing-ms/treating-ms/\
managing-relapses",
    },
    Source {
        id: "mstrust-relapse",
        title: "Relapse",
        publisher: "MS Trust",
        year: "2026",
        url: "https://mstrust.org.uk/a-z/relapse",
    },
    Source {
        id: "mstrust-pseudo",
        title: "Pseudo-relapse",
        publisher: "MS Trust",
        year: "2026",
        url: "https://mstrust.org.uk/a-z/pseudo-relapse",
    },
    Source {
        id: "msaa-toolkit",
        title: "MS Relapse Toolkit",
        publisher: "Multiple Sclerosis Association of America (MSAA)",
        year: "2017",
        url: "https://mymsaa.org/publications/msaa-relapse-toolkit/",
    },
    Source {
        id: "msif-relapse",
        title: "Treatment during a relapse",
        publisher: "MS International Federation (MSIF)",
        year: "2024",
        url: "https://www.msif.org/about-ms/treatments/\
treatment-during-a-relapse/",
    },
    Source {
        id: "nmss-dmt",
        title: "Disease-modifying therapies for MS",
        publisher: "National MS Society (US)",
        year: "2025",
        url: "https://www.nationalmssociety.org/managing-ms/treating-ms/\
disease-modifying-therapies",
    },
    Source {
        id: "nice-ng220",
        title: "Multiple sclerosis in adults: management (NG220). It \
replaced the earlier guideline CG186 in 2022.",
        publisher: "National Institute for Health and Care Excellence (NICE)",
        year: "2022",
        url: "https://www.nice.org.uk/guidance/ng220",
    },
    Source {
        id: "nice-qs108",
        title: "Multiple sclerosis quality standard (QS108), statement 5: \
treating relapses within 14 days",
        publisher: "National Institute for Health and Care Excellence (NICE)",
        year: "2016",
        url: "https://www.nice.org.uk/guidance/qs108",
    },
    Source {
        id: "lifeline-988",
        title: "988 Suicide & Crisis Lifeline",
        publisher: "US Substance Abuse and Mental Health Services \
Administration (SAMHSA)",
        year: "2026",
        url: "https://988lifeline.org",
    },
    Source {
        id: "spine-institute",
        title: "Effect of Multiple Sclerosis on the Spine in Los Angeles, CA \
(the original article this app is based on)",
        publisher: "The Spine Institute, Los Angeles",
        year: "undated",
        url: "https://www.laspine.com/multiple-sclerosis-effects-on-the-\
spinal-cord/",
    },
];

/// The source with this id, if any.
pub fn by_id(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|source| source.id == id)
}
