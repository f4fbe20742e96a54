//! The shapes of the educational content. Everything is `&'static` data:
//! no allocation at start-up, and the same values render in the browser,
//! in the build-time pre-render and in the native tests.

/// A piece of body text on a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Block {
    /// A paragraph of 3 sentences or fewer.
    Para(&'static str),
    /// A sub-heading inside a page.
    Heading(&'static str),
    /// A bulleted list.
    List(&'static [&'static str]),
    /// A highlighted note, such as a correction of a common mistake.
    Note(&'static str),
}

/// One reading view (a topic page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Topic {
    /// URL segment, e.g. "what-is-ms"; also the page's route.
    pub slug: &'static str,
    /// The page heading (h1) and document title.
    pub title: &'static str,
    /// Short label for the contents list and navigation.
    pub nav_label: &'static str,
    /// One sentence shown in the contents list and as meta description.
    pub summary: &'static str,
    /// The page's body.
    pub body: &'static [Block],
    /// What to do next: every page of advice ends with this.
    pub next_step: &'static str,
    /// Ids of the sources behind this page (see `sources::SOURCES`),
    /// listed under its content with the review dates.
    pub sources: &'static [&'static str],
}

/// A section of the spinal cord for the spine map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpineRegion {
    /// Stable id, used in URLs and test ids: "cervical", "thoracic", ...
    pub id: &'static str,
    /// Plain name first: "Neck".
    pub plain_name: &'static str,
    /// Medical name after: "cervical".
    pub medical_name: &'static str,
    /// Which bones: "C1 to C7".
    pub vertebrae: &'static str,
    /// What lesions at this level can affect, in plain words.
    pub can_affect: &'static [&'static str],
    /// How often lesions occur here, in words ("About 2 in 3 ...").
    pub how_often: &'static str,
}

/// A spinal symptom explainer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symptom {
    /// Stable id shared with the diary: "weakness", "stiffness", ...
    pub id: &'static str,
    /// Plain name first.
    pub name: &'static str,
    /// Medical word, shown in brackets after the plain name, if any.
    pub medical_term: Option<&'static str>,
    /// What it can feel like.
    pub feels_like: &'static str,
    /// What can help.
    pub what_helps: &'static str,
    /// When to get help.
    pub get_help: &'static str,
}

/// How quickly to get help, after the NHS care-card pattern, most urgent
/// first (the derived order ranks urgency: `Emergency` is the least).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CareLevel {
    /// Call 911 now.
    Emergency,
    /// Thoughts of suicide: call or text 988 now.
    Crisis,
    /// Contact a doctor or the MS team today, even under 24 hours.
    SameDay,
    /// A possible relapse: contact the MS team soon, seen within 14 days.
    Soon,
    /// Mention it at the next appointment.
    Routine,
}

/// What a care level asks of the person: the card's heading, how soon,
/// and a call button where there is a number to call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CareCard {
    pub level: CareLevel,
    /// E.g. "Call 911 now if:".
    pub heading: &'static str,
    /// The heading as a command, after a sign: "Call 911 now".
    pub action: &'static str,
    /// How soon to act, in a few words: "Now. Do not wait."
    pub how_soon: &'static str,
    /// Extra guidance under the list of signs.
    pub advice: &'static str,
    /// A button to tap: (label, href), e.g. ("Call 911", "tel:911").
    pub call: Option<(&'static str, &'static str)>,
}

/// Which symptom cards show a sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppliesTo {
    /// These symptom ids.
    Only(&'static [&'static str]),
    /// No symptom card (the sign is shown on Get help only).
    NoCard,
}

/// One sign in the one table of "when to get help". Every screen that
/// shows a sign reads it from `care::SIGNS`, so they cannot disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CareSign {
    /// Stable id, used in test ids: "stroke", "both-legs", ...
    pub id: &'static str,
    pub level: CareLevel,
    /// The sign, a short line that reads after "if:".
    pub text: &'static str,
    /// Which symptom cards list it.
    pub applies_to: AppliesTo,
}

/// A proportion to draw as an icon array or bar, with its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    /// Stable id for tests: "spinal-lesions", ...
    pub id: &'static str,
    /// Filled icons out of `out_of`, e.g. 2 of 3.
    pub count: u8,
    pub out_of: u8,
    /// True when the figure is a floor ("more than half").
    pub at_least: bool,
    /// The full text equivalent, read by everyone and screen readers.
    pub text: &'static str,
}

/// One myth-or-fact statement for the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuizItem {
    pub statement: &'static str,
    /// True if the statement is a fact, false if it is a myth.
    pub is_fact: bool,
    /// Kind feedback that explains the answer either way.
    pub explanation: &'static str,
}

/// A source the content relies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// Stable id that pages name it by: "atlas", "nmss-relapses", ...
    pub id: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    /// Year of the version used, e.g. "2020".
    pub year: &'static str,
    /// Where to read it (a link out, never loaded by the app).
    pub url: &'static str,
}
