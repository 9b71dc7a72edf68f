//! One sync run, as a shell starts it: check the trust chain, fetch what
//! changed, verify it, apply it all at once, and report.

use std::sync::atomic::{AtomicU64, Ordering};

use futures_util::stream::{self, StreamExt};

use super::apply::{self, PublisherChange, Update, Verified};
use super::fetch::{CancelToken, Fetched, Fetcher, RetryPolicy};
use super::limits::{MAX_DOCUMENT_BYTES, MAX_ROOT_STEPS};
use super::scope::{ANY, GLOBAL};
use super::state::{self, TrustedState};
use super::{Manifest, ManifestCheck, PartRef, Publisher, PublisherList, RootList, SyncError, builtin_roots};
use crate::net::{HttpClient, Timeouts};
use crate::{Error, Haven, i18n};

/// Parts downloaded at once: enough to hide round trips on a slow link,
/// few enough not to flood a phone's connection.
const PARALLEL_DOWNLOADS: usize = 4;
/// Downloaded parts are kept in the store in batches of about this size.
const KEEP_BATCH_BYTES: usize = 2 * 1024 * 1024;

/// Which publishers a phone follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Follow {
    /// Every publisher in the trusted list.
    All,
    /// Publishers whose scope covers the user's region (or everywhere) and
    /// one of the user's languages: less data.
    #[default]
    Mine,
}

#[derive(Debug, Clone)]
pub struct SyncSettings {
    /// Where the publisher list lives (`<url>/publishers.json`).
    pub url: String,
    pub follow: Follow,
    pub timeouts: Timeouts,
    pub retry: RetryPolicy,
}

impl SyncSettings {
    pub fn new(url: impl Into<String>) -> SyncSettings {
        SyncSettings {
            url: url.into(),
            follow: Follow::default(),
            timeouts: Timeouts::default(),
            retry: RetryPolicy::default(),
        }
    }
}

/// Progress for the shell, in the order it happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncEvent {
    CheckingTrust,
    CheckingPublisher { publisher: String, index: usize, total: usize },
    Downloading { publisher: String, parts_done: usize, parts_total: usize },
    Applying,
}

/// Receives progress; called on the sync's own task.
pub trait SyncListener: Send + Sync {
    fn on_event(&self, event: SyncEvent);
}

impl<F: Fn(SyncEvent) + Send + Sync> SyncListener for F {
    fn on_event(&self, event: SyncEvent) {
        self(event)
    }
}

/// What one sync did.
#[derive(Debug, Clone, Default)]
pub struct SyncOutcome {
    pub changes: Vec<PublisherChange>,
    /// Publishers whose update was refused or unreachable; their last
    /// verified content stays.
    pub refused: Vec<(String, SyncError)>,
    /// Publishers whose content was already current.
    pub unchanged: usize,
    pub requests: u64,
    pub bytes_downloaded: u64,
}

impl Haven {
    /// Syncs signed content from `settings.url`. Refused or unreachable
    /// publishers keep their last verified content; trust errors (roots,
    /// publisher list) stop the whole sync with nothing changed.
    ///
    /// `cancel` stops it (ending with `SyncError::Cancelled`), and so does
    /// `lock` (ending with `Error::Locked`, as a sync started while locked
    /// does: a shell shows nothing for it, and a background job has nothing
    /// to retry until Haven is opened). Either way the store stays as it
    /// was: the apply is one transaction, interrupted and rolled back if it
    /// had begun.
    pub async fn sync(
        &self,
        settings: &SyncSettings,
        listener: &dyn SyncListener,
        cancel: &CancelToken,
    ) -> Result<SyncOutcome, Error> {
        let run = self.running.start(cancel);
        let result = self.sync_run(settings, listener, &run.token).await;
        match result {
            // Whatever failed after a cancel or a lock (the store closing under
            // a query, an interrupted apply) is the cancel's or the lock's doing.
            Err(_) if cancel.is_cancelled() => Err(SyncError::Cancelled.into()),
            Err(_) if run.token.is_cancelled() => Err(Error::Locked),
            other => other,
        }
    }

