use leptos::prelude::*;

use crate::content::SpineRegion;
use crate::content::spine::regions_in;
use crate::lang::Lang;
use crate::nav::use_lang;

/// Where each region sits in the drawing: top y, height, vertebra count.
/// The numbers only shape the picture; the facts come from content.
const BANDS: [(f32, f32, u8); 4] = [
    (34.0, 84.0, 7),
    (122.0, 150.0, 12),
    (276.0, 80.0, 5),
    (360.0, 44.0, 1),
];

/// The interactive spine map: pick a part of the spine to see what
/// lesions there can affect and how often they occur there.
///
/// The drawing can be tapped, but the real controls are the buttons beside
/// it, so the map works the same by touch, keyboard and screen reader.
#[component]
pub fn SpineMap() -> impl IntoView {
    let lang = use_lang();
    let regions = regions_in(lang);
    let selected = RwSignal::new(None::<usize>);
    let is = move |i: usize| selected.get() == Some(i);

    let drawing = regions
        .iter()
        .zip(BANDS)
        .enumerate()
        .map(|(i, (region, (top, height, count)))| {
            view! {
                <g
                    class=format!("spine-region region-{}", region.id)
                    class:selected=move || is(i)
                    data-region=region.id
                    on:click=move |_| selected.set(Some(i))
                >
                    <rect class="spine-band" x="8" y=top width="104"
                        height=height rx="10"/>
                    {vertebrae(top, height, count)}
                </g>
            }
        })
        .collect_view();

    let buttons = regions
        .iter()
        .enumerate()
        .map(|(i, region)| {
            view! {
                <li>
                    <button
                        type="button"
                        class=format!("spine-button region-{}", region.id)
                        aria-pressed=move || is(i).to_string()
                        aria-controls="spine-detail"
                        data-testid=format!("spine-{}", region.id)
                        on:click=move |_| selected.set(Some(i))
                    >
                        <span class="swatch" aria-hidden="true"></span>
                        <span>
                            {region.plain_name}
                            <span class="term">" (" {region.medical_name} ")"</span>
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();

    view! {
        <section class="spine-map" aria-labelledby="spine-map-heading">
            <h2 id="spine-map-heading">
                {lang.pick("Explore the spine", "Explore la columna")}
            </h2>
            <p id="spine-map-hint">
                {lang.pick(
                    "Choose a part of the spine to see what lesions there can affect.",
                    "Elija una parte de la columna para ver qué pueden afectar las lesiones ahí.",
                )}
            </p>
            <div class="spine-map-body">
                <svg
                    class="spine-drawing"
                    viewBox="0 0 120 410"
                    aria-hidden="true"
                    focusable="false"
                >
                    <circle class="spine-skull" cx="60" cy="14" r="12"/>
                    {drawing}
                    // The cord itself ends near the L1-L2 bones; below that
                    // only nerve roots run on.
                    <line class="spine-cord" x1="60" y1="26" x2="60" y2="292"/>
                    <path class="spine-roots"
                        d="M60 292 L52 372 M60 292 L60 380 M60 292 L68 372"/>
                </svg>
                <ul class="spine-buttons" aria-describedby="spine-map-hint">
                    {buttons}
                </ul>
            </div>
            <div
                id="spine-detail"
                class="spine-detail"
                aria-live="polite"
                data-testid="spine-detail"
            >
                {move || match selected.get().and_then(|i| regions.get(i)) {
                    Some(region) => detail(region, lang).into_any(),
                    None => view! {
                        <p class="muted">
                            {lang.pick("No part chosen yet.", "Todavía no eligió una parte.")}
                        </p>
                    }
                    .into_any(),
                }}
            </div>
        </section>
    }
}

/// The vertebrae inside one band, evenly spaced.
fn vertebrae(top: f32, height: f32, count: u8) -> impl IntoView {
    let step = height / f32::from(count);
    (0..count)
        .map(move |n| {
            let y = top + step * f32::from(n) + step * 0.15;
            view! {
                <rect class="spine-bone" x="30" y=y width="60"
                    height=step * 0.7 rx="5"/>
            }
        })
        .collect_view()
}

fn detail(region: &'static SpineRegion, lang: Lang) -> impl IntoView {
    view! {
        <h3>
            {region.plain_name} " (" {region.medical_name} ")"
            <span class="bones">{lang.pick(", bones ", ", huesos ")} {region.vertebrae}</span>
        </h3>
        <p><strong>{lang.pick("How often: ", "Qué tan seguido: ")}</strong>{region.how_often}</p>
        <p><strong>{lang.pick("What to know about this level:", "Qué saber de esta parte:")}</strong></p>
        <ul>
            {region.can_affect.iter().map(|a| view! { <li>{*a}</li> }).collect_view()}
        </ul>
    }
}
