//! A subscription's handle: dropping it (Kotlin `close()`, Swift release,
//! Python `del`) or calling `cancel()` stops the task behind it, so a
//! screen that goes away stops hearing. matrix-rust-sdk's `TaskHandle`.

use tokio::task::JoinHandle;

#[derive(uniffi::Object)]
pub struct TaskHandle {
    task: JoinHandle<()>,
}

impl TaskHandle {
    pub(crate) fn new(task: JoinHandle<()>) -> Self {
        Self { task }
    }
}

#[uniffi::export]
impl TaskHandle {
    /// Stops the task now; later events are not delivered. A call the
    /// listener is making at this moment still finishes.
    pub fn cancel(&self) {
        self.task.abort();
    }

    /// Whether the task has stopped (cancelled, or its source is gone).
    pub fn is_finished(&self) -> bool {
        self.task.is_finished()
    }
}

impl Drop for TaskHandle {
    fn drop(&mut self) {
        self.task.abort();
    }
}
