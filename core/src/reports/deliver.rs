//! Delivering the outbox: each queued envelope is POSTed until the helpline
//! answers with a reference (then the plaintext draft is deleted), refuses
//! it for good, or this run's attempts are used up (it stays queued, with
//! its attempt count, for the next run: after a restart too).
//!
//! Every state change is saved before the next network step, so a process
//! killed at any point resends the same envelope with the same key, and
//! the intake answers a repeat with the reference it gave the first time.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::post::{Outcome, post};
use super::rows;
use super::{ReportState, backoff, ids, unix_now};
use crate::net::{HttpClient, Timeouts};
use crate::sync::CancelToken;
use crate::views::OutboxItem;
use crate::{Error, Haven};

/// Told of every change of a report's state while the outbox is delivered.
/// Called from the delivering task; keep it quick.
pub trait OutboxListener: Send + Sync {
    fn on_change(&self, item: OutboxItem);
}

/// How hard one run tries.
#[derive(Debug, Clone)]
pub struct DeliveryPolicy {
    pub timeouts: Timeouts,
    /// Longest a single attempt may take in all.
    pub attempt_limit: Duration,
    /// The first retry waits about this long; each next one twice as long…
    pub first_retry: Duration,
    /// …up to this.
    pub max_retry: Duration,
    /// Attempts per report in one run before it waits for the next run.
    pub attempts_per_run: u32,
}

impl Default for DeliveryPolicy {
    fn default() -> Self {
        DeliveryPolicy {
            timeouts: Timeouts::default(),
            attempt_limit: Duration::from_secs(90),
            first_retry: Duration::from_secs(2),
            max_retry: Duration::from_secs(10 * 60),
            attempts_per_run: 4,
        }
    }
}

/// What one run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeliverySummary {
    pub delivered: u32,
    /// Still queued: the next run tries again.
    pub waiting: u32,
    /// Refused by the helpline; kept, not retried.
    pub failed: u32,
}

/// Stores with a run under way in this process: one run per store at a time.
static RUNS: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);

pub(super) fn is_delivering(dir: &Path) -> bool {
    RUNS.lock().unwrap_or_else(|p| p.into_inner()).as_ref().is_some_and(|runs| runs.contains(dir))
}

struct RunSlot(PathBuf);

impl RunSlot {
    fn take(dir: &Path) -> Option<RunSlot> {
        let mut runs = RUNS.lock().unwrap_or_else(|p| p.into_inner());
        runs.get_or_insert_with(HashSet::new).insert(dir.to_owned()).then(|| RunSlot(dir.to_owned()))
    }
}

impl Drop for RunSlot {
    fn drop(&mut self) {
        if let Some(runs) = RUNS.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
            runs.remove(&self.0);
        }
    }
}

impl Haven {
    /// Delivers every queued report with the default policy.
    pub async fn deliver_outbox(&self, listener: Arc<dyn OutboxListener>) -> Result<DeliverySummary, Error> {
        self.deliver_outbox_with(&DeliveryPolicy::default(), listener).await
    }

    /// Delivers every queued report. A second call while one runs returns
    /// at once with nothing done.
    ///
    /// Locking Haven ends the run at once, even mid-upload or mid-wait: it
    /// returns what it did, the rest counted as waiting (a report cut off
    /// mid-upload is sent again by the next run, with the same key, and the
    /// intake answers a repeat with its first reference). Started while
    /// Haven is locked, it ends with `Error::Locked`.
    pub async fn deliver_outbox_with(
        &self,
        policy: &DeliveryPolicy,
        listener: Arc<dyn OutboxListener>,
    ) -> Result<DeliverySummary, Error> {
        let Some(_slot) = RunSlot::take(self.data_dir()) else { return Ok(DeliverySummary::default()) };
        let run = self.running.start(&CancelToken::new());
        let client = HttpClient::new(policy.timeouts).map_err(super::ReportError::from)?;
        let queued: Vec<String> = self.with_conn(|conn| {
            rows::requeue_interrupted(conn)?;
            Ok(rows::outbox_rows(conn)?.into_iter().filter(|r| r.state == ReportState::Queued).map(|r| r.id).collect())
        })?;
        let mut summary = DeliverySummary::default();
        for (done, id) in queued.iter().enumerate() {
            let state = match self.deliver_one(&client, policy, id, listener.as_ref(), &run.token).await {
                Err(_) | Ok(Some(ReportState::Sending)) if run.token.is_cancelled() => {
                    // Locked: this report and the ones not tried yet wait for the next run.
                    summary.waiting += (queued.len() - done) as u32;
                    break;
                }
                state => state?,
            };
            match state {
                Some(ReportState::Received) => summary.delivered += 1,
                Some(ReportState::Failed) => summary.failed += 1,
                Some(_) => summary.waiting += 1,
                None => {}
            }
        }
        Ok(summary)
    }

