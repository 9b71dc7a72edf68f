//! What every screen shares: the header with the app's name and the screen's
//! title, the footer with the quick-exit hint and the keys, and a line for
//! an error when there is one. All text comes from `ShellStrings`, in
//! display order for the user's language.

use haven_core::i18n::Direction;
use haven_core::views::ShellStrings;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::render::bidi;

const BAR: Style = Style::new().add_modifier(Modifier::REVERSED);
const HINT: Style = Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD);
const DIM: Style = Style::new().add_modifier(Modifier::DIM);

/// Draws the header and footer; returns the area left for the screen.
/// `typing`: the screen takes letters as text, so the letter keys are not shown.
pub fn draw(frame: &mut Frame<'_>, shell: &ShellStrings, title: &str, error: Option<&str>, typing: bool) -> Rect {
    let error_rows = u16::from(error.is_some());
    let [header, body, error_area, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(error_rows),
        Constraint::Length(2),
    ])
    .areas(frame.area());
    let rtl = shell.locale.direction == Direction::Rtl;
    // Each line is a paragraph of its own.
    let show = |line| bidi::display_line(line, rtl);

    let head = Line::from(vec![
        Span::styled(format!(" {} ", shell.app_name), BAR.add_modifier(Modifier::BOLD)),
        Span::styled(format!("│ {title}"), BAR),
    ]);
    frame.render_widget(Paragraph::new(show(head)).style(BAR), header);

    if let Some(text) = error {
        frame.render_widget(Paragraph::new(show(Line::styled(format!(" {text}"), HINT))), error_area);
    }

    let keys = if typing {
        format!(" {}", shell.keys_hint)
    } else {
        format!(
            " {} · / {} · h {} · l {} · r {}",
            shell.keys_hint, shell.search, shell.helplines, shell.language, shell.region
        )
    };
    let lines = vec![show(Line::styled(format!(" {}", shell.quick_exit_hint), HINT)), show(Line::styled(keys, DIM))];
    frame.render_widget(Paragraph::new(lines), footer);

    // A blank row under the header.
    Rect { y: body.y + 1, height: body.height.saturating_sub(1), ..body }
}
