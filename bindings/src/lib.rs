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
//! Room left for what later issues add to the core, each in its own file:
//! `safety.rs` (lock, unlock, wipe, the disguise calculator and their
//! views), `sync.rs` and `reports.rs` (async on one shared tokio runtime,
//! progress through foreign-trait listeners, and a `task_handle.rs` whose
//! drop cancels a subscription).

mod app;
mod error;
mod search;
mod secrets;
mod views;

pub use app::{Haven, OpenOptions};
pub use error::HavenError;
pub use secrets::SecretStore;

// The namespace names the generated modules: `haven.py`, `haven.kt`, `haven.swift`.
uniffi::setup_scaffolding!("haven");
