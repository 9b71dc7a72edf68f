//! haven-hub: the NGO side of Haven: content packs, report intake and the
//! export of received reports.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use haven_core::content::source::build_pack;
use haven_hub::intake::IntakeLimits;
use haven_hub::reports::ExportFormat;

#[derive(Parser)]
#[command(name = "haven-hub", version, about = "Haven for NGOs: content packs, report intake and export")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a content source folder and report every problem with its file and line.
    Check {
        /// The content folder (pack.toml, articles/, helplines/).
        content_dir: PathBuf,
    },
    /// Build a content source folder into a canonical pack file.
    Build {
        content_dir: PathBuf,
        /// Where to write the pack (JSON).
        #[arg(long)]
        out: PathBuf,
    },
    /// Receive sealed reports on POST /v1/reports and store them in DB (created if missing).
    Intake {
        /// The report database (SQLite; envelopes stay sealed).
        db: PathBuf,
        /// Address to listen on, e.g. 127.0.0.1:8443 behind a TLS proxy.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: String,
        /// Header a reverse proxy on this machine sets to the client's address (e.g. X-Real-IP).
        #[arg(long)]
        client_ip_header: Option<String>,
    },
    /// List or export received reports.
    Reports {
        #[command(subcommand)]
        command: ReportsCommand,
    },
}

#[derive(Subcommand)]
enum ReportsCommand {
    /// Reference, received time and size of every stored report (nothing is decrypted).
    List {
        #[arg(long)]
        db: PathBuf,
    },
    /// Decrypt with the helpline's age identity file and export every report.
    Export {
        #[arg(long)]
        db: PathBuf,
        /// The helpline's age identity file (AGE-SECRET-KEY-1...).
        #[arg(long)]
        identity: PathBuf,
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write here (created owner-only) instead of to standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), String> {
    match cli.command {
        Command::Check { content_dir } => {
            let pack = build_pack(&content_dir).map_err(|errors| errors.to_string())?;
            let texts: usize = pack.articles.iter().map(|a| a.texts.len()).sum();
            println!(
                "ok: pack {} version {}: {} articles ({} texts), {} helplines",
                pack.id,
                pack.version,
                pack.articles.len(),
                texts,
                pack.helplines.len()
            );
            Ok(())
        }
        Command::Build { content_dir, out } => {
            let pack = build_pack(&content_dir).map_err(|errors| errors.to_string())?;
            let bytes = pack.to_canonical_bytes().map_err(|e| e.to_string())?;
            std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            println!("wrote {} ({} bytes)", out.display(), bytes.len());
            Ok(())
        }
        Command::Intake { db, listen, client_ip_header } => {
            let limits = IntakeLimits { client_ip_header, ..IntakeLimits::default() };
            haven_hub::intake::run_cli(&db, &listen, limits).map_err(|e| e.to_string())
        }
        Command::Reports { command: ReportsCommand::List { db } } => {
            haven_hub::reports::run_list(&db).map_err(|e| e.to_string())
        }
        Command::Reports { command: ReportsCommand::Export { db, identity, format, out } } => {
            haven_hub::reports::run_export(&db, &identity, format, out.as_deref()).map_err(|e| e.to_string())
        }
    }
}
