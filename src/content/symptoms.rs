//! The symptom explainers. The spinal ones' ids are shared with the
//! symptom diary, so they must not change. "When to get help" on each
//! card lists the signs of the one care table (`care::SIGNS`) that apply
//! to it; a card's own `get_help` adds only calm, routine advice.

use super::model::Symptom;

/// The diary's 6 symptoms as (id, plain name), in the order the symptoms
/// page shows them: the cards below take their ids and names from here.
/// The diary needs only these, so its WebAssembly does not link every
/// card's text through [`SYMPTOMS`].
pub const DIARY_SYMPTOMS: [(&str, &str); 6] = [
    ("weakness", "Weak or heavy arms or legs"),
    ("stiffness", "Stiff, tight muscles"),
    ("numbness", "Numbness or tingling"),
    ("shooting-pain", "Shooting pain and electric shocks"),
    ("bladder", "Bladder problems"),
    ("bowel", "Bowel problems"),
];

/// The 6 symptoms, in the order the symptoms page shows them.
pub const SYMPTOMS: &[Symptom] = &[
    Symptom {
        id: DIARY_SYMPTOMS[0].0,
        name: DIARY_SYMPTOMS[0].1,
        medical_term: None,
        feels_like: "Your arms or legs may feel weak, heavy or tense. You \
may trip, drop things or tire quickly when you walk. Rarely, a part of the \
body cannot move at all (paralysis).",
        what_helps: "A physical therapist can teach you exercises for \
strength and balance. Pacing your day and resting between tasks can also \
help.",
        get_help: "Tell your MS team if weakness makes you trip, fall or \
drop things more than before.",
    },
    Symptom {
        id: DIARY_SYMPTOMS[1].0,
        name: DIARY_SYMPTOMS[1].1,
        medical_term: Some("spasticity"),
        feels_like: "Your muscles may feel stiff, tight or hard to move, \
often in the legs. Some people get sudden jerks or cramps (spasms), often at \
night.",
        what_helps: "Regular stretching, physical therapy and staying \
active can ease stiffness. Your doctor can also suggest medicines that relax \
the muscles.",
        get_help: "Tell your MS team if stiffness or spasms get in the way \
of sleep, walking or daily life.",
    },
    Symptom {
        id: DIARY_SYMPTOMS[2].0,
        name: DIARY_SYMPTOMS[2].1,
        medical_term: Some("paresthesia"),
        feels_like: "You may feel pins and needles, burning, or a dead \
feeling in one part of your body. Some people feel a tight band around the \
chest or belly.",
        what_helps: "Numbness often fades as a relapse settles. Take care \
with hot water and sharp things if you cannot feel them well. Your doctor \
can suggest medicines for painful tingling.",
        get_help: "Mention numbness that comes and goes, or slowly changes, \
at your next appointment.",
    },
    Symptom {
        id: DIARY_SYMPTOMS[3].0,
        name: DIARY_SYMPTOMS[3].1,
        medical_term: Some("neuropathic pain"),
        feels_like: "Sudden, sharp bursts of pain can be set off by some \
movements. Bending your neck forward may send an electric-shock feeling down \
your spine or limbs (Lhermitte's sign). About 1 in 3 people with MS feel \
this at some point.",
        what_helps: "The shocks last only a moment and are not harmful in \
themselves. Usual painkillers often do not help nerve pain, but other \
medicines can. Ask your doctor which ones might suit you.",
        get_help: "Tell your doctor or MS team about pain that keeps coming \
back. There are many ways to treat nerve pain.",
    },
    Symptom {
        id: DIARY_SYMPTOMS[4].0,
        name: DIARY_SYMPTOMS[4].1,
        medical_term: None,
        feels_like: "You may need to pee often or in a hurry, or get up at \
night to pee. Some people leak pee (incontinence), or cannot fully empty the \
bladder.",
        what_helps: "Cutting down on caffeine and alcohol can help, but keep \
drinking enough water. A bladder doctor (urologist) or nurse can suggest \
exercises, medicines and other aids.",
        get_help: "Tell your MS team about leaks, rushing or getting up at \
night to pee. These problems can often be treated well.",
    },
    Symptom {
        id: DIARY_SYMPTOMS[5].0,
        name: DIARY_SYMPTOMS[5].1,
        medical_term: None,
        feels_like: "You may find it hard to poop, or your stools may be \
hard and dry (constipation). Less often, people cannot hold it in (bowel \
incontinence).",
        what_helps: "Eating fiber, drinking enough fluids and staying active \
can help. Going to the bathroom at the same time each day helps too. Your \
doctor can suggest safe medicines if needed.",
        get_help: "Tell your doctor if constipation does not get better or \
keeps coming back.",
    },
];

