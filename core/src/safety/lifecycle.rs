//! Auto-lock: shells report when the app leaves and returns to the screen;
//! the core decides whether to lock.

use std::time::SystemTime;

use super::lock::LockView;
use super::unix_seconds;
use crate::Haven;

impl Haven {
    pub fn app_backgrounded(&self) -> LockView {
        self.app_backgrounded_at(SystemTime::now())
    }

    /// The app left the screen. With auto-lock at 0 seconds it locks now.
    pub fn app_backgrounded_at(&self, now: SystemTime) -> LockView {
        let mut state = self.safety_state();
        state.backgrounded_at = Some(unix_seconds(now));
        let immediately = state.settings.auto_lock_after_secs == Some(0);
        drop(state);
        if immediately { self.lock() } else { self.lock_view() }
    }

    pub fn app_foregrounded(&self) -> LockView {
        self.app_foregrounded_at(SystemTime::now())
    }

    /// The app is back on screen: locks first if it was away longer than
    /// the auto-lock delay, and says what to show.
    pub fn app_foregrounded_at(&self, now: SystemTime) -> LockView {
        let mut state = self.safety_state();
        let away = state.backgrounded_at.take().map(|at| unix_seconds(now).saturating_sub(at));
        let expired = matches!((away, state.settings.auto_lock_after_secs), (Some(away), Some(limit)) if away >= u64::from(limit));
        drop(state);
        if expired { self.lock() } else { self.lock_view() }
    }
}
