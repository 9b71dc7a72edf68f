//! Display order for right-to-left and mixed text. A terminal draws cells
//! left to right and most terminals never run the Unicode bidi algorithm
//! (those that do are put in explicit mode while Haven runs, see
//! `tui/term.rs`), so the app reorders each line itself: levels come from
//! one `BidiInfo` over the whole paragraph, already wrapped in logical
//! order, then each wrapped line is laid out in visual order. Styles travel
//! with their characters, so highlighted matches stay on their words.
//!
//! `haven print` keeps logical order: that is right for files, pipes and
//! terminals that do their own bidi.

use std::ops::Range;

use ratatui::layout::Alignment;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

use super::wrap::width_of;

/// The wrapped lines of one paragraph in display order, with `rtl` as the
/// paragraph's base direction. Lines with nothing right-to-left in a
/// left-to-right paragraph come back as they were.
pub fn display(lines: Vec<Line<'static>>, rtl: bool) -> Vec<Line<'static>> {
    // The paragraph's text; wrapped lines joined by the space the wrap took.
    let mut text = String::new();
    let mut ranges = Vec::with_capacity(lines.len());
    for line in &lines {
        if !ranges.is_empty() {
            text.push(' ');
        }
        let start = text.len();
        for span in &line.spans {
            text.push_str(&span.content);
        }
        ranges.push(start..text.len());
    }
    let analysed = analysed(&text);
    let level = if rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(&analysed, Some(level));
    let Some(para) = info.paragraphs.first() else { return lines };
    if !rtl && !info.has_rtl() {
        return lines;
    }
    lines.into_iter().zip(ranges).map(|(line, range)| visual_line(&info, para, &line, range)).collect()
}

/// One line that is a paragraph of its own (a label, a header), in display
/// order and right-aligned when it reads right to left.
pub fn display_line(line: Line<'static>, rtl: bool) -> Line<'static> {
    let mut lines = display(vec![line], rtl);
    align(&mut lines, rtl);
    lines.pop().unwrap_or_default()
}

/// Right-aligns `lines` when the screen reads right to left.
pub fn align(lines: &mut [Line<'_>], rtl: bool) {
    if rtl {
        for line in lines {
            line.alignment = Some(Alignment::Right);
        }
    }
}

/// The text the levels are computed from, byte for byte as long as the
/// drawn text, with two changes:
/// - paragraph and segment separators (`\u{2029}`, tab) count as spaces: a
///   drawn line is one paragraph, and they are drawn as blanks;
/// - phone numbers hold together. The algorithm takes "0800 121 700" for
///   three numbers and shows them in reverse order in right-to-left text,
///   so a space between digits counts as a separator inside a number (a
///   comma), and a `+` before a digit as a digit.
fn analysed(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let number = |c: Option<&char>| c.is_some_and(|c| matches!(bidi_class(*c), BidiClass::EN | BidiClass::AN));
    let mut out = String::with_capacity(text.len());
    for (i, c) in chars.iter().enumerate() {
        let (before, after) = (i.checked_sub(1).and_then(|j| chars.get(j)), chars.get(i + 1));
        match (c, bidi_class(*c)) {
            (' ', _) if number(before) && number(after) => out.push(','),
            ('+', _) if number(after) && !number(before) => out.push('0'),
            (_, BidiClass::B | BidiClass::S) => out.extend(std::iter::repeat_n(' ', c.len_utf8())),
            _ => out.push(*c),
        }
    }
    out
}

/// Invisible direction marks and controls: they steer the algorithm and are
/// never drawn (a terminal may show them as boxes).
fn invisible(c: char) -> bool {
    use BidiClass::*;
    matches!(bidi_class(c), LRE | RLE | LRO | RLO | PDF | LRI | RLI | FSI | PDI)
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// What is drawn for `c`: separators as blanks.
fn drawn(c: char) -> char {
    match bidi_class(c) {
        BidiClass::B | BidiClass::S => ' ',
        _ => c,
    }
}

fn visual_line(
    info: &BidiInfo<'_>,
    para: &unicode_bidi::ParagraphInfo,
    line: &Line<'static>,
    range: Range<usize>,
) -> Line<'static> {
    // Each character with its byte offset in the paragraph and its style.
    let mut chars: Vec<(usize, char, Style)> = Vec::new();
    let mut at = range.start;
    for span in &line.spans {
        for c in span.content.chars() {
            if !invisible(c) {
                chars.push((at, drawn(c), span.style));
            }
            at += c.len_utf8();
        }
    }
    let mut out = Vec::new();
    if !range.is_empty() {
        let (levels, runs) = info.visual_runs(para, range);
        for run in runs {
            let from = chars.partition_point(|(at, ..)| *at < run.start);
            let to = chars.partition_point(|(at, ..)| *at < run.end);
            let run_chars = &chars[from..to];
            if levels[run.start].is_rtl() {
                for cluster in clusters(run_chars).into_iter().rev() {
                    for (n, (_, c, style)) in cluster.iter().enumerate() {
                        push(&mut out, if n == 0 { mirror(*c) } else { *c }, *style);
                    }
                }
            } else {
                for (_, c, style) in run_chars {
                    push(&mut out, *c, *style);
                }
            }
        }
    }
    Line { spans: out, style: line.style, alignment: line.alignment }
}

/// A run cut into characters each followed by its zero-width marks (Arabic
/// vowel signs, joiners), so that reversing keeps every mark after its
/// base letter, where the terminal expects it (rule L3).
fn clusters(run: &[(usize, char, Style)]) -> Vec<&[(usize, char, Style)]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut buf = [0u8; 4];
    for i in 1..=run.len() {
        if i == run.len() || width_of(run[i].1.encode_utf8(&mut buf)) > 0 {
            out.push(&run[start..i]);
            start = i;
        }
    }
    out
}

/// The mirrored glyph drawn for a paired character in right-to-left text
/// (rule L4): the common brackets and comparison signs.
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        '≤' => '≥',
        '≥' => '≤',
        other => other,
    }
}

