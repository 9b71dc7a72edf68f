//! haven-hub: the NGO side of Haven. For now it checks and builds content
//! packs from a source folder; signing, publishing and report intake follow.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use haven_core::content::source::build_pack;

#[derive(Parser)]
#[command(name = "haven-hub", version, about = "Haven for NGOs: check and build content packs")]
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
    }
}
