//! Deciding when to leave at once: F12, or Esc twice within 1.5 seconds.
//! A single Esc only arms the exit and shows nothing. Pure (it is given the
//! time of each key) so it is tested without a terminal.

use std::time::{Duration, Instant};

/// How close together two Esc presses must be.
pub const ESC_WINDOW: Duration = Duration::from_millis(1500);

#[derive(Debug, Default)]
pub struct QuickExit {
    armed_at: Option<Instant>,
}

impl QuickExit {
    /// Esc was pressed at `now`: true when it is the second within the window.
    /// Other keys in between do not disarm it: someone in a hurry may hit
    /// more than one key.
    pub fn esc(&mut self, now: Instant) -> bool {
        match self.armed_at {
            Some(at) if now.saturating_duration_since(at) <= ESC_WINDOW => true,
            _ => {
                self.armed_at = Some(now);
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(n: u64) -> Duration {
        Duration::from_millis(n)
    }

    #[test]
    fn one_esc_only_arms() {
        let mut q = QuickExit::default();
        assert!(!q.esc(Instant::now()));
    }

    #[test]
    fn two_esc_within_the_window_exit() {
        let t0 = Instant::now();
        let mut q = QuickExit::default();
        assert!(!q.esc(t0));
        assert!(q.esc(t0 + ms(200)));
        let mut q = QuickExit::default();
        assert!(!q.esc(t0));
        assert!(q.esc(t0 + ESC_WINDOW), "the window's edge counts");
    }

    #[test]
    fn a_late_second_esc_arms_again() {
        let t0 = Instant::now();
        let mut q = QuickExit::default();
        assert!(!q.esc(t0));
        assert!(!q.esc(t0 + ms(1501)), "too late: this one re-arms");
        assert!(q.esc(t0 + ms(1501) + ms(1400)), "and the next one within the window exits");
    }

    #[test]
    fn clock_going_backwards_is_not_a_crash() {
        let t0 = Instant::now() + ms(5000);
        let mut q = QuickExit::default();
        assert!(!q.esc(t0));
        assert!(q.esc(t0 - ms(10)));
    }
}
