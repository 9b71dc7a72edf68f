//! What every screen shares: the header with the app's name and the screen's
//! title, the footer with the quick-exit hint and the keys, and a line for
//! an error when there is one. All text comes from `ShellStrings`.

use haven_core::i18n::Direction;
use haven_core::views::ShellStrings;
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

const BAR: Style = Style::new().add_modifier(Modifier::REVERSED);
const HINT: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
const DIM: Style = Style::new().add_modifier(Modifier::DIM);

/// Draws the header and footer; returns the area left for the screen.
pub fn draw(frame: &mut Frame<'_>, shell: &ShellStrings, title: &str, error: Option<&str>) -> Rect {
    let error_rows = u16::from(error.is_some());
    let [header, body, error_area, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(error_rows),
        Constraint::Length(2),
    ])
    .areas(frame.area());
    let align = if shell.locale.direction == Direction::Rtl { Alignment::Right } else { Alignment::Left };

    let head = Line::from(vec![
        Span::styled(format!(" {} ", shell.app_name), BAR.add_modifier(Modifier::BOLD)),
        Span::styled(format!("│ {title}"), BAR),
    ]);
    frame.render_widget(Paragraph::new(head).style(BAR).alignment(align), header);

    if let Some(text) = error {
        frame.render_widget(Paragraph::new(Line::styled(format!(" {text}"), HINT)).alignment(align), error_area);
    }

    let keys = format!(" {} · h {} · l {} · r {}", shell.keys_hint, shell.helplines, shell.language, shell.region);
    let lines = vec![Line::styled(format!(" {}", shell.quick_exit_hint), HINT), Line::styled(keys, DIM)];
    frame.render_widget(Paragraph::new(lines).alignment(align), footer);

    // A blank row under the header.
    Rect { y: body.y + 1, height: body.height.saturating_sub(1), ..body }
}
