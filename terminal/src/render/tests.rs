use haven_core::content::markdown::to_blocks;

use super::blocks::{Layout, render};
use super::plain::lines_text;

fn plain(md: &str, width: usize, rtl: bool) -> String {
    lines_text(&render(&to_blocks(md), Layout { width, plain: true, rtl, visual: false }), width)
}

#[test]
fn headings_paragraphs_and_links_as_text() {
    let text = plain("# Title\n\nCall [the helpline](tel:+448000121700) or visit <https://example.org>.", 80, false);
    assert_eq!(text, "Title\n=====\n\nCall the helpline <tel:+448000121700> or visit https://example.org.\n");
}

#[test]
fn lists_indent_their_continuation_lines() {
    let text = plain("- one two three four\n- five\n\n3. alpha beta gamma\n4. delta", 14, false);
    assert_eq!(text, "- one two\n  three four\n- five\n\n3. alpha beta\n   gamma\n4. delta\n");
}

#[test]
fn nested_lists_and_quotes() {
    let text = plain("- outer\n  - inner\n\n> quoted text", 40, false);
    assert_eq!(text, "- outer\n  - inner\n\n> quoted text\n");
}

#[test]
fn rtl_paragraphs_are_right_aligned() {
    let text = plain("مرحبا بك", 20, true);
    assert_eq!(text, format!("{}مرحبا بك\n", " ".repeat(12)));
}

#[test]
fn styles_survive_in_styled_mode() {
    use ratatui::style::Modifier;
    let lines = render(&to_blocks("a **b** *c*"), Layout { width: 80, plain: false, rtl: false, visual: true });
    let mods: Vec<_> = lines[0].spans.iter().map(|s| s.style.add_modifier).collect();
    assert!(mods.contains(&Modifier::BOLD) && mods.contains(&Modifier::ITALIC), "{mods:?}");
}
