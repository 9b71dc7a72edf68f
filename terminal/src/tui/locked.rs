//! What the terminal shows while Haven is locked: the disguise calculator
//! or a plain code prompt, drawn from the core's view models. Nothing here
//! says "Haven": someone looking sees a calculator, or a code box.

use std::time::Instant;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use haven_core::Haven;
use haven_core::i18n::Direction;
use haven_core::safety::calculator::CalcKey;
use haven_core::safety::{Cover, UnlockOutcome};
use haven_core::views::{CalculatorView, UnlockView};
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use zeroize::Zeroizing;

use crate::render::bidi;
use crate::render::wrap::wrap;

use super::quick_exit::QuickExit;

pub enum LockFlow {
    Continue,
    Unlocked,
    QuickExit,
}

enum Mode {
    Calculator(CalculatorView),
    Prompt { view: UnlockView, typed: Zeroizing<String> },
}

pub struct Locked {
    mode: Mode,
    quick_exit: QuickExit,
}

impl Locked {
    pub fn new(haven: &Haven) -> Locked {
        let mode = match haven.lock_view().cover {
            Cover::Calculator => Mode::Calculator(haven.calculator()),
            // Notes and weather covers are phone screens; a terminal asks for the code.
            _ => Mode::Prompt { view: haven.unlock_view(None), typed: Zeroizing::new(String::new()) },
        };
        Locked { mode, quick_exit: QuickExit::default() }
    }

    pub fn on_event(&mut self, haven: &Haven, event: Event, now: Instant) -> LockFlow {
        let Event::Key(key) = event else { return LockFlow::Continue };
        if key.kind == KeyEventKind::Release {
            return LockFlow::Continue;
        }
        let ctrl_c = key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        if key.code == KeyCode::F(12) || ctrl_c {
            return LockFlow::QuickExit;
        }
        if key.code == KeyCode::Esc {
            return if self.quick_exit.esc(now) { LockFlow::QuickExit } else { LockFlow::Continue };
        }
        match &mut self.mode {
            Mode::Calculator(view) => {
                let Some(calc_key) = calculator_key(key) else { return LockFlow::Continue };
                *view = haven.calculator_press(calc_key);
                if view.unlocked { LockFlow::Unlocked } else { LockFlow::Continue }
            }
            Mode::Prompt { view, typed } => match key.code {
                KeyCode::Char(c) if c.is_ascii_digit() && typed.len() < view.max_digits => {
                    typed.push(c);
                    LockFlow::Continue
                }
                KeyCode::Backspace => {
                    typed.pop();
                    LockFlow::Continue
                }
                KeyCode::Enter => {
                    let outcome = haven.unlock(typed);
                    typed.clear();
                    match outcome {
                        Ok(UnlockOutcome::Unlocked) => LockFlow::Unlocked,
                        Ok(other) => {
                            *view = haven.unlock_view(Some(other));
                            LockFlow::Continue
                        }
                        // A malformed code (too short) reads as a wrong one.
                        Err(_) => {
                            *view = haven.unlock_view(Some(UnlockOutcome::WrongCode { wait_secs: 0 }));
                            LockFlow::Continue
                        }
                    }
                }
                _ => LockFlow::Continue,
            },
        }
    }

    pub fn draw(&self, frame: &mut Frame<'_>) {
        match &self.mode {
            Mode::Calculator(view) => draw_calculator(frame, view),
            Mode::Prompt { view, typed } => draw_prompt(frame, view, typed.len()),
        }
    }
}

/// Keyboard to calculator keys: the keys a desktop calculator accepts.
fn calculator_key(key: KeyEvent) -> Option<CalcKey> {
    match key.code {
        KeyCode::Enter => Some(CalcKey::Equals),
        KeyCode::Backspace => Some(CalcKey::Backspace),
        KeyCode::Delete => Some(CalcKey::Clear),
        KeyCode::Char('M') => Some(CalcKey::MemoryAdd),
        KeyCode::Char('N') => Some(CalcKey::MemorySubtract),
        KeyCode::Char('R') => Some(CalcKey::MemoryRecall),
        KeyCode::Char('Z') => Some(CalcKey::MemoryClear),
        KeyCode::Char(c) => CalcKey::from_char(c),
        _ => None,
    }
}

const KEY_WIDTH: u16 = 7;

