//! The notes and weather disguises' screens, drawn while Haven is locked
//! (so from the device's languages, never from the store). Plain on
//! purpose: nothing on them hints at Haven.

use serde::Serialize;

use super::common::UsedLocale;
use crate::Haven;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CoverView {
    pub locale: UsedLocale,
    /// The notes disguise: its title and the blank note's placeholder.
    pub notes_title: String,
    pub notes_placeholder: String,
    /// The weather disguise: its title and the card's one line.
    pub weather_title: String,
    pub weather_text: String,
}

impl Haven {
    pub fn cover_view(&self) -> CoverView {
        let s = self.strings_while_locked();
        CoverView {
            locale: UsedLocale::of(s.locale.tag),
            notes_title: s.get("safety-disguise-notes"),
            notes_placeholder: s.get("cover-notes-placeholder"),
            weather_title: s.get("safety-disguise-weather"),
            weather_text: s.get("cover-weather-text"),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::secrets::MemorySecretStore;
    use crate::{Haven, OpenOptions};

    #[test]
    fn covers_are_worded_in_the_device_language_while_locked() {
        let dir = tempfile::tempdir().unwrap();
        let options = OpenOptions { device_locales: vec!["fr-FR".into()], ..OpenOptions::default() };
        let haven = Haven::open(dir.path(), Arc::new(MemorySecretStore::default()), options).unwrap();
        haven.lock();
        let view = haven.cover_view();
        assert_eq!(view.locale.tag, "fr");
        assert!(
            [&view.notes_title, &view.notes_placeholder, &view.weather_title, &view.weather_text]
                .iter()
                .all(|s| !s.is_empty() && !s.contains("cover-"))
        );
    }
}