/// Appends a character, extending the last span when the style matches.
fn push(out: &mut Vec<Span<'static>>, c: char, style: Style) {
    match out.last_mut() {
        Some(last) if last.style == style => last.content.to_mut().push(c),
        _ => out.push(Span::styled(c.to_string(), style)),
    }
}

#[cfg(test)]
mod tests {
    use ratatui::style::Modifier;

    use super::*;

    fn text(line: &Line<'_>) -> String {
        line.spans.iter().map(|s| s.content.as_ref()).collect()
    }

    fn one(logical: &str, rtl: bool) -> String {
        text(&display_line(Line::raw(logical.to_owned()), rtl))
    }

    fn reversed(s: &str) -> String {
        s.chars().rev().collect()
    }

    #[test]
    fn a_pure_arabic_line_is_reversed() {
        assert_eq!(one("مرحبا بك", true), reversed("مرحبا بك"));
    }

    #[test]
    fn a_latin_word_in_arabic_keeps_its_order() {
        // "Call Haven now": the Arabic around it reversed, "Haven" left to right.
        let logical = "اتصل Haven الآن";
        assert_eq!(one(logical, true), format!("{} Haven {}", reversed("الآن"), reversed("اتصل")));
    }

    #[test]
    fn a_phone_number_in_arabic_reads_left_to_right() {
        let logical = "اتصل على 0800 121 700 مجانا";
        let shown = one(logical, true);
        assert_eq!(shown, format!("{} 0800 121 700 {}", reversed("مجانا"), reversed("اتصل على")));
    }

    #[test]
    fn persian_with_persian_digits_and_a_zero_width_non_joiner() {
        // "call 0800 121 700" with Persian digits; "می‌توانید" keeps its ZWNJ after "ی".
        let shown = one("تماس با ۰۸۰۰ ۱۲۱ ۷۰۰", true);
        assert_eq!(shown, format!("۰۸۰۰ ۱۲۱ ۷۰۰ {}", reversed("تماس با")));
        assert_eq!(one("می\u{200C}توانید", true), format!("{}ی\u{200C}م", reversed("توانید")));
    }

    #[test]
    fn an_international_number_keeps_its_plus_on_the_left() {
        let shown = one("الرقم +44 800 121 700.", true);
        assert_eq!(shown, format!(".+44 800 121 700 {}", reversed("الرقم")));
    }

    #[test]
    fn direction_marks_are_not_drawn() {
        assert_eq!(one("\u{200F}مرحبا\u{200E}", true), reversed("مرحبا"));
    }

    #[test]
    fn left_to_right_text_is_unchanged() {
        let line = Line::from(vec![Span::raw("Call "), Span::styled("999", Style::new().bold())]);
        assert_eq!(display(vec![line.clone()], false), vec![line]);
        assert_eq!(one("Signs of trafficking (at work)", false), "Signs of trafficking (at work)");
    }

    #[test]
    fn arabic_inside_an_english_line_is_reordered() {
        assert_eq!(one("Language: العربية (ar)", false), format!("Language: {} (ar)", reversed("العربية")));
    }

    #[test]
    fn highlights_stay_on_their_words() {
        let mark = Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        // "the helpline is free": the match "خط" (line) highlighted.
        let line = Line::from(vec![Span::raw("اتصل "), Span::styled("خط", mark), Span::raw(" المساعدة 0800")]);
        let shown = display_line(line, true);
        assert_eq!(text(&shown), format!("0800 {} {} {}", reversed("المساعدة"), reversed("خط"), reversed("اتصل")));
        let marked: Vec<&str> = shown.spans.iter().filter(|s| s.style == mark).map(|s| s.content.as_ref()).collect();
        assert_eq!(marked, [reversed("خط")]);
    }

    #[test]
    fn brackets_are_mirrored_and_marks_stay_after_their_letter() {
        // "(free)" in Arabic: drawn with the brackets swapped, so they still enclose it.
        assert_eq!(one("(مجاني)", true), format!("({})", reversed("مجاني")));
        // A fatha (U+064E) stays after the letter it sits on.
        assert_eq!(one("بَت", true), "تبَ");
    }

    #[test]
    fn a_wrapped_paragraph_is_reordered_line_by_line() {
        let lines = vec![Line::raw("اتصل على"), Line::raw("0800 121 700")];
        let shown: Vec<String> = display(lines, true).iter().map(text).collect();
        assert_eq!(shown, [reversed("اتصل على"), "0800 121 700".to_owned()]);
    }

    #[test]
    fn right_alignment_only_for_right_to_left() {
        let mut lines = vec![Line::raw("a")];
        align(&mut lines, false);
        assert_eq!(lines[0].alignment, None);
        align(&mut lines, true);
        assert_eq!(lines[0].alignment, Some(Alignment::Right));
    }
}
