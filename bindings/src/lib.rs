//! haven-ffi: the uniffi surface over haven-core for the Android, iOS and
//! Python shells. Generated bindings are never committed: `cargo xtask
//! bindings` makes them from the built library.

uniffi::setup_scaffolding!();
