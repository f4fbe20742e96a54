//! The sections of the spine for the spine map, in US Spanish: item for
//! item as `content::spine`, from the neck down, with the same ids.

use crate::content::model::SpineRegion;

/// The 4 regions, top to bottom.
pub const REGIONS: &[SpineRegion] = &[
    SpineRegion {
        id: "cervical",
        plain_name: "Cuello",
        medical_name: "cervical",
        vertebrae: "C1 a C7",
        can_affect: &[
            "La fuerza y la sensación en sus brazos, manos y dedos",
            "El cuerpo y las piernas, porque las señales de sus nervios pasan \
por el cuello",
            "El equilibrio y la forma de caminar",
            "La vejiga, el intestino y la función sexual",
            "Toques eléctricos al bajar la cabeza (signo de Lhermitte)",
        ],
        how_often: "Cerca de 2 de cada 3 lesiones de la médula espinal están a \
la altura del cuello. Es el lugar más común para estas lesiones.",
    },
    SpineRegion {
        id: "thoracic",
        plain_name: "Pecho / parte alta de la espalda",
        medical_name: "torácica",
        vertebrae: "T1 a T12",
        can_affect: &[
            "La sensación en el pecho y la barriga, a veces como una banda \
apretada alrededor del cuerpo",
            "La fuerza, la rigidez y la sensación en sus piernas",
            "El equilibrio y la forma de caminar",
            "La vejiga, el intestino y la función sexual",
        ],
        how_often: "La mayoría de las demás lesiones de la médula espinal \
están a la altura del pecho.",
    },
    SpineRegion {
        id: "lumbar",
        plain_name: "Espalda baja",
        medical_name: "lumbar",
        vertebrae: "L1 a L5",
        can_affect: &[
            "La médula espinal termina en la parte alta de esta zona, cerca de \
los huesos L1 y L2",
            "Las lesiones en la parte más baja de la médula pueden afectar sus \
caderas, piernas y pies",
            "También pueden afectar la vejiga, el intestino y la función \
sexual",
            "Debajo de la médula, esta parte de la columna tiene un manojo de \
raíces nerviosas",
            "Las lesiones de la EM se forman en la médula misma, no en estas \
raíces nerviosas ni en los huesos",
        ],
        how_often: "Las lesiones en la parte más baja de la médula son menos \
comunes.",
    },
    SpineRegion {
        id: "sacral",
        plain_name: "Base de la columna",
        medical_name: "sacra",
        vertebrae: "S1 a S5, unidos en 1 hueso (el sacro)",
        can_affect: &[
            "La médula no llega tan abajo, así que aquí no se forman lesiones \
de la EM",
            "Los nervios de aquí salen de la punta de la médula (el cono \
medular), más arriba",
            "Las lesiones en esa punta pueden afectar la vejiga, el intestino \
y la función sexual",
            "También pueden afectar la sensación alrededor de los genitales y \
las nalgas",
        ],
        how_often: "Las lesiones de la EM no se forman a este nivel. Los \
problemas que se sienten aquí vienen de la punta de la médula. Esa punta se \
afecta con menos frecuencia.",
    },
];
