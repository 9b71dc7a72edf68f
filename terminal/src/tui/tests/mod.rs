//! The app driven key by key against an in-memory terminal: what each
//! screen draws, and that the exits work from every screen.

mod reports;
mod rtl;
mod search;

use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use haven_core::OpenOptions;
use haven_core::views::ShellStrings;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Cell;
use ratatui::style::Modifier;

use super::app::{App, Flow};
use crate::open::Session;

struct Harness {
    app: App,
    term: Terminal<TestBackend>,
    now: Instant,
    /// The UI strings the app started with, to look for on screen.
    shell: ShellStrings,
    _dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Self {
        Self::in_language(None)
    }

    /// The app for Great Britain, in `language` for this session when given.
    fn in_language(language: Option<&str>) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let options = OpenOptions {
            region: Some("GB".into()),
            language_override: language.map(str::to_owned),
            ..OpenOptions::default()
        };
        let session = Session { data_dir: dir.path().to_owned(), options, region_flag: None };
        let haven = session.open().unwrap();
        let shell = haven.shell_strings().unwrap();
        let app = App::new(haven, session).unwrap();
        let term = Terminal::new(TestBackend::new(100, 40)).unwrap();
        Harness { app, term, now: Instant::now(), shell, _dir: dir }
    }

    fn key(&mut self, code: KeyCode) -> Flow {
        self.key_with(code, KeyModifiers::NONE)
    }

    fn key_with(&mut self, code: KeyCode, modifiers: KeyModifiers) -> Flow {
        self.now += Duration::from_millis(100);
        let flow = self.app.on_event(Event::Key(KeyEvent::new(code, modifiers)), self.now);
        self.draw();
        flow
    }

    fn keys(&mut self, codes: &[KeyCode]) {
        for code in codes {
            assert!(matches!(self.key(*code), Flow::Continue), "{code:?} ended the app");
        }
    }

    /// Types `text` one key at a time.
    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            assert!(matches!(self.key(KeyCode::Char(c)), Flow::Continue), "{c:?} ended the app");
        }
    }

    fn draw(&mut self) -> String {
        self.rows().into_iter().map(|row| row.iter().map(Cell::symbol).collect::<String>() + "\n").collect()
    }

    /// The screen's cells, row by row.
    fn rows(&mut self) -> Vec<Vec<Cell>> {
        self.term.draw(|f| self.app.draw(f)).unwrap();
        let buffer = self.term.backend().buffer();
        buffer.content().chunks(usize::from(buffer.area.width)).map(<[Cell]>::to_vec).collect()
    }
}

/// The highlighted words on screen: runs of underlined cells on rows that
/// also have text not underlined (headings are underlined whole).
fn highlighted(rows: &[Vec<Cell>]) -> Vec<String> {
    let underlined = |c: &Cell| c.modifier.contains(Modifier::UNDERLINED);
    let mut words = Vec::new();
    for row in rows {
        if !row.iter().any(|c| !underlined(c) && c.symbol().trim() != "") {
            continue;
        }
        let mut word = String::new();
        for cell in row {
            if underlined(cell) {
                word.push_str(cell.symbol());
            } else if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        words.extend((!word.is_empty()).then_some(word));
    }
    words
}

fn assert_chrome(screen: &str) {
    assert!(screen.starts_with(" Haven "), "{screen}");
    assert!(screen.contains("Esc"), "quick-exit hint missing:\n{screen}");
}

#[test]
fn every_screen_has_the_chrome_and_the_exits() {
    let mut h = Harness::new();
    let home = h.draw();
    assert_chrome(&home);
    assert!(home.contains("999"), "{home}");
    // Helplines, the region picker, the language picker, a category, an
    // article, search (empty and typed in).
    let routes: [&[KeyCode]; 7] = [
        &[KeyCode::Char('h')],
        &[KeyCode::Char('r')],
        &[KeyCode::Char('l')],
        &[KeyCode::End, KeyCode::Enter],
        &[KeyCode::End, KeyCode::Enter, KeyCode::Enter],
        &[KeyCode::Char('/')],
        &[KeyCode::Char('/'), KeyCode::Char('h'), KeyCode::Char('e'), KeyCode::Char('l'), KeyCode::Char('p')],
    ];
    for route in routes {
        let mut h = Harness::new();
        h.keys(route);
        let before = h.draw();
        assert_chrome(&before);
        assert_ne!(before, home, "{route:?} changed screen");
        assert!(matches!(h.key(KeyCode::Esc), Flow::Continue));
        assert_eq!(h.draw(), before, "one Esc shows nothing");
        assert!(matches!(h.key(KeyCode::Esc), Flow::QuickExit));
        assert!(matches!(h.key(KeyCode::F(12)), Flow::QuickExit));
    }
}

#[test]
fn helplines_list_the_emergency_number_first() {
    let mut h = Harness::new();
    h.keys(&[KeyCode::Char('h')]);
    let screen = h.draw();
    let emergency = screen.find("999").unwrap();
    let helpline = screen.find("08000 121 700").expect("the Modern Slavery Helpline");
    assert!(emergency < helpline, "{screen}");
}

#[test]
fn choosing_a_language_redraws_every_screen_in_it() {
    let mut h = Harness::new();
    h.keys(&[KeyCode::Char('h')]);
    let english = h.draw();
    h.keys(&[KeyCode::Char('l'), KeyCode::Home, KeyCode::Down, KeyCode::Enter]);
    let albanian = h.draw();
    assert!(!english.contains("Shërbimet e urgjencës"), "{english}");
    assert!(albanian.contains("Shërbimet e urgjencës"), "back on helplines, in Albanian:\n{albanian}");
    h.keys(&[KeyCode::Backspace]);
    let home = h.draw();
    assert!(home.contains("Shërbimet e urgjencës"), "home is in Albanian too:\n{home}");
}

#[test]
fn back_stops_at_home_and_q_quits() {
    let mut h = Harness::new();
    let home = h.draw();
    h.keys(&[KeyCode::Char('h'), KeyCode::Backspace, KeyCode::Left, KeyCode::Backspace]);
    assert_eq!(h.draw(), home);
    assert!(matches!(h.key(KeyCode::Char('q')), Flow::Quit));
}
