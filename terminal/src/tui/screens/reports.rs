//! Reports: the outbox (new reports, drafts, each report's state and
//! reference) and the review before sending, as menus.

use haven_core::reports::ReportState;
use haven_core::views::{OutboxView, ReportReviewView};
use ratatui::style::{Color, Style};

use super::style::{self, BOLD, DIM, HEADING, ITALIC, PLAIN};
use super::{Action, Target};
use crate::tui::menu::{Entry, Menu};

const PROBLEM: Style = Style::new().fg(Color::Yellow);

pub fn outbox(view: &OutboxView) -> (String, Menu) {
    let mut entries = Vec::new();
    for new in &view.new_reports {
        entries.push(
            Entry::new(Some(Action::Open(Target::ReportForm(new.helpline_id.clone())))).text(0, &new.label, BOLD),
        );
    }
    if view.items.iter().any(|i| i.state == ReportState::Queued) {
        entries.push(Entry::new(Some(Action::Deliver)).text(0, &view.send_label, PLAIN));
    }
    entries.push(Entry::new(None));
    if view.items.is_empty() {
        entries.push(Entry::new(None).text(0, &view.empty_text, ITALIC));
    }
    for item in &view.items {
        let open = item.can_edit.then(|| Action::Open(Target::ReportDraft(item.id.clone())));
        let mut entry = Entry::new(open).text(0, &item.helpline_name, BOLD).text(2, &item.state_text, DIM);
        if let Some(reference) = &item.reference_text {
            entry = entry.text(2, reference, BOLD);
        }
        entries.push(entry);
        if item.can_cancel {
            entries.push(Entry::new(Some(Action::CancelReport(item.id.clone()))).text(2, &view.cancel_label, PLAIN));
        }
        if item.can_delete {
            entries.push(Entry::new(Some(Action::DeleteReport(item.id.clone()))).text(2, &view.delete_label, PLAIN));
        }
    }
    (view.title.clone(), Menu::new(entries, style::rtl(&view.locale), |_| false))
}

pub fn review(view: &ReportReviewView) -> (String, Menu) {
    let mut entries = vec![Entry::new(None).text(0, &view.helpline_name, HEADING)];
    for item in &view.items {
        let go = Action::ReportStep(view.draft_id.clone(), item.step_index);
        let mut entry = Entry::new(Some(go)).text(0, &item.label, BOLD).text(2, &item.value_text, PLAIN);
        if let Some(error) = &item.error {
            entry = entry.text(2, error, PROBLEM);
        }
        entries.push(entry);
    }
    entries.push(Entry::new(None));
    if let Some(problems) = &view.problems_text {
        entries.push(Entry::new(None).text(0, problems, PROBLEM));
    }
    entries.push(Entry::new(None).text(0, &view.privacy_text, DIM));
    entries.push(Entry::new(None).text(0, &view.offline_text, DIM));
    if view.can_submit {
        entries.push(Entry::new(Some(Action::SubmitReport(view.draft_id.clone()))).text(0, &view.submit_label, BOLD));
    }
    let submit = |a: &Action| matches!(a, Action::SubmitReport(_));
    (view.title.clone(), Menu::new(entries, style::rtl(&view.locale), submit))
}
