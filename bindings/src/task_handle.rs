//! A subscription's handle: dropping it (Kotlin `close()`, Swift release,
//! Python `del`) or calling `cancel()` stops the task behind it, so a
//! screen that goes away stops hearing. matrix-rust-sdk's `TaskHandle`,
//! plus a flag: aborting alone takes effect only where the task yields,
//! and a task finding its next event already waiting does not yield, so it
//! could deliver one more after `cancel()` returned.

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::task::JoinHandle;

use crate::runtime::runtime;

/// Set once the handle is cancelled or dropped; tasks check it before each
/// call into the shell.
#[derive(Clone, Default)]
pub(crate) struct Cancelled(Arc<AtomicBool>);

impl Cancelled {
    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

#[derive(uniffi::Object)]
pub struct TaskHandle {
    task: JoinHandle<()>,
    cancelled: Cancelled,
}

impl TaskHandle {
    /// Spawns `task` on the bindings' runtime, giving it the flag to check.
    pub(crate) fn spawn<F, Fut>(task: F) -> Arc<Self>
    where
        F: FnOnce(Cancelled) -> Fut,
        Fut: Future<Output = ()> + Send + 'static,
    {
        let cancelled = Cancelled::default();
        let task = runtime().spawn(task(cancelled.clone()));
        Arc::new(Self { task, cancelled })
    }
}

#[uniffi::export]
impl TaskHandle {
    /// Stops the task: nothing is delivered after this returns, except a
    /// call the listener is making at this very moment.
    pub fn cancel(&self) {
        self.cancelled.0.store(true, Ordering::Release);
        self.task.abort();
    }

    /// Whether the task has stopped (cancelled, or its source is gone).
    pub fn is_finished(&self) -> bool {
        self.task.is_finished()
    }
}

impl Drop for TaskHandle {
    fn drop(&mut self) {
        self.cancel();
    }
}
