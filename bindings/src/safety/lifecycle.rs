//! Auto-lock: the shell reports the app leaving and returning to the
//! screen; the core decides whether that locks.

use super::LockView;
use crate::Haven;

#[uniffi::export]
impl Haven {
    /// The app left the screen (Android `onStop`, iOS scene background).
    /// With auto-lock at 0 seconds this locks now.
    pub fn app_backgrounded(&self) -> LockView {
        self.inner.app_backgrounded().into()
    }

    /// The app is on screen again: locks first when it was away longer
    /// than the auto-lock delay. Draw what this returns.
    pub fn app_foregrounded(&self) -> LockView {
        self.inner.app_foregrounded().into()
    }
}
