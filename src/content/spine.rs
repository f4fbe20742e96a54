//! The sections of the spine for the interactive spine map, from the neck
//! down.
//!
//! The spinal cord ends near the L1 and L2 bones. Below that, the spine
//! holds nerve roots, which MS does not form lesions in. So the lower two
//! entries describe the lowest part of the cord (the conus), which sits
//! higher up and controls the nerves that pass through these levels.

use super::model::SpineRegion;

/// The 4 regions, top to bottom.
/// The regions in a language, in the same order.
pub const fn regions_in(lang: crate::lang::Lang) -> &'static [SpineRegion] {
    match lang {
        crate::lang::Lang::En => REGIONS,
        crate::lang::Lang::Es => super::es::spine::REGIONS,
    }
}

pub const REGIONS: &[SpineRegion] = &[
    SpineRegion {
        id: "cervical",
        plain_name: "Neck",
        medical_name: "cervical",
        vertebrae: "C1 to C7",
        can_affect: &[
            "Strength and feeling in your arms, hands and fingers",
            "Your body and legs, because their nerve signals pass through the \
neck",
            "Balance and walking",
            "Bladder, bowel and sexual function",
            "An electric-shock feeling when you bend your neck (Lhermitte's \
sign)",
        ],
        how_often: "About 2 in 3 spinal cord lesions are in the neck part \
of the cord. This is the most common place for them.",
    },
    SpineRegion {
        id: "thoracic",
        plain_name: "Chest / upper back",
        medical_name: "thoracic",
        vertebrae: "T1 to T12",
        can_affect: &[
            "Feeling in your chest and belly, sometimes as a tight band \
around your body",
            "Strength, stiffness and feeling in your legs",
            "Balance and walking",
            "Bladder, bowel and sexual function",
        ],
        how_often: "Most of the other spinal cord lesions are in the chest \
part of the cord.",
    },
    SpineRegion {
        id: "lumbar",
        plain_name: "Lower back",
        medical_name: "lumbar",
        vertebrae: "L1 to L5",
        can_affect: &[
            "The cord ends near the top of this area, around the L1 and L2 \
bones",
            "Lesions in the lowest part of the cord can affect your hips, \
legs and feet",
            "They can also affect bladder, bowel and sexual function",
            "Below the cord, this part of the spine holds a bundle of nerve \
roots",
            "MS lesions form in the cord itself, not in these nerve roots or \
in the bones",
        ],
        how_often: "Lesions in the lowest part of the cord are less common.",
    },
    SpineRegion {
        id: "sacral",
        plain_name: "Base of the spine",
        medical_name: "sacral",
        vertebrae: "S1 to S5, joined into 1 bone (the sacrum)",
        can_affect: &[
            "The cord does not reach this far down, so MS lesions do not form \
here",
            "The nerves here start at the tip of the cord (the conus), higher \
up",
            "Lesions in that tip can affect bladder, bowel and sexual \
function",
            "They can also affect feeling around your genitals and buttocks",
        ],
        how_often: "MS lesions do not form at this level. Problems felt here \
come from the tip of the cord, which is less often affected.",
    },
];
