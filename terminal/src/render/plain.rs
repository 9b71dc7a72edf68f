//! Lines as plain text: styles dropped, right-aligned lines padded.

use ratatui::layout::Alignment;
use ratatui::text::Line;

/// One line as text, padded on the left to `width` when right-aligned.
pub fn line_text(line: &Line<'_>, width: usize) -> String {
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    let text = text.trim_end().to_owned();
    match line.alignment {
        Some(Alignment::Right) => {
            let pad = width.saturating_sub(super::wrap::width_of(&text));
            format!("{}{text}", " ".repeat(pad))
        }
        _ => text,
    }
}

/// Lines as text, each ending in a newline.
pub fn lines_text(lines: &[Line<'_>], width: usize) -> String {
    lines.iter().map(|l| line_text(l, width) + "\n").collect()
}
