//! The reading views (topic pages) in US Spanish, in reading order: the
//! same pages, blocks, figures and sources as `content::topics`, with
//! Spanish slugs. Usted, "EM", plain word first (ES_GLOSSARY.md).

use crate::content::model::{Block, Topic};

/// Every topic page, in the order a reader meets them.
pub const TOPICS: &[Topic] = &[
    WHAT_IS_MS, YOUR_SPINE, SYMPTOMS, TREATMENT, DIAGNOSIS, GET_HELP, OUTLOOK,
    ABOUT,
];

/// The topic whose URL segment is `slug`, if there is one.
pub fn by_slug(slug: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|topic| topic.slug == slug)
}

pub const WHAT_IS_MS: Topic = Topic {
    slug: "que-es-la-em",
    title: "¿Qué es la EM?",
    nav_label: "¿Qué es la EM?",
    summary: "La esclerosis múltiple (EM) es una enfermedad que dura mucho \
tiempo. Afecta el cerebro y la médula espinal.",
    body: &[
        Block::Para(
            "La esclerosis múltiple (EM) es una enfermedad que dura mucho \
tiempo. Afecta el cerebro y la médula espinal.",
        ),
        Block::Para(
            "Unos 2.8 millones de personas en el mundo tienen EM. Son más o \
menos 1 de cada 3,000 personas.",
        ),
        Block::Para(
            "Es probable que sean más, porque mucha gente con EM aún no \
tiene diagnóstico.",
        ),
        Block::Para(
            "Estos datos son del Atlas de la EM, 3.ª edición (2020). Lo \
publica la Federación Internacional de EM.",
        ),
        Block::Para(
            "En Estados Unidos, casi 1 millón de personas adultas tienen EM. \
El dato es de un estudio de 2019. Lo apoyó la Sociedad Nacional de \
Esclerosis Múltiple.",
        ),
        Block::Heading("Qué pasa en la EM"),
        Block::Para(
            "Por lo general, las defensas de su cuerpo (sistema inmunitario) \
lo protegen de los microbios. En la EM, atacan por error su propio sistema \
nervioso. Los médicos la llaman enfermedad inmunomediada.",
        ),
        Block::Para(
            "Los nervios del cerebro y la médula espinal tienen una capa que \
los cubre (mielina). La mielina protege y aísla los nervios, como el \
plástico de un cable. Así, las señales de los nervios viajan rápido.",
        ),
        Block::Para(
            "En la EM, las defensas del cuerpo dañan la mielina. Esto causa \
hinchazón e irritación (inflamación) y deja zonas dañadas (lesiones). Las \
lesiones pueden frenar o bloquear las señales de los nervios.",
        ),
        Block::Heading("Síntomas conocidos"),
        Block::Para("Mucha gente conoce la EM por síntomas como estos:"),
        Block::List(&[
            "Problemas de equilibrio y coordinación",
            "Menos control de los músculos",
            "Sentir mucho cansancio (fatiga)",
        ]),
        Block::Heading("Tipos de EM"),
        Block::Para(
            "La EM avanza de forma distinta en cada persona. Los médicos \
hablan de 3 tipos principales.",
        ),
        Block::List(&[
            "EM recurrente remitente: los síntomas se ponen peor por un tiempo \
y luego mejoran. Ese tiempo es una recaída (también llamada brote o \
ataque). Unas 85 de cada 100 personas empiezan con este tipo.",
            "EM secundaria progresiva: primero hay unos años con recaídas. \
Después, los síntomas se ponen peor poco a poco, con o sin recaídas.",
            "EM primaria progresiva: los síntomas se ponen peor poco a poco \
desde el inicio, sin recaídas claras. De 10 a 15 de cada 100 personas \
tienen este tipo.",
        ]),
        Block::Para(
            "La EM también puede afectar la columna. Las páginas que siguen \
explican cómo.",
        ),
    ],
    next_step: "Siga leyendo para saber cómo la EM puede afectar su columna. \
Si tiene síntomas que le preocupan, vaya al médico.",
    sources: &["atlas", "us-prevalence", "nmss-types", "nice-ng220"],
};