fn draw_calculator(frame: &mut Frame<'_>, view: &CalculatorView) {
    let width = KEY_WIDTH * 4 + 2;
    let height = 3 + view.rows.len() as u16 + 2;
    let area = centered(frame.area(), width, height);
    let title = bidi::display_line(Line::from(view.title.clone()), view.locale.direction == Direction::Rtl);
    let block = Block::default().borders(Borders::ALL).title(title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [display, keys] = Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(inner);
    let memory = if view.memory { "M" } else { " " };
    let lines = vec![
        Line::from(memory).alignment(Alignment::Left),
        Line::styled(view.display.clone(), Style::new().add_modifier(Modifier::BOLD)).alignment(Alignment::Right),
    ];
    frame.render_widget(Paragraph::new(lines), display);
    let rows: Vec<Line<'_>> = view
        .rows
        .iter()
        .map(|row| {
            Line::from(
                row.iter()
                    .map(|button| {
                        let style =
                            if button.active { Style::new().add_modifier(Modifier::REVERSED) } else { Style::new() };
                        Span::styled(format!("{:^w$}", button.label, w = KEY_WIDTH as usize), style)
                    })
                    .collect::<Vec<_>>(),
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(rows), keys);
}

fn draw_prompt(frame: &mut Frame<'_>, view: &UnlockView, typed: usize) {
    let area = centered(frame.area(), 40, 7);
    let rtl = view.locale.direction == Direction::Rtl;
    let block = Block::default().borders(Borders::ALL).title(bidi::display_line(Line::from(view.title.clone()), rtl));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = vec![Line::from(format!("{}: {}", view.code_label, "•".repeat(typed))), Line::from("")];
    if let Some(message) = &view.message {
        lines.push(Line::styled(message.clone(), Style::new().add_modifier(Modifier::BOLD)));
    }
    lines.push(Line::styled(format!("Enter: {}", view.submit), Style::new().add_modifier(Modifier::DIM)));
    let width = usize::from(inner.width).max(1);
    let lines: Vec<Line<'static>> = lines
        .into_iter()
        .flat_map(|line| {
            let mut shown = bidi::display(wrap(&line.spans, width, &[], &[]), rtl);
            bidi::align(&mut shown, rtl);
            shown.into_iter().map(move |l| l.patch_style(line.style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn centered(area: ratatui::layout::Rect, width: u16, height: u16) -> ratatui::layout::Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    ratatui::layout::Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use haven_core::safety::{Disguise, KdfCost, SafetySettings};
    use haven_core::{MemorySecretStore, OpenOptions};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    use super::*;

    fn disguised(dir: &std::path::Path) -> Haven {
        let options = OpenOptions { code_cost: KdfCost::TESTING, ..OpenOptions::default() };
        let secrets = Arc::new(MemorySecretStore::new());
        let haven = Haven::open(dir, secrets.clone(), options.clone()).unwrap();
        haven.set_region(Some("AL")).unwrap();
        haven.set_unlock_code(None, "2468", false).unwrap();
        haven.set_duress_code(Some("1357")).unwrap();
        haven
            .set_safety_settings(SafetySettings { disguise: Disguise::Calculator, ..SafetySettings::default() })
            .unwrap();
        haven.lock();
        haven
    }

    fn press(locked: &mut Locked, haven: &Haven, keys: &str) -> LockFlow {
        let mut flow = LockFlow::Continue;
        let mut now = Instant::now();
        for c in keys.chars() {
            now += Duration::from_millis(50);
            let code = if c == '\n' { KeyCode::Enter } else { KeyCode::Char(c) };
            flow = locked.on_event(haven, Event::Key(KeyEvent::new(code, KeyModifiers::NONE)), now);
        }
        flow
    }

    fn screen(locked: &Locked) -> String {
        let mut term = Terminal::new(TestBackend::new(60, 20)).unwrap();
        term.draw(|f| locked.draw(f)).unwrap();
        term.backend().buffer().content().iter().map(|c| c.symbol()).collect()
    }

    #[test]
    fn the_calculator_does_sums_and_opens_on_the_code() {
        let dir = tempfile::tempdir().unwrap();
        let haven = disguised(dir.path());
        let mut locked = Locked::new(&haven);
        assert!(matches!(press(&mut locked, &haven, "12+3*4="), LockFlow::Continue));
        let text = screen(&locked);
        assert!(text.contains("Calculator") && text.contains("24"), "{text}");
        assert!(!text.contains("Haven"), "nothing on screen gives Haven away");
        assert!(matches!(press(&mut locked, &haven, "c2468\n"), LockFlow::Unlocked));
        assert_eq!(haven.home().unwrap().region.unwrap().code, "AL");
    }

    #[test]
    fn the_duress_code_opens_a_wiped_haven_and_esc_twice_leaves() {
        let dir = tempfile::tempdir().unwrap();
        let haven = disguised(dir.path());
        let mut locked = Locked::new(&haven);
        assert!(matches!(press(&mut locked, &haven, "1357="), LockFlow::Unlocked));
        assert!(haven.home().unwrap().region.is_none(), "the saved country went with the wipe");

        haven.lock();
        let mut locked = Locked::new(&haven);
        let now = Instant::now();
        let esc = Event::Key(KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE));
        assert!(matches!(locked.on_event(&haven, esc.clone(), now), LockFlow::Continue));
        assert!(matches!(locked.on_event(&haven, esc, now + Duration::from_millis(200)), LockFlow::QuickExit));
    }
}
