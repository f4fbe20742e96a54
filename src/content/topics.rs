//! The reading views (topic pages), in reading order.
//!
//! Written anew from the clinic article, with its out-of-date points
//! corrected (see /work/shared/CONTENT_BRIEF.md). Sentences of 20 words or
//! fewer, paragraphs of 3 sentences or fewer; the tests hold us to it.

use super::model::{Block, Topic};

/// Every topic page, in the order a reader meets them.
pub const TOPICS: &[Topic] = &[
    WHAT_IS_MS, YOUR_SPINE, SYMPTOMS, TREATMENT, DIAGNOSIS, GET_HELP, OUTLOOK,
    ABOUT,
];

/// Every topic page in a language, in the same order.
pub const fn topics_in(lang: crate::lang::Lang) -> &'static [Topic] {
    match lang {
        crate::lang::Lang::En => TOPICS,
        crate::lang::Lang::Es => super::es::topics::TOPICS,
    }
}

/// The topic whose URL segment is `slug`, if there is one.
pub fn by_slug(slug: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|topic| topic.slug == slug)
}

pub const WHAT_IS_MS: Topic = Topic {
    slug: "what-is-ms",
    title: "What is MS?",
    nav_label: "What is MS?",
    summary: "MS is a long-term condition that affects the brain and \
spinal cord.",
    body: &[
        Block::Para(
            "Multiple sclerosis (MS) is a long-term condition of the brain \
and spinal cord. About 2.8 million people around the world have MS. That \
is about 1 in 3,000 people.",
        ),
        Block::Para(
            "The real number is probably higher, because many people with MS \
have not been diagnosed yet. These figures come from the Atlas of MS, 3rd \
edition (2020), by the MS International Federation.",
        ),
        Block::Para(
            "In the US, nearly 1 million adults live with MS. This figure \
comes from a 2019 study backed by the National MS Society.",
        ),
        Block::Heading("What happens in MS"),
        Block::Para(
            "Your immune system normally protects you from germs. In MS, it \
attacks your own nervous system by mistake. Doctors call this an \
immune-mediated condition.",
        ),
        Block::Para(
            "Nerve fibers in the brain and spinal cord have a coating called \
myelin. Myelin protects and insulates the fibers, like the plastic around a \
wire. This helps nerve signals travel fast.",
        ),
        Block::Para(
            "In MS, the immune system damages myelin. This causes swelling \
and irritation (inflammation) and leaves damaged areas (lesions). Lesions can \
slow down or block nerve signals.",
        ),
        Block::Heading("Well-known symptoms"),
        Block::Para("Many people know MS for symptoms like these:"),
        Block::List(&[
            "Trouble with balance and coordination",
            "Less control over your muscles",
            "Feeling very tired (fatigue)",
        ]),
        Block::Heading("Types of MS"),
        Block::Para(
            "MS takes a different course in different people. Doctors \
describe 3 main types.",
        ),
        Block::List(&[
            "Relapsing-remitting MS: symptoms flare up for a time (a \
relapse), then get better. About 85 in 100 people start with this type.",
            "Secondary progressive MS: after some years of relapsing MS, \
symptoms slowly get worse, with or without relapses.",
            "Primary progressive MS: symptoms get slowly worse from the \
start, without clear relapses. About 10 to 15 in 100 people have this type.",
        ]),
        Block::Para(
            "MS can also affect the spine. The next pages explain how.",
        ),
    ],
    next_step: "Read on to learn how MS can affect your spine. If you have \
symptoms that worry you, see a doctor.",
    sources: &["atlas", "us-prevalence", "nmss-types", "nice-ng220"],
};

