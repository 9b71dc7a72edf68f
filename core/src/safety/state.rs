//! What the core remembers about safety while it runs, outside the secret
//! store: nothing secret (no key, no code), so it may live while locked.

use super::calculator::Calculator;
use super::envelope::Envelope;
use super::events::LockEvents;
use super::kdf::KdfCost;
use super::settings::SafetySettings;

#[derive(Debug, Default)]
pub(crate) struct SafetyState {
    pub settings: SafetySettings,
    /// Digits of the unlock and duress codes, when set: the calculator
    /// only tries a typed number of one of these lengths.
    pub unlock_digits: Option<usize>,
    pub duress_digits: Option<usize>,
    pub pin_protected: bool,
    pub calculator: Calculator,
    /// When the shell said the app left the screen (unix seconds).
    pub backgrounded_at: Option<u64>,
    /// Cost of new code hashes.
    pub cost: KdfCost,
    /// Where lock and unlock are announced (`Haven::lock_events`).
    pub events: LockEvents,
}

impl SafetyState {
    pub fn new(cost: KdfCost) -> Self {
        Self { cost, ..Self::default() }
    }

    /// Refreshes the non-secret facts from the envelope.
    pub fn learn(&mut self, envelope: Option<&Envelope>) {
        self.settings = envelope.map(|e| e.settings.clone()).unwrap_or_default();
        self.unlock_digits = envelope.and_then(|e| e.unlock.as_ref()).map(|v| v.digits);
        self.duress_digits = envelope.and_then(|e| e.duress.as_ref()).map(|v| v.digits);
        self.pin_protected = envelope.is_some_and(|e| e.pin_protect);
    }

    pub fn has_unlock_code(&self) -> bool {
        self.unlock_digits.is_some()
    }
}
