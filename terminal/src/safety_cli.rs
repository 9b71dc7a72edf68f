//! `haven safety ...`: the safety settings from the command line. Every
//! prompt and answer comes from the core's view models (Fluent strings).

use std::io::{BufRead, IsTerminal, Write};

use crossterm::event::{self, Event, KeyCode, KeyEventKind};
use haven_core::safety::{Disguise, SafetyError, UnlockOutcome};
use haven_core::views::SafetyInput;
use haven_core::{Error, Haven};
use zeroize::Zeroizing;

use crate::cli::SafetyAction;
use crate::failure::Failure;

/// The words `disguise` takes, and the one that means "never" to
/// `auto-lock` and `wipe-after` (command-line syntax, the same in every
/// language; the messages around them are translated).
const DISGUISE_WORDS: &str = "none, calculator, notes, weather";
const NEVER: &str = "never";

pub fn run(haven: &Haven, action: &SafetyAction) -> Result<String, Failure> {
    let current = unlock(haven)?;
    apply(haven, action, current).map_err(|e| failure(haven, e))?;
    Ok(format!("{}\n", haven.safety_view()?.saved))
}

/// Why an action failed: the safety layer's refusals in the user's
/// language, anything else as the core words it.
enum Refused {
    Core(Error),
    Shell(Failure),
}

impl From<Error> for Refused {
    fn from(e: Error) -> Self {
        Refused::Core(e)
    }
}

impl From<Failure> for Refused {
    fn from(f: Failure) -> Self {
        Refused::Shell(f)
    }
}

fn failure(haven: &Haven, refused: Refused) -> Failure {
    match refused {
        Refused::Core(Error::Safety(e)) => Failure(haven.safety_failure_text(&e)),
        Refused::Core(e) => e.into(),
        Refused::Shell(f) => f,
    }
}

fn apply(haven: &Haven, action: &SafetyAction, current: Option<Zeroizing<String>>) -> Result<(), Refused> {
    let view = haven.safety_view()?;
    let mut settings = haven.safety_settings();
    match action {
        SafetyAction::SetCode { protect_key } => {
            let new = read_twice(&view.unlock_code.label, &view.code_mismatch)?;
            haven.set_unlock_code(current.as_deref().map(String::as_str), &new, *protect_key)?;
        }
        SafetyAction::ClearCode => {
            let current = current.ok_or(Error::Safety(SafetyError::NoUnlockCode))?;
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
                    Failure(haven.safety_input_text(SafetyInput::UnknownDisguise { choices: DISGUISE_WORDS }))
                })?;
            haven.set_safety_settings(settings)?;
        }
        SafetyAction::AutoLock { after } => {
            settings.auto_lock_after_secs = number_or_never(haven, after)?;
            haven.set_safety_settings(settings)?;
        }
        SafetyAction::WipeAfter { failures } => {
            settings.wipe_after_failures = number_or_never(haven, failures)?;
            haven.set_safety_settings(settings)?;
        }
        SafetyAction::Wipe => haven.wipe()?,
    }
    Ok(())
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

fn number_or_never(haven: &Haven, text: &str) -> Result<Option<u32>, Failure> {
    if text == NEVER {
        return Ok(None);
    }
    text.parse().map(Some).map_err(|_| Failure(haven.safety_input_text(SafetyInput::NotANumber { never: NEVER })))
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