    /// Tries one report until it is delivered, refused, or out of attempts
    /// for this run. Returns its state then (`None`: cancelled meanwhile).
    /// `Some(Sending)`: `stop` was cancelled mid-upload (the report stays
    /// marked as sending, which the next run puts back in the queue).
    async fn deliver_one(
        &self,
        client: &HttpClient,
        policy: &DeliveryPolicy,
        id: &str,
        listener: &dyn OutboxListener,
        stop: &CancelToken,
    ) -> Result<Option<ReportState>, Error> {
        let mut tries = 0;
        loop {
            let Some(row) = self.with_conn(|conn| rows::outbox_row_by_id(conn, id))? else { return Ok(None) };
            if row.state != ReportState::Queued {
                return Ok(Some(row.state));
            }
            let attempts = row.attempts.saturating_add(1);
            self.record(id, ReportState::Sending, attempts, unix_now(), None, listener)?;
            let posting = post(client, &row.intake_url, &row.idempotency_key, &row.envelope, policy.attempt_limit);
            let Some(outcome) = stop.run_until_cancelled(posting).await else {
                return Ok(Some(ReportState::Sending));
            };
            tries += 1;
            match outcome {
                Outcome::Delivered(reference) => {
                    self.with_conn(|conn| rows::mark_received(conn, id, &reference, unix_now()))?;
                    tracing::info!(attempts, "report received by the helpline");
                    self.notify(id, listener);
                    return Ok(Some(ReportState::Received));
                }
                Outcome::Refused(status) => {
                    tracing::warn!(status, "the helpline refused a report; it will not be retried");
                    let reason = format!("HTTP {status}");
                    self.record(id, ReportState::Failed, attempts, unix_now(), Some(&reason), listener)?;
                    return Ok(Some(ReportState::Failed));
                }
                Outcome::Retry { after, why } => {
                    let wait = after.unwrap_or_else(|| {
                        backoff::delay(attempts, policy.first_retry, policy.max_retry, ids::random_fraction())
                    });
                    let wait = wait.min(policy.max_retry);
                    tracing::info!(attempts, why, wait_ms = wait.as_millis() as u64, "report delivery will be retried");
                    let next = unix_now() + wait.as_secs() as i64;
                    self.record(id, ReportState::Queued, attempts, next, None, listener)?;
                    if tries >= policy.attempts_per_run
                        || stop.run_until_cancelled(tokio::time::sleep(wait)).await.is_none()
                    {
                        return Ok(Some(ReportState::Queued));
                    }
                }
            }
        }
    }

    fn record(
        &self,
        id: &str,
        state: ReportState,
        attempts: u32,
        next: i64,
        failure: Option<&str>,
        listener: &dyn OutboxListener,
    ) -> Result<(), Error> {
        self.with_conn(|conn| rows::update_outbox(conn, id, state, attempts, next, failure, unix_now()))?;
        self.notify(id, listener);
        Ok(())
    }

    fn notify(&self, id: &str, listener: &dyn OutboxListener) {
        if let Ok(item) = self.outbox_item(id) {
            listener.on_change(item);
        }
    }
}
