//! The spinal symptom explainers. The ids are shared with the symptom
//! diary, so they must not change.

use super::model::Symptom;

/// The 6 symptoms, in the order the symptoms page shows them.
pub const SYMPTOMS: &[Symptom] = &[
    Symptom {
        id: "weakness",
        name: "Weak or heavy arms or legs",
        medical_term: None,
        feels_like: "Your arms or legs may feel weak, heavy or tense. You \
may trip, drop things or tire quickly when you walk.",
        what_helps: "A physical therapist can teach you exercises for \
strength and balance. Pacing your day and resting between tasks can also \
help.",
        get_help: "Call 911 if weakness comes on suddenly in both legs. If \
weakness is new or worse for more than 24 hours, contact your MS team today.",
    },
    Symptom {
        id: "stiffness",
        name: "Stiff, tight muscles",
        medical_term: Some("spasticity"),
        feels_like: "Your muscles may feel stiff, tight or hard to move, \
often in the legs. Some people get sudden jerks or cramps (spasms), often at \
night.",
        what_helps: "Regular stretching, physical therapy and staying \
active can ease stiffness. Your doctor can also suggest medicines that relax \
the muscles.",
        get_help: "Tell your MS team if stiffness or spasms get in the way \
of sleep, walking or daily life. If it gets worse for more than 24 hours, \
contact them today.",
    },
    Symptom {
        id: "numbness",
        name: "Numbness or tingling",
        medical_term: Some("paresthesia"),
        feels_like: "You may feel pins and needles, burning, or a dead \
feeling in one part of your body. In severe cases, a part of the body may \
not move at all (paralysis). This is less common.",
        what_helps: "Numbness often fades as a relapse settles. Take care \
with hot water and sharp things if you cannot feel them well. Your doctor \
can suggest medicines for painful tingling.",
        get_help: "Call 911 for sudden numbness in both legs, or around \
your genitals or buttocks. For other new numbness lasting more than 24 \
hours, contact your MS team today.",
    },
    Symptom {
        id: "shooting-pain",
        name: "Shooting pain and electric shocks",
        medical_term: Some("neuropathic pain"),
        feels_like: "Sudden, sharp bursts of pain can be set off by some \
movements. Bending your neck forward may send an electric-shock feeling down \
your spine or limbs (Lhermitte's sign). About 1 in 3 people with MS feel \
this at some point.",
        what_helps: "The shocks last only a moment and are not harmful in \
themselves. Usual painkillers often do not help nerve pain, but other \
medicines can. Ask your doctor which ones might suit you.",
        get_help: "Tell your doctor or MS team about new or changing pain. \
Call 911 if back pain comes with sudden weakness or numbness in both legs.",
    },
    Symptom {
        id: "bladder",
        name: "Bladder problems",
        medical_term: None,
        feels_like: "You may need to pee often or in a hurry, or get up at \
night to pee. Some people leak pee (incontinence), or cannot fully empty the \
bladder.",
        what_helps: "Cutting down on caffeine and alcohol can help, but keep \
drinking enough water. A bladder doctor (urologist) or nurse can suggest \
exercises, medicines and other aids.",
        get_help: "Call 911 if you suddenly lose control of your bladder or \
cannot pee at all. If it hurts or burns when you pee, see a doctor soon. It \
may be an infection.",
    },
    Symptom {
        id: "bowel",
        name: "Bowel problems",
        medical_term: None,
        feels_like: "You may find it hard to poop, or your stools may be \
hard and dry (constipation). Less often, people cannot hold it in (bowel \
incontinence).",
        what_helps: "Eating fiber, drinking enough fluids and staying active \
can help. Going to the bathroom at the same time each day helps too. Your \
doctor can suggest safe medicines if needed.",
        get_help: "Call 911 if you suddenly lose control of your bowels. \
Tell your doctor if constipation does not get better or keeps coming back.",
    },
];
