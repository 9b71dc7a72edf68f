//! The country and language pickers: Enter saves the choice.

use haven_core::views::{LanguagesView, RegionsView};
use ratatui::text::Span;

use super::Action;
use super::style::{self, BOLD, DIM, PLAIN};
use crate::tui::menu::{Entry, Menu};

/// Marks the current choice.
fn mark(selected: bool) -> Span<'static> {
    Span::styled(if selected { "● " } else { "○ " }, if selected { BOLD } else { DIM })
}

pub fn regions(view: &RegionsView) -> (String, Menu) {
    let entries = view
        .items
        .iter()
        .map(|item| {
            let selected = view.selected.as_deref() == Some(item.code.as_str());
            let name = Span::styled(item.name.clone(), if selected { BOLD } else { PLAIN });
            let line = vec![mark(selected), name, Span::styled(format!("  {}", item.code), DIM)];
            Entry::new(Some(Action::SetRegion(item.code.clone()))).line(0, line)
        })
        .collect();
    let current = view.selected.clone();
    let menu = Menu::new(
        entries,
        style::rtl(&view.locale),
        |a| matches!(a, Action::SetRegion(code) if Some(code) == current.as_ref()),
    );
    (view.title.clone(), menu)
}

pub fn languages(view: &LanguagesView) -> (String, Menu) {
    let entries = view
        .items
        .iter()
        .map(|item| {
            let name = Span::styled(item.endonym.clone(), if item.selected { BOLD } else { PLAIN });
            let line = vec![mark(item.selected), name, Span::styled(format!("  {}", item.tag), DIM)];
            Entry::new(Some(Action::SetLanguage(item.tag.clone()))).line(0, line)
        })
        .collect();
    let current = view.items.iter().find(|i| i.selected).map(|i| i.tag.clone());
    let menu = Menu::new(
        entries,
        style::rtl(&view.locale),
        |a| matches!(a, Action::SetLanguage(tag) if Some(tag) == current.as_ref()),
    );
    (view.title.clone(), menu)
}
