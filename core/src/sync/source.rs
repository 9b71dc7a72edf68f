//! The address this phone syncs from, remembered in the encrypted store
//! (shells pass one the first time; a link or QR code from an NGO, say).

use super::SyncError;
use crate::store::Settings;
use crate::{Error, Haven, net};

const SETTING_SYNC_URL: &str = "sync_url";

impl Haven {
    /// The saved sync address, if any.
    pub fn sync_source(&self) -> Result<Option<String>, Error> {
        self.with_conn(|conn| Ok(Settings(conn).get(SETTING_SYNC_URL)?))
    }

    /// Saves the sync address (checked: HTTPS, or loopback for development).
    pub fn set_sync_source(&self, url: &str) -> Result<(), Error> {
        net::check_url(url).map_err(SyncError::from)?;
        self.with_conn(|conn| Ok(Settings(conn).set(SETTING_SYNC_URL, Some(url))?))
    }
}
