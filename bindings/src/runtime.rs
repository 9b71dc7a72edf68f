//! The one tokio runtime behind the bindings' background work (lock-event
//! subscriptions now; sync and outbox delivery later). Started on first
//! use, so a shell that never subscribes never starts a thread.

use std::sync::OnceLock;

use tokio::runtime::{Builder, Runtime};

/// Two workers: listeners are foreign calls that may block for a moment,
/// and one slow listener must not hold up every other subscription.
const WORKER_THREADS: usize = 2;

pub(crate) fn runtime() -> &'static Runtime {
    static RUNTIME: OnceLock<Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        Builder::new_multi_thread()
            .worker_threads(WORKER_THREADS)
            .thread_name("haven-ffi")
            .enable_all()
            .build()
            // Without threads nothing in the bindings could run: a broken device, not a user error.
            .expect("the bindings' runtime cannot start its threads")
    })
}
