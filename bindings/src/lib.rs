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
//! Room left, each area in its own file: `safety.rs` (the core's lock,
//! unlock, wipe, disguise calculator and their views, still settling in
//! the core), then `sync.rs` and `reports.rs` once the core has them
//! (async on one shared tokio runtime, progress through foreign-trait
//! listeners, and a `task_handle.rs` whose drop cancels a subscription).

mod app;
mod error;
mod search;
mod secrets;
mod views;

pub use app::{Haven, OpenOptions};
pub use error::HavenError;
pub use secrets::SecretStore;

// The namespace names the generated Python module and Kotlin file (`haven.py`,
// `haven.kt`); Swift's module name is set in uniffi.toml.
uniffi::setup_scaffolding!("haven");
