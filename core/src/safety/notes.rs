//! The notes disguise's way in: the code typed into the blank note.

use super::lock::UnlockOutcome;
use crate::Haven;

impl Haven {
    /// Text typed into the notes disguise, after each change. It is tried
    /// as a code only when it is nothing but digits, exactly as many as the
    /// unlock or duress code has: a note (or a code half typed) never counts
    /// as a wrong code and never starts a wait. Whether Haven opened.
    pub fn note_typed(&self, text: &str) -> bool {
        let code = text.trim();
        if self.is_unlocked() || !code.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
        let lengths = {
            let state = self.safety_state();
            [state.unlock_digits, state.duress_digits]
        };
        lengths.contains(&Some(code.len())) && matches!(self.unlock(code), Ok(UnlockOutcome::Unlocked))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::safety::{Disguise, KdfCost, SafetySettings};
    use crate::secrets::MemorySecretStore;
    use crate::{Haven, OpenOptions};

    #[test]
    fn only_a_whole_code_is_tried_and_notes_never_count_as_failures() {
        let dir = tempfile::tempdir().unwrap();
        let options = OpenOptions { code_cost: KdfCost::TESTING, ..OpenOptions::default() };
        let haven = Haven::open(dir.path(), Arc::new(MemorySecretStore::default()), options).unwrap();
        haven.set_unlock_code(None, "246813", false).unwrap();
        haven.set_safety_settings(SafetySettings { disguise: Disguise::Notes, ..SafetySettings::default() }).unwrap();
        haven.lock();
        // Typed key by key, then a shopping list, many times over: nothing is tried.
        for _ in 0..5 {
            for partial in ["2", "24", "246", "2468", "24681", "milk 246813", "12 eggs"] {
                assert!(!haven.note_typed(partial), "{partial}");
            }
        }
        assert!(!haven.is_unlocked());
        assert!(haven.note_typed(" 246813 "), "the whole code opens, with no wait owed");
        assert!(haven.is_unlocked());
    }
}