pub const YOUR_SPINE: Topic = Topic {
    slug: "your-spine",
    title: "How MS affects your spine",
    nav_label: "Your spine",
    summary: "MS often causes damaged areas in the spinal cord, most often \
in the neck.",
    body: &[
        Block::Para(
            "Your spinal cord is a bundle of nerves that runs inside your \
spine. It carries messages between your brain and your body.",
        ),
        Block::Heading("How common are spinal cord lesions?"),
        Block::Para(
            "More than half of people with MS get lesions in the spinal \
cord. Studies find them in about 55 to 75 in every 100 people with MS.",
        ),
        Block::Para(
            "A small group of people have lesions only in the spinal cord, \
with none in the brain. One source puts this at up to 1 in 5 of those with \
spinal cord lesions.",
        ),
        Block::Heading("Where they form"),
        Block::Para(
            "About 2 in 3 spinal cord lesions are in the neck part of the \
cord. Most of the others are in the chest part.",
        ),
        Block::Para(
            "Lesions can also form lower down. But the cord itself ends near \
the top of your lower back, around the L1 and L2 bones.",
        ),
        Block::Para(
            "Below that point, the spine holds a bundle of nerve roots. These \
are nerves on their way out to the legs and pelvis.",
        ),
        Block::Para(
            "MS lesions form in the cord itself, not in the nerve roots or the \
bones of your spine.",
        ),
        Block::Heading("A note about names"),
        Block::Note(
            "Some websites use a made-up name for MS in the spine, with the \
word \"muscular\" in it. Doctors do not use this name. MS damages nerves, \
not muscles.",
        ),
        Block::Para(
            "The made-up name is also easy to mix up with spinal muscular \
atrophy (SMA), which is a different disease. Instead, say \"MS in the spinal \
cord\" or \"spinal cord lesions\".",
        ),
        Block::Heading("How it differs from ordinary back pain"),
        Block::Para(
            "The spinal cord carries signals between your brain and every \
body area below it. So a lesion can cause symptoms at its own level and \
anywhere below it.",
        ),
        Block::Para(
            "For example, a lesion in the neck can affect your legs and \
bladder, not only your arms.",
        ),
        Block::Para(
            "Ordinary back pain is different. It usually comes from the \
muscles, joints or discs of the back.",
        ),
        Block::Para(
            "A slipped disc can press on a nerve root, where a nerve leaves \
the spine. Then pain or numbness follows that one nerve's path, such as down \
one leg.",
        ),
        Block::Para(
            "Use the spine map to see what each part of the cord can affect.",
        ),
    ],
    next_step: "If you have numbness, weakness or other unusual nerve \
symptoms, see a doctor. Only a doctor can find the cause.",
    sources: &["medscape", "nhs-ms", "spine-institute"],
};

