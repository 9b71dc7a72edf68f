//! Failed unlock attempts: counted, persisted, and answered with a growing
//! wait, so a code cannot be guessed by trying many.

use serde::{Deserialize, Serialize};

/// Attempts allowed before waits begin.
const FREE_ATTEMPTS: u32 = 3;
/// The wait doubles from this…
const FIRST_WAIT_SECS: u64 = 30;
/// …up to this.
const MAX_WAIT_SECS: u64 = 60 * 60;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempts {
    pub failures: u32,
    /// Unix seconds before which no code is tried.
    pub blocked_until: u64,
}

impl Attempts {
    /// Seconds left to wait at `now`, if any.
    pub fn wait_left(&self, now: u64) -> Option<u64> {
        (self.blocked_until > now).then(|| self.blocked_until - now)
    }

    pub fn record_failure(&mut self, now: u64) {
        self.failures = self.failures.saturating_add(1);
        if self.failures >= FREE_ATTEMPTS {
            let doublings = (self.failures - FREE_ATTEMPTS).min(16);
            let wait = FIRST_WAIT_SECS.saturating_mul(1 << doublings).min(MAX_WAIT_SECS);
            self.blocked_until = now + wait;
        }
    }

    pub fn reset(&mut self) {
        *self = Attempts::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_after_free_attempts_and_are_capped() {
        let mut a = Attempts::default();
        a.record_failure(1000);
        a.record_failure(1000);
        assert_eq!(a.wait_left(1000), None);
        a.record_failure(1000);
        assert_eq!(a.wait_left(1000), Some(30));
        a.record_failure(1030);
        assert_eq!(a.wait_left(1030), Some(60));
        for _ in 0..40 {
            a.record_failure(5000);
        }
        assert_eq!(a.wait_left(5000), Some(MAX_WAIT_SECS));
        a.reset();
        assert_eq!(a, Attempts::default());
    }
}
