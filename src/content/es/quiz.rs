//! Myth or fact, in US Spanish: item for item as `content::quiz`, with the
//! same answers and kind feedback that explains them.

use crate::content::model::QuizItem;

/// The quiz, a mix of myths and facts.
pub const QUIZ: &[QuizItem] = &[
    QuizItem {
        statement: "La EM puede afectar el cerebro y también la médula \
espinal.",
        is_fact: true,
        explanation: "¡Así es! Más de la mitad de las personas con EM tienen \
lesiones en la médula espinal.",
    },
    QuizItem {
        statement: "Una sola prueba de sangre o escáner puede mostrar con \
seguridad que tiene EM.",
        is_fact: false,
        explanation: "No exactamente: no hay una sola prueba que pueda \
diagnosticar la EM. Los médicos juntan su historia médica, un examen y \
resonancias magnéticas. A veces también usan una prueba del líquido espinal.",
    },
    QuizItem {
        statement: "Una cirugía puede arreglar la EM en la columna, igual que \
arregla una hernia de disco.",
        is_fact: false,
        explanation: "No exactamente: la EM no se arregla con cirugía. Las \
medicinas, la terapia y el apoyo ayudan a las personas a controlarla.",
    },
    QuizItem {
        statement: "Algunas personas con EM sienten como un toque eléctrico \
por la espalda al bajar la cabeza.",
        is_fact: true,
        explanation: "¡Así es! Esto se llama signo de Lhermitte. Cerca de 1 de \
cada 3 personas con EM lo siente alguna vez.",
    },
    QuizItem {
        statement: "Si vuelven síntomas de antes mientras tiene fiebre, \
siempre es una recaída.",
        is_fact: false,
        explanation: "No exactamente: la fiebre o una infección pueden hacer \
volver síntomas de antes por un rato. Es una recaída falsa \
(pseudorrecaída). Hable con un médico el mismo día para ver si hay una \
infección.",
    },
    QuizItem {
        statement: "El dolor de cuello o de espalda nunca puede ser una señal \
de EM.",
        is_fact: false,
        explanation: "No exactamente: para algunas personas, el dolor de \
cuello o de espalda baja es lo primero que notan. Si viene con síntomas raros \
de los nervios, consulte a un médico.",
    },
    QuizItem {
        statement: "Si un síntoma nuevo dura más de 24 horas, conviene avisar \
a su equipo de atención de la EM.",
        is_fact: true,
        explanation: "¡Así es! Si no tiene fiebre ni infección, puede ser una \
recaída. Avise pronto a su equipo de atención de la EM, o hoy mismo si es \
grave.",
    },
    QuizItem {
        statement: "Muchas personas con EM tienen una esperanza de vida normal \
o casi normal.",
        is_fact: true,
        explanation: "¡Así es! Muchas personas con EM viven una vida larga, \
plena y productiva.",
    },
];