pub const SYMPTOMS: Topic = Topic {
    slug: "symptoms",
    title: "Spinal cord symptoms",
    nav_label: "Symptoms",
    summary: "Spinal cord lesions can cause weakness, stiffness, numbness, \
pain, and bladder or bowel problems.",
    body: &[
        Block::Para(
            "Lesions in the spinal cord can cause many kinds of symptoms. \
Which ones you get depends on where the lesions are. Most people do not get \
all of them.",
        ),
        Block::Para(
            "For some people, neck pain or low back pain is the first thing \
they notice. But back pain is very common, and it usually has other causes.",
        ),
        Block::Para(
            "If pain comes with unusual nerve symptoms, such as numbness or \
weakness, see a doctor.",
        ),
        Block::Heading("Easing neck and back pain"),
        Block::Para(
            "There are many ways to ease neck and back pain. These can help, \
alone or together:",
        ),
        Block::List(&[
            "Physical therapy, stretching and gentle, regular exercise",
            "Good posture, and a seat and bed that support your back",
            "Warm or cool packs, whichever feels better",
            "Usual painkillers, which can ease muscle and joint pain",
            "Other medicines for nerve pain, which your doctor can prescribe",
        ]),
        Block::Heading("About each symptom"),
        Block::Para(
            "Below, you can read about each symptom. You will find what it \
can feel like, what can help, and when to get help.",
        ),
        Block::Para(
            "Your MS team means your neurologist (nerve doctor) or MS nurse. \
For MS symptoms, contact them first.",
        ),
    ],
    next_step: "If you notice new or unusual nerve symptoms, contact your MS \
team. This means your neurologist or MS nurse. In an emergency, call 911.",
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
    slug: "treatment",
    title: "Treatment and support",
    nav_label: "Treatment",
    summary: "There is no cure yet, but medicines, therapy and support can \
help you manage MS.",
    body: &[
        Block::Para(
            "MS in the spine is treated differently from many other back \
problems. A slipped disc (herniated disc) can sometimes be fixed with \
surgery. But no surgery can fix MS.",
        ),
        Block::Heading("Medicines that change the course of MS"),
        Block::Para(
            "Some medicines can slow MS down. They are called \
disease-modifying treatments. They lower the number of relapses and new \
lesions.",
        ),
        Block::Para(
            "They work best when started early. Most are for relapsing MS. \
One of them (ocrelizumab) is also used for primary progressive MS.",
        ),
        Block::Para(
            "They come as injections, tablets, or a slow drip into a vein \
(infusion). You choose one with a specialist nerve doctor (neurologist).",
        ),
        Block::Para(
            "The right choice depends on your type of MS, your health and \
your plans. Other medicines can ease symptoms like stiffness, pain or \
bladder problems.",
        ),
        Block::Heading("Treating a relapse"),
        Block::Para(
            "Not every relapse needs treatment. Mild ones often get better on \
their own.",
        ),
        Block::Para(
            "First, your team checks for an infection. An infection can bring \
old symptoms back, and it needs its own treatment.",
        ),
        Block::Para(
            "A short course of high-dose steroids (methylprednisolone), \
often for 3 to 5 days, can help you recover faster. But steroids do not \
change the long-term course of MS.",
        ),
        Block::Para(
            "For a severe relapse that steroids do not help, doctors may use \
plasma exchange. This swaps the liquid part of your blood (plasma) for a \
clean fluid.",
        ),
        Block::Para(
            "Some people find that complementary approaches, such as yoga or \
massage, help them feel better. Check with your doctor first. Be wary of \
anything that promises a cure.",
        ),
        Block::Heading("Everyday life"),
        Block::Para("These can all help you live well with MS:"),
        Block::List(&[
            "Eating a healthy diet",
            "Staying active with exercise that suits you",
            "Physical therapy or rehab (rehabilitation) for strength, balance \
and movement",
            "Counseling, to help you cope and manage day to day",
            "Support from family and friends",
        ]),
        Block::Para(
            "A healthy diet and exercise can ease stress on your body and \
mind. Feeling low (depression) or alone can make pain feel worse. Staying \
close to family and friends can help.",
        ),
    ],
    next_step: "Talk to your MS team about which treatments suit you. Your \
MS team means your neurologist or MS nurse.",
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
    slug: "diagnosis",
    title: "Diagnosis and prevention",
    nav_label: "Diagnosis",
    summary: "No single test can diagnose MS, so doctors put several checks \
together.",
    body: &[
        Block::Para(
            "MS cannot be prevented. Researchers are still learning what \
causes it.",
        ),
        Block::Para(
            "No single test can diagnose MS. Instead, doctors use a standard \
set of rules called the McDonald criteria. These rules were updated in 2017 \
and again in 2024.",
        ),
        Block::Para(
            "The rules look for damage in places typical of MS. The brain has \
3 such places, and the spinal cord is the fourth.",
        ),
        Block::Para(
            "Since 2024, the nerve at the back of the eye (optic nerve) counts \
as a fifth place.",
        ),
        Block::Heading("What doctors look at"),
        Block::List(&[
            "Your history: what symptoms you have had, and when",
            "An examination of your nerves, strength, feeling and balance",
            "MRI scans of your brain and spinal cord. An MRI scanner uses a \
strong magnet, not X-rays, to take detailed pictures.",
            "Sometimes, a spinal fluid test (lumbar puncture), where a thin \
needle takes fluid from your lower back. It looks for signs of the immune \
system at work (oligoclonal bands or kappa free light chains).",
            "Sometimes, eye tests. One checks how fast signals travel from \
the eye (visual evoked potentials). Another scans the back of the eye (OCT).",
            "Blood tests, to rule out conditions that can look like MS",
        ]),
        Block::Para(
            "MS is never diagnosed from an MRI scan alone. Many other things \
can show up as spots on a scan.",
        ),
        Block::Para(
            "In the spine, 2 other conditions can cause long lesions in the \
cord. They are called NMOSD and MOGAD, and they need different treatment. \
Blood tests can check for them.",
        ),
        Block::Para(
            "Doctors also rule out other causes of your symptoms. This can \
take time, and waiting can feel hard. Your care team can help you through \
it.",
        ),
    ],
    next_step: "If you are worried about MS, see your doctor. They can send \
you to a neurologist if needed.",
    sources: &["mcdonald-2017", "mcdonald-2024", "nice-ng220", "nhs-ms"],
};

