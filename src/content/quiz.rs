//! Myth or fact: short statements drawn from the topic pages, each with
//! kind feedback that explains the answer.

use super::model::QuizItem;

/// The quiz in a language, the same items in the same order.
pub const fn quiz_in(lang: crate::lang::Lang) -> &'static [QuizItem] {
    match lang {
        crate::lang::Lang::En => QUIZ,
        crate::lang::Lang::Es => super::es::quiz::QUIZ,
    }
}

/// The quiz, a mix of myths and facts.
pub const QUIZ: &[QuizItem] = &[
    QuizItem {
        statement: "MS can affect the spinal cord as well as the brain.",
        is_fact: true,
        explanation: "That's right - more than half of people with MS get \
lesions in the spinal cord.",
    },
    QuizItem {
        statement: "One blood test or scan can show for sure that you have \
MS.",
        is_fact: false,
        explanation: "Not quite - no single test can diagnose MS. Doctors \
put together your history, an exam, MRI scans and sometimes a spinal fluid \
test.",
    },
    QuizItem {
        statement: "Surgery can fix MS in the spine, just as it can fix a \
slipped disc.",
        is_fact: false,
        explanation: "Not quite - no surgery can fix MS. Medicines, therapy \
and support help people manage it.",
    },
    QuizItem {
        statement: "In some people with MS, bending the neck sends an \
electric-shock feeling down the spine.",
        is_fact: true,
        explanation: "That's right - this is called Lhermitte's sign. About \
1 in 3 people with MS feel it at some point.",
    },
    QuizItem {
        statement: "If old symptoms come back while you have a fever, it is \
always a relapse.",
        is_fact: false,
        explanation: "Not quite - a fever or an infection can bring old \
symptoms back for a while. This is a pseudo-relapse. Contact a doctor the \
same day to check for infection.",
    },
    QuizItem {
        statement: "Neck or back pain can never be a sign of MS.",
        is_fact: false,
        explanation: "Not quite - for some people, neck or low back pain is \
the first thing they notice. If it comes with unusual nerve symptoms, see a \
doctor.",
    },
    QuizItem {
        statement: "If a new symptom lasts more than 24 hours, it is worth \
contacting your MS team.",
        is_fact: true,
        explanation: "That's right - if you have no fever or infection, it \
may be a relapse. Contact your MS team soon. If it is severe, contact them \
today.",
    },
    QuizItem {
        statement: "Many people with MS live a normal or near-normal life \
span.",
        is_fact: true,
        explanation: "That's right - many people with MS live long, full \
and productive lives.",
    },
];
