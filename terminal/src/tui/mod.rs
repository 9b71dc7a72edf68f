//! The full-screen app: alternate screen, raw mode, one event loop, and a
//! quick exit that leaves nothing behind.

mod app;
mod chrome;
mod menu;
mod quick_exit;
mod screens;
mod term;
#[cfg(test)]
mod tests;

use std::time::Instant;

use crossterm::event;

use self::app::{App, Flow};
use crate::failure::Failure;
use crate::open::Session;

pub fn run(session: Session) -> Result<(), Failure> {
    // Open before taking over the terminal, so that an error prints normally.
    let haven = session.open()?;
    let mut app = App::new(haven, session)?;
    term::install_panic_hook();
    let mut terminal = term::enter()?;
    let result = (|| -> std::io::Result<Flow> {
        loop {
            terminal.draw(|frame| app.draw(frame))?;
            let flow = app.on_event(event::read()?, Instant::now());
            if !matches!(flow, Flow::Continue) {
                return Ok(flow);
            }
        }
    })();
    match result {
        Ok(Flow::QuickExit) => {
            // The screen first: it is what someone looking can see.
            term::wipe();
            app.close();
            std::process::exit(0);
        }
        Ok(_) => {
            term::leave();
            app.close();
            Ok(())
        }
        Err(e) => {
            term::wipe();
            app.close();
            Err(e.into())
        }
    }
}
