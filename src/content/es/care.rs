//! Cuándo pedir ayuda: the care table of `crate::content::care` in US
//! Spanish, sign for sign and card for card, with the same ids, levels,
//! symptom lists and numbers. The functions stay in the English module.
//!
//! Sources (see CONTENT_BRIEF.md, "Corrections and additions, second
//! review"): American Stroke Association (FAST); NHS back-pain emergency
//! list; National MS Society "Managing relapses"; MS Trust relapse and
//! pseudo-relapse; MSAA relapse toolkit; NICE QS108 statement 5; 988
//! Suicide & Crisis Lifeline (Spanish: press 2, or text AYUDA). Terms
//! follow ES_GLOSSARY.md: "derrame cerebral" for stroke (never "ataque
//! cerebral": "ataque" is an MS relapse), "recaída", "recaída falsa".

use crate::content::care::{FlagText, LEGS, PHYSICAL};
use crate::content::model::{AppliesTo, CareCard, CareLevel, CareSign};

/// Every sign, grouped by level, most urgent level first. Each text
/// completes its card's heading ("Llame al 911 ahora si:").
pub const SIGNS: &[CareSign] = &[
    // 911 ahora.
    CareSign {
        id: "stroke",
        level: CareLevel::Emergency,
        text: "De repente tiene la cara caída, un brazo o pierna débil de un \
lado, o le cuesta hablar",
        applies_to: AppliesTo::Only(&["weakness", "numbness"]),
    },
    CareSign {
        id: "both-legs",
        level: CareLevel::Emergency,
        text: "De repente, las dos piernas se le ponen débiles o se le duermen",
        applies_to: AppliesTo::Only(LEGS),
    },
    CareSign {
        id: "saddle",
        level: CareLevel::Emergency,
        text: "Se le duerme la zona de los genitales o las nalgas, y es algo \
nuevo",
        applies_to: AppliesTo::Only(&["numbness", "bladder", "bowel"]),
    },
    CareSign {
        id: "lost-control",
        level: CareLevel::Emergency,
        text: "Pierde el control de la vejiga o el intestino, y es algo nuevo",
        applies_to: AppliesTo::Only(&["bladder", "bowel"]),
    },
    CareSign {
        id: "cannot-pee",
        level: CareLevel::Emergency,
        text: "No puede orinar, ni un poco",
        applies_to: AppliesTo::Only(&["bladder"]),
    },
    CareSign {
        id: "breathing",
        level: CareLevel::Emergency,
        text: "Le cuesta respirar o tragar",
        applies_to: AppliesTo::Only(&["weakness"]),
    },
    CareSign {
        id: "sight-lost",
        level: CareLevel::Emergency,
        text: "De repente pierde la vista en un ojo o en los dos",
        applies_to: AppliesTo::NoCard,
    },
    // 988 ahora.
    CareSign {
        id: "suicide",
        level: CareLevel::Crisis,
        text: "Piensa en quitarse la vida o en hacerse daño",
        applies_to: AppliesTo::Only(&["mood"]),
    },
    // Hoy mismo.
    CareSign {
        id: "severe",
        level: CareLevel::SameDay,
        text: "Un síntoma es grave o le pone en peligro, aunque tenga menos de \
24 horas",
        applies_to: AppliesTo::Only(PHYSICAL),
    },
    CareSign {
        id: "eye",
        level: CareLevel::SameDay,
        text: "Con un ojo empieza a ver borroso, oscuro o apagado, o le duele \
mover ese ojo",
        applies_to: AppliesTo::NoCard,
    },
    CareSign {
        id: "fever",
        level: CareLevel::SameDay,
        text: "Tiene fiebre o una infección, y sus síntomas se ponen peor",
        applies_to: AppliesTo::Only(PHYSICAL),
    },
    CareSign {
        id: "fever-immune",
        level: CareLevel::SameDay,
        text: "Tiene fiebre y toma un medicamento para la EM que baja las \
defensas del cuerpo",
        applies_to: AppliesTo::NoCard,
    },
    CareSign {
        id: "urine-infection",
        level: CareLevel::SameDay,
        text: "Le duele o le arde al orinar, o necesita orinar mucho más de lo \
normal",
        applies_to: AppliesTo::Only(&["bladder"]),
    },
    CareSign {
        id: "urine-blood",
        level: CareLevel::SameDay,
        text: "Ve sangre en la orina",
        applies_to: AppliesTo::Only(&["bladder"]),
    },
    // Pronto: una posible recaída.
    CareSign {
        id: "new-symptom",
        level: CareLevel::Soon,
        text: "Tiene un síntoma nuevo que dura más de 24 horas",
        applies_to: AppliesTo::Only(PHYSICAL),
    },
    CareSign {
        id: "worse-symptom",
        level: CareLevel::Soon,
        text: "Un síntoma que ya tenía se pone peor y sigue así por más de 24 \
horas",
        applies_to: AppliesTo::Only(PHYSICAL),
    },
    // En su próxima cita.
    CareSign {
        id: "comes-and-goes",
        level: CareLevel::Routine,
        text: "Sus síntomas de EM de siempre van y vienen, como antes",
        applies_to: AppliesTo::NoCard,
    },
    CareSign {
        id: "slow-change",
        level: CareLevel::Routine,
        text: "Sus síntomas cambian poco a poco, en semanas o meses",
        applies_to: AppliesTo::NoCard,
    },
    CareSign {
        id: "daily-life",
        level: CareLevel::Routine,
        text: "Un síntoma le hace difícil dormir, trabajar o hacer su vida \
diaria",
        applies_to: AppliesTo::NoCard,
    },
];

