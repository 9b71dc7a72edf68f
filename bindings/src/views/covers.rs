//! The notes and weather disguises' screens, drawn while Haven is locked.

use haven_core::views as core;

use super::common::UsedLocale;
use crate::Haven;

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CoverView {
    pub locale: UsedLocale,
    pub notes_title: String,
    /// The blank note's placeholder; what is typed there goes to `note_typed`.
    pub notes_placeholder: String,
    pub weather_title: String,
    /// The forecast card's one line; a long press on it shows the code prompt.
    pub weather_text: String,
}

impl From<core::CoverView> for CoverView {
    fn from(v: core::CoverView) -> Self {
        Self {
            locale: v.locale.into(),
            notes_title: v.notes_title,
            notes_placeholder: v.notes_placeholder,
            weather_title: v.weather_title,
            weather_text: v.weather_text,
        }
    }
}

#[uniffi::export]
impl Haven {
    /// The notes or weather cover (whichever `LockView.cover` names).
    pub fn cover_view(&self) -> CoverView {
        self.inner.cover_view().into()
    }

    /// Text typed into the notes disguise, after each change: tried as a
    /// code only when it has exactly the code's number of digits, so a note
    /// never counts as a wrong code. Whether Haven opened.
    pub fn note_typed(&self, text: String) -> bool {
        let text = zeroize::Zeroizing::new(text);
        self.inner.note_typed(&text)
    }
}
