//! Delivering the outbox on the bindings' runtime: the shell passes an
//! `OutboxListener` and holds the returned `TaskHandle`; dropping or
//! cancelling it stops the run (each state change is saved first, so the
//! next run resends the same envelope with the same idempotency key).

use std::sync::Arc;

use haven_core::reports::{self, DeliveryPolicy, DeliverySummary};

use crate::task_handle::{Cancelled, TaskHandle};
use crate::views::OutboxItem;
use crate::{Haven, HavenError};

/// What one delivery run did, with a line to show.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DeliveryResult {
    pub delivered: u32,
    /// Still queued: the next run tries again.
    pub waiting: u32,
    /// Refused by the helpline; kept, not retried.
    pub failed: u32,
    /// "1 sent, 0 waiting, 0 refused" in the UI language.
    pub text: String,
}

/// Implemented by the shell; called on a background thread.
#[uniffi::export(foreign)]
pub trait OutboxListener: Send + Sync {
    /// A report changed state (sending, received, queued again…).
    fn on_change(&self, item: OutboxItem);
    fn on_finished(&self, result: DeliveryResult);
    /// The run stopped as a whole (store locked or closed, no HTTP client).
    fn on_failed(&self, error: HavenError);
}

/// The core's listener, forwarding to the shell's until cancelled.
struct Forward {
    listener: Arc<dyn OutboxListener>,
    cancelled: Cancelled,
}

impl reports::OutboxListener for Forward {
    fn on_change(&self, item: haven_core::views::OutboxItem) {
        if !self.cancelled.is_set() {
            self.listener.on_change(item.into());
        }
    }
}

#[uniffi::export]
impl Haven {
    /// Sends every queued report, retrying with backoff. `single_attempt`:
    /// one try per report, for a background job with a short time budget
    /// (the rest wait for the next run). A run already under way for this
    /// store makes this one finish at once with nothing done.
    pub fn start_delivery(&self, single_attempt: bool, listener: Arc<dyn OutboxListener>) -> Arc<TaskHandle> {
        let haven = self.inner.clone();
        TaskHandle::spawn(move |cancelled| async move {
            let mut policy = DeliveryPolicy::default();
            if single_attempt {
                policy.attempts_per_run = 1;
            }
            let forward = Arc::new(Forward { listener: listener.clone(), cancelled: cancelled.clone() });
            let outcome = haven.deliver_outbox_with(&policy, forward).await;
            if cancelled.is_set() {
                return;
            }
            match outcome.and_then(|summary| Ok((haven.delivery_summary_text(&summary)?, summary))) {
                Ok((text, DeliverySummary { delivered, waiting, failed })) => {
                    listener.on_finished(DeliveryResult { delivered, waiting, failed, text })
                }
                Err(e) => listener.on_failed(e.into()),
            }
        })
    }
}
