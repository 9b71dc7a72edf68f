//! `haven report …`: the report form, review and outbox for scripts and
//! people at a terminal. Every word shown comes from the core's views.

use std::sync::Arc;

use haven_core::content::FieldKind;
use haven_core::reports::{Answer, ContactAnswer, ContactMode, Location, OutboxListener, PlaceAnswer};
use haven_core::views::{OutboxItem, OutboxView, ReportFormView, ReportReviewView};
use haven_core::{Error, Haven};

use crate::cli::{Format, ReportAction};
use crate::failure::Failure;

pub fn run(haven: &Haven, action: &ReportAction, format: Format) -> Result<String, Failure> {
    let json = format == Format::Json;
    let out = |text: String, value: serde_json::Result<String>| if json { value } else { Ok(text) };
    Ok(match action {
        ReportAction::Start { helpline } => form(haven.report_form(helpline)?, json)?,
        ReportAction::Show { draft } => form(haven.report_draft(draft)?, json)?,
        ReportAction::Step { draft, step } => form(haven.set_report_step(draft, step.saturating_sub(1))?, json)?,
        ReportAction::Answer { draft, field, .. } => {
            let answer = answer_from_args(haven, draft, field, action)?;
            form(haven.set_answer(draft, field, answer)?, json)?
        }
        ReportAction::Review { draft } => {
            let view = haven.report_review(draft)?;
            out(review_text(&view), serde_json::to_string_pretty(&view))?
        }
        ReportAction::Submit { draft } => {
            let item = haven.submit_report(draft)?;
            out(item_line(&item), serde_json::to_string_pretty(&item))?
        }
        ReportAction::Outbox => outbox(haven.outbox()?, json)?,
        ReportAction::Cancel { id } => outbox(haven.cancel_report(id)?, json)?,
        ReportAction::Delete { id } => outbox(haven.delete_draft(id)?, json)?,
        ReportAction::Deliver => {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .map_err(|e| Failure(format!("cannot start the network runtime: {e}")))?;
            let listener = Arc::new(Printer { json });
            let summary = runtime.block_on(haven.deliver_outbox(listener))?;
            let view = haven.outbox()?;
            let mut text = outbox(view, json)?;
            if !json {
                text.push_str(&haven.delivery_summary_text(&summary)?);
                text.push('\n');
            }
            text
        }
    })
}

/// Prints each state change as it happens (to stderr, so stdout stays the result).
struct Printer {
    json: bool,
}

impl OutboxListener for Printer {
    fn on_change(&self, item: OutboxItem) {
        if !self.json {
            eprint!("{}", item_line(&item));
        }
    }
}

/// The answer the arguments give, read by the question's kind.
fn answer_from_args(haven: &Haven, draft: &str, field: &str, action: &ReportAction) -> Result<Option<Answer>, Failure> {
    let ReportAction::Answer { value, postcode, lat, lon, contact, safe_times, may_leave_message, .. } = action else {
        return Ok(None);
    };
    let review = haven.report_review(draft)?;
    let kind = review
        .items
        .iter()
        .find(|i| i.field_id == field)
        .map(|i| i.kind)
        .ok_or_else(|| Failure::from(Error::InvalidArgument(format!("the form has no question {field:?}"))))?;
    let text = value.join(" ");
    if text.is_empty() && postcode.is_none() && lat.is_none() && kind != FieldKind::Contact {
        return Ok(None);
    }
    Ok(Some(match kind {
        FieldKind::Choice => Answer::Choice(text),
        FieldKind::MultiChoice => Answer::MultiChoice(value.clone()),
        FieldKind::Text => Answer::Text(text),
        FieldKind::Date => Answer::Date(text),
        FieldKind::Datetime => Answer::Datetime(text.replacen(' ', "T", 1)),
        FieldKind::Place => Answer::Place(PlaceAnswer {
            text,
            postcode: postcode.clone(),
            location: lat.zip(*lon).map(|(lat, lon)| Location { lat, lon }),
        }),
        FieldKind::Contact => {
            let mode = match text.as_str() {
                "phone" => ContactMode::Phone,
                "email" => ContactMode::Email,
                "" | "anonymous" => ContactMode::Anonymous,
                _ => return Err(Failure("a contact answer is anonymous, phone or email".into())),
            };
            Answer::Contact(ContactAnswer {
                mode,
                value: contact.clone(),
                safe_times: safe_times.clone(),
                may_leave_message: *may_leave_message,
            })
        }
    }))
}

fn form(view: ReportFormView, json: bool) -> Result<String, Failure> {
    if json {
        return Ok(serde_json::to_string_pretty(&view)?);
    }
    let mut out = format!("{} · {}\n{} · {}\n\n", view.title, view.helpline_name, view.progress_text, view.step_title);
    for field in &view.fields {
        let optional = if field.optional { format!(" ({})", view.labels.optional) } else { String::new() };
        out.push_str(&format!("{}{optional}  [{}]\n", field.label, field.id));
        if let Some(help) = &field.help {
            out.push_str(&format!("  {help}\n"));
        }
        for option in &field.options {
            let mark = if option.selected { "[x]" } else { "[ ]" };
            out.push_str(&format!("  {mark} {}  [{}]\n", option.label, option.value));
        }
        if let (Some(text), true) = (&field.value_text, field.options.is_empty()) {
            out.push_str(&format!("  = {text}\n"));
        }
        if let Some(error) = &field.error {
            out.push_str(&format!("  ! {error}\n"));
        }
    }
    out.push_str(&format!("\n{}  [{}]\n", view.labels.saved, view.draft_id));
    Ok(out)
}

fn review_text(view: &ReportReviewView) -> String {
    let mut out = format!("{} · {}\n\n", view.title, view.helpline_name);
    for item in &view.items {
        out.push_str(&format!("{}\n  {}\n", item.label, item.value_text));
        if let Some(error) = &item.error {
            out.push_str(&format!("  ! {error}\n"));
        }
    }
    out.push('\n');
    if let Some(problems) = &view.problems_text {
        out.push_str(&format!("{problems}\n"));
    }
    out.push_str(&format!("{}\n{}\n", view.privacy_text, view.offline_text));
    out
}

fn item_line(item: &OutboxItem) -> String {
    let mut line = format!("[{}] {} · {}", item.id, item.helpline_name, item.state_text);
    if let Some(reference) = &item.reference_text {
        line.push_str(&format!(" · {reference}"));
    }
    line.push('\n');
    line
}

fn outbox(view: OutboxView, json: bool) -> Result<String, Failure> {
    if json {
        return Ok(serde_json::to_string_pretty(&view)?);
    }
    let mut out = format!("{}\n\n", view.title);
    if view.items.is_empty() {
        out.push_str(&format!("{}\n", view.empty_text));
    }
    for item in &view.items {
        out.push_str(&item_line(item));
    }
    out.push('\n');
    for new in &view.new_reports {
        out.push_str(&format!("{}  [{}]\n", new.label, new.helpline_id));
    }
    Ok(out)
}
