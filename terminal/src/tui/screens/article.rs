//! One article, scrollable: title, notices, summary, then the body drawn
//! from the core's blocks with its bold, italic and links.

use crossterm::event::KeyCode;
use haven_core::views::ArticleView;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::style::{self, BOLD, DIM, HEADING, ITALIC};
use crate::render::bidi;
use crate::render::blocks::{Layout, render};
use crate::render::wrap::wrap;

pub struct ArticleScreen {
    pub view: ArticleView,
    pub scroll: usize,
    /// Rows of the last drawing, for paging.
    page: usize,
}

impl ArticleScreen {
    pub fn new(view: ArticleView) -> Self {
        Self { view, scroll: 0, page: 1 }
    }

    /// The article's text in its own direction; the category and notices,
    /// in the UI's language, in the UI's direction (they differ for an
    /// English article shown in Arabic).
    fn lines(&self, width: usize) -> Vec<Line<'static>> {
        let v = &self.view;
        let (rtl, ui_rtl) = (style::rtl(&v.content_locale), style::rtl(&v.locale));
        let para = |text: &str, style, rtl| {
            let mut lines = bidi::display(wrap(&[Span::styled(text.to_owned(), style)], width, &[], &[]), rtl);
            bidi::align(&mut lines, rtl);
            lines
        };
        let mut out = para(&v.title, HEADING, rtl);
        out.extend(para(&v.category_label, DIM, ui_rtl));
        out.push(Line::default());
        for notice in [&v.review_notice, &v.fallback_notice].into_iter().flatten() {
            out.extend(para(notice, ITALIC.patch(DIM), ui_rtl));
            out.push(Line::default());
        }
        out.extend(para(&v.summary, BOLD, rtl));
        out.push(Line::default());
        out.extend(render(&v.blocks, Layout { width, plain: false, rtl, visual: true }));
        out
    }

    pub fn render(&mut self, frame: &mut Frame<'_>, area: Rect) {
        // One column of margin on each side reads better than text at the edge.
        let inner = Rect { x: area.x + 1, width: area.width.saturating_sub(2), ..area };
        let lines = self.lines(usize::from(inner.width).max(1));
        self.page = usize::from(inner.height).max(1);
        self.scroll = self.scroll.min(lines.len().saturating_sub(self.page));
        let visible: Vec<Line<'static>> = lines.into_iter().skip(self.scroll).take(self.page).collect();
        frame.render_widget(Paragraph::new(visible), inner);
    }

    pub fn key(&mut self, code: KeyCode) {
        let page = self.page.saturating_sub(1).max(1);
        self.scroll = match code {
            KeyCode::Up | KeyCode::Char('k') => self.scroll.saturating_sub(1),
            KeyCode::Down | KeyCode::Char('j') => self.scroll + 1,
            KeyCode::PageUp => self.scroll.saturating_sub(page),
            KeyCode::PageDown | KeyCode::Char(' ') => self.scroll + page,
            KeyCode::Home | KeyCode::Char('g') => 0,
            // Clamped to the end when drawn.
            KeyCode::End | KeyCode::Char('G') => usize::MAX / 2,
            _ => self.scroll,
        };
    }
}