pub const YOUR_SPINE: Topic = Topic {
    slug: "su-columna",
    title: "Cómo afecta la EM a su columna",
    nav_label: "Su columna",
    summary: "La EM suele causar zonas dañadas en la médula espinal, sobre \
todo en el cuello.",
    body: &[
        Block::Para(
            "Su médula espinal es un cordón de nervios que va por dentro de \
su columna. Lleva mensajes entre su cerebro y su cuerpo.",
        ),
        Block::Heading("¿Qué tan comunes son las lesiones en la médula?"),
        Block::Para(
            "Muchas personas con esclerosis múltiple (EM) tienen zonas \
dañadas (lesiones) en la médula espinal. Le pasa a más de la mitad. Los \
estudios las encuentran en unas 55 a 75 de cada 100 personas con EM.",
        ),
        Block::Para(
            "Un grupo pequeño de personas tiene lesiones solo en la médula, y \
ninguna en el cerebro. Según una fuente, son hasta 1 de cada 5 \
personas con lesiones en la médula.",
        ),
        Block::Heading("Dónde se forman"),
        Block::Para(
            "Unas 2 de cada 3 lesiones de la médula están en la parte del \
cuello. La mayoría de las demás están en la parte del pecho.",
        ),
        Block::Para(
            "Las lesiones también pueden formarse más abajo. Pero la médula \
misma termina cerca de la parte alta de la espalda baja. Es más o menos a \
la altura de los huesos L1 y L2.",
        ),
        Block::Para(
            "Debajo de ese punto, la columna tiene un manojo de raíces de \
nervios. Son nervios que van hacia las piernas y la pelvis.",
        ),
        Block::Para(
            "Las lesiones de la EM se forman en la médula misma. No se forman \
en las raíces de los nervios ni en los huesos de su columna.",
        ),
        Block::Heading("Una nota sobre los nombres"),
        Block::Note(
            "Algunos sitios web usan un nombre inventado para la EM en la \
columna, con la palabra \"muscular\". Los médicos no usan ese nombre. La EM \
daña los nervios, no los músculos.",
        ),
        Block::Para(
            "Además, ese nombre inventado se confunde fácilmente con la \
atrofia muscular espinal (AME). Esa es otra enfermedad. Mejor diga \"EM en \
la médula espinal\" o \"lesiones en la médula espinal\".",
        ),
        Block::Heading("En qué se diferencia del dolor de espalda común"),
        Block::Para(
            "La médula lleva señales entre su cerebro y cada parte del cuerpo \
que está más abajo. Por eso, una lesión puede causar síntomas a su altura y \
en cualquier parte más abajo.",
        ),
        Block::Para(
            "Por ejemplo, una lesión en el cuello puede afectar los brazos. \
Pero también puede afectar las piernas y la vejiga.",
        ),
        Block::Para(
            "El dolor de espalda común es diferente. Por lo general, viene de \
los músculos, las articulaciones o los discos de la espalda.",
        ),
        Block::Para(
            "Un disco salido (hernia de disco) puede presionar una raíz de \
nervio. Ahí es donde un nervio sale de la columna. Entonces el dolor o el \
adormecimiento sigue el camino de ese nervio, como bajando por una pierna.",
        ),
        Block::Para(
            "Use el mapa de la columna para ver qué puede afectar cada parte \
de la médula.",
        ),
    ],
    next_step: "Si siente adormecimiento, debilidad u otros síntomas \
extraños de los nervios, vaya al médico. Solo un médico puede encontrar la \
causa.",
    sources: &["medscape", "nhs-ms", "spine-institute"],
};

