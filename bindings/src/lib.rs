//! haven-ffi: the uniffi surface over haven-core for the Android, iOS and
//! Python shells. Generated bindings are never committed: `cargo xtask
//! bindings` makes them from the built library.
//!
//! Nothing here holds logic: each file wraps one area of the core. An
//! exported [`Haven`] object holds `Arc<haven_core::Haven>`; records and
//! enums mirror core types through `From`, so the core carries no uniffi
//! derives; every failure arrives as one [`HavenError`].
//!
//! Calls are coarse (one per screen): a Kotlin call through JNA costs about
//! 10 µs, so a screen must never need one call per field. All calls block;
//! shells make them off the UI thread.
//!
//! The background-network preference (`background.rs`) says which networks
//! the shells' scheduled sync and delivery may use.
//!
//! Safety (`safety/`: lock, unlock, codes, settings, lifecycle, lock
//! events) is here; its screens are in `views/`. Background work runs on
//! one tokio runtime (`runtime.rs`); a subscription returns a `TaskHandle`
//! whose drop cancels it: lock events, sync (`sync.rs`) and outbox
//! delivery (`delivery.rs`). Reports (`reports.rs`: form, drafts, review,
//! submit, outbox) return their screens' views from `views/`.

mod app;
mod background;
mod delivery;
mod error;
mod reports;
mod runtime;
mod safety;
mod search;
mod secrets;
mod sync;
mod task_handle;
mod views;

pub use app::{Haven, OpenOptions};
pub use background::BackgroundNetwork;
pub use delivery::{DeliveryResult, OutboxListener};
pub use error::HavenError;
pub use safety::{Cover, Disguise, LockListener, LockView, SafetySettings, UnlockOutcome};
pub use secrets::SecretStore;
pub use sync::{SyncListener, SyncResult};
pub use task_handle::TaskHandle;

// The namespace names the generated Python module and Kotlin file (`haven.py`,
// `haven.kt`); Swift's module name is set in uniffi.toml.
uniffi::setup_scaffolding!("haven");
