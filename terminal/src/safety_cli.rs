//! `haven safety ...`: the safety settings from the command line. Every
//! prompt and answer comes from the core's view models (Fluent strings).

use std::io::{BufRead, IsTerminal, Write};

use crossterm::event::{self, Event, KeyCode, KeyEventKind};
use haven_core::safety::{Disguise, UnlockOutcome};
use haven_core::{Error, Haven};
use zeroize::Zeroizing;

use crate::cli::SafetyAction;
use crate::failure::Failure;

pub fn run(haven: &Haven, action: &SafetyAction) -> Result<String, Failure> {
    let current = unlock(haven)?;
    let view = haven.safety_view()?;
    let mut settings = haven.safety_settings();
    match action {
        SafetyAction::SetCode { protect_key } => {
            let new = read_twice(&view.unlock_code.label, &view.code_mismatch)?;
            haven.set_unlock_code(current.as_deref().map(String::as_str), &new, *protect_key)?;
        }
        SafetyAction::ClearCode => {
            let current = current.ok_or_else(|| Failure("no unlock code is set".into()))?;
            haven.clear_unlock_code(&current)?;
        }
        SafetyAction::SetDuress => {
            let code = read_twice(&view.duress_code.label, &view.code_mismatch)?;
            haven.set_duress_code(Some(&code))?;
        }
        SafetyAction::ClearDuress => haven.set_duress_code(None)?,
        SafetyAction::Disguise { id } => {
            settings.disguise =
                Disguise::from_id(id).or((id == "none").then_some(Disguise::None)).ok_or_else(|| {
                    Failure(format!("unknown disguise {id:?}: choose none, calculator, notes or weather"))
                })?;
            haven.set_safety_settings(settings)?;
        }
        SafetyAction::AutoLock { after } => {
            settings.auto_lock_after_secs = number_or_never(after)?;
            haven.set_safety_settings(settings)?;
        }
        SafetyAction::WipeAfter { failures } => {
            settings.wipe_after_failures = number_or_never(failures)?;
            haven.set_safety_settings(settings)?;
        }
        SafetyAction::Wipe => haven.wipe()?,
    }
    Ok(format!("{}\n", haven.safety_view()?.saved))
}

/// Opens a locked Haven with its code; returns the code, which changing
/// or removing it needs.
fn unlock(haven: &Haven) -> Result<Option<Zeroizing<String>>, Failure> {
    if !haven.lock_view().locked {
        return Ok(None);
    }
    let code = read_code(&haven.unlock_view(None).title)?;
    match haven.unlock(&code) {
        Ok(UnlockOutcome::Unlocked) => Ok(Some(code)),
        Ok(outcome) => Err(Failure(haven.unlock_view(Some(outcome)).message.unwrap_or_default())),
        Err(Error::Safety(_)) => {
            Err(Failure(haven.unlock_view(Some(UnlockOutcome::WrongCode { wait_secs: 0 })).message.unwrap_or_default()))
        }
        Err(e) => Err(e.into()),
    }
}

fn number_or_never(text: &str) -> Result<Option<u32>, Failure> {
    if text == "never" {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| Failure(format!("{text:?} is not a number of seconds or `never`")))
}

fn read_twice(label: &str, mismatch: &str) -> Result<Zeroizing<String>, Failure> {
    let first = read_code(label)?;
    let second = read_code(label)?;
    if first != second {
        return Err(Failure(mismatch.to_owned()));
    }
    Ok(first)
}

/// A code from the keyboard without echo, or a line from a pipe.
fn read_code(label: &str) -> Result<Zeroizing<String>, Failure> {
    let mut out = std::io::stderr();
    write!(out, "{label}: ")?;
    out.flush()?;
    let mut code = Zeroizing::new(String::new());
    if !std::io::stdin().is_terminal() {
        std::io::stdin().lock().read_line(&mut code)?;
        let trimmed = Zeroizing::new(code.trim().to_owned());
        writeln!(out)?;
        return Ok(trimmed);
    }
    crossterm::terminal::enable_raw_mode()?;
    let result = (|| -> std::io::Result<()> {
        loop {
            if let Event::Key(key) = event::read()?
                && key.kind != KeyEventKind::Release
            {
                match key.code {
                    KeyCode::Enter => return Ok(()),
                    KeyCode::Backspace => {
                        code.pop();
                    }
                    KeyCode::Char(c) if code.len() < 32 => code.push(c),
                    KeyCode::Esc => return Err(std::io::Error::other("cancelled")),
                    _ => {}
                }
            }
        }
    })();
    crossterm::terminal::disable_raw_mode()?;
    writeln!(out)?;
    result?;
    Ok(code)
}