pub const SYMPTOMS: Topic = Topic {
    slug: "sintomas",
    title: "Síntomas en la médula espinal",
    nav_label: "Síntomas",
    summary: "Las lesiones en la médula espinal pueden causar debilidad, \
rigidez, adormecimiento y dolor. También pueden causar problemas de vejiga o \
intestino.",
    body: &[
        Block::Para(
            "Las zonas dañadas (lesiones) en la médula espinal pueden causar \
muchos tipos de síntomas. Sus síntomas dependen de dónde estén las \
lesiones. La mayoría de las personas no tiene todos.",
        ),
        Block::Para(
            "Algunas personas notan primero dolor en el cuello o en la \
espalda baja. Pero el dolor de espalda es muy común. Por lo general, tiene \
otras causas.",
        ),
        Block::Para(
            "Si el dolor viene con síntomas extraños de los nervios, como \
adormecimiento o debilidad, vaya al médico.",
        ),
        Block::Heading("Cómo aliviar el dolor de cuello y espalda"),
        Block::Para(
            "Hay muchas formas de aliviar el dolor de cuello y de espalda. \
Estas pueden ayudar, solas o juntas:",
        ),
        Block::List(&[
            "Terapia física, estiramientos y ejercicio suave y regular",
            "Buena postura, y una silla y una cama que sostengan su espalda",
            "Compresas tibias o frías, las que le hagan sentir mejor",
            "Medicinas comunes para el dolor, que pueden calmar el dolor de \
músculos y articulaciones",
            "Otras medicinas para el dolor de los nervios, que su médico le \
puede recetar",
        ]),
        Block::Heading("Sobre cada síntoma"),
        Block::Para(
            "Abajo puede leer sobre cada síntoma. Verá cómo se puede sentir, \
qué puede ayudar y cuándo pedir ayuda.",
        ),
        Block::Para(
            "Su equipo de atención de la esclerosis múltiple (EM) es su \
neurólogo o neuróloga (médico de los nervios). También puede ser el personal \
de enfermería de EM. Para síntomas de la EM, hable primero con ese equipo.",
        ),
    ],
    next_step: "Si nota síntomas nuevos o extraños de los nervios, avise a su \
equipo de atención de la EM. Es decir, a su neurólogo o al personal de \
enfermería de EM. En una emergencia, llame al 911.",
    sources: &[
        "medscape",
        "nhs-ms",
        "nhs-back-pain",
        "nhs-uti",
        "stroke-fast",
        "mstrust-pseudo",
        "lifeline-988",
        "spine-institute",
    ],
};

pub const TREATMENT: Topic = Topic {
    slug: "tratamiento",
    title: "Tratamiento y apoyo",
    nav_label: "Tratamiento",
    summary: "Aún no hay cura. Pero las medicinas, la terapia y el apoyo \
le pueden ayudar a manejar la EM.",
    body: &[
        Block::Para(
            "La esclerosis múltiple (EM) en la columna no se trata como \
muchos otros problemas de espalda. A veces, una cirugía puede arreglar un \
disco salido (hernia de disco). Pero ninguna cirugía puede curar la EM.",
        ),
        Block::Heading("Medicinas que cambian el curso de la EM"),
        Block::Para(
            "Algunas medicinas pueden hacer que la EM avance más lento. Son \
medicinas para controlar la EM a largo plazo (medicamentos modificadores de \
la enfermedad). Hacen que haya menos recaídas (también llamadas brotes o \
ataques) y menos lesiones nuevas.",
        ),
        Block::Para(
            "Funcionan mejor si se empiezan pronto. La mayoría son para la EM \
con recaídas. Una de ellas (ocrelizumab) también se usa para la EM primaria \
progresiva.",
        ),
        Block::Para(
            "Vienen en inyecciones, en pastillas o en un goteo lento por la \
vena (infusión). Usted y un médico especialista de los nervios \
(neurólogo) eligen una juntos.",
        ),
        Block::Para(
            "La mejor opción depende de su tipo de EM, su salud y sus planes. \
Otras medicinas pueden aliviar síntomas como la rigidez, el dolor o los \
problemas de vejiga.",
        ),
        Block::Heading("Cómo se trata una recaída"),
        Block::Para(
            "No todas las recaídas se tienen que tratar. Las leves muchas \
veces mejoran solas.",
        ),
        Block::Para(
            "Primero, su equipo revisa si hay una infección. Una infección \
puede traer de vuelta síntomas viejos. Y la infección se debe tratar \
aparte.",
        ),
        Block::Para(
            "Una dosis alta de esteroides (metilprednisolona) por poco tiempo \
le puede ayudar a mejorar más rápido. Muchas veces se da por 3 a 5 días. \
Pero los esteroides no cambian el curso de la EM a largo plazo.",
        ),
        Block::Para(
            "A veces una recaída es grave y los esteroides no ayudan. Entonces \
los médicos pueden usar un cambio de plasma (plasmaféresis). Así se cambia \
la parte líquida de su sangre (plasma) por un líquido limpio.",
        ),
        Block::Para(
            "Algunas personas se sienten mejor con terapias complementarias, \
como yoga o masajes. Hable primero con su médico. Tenga cuidado con todo lo \
que prometa una cura.",
        ),
        Block::Heading("La vida diaria"),
        Block::Para("Todo esto le puede ayudar a vivir bien con EM:"),
        Block::List(&[
            "Comer de forma saludable",
            "Moverse con ejercicio que le siente bien",
            "Terapia física o rehabilitación, para la fuerza, el equilibrio y \
el movimiento",
            "Consejería, que le ayuda a enfrentar y manejar el día a día",
            "El apoyo de su familia y sus amistades",
        ]),
        Block::Para(
            "Comer sano y hacer ejercicio pueden bajar el estrés del cuerpo y \
de la mente. El ánimo bajo (depresión) o la soledad pueden hacer que el \
dolor se sienta peor. Estar cerca de su familia y sus amistades puede \
ayudar.",
        ),
    ],
    next_step: "Hable con su equipo de atención de la EM sobre los \
tratamientos que le convienen. Ese equipo es su neurólogo o neuróloga, o el \
personal de enfermería de EM.",
    sources: &[
        "nmss-dmt",
        "nice-ng220",
        "nmss-relapses",
        "msif-relapse",
        "mstrust-pseudo",
        "spine-institute",
    ],
};

