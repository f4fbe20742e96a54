//! The symptom explainers in US Spanish: item for item as
//! `content::symptoms`, with the same ids (shared with the symptom diary)
//! and the same medical terms, in Spanish.

use crate::content::model::Symptom;

/// The diary's 6 symptoms as (id, plain name), in the order the symptoms
/// page shows them: the cards below take their ids and names from here.
pub const DIARY_SYMPTOMS: [(&str, &str); 6] = [
    ("weakness", "Brazos o piernas débiles o pesados"),
    ("stiffness", "Músculos tiesos o rígidos"),
    ("numbness", "Adormecimiento u hormigueo"),
    ("shooting-pain", "Dolor punzante y toques eléctricos"),
    ("bladder", "Problemas de la vejiga"),
    ("bowel", "Problemas del intestino"),
];

/// The 6 symptoms, in the order the symptoms page shows them.
pub const SYMPTOMS: &[Symptom] = &[
    Symptom {
        id: DIARY_SYMPTOMS[0].0,
        name: DIARY_SYMPTOMS[0].1,
        medical_term: None,
        feels_like: "Puede sentir los brazos o las piernas débiles, pesados o \
tensos. Puede tropezar, dejar caer cosas o cansarse rápido al caminar. Rara \
vez, una parte del cuerpo no se puede mover para nada (parálisis).",
        what_helps: "En terapia física le pueden enseñar ejercicios de fuerza \
y equilibrio. También ayuda repartir lo que hace en el día y descansar entre \
una cosa y otra.",
        get_help: "¿La debilidad le hace tropezar, caerse o dejar caer cosas \
más que antes? Avise a su equipo de atención de la EM.",
    },
    Symptom {
        id: DIARY_SYMPTOMS[1].0,
        name: DIARY_SYMPTOMS[1].1,
        medical_term: Some("espasticidad"),
        feels_like: "Puede sentir los músculos tiesos, tensos o difíciles de \
mover, muchas veces en las piernas. Hay quien tiene sacudidas o calambres de \
repente (espasmos), muchas veces de noche.",
        what_helps: "Puede aliviar la rigidez si se estira seguido, va a \
terapia física y no deja de moverse. Su médico también le puede sugerir \
medicinas que relajan los músculos.",
        get_help: "¿La rigidez o los espasmos le dificultan dormir, caminar o \
hacer su vida diaria? Avise a su equipo de atención de la EM.",
    },
    Symptom {
        id: DIARY_SYMPTOMS[2].0,
        name: DIARY_SYMPTOMS[2].1,
        medical_term: Some("parestesia"),
        feels_like: "Puede sentir piquetes como de agujitas, ardor o una parte \
del cuerpo dormida, como muerta. Hay quien siente una banda apretada alrededor \
del pecho o la barriga.",
        what_helps: "Muchas veces, el adormecimiento se va quitando cuando la \
recaída se calma. Tenga cuidado con el agua caliente y las cosas con filo si \
no las siente bien. Su médico le puede sugerir medicinas para el hormigueo que \
duele.",
        get_help: "En su próxima cita, mencione el adormecimiento que va y \
viene o que cambia poco a poco.",
    },
    Symptom {
        id: DIARY_SYMPTOMS[3].0,
        name: DIARY_SYMPTOMS[3].1,
        medical_term: Some("dolor neuropático"),
        feels_like: "Algunos movimientos pueden causar punzadas de dolor \
repentinas. Al bajar la cabeza, puede sentir como toques eléctricos por la \
espalda, brazos o piernas (signo de Lhermitte). Cerca de 1 de cada 3 personas \
con EM lo siente alguna vez.",
        what_helps: "Los toques duran solo un momento y no hacen daño por sí \
mismos. Las pastillas comunes para el dolor muchas veces no ayudan con el \
dolor de nervios, pero otras medicinas sí. Pregunte a su médico cuáles le \
pueden servir.",
        get_help: "Cuéntele a su médico o a su equipo de atención de la EM si \
el dolor sigue regresando. Hay muchas formas de tratar el dolor de nervios.",
    },
    Symptom {
        id: DIARY_SYMPTOMS[4].0,
        name: DIARY_SYMPTOMS[4].1,
        medical_term: None,
        feels_like: "Puede tener que orinar seguido o de prisa, o levantarse \
de noche a orinar. Hay quien tiene escapes de orina (incontinencia) o no puede \
vaciar del todo la vejiga.",
        what_helps: "Tomar menos cafeína y alcohol puede ayudar. Pero siga \
tomando el agua que le hace falta. Un médico de la vejiga (urólogo) o el \
personal de enfermería le pueden sugerir ejercicios, medicinas y otras ayudas.",
        get_help: "¿Tiene escapes, prisa por orinar o se levanta de noche a \
orinar? Avise a su equipo de atención de la EM. Muchas veces, estos problemas \
se pueden tratar bien.",
    },
    Symptom {
        id: DIARY_SYMPTOMS[5].0,
        name: DIARY_SYMPTOMS[5].1,
        medical_term: None,
        feels_like: "Puede costarle hacer popó, o sus heces pueden ser duras y \
secas (estreñimiento). Es menos común que no se pueda aguantar (incontinencia \
intestinal).",
        what_helps: "Comer fibra, tomar suficiente líquido y llevar una vida \
activa puede ayudar. También ayuda ir al baño a la misma hora cada día. Si \
hace falta, su médico le puede sugerir medicinas seguras.",
        get_help: "Avise a su médico si el estreñimiento no mejora o si vuelve \
una y otra vez.",
    },
];

