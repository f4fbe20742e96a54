//! Proportions drawn as icon arrays, in US Spanish: item for item as
//! `content::stats`, with the same figures. Only the words differ.

use crate::content::model::Stat;

/// The figures, in the order the pages use them.
pub const STATS: &[Stat] = &[
    Stat {
        id: "spinal-lesions",
        count: 6,
        out_of: 10,
        at_least: true,
        text: "Más de la mitad de las personas con EM tienen lesiones en la \
médula espinal. Los estudios las encuentran en cerca de 55 a 75 de cada 100.",
    },
    Stat {
        id: "neck",
        count: 2,
        out_of: 3,
        at_least: false,
        text: "Cerca de 2 de cada 3 lesiones de la médula espinal están a la \
altura del cuello.",
    },
    Stat {
        id: "lhermitte",
        count: 1,
        out_of: 3,
        at_least: false,
        text: "Al bajar la cabeza, cerca de 1 de cada 3 personas con EM siente \
un toque eléctrico breve. Se llama signo de Lhermitte.",
    },
];
