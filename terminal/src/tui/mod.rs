//! The full-screen app: alternate screen, raw mode, one event loop, and a
//! quick exit that leaves nothing behind.

mod app;
mod chrome;
mod locked;
mod menu;
mod quick_exit;
mod screens;
mod term;
#[cfg(test)]
mod tests;

use std::time::Instant;

use crossterm::event;

use self::app::{App, Flow};
use self::locked::{LockFlow, Locked};
use crate::failure::Failure;
use crate::open::Session;

pub fn run(session: Session) -> Result<(), Failure> {
    // Open before taking over the terminal, so that an error prints normally.
    let haven = session.open()?;
    term::install_panic_hook();
    let mut terminal = term::enter()?;
    if haven.lock_view().locked {
        // The disguise or the code prompt, until the right code is typed.
        let mut locked = Locked::new(&haven);
        let flow = (|| -> std::io::Result<LockFlow> {
            loop {
                terminal.draw(|frame| locked.draw(frame))?;
                let flow = locked.on_event(&haven, event::read()?, Instant::now());
                if !matches!(flow, LockFlow::Continue) {
                    return Ok(flow);
                }
            }
        })();
        match flow {
            Ok(LockFlow::Unlocked) => {}
            Ok(_) => {
                term::wipe();
                haven.lock();
                std::process::exit(0);
            }
            Err(e) => {
                term::wipe();
                haven.lock();
                return Err(e.into());
            }
        }
    }
    let mut app = match App::new(haven, session) {
        Ok(app) => app,
        Err(e) => {
            term::leave();
            return Err(e);
        }
    };

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
