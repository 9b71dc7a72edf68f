//! One step of a report form. Up and Down move between options and text
//! fields; Enter or Space chooses an option; letters typed go into the
//! focused text field and Enter keeps them; Tab (or PageDown) goes to the
//! next step, Shift+Tab (or PageUp) back. The core checks and saves every
//! answer; this screen only turns keys into answers.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use haven_core::content::FieldKind;
use haven_core::reports::{Answer, ContactAnswer, ContactMode, PlaceAnswer};
use haven_core::views::{FieldView, ReportFormView};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::style::{BOLD, DIM, HEADING};
use super::{Action, Target};

const FOCUS: Style = Style::new().add_modifier(Modifier::REVERSED);
const PROBLEM: Style = Style::new().fg(Color::Yellow);

/// The text parts a question can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Whole,
    PlaceText,
    Postcode,
    ContactValue,
    SafeTimes,
}

/// What the focus can rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Option { field: usize, option: usize },
    Mode { field: usize, mode: ContactMode },
    LeaveMessage { field: usize },
    Text { field: usize, part: Part },
}

pub struct ReportScreen {
    pub view: ReportFormView,
    items: Vec<Item>,
    focus: usize,
    /// What is being typed into the focused text field.
    pub buffer: Option<String>,
}

impl ReportScreen {
    pub fn new(view: ReportFormView) -> Self {
        let mut screen = ReportScreen { items: items(&view), view, focus: 0, buffer: None };
        screen.load_buffer();
        screen
    }

    /// The same screen with a fresh view, the focus kept where it was.
    pub fn show(&mut self, view: ReportFormView) {
        let same_step = view.step_index == self.view.step_index;
        self.items = items(&view);
        self.view = view;
        self.focus = if same_step { self.focus.min(self.items.len().saturating_sub(1)) } else { 0 };
        self.load_buffer();
    }

    fn load_buffer(&mut self) {
        self.buffer = match self.items.get(self.focus) {
            Some(Item::Text { field, part }) => Some(text_of(&self.view.fields[*field], *part)),
            _ => None,
        };
    }

    pub fn key(&mut self, key: KeyEvent) -> Option<Action> {
        let draft = self.view.draft_id.clone();
        let step = self.view.step_index;
        match key.code {
            KeyCode::Up => self.move_focus(-1),
            KeyCode::Down => self.move_focus(1),
            KeyCode::Tab | KeyCode::PageDown if self.view.is_last_step => {
                Some(Action::Open(Target::ReportReview(draft)))
            }
            KeyCode::Tab | KeyCode::PageDown => Some(Action::ReportStep(draft, step + 1)),
            KeyCode::BackTab | KeyCode::PageUp => Some(Action::ReportStep(draft, step.saturating_sub(1))),
            KeyCode::Char(c) if self.buffer.is_some() && typed(key.modifiers) => {
                if let Some(buffer) = self.buffer.as_mut() {
                    buffer.push(c);
                }
                None
            }
            KeyCode::Backspace => {
                if let Some(buffer) = self.buffer.as_mut() {
                    buffer.pop();
                }
                None
            }
            KeyCode::Enter | KeyCode::Char(' ') => self.choose(),
            _ => None,
        }
    }

    fn move_focus(&mut self, by: isize) -> Option<Action> {
        let last = self.items.len().saturating_sub(1) as isize;
        self.focus = (self.focus as isize + by).clamp(0, last) as usize;
        self.load_buffer();
        None
    }

