//! Report intake: `POST /v1/reports` per the report wire contract
//! (docs/intake.md). Sealed envelopes are checked for shape, deduplicated
//! by idempotency key and stored as they came; the server has no key and
//! never opens them.

mod envelope;
mod error;
mod handler;
mod idempotency;
mod limits;
mod rate_limit;
mod reference;
pub mod store;
mod writer;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::routing::post;

pub use error::{IntakeError, Rejection};
pub use limits::{
    DEFAULT_BODY_TIMEOUT, DEFAULT_MAX_TRACKED_CLIENTS, DEFAULT_RATE_BURST, DEFAULT_RATE_PER_SECOND, IntakeLimits,
};
pub use store::{EnvelopeStore, Stored, StoredEnvelope};

use handler::IntakeState;
use rate_limit::RateLimiter;
use writer::Writer;

/// Where the contract puts intake on a hub.
pub const REPORTS_PATH: &str = "/v1/reports";

/// The intake router over the database at `db` (created if missing). Serve
/// it with `into_make_service_with_connect_info::<SocketAddr>()` so the
/// rate limit sees each client's address (see [`serve`]).
pub fn router(db: &Path, limits: IntakeLimits) -> Result<Router, IntakeError> {
    limits.check().map_err(IntakeError::Limits)?;
    let writer = Writer::start(Arc::new(EnvelopeStore::open(db)?))?;
    let limiter = RateLimiter::new(limits.rate_burst, limits.rate_per_second, limits.max_tracked_clients);
    let state = IntakeState { writer, limiter, limits };
    Ok(Router::new().route(REPORTS_PATH, post(handler::receive)).with_state(Arc::new(state)))
}

/// Runs intake on `listener` until the process ends. Every committed report
/// is on disk (WAL, synchronous FULL) before its 201, so stopping the
/// process at any moment loses nothing that was acknowledged.
pub async fn serve(listener: tokio::net::TcpListener, router: Router) -> Result<(), IntakeError> {
    axum::serve(listener, router.into_make_service_with_connect_info::<SocketAddr>()).await.map_err(IntakeError::Serve)
}

/// `haven-hub intake DB --listen ADDR`.
pub fn run_cli(db: &Path, listen: &str, limits: IntakeLimits) -> Result<(), IntakeError> {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(IntakeError::Serve)?;
    runtime.block_on(async {
        let router = router(db, limits)?;
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|source| IntakeError::Listen { addr: listen.to_owned(), source })?;
        let local = listener.local_addr().map_err(IntakeError::Serve)?;
        println!("intake: POST http://{local}{REPORTS_PATH} -> {}", db.display());
        serve(listener, router).await
    })
}
