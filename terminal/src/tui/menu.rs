//! A scrolling list of entries, some of which can be chosen with Enter.
//! Entries hold logical lines; they are wrapped to the screen's width and
//! put in display order when drawn, so a resize needs no rebuild. The
//! selection mark and indents sit on the side the screen reads from.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::screens::Action;
use crate::render::bidi;
use crate::render::wrap::{width_of, wrap};

pub struct Entry {
    /// (indent in cells, spans) per logical line.
    lines: Vec<(usize, Vec<Span<'static>>)>,
    pub action: Option<Action>,
    /// The text's own direction when it differs from the menu's (an English
    /// result in an Arabic list).
    rtl: Option<bool>,
}

impl Entry {
    pub fn new(action: Option<Action>) -> Self {
        Self { lines: Vec::new(), action, rtl: None }
    }

    /// The entry's text reads right to left (`true`) or left to right.
    pub fn rtl(mut self, rtl: bool) -> Self {
        self.rtl = Some(rtl);
        self
    }

    /// Adds a line indented by `indent` cells (continuation lines too).
    pub fn line(mut self, indent: usize, spans: Vec<Span<'static>>) -> Self {
        self.lines.push((indent, spans));
        self
    }

    pub fn text(self, indent: usize, text: &str, style: Style) -> Self {
        self.line(indent, vec![Span::styled(text.to_owned(), style)])
    }

    /// Display lines `width` cells wide at most, each with its indent on the
    /// menu's reading side.
    fn wrapped(&self, width: usize, menu_rtl: bool) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        for (indent, spans) in &self.lines {
            let lines = wrap(spans, width.saturating_sub(*indent).max(1), &[], &[]);
            for line in bidi::display(lines, self.rtl.unwrap_or(menu_rtl)) {
                out.push(lead(line, " ".repeat(*indent), menu_rtl));
            }
        }
        if out.is_empty() {
            out.push(Line::default());
        }
        out
    }
}

/// `line` with `text` before it on the reading side: on the left, or on the
/// right (right-aligned) when the screen reads right to left.
fn lead(mut line: Line<'static>, text: String, rtl: bool) -> Line<'static> {
    if rtl {
        line.spans.push(Span::raw(text));
    } else {
        line.spans.insert(0, Span::raw(text));
    }
    bidi::align(std::slice::from_mut(&mut line), rtl);
    line
}

pub struct Menu {
    pub entries: Vec<Entry>,
    selected: Option<usize>,
    offset: usize,
    pub rtl: bool,
}

const SELECTED: Style = Style::new().add_modifier(Modifier::REVERSED);
/// The selection mark, pointing at the text from the reading side.
const MARK: &str = "› ";
const MARK_RTL: &str = " ‹";
const NO_MARK: &str = "  ";

impl Menu {
    /// A menu with the first choosable entry selected, or the one `prefer` picks.
    pub fn new(entries: Vec<Entry>, rtl: bool, prefer: impl Fn(&Action) -> bool) -> Self {
        let choosable = |e: &Entry| e.action.is_some();
        let selected = entries
            .iter()
            .position(|e| e.action.as_ref().is_some_and(&prefer))
            .or_else(|| entries.iter().position(choosable));
        Self { entries, selected, offset: 0, rtl }
    }

    /// Keeps the position of `old` (after a refresh in another language).
    pub fn keep_position(&mut self, old: &Menu) {
        if let Some(i) = old.selected.filter(|i| self.entries.get(*i).is_some_and(|e| e.action.is_some())) {
            self.selected = Some(i);
            self.offset = old.offset;
        }
    }

    pub fn chosen(&self) -> Option<&Action> {
        self.selected.and_then(|i| self.entries[i].action.as_ref())
    }

    /// Moves the selection by `steps` choosable entries (negative: up).
    pub fn step(&mut self, steps: isize) {
        let Some(mut at) = self.selected else { return };
        for _ in 0..steps.unsigned_abs() {
            let range: Box<dyn Iterator<Item = usize>> =
                if steps < 0 { Box::new((0..at).rev()) } else { Box::new(at + 1..self.entries.len()) };
            match range.into_iter().find(|i| self.entries[*i].action.is_some()) {
                Some(i) => at = i,
                None => break,
            }
        }
        self.selected = Some(at);
    }

    pub fn render(&mut self, frame: &mut Frame<'_>, area: Rect) {
        let width = usize::from(area.width).saturating_sub(width_of(MARK)).max(1);
        let mut lines: Vec<Line<'static>> = Vec::new();
        let mut span_of_selected = (0, 0);
        for (i, entry) in self.entries.iter().enumerate() {
            let start = lines.len();
            let selected = self.selected == Some(i);
            for (n, line) in entry.wrapped(width, self.rtl).into_iter().enumerate() {
                let mark = match (selected && n == 0, self.rtl) {
                    (true, false) => MARK,
                    (true, true) => MARK_RTL,
                    (false, _) => NO_MARK,
                };
                let line = lead(line, mark.to_owned(), self.rtl);
                lines.push(if selected && n == 0 { line.patch_style(SELECTED) } else { line });
            }
            if selected {
                span_of_selected = (start, lines.len());
            }
        }
        let height = usize::from(area.height).max(1);
        let (start, end) = span_of_selected;
        if end > self.offset + height {
            self.offset = end.saturating_sub(height).min(start);
        }
        if start < self.offset {
            self.offset = start;
        }
        // Show what comes before the first choice (a heading) when it fits.
        if self.entries[..self.selected.unwrap_or(0)].iter().all(|e| e.action.is_none()) && end <= height {
            self.offset = 0;
        }
        self.offset = self.offset.min(lines.len().saturating_sub(1));
        let visible: Vec<Line<'static>> = lines.into_iter().skip(self.offset).take(height).collect();
        frame.render_widget(Paragraph::new(visible), area);
    }
}
