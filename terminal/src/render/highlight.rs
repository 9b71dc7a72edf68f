//! Search matches as styled spans: the core gives plain text and the
//! character ranges that matched; each range gets the match style.

use haven_core::search::Highlighted;
use ratatui::style::Style;
use ratatui::text::Span;

/// `h`'s text as spans in `base`, with the matched characters in `base`
/// patched by `matched`. Ranges past the end are cut; overlaps are harmless.
pub fn spans(h: &Highlighted, base: Style, matched: Style) -> Vec<Span<'static>> {
    let marked = base.patch(matched);
    let mut out: Vec<Span<'static>> = Vec::new();
    for (i, c) in h.text.chars().enumerate() {
        let i = u32::try_from(i).unwrap_or(u32::MAX);
        let style = if h.highlights.iter().any(|r| r.start <= i && i < r.end) { marked } else { base };
        match out.last_mut() {
            Some(last) if last.style == style => last.content.to_mut().push(c),
            _ => out.push(Span::styled(c.to_string(), style)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use haven_core::search::Range;
    use ratatui::style::Modifier;

    use super::*;

    #[test]
    fn ranges_in_characters_become_styled_spans() {
        let h = Highlighted {
            text: "Signs at cafés and car washes".into(),
            highlights: vec![Range { start: 9, end: 14 }, Range { start: 19, end: 22 }, Range { start: 40, end: 50 }],
        };
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let spans = spans(&h, Style::new(), bold);
        let parts: Vec<(&str, bool)> = spans.iter().map(|s| (s.content.as_ref(), s.style == bold)).collect();
        assert_eq!(parts, [("Signs at ", false), ("cafés", true), (" and ", false), ("car", true), (" washes", false)]);
    }

    #[test]
    fn no_ranges_is_one_plain_span() {
        let spans = spans(&Highlighted::plain("999"), Style::new(), Style::new().bold());
        assert_eq!(spans, [Span::raw("999")]);
    }
}
