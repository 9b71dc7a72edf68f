//! The terminal: entering the full-screen mode, leaving it normally, and
//! wiping it on a quick exit or a crash so that nothing of Haven stays on
//! screen or in the scrollback.

use std::io::{Stdout, Write, stdout};

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::execute;
use crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Erases the scrollback (xterm's `ED 3`; crossterm's `ClearType::Purge`).
const CLEAR_SCROLLBACK: &[u8] = b"\x1b[3J";
/// ECMA-48's bidi support mode (BDSM). The app puts right-to-left text in
/// display order itself (`render/bidi.rs`), so a terminal that runs the
/// bidi algorithm (VTE, for one) must not reorder it again: explicit mode
/// while Haven runs, the default implicit mode after. Others ignore both.
const BIDI_EXPLICIT: &[u8] = b"\x1b[8l";
const BIDI_IMPLICIT: &[u8] = b"\x1b[8h";

pub fn enter() -> std::io::Result<Term> {
    enable_raw_mode()?;
    if let Err(e) = execute!(stdout(), EnterAlternateScreen, Hide) {
        let _ = disable_raw_mode();
        return Err(e);
    }
    stdout().write_all(BIDI_EXPLICIT)?;
    Terminal::new(CrosstermBackend::new(stdout()))
}

/// Leaves the full-screen mode the ordinary way (`q`).
pub fn leave() {
    let _ = stdout().write_all(BIDI_IMPLICIT);
    let _ = execute!(stdout(), Show, LeaveAlternateScreen);
    let _ = disable_raw_mode();
}

/// Leaves leaving nothing: the alternate screen cleared, then the normal
/// screen and its scrollback cleared too, cursor home. Best effort, never
/// fails, prints no content.
pub fn wipe() {
    let mut out = stdout();
    let _ = execute!(out, Clear(ClearType::All), MoveTo(0, 0));
    let _ = out.write_all(CLEAR_SCROLLBACK);
    // Clear(All) first: some terminals move the cleared screen into the
    // scrollback, which the next line then erases.
    let _ = execute!(out, LeaveAlternateScreen, Clear(ClearType::All), MoveTo(0, 0), Show);
    let _ = out.write_all(CLEAR_SCROLLBACK);
    let _ = out.write_all(BIDI_IMPLICIT);
    let _ = out.flush();
    let _ = disable_raw_mode();
}

/// On a panic: wipe the terminal and print nothing (the message could
/// quote what was on screen). The process then ends with the panic's code.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|_| wipe()));
}
