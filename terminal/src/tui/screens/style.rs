//! The few text styles the screens share. Modifiers, not colours, where
//! possible: they work on any terminal theme.

use haven_core::i18n::Direction;
use haven_core::views::{OpenStatus, UsedLocale};
use ratatui::style::{Color, Modifier, Style};

pub const PLAIN: Style = Style::new();
pub const BOLD: Style = Style::new().add_modifier(Modifier::BOLD);
pub const DIM: Style = Style::new().add_modifier(Modifier::DIM);
pub const ITALIC: Style = Style::new().add_modifier(Modifier::ITALIC);
pub const HEADING: Style = Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED));
pub const LINK: Style = Style::new().add_modifier(Modifier::UNDERLINED);

pub fn status(status: OpenStatus) -> Style {
    match status {
        OpenStatus::Open => Style::new().fg(Color::Green),
        OpenStatus::Closed => Style::new().fg(Color::Yellow),
        OpenStatus::Unknown => DIM,
    }
}

pub fn rtl(locale: &UsedLocale) -> bool {
    locale.direction == Direction::Rtl
}