pub const GET_HELP: Topic = Topic {
    slug: "get-help",
    title: "When to get help",
    nav_label: "Get help",
    summary: "Which signs need 911 or 988 now, a call today or soon, or a \
mention at your next visit.",
    body: &[
        Block::Para(
            "Most changes in MS are not emergencies. But a few signs need \
help fast. The cards above show how quickly to act, most urgent first.",
        ),
        Block::Para(
            "Your MS team means your neurologist or MS nurse. For MS \
symptoms, contact them first.",
        ),
        Block::Heading("What is a relapse?"),
        Block::Para(
            "A relapse (or flare-up) is when new symptoms appear, or old \
ones get worse. Doctors call it a relapse when this lasts more than 24 \
hours.",
        ),
        Block::Para(
            "There must also be no fever or infection to explain it. And it \
must come at least 30 days after the last relapse.",
        ),
        Block::Para(
            "A relapse can last days or weeks, and then it often gets better. \
You should be seen within 14 days.",
        ),
        Block::Heading("Relapse or pseudo-relapse?"),
        Block::Para(
            "A fever or an infection can bring old symptoms back for a while. \
This is often a bladder infection. It is called a pseudo-relapse.",
        ),
        Block::Para(
            "A pseudo-relapse is not a true relapse, but the infection needs \
checking and treating. So contact a doctor the same day.",
        ),
        Block::Para(
            "Getting too hot can also bring old symptoms back. Cool down \
first. If symptoms do not settle within a day, contact your MS team.",
        ),
        Block::Para(
            "If you are not sure which it is, contact your doctor or MS team \
today.",
        ),
        Block::Heading("Why your team wants to know"),
        Block::Para(
            "Tell your team about a possible relapse, even if it seems mild. \
It helps them choose the best treatment for you.",
        ),
        Block::Para("A symptom diary can help you give clear details."),
    ],
    next_step: "If in doubt, contact your doctor or MS team. In an \
emergency, call 911.",
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
    slug: "outlook",
    title: "Living well with MS",
    nav_label: "Outlook",
    summary: "Many people with MS live a normal or near-normal life span.",
    body: &[
        Block::Para(
            "Many people with MS live a normal or near-normal life span. \
Many work, raise families and lead full, productive lives.",
        ),
        Block::Para(
            "MS is different for everyone. Some people have few symptoms for \
many years.",
        ),
        Block::Para(
            "There is no cure yet, but treatments have improved a lot. There \
are many ways to manage pain and other symptoms.",
        ),
        Block::Para(
            "Staying active, looking after your health and keeping in touch \
with your MS team can all help.",
        ),
    ],
    next_step: "Talk to your MS team about a care plan that works for you.",
    sources: &["nhs-ms", "spine-institute"],
};

pub const ABOUT: Topic = Topic {
    slug: "about",
    title: "About this app",
    nav_label: "About",
    summary: "What this app is, where its facts come from, and how it keeps \
your data private.",
    body: &[
        Block::Para(
            "MS & Your Spine explains how multiple sclerosis (MS) can affect \
the spine. It also has a private symptom diary.",
        ),
        Block::Para(
            "It is based on an article by The Spine Institute, a spine \
practice in Los Angeles. We rewrote it in plain words and updated it with \
newer facts.",
        ),
        Block::Heading("Your privacy"),
        Block::Para(
            "Everything you enter stays on your phone. Nothing you type is \
sent to us or to anyone else.",
        ),
        Block::Heading("Not a diagnosis"),
        Block::Para(
            "This app gives general information only. It does not diagnose \
anything, and it does not replace a doctor.",
        ),
    ],
    next_step: "For advice about your own health, contact your MS team or \
doctor.",
    // The about page lists every source itself.
    sources: &[],
};
