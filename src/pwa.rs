//! Service-worker registration and the "new version ready" prompt.
//!
//! The worker (`public/sw.js`, filled in at build time) keeps every file
//! for offline use. A new version installs in the background and then
//! waits; the app shows a prompt, and only when the user accepts does the
//! new worker take over and the page reload. Registration uses
//! `updateViaCache: "none"` so the browser always checks for a new
//! worker, whatever the host's cache headers say.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    RegistrationOptions, ServiceWorkerContainer, ServiceWorkerRegistration,
    ServiceWorkerState, ServiceWorkerUpdateViaCache,
};

/// The worker's URL (the site root, so it controls every view).
const WORKER: &str = "/sw.js";

/// The browser's service-worker container, where it has one (not in
/// private modes of some browsers, nor over plain http off localhost).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let has =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
            .unwrap_or(false);
    has.then(|| navigator.service_worker())
}

/// Registers the worker and sets `ready` when a new version is waiting.
pub fn register(ready: RwSignal<bool>) {
    let Some(container) = container() else {
        return;
    };
    let options = RegistrationOptions::new();
    options.set_update_via_cache(ServiceWorkerUpdateViaCache::None);
    let promise = container.register_with_options(WORKER, &options);
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(promise).await else {
            return; // No worker: the app still works online.
        };
        let registration: ServiceWorkerRegistration =
            registration.unchecked_into();
        let controlled = move || container_controlled();
        // A version that finished installing on an earlier visit.
        if registration.waiting().is_some() && controlled() {
            ready.set(true);
        }
        let watched = registration.clone();
        let on_update = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = watched.installing() else {
                return;
            };
            let installing = worker.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                // Installed while a page is controlled: an update, not the
                // first install.
                if installing.state() == ServiceWorkerState::Installed
                    && controlled()
                {
                    ready.set(true);
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration
            .set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    });
}

fn container_controlled() -> bool {
    container().is_some_and(|c| c.controller().is_some())
}

/// The user accepted the update: the waiting worker takes over, then the
/// page reloads once into the new version.
pub fn accept_update() {
    let Some(container) = container() else {
        return;
    };
    spawn_local(async move {
        let Ok(found) = JsFuture::from(container.get_registration()).await
        else {
            return;
        };
        let Some(registration) = found.dyn_ref::<ServiceWorkerRegistration>()
        else {
            return;
        };
        let Some(waiting) = registration.waiting() else {
            return;
        };
        let reload = Closure::<dyn Fn()>::new(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
    });
}

/// The update island on every page: registers the worker once the page
/// has loaded (never during the build) and holds the prompt.
#[component]
pub fn UpdateIsland() -> impl IntoView {
    let ready = RwSignal::new(false);
    Effect::new(move || after_load(move || register(ready)));
    view! { <UpdatePrompt ready=ready/> }
}

/// Runs `then` in its own task once the page has loaded. Registering the
/// worker starts it downloading every file for offline use: that must
/// not compete with what the visitor is waiting for.
fn after_load(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let loaded = window
        .document()
        .is_some_and(|d| d.ready_state() == "complete");
    if loaded {
        set_timeout(then, std::time::Duration::ZERO);
        return;
    }
    let once = Closure::once_into_js(move || {
        set_timeout(then, std::time::Duration::ZERO);
    });
    let _ =
        window.add_event_listener_with_callback("load", once.unchecked_ref());
}

/// The "new version ready" prompt, shown above the tab bar.
#[component]
pub fn UpdatePrompt(ready: RwSignal<bool>) -> impl IntoView {
    let lang = crate::nav::use_lang();
    move || {
        ready.get().then(|| {
            view! {
                <div class="update-prompt" role="status" data-testid="update-prompt">
                    <p>
                        {lang.pick(
                            "A new version is ready - reload to use it.",
                            "Hay una versión nueva. Vuelva a cargar para usarla.",
                        )}
                    </p>
                    <div class="row">
                        <button type="button" data-testid="update-accept"
                            on:click=move |_| accept_update()>
                            {lang.pick("Reload", "Volver a cargar")}
                        </button>
                        <button type="button" class="button-secondary"
                            on:click=move |_| ready.set(false)>
                            {lang.pick("Later", "Más tarde")}
                        </button>
                    </div>
                </div>
            }
        })
    }
}