    async fn sync_run(
        &self,
        settings: &SyncSettings,
        listener: &dyn SyncListener,
        cancel: &CancelToken,
    ) -> Result<SyncOutcome, Error> {
        let now = crate::haven::unix_now();
        let trusted = self.with_conn(|conn| Ok(TrustedState::load(conn)?))?;
        let fetcher = Fetcher {
            client: HttpClient::new(settings.timeouts).map_err(SyncError::from)?,
            retry: settings.retry,
            cancel: cancel.clone(),
            requests: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
        };
        let base = settings.url.trim_end_matches('/');
        listener.on_event(SyncEvent::CheckingTrust);
        let mut verified = Verified::default();
        let roots = self.current_roots(&trusted, &fetcher, base, &mut verified).await?;
        let list = check_publishers(&trusted, &roots, &fetcher, base, now, &mut verified).await?;
        let followed = self.followed(&list, settings.follow)?;
        let mut outcome = SyncOutcome::default();
        for (index, publisher) in followed.iter().enumerate() {
            listener.on_event(SyncEvent::CheckingPublisher {
                publisher: publisher.id.clone(),
                index,
                total: followed.len(),
            });
            match self.check_publisher(publisher, &trusted, &fetcher, base, now, listener).await {
                Ok(Some(update)) => verified.updates.push(update),
                Ok(None) => {
                    outcome.unchanged += 1;
                    if trusted.manifests.contains_key(&publisher.id) {
                        verified.confirmed.push(publisher.id.clone());
                    }
                }
                Err(SyncError::Cancelled) => return Err(SyncError::Cancelled.into()),
                Err(refusal) => {
                    tracing::warn!(publisher = %publisher.id, error = %refusal, "publisher update refused");
                    outcome.refused.push((publisher.id.clone(), refusal));
                }
            }
        }
        cancel.check()?;
        listener.on_event(SyncEvent::Applying);
        let builtin = crate::haven::embedded_pack()?;
        outcome.changes = self.with_conn_mut(|conn| {
            // Checked with the store held: a lock from here on interrupts the apply.
            cancel.check()?;
            Ok(crate::store::with_bulk_cache(conn, |conn| apply::apply(conn, &verified, &trusted, builtin, now))?)
        })?;
        // Applied and committed: after a lock the strings are read at the next unlock.
        if let Err(e) = self.reload_overrides()
            && !cancel.is_cancelled()
            && !matches!(e, Error::Locked)
        {
            return Err(e);
        }
        outcome.requests = fetcher.requests.load(Ordering::Relaxed);
        outcome.bytes_downloaded = fetcher.bytes.load(Ordering::Relaxed);
        Ok(outcome)
    }

    /// The newest root list: the stored or shipped one, then every rotation
    /// the server offers, each signed by the one before.
    async fn current_roots(
        &self,
        trusted: &TrustedState,
        fetcher: &Fetcher,
        base: &str,
        verified: &mut Verified,
    ) -> Result<RootList, SyncError> {
        let anchor = self.options().trust_anchor.clone().map_or_else(builtin_roots, Ok)?;
        let mut roots = match &trusted.roots {
            Some(stored) if stored.version >= anchor.version => stored.clone(),
            _ => anchor,
        };
        for _ in 0..MAX_ROOT_STEPS {
            let url = format!("{base}/roots/{}.json", roots.version + 1);
            match fetcher.get(&url, None, MAX_DOCUMENT_BYTES as u64).await? {
                Fetched::Body { bytes, .. } => roots = roots.accept_next(&bytes)?,
                Fetched::NotFound | Fetched::NotModified => break,
            }
        }
        if trusted.roots.as_ref() != Some(&roots) {
            verified.roots = Some(roots.clone());
        }
        Ok(roots)
    }

    fn followed(&self, list: &PublisherList, follow: Follow) -> Result<Vec<Publisher>, Error> {
        if follow == Follow::All {
            return Ok(list.publishers.clone());
        }
        let context = self.context()?;
        let region = context.region.clone();
        let locales = i18n::content_chain(&[context.content_locale.to_string()]);
        Ok(list
            .publishers
            .iter()
            .filter(|p| {
                let scope = &p.scope;
                let place = scope.allows_region(GLOBAL)
                    || scope.regions.iter().any(|r| r == ANY)
                    || region.as_deref().is_none_or(|r| scope.allows_region(r));
                place && locales.iter().any(|l| scope.allows_locale(l))
            })
            .cloned()
            .collect())
    }

    /// Fetches and verifies one publisher's manifest and the parts it lacks.
    /// `None`: nothing new.
    async fn check_publisher(
        &self,
        publisher: &Publisher,
        trusted: &TrustedState,
        fetcher: &Fetcher,
        base: &str,
        now: i64,
        listener: &dyn SyncListener,
    ) -> Result<Option<Update>, SyncError> {
        let stored = trusted.manifests.get(&publisher.id);
        let base = publisher.base_url.as_deref().map_or(base, |b| b.trim_end_matches('/'));
        let url = format!("{base}/publishers/{}/manifest.json", publisher.id);
        let etag = stored.and_then(|s| s.etag.as_deref());
        let (bytes, etag) = match fetcher.get(&url, etag, MAX_DOCUMENT_BYTES as u64).await? {
            Fetched::NotModified if stored.is_some() => return Ok(None),
            Fetched::NotModified | Fetched::NotFound => return Err(SyncError::Malformed("no manifest published")),
            Fetched::Body { bytes, etag } => (bytes, etag),
        };
        let manifest = match Manifest::accept(publisher, stored.map(|s| &s.manifest), &bytes, now)? {
            ManifestCheck::Unchanged => return Ok(None),
            ManifestCheck::New(manifest) => manifest,
        };
        self.download_parts(publisher, &manifest, fetcher, base, listener).await?;
        Ok(Some(Update {
            publisher: publisher.clone(),
            previous_version: stored.map(|s| s.manifest.version),
            manifest,
            etag,
        }))
    }

