//! Word wrapping of styled text to a width in terminal cells, with a prefix
//! on the first line (a list marker) and another on the lines after it (the
//! hanging indent). Whitespace runs collapse to one space; `\n` breaks a line.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

/// Terminal cells `text` takes (wide characters count two).
pub fn width_of(text: &str) -> usize {
    Span::raw(text).width()
}

fn spans_width(spans: &[Span<'_>]) -> usize {
    spans.iter().map(Span::width).sum()
}

/// Appends `text` to a line, merging with the last span when the style matches.
fn push(line: &mut Vec<Span<'static>>, text: &str, style: Style) {
    match line.last_mut() {
        Some(last) if last.style == style => last.content.to_mut().push_str(text),
        _ => line.push(Span::styled(text.to_owned(), style)),
    }
}

struct Wrapper<'p> {
    width: usize,
    rest: &'p [Span<'static>],
    lines: Vec<Line<'static>>,
    current: Vec<Span<'static>>,
    used: usize,
    has_text: bool,
    /// A space is owed before the next word, in this style.
    space: Option<Style>,
}

impl Wrapper<'_> {
    fn break_line(&mut self) {
        let next = self.rest.to_vec();
        self.used = spans_width(&next);
        self.lines.push(Line::from(std::mem::replace(&mut self.current, next)));
        self.has_text = false;
        self.space = None;
    }

    fn word(&mut self, word: &str, style: Style) {
        let w = width_of(word);
        let space = usize::from(self.space.is_some());
        if self.has_text && self.used + space + w > self.width {
            self.break_line();
        }
        if let Some(space_style) = self.space.take() {
            push(&mut self.current, " ", space_style);
            self.used += 1;
        }
        if self.used + w <= self.width {
            push(&mut self.current, word, style);
            self.used += w;
            self.has_text = true;
            return;
        }
        // Longer than a whole line: cut it where it overflows.
        let mut buf = [0u8; 4];
        for ch in word.chars() {
            let piece: &str = ch.encode_utf8(&mut buf);
            let cw = width_of(piece);
            if self.has_text && self.used + cw > self.width {
                self.break_line();
            }
            push(&mut self.current, piece, style);
            self.used += cw;
            self.has_text = true;
        }
    }
}

/// Wraps `spans` to `width` cells. Every line starts with `first` (the first)
/// or `rest` (the others).
pub fn wrap(spans: &[Span<'_>], width: usize, first: &[Span<'static>], rest: &[Span<'static>]) -> Vec<Line<'static>> {
    let mut w = Wrapper {
        width: width.max(1),
        rest,
        lines: Vec::new(),
        current: first.to_vec(),
        used: spans_width(first),
        has_text: false,
        space: None,
    };
    for span in spans {
        let text: &str = &span.content;
        let mut start = 0;
        while start < text.len() {
            let rest_text = &text[start..];
            let first_char = rest_text.chars().next().unwrap_or(' ');
            let len = if first_char.is_whitespace() {
                rest_text.find(|c: char| !c.is_whitespace()).unwrap_or(rest_text.len())
            } else {
                rest_text.find(char::is_whitespace).unwrap_or(rest_text.len())
            };
            let piece = &rest_text[..len];
            if first_char.is_whitespace() {
                for _ in piece.matches('\n') {
                    w.break_line();
                }
                if w.has_text {
                    w.space = Some(span.style);
                }
            } else {
                w.word(piece, span.style);
            }
            start += len;
        }
    }
    if w.has_text || w.lines.is_empty() {
        w.lines.push(Line::from(w.current));
    }
    w.lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap_plain(text: &str, width: usize) -> Vec<Line<'static>> {
        wrap(&[Span::raw(text)], width, &[], &[])
    }

    fn texts(lines: &[Line<'_>]) -> Vec<String> {
        lines.iter().map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect()).collect()
    }

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(texts(&wrap_plain("one two three four", 9)), ["one two", "three", "four"]);
        assert_eq!(texts(&wrap_plain("  many   spaces\there ", 80)), ["many spaces here"]);
    }

    #[test]
    fn hanging_indent_and_hard_breaks() {
        let lines = wrap(&[Span::raw("alpha beta gamma\ndelta")], 12, &[Span::raw("- ")], &[Span::raw("  ")]);
        assert_eq!(texts(&lines), ["- alpha beta", "  gamma", "  delta"]);
    }

    #[test]
    fn long_words_are_cut_and_styles_kept() {
        assert_eq!(texts(&wrap_plain("abcdefghij", 4)), ["abcd", "efgh", "ij"]);
        let bold = Style::new().bold();
        let lines = wrap(&[Span::raw("a "), Span::styled("b c", bold)], 80, &[], &[]);
        assert_eq!(lines[0].spans.len(), 2);
        assert_eq!(lines[0].spans[1].style, bold);
    }

    #[test]
    fn wide_characters_count_double() {
        assert_eq!(width_of("简体"), 4);
        assert_eq!(texts(&wrap_plain("简体 中文", 4)), ["简体", "中文"]);
    }
}
