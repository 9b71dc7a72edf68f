//! The core's safety calls (`docs/safety.md` is the contract): quick exit
//! and unlock, the codes and settings, app lifecycle for auto-lock, and
//! lock events. The screens they show are in `views/` (`unlock`,
//! `calculator`, `safety`).

mod events;
mod lifecycle;
mod lock;
mod settings;

pub use events::LockListener;
pub use lock::{Cover, LockView, UnlockOutcome};
pub use settings::{Disguise, SafetySettings};
