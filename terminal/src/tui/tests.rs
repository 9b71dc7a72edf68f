//! The app driven key by key against an in-memory terminal: what each
//! screen draws, and that the exits work from every screen.

use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use haven_core::OpenOptions;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::app::{App, Flow};
use crate::open::Session;

struct Harness {
    app: App,
    term: Terminal<TestBackend>,
    now: Instant,
    _dir: tempfile::TempDir,
}

impl Harness {
    fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let options = OpenOptions { region: Some("GB".into()), ..OpenOptions::default() };
        let session = Session { data_dir: dir.path().to_owned(), options, region_flag: None };
        let app = App::new(session.open().unwrap(), session).unwrap();
        let term = Terminal::new(TestBackend::new(100, 40)).unwrap();
        Harness { app, term, now: Instant::now(), _dir: dir }
    }

    fn key(&mut self, code: KeyCode) -> Flow {
        self.now += Duration::from_millis(100);
        let flow = self.app.on_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)), self.now);
        self.draw();
        flow
    }

    fn keys(&mut self, codes: &[KeyCode]) {
        for code in codes {
            assert!(matches!(self.key(*code), Flow::Continue), "{code:?} ended the app");
        }
    }

    fn draw(&mut self) -> String {
        self.term.draw(|f| self.app.draw(f)).unwrap();
        let buffer = self.term.backend().buffer();
        let width = usize::from(buffer.area.width);
        buffer.content().chunks(width).map(|row| row.iter().map(|c| c.symbol()).collect::<String>() + "\n").collect()
    }
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
    // Helplines, the region picker, the language picker, a category, an article.
    let routes: [&[KeyCode]; 5] = [
        &[KeyCode::Char('h')],
        &[KeyCode::Char('r')],
        &[KeyCode::Char('l')],
        &[KeyCode::End, KeyCode::Enter],
        &[KeyCode::End, KeyCode::Enter, KeyCode::Enter],
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
