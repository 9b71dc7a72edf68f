//! Helplines for the chosen country: status, channels to reach them, and
//! what using each channel leaves behind (dimmed).

use haven_core::views::{HelplineItem, HelplinesView};
use ratatui::text::Span;

use super::style::{self, BOLD, DIM, LINK, PLAIN};
use super::{Action, Target};
use crate::tui::menu::{Entry, Menu};

/// One helpline as an entry; `full` adds description, cost, languages,
/// coverage and the source of the details.
pub fn entry(item: &HelplineItem, full: bool, action: Option<Action>) -> Entry {
    let mut name = vec![Span::styled(item.name.clone(), BOLD)];
    if let Some(label) = &item.emergency_label {
        name.push(Span::raw(" · "));
        name.push(Span::styled(label.clone(), BOLD.patch(style::status(item.status))));
    }
    let mut e = Entry::new(action).line(0, name).text(2, &item.status_text, style::status(item.status));
    if full {
        for text in [Some(&item.description), Some(&item.cost_text), Some(&item.languages_text)]
            .into_iter()
            .chain([item.anonymity.as_ref(), item.confidentiality.as_ref()])
            .flatten()
            .filter(|t| !t.is_empty())
        {
            e = e.text(2, text, PLAIN);
        }
    }
    for c in &item.channels {
        e = e.line(
            2,
            vec![
                Span::styled(format!("{}: ", c.label), BOLD),
                Span::styled(c.display.clone(), BOLD),
                Span::styled(format!("  <{}>", c.uri), LINK.patch(DIM)),
            ],
        );
        if let Some(status) = &c.status_text {
            e = e.text(4, status, DIM);
        }
        for warning in &c.warnings {
            e = e.line(4, vec![Span::styled("! ", DIM), Span::styled(warning.clone(), DIM)]);
        }
    }
    if full {
        e = e.text(2, &item.coverage_text, DIM).text(2, &item.verified_text, DIM);
    }
    e
}

pub fn build(view: &HelplinesView) -> (String, Menu) {
    let mut entries = vec![
        Entry::new(Some(Action::Open(Target::Regions))).text(0, &view.choose_region_label, BOLD),
        Entry::new(None),
    ];
    if view.items.is_empty() {
        entries.push(Entry::new(None).text(0, &view.empty_text, PLAIN));
    }
    for item in &view.items {
        // Choosable to move through the list; Enter fetches it again, as
        // open-now statuses change with the time.
        entries.push(entry(item, true, Some(Action::Replace(Target::Helplines))));
        entries.push(Entry::new(None));
    }
    let first_helpline = !view.items.is_empty();
    let menu =
        Menu::new(entries, style::rtl(&view.locale), |a| first_helpline && *a == Action::Replace(Target::Helplines));
    (view.title.clone(), menu)
}
