//! The search screen: typing searches, matches are highlighted, Enter opens
//! a result, and letters, Backspace and the exits behave in the text field.

use super::*;

/// The app on the search screen with `text` typed.
fn searching(text: &str) -> Harness {
    let mut h = Harness::new();
    h.keys(&[KeyCode::Char('/')]);
    h.type_text(text);
    h
}

/// The text of the selected entry's first line, without its mark.
fn chosen(screen: &str) -> String {
    let line = screen.lines().find(|l| l.trim_start().starts_with('›')).expect("an entry is selected");
    line.trim_start().trim_start_matches('›').trim().to_owned()
}

#[test]
fn typing_shows_results_in_groups_with_matches_highlighted() {
    let mut h = searching("helpline");
    let screen = h.draw();
    assert!(screen.contains("│helpline"), "the field shows the text:\n{screen}");
    assert!(screen.contains("results") && screen.contains("Articles"), "{screen}");
    let words = highlighted(&h.rows());
    assert!(words.len() > 3, "{words:?}\n{screen}");
    assert!(words.iter().all(|w| w.to_lowercase().starts_with("helpline")), "only the matches: {words:?}");
    // The helplines come after the articles.
    h.keys(&[KeyCode::PageDown, KeyCode::PageDown, KeyCode::PageDown, KeyCode::PageDown]);
    let further = h.draw();
    assert!(
        further.contains("Helplines") && further.contains("The Salvation Army modern slavery helpline"),
        "{further}"
    );
}

#[test]
fn salvation_finds_its_helpline_and_enter_opens_the_helplines() {
    let mut h = searching("salvation");
    let screen = h.draw();
    assert!(screen.contains("Helplines"), "{screen}");
    assert_eq!(chosen(&screen), "The Salvation Army modern slavery helpline");
    assert!(highlighted(&h.rows()).contains(&"Salvation".to_owned()), "{screen}");
    h.keys(&[KeyCode::Enter]);
    let helplines = h.draw();
    assert!(helplines.contains("999") && helplines.contains("08000 121 700"), "{helplines}");
    assert!(!helplines.contains("│salvation"), "the search screen is left:\n{helplines}");
}

#[test]
fn enter_opens_the_chosen_article_and_back_returns_to_the_results() {
    let mut h = searching("helpline");
    h.keys(&[KeyCode::Down]);
    let results = h.draw();
    let title = chosen(&results);
    h.keys(&[KeyCode::Enter]);
    let article = h.draw();
    let first_row = article.lines().nth(2).unwrap_or_default();
    assert_eq!(first_row.trim(), title, "the article opens with its title:\n{article}");
    h.keys(&[KeyCode::Backspace]);
    assert_eq!(h.draw(), results, "back to the same results");
}

#[test]
fn query_syntax_is_only_text() {
    let mut h = searching("\"AND OR * : NEAR(");
    let screen = h.draw();
    assert!(!screen.contains(&h.shell.error_generic), "{screen}");
    assert!(screen.contains("result") || screen.contains("Nothing found"), "{screen}");
    let mut h = searching("zzqxw");
    assert!(h.draw().contains("Nothing found"));
}

#[test]
fn letters_are_text_and_backspace_goes_back_once_the_field_is_empty() {
    let mut h = Harness::new();
    let home = h.draw();
    // Home lists search too.
    h.keys(&[KeyCode::Down, KeyCode::Enter]);
    h.type_text("qhlr/");
    let screen = h.draw();
    assert!(screen.contains("│qhlr/"), "app keys are typed:\n{screen}");
    h.keys(&[KeyCode::Backspace, KeyCode::Left, KeyCode::Backspace, KeyCode::Backspace, KeyCode::Backspace]);
    let screen = h.draw();
    assert!(screen.contains("│q"), "Left does not go back while there is text:\n{screen}");
    h.keys(&[KeyCode::Backspace]);
    assert!(h.draw().contains("Search articles and helplines"), "empty: the placeholder");
    h.keys(&[KeyCode::Backspace]);
    assert_eq!(h.draw(), home.replacen("› Your", "  Your", 1).replacen("  Search", "› Search", 1));
    // Shortcuts from Alt and Ctrl are not text.
    h.keys(&[KeyCode::Enter]);
    h.key_with(KeyCode::Char('x'), KeyModifiers::ALT);
    assert!(h.draw().contains("Search articles and helplines"));
}

#[test]
fn quick_exit_works_from_the_text_field() {
    for text in ["", "helpline"] {
        let mut h = searching(text);
        let before = h.draw();
        assert!(matches!(h.key(KeyCode::Esc), Flow::Continue));
        assert_eq!(h.draw(), before, "one Esc changes nothing, the text stays");
        assert!(matches!(h.key(KeyCode::Esc), Flow::QuickExit), "Esc twice leaves from {text:?}");
    }
    // Typing between the two presses does not disarm it.
    let mut h = searching("help");
    h.key(KeyCode::Esc);
    h.type_text("l");
    assert!(matches!(h.key(KeyCode::Esc), Flow::QuickExit));
    assert!(matches!(searching("help").key(KeyCode::F(12)), Flow::QuickExit));
    assert!(matches!(searching("help").key_with(KeyCode::Char('c'), KeyModifiers::CONTROL), Flow::QuickExit));
}
