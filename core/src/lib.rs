//! haven-core: the whole Haven app as plain Rust.
//!
//! Shells (terminal, Android, iOS) open a [`Haven`], ask it for one view model
//! per screen and draw it. Nothing here knows about FFI or a platform: what only
//! the platform has (a place to keep the database key) comes in through the
//! [`SecretStore`] trait.

pub mod background;
pub mod content;
mod error;
pub(crate) mod haven;
pub mod i18n;
pub mod net;
mod options;
pub mod reports;
pub mod safety;

pub mod search;
pub mod secrets;
pub mod store;
pub mod sync;
pub mod views;

pub use error::Error;
pub use haven::Haven;
pub use options::OpenOptions;
pub use secrets::{DbKey, FileSecretStore, MemorySecretStore, SecretStore, SecretStoreError};
