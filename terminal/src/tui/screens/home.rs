//! Home: the country, search, urgent help (emergency numbers and urgent articles),
//! then the information categories with their article counts.

use haven_core::views::{HomeView, ShellStrings};
use ratatui::text::Span;

use super::helplines::entry as helpline;
use super::style::{self, BOLD, DIM, HEADING, PLAIN};
use super::{Action, Target};
use crate::tui::menu::{Entry, Menu};

pub fn build(view: &HomeView, shell: &ShellStrings) -> (String, Menu) {
    let mut entries = vec![
        Entry::new(Some(Action::Open(Target::Regions))).text(0, &view.region_label, PLAIN),
        Entry::new(Some(Action::Open(Target::Search))).text(0, &shell.search, PLAIN),
        Entry::new(Some(Action::Open(Target::Reports))).text(0, &shell.report, PLAIN),
        Entry::new(None),
        Entry::new(None).text(0, &view.urgent_title, HEADING),
    ];
    if let Some(hint) = &view.urgent_hint {
        entries.push(Entry::new(None).text(0, hint, DIM));
    }
    for item in &view.urgent_helplines {
        entries.push(helpline(item, false, Some(Action::Open(Target::Helplines))));
    }
    for item in &view.urgent_articles {
        let action = Action::Open(Target::Article(item.id.clone()));
        entries.push(Entry::new(Some(action)).text(0, &item.title, BOLD).text(2, &item.summary, DIM));
    }
    entries.push(Entry::new(None));
    entries.push(Entry::new(None).text(0, &view.categories_title, HEADING));
    for c in &view.categories {
        let action = Action::Open(Target::Articles { category: c.category, page: 0 });
        let label = vec![Span::styled(c.label.clone(), BOLD), Span::styled(format!(" · {}", c.count_label), DIM)];
        entries.push(Entry::new(Some(action)).line(0, label).text(2, &c.description, DIM));
    }
    let menu = Menu::new(entries, style::rtl(&view.locale), |_| false);
    (view.title.clone(), menu)
}
