//! What every request handler is given: the built site's options, the
//! database pool and the services (key, mode, limits, vault).

use app::services::Services;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sqlx::PgPool;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub pool: PgPool,
    pub services: Services,
}

pub fn leptos_options(site_root: &str, addr: std::net::SocketAddr) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("dmp")
        .site_root(site_root)
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .hash_files(built_with_hashes())
        .build()
}

/// Whether cargo-leptos gave the site's files hashed names: it then writes
/// their hashes beside the server binary, where the pages' links read them.
fn built_with_hashes() -> bool {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").is_file()))
        .unwrap_or(false)
}

/// What every page and server function finds in its context.
pub fn provide_app_context(state: &AppState) {
    leptos::prelude::provide_context(state.pool.clone());
    leptos::prelude::provide_context(state.services.clone());
    leptos::prelude::provide_context(app::session::patient::RequestMemo::default());
}
