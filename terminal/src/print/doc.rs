//! A plain-text document: titles, sections, wrapped paragraphs and list
//! items with hanging indents, 80 columns wide.

use ratatui::layout::Alignment;
use ratatui::text::{Line, Span};

use crate::render::plain::lines_text;
use crate::render::wrap::{width_of, wrap};

pub const WIDTH: usize = 80;

pub struct Doc {
    lines: Vec<Line<'static>>,
    rtl: bool,
}

impl Doc {
    pub fn new(rtl: bool) -> Self {
        Self { lines: Vec::new(), rtl }
    }

    pub fn blank(&mut self) {
        if self.lines.last().is_some_and(|l| l.width() > 0) {
            self.lines.push(Line::default());
        }
    }

    fn underlined(&mut self, text: &str, mark: &str) {
        let lines = wrap(&[Span::raw(text.to_owned())], WIDTH, &[], &[]);
        let widest = lines.iter().map(Line::width).max().unwrap_or(1);
        self.lines.extend(lines);
        self.lines.push(Line::raw(mark.repeat(widest)));
    }

    /// The screen's title, underlined with `=`.
    pub fn title(&mut self, text: &str) {
        self.underlined(text, "=");
        self.lines.push(Line::default());
    }

    /// A section heading, underlined with `-`, after a blank line.
    pub fn section(&mut self, text: &str) {
        self.blank();
        self.underlined(text, "-");
    }

    /// Wrapped text, indented by `depth` steps of two spaces.
    pub fn para(&mut self, depth: usize, text: &str) {
        let indent = [Span::raw("  ".repeat(depth))];
        self.lines.extend(wrap(&[Span::raw(text.to_owned())], WIDTH, &indent, &indent));
    }

    /// One line as it is, spaces kept (columns), not wrapped.
    pub fn row(&mut self, text: String) {
        self.lines.push(Line::raw(text));
    }

    /// Styled spans (article blocks) as they are.
    pub fn lines(&mut self, lines: Vec<Line<'static>>) {
        self.lines.extend(lines);
    }

    /// A list item: `marker` then text, continuation lines under the text.
    pub fn item(&mut self, depth: usize, marker: &str, text: &str) {
        let indent = "  ".repeat(depth);
        let first = [Span::raw(format!("{indent}{marker} "))];
        let rest = [Span::raw(" ".repeat(width_of(&indent) + width_of(marker) + 1))];
        self.lines.extend(wrap(&[Span::raw(text.to_owned())], WIDTH, &first, &rest));
    }

    pub fn finish(mut self) -> String {
        while self.lines.last().is_some_and(|l| l.width() == 0) {
            self.lines.pop();
        }
        if self.rtl {
            for line in &mut self.lines {
                line.alignment = Some(Alignment::Right);
            }
        }
        lines_text(&self.lines, WIDTH)
    }
}