/// Other symptoms many people live with, not among the diary's built-in
/// symptoms.
pub const LIVING_WITH: &[Symptom] = &[
    Symptom {
        id: "fatigue",
        name: "Cansancio extremo",
        medical_term: Some("fatiga"),
        feels_like: "El cansancio de la EM es más que tener sueño. Puede \
quedarse sin energía con poco esfuerzo, y descansar quizás no lo quite. Es uno \
de los síntomas más comunes de la EM.",
        what_helps: "Planee su día y descanse entre una tarea y otra. Le puede \
ayudar hacer ejercicio suave seguido. En terapia ocupacional le pueden enseñar \
a ahorrar energía.",
        get_help: "¿El cansancio le dificulta el trabajo o la vida diaria? \
Avise a su equipo de atención de la EM. Dormir mal, el ánimo bajo y algunas \
medicinas pueden empeorarlo.",
    },
    Symptom {
        id: "heat",
        name: "Sentirse peor con el calor",
        medical_term: Some("fenómeno de Uhthoff"),
        feels_like: "Los días de calor, un baño caliente o el ejercicio pueden \
hacer volver síntomas de antes por un rato. Es común sentir las piernas \
cansadas y débiles.",
        what_helps: "Al refrescarse, casi siempre vuelve a estar como antes. \
Pueden ayudar las bebidas frescas, un ventilador y un chaleco frío. También \
ayuda hacer ejercicio en un lugar fresco.",
        get_help: "El calor no causa un daño duradero. La fiebre es distinta, \
porque puede ser señal de una infección. Si los síntomas siguen después de \
refrescarse, avise a su equipo de atención de la EM.",
    },
    Symptom {
        id: "sexual",
        name: "Problemas sexuales",
        medical_term: None,
        feels_like: "La EM en la médula espinal puede cambiar lo que se siente \
en los genitales. Puede costar más tener una erección, lubricarse o llegar al \
orgasmo. También puede bajar el deseo.",
        what_helps: "Estos problemas son comunes y se pueden tratar. Pueden \
servir las medicinas, algunas ayudas y nuevas formas de tener intimidad. \
También ayuda hablar abiertamente con su pareja.",
        get_help: "Dígaselo a su equipo de atención de la EM o a su médico, \
aunque le dé pena. Lo escuchan seguido y pueden enviarle a un especialista.",
    },
    Symptom {
        id: "mood",
        name: "Ánimo bajo y depresión",
        medical_term: None,
        feels_like: "Puede sentir tristeza, falta de esperanza o un vacío, o \
perder el interés en lo que le gusta. La depresión es común en la EM. Puede \
venir de la misma enfermedad y también de vivir con ella.",
        what_helps: "Pueden ayudar la terapia para hablar de lo que siente, \
las medicinas y seguir en contacto con la gente. A muchas personas también les \
ayuda hacer ejercicio seguido.",
        get_help: "¿Tiene el ánimo bajo desde hace más de 2 semanas? Avise a \
su médico o a su equipo de atención de la EM. La depresión se puede tratar.",
    },
];

/// Every symptom card, spinal ones first.
pub fn all_cards() -> impl Iterator<Item = &'static Symptom> {
    SYMPTOMS.iter().chain(LIVING_WITH)
}