/// Other symptoms many people with spinal MS live with. They are not
/// among the diary's built-in symptoms (people can add their own there).
pub const LIVING_WITH: &[Symptom] = &[
    Symptom {
        id: "fatigue",
        name: "Extreme tiredness",
        medical_term: Some("fatigue"),
        feels_like: "MS tiredness is more than feeling sleepy. You may feel \
worn out after little effort, and rest may not fix it. It is one of the most \
common MS symptoms.",
        what_helps: "Plan your day and rest between tasks. Regular, gentle \
exercise can help. An occupational therapist can show you ways to save \
energy.",
        get_help: "Tell your MS team if tiredness gets in the way of work or \
daily life. Poor sleep, low mood and some medicines can add to it.",
    },
    Symptom {
        id: "heat",
        name: "Feeling worse in the heat",
        medical_term: Some("Uhthoff's phenomenon"),
        feels_like: "Hot weather, a hot bath or exercise can bring old \
symptoms back for a short time. Tired, weak legs are common.",
        what_helps: "Cooling down usually brings you back to normal. Cool \
drinks, a fan, a cooling vest and exercise in a cool place can help.",
        get_help: "Heat does not cause lasting damage. A fever is different, \
because it may mean an infection. If symptoms stay after you cool down, tell \
your MS team.",
    },
    Symptom {
        id: "sexual",
        name: "Sexual problems",
        medical_term: None,
        feels_like: "MS in the spinal cord can change feeling in the \
genitals. Erections, wetness or reaching a climax can become harder. Desire \
can drop too.",
        what_helps: "These problems are common and can be treated. \
Medicines, aids and new ways of being close can help. Talking openly with \
your partner helps too.",
        get_help: "Tell your MS team or doctor, even if it feels awkward. \
They hear about it often and can send you to a specialist.",
    },
    Symptom {
        id: "mood",
        name: "Low mood and depression",
        medical_term: None,
        feels_like: "You may feel sad, hopeless or empty, or lose interest in \
things you enjoy. Depression is common in MS. It can come from the illness \
itself and from living with it.",
        what_helps: "Talking therapy, medicines and staying in touch with \
people can all help. Regular exercise helps many people too.",
        get_help: "Tell your doctor or MS team if you feel low for more than \
2 weeks. Depression can be treated.",
    },
];

/// The 6 spinal symptom cards in a language.
pub const fn symptoms_in(lang: crate::lang::Lang) -> &'static [Symptom] {
    match lang {
        crate::lang::Lang::En => SYMPTOMS,
        crate::lang::Lang::Es => super::es::symptoms::SYMPTOMS,
    }
}

/// The other symptom cards in a language.
pub const fn living_with_in(lang: crate::lang::Lang) -> &'static [Symptom] {
    match lang {
        crate::lang::Lang::En => LIVING_WITH,
        crate::lang::Lang::Es => super::es::symptoms::LIVING_WITH,
    }
}

/// The diary's symptoms as (id, plain name) in a language.
pub const fn diary_symptoms_in(
    lang: crate::lang::Lang,
) -> &'static [(&'static str, &'static str); 6] {
    match lang {
        crate::lang::Lang::En => &DIARY_SYMPTOMS,
        crate::lang::Lang::Es => &super::es::symptoms::DIARY_SYMPTOMS,
    }
}

/// Every symptom card, spinal ones first.
pub fn all_cards() -> impl Iterator<Item = &'static Symptom> {
    SYMPTOMS.iter().chain(LIVING_WITH)
}
