//! When to get help: 3 care cards, after the NHS care-card pattern. The
//! signs follow the NHS back-pain emergency list, MS Trust and NICE
//! relapse guidance and the MSAA relapse toolkit. The app never
//! diagnoses; the cards only say how quickly to ask for help.

use super::model::{CareCard, CareLevel};

/// The cards, most urgent first.
pub const CARE_CARDS: &[CareCard] = &[
    CareCard {
        level: CareLevel::Emergency,
        heading: "Call 911 now if:",
        signs: &[
            "You suddenly have weakness or numbness in both legs",
            "You have numbness around your genitals or buttocks",
            "You have new loss of bladder or bowel control",
            "You cannot pee",
        ],
        advice: "These signs need to be checked in a hospital right away. \
Do not wait to see if they pass.",
    },
    CareCard {
        level: CareLevel::Urgent,
        heading: "Contact your doctor or MS team today if:",
        signs: &[
            "You have a new symptom that lasts more than 24 hours",
            "An old symptom gets worse and stays worse for more than 24 hours",
        ],
        advice: "This may be a relapse (a flare-up). UK health experts \
(NICE) say a relapse that needs treatment should get it within 14 days. So \
it is best not to wait.",
    },
    CareCard {
        level: CareLevel::Routine,
        heading: "Mention it at your next appointment if:",
        signs: &[
            "Your symptoms come and go",
            "Your symptoms change slowly over weeks or months",
        ],
        advice: "Writing your symptoms down helps you remember the details \
at your visit.",
    },
];
