//! Signed content sync for the shells: start it with a listener, get
//! progress lines and the outcome as view models; the returned handle
//! cancels it (nothing is applied unless the whole sync verified).

use std::sync::Arc;

use haven_core::sync::{CancelToken, Follow, SyncSettings};

use crate::task_handle::TaskHandle;
use crate::{Haven, HavenError};

/// What a finished sync did, ready to show (mirrors the core's
/// `SyncResultView` plus counts a shell may act on).
#[derive(Debug, Clone, uniffi::Record)]
pub struct SyncResult {
    pub title: String,
    /// One line per publisher updated, removed or refused, or "up to date".
    pub changes: Vec<String>,
    /// How old each publisher's content is.
    pub freshness: Vec<String>,
    pub publishers_updated: u32,
    pub publishers_refused: u32,
    pub bytes_downloaded: u64,
}

/// Implemented by the shell; called on a background thread.
#[uniffi::export(foreign)]
pub trait SyncListener: Send + Sync {
    /// A progress line in the UI language.
    fn on_progress(&self, text: String);
    fn on_finished(&self, result: SyncResult);
    /// The sync stopped as a whole (no network, trust refused); nothing changed.
    fn on_failed(&self, error: HavenError, text: String);
}

#[uniffi::export]
impl Haven {
    /// Saves the address to sync from (HTTPS; loopback HTTP for development).
    pub fn set_sync_source(&self, url: String) -> Result<(), HavenError> {
        Ok(self.inner.set_sync_source(&url)?)
    }

    /// Starts a sync from the saved address. `follow_all`: every trusted
    /// publisher rather than those for the user's region and languages.
    /// Dropping or cancelling the handle stops it; nothing half-done is kept.
    pub fn start_sync(&self, follow_all: bool, listener: Arc<dyn SyncListener>) -> Arc<TaskHandle> {
        let haven = self.inner.clone();
        TaskHandle::spawn(move |cancelled| async move {
            let url = match haven.sync_source() {
                Ok(Some(url)) => url,
                Ok(None) => {
                    let text = haven.sync_missing_source_text();
                    listener.on_failed(HavenError::InvalidArgument { reason: "no sync address".into() }, text);
                    return;
                }
                Err(e) => return listener.on_failed(e.into(), String::new()),
            };
            let mut settings = SyncSettings::new(url);
            settings.follow = if follow_all { Follow::All } else { Follow::Mine };
            let progress = |event: haven_core::sync::SyncEvent| {
                if !cancelled.is_set() {
                    listener.on_progress(haven.sync_event_text(&event));
                }
            };
            let outcome = haven.sync(&settings, &progress, &CancelToken::new()).await;
            if cancelled.is_set() {
                return;
            }
            match outcome.and_then(|o| Ok((haven.sync_result_view(&o)?, o))) {
                Ok((view, outcome)) => listener.on_finished(SyncResult {
                    title: view.title,
                    changes: view.changes,
                    freshness: view.freshness,
                    publishers_updated: outcome.changes.len() as u32,
                    publishers_refused: outcome.refused.len() as u32,
                    bytes_downloaded: outcome.bytes_downloaded,
                }),
                Err(haven_core::Error::Sync(e)) => {
                    let text = haven.sync_failure_text(&e);
                    listener.on_failed(haven_core::Error::Sync(e).into(), text);
                }
                Err(e) => listener.on_failed(e.into(), String::new()),
            }
        })
    }

    /// How old each publisher's content is, one line each.
    pub fn content_freshness(&self) -> Result<Vec<String>, HavenError> {
        Ok(self.inner.content_freshness()?)
    }
}
