//! Component tests in headless Chromium (wasm-bindgen-test).
//! Run with `make test-wasm`; native `cargo test` skips this file.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh container and returns the container, so
/// each test looks only at what it mounted.
fn mount<F, V>(view: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> V + 'static,
    V: IntoView + 'static,
{
    let document = document();
    let container: web_sys::HtmlElement = document
        .create_element("div")
        .expect("create a container")
        .unchecked_into();
    document
        .body()
        .expect("the test page has a body")
        .append_child(&container)
        .expect("attach the container");
    leptos::mount::mount_to(container.clone(), view).forget();
    container
}

fn find(root: &web_sys::HtmlElement, selector: &str) -> web_sys::Element {
    root.query_selector(selector)
        .expect("a valid selector")
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

#[wasm_bindgen_test]
fn shell_has_header_main_and_footer() {
    let root = mount(ms_your_spine::App);
    let header = find(&root, "header[data-testid=site-header]");
    assert!(
        header
            .text_content()
            .unwrap_or_default()
            .contains("MS & Your Spine")
    );
    find(&root, "main#main");
    let disclaimer = find(&root, "footer [data-testid=disclaimer]");
    assert!(
        disclaimer
            .text_content()
            .unwrap_or_default()
            .contains("does not diagnose")
    );
}

#[wasm_bindgen_test]
fn footer_link_calls_the_clinic() {
    let root = mount(ms_your_spine::components::site_footer::SiteFooter);
    let link = find(&root, "a[data-testid=clinic-call]");
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("tel:+13108287757")
    );
    assert!(
        link.text_content()
            .unwrap_or_default()
            .contains("310-828-7757")
    );
}