pub const DIAGNOSIS: Topic = Topic {
    slug: "diagnostico",
    title: "Diagnóstico y prevención",
    nav_label: "Diagnóstico",
    summary: "No hay una sola prueba para saber si alguien tiene EM. Por \
eso, los médicos usan varias.",
    body: &[
        Block::Para(
            "La esclerosis múltiple (EM) no se puede prevenir. La ciencia \
aún estudia qué la causa.",
        ),
        Block::Para(
            "Ninguna prueba por sí sola puede diagnosticar la EM. En cambio, \
los médicos usan unas reglas fijas para confirmarla (criterios de McDonald). \
Las reglas se pusieron al día en 2017 y otra vez en 2024.",
        ),
        Block::Para(
            "Las reglas buscan daño en lugares típicos de la EM. El cerebro \
tiene 3 de esos lugares, y la médula espinal es el cuarto.",
        ),
        Block::Para(
            "Desde 2024, también cuenta un quinto lugar. Es el nervio de la \
parte de atrás del ojo (nervio óptico).",
        ),
        Block::Heading("Qué revisan los médicos"),
        Block::List(&[
            "Su historia médica: qué síntomas ha tenido y cuándo",
            "Un examen de sus nervios, su fuerza, su sensibilidad y su \
equilibrio",
            "Resonancias magnéticas (en inglés, \"MRI\") del cerebro y la \
médula espinal. La máquina usa un imán fuerte, no rayos X, para tomar \
fotos con mucho detalle.",
            "A veces, una prueba del líquido de la médula espinal (punción \
lumbar). Una aguja fina saca un poco de líquido de la espalda baja. La \
prueba busca señales de que las defensas trabajan (bandas oligoclonales o \
cadenas ligeras libres kappa).",
            "A veces, pruebas de los ojos. Una mide qué tan rápido viajan las \
señales desde el ojo (potenciales evocados visuales). Otra toma fotos del \
fondo del ojo (OCT).",
            "Análisis de sangre, para descartar enfermedades que pueden \
parecerse a la EM",
        ]),
        Block::Para(
            "Los médicos nunca diagnostican la EM solo con una resonancia \
magnética. Muchas otras cosas pueden verse como manchas en la imagen.",
        ),
        Block::Para(
            "En la columna, otras 2 enfermedades pueden causar lesiones largas \
en la médula. Se llaman NMOSD y MOGAD, y necesitan otro tratamiento. Un \
análisis de sangre puede buscarlas.",
        ),
        Block::Para(
            "Los médicos también descartan otras causas de sus síntomas. Esto \
puede tomar tiempo, y la espera puede ser difícil. Su equipo de atención \
le puede ayudar a pasar por esto.",
        ),
    ],
    next_step: "Si le preocupa la EM, consulte a su médico. Si hace falta, \
su médico puede enviarle a un neurólogo o neuróloga.",
    sources: &["mcdonald-2017", "mcdonald-2024", "nice-ng220", "nhs-ms"],
};

