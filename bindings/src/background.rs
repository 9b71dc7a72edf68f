//! Which networks background work (sync and report delivery started by the
//! shells' schedulers) may use: the shells read it when they schedule and
//! again when a run starts; the settings screen's toggle sets it.

use haven_core::background as core;

use crate::{Haven, HavenError};

/// The networks background work may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum BackgroundNetwork {
    /// Any connection, mobile data included (the default).
    AnyNetwork,
    /// Wi-Fi only: Android's `NetworkType.UNMETERED`; on iOS a path that is
    /// neither expensive nor constrained.
    Unmetered,
}

impl From<core::BackgroundNetwork> for BackgroundNetwork {
    fn from(c: core::BackgroundNetwork) -> Self {
        match c {
            core::BackgroundNetwork::AnyNetwork => Self::AnyNetwork,
            core::BackgroundNetwork::Unmetered => Self::Unmetered,
        }
    }
}

impl From<BackgroundNetwork> for core::BackgroundNetwork {
    fn from(c: BackgroundNetwork) -> Self {
        match c {
            BackgroundNetwork::AnyNetwork => Self::AnyNetwork,
            BackgroundNetwork::Unmetered => Self::Unmetered,
        }
    }
}

#[uniffi::export]
impl Haven {
    /// The user's choice; `Locked` while Haven is locked (background work
    /// then does nothing anyway, and the shell keeps what it scheduled).
    pub fn background_network(&self) -> Result<BackgroundNetwork, HavenError> {
        Ok(self.inner.background_network()?.into())
    }

    /// Whether a background run may go ahead on the network it has now
    /// (`metered`: mobile data, a hotspot, Low Data Mode); `Locked` while
    /// Haven is locked.
    pub fn background_run_allowed(&self, metered: bool) -> Result<bool, HavenError> {
        Ok(self.inner.background_run_allowed(metered)?)
    }

    /// Saves the choice (kept in the encrypted store; a wipe resets it to
    /// `AnyNetwork`). The shell then schedules its background work again.
    pub fn set_background_network(&self, choice: BackgroundNetwork) -> Result<(), HavenError> {
        Ok(self.inner.set_background_network(choice.into())?)
    }
}
