//! `haven-hub serve`: a development server for a published DIST folder that
//! behaves like a good CDN (strong ETags, conditional GET, byte ranges, the
//! Cache-Control a real host should send), so sync can be tried end to end
//! on loopback. Production hosting is any static host: see docs/hosting.md.
//!
//! Composition: [`router`] serves DIST as the fallback of its router, so
//! other routes (report intake) merged into it take precedence:
//! `intake_router.merge(serve::router(dist)?)`, then [`with_access_log`]
//! and [`run`].

mod access_log;
mod etag;
mod files;
mod media;
mod range;
mod request_path;

use std::path::Path;
use std::sync::Arc;

use axum::Router;
use tokio::net::TcpListener;

pub use files::STREAM_CHUNK_BYTES;
pub use media::{IMMUTABLE, REVALIDATE};
pub use request_path::MAX_REQUEST_PATH_BYTES;

/// The address `serve` listens on unless told otherwise: loopback only.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";

/// A router serving the files under `dist` (which must be a folder).
pub fn router(dist: &Path) -> std::io::Result<Router> {
    let root = dist.canonicalize()?;
    if !root.is_dir() {
        return Err(std::io::Error::new(std::io::ErrorKind::NotADirectory, "DIST is not a folder"));
    }
    let state = Arc::new(files::StaticFiles { root, etags: etag::EtagCache::default() });
    Ok(Router::new().fallback(files::serve_file).with_state(state))
}

/// Adds the one-line-per-request access log to a composed router.
pub fn with_access_log(router: Router) -> Router {
    router.layer(axum::middleware::from_fn(access_log::access_log))
}

/// Serves `router` on `listener` until the task is dropped or fails.
pub async fn run(listener: TcpListener, router: Router) -> std::io::Result<()> {
    axum::serve(listener, router).await
}
