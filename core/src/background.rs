//! Which networks the phones' background work may use: the sync and report
//! deliveries their schedulers start (WorkManager, BGTaskScheduler) while
//! nobody is looking. What the user starts on screen ("Send now", a sync)
//! is not limited by this.
//!
//! Kept in the encrypted store like the language and region: it is the
//! user's data, so a panic wipe or a duress code resets it to the default
//! along with them (a fresh Haven has no sync address or reports either,
//! so it has no background network work until the user gives it some).

use serde::{Deserialize, Serialize};

use crate::store::Settings;
use crate::{Error, Haven};

const SETTING_BACKGROUND_NETWORK: &str = "background_network";

/// The networks background work may use.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BackgroundNetwork {
    /// Any connection, mobile data included. The default: many people have
    /// a cheap phone and no Wi-Fi at all.
    #[default]
    AnyNetwork,
    /// Only networks that cost nothing per byte (Wi-Fi): Android's
    /// `NetworkType.UNMETERED`; on iOS, a path neither expensive (cellular,
    /// a hotspot) nor constrained (Low Data Mode).
    Unmetered,
}

impl BackgroundNetwork {
    pub const ALL: [BackgroundNetwork; 2] = [BackgroundNetwork::AnyNetwork, BackgroundNetwork::Unmetered];

    /// Stable id, as stored (and as text-based shells may take it).
    pub fn id(self) -> &'static str {
        match self {
            BackgroundNetwork::AnyNetwork => "any",
            BackgroundNetwork::Unmetered => "unmetered",
        }
    }

    /// Whether background work may use a network that is `metered` (costs
    /// the user per byte: mobile data, a hotspot, Low Data Mode). The
    /// shells' schedulers already wait for the right network; this is for
    /// a run that started on another one (enqueued before the choice).
    pub fn allows(self, metered: bool) -> bool {
        !metered || self == BackgroundNetwork::AnyNetwork
    }

    /// The choice named by `id`; an unknown id is refused without being echoed.
    pub fn from_id(id: &str) -> Result<BackgroundNetwork, Error> {
        BackgroundNetwork::ALL
            .into_iter()
            .find(|c| c.id() == id)
            .ok_or_else(|| Error::InvalidArgument("unknown background network choice; choose any or unmetered".into()))
    }
}

impl Haven {
    /// The user's choice (the default until one is saved). Needs Haven
    /// unlocked: background work does nothing while it is locked anyway.
    pub fn background_network(&self) -> Result<BackgroundNetwork, Error> {
        let saved = self.with_conn(|conn| Ok(Settings(conn).get(SETTING_BACKGROUND_NETWORK)?))?;
        Ok(saved.map_or(BackgroundNetwork::default(), |id| read_saved(&id)))
    }

    /// Whether a background run may go ahead on the network it has
    /// (`metered`: see `BackgroundNetwork::allows`).
    pub fn background_run_allowed(&self, metered: bool) -> Result<bool, Error> {
        Ok(self.background_network()?.allows(metered))
    }

    /// Saves the choice. It is stored even when it is the default, so a
    /// later Haven with another default keeps what the user chose.
    pub fn set_background_network(&self, choice: BackgroundNetwork) -> Result<(), Error> {
        self.with_conn(|conn| Ok(Settings(conn).set(SETTING_BACKGROUND_NETWORK, Some(choice.id()))?))
    }
}

/// A saved id this Haven does not know was written by a newer one, whose
/// extra choices can only limit background work further: the strictest
/// choice known here comes closest to what the user asked for.
fn read_saved(id: &str) -> BackgroundNetwork {
    BackgroundNetwork::from_id(id).unwrap_or_else(|_| {
        tracing::warn!("unknown background network choice in the store; using Wi-Fi only");
        BackgroundNetwork::Unmetered
    })
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::{MemorySecretStore, OpenOptions};

    #[test]
    fn ids_round_trip_and_unknown_ones_are_refused_without_echo() {
        for choice in BackgroundNetwork::ALL {
            assert_eq!(BackgroundNetwork::from_id(choice.id()).unwrap(), choice);
        }
        let err = BackgroundNetwork::from_id("cellular-please").unwrap_err();
        assert!(matches!(err, Error::InvalidArgument(_)));
        assert!(!err.to_string().contains("cellular-please"), "{err}");
    }

    #[test]
    fn wifi_only_keeps_runs_off_metered_networks() {
        assert!(BackgroundNetwork::AnyNetwork.allows(true));
        assert!(BackgroundNetwork::AnyNetwork.allows(false));
        assert!(!BackgroundNetwork::Unmetered.allows(true));
        assert!(BackgroundNetwork::Unmetered.allows(false));
    }

    #[test]
    fn a_choice_saved_by_a_newer_haven_reads_as_the_strictest_known() {
        let dir = tempfile::tempdir().unwrap();
        let haven = Haven::open(dir.path(), Arc::new(MemorySecretStore::new()), OpenOptions::default()).unwrap();
        haven
            .with_conn(|conn| Ok(Settings(conn).set(SETTING_BACKGROUND_NETWORK, Some("unmetered_and_charging"))?))
            .unwrap();
        assert_eq!(haven.background_network().unwrap(), BackgroundNetwork::Unmetered);
    }
}
