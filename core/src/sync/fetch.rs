//! Downloads with limits, conditional requests, retries and cancellation.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;

use reqwest::StatusCode;
use reqwest::header::{CONTENT_LENGTH, ETAG, IF_NONE_MATCH};
use ring::rand::{SecureRandom, SystemRandom};
use tokio::sync::Notify;

use super::SyncError;
use crate::net::{self, HttpClient, NetError};

/// Stops a running sync from another thread (the shell's cancel button).
/// A token made by `child` is also stopped when its parent is: the core
/// gives each run its own child, which `Haven::lock` stops, so the token a
/// shell passes in is never cancelled behind its back.
#[derive(Debug, Clone, Default)]
pub struct CancelToken(Arc<TokenState>);

#[derive(Debug, Default)]
struct TokenState {
    cancelled: AtomicBool,
    notify: Notify,
    parent: Option<CancelToken>,
}

impl CancelToken {
    pub fn new() -> CancelToken {
        CancelToken::default()
    }

    /// A token cancelled by its own `cancel` or by this one's.
    pub(crate) fn child(&self) -> CancelToken {
        CancelToken(Arc::new(TokenState { parent: Some(self.clone()), ..TokenState::default() }))
    }

    pub fn cancel(&self) {
        self.0.cancelled.store(true, Ordering::SeqCst);
        self.0.notify.notify_waiters();
    }

    pub fn is_cancelled(&self) -> bool {
        self.0.cancelled.load(Ordering::SeqCst) || self.0.parent.as_ref().is_some_and(CancelToken::is_cancelled)
    }

    pub(crate) fn check(&self) -> Result<(), SyncError> {
        if self.is_cancelled() { Err(SyncError::Cancelled) } else { Ok(()) }
    }

    /// Waits until this token (or a parent) is cancelled.
    async fn cancelled(&self) {
        // Registered before the flag is read: `notify_waiters` wakes a
        // `Notified` from its creation, so a cancel in between is not lost.
        let own = self.0.notify.notified();
        let parent = self.0.parent.as_ref().map(|p| Box::pin(p.cancelled()));
        if self.0.cancelled.load(Ordering::SeqCst) {
            return;
        }
        match parent {
            Some(parent) => {
                tokio::select! {
                    () = own => {}
                    () = parent => {}
                }
            }
            None => own.await,
        }
    }

    /// Runs `work` until it ends (`Some`) or the token is cancelled (`None`).
    pub(crate) async fn run_until_cancelled<T>(&self, work: impl Future<Output = T>) -> Option<T> {
        if self.is_cancelled() {
            return None;
        }
        tokio::select! {
            biased;
            () = self.cancelled() => None,
            result = work => Some(result),
        }
    }

    /// Runs `work` until it ends or the token is cancelled.
    async fn guard<T>(&self, work: impl Future<Output = Result<T, SyncError>>) -> Result<T, SyncError> {
        self.run_until_cancelled(work).await.unwrap_or(Err(SyncError::Cancelled))
    }
}

pub(crate) enum Fetched {
    NotModified,
    NotFound,
    Body { bytes: Vec<u8>, etag: Option<String> },
}

/// Retries and their spacing for transient failures.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub first_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { attempts: 4, first_delay: Duration::from_millis(500), max_delay: Duration::from_secs(20) }
    }
}

pub(crate) struct Fetcher {
    pub client: HttpClient,
    pub retry: RetryPolicy,
    pub cancel: CancelToken,
    pub requests: AtomicU64,
    pub bytes: AtomicU64,
}

impl Fetcher {
    /// GETs `url` (conditionally when `etag` is given), reading at most
    /// `limit` bytes, retrying transient failures with backoff and jitter.
    pub async fn get(&self, url: &str, etag: Option<&str>, limit: u64) -> Result<Fetched, SyncError> {
        let url = net::check_url(url)?;
        let mut attempt = 0;
        loop {
            attempt += 1;
            let result = self.cancel.guard(self.get_once(url.clone(), etag, limit)).await;
            match result {
                Err(SyncError::Net(e)) if e.is_transient() && attempt < self.retry.attempts => {
                    let delay = backoff(&self.retry, attempt);
                    self.cancel
                        .guard(async {
                            tokio::time::sleep(delay).await;
                            Ok(())
                        })
                        .await?;
                }
                other => return other,
            }
        }
    }

    async fn get_once(&self, url: reqwest::Url, etag: Option<&str>, limit: u64) -> Result<Fetched, SyncError> {
        self.requests.fetch_add(1, Ordering::Relaxed);
        let mut request = self.client.inner().get(url);
        if let Some(etag) = etag {
            request = request.header(IF_NONE_MATCH, etag);
        }
        let mut response = request.send().await.map_err(|e| NetError::from_reqwest(&e))?;
        match response.status() {
            StatusCode::NOT_MODIFIED => return Ok(Fetched::NotModified),
            StatusCode::NOT_FOUND => return Ok(Fetched::NotFound),
            StatusCode::OK => {}
            other => return Err(NetError::Status(other.as_u16()).into()),
        }
        // Refused before a byte of the body is read when the server says it is too big...
        let declared =
            response.headers().get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
        if declared.is_some_and(|n| n > limit) {
            return Err(NetError::TooLarge { limit }.into());
        }
        let etag = response.headers().get(ETAG).and_then(|v| v.to_str().ok()).filter(|v| v.len() <= 200);
        let etag = etag.map(str::to_owned);
        // ...and cut off at the limit when it lies or does not say.
        let mut bytes = Vec::with_capacity(declared.unwrap_or(0).min(limit).min(1 << 20) as usize);
        while let Some(chunk) = response.chunk().await.map_err(|e| NetError::from_reqwest(&e))? {
            if bytes.len() as u64 + chunk.len() as u64 > limit {
                return Err(NetError::TooLarge { limit }.into());
            }
            bytes.extend_from_slice(&chunk);
            self.bytes.fetch_add(chunk.len() as u64, Ordering::Relaxed);
        }
        if declared.is_some_and(|n| n != bytes.len() as u64) {
            return Err(NetError::Unreachable.into());
        }
        Ok(Fetched::Body { bytes, etag })
    }
}

/// Exponential backoff with full jitter: a crowd of phones coming back
/// online does not retry in step.
fn backoff(policy: &RetryPolicy, attempt: u32) -> Duration {
    let ceiling = policy.first_delay.saturating_mul(1 << attempt.min(16)).min(policy.max_delay);
    let mut random = [0u8; 4];
    let fraction = match SystemRandom::new().fill(&mut random) {
        Ok(()) => f64::from(u32::from_le_bytes(random)) / f64::from(u32::MAX),
        Err(_) => 1.0,
    };
    ceiling.mul_f64(0.5 + fraction / 2.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_stays_capped_and_varies() {
        let policy = RetryPolicy::default();
        let first = backoff(&policy, 1);
        assert!(first >= Duration::from_millis(500) && first <= Duration::from_secs(1));
        for attempt in 1..30 {
            assert!(backoff(&policy, attempt) <= policy.max_delay);
        }
        let samples: std::collections::HashSet<_> = (0..20).map(|_| backoff(&policy, 3)).collect();
        assert!(samples.len() > 1, "jitter");
    }
}
