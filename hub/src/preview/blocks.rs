//! Article bodies as HTML, from the core's safe block tree (never from
//! pulldown's own HTML output, which would pass raw HTML through).

use std::fmt::Write;

use haven_core::content::markdown::{Block, Span, link_allowed};

use super::html::escape;

pub fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        block_html(block, &mut out);
    }
    out
}

fn block_html(block: &Block, out: &mut String) {
    match block {
        // The article title is the page's h1: body headings start at h2.
        Block::Heading { level, spans } => {
            let level = (level + 1).clamp(2, 6);
            let _ = writeln!(out, "<h{level}>{}</h{level}>", spans_html(spans));
        }
        Block::Paragraph { spans } => {
            let _ = writeln!(out, "<p>{}</p>", spans_html(spans));
        }
        Block::List { ordered, start, items } => {
            match (ordered, start) {
                (true, 1) => out.push_str("<ol>\n"),
                (true, n) => {
                    let _ = writeln!(out, "<ol start=\"{n}\">");
                }
                (false, _) => out.push_str("<ul>\n"),
            }
            for item in items {
                out.push_str("<li>");
                // A tight item is one paragraph: show it without the paragraph's margins.
                match item.as_slice() {
                    [Block::Paragraph { spans }] => out.push_str(&spans_html(spans)),
                    blocks => out.push_str(&render(blocks)),
                }
                out.push_str("</li>\n");
            }
            out.push_str(if *ordered { "</ol>\n" } else { "</ul>\n" });
        }
        Block::Quote { blocks } => {
            let _ = write!(out, "<blockquote>\n{}</blockquote>\n", render(blocks));
        }
        Block::Rule => out.push_str("<hr>\n"),
    }
}

fn spans_html(spans: &[Span]) -> String {
    let mut out = String::new();
    for span in spans {
        let mut html = escape(&span.text).replace('\n', "<br>");
        if span.code {
            html = format!("<code>{html}</code>");
        }
        if span.emphasis {
            html = format!("<em>{html}</em>");
        }
        if span.strong {
            html = format!("<strong>{html}</strong>");
        }
        match &span.link {
            // The block tree only keeps allowed links; checked again here
            // because this is the last step before a browser.
            Some(url) if link_allowed(url) => {
                let _ = write!(out, "<a href=\"{}\" rel=\"noreferrer\">{html}</a>", escape(url));
            }
            _ => out.push_str(&html),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use haven_core::content::markdown::to_blocks;

    #[test]
    fn structure_and_styles() {
        let html = render(&to_blocks("# Title\n\nA **b** *c* `d` [e](tel:+448000121700)\n\n3. x\n4. y\n\n> q\n\n---"));
        assert!(html.contains("<h2>Title</h2>"), "{html}");
        assert!(html.contains("<strong>b</strong> <em>c</em> <code>d</code>"), "{html}");
        assert!(html.contains("<a href=\"tel:+448000121700\" rel=\"noreferrer\">e</a>"), "{html}");
        assert!(html.contains("<ol start=\"3\">\n<li>x</li>"), "{html}");
        assert!(html.contains("<blockquote>\n<p>q</p>\n</blockquote>") && html.contains("<hr>"), "{html}");
    }

    #[test]
    fn a_disallowed_link_in_a_hand_made_tree_stays_text() {
        // Blocks from to_blocks never hold one; the renderer refuses it anyway.
        let span = |link: &str| Span { text: "<x>".into(), link: Some(link.into()), ..Span::default() };
        let blocks = [Block::Paragraph { spans: vec![span("javascript:alert(1)"), span(" data:text/html,hi")] }];
        assert_eq!(render(&blocks), "<p>&lt;x&gt;&lt;x&gt;</p>\n");
    }
}
