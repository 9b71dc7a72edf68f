//! Article bodies (the core's safe block tree) as lines: styled for the
//! full-screen app, plain for `haven print`. Right-to-left text is
//! right-aligned; the full-screen app also puts each line in display order.

use haven_core::content::markdown::{Block, Span as BlockSpan};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::bidi;
use super::wrap::{width_of, wrap};

#[derive(Debug, Clone, Copy)]
pub struct Layout {
    pub width: usize,
    /// Plain text: no styles; headings underlined with `=`/`-`, ASCII markers.
    pub plain: bool,
    pub rtl: bool,
    /// Lines in display order (the full-screen app draws cells); printed
    /// text stays in logical order.
    pub visual: bool,
}

impl Layout {
    fn bullet(&self) -> &'static str {
        if self.plain { "- " } else { "• " }
    }

    fn quote_bar(&self) -> &'static str {
        if self.plain { "> " } else { "│ " }
    }

    /// The wrapped lines of one paragraph, in display order when asked for.
    fn order(&self, lines: Vec<Line<'static>>) -> Vec<Line<'static>> {
        if self.visual { bidi::display(lines, self.rtl) } else { lines }
    }
}

const LINK: Style = Style::new().add_modifier(Modifier::UNDERLINED);
const DIM: Style = Style::new().add_modifier(Modifier::DIM);

/// The spans of a paragraph: bold, italic and code kept as styles; a link as
/// its text followed by `<url>` (once, when the text is the URL itself).
pub fn spans(input: &[BlockSpan]) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    for s in input {
        let mut style = Style::new();
        if s.strong {
            style = style.add_modifier(Modifier::BOLD);
        }
        if s.emphasis {
            style = style.add_modifier(Modifier::ITALIC);
        }
        if s.code {
            style = style.add_modifier(Modifier::REVERSED);
        }
        match &s.link {
            Some(url) => {
                out.push(Span::styled(s.text.clone(), style.patch(LINK)));
                let bare = url.split_once(':').map_or(url.as_str(), |(_, rest)| rest.trim_start_matches("//"));
                if s.text.trim() != url && s.text.trim() != bare {
                    out.push(Span::styled(format!(" <{url}>"), DIM));
                }
            }
            None => out.push(Span::styled(s.text.clone(), style)),
        }
    }
    out
}

/// Lines for a whole body, with a blank line between top-level blocks.
pub fn render(blocks: &[Block], layout: Layout) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    render_into(&mut out, blocks, layout, &[], &[], true);
    bidi::align(&mut out, layout.rtl);
    out
}

fn render_into(
    out: &mut Vec<Line<'static>>,
    blocks: &[Block],
    layout: Layout,
    first: &[Span<'static>],
    rest: &[Span<'static>],
    spaced: bool,
) {
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 && spaced {
            out.push(Line::from(rest.to_vec()));
        }
        let prefix = if i == 0 { first } else { rest };
        render_block(out, block, layout, prefix, rest);
    }
}

fn render_block(
    out: &mut Vec<Line<'static>>,
    block: &Block,
    layout: Layout,
    first: &[Span<'static>],
    rest: &[Span<'static>],
) {
    match block {
        Block::Heading { level, spans: s } => {
            let style = match level {
                1 => Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                2 => Style::new().add_modifier(Modifier::BOLD),
                _ => Style::new().add_modifier(Modifier::BOLD | Modifier::ITALIC),
            };
            let lines = layout.order(wrap(&spans(s), layout.width, first, rest));
            let widest = lines.iter().map(Line::width).max().unwrap_or(0);
            let indent = rest.iter().map(Span::width).sum::<usize>();
            out.extend(lines.into_iter().map(|l| l.patch_style(style)));
            if layout.plain && *level <= 2 {
                let mark = if *level == 1 { "=" } else { "-" };
                let mut line = rest.to_vec();
                line.push(Span::raw(mark.repeat(widest.saturating_sub(indent).max(1))));
                out.push(Line::from(line));
            }
        }
        Block::Paragraph { spans: s } => out.extend(layout.order(wrap(&spans(s), layout.width, first, rest))),
        Block::List { ordered, start, items } => {
            let last_number = start + items.len().saturating_sub(1) as u64;
            let marker_width = if *ordered { width_of(&format!("{last_number}. ")) } else { 2 };
            for (n, item) in items.iter().enumerate() {
                let marker = if *ordered {
                    format!("{:<marker_width$}", format!("{}.", start + n as u64))
                } else {
                    layout.bullet().to_owned()
                };
                let mut item_first = if n == 0 { first.to_vec() } else { rest.to_vec() };
                item_first.push(Span::raw(marker));
                let mut item_rest = rest.to_vec();
                item_rest.push(Span::raw(" ".repeat(marker_width)));
                render_into(out, item, layout, &item_first, &item_rest, false);
            }
        }
        Block::Quote { blocks } => {
            let bar = Span::styled(layout.quote_bar(), DIM);
            let mut quote_first = first.to_vec();
            quote_first.push(bar.clone());
            let mut quote_rest = rest.to_vec();
            quote_rest.push(bar);
            render_into(out, blocks, layout, &quote_first, &quote_rest, true);
        }
        Block::Rule => {
            let mut line = first.to_vec();
            let indent = line.iter().map(Span::width).sum::<usize>();
            let mark = if layout.plain { "-" } else { "─" };
            line.push(Span::styled(mark.repeat(layout.width.saturating_sub(indent).min(40)), DIM));
            out.extend(layout.order(vec![Line::from(line)]));
        }
    }
}
