//! Article bodies: CommonMark parsed into a small, safe block tree that shells
//! render natively. Raw HTML and images never reach a shell; links are kept
//! only for https, tel, sms and mailto.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use super::limits::{MAX_BODY_BYTES, MAX_MARKDOWN_DEPTH};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Heading { level: u8, spans: Vec<Span> },
    Paragraph { spans: Vec<Span> },
    List { ordered: bool, start: u64, items: Vec<Vec<Block>> },
    Quote { blocks: Vec<Block> },
    Rule,
}

/// A run of text with one style. A link is a run with a target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Span {
    pub text: String,
    pub strong: bool,
    pub emphasis: bool,
    pub code: bool,
    pub link: Option<String>,
}

pub const ALLOWED_LINK_SCHEMES: &[&str] = &["https:", "tel:", "sms:", "mailto:"];

pub fn link_allowed(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ALLOWED_LINK_SCHEMES.iter().any(|s| lower.starts_with(s) && lower.len() > s.len())
}

/// Something in a body that the builder refuses, at a byte offset into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub offset: usize,
    pub reason: String,
}

fn parser(body: &str) -> Parser<'_> {
    Parser::new_ext(body, Options::ENABLE_STRIKETHROUGH)
}

/// Everything the builder refuses in a body: size, disallowed links, images,
/// raw HTML, nesting too deep.
pub fn problems(body: &str) -> Vec<Problem> {
    if body.len() > MAX_BODY_BYTES {
        return vec![Problem {
            offset: 0,
            reason: format!("body is {} bytes, over the {MAX_BODY_BYTES}-byte limit", body.len()),
        }];
    }
    let mut found = Vec::new();
    let mut depth = 0usize;
    for (event, range) in parser(body).into_offset_iter() {
        let at = |reason: String| Problem { offset: range.start, reason };
        match event {
            Event::Start(Tag::Link { dest_url, .. }) if !link_allowed(&dest_url) => {
                found.push(at(format!("link {dest_url:?} not allowed: only https, tel, sms and mailto links")))
            }
            Event::Start(Tag::Image { .. }) => found.push(at("images are not shown in Haven; remove it".into())),
            Event::Html(_) | Event::InlineHtml(_) => found.push(at("raw HTML is not allowed; use Markdown".into())),
            Event::Start(Tag::List(_) | Tag::BlockQuote(_)) => {
                depth += 1;
                if depth == MAX_MARKDOWN_DEPTH + 1 {
                    found.push(at(format!("lists and quotes nested deeper than {MAX_MARKDOWN_DEPTH}")));
                }
            }
            Event::End(TagEnd::List(_) | TagEnd::BlockQuote(_)) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    found
}

/// Parses a body into blocks. Anything unsafe is dropped rather than shown,
/// whatever the source: this is the last line of defence for synced content.
pub fn to_blocks(body: &str) -> Vec<Block> {
    let mut builder = Builder::default();
    for event in parser(body) {
        builder.event(event);
    }
    builder.finish()
}

/// A container being filled: the document, a list item or a quote.
#[derive(Default)]
struct Frame {
    blocks: Vec<Block>,
    kind: FrameKind,
}

#[derive(Default)]
enum FrameKind {
    #[default]
    Root,
    Item,
    Quote,
    List {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    root: Vec<Block>,
    spans: Vec<Span>,
    heading: Option<u8>,
    strong: u32,
    emphasis: u32,
    link: Option<Option<String>>,
    /// Inside an image: its alt text is dropped with it.
    image: u32,
}

impl Builder {
    fn blocks(&mut self) -> &mut Vec<Block> {
        match self.stack.last_mut() {
            Some(frame) => &mut frame.blocks,
            None => &mut self.root,
        }
    }

    fn push_text(&mut self, text: &str, code: bool) {
        if self.image > 0 || text.is_empty() {
            return;
        }
        let span = Span {
            text: text.to_owned(),
            strong: self.strong > 0,
            emphasis: self.emphasis > 0,
            code,
            link: self.link.clone().flatten(),
        };
        match self.spans.last_mut() {
            Some(last)
                if Span { text: String::new(), ..last.clone() } == Span { text: String::new(), ..span.clone() } =>
            {
                last.text.push_str(&span.text)
            }
            _ => self.spans.push(span),
        }
    }

    /// Ends the current run of inline text as a paragraph or heading.
    fn flush(&mut self) {
        let spans = std::mem::take(&mut self.spans);
        if spans.iter().all(|s| s.text.trim().is_empty()) {
            return;
        }
        let block = match self.heading {
            Some(level) => Block::Heading { level, spans },
            None => Block::Paragraph { spans },
        };
        self.blocks().push(block);
    }

    fn open(&mut self, kind: FrameKind) {
        self.flush();
        self.stack.push(Frame { blocks: Vec::new(), kind });
    }

    fn close(&mut self) {
        self.flush();
        let Some(frame) = self.stack.pop() else { return };
        match frame.kind {
            FrameKind::Item => {
                if let Some(Frame { kind: FrameKind::List { items, .. }, .. }) = self.stack.last_mut() {
                    items.push(frame.blocks);
                }
            }
            FrameKind::Quote => self.blocks().push(Block::Quote { blocks: frame.blocks }),
            FrameKind::List { ordered, start, items } => self.blocks().push(Block::List { ordered, start, items }),
            FrameKind::Root => {}
        }
    }

    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => self.push_text(&text, false),
            Event::Code(text) => self.push_text(&text, true),
            Event::SoftBreak => self.push_text(" ", false),
            Event::HardBreak => self.push_text("\n", false),
            Event::Rule => {
                self.flush();
                self.blocks().push(Block::Rule);
            }
            // Raw HTML, footnotes, math and task markers are dropped.
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph => self.flush(),
            Tag::Heading { level, .. } => {
                self.flush();
                self.heading = Some(heading_level(level));
            }
            Tag::BlockQuote(_) => self.open(FrameKind::Quote),
            Tag::List(start) => {
                self.open(FrameKind::List { ordered: start.is_some(), start: start.unwrap_or(1), items: Vec::new() })
            }
            Tag::Item => self.open(FrameKind::Item),
            Tag::CodeBlock(_) => self.flush(),
            Tag::Emphasis => self.emphasis += 1,
            Tag::Strong => self.strong += 1,
            Tag::Link { dest_url, .. } => {
                self.link = Some(link_allowed(&dest_url).then(|| dest_url.trim().to_string()));
            }
            Tag::Image { .. } => self.image += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::CodeBlock => self.flush(),
            TagEnd::Heading(_) => {
                self.flush();
                self.heading = None;
            }
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item => self.close(),
            TagEnd::Emphasis => self.emphasis = self.emphasis.saturating_sub(1),
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            TagEnd::Link => self.link = None,
            TagEnd::Image => self.image = self.image.saturating_sub(1),
            _ => {}
        }
    }

    fn finish(mut self) -> Vec<Block> {
        while !self.stack.is_empty() {
            self.close();
        }
        self.flush();
        self.root
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Span {
        Span { text: t.into(), ..Span::default() }
    }

    #[test]
    fn headings_paragraphs_and_styles() {
        let blocks = to_blocks("## Signs\n\nYou are **not** to *blame*.");
        assert_eq!(blocks[0], Block::Heading { level: 2, spans: vec![text("Signs")] });
        let Block::Paragraph { spans } = &blocks[1] else { panic!("{blocks:?}") };
        assert_eq!(spans[1], Span { text: "not".into(), strong: true, ..Span::default() });
        assert_eq!(spans[3], Span { text: "blame".into(), emphasis: true, ..Span::default() });
    }

    #[test]
    fn tight_and_nested_lists() {
        let blocks = to_blocks("- one\n- two\n  1. inner\n");
        let Block::List { ordered: false, items, .. } = &blocks[0] else { panic!("{blocks:?}") };
        assert_eq!(items.len(), 2);
        assert_eq!(items[0], vec![Block::Paragraph { spans: vec![text("one")] }]);
        assert!(matches!(items[1][1], Block::List { ordered: true, start: 1, .. }));
    }

    #[test]
    fn unsafe_parts_are_dropped() {
        let blocks = to_blocks(
            "<script>x</script>\n\nHi <b>there</b> ![alt](https://t.example/p.png) [bad](javascript:alert(1)) [ok](tel:+448000121700)",
        );
        let json = serde_json::to_string(&blocks).unwrap();
        assert!(!json.contains("script") && !json.contains("<b>") && !json.contains("alt"));
        assert!(!json.contains("javascript"));
        assert!(json.contains("\"link\":\"tel:+448000121700\""));
        assert!(json.contains("bad"), "the text of a refused link stays, as plain text");
    }

    #[test]
    fn problems_name_each_offence() {
        let body = "ok\n\n[x](http://a.example) ![i](https://b.example/i.png) <i>h</i>";
        let reasons: Vec<_> = problems(body).into_iter().map(|p| p.reason).collect();
        assert_eq!(reasons.len(), 4, "{reasons:?}");
        assert!(reasons[0].contains("not allowed"));
        assert!(problems("[a](mailto:x@example.org) [b](sms:233733) [c](https://x.example)").is_empty());
        assert!(!problems(&"a".repeat(MAX_BODY_BYTES + 1)).is_empty());
        assert!(!problems(&format!("{}x", "> ".repeat(20))).is_empty());
    }
}
