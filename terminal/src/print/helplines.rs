//! Helplines, countries and languages as plain text.

use haven_core::i18n::Direction;
use haven_core::views::{HelplineItem, HelplinesView, LanguagesView, RegionsView};

use super::doc::Doc;

/// One helpline: name, status, channels with their warnings; `full` adds
/// the description, cost, languages, coverage and where the details come from.
pub fn helpline(doc: &mut Doc, item: &HelplineItem, full: bool) {
    let name = match &item.emergency_label {
        Some(label) => format!("{} · {label}", item.name),
        None => item.name.clone(),
    };
    doc.item(0, "-", &name);
    doc.para(1, &item.status_text);
    if full {
        for text in [Some(&item.description), Some(&item.cost_text), Some(&item.languages_text)]
            .into_iter()
            .chain([item.anonymity.as_ref(), item.confidentiality.as_ref()])
            .flatten()
            .filter(|t| !t.is_empty())
        {
            doc.para(1, text);
        }
    }
    for channel in &item.channels {
        doc.para(1, &format!("{}: {} <{}>", channel.label, channel.display, channel.uri));
        if let Some(status) = &channel.status_text {
            doc.para(2, status);
        }
        for warning in &channel.warnings {
            doc.item(2, "!", warning);
        }
    }
    if full {
        doc.para(1, &item.coverage_text);
        doc.para(1, &item.verified_text);
    }
}

pub fn helplines(view: &HelplinesView) -> String {
    let mut doc = Doc::new(view.locale.direction == Direction::Rtl);
    doc.title(&view.title);
    if view.items.is_empty() {
        doc.para(0, &view.empty_text);
    }
    for (i, item) in view.items.iter().enumerate() {
        if i > 0 {
            doc.blank();
        }
        helpline(&mut doc, item, true);
    }
    doc.finish()
}

pub fn regions(view: &RegionsView) -> String {
    let mut doc = Doc::new(view.locale.direction == Direction::Rtl);
    doc.title(&view.title);
    for item in &view.items {
        let mark = if view.selected.as_deref() == Some(item.code.as_str()) { "*" } else { " " };
        doc.row(format!("{mark} {:<6} {}", item.code, item.name));
    }
    doc.finish()
}

pub fn languages(view: &LanguagesView) -> String {
    let mut doc = Doc::new(view.locale.direction == Direction::Rtl);
    doc.title(&view.title);
    for item in &view.items {
        let mark = if item.selected { "*" } else { " " };
        doc.row(format!("{mark} {:<8} {}", item.tag, item.endonym));
    }
    doc.finish()
}
