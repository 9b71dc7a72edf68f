//! Arabic: every line drawn in display order, on the right.

use super::*;

fn reversed(s: &str) -> String {
    s.chars().rev().collect()
}

fn arabic() -> Harness {
    Harness::in_language(Some("ar"))
}

#[test]
fn arabic_chrome_and_home_read_from_the_right() {
    let mut h = arabic();
    let screen = h.draw();
    let rows: Vec<&str> = screen.lines().collect();
    assert!(rows[0].trim_end().ends_with("│ Haven"), "the app's name on the right:\n{screen}");
    // The home entry for search, right-aligned, its word reversed for display.
    let search = rows.iter().find(|r| r.contains(&reversed(&h.shell.search))).expect("search on home");
    assert!(search.trim_end().len() + 4 >= search.len(), "right-aligned: {search:?}");
    // The quick-exit hint: Arabic reversed, "Esc" and "F12" left to right,
    // and "Esc" (said first) to the right of "F12".
    let hint = rows[rows.len() - 2];
    assert!(hint.trim_end().ends_with(&reversed("للخروج")), "{hint:?}");
    assert!(hint.find("F12").unwrap() < hint.find("Esc").unwrap(), "{hint:?}");
}

#[test]
fn english_results_stay_readable_in_an_arabic_search() {
    let mut h = arabic();
    h.keys(&[KeyCode::Char('/')]);
    h.type_text("salvation");
    let screen = h.draw();
    assert!(screen.contains(&reversed("خطوط المساعدة")), "the group label in Arabic:\n{screen}");
    let title = screen.lines().find(|l| l.contains("The Salvation Army modern slavery helpline")).expect("the hit");
    assert!(title.trim_end().ends_with('‹'), "the mark on the right, pointing at the text: {title:?}");
    assert!(highlighted(&h.rows()).contains(&"Salvation".to_owned()), "{screen}");
}

#[test]
fn arabic_typed_in_the_field_reads_from_the_right() {
    let mut h = arabic();
    h.keys(&[KeyCode::Char('/')]);
    h.type_text("خط 0800 121 700");
    let screen = h.draw();
    let expected = format!("0800 121 700 {}│", reversed("خط"));
    assert!(screen.contains(&expected), "{expected:?} in\n{screen}");
}