    /// The answer the focused item gives.
    fn choose(&mut self) -> Option<Action> {
        let item = *self.items.get(self.focus)?;
        let (field_index, answer) = match item {
            Item::Option { field, option } => {
                let f = &self.view.fields[field];
                let value = f.options[option].value.clone();
                let answer = if f.kind == FieldKind::MultiChoice {
                    let mut chosen: Vec<String> =
                        f.options.iter().filter(|o| o.selected).map(|o| o.value.clone()).collect();
                    match chosen.iter().position(|v| *v == value) {
                        Some(i) => {
                            chosen.remove(i);
                        }
                        None => chosen.push(value),
                    }
                    (!chosen.is_empty()).then_some(Answer::MultiChoice(chosen))
                } else {
                    Some(Answer::Choice(value))
                };
                (field, answer)
            }
            Item::Mode { field, mode } => {
                let mut contact = contact_of(&self.view.fields[field]);
                contact.mode = mode;
                (field, Some(Answer::Contact(contact)))
            }
            Item::LeaveMessage { field } => {
                let mut contact = contact_of(&self.view.fields[field]);
                contact.may_leave_message = !contact.may_leave_message;
                (field, Some(Answer::Contact(contact)))
            }
            Item::Text { field, part } => {
                let typed = self.buffer.clone().unwrap_or_default();
                (field, with_text(&self.view.fields[field], part, typed))
            }
        };
        Some(Action::Answer(self.view.draft_id.clone(), self.view.fields[field_index].id.clone(), answer))
    }

    pub fn render(&mut self, frame: &mut Frame<'_>, area: Rect) {
        let v = &self.view;
        let mut lines = vec![
            Line::styled(format!("{} · {}", v.title, v.helpline_name), DIM),
            Line::styled(format!("{} · {}", v.progress_text, v.step_title), HEADING),
            Line::default(),
        ];
        let mut focus_line = 0;
        for (index, field) in v.fields.iter().enumerate() {
            let mut label = vec![Span::styled(field.label.clone(), BOLD)];
            if field.optional {
                label.push(Span::styled(format!(" ({})", v.labels.optional), DIM));
            }
            lines.push(Line::from(label));
            if let Some(help) = &field.help {
                lines.push(Line::styled(format!("  {help}"), DIM));
            }
            for (n, item) in self.items.iter().enumerate().filter(|(_, i)| field_of(i) == index) {
                if n == self.focus {
                    focus_line = lines.len();
                }
                let text = self.item_text(item, field);
                lines.push(Line::styled(format!("  {text}"), if n == self.focus { FOCUS } else { Style::new() }));
            }
            if let Some(error) = &field.error {
                lines.push(Line::styled(format!("  {error}"), PROBLEM));
            }
            lines.push(Line::default());
        }
        lines.push(Line::styled(v.labels.saved.clone(), DIM));
        let next = if v.is_last_step { &v.labels.review } else { &v.labels.next };
        lines.push(Line::styled(format!("Tab {next} · Shift+Tab {}", v.labels.back), DIM));
        let height = usize::from(area.height).max(1);
        let offset = focus_line.saturating_sub(height.saturating_sub(3)) as u16;
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((offset, 0)), area);
    }

    fn item_text(&self, item: &Item, field: &FieldView) -> String {
        let labels = &self.view.labels;
        let contact = || contact_of(field);
        match *item {
            Item::Option { option, .. } => {
                let o = &field.options[option];
                let mark = match (field.kind, o.selected) {
                    (FieldKind::MultiChoice, true) => "[x]",
                    (FieldKind::MultiChoice, false) => "[ ]",
                    (_, true) => "(•)",
                    (_, false) => "( )",
                };
                format!("{mark} {}", o.label)
            }
            Item::Mode { mode, .. } => {
                let mark = if contact().mode == mode { "(•)" } else { "( )" };
                let label = match mode {
                    ContactMode::Anonymous => &labels.contact_anonymous,
                    ContactMode::Phone => &labels.contact_phone,
                    ContactMode::Email => &labels.contact_email,
                };
                format!("{mark} {label}")
            }
            Item::LeaveMessage { .. } => {
                format!("{} {}", if contact().may_leave_message { "[x]" } else { "[ ]" }, labels.may_leave_message)
            }
            Item::Text { part, .. } => {
                let focused = self.items.get(self.focus) == Some(item);
                let shown = if focused {
                    format!("{}▏", self.buffer.clone().unwrap_or_default())
                } else {
                    text_of(field, part)
                };
                let name = match (part, field.kind) {
                    (Part::PlaceText, _) => &labels.place_text,
                    (Part::Postcode, _) => &labels.postcode,
                    (Part::ContactValue, _) => &labels.contact_value,
                    (Part::SafeTimes, _) => &labels.safe_times,
                    (Part::Whole, FieldKind::Date) => &labels.date_hint,
                    (Part::Whole, FieldKind::Datetime) => &labels.datetime_hint,
                    (Part::Whole, _) => return format!("> {shown}"),
                };
                format!("{name}: {shown}")
            }
        }
    }
}