pub const GET_HELP: Topic = Topic {
    slug: "pedir-ayuda",
    title: "Cuándo pedir ayuda",
    nav_label: "Pedir ayuda",
    summary: "Qué señales piden llamar ya al 911 o al 988. Y cuáles piden \
llamar hoy, llamar pronto o contarlo en su próxima cita.",
    body: &[
        Block::Para(
            "La mayoría de los cambios en la esclerosis múltiple (EM) no son \
emergencias. Pero algunas señales necesitan ayuda rápida. Las tarjetas de \
arriba muestran qué tan rápido actuar, primero lo más urgente.",
        ),
        Block::Para(
            "Su equipo de atención de la EM es su neurólogo o neuróloga. \
También puede ser el personal de enfermería de EM. Para síntomas de la EM, \
hable primero con ese equipo.",
        ),
        Block::Heading("¿Qué es una recaída?"),
        Block::Para(
            "Una recaída (también llamada brote o ataque) es cuando hay \
síntomas nuevos o los viejos se ponen peor. Los médicos la llaman recaída si \
esto dura más de 24 horas.",
        ),
        Block::Para(
            "Además, no debe haber fiebre ni infección que la explique. Y debe \
empezar al menos 30 días después de la última recaída.",
        ),
        Block::Para(
            "Una recaída puede durar días o semanas, y luego muchas veces \
mejora. Deben revisarle en 14 días o menos.",
        ),
        Block::Heading("¿Recaída o recaída falsa?"),
        Block::Para(
            "La fiebre o una infección pueden traer de vuelta síntomas viejos \
por un tiempo. Muchas veces es una infección de orina. Esto se llama \
recaída falsa (pseudorrecaída).",
        ),
        Block::Para(
            "Una recaída falsa no es una recaída de verdad. Pero hay que \
revisar y tratar la infección. Por eso, hable con un médico el mismo día.",
        ),
        Block::Para(
            "Tener mucho calor también puede traer de vuelta síntomas viejos. \
Primero, refrésquese. Si no se calman en un día, hable con su equipo de \
atención de la EM.",
        ),
        Block::Para(
            "Si no sabe cuál es, hable hoy con su médico o su equipo de \
atención de la EM.",
        ),
        Block::Heading("Por qué su equipo quiere saberlo"),
        Block::Para(
            "Avise a su equipo de una posible recaída, aunque parezca leve. \
Eso ayuda al equipo a elegir el mejor tratamiento para usted.",
        ),
        Block::Para(
            "Un diario de síntomas le puede ayudar a dar detalles claros.",
        ),
    ],
    next_step: "Si tiene dudas, hable con su médico o su equipo de atención \
de la EM. En una emergencia, llame al 911.",
    sources: &[
        "stroke-fast",
        "nhs-back-pain",
        "nmss-relapses",
        "mstrust-relapse",
        "mstrust-pseudo",
        "msaa-toolkit",
        "nice-qs108",
        "lifeline-988",
    ],
};

pub const OUTLOOK: Topic = Topic {
    slug: "el-futuro",
    title: "Vivir bien con EM",
    nav_label: "El futuro",
    summary: "Muchas personas con EM tienen una esperanza de vida normal o \
casi normal.",
    body: &[
        Block::Para(
            "Muchas personas con esclerosis múltiple (EM) tienen una \
esperanza de vida normal o casi normal. Muchas trabajan, crían a su familia \
y llevan una vida plena y productiva.",
        ),
        Block::Para(
            "La EM es distinta en cada persona. Algunas personas tienen pocos \
síntomas por muchos años.",
        ),
        Block::Para(
            "Aún no hay cura, pero los tratamientos han mejorado mucho. \
Hay muchas formas de manejar el dolor y otros síntomas.",
        ),
        Block::Para(
            "Moverse y cuidar su salud puede ayudar. También puede ayudar \
estar en contacto con su equipo de atención de la EM.",
        ),
    ],
    next_step: "Hable con su equipo de atención de la EM sobre un plan de \
cuidados que le sirva.",
    sources: &["nhs-ms", "spine-institute"],
};

pub const ABOUT: Topic = Topic {
    slug: "acerca-de",
    title: "Acerca de esta aplicación",
    nav_label: "Acerca de",
    summary: "Qué es esta aplicación, en qué fuentes se basa y cómo protege \
su privacidad.",
    body: &[
        Block::Para(
            "\"La EM y su columna\" explica cómo la esclerosis múltiple (EM) \
puede afectar la columna. También tiene un diario de síntomas privado.",
        ),
        Block::Para(
            "Se basa en un artículo de The Spine Institute. Es una clínica de \
columna en Los Ángeles. Lo reescribimos con palabras sencillas y lo pusimos \
al día con datos más nuevos.",
        ),
        Block::Heading("Su privacidad"),
        Block::Para(
            "Todo lo que anota se queda en su teléfono. Nada de lo que \
escribe llega a nosotros ni a nadie más.",
        ),
        Block::Heading("No es un diagnóstico"),
        Block::Para(
            "Esta aplicación solo da información general. No diagnostica \
nada y no reemplaza a un médico.",
        ),
    ],
    next_step: "Para consejos sobre su propia salud, hable con su equipo de \
atención de la EM o su médico.",
    // The about page lists every source itself.
    sources: &[],
};