    async fn download_parts(
        &self,
        publisher: &Publisher,
        manifest: &Manifest,
        fetcher: &Fetcher,
        base: &str,
        listener: &dyn SyncListener,
    ) -> Result<(), SyncError> {
        let mut missing = Vec::new();
        for part in &manifest.parts {
            if !self.with_conn(|conn| Ok(state::has_part(conn, &part.sha256)?)).map_err(into_sync)? {
                missing.push(part);
            }
        }
        // Owned parts: a stream of futures over borrowed ones is not `Send`
        // for every lifetime, and shells run sync on a multi-thread runtime.
        let owned: Vec<PartRef> = missing.iter().map(|p| (*p).clone()).collect();
        let mut downloads = stream::iter(owned)
            .map(|part: PartRef| async move {
                let url = format!("{base}/{}", part.path());
                let bytes = match fetcher.get(&url, None, part.size).await? {
                    Fetched::Body { bytes, .. } => bytes,
                    _ => return Err(SyncError::Malformed("a part named in the manifest is missing")),
                };
                if bytes.len() as u64 != part.size || super::sha256_hex(&bytes) != part.sha256 {
                    return Err(SyncError::HashMismatch);
                }
                Ok((part, bytes))
            })
            .buffer_unordered(PARALLEL_DOWNLOADS);
        let mut batch: Vec<(PartRef, Vec<u8>)> = Vec::new();
        let mut done = 0;
        while let Some(result) = downloads.next().await {
            let (part, bytes) = result?;
            done += 1;
            listener.on_event(SyncEvent::Downloading {
                publisher: publisher.id.clone(),
                parts_done: done,
                parts_total: missing.len(),
            });
            batch.push((part, bytes));
            if batch.iter().map(|(_, b)| b.len()).sum::<usize>() >= KEEP_BATCH_BYTES {
                self.keep_parts(&publisher.id, std::mem::take(&mut batch))?;
            }
        }
        self.keep_parts(&publisher.id, batch)?;
        Ok(())
    }
}

impl Haven {
    /// Keeps verified parts, many per transaction (one commit per part
    /// would cost a journal write each).
    fn keep_parts(&self, publisher: &str, parts: Vec<(PartRef, Vec<u8>)>) -> Result<(), SyncError> {
        if parts.is_empty() {
            return Ok(());
        }
        self.with_conn_mut(|conn| {
            let tx = conn.transaction().map_err(super::error::store_err)?;
            for (part, bytes) in &parts {
                state::keep_part(&tx, publisher, &part.sha256, bytes)?;
            }
            tx.commit().map_err(super::error::store_err)?;
            Ok(())
        })
        .map_err(into_sync)
    }
}

async fn check_publishers(
    trusted: &TrustedState,
    roots: &RootList,
    fetcher: &Fetcher,
    base: &str,
    now: i64,
    verified: &mut Verified,
) -> Result<PublisherList, SyncError> {
    let stored = trusted.publishers.as_ref();
    let etag = stored.and_then(|(_, etag)| etag.as_deref());
    let url = format!("{base}/publishers.json");
    match fetcher.get(&url, etag, MAX_DOCUMENT_BYTES as u64).await? {
        Fetched::NotModified if stored.is_some() => Ok(stored.expect("checked").0.clone()),
        Fetched::NotModified | Fetched::NotFound => Err(SyncError::Malformed("no publisher list published")),
        Fetched::Body { bytes, etag } => {
            match PublisherList::accept(roots, stored.map(|(list, _)| list), &bytes, now)? {
                Some(list) => {
                    verified.publishers = Some((list.clone(), etag));
                    Ok(list)
                }
                None => Ok(stored.expect("an unchanged list was stored").0.clone()),
            }
        }
    }
}

fn into_sync(error: Error) -> SyncError {
    match error {
        Error::Locked => SyncError::Store("Haven is locked".into()),
        other => SyncError::Store(other.to_string()),
    }
}