fn field_of(item: &Item) -> usize {
    match *item {
        Item::Option { field, .. }
        | Item::Mode { field, .. }
        | Item::LeaveMessage { field }
        | Item::Text { field, .. } => field,
    }
}

fn items(view: &ReportFormView) -> Vec<Item> {
    let mut items = Vec::new();
    for (field, f) in view.fields.iter().enumerate() {
        match f.kind {
            FieldKind::Choice | FieldKind::MultiChoice => {
                items.extend((0..f.options.len()).map(|option| Item::Option { field, option }));
            }
            FieldKind::Text | FieldKind::Date | FieldKind::Datetime => {
                items.push(Item::Text { field, part: Part::Whole })
            }
            FieldKind::Place => {
                items.push(Item::Text { field, part: Part::PlaceText });
                items.push(Item::Text { field, part: Part::Postcode });
            }
            FieldKind::Contact => {
                for mode in [ContactMode::Anonymous, ContactMode::Phone, ContactMode::Email] {
                    items.push(Item::Mode { field, mode });
                }
                if contact_of(f).mode != ContactMode::Anonymous {
                    items.push(Item::Text { field, part: Part::ContactValue });
                    items.push(Item::Text { field, part: Part::SafeTimes });
                    items.push(Item::LeaveMessage { field });
                }
            }
        }
    }
    items
}

fn contact_of(field: &FieldView) -> ContactAnswer {
    match &field.value {
        Some(Answer::Contact(c)) => c.clone(),
        _ => ContactAnswer::default(),
    }
}

fn place_of(field: &FieldView) -> PlaceAnswer {
    match &field.value {
        Some(Answer::Place(p)) => p.clone(),
        _ => PlaceAnswer { text: String::new(), postcode: None, location: None },
    }
}

/// The current text of one part of a question.
fn text_of(field: &FieldView, part: Part) -> String {
    match (part, &field.value) {
        (Part::Whole, Some(Answer::Text(t) | Answer::Date(t))) => t.clone(),
        (Part::Whole, Some(Answer::Datetime(t))) => t.replace('T', " "),
        (Part::PlaceText, _) => place_of(field).text,
        (Part::Postcode, _) => place_of(field).postcode.unwrap_or_default(),
        (Part::ContactValue, _) => contact_of(field).value.unwrap_or_default(),
        (Part::SafeTimes, _) => contact_of(field).safe_times.unwrap_or_default(),
        _ => String::new(),
    }
}

/// The question's answer with one text part replaced (empty clears it).
fn with_text(field: &FieldView, part: Part, typed: String) -> Option<Answer> {
    let some = |t: String| Some(t).filter(|t| !t.trim().is_empty());
    match part {
        Part::Whole => some(typed).map(|t| match field.kind {
            FieldKind::Date => Answer::Date(t),
            FieldKind::Datetime => Answer::Datetime(t.trim().replacen(' ', "T", 1)),
            _ => Answer::Text(t),
        }),
        Part::PlaceText | Part::Postcode => {
            let mut place = place_of(field);
            if part == Part::PlaceText {
                place.text = typed;
            } else {
                place.postcode = some(typed);
            }
            Some(Answer::Place(place))
        }
        Part::ContactValue | Part::SafeTimes => {
            let mut contact = contact_of(field);
            if part == Part::ContactValue {
                contact.value = some(typed);
            } else {
                contact.safe_times = some(typed);
            }
            Some(Answer::Contact(contact))
        }
    }
}

/// A letter typed, not a shortcut (AltGr arrives as Ctrl+Alt on some systems).
fn typed(modifiers: KeyModifiers) -> bool {
    modifiers.contains(KeyModifiers::CONTROL) == modifiers.contains(KeyModifiers::ALT)
}