/// One card per level, most urgent first (988 straight after 911). The
/// 988 card gives the Lifeline's Spanish route (press 2, or text AYUDA)
/// where the English card says how soon, so a person in crisis reads it
/// first; "free, day and night" moves into its advice.
pub const CARDS: &[CareCard] = &[
    CareCard {
        level: CareLevel::Emergency,
        heading: "Llame al 911 ahora si:",
        action: "Llame al 911 ahora",
        how_soon: "Ahora. No espere a ver si se le pasa.",
        advice: "Si tiene la cara caída, un brazo débil o le cuesta hablar, \
puede ser un derrame cerebral. Con EM también le puede dar, y un medicamento \
para la EM (alemtuzumab) trae un aviso de ese riesgo. Fíjese en la hora en \
que empezó.",
        call: Some(("Llame al 911", "tel:911")),
    },
    CareCard {
        level: CareLevel::Crisis,
        heading: "Llame o mande un texto al 988 ahora si:",
        action: "Llame o mande un texto al 988 ahora",
        how_soon: "Ahora. Llame al 988 y oprima 2 para español. O mande la \
palabra AYUDA en un mensaje de texto al 988.",
        advice: "El ánimo bajo y la depresión son comunes en la EM, y se \
pueden tratar. La Línea 988 de Prevención del Suicidio y Crisis es gratis, \
de día y de noche. Si está en peligro ahora mismo, llame al 911.",
        call: Some(("Llame o mande un texto al 988", "tel:988")),
    },
    CareCard {
        level: CareLevel::SameDay,
        heading: "Comuníquese hoy con su médico o su equipo de atención de la \
EM si:",
        action: "Comuníquese hoy con su médico o su equipo de atención de \
la EM",
        how_soon: "Hoy. No espere 24 horas. Si no logra hablar con ellos, \
llame a una línea fuera de horario o vaya a cuidado urgente (urgent care).",
        advice: "Una fiebre o una infección, muchas veces de orina, puede \
hacer volver síntomas de antes por un tiempo. Esto se llama recaída falsa \
(pseudorrecaída). Hay que revisar y tratar la infección.",
        call: None,
    },
    CareCard {
        level: CareLevel::Soon,
        heading: "Comuníquese pronto con su equipo de atención de la EM si:",
        action: "Comuníquese pronto con su equipo de atención de la EM",
        how_soon: "Lo antes que pueda. Deben verle en 14 días o menos.",
        advice: "Si no tiene fiebre ni infección, puede ser una recaída \
(también llamada brote o ataque). Su equipo de atención de la EM es su \
neurólogo o neuróloga (médico de los nervios) o personal de enfermería. Una \
guía del Reino Unido (NICE) dice que hay que revisarla en sus primeros 14 \
días.",
        call: None,
    },
    CareCard {
        level: CareLevel::Routine,
        heading: "Coméntelo en su próxima cita si:",
        action: "Coméntelo en su próxima cita",
        how_soon: "En su próxima cita.",
        advice: "Anotar sus síntomas le ayuda a recordar los detalles en su \
cita.",
        call: None,
    },
];

/// The diary's flag when a symptom is new or worse for more than 24 hours
/// with no fever or infection near it: a possible relapse.
pub const RELAPSE_FLAG: FlagText = FlagText {
    level: CareLevel::Soon,
    headline: "Posible recaída: comuníquese pronto con su equipo de atención \
de la EM",
    explain: "Si no tiene fiebre ni infección, puede ser una recaída (también \
llamada brote o ataque). Deben verle en 14 días o menos.",
};

/// The diary's flag when a symptom got worse with a fever or infection
/// near it: a possible pseudo-relapse, checked the same day.
pub const PSEUDO_RELAPSE_FLAG: FlagText = FlagText {
    level: CareLevel::SameDay,
    headline: "Peor con fiebre o infección: comuníquese con un médico hoy",
    explain: "Con fiebre o infección, pueden volver o empeorar por un tiempo \
síntomas de antes (recaída falsa o pseudorrecaída). Comuníquese hoy con un \
médico para ver si tiene una infección. Luego, su equipo de atención de la EM \
puede saber si también es una recaída.",
};
