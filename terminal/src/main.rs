//! `haven`: Haven's desktop shell. With a terminal it opens the full-screen
//! app; `haven print <screen>` (or no terminal) writes a screen as text.

mod cli;
mod failure;
mod locale_env;
mod open;
mod print;
mod render;
mod report_cli;
mod safety_cli;
mod sync_cli;
mod tui;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command, Screen};
use crate::failure::Failure;
use crate::open::Session;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("haven: {failure}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: &Cli) -> Result<(), Failure> {
    let session = Session::from_cli(cli)?;
    let screen = match &cli.command {
        Some(Command::Print { screen }) => screen,
        Some(Command::Sync { url, all, .. }) => {
            let haven = session.open()?;
            let result = sync_cli::run(&haven, url.as_deref(), *all);
            haven.close();
            return write_stdout(&result?);
        }
        Some(Command::Report { action }) => {
            let haven = session.open()?;
            let result = report_cli::run(&haven, action, cli.format);
            haven.close();
            return write_stdout(&result?);
        }
        Some(Command::Safety { action }) => {
            let haven = session.open()?;
            let result = safety_cli::run(&haven, action);
            haven.lock();
            return write_stdout(&result?);
        }

        None if std::io::stdout().is_terminal() => return tui::run(session),
        None => &Screen::Home,
    };
    let haven = session.open()?;
    let output = print::screen(&haven, screen, cli.format, session.region_flag.as_deref());
    haven.close();
    write_stdout(&output?)
}

/// Writes to stdout; a reader that went away (`| head`) is not an error.
fn write_stdout(text: &str) -> Result<(), Failure> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
