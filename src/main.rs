//! Entry point for the browser build: thin on purpose (see lib.rs).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(ms_your_spine::App);
}
