//! Search: a text field and, under it, the results as the user types, in
//! two groups (articles, helplines) with the matched words highlighted.
//! Each key typed asks the core again; the core reads any text as words.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use haven_core::search::{Highlighted, MAX_QUERY_CHARS};
use haven_core::views::{SearchHit, SearchView};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::style::{self, BOLD, DIM, HEADING, ITALIC};
use super::{Action, Target};
use crate::render::wrap::width_of;
use crate::render::{bidi, highlight};
use crate::tui::menu::{Entry, Menu};

/// Matched words: underlined and bold (never dim), so they still show on
/// the selected, reversed, line.
const MATCH: Style =
    Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)).remove_modifier(Modifier::DIM);
const CURSOR: Style = Style::new().add_modifier(Modifier::REVERSED);

pub struct SearchScreen {
    /// What the user typed; the results are for this text.
    pub text: String,
    pub view: SearchView,
    menu: Menu,
}

impl SearchScreen {
    pub fn new(view: SearchView) -> Self {
        let menu = results(&view);
        Self { text: String::new(), view, menu }
    }

    /// Results for the current text.
    pub fn show(&mut self, view: SearchView) {
        self.menu = results(&view);
        self.view = view;
    }

    /// Letters go into the field (the app keeps its own keys: quick exit,
    /// and Backspace on an empty field to go back). A change of text asks
    /// the app to search again.
    pub fn key(&mut self, key: KeyEvent) -> Option<Action> {
        match key.code {
            KeyCode::Char(c) if typed(key.modifiers) => {
                if self.text.chars().count() >= MAX_QUERY_CHARS {
                    return None;
                }
                self.text.push(c);
                Some(Action::Search(self.text.clone()))
            }
            KeyCode::Backspace => self.text.pop().map(|_| Action::Search(self.text.clone())),
            KeyCode::Up | KeyCode::BackTab => step(&mut self.menu, -1),
            KeyCode::Down | KeyCode::Tab => step(&mut self.menu, 1),
            KeyCode::PageUp => step(&mut self.menu, -5),
            KeyCode::PageDown => step(&mut self.menu, 5),
            KeyCode::Enter => self.menu.chosen().cloned(),
            _ => None,
        }
    }

    pub fn render(&mut self, frame: &mut Frame<'_>, area: Rect) {
        let inner = Rect { x: area.x + 1, width: area.width.saturating_sub(2), ..area };
        let [field, _, list] =
            Layout::vertical([Constraint::Length(3), Constraint::Length(1), Constraint::Min(1)]).areas(inner);
        let block = Block::bordered();
        let line = self.field_line(usize::from(block.inner(field).width));
        frame.render_widget(Paragraph::new(line).block(block), field);
        self.menu.render(frame, list);
    }

    /// The typed text with a cursor after it (its end, whichever side that
    /// is on screen), or the placeholder when empty. Long text shows its end.
    fn field_line(&self, width: usize) -> Line<'static> {
        let rtl = style::rtl(&self.view.locale);
        if self.text.is_empty() {
            let line = Line::from(vec![Span::styled(" ", CURSOR), Span::styled(self.view.placeholder.clone(), DIM)]);
            return bidi::display_line(line, rtl);
        }
        let mut shown = self.text.as_str();
        while width_of(shown) + 1 > width
            && let Some(c) = shown.chars().next()
        {
            shown = &shown[c.len_utf8()..];
        }
        bidi::display_line(Line::from(vec![Span::raw(shown.to_owned()), Span::styled(" ", CURSOR)]), rtl)
    }
}

/// A letter typed, not a shortcut (AltGr arrives as Ctrl+Alt on some systems).
fn typed(modifiers: KeyModifiers) -> bool {
    let ctrl = modifiers.contains(KeyModifiers::CONTROL);
    let alt = modifiers.contains(KeyModifiers::ALT);
    ctrl == alt
}

fn step(menu: &mut Menu, steps: isize) -> Option<Action> {
    menu.step(steps);
    None
}

/// The summary and notices, then each group under its label.
fn results(view: &SearchView) -> Menu {
    let mut entries = Vec::new();
    if let Some(summary) = &view.summary {
        entries.push(Entry::new(None).text(0, summary, DIM));
    }
    for note in [&view.english_notice, &view.empty_text].into_iter().flatten() {
        entries.push(Entry::new(None).text(0, note, ITALIC));
    }
    group(&mut entries, &view.articles_label, &view.articles, |hit| Target::Article(hit.id.clone()));
    group(&mut entries, &view.helplines_label, &view.helplines, |_| Target::Helplines);
    Menu::new(entries, style::rtl(&view.locale), |_| false)
}

fn group(entries: &mut Vec<Entry>, label: &str, hits: &[SearchHit], target: impl Fn(&SearchHit) -> Target) {
    if hits.is_empty() {
        return;
    }
    entries.push(Entry::new(None));
    entries.push(Entry::new(None).text(0, label, HEADING));
    for hit in hits {
        entries.push(
            Entry::new(Some(Action::Open(target(hit))))
                .rtl(style::rtl(&hit.locale))
                .line(0, highlight::spans(&hit.title, BOLD, MATCH))
                .line(2, highlight::spans(&one_line(&hit.snippet), DIM, MATCH)),
        );
    }
}

/// A snippet as one run of text: an excerpt reads better without the
/// paragraph breaks it happens to span (same characters, so same ranges).
fn one_line(snippet: &Highlighted) -> Highlighted {
    let text = snippet.text.chars().map(|c| if c == '\n' { ' ' } else { c }).collect();
    Highlighted { text, highlights: snippet.highlights.clone() }
}
