//! Network work under way (content sync, outbox delivery). Each run
//! registers a cancel token as it starts and removes it as it ends, so
//! `Haven::lock` can stop every one of them at once: a lock must not leave
//! a download running that would write to the store after an unlock.

use std::collections::HashMap;
use std::sync::Mutex;

use crate::sync::CancelToken;

#[derive(Debug, Default)]
pub(crate) struct Running {
    runs: Mutex<Runs>,
}

#[derive(Debug, Default)]
struct Runs {
    next: u64,
    tokens: HashMap<u64, CancelToken>,
}

/// One registered run; dropping it removes the registration.
#[derive(Debug)]
pub(crate) struct Run<'a> {
    running: &'a Running,
    id: u64,
    /// Cancelled by `lock` (and by the parent the run was started from).
    pub token: CancelToken,
}

impl Running {
    /// Registers a run stopped by `parent` (the shell's token) or by a lock.
    pub fn start(&self, parent: &CancelToken) -> Run<'_> {
        let token = parent.child();
        let mut runs = self.runs.lock().unwrap_or_else(|p| p.into_inner());
        let id = runs.next;
        runs.next += 1;
        runs.tokens.insert(id, token.clone());
        Run { running: self, id, token }
    }

    /// Cancels every registered run; each stops at its next await or check.
    pub fn stop_all(&self) {
        let runs = self.runs.lock().unwrap_or_else(|p| p.into_inner());
        for token in runs.tokens.values() {
            token.cancel();
        }
    }

    /// Runs registered now.
    #[cfg(test)]
    pub fn count(&self) -> usize {
        self.runs.lock().unwrap_or_else(|p| p.into_inner()).tokens.len()
    }
}

impl Drop for Run<'_> {
    fn drop(&mut self) {
        self.running.runs.lock().unwrap_or_else(|p| p.into_inner()).tokens.remove(&self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_all_cancels_runs_not_their_parents_and_ended_runs_leave() {
        let running = Running::default();
        let shell = CancelToken::new();
        let first = running.start(&shell);
        let second = running.start(&CancelToken::new());
        assert_eq!(running.count(), 2);
        drop(second);
        assert_eq!(running.count(), 1);
        running.stop_all();
        assert!(first.token.is_cancelled());
        assert!(!shell.is_cancelled(), "the shell's own token is left alone");
        let later = running.start(&shell);
        assert!(!later.token.is_cancelled(), "a run started after a lock is not born cancelled");
        drop(first);
        drop(later);
        assert_eq!(running.count(), 0);
    }

    #[test]
    fn a_cancelled_parent_cancels_its_runs() {
        let running = Running::default();
        let shell = CancelToken::new();
        let run = running.start(&shell);
        shell.cancel();
        assert!(run.token.is_cancelled());
    }
}
