//! haven-hub: the NGO side of Haven. A thin command-line front: each
//! command's work lives in the library's modules.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use haven_core::content::source::build_pack;
use haven_hub::{keys, preview, serve};

#[derive(Parser)]
#[command(name = "haven-hub", version, about = "Haven for NGOs: keys, content packs, preview and a development server")]
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
    /// Make a key pair: PATH.key (private, mode 0600) and PATH.pub.
    Keygen {
        /// A content-signing key (Ed25519) for this role.
        #[arg(long, value_enum, required_unless_present = "report_recipient")]
        role: Option<KeyRole>,
        /// Instead: an age identity that receives sealed reports.
        #[arg(long, conflicts_with_all = ["role", "passphrase"])]
        report_recipient: bool,
        /// Path prefix: writes PATH.key and PATH.pub, never overwriting.
        #[arg(long)]
        out: PathBuf,
        /// Encrypt the private key with a passphrase (asked twice, or one line on stdin).
        #[arg(long)]
        passphrase: bool,
    },
    /// Serve a published DIST folder over HTTP for development (not for production: see docs/hosting.md).
    Serve {
        dist: PathBuf,
        #[arg(long, default_value = serve::DEFAULT_LISTEN)]
        listen: std::net::SocketAddr,
        // Report intake mounts its router here (`--intake DB`).
    },
    /// Render a content folder as static HTML pages, per locale, for editors to check.
    Preview {
        content_dir: PathBuf,
        /// The folder to write the site to (created; existing pages are replaced).
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum KeyRole {
    Root,
    Publisher,
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
        Command::Keygen { role, report_recipient, out, passphrase } => keygen(role, report_recipient, &out, passphrase),
        Command::Serve { dist, listen } => serve_dist(&dist, listen),
        Command::Preview { content_dir, out } => {
            let site = preview::build_site(&content_dir, &out).map_err(|e| e.to_string())?;
            println!(
                "wrote {} pages in {} languages; open {}",
                site.pages,
                site.locales.len(),
                out.join("index.html").display()
            );
            Ok(())
        }
    }
}

fn keygen(
    role: Option<KeyRole>,
    report_recipient: bool,
    out: &std::path::Path,
    passphrase: bool,
) -> Result<(), String> {
    if report_recipient {
        let key = keys::generate_report_recipient(out).map_err(|e| e.to_string())?;
        println!("report recipient: {}", key.public_line);
        println!("wrote {} (secret) and {}", key.private_path.display(), key.public_path.display());
        return Ok(());
    }
    let role = match role {
        Some(KeyRole::Root) => keys::Role::Root,
        _ => keys::Role::Publisher,
    };
    let passphrase = passphrase.then(keys::passphrase::read_new_passphrase).transpose().map_err(|e| e.to_string())?;
    let key = keys::generate_signing_key(out, passphrase.as_ref()).map_err(|e| e.to_string())?;
    println!("{} key id: {}", role.as_str(), key.key_id);
    println!("public key: {}", key.public_line);
    println!("wrote {} (secret) and {}", key.private_path.display(), key.public_path.display());
    Ok(())
}

fn serve_dist(dist: &std::path::Path, listen: std::net::SocketAddr) -> Result<(), String> {
    let router = serve::router(dist).map_err(|e| format!("cannot serve {}: {e}", dist.display()))?;
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let listener =
            tokio::net::TcpListener::bind(listen).await.map_err(|e| format!("cannot listen on {listen}: {e}"))?;
        eprintln!("serving {} on http://{listen}/ (development only; Ctrl-C stops)", dist.display());
        serve::run(listener, serve::with_access_log(router)).await.map_err(|e| e.to_string())
    })
}
