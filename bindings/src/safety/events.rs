//! Lock events for the shell: a foreign listener hears every lock and
//! unlock from the moment it subscribes, whoever caused it (auto-lock on
//! return, the calculator's `=`, another screen), until its handle goes.

use std::sync::Arc;

use super::LockView;
use crate::Haven;
use crate::task_handle::TaskHandle;

/// Implemented by the shell. Called on a background thread: hop to the UI
/// thread to draw, and return quickly.
#[uniffi::export(foreign)]
pub trait LockListener: Send + Sync {
    /// Haven locked or opened; `view` says what to show now.
    fn on_lock_change(&self, view: LockView);
}

#[uniffi::export]
impl Haven {
    /// Starts delivering lock changes to `listener`. Keep the handle: when
    /// it is dropped (or cancelled) delivery stops. A slow listener gets
    /// the latest state, not every state in between.
    pub fn subscribe_lock_events(&self, listener: Arc<dyn LockListener>) -> Arc<TaskHandle> {
        // Subscribed here, before returning, so no change after this call is missed.
        let mut changes = self.inner.lock_events();
        TaskHandle::spawn(|cancelled| async move {
            // Ends when the Haven (and with it the sender) is gone.
            while changes.changed().await.is_ok() && !cancelled.is_set() {
                let view = changes.borrow_and_update().clone();
                listener.on_lock_change(view.into());
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::sync::mpsc::{Receiver, Sender, channel};
    use std::time::Duration;

    use super::*;
    use crate::{HavenError, OpenOptions, SecretStore};

    #[derive(Default)]
    struct Memory(Mutex<Option<Vec<u8>>>);

    impl SecretStore for Memory {
        fn load(&self) -> Result<Option<Vec<u8>>, HavenError> {
            Ok(self.0.lock().unwrap().clone())
        }
        fn save(&self, key: Vec<u8>) -> Result<(), HavenError> {
            *self.0.lock().unwrap() = Some(key);
            Ok(())
        }
        fn delete(&self) -> Result<(), HavenError> {
            *self.0.lock().unwrap() = None;
            Ok(())
        }
    }

    /// Forwards each view, then lingers `linger` inside the call.
    struct Forward(Mutex<Sender<LockView>>, Duration);

    impl LockListener for Forward {
        fn on_lock_change(&self, view: LockView) {
            let _ = self.0.lock().unwrap().send(view);
            std::thread::sleep(self.1);
        }
    }

    fn listener() -> (Arc<dyn LockListener>, Receiver<LockView>) {
        lingering(Duration::ZERO)
    }

    fn lingering(linger: Duration) -> (Arc<dyn LockListener>, Receiver<LockView>) {
        let (send, receive) = channel();
        (Arc::new(Forward(Mutex::new(send), linger)), receive)
    }

    const WAIT: Duration = Duration::from_secs(5);
    const QUIET: Duration = Duration::from_millis(300);

    #[test]
    fn a_listener_hears_locks_until_its_handle_is_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let haven =
            Haven::open(dir.path().display().to_string(), Arc::new(Memory::default()), OpenOptions::default()).unwrap();
        let (listener, heard) = listener();
        let handle = haven.subscribe_lock_events(listener);

        let view = haven.lock();
        assert!(view.locked);
        assert_eq!(heard.recv_timeout(WAIT).unwrap(), view);
        haven.resume().unwrap();
        assert!(!heard.recv_timeout(WAIT).unwrap().locked);

        drop(handle);
        haven.lock();
        assert!(heard.recv_timeout(QUIET).is_err(), "nothing after the handle is gone");
    }

    #[test]
    fn cancel_stops_delivery_and_the_handle_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let haven =
            Haven::open(dir.path().display().to_string(), Arc::new(Memory::default()), OpenOptions::default()).unwrap();
        let (listener, heard) = listener();
        let handle = haven.subscribe_lock_events(listener);
        handle.cancel();
        haven.lock();
        assert!(heard.recv_timeout(QUIET).is_err());
        std::thread::sleep(Duration::from_millis(50));
        assert!(handle.is_finished());
    }

    #[test]
    fn nothing_arrives_after_cancel_even_when_the_next_change_is_already_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let haven =
            Haven::open(dir.path().display().to_string(), Arc::new(Memory::default()), OpenOptions::default()).unwrap();
        // The listener is still inside its call when the handle goes and the next change comes.
        let (listener, heard) = lingering(Duration::from_millis(100));
        let handle = haven.subscribe_lock_events(listener);
        haven.lock();
        assert!(heard.recv_timeout(WAIT).unwrap().locked);
        handle.cancel();
        haven.resume().unwrap();
        assert!(heard.recv_timeout(QUIET).is_err(), "nothing after cancel()");
    }
}
