//! Safety for the person holding the phone: quick exit (`lock`), the
//! disguise calculator, unlock and duress codes, panic wipe and auto-lock.
//! The shell contract is written down in `docs/safety.md`.

mod backoff;
pub mod calculator;
mod codes;
mod configure;
mod envelope;
mod events;
mod kdf;
mod lifecycle;
mod lock;
mod notes;
mod running;
mod settings;
mod spare;

mod state;
mod wipe;

pub use codes::{MAX_CODE_LEN, MIN_CODE_LEN, check_code};
pub(crate) use envelope::Envelope;
pub use kdf::KdfCost;
pub use lock::{Cover, LockView, UnlockOutcome};
pub(crate) use running::Running;
pub use settings::{Disguise, MAX_AUTO_LOCK_SECS, MAX_WIPE_AFTER, MIN_WIPE_AFTER, SafetySettings, SettingProblem};
pub(crate) use state::SafetyState;

use crate::secrets::SecretStoreError;
use crate::store::StoreError;

/// Why a safety action was refused. Reasons never carry a code.
#[derive(Debug, thiserror::Error)]
pub enum SafetyError {
    #[error("invalid code: {0}")]
    InvalidCode(String),
    #[error("the unlock code and the duress code must differ")]
    SameCodes,
    #[error("the current unlock code is needed to change it, and the one given is wrong")]
    WrongCurrentCode,
    #[error("an unlock code is needed first")]
    NoUnlockCode,
    /// `resume` on a Haven that has an unlock code: `unlock` it instead.
    #[error("this Haven opens with its unlock code")]
    CodeRequired,

    #[error("invalid safety setting: {0}")]
    InvalidSetting(SettingProblem),
    #[error("the system random generator failed")]
    Random,
    #[error("{0}")]
    Kdf(String),
    /// What the secret store holds for Haven cannot be read.
    #[error("{0}")]
    Envelope(String),
    #[error(transparent)]
    SecretStore(#[from] SecretStoreError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<SafetyError> for StoreError {
    /// For the store's key-saving callback, which speaks `StoreError`.
    fn from(e: SafetyError) -> Self {
        match e {
            SafetyError::SecretStore(e) => StoreError::SecretStore(e),
            SafetyError::Store(e) => e,
            other => StoreError::SecretStore(SecretStoreError::new(other.to_string())),
        }
    }
}

pub(crate) fn unix_seconds(at: std::time::SystemTime) -> u64 {
    at.duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

pub(crate) fn finish_interrupted_wipe(
    data_dir: &std::path::Path,
    secrets: &dyn crate::secrets::SecretStore,
) -> Result<bool, SafetyError> {
    wipe::finish_interrupted(data_dir, secrets)
}

pub(crate) fn load_envelope(
    secrets: &dyn crate::secrets::SecretStore,
) -> Result<Option<envelope::Envelope>, SafetyError> {
    envelope::Envelope::load(secrets)
}

/// One Argon2id derivation at `cost`, for the benchmarks that size it.
#[doc(hidden)]
pub fn bench_derive(code: &str, cost: KdfCost) -> bool {
    kdf::derive(code.as_bytes(), &[7; kdf::SALT_LEN], cost).is_ok()
}
