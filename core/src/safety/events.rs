//! Lock events: shells (and later, running work) learn that Haven locked
//! or opened without asking. A lock can start outside the screen that
//! shows it: auto-lock on return, the calculator's `=`, another window.
//!
//! A `watch` channel: a slow listener sees the latest state, never a queue
//! of stale ones, and sending never blocks the lock.

use tokio::sync::watch;

use super::lock::LockView;
use crate::Haven;

#[derive(Debug)]
pub(crate) struct LockEvents(watch::Sender<LockView>);

impl Default for LockEvents {
    fn default() -> Self {
        let (sender, _) = watch::channel(LockView { locked: false, cover: super::Cover::Nothing, exit_page: None });
        Self(sender)
    }
}

impl LockEvents {
    pub fn send(&self, view: LockView) {
        // `send_replace` stores the value even when nobody listens yet.
        self.0.send_replace(view);
    }

    pub fn subscribe(&self) -> watch::Receiver<LockView> {
        self.0.subscribe()
    }
}

impl Haven {
    /// Lock and unlock, as they happen: the receiver wakes with the
    /// `LockView` after each change made from now on. A duress unlock
    /// looks exactly like a real one here too.
    pub fn lock_events(&self) -> watch::Receiver<LockView> {
        self.safety_state().events.subscribe()
    }

    /// Runs `change` and, when it locked or opened Haven, tells listeners
    /// what `lock_view()` says now. A wipe of an open Haven ends open, so
    /// it says nothing: nothing changed for anyone watching.
    pub(crate) fn announcing<T>(&self, change: impl FnOnce() -> T) -> T {
        let before = self.is_unlocked();
        let result = change();
        if self.is_unlocked() != before {
            let view = self.lock_view();
            self.safety_state().events.send(view);
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::safety::{Cover, KdfCost};
    use crate::secrets::MemorySecretStore;
    use crate::{Haven, OpenOptions};

    fn open(dir: &std::path::Path, secrets: Arc<MemorySecretStore>) -> Haven {
        let options = OpenOptions { code_cost: KdfCost::TESTING, ..OpenOptions::default() };
        Haven::open(dir, secrets, options).unwrap()
    }

    #[test]
    fn lock_and_unlock_are_announced_after_subscribing() {
        let dir = tempfile::tempdir().unwrap();
        let haven = open(dir.path(), Arc::new(MemorySecretStore::default()));
        haven.set_unlock_code(None, "2468", false).unwrap();
        let mut events = haven.lock_events();
        assert!(!events.has_changed().unwrap(), "nothing before a change");

        haven.lock();
        assert!(events.has_changed().unwrap());
        let locked = events.borrow_and_update().clone();
        assert!(locked.locked);
        assert_eq!(locked.cover, Cover::CodePrompt);

        haven.unlock("2468").unwrap();
        assert!(!events.borrow_and_update().locked);
    }

    #[test]
    fn a_duress_unlock_announces_only_an_unlock() {
        let dir = tempfile::tempdir().unwrap();
        let haven = open(dir.path(), Arc::new(MemorySecretStore::default()));
        haven.set_unlock_code(None, "2468", false).unwrap();
        haven.set_duress_code(Some("1357")).unwrap();
        haven.lock();
        let mut events = haven.lock_events();
        haven.unlock("1357").unwrap();
        assert!(events.has_changed().unwrap());
        assert!(!events.borrow_and_update().locked, "the wipe inside is not announced");
    }
}
