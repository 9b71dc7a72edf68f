//! haven-hub: the NGO side of Haven. A thin command-line front: each
//! command's work lives in the library's modules.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use haven_core::content::source::build_pack;
use haven_hub::intake::IntakeLimits;
use haven_hub::reports::ExportFormat;
use haven_hub::{keys, preview, publish, serve};

#[derive(Parser)]
#[command(
    name = "haven-hub",
    version,
    about = "Haven for NGOs: keys, content packs, preview, a development server, report intake and export"
)]
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
        /// Also receive sealed reports on POST /v1/reports into this database.
        #[arg(long)]
        intake: Option<PathBuf>,
    },
    /// Build, sign and write a content folder as a publication (packs, then the manifest) in DIST.
    Publish {
        content_dir: PathBuf,
        /// The publisher's signing key (from `keygen --role publisher`).
        #[arg(long)]
        key: PathBuf,
        /// The key file is passphrase-protected (asked, or one line on stdin).
        #[arg(long)]
        passphrase: bool,
        /// The folder to publish into (kept between publications).
        #[arg(long)]
        out: PathBuf,
        /// Publisher id (default: the pack id in pack.toml).
        #[arg(long)]
        publisher: Option<String>,
        /// Days until phones report this content as expired.
        #[arg(long, default_value_t = publish::DEFAULT_VALID_DAYS)]
        valid_days: i64,
    },
    /// Root key holders: write the root list or sign the publisher list.
    Trust {
        #[command(subcommand)]
        command: TrustCommand,
    },
    /// Render a content folder as static HTML pages, per locale, for editors to check.
    Preview {
        content_dir: PathBuf,
        /// The folder to write the site to (created; existing pages are replaced).
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
enum TrustCommand {
    /// Write a root list: version 1 (no --previous) is the file the app ships
    /// (core/trust/roots.json); with --previous, a rotation signed by old and new keys.
    Roots {
        /// Public key files (.pub) of the root key holders.
        #[arg(long = "pub", required = true)]
        public: Vec<PathBuf>,
        #[arg(long)]
        threshold: u32,
        /// The current root list, for a rotation.
        #[arg(long)]
        previous: Option<PathBuf>,
        /// Private key files that sign a rotation (a threshold of old and of new keys).
        #[arg(long)]
        sign: Vec<PathBuf>,
        #[arg(long)]
        out: PathBuf,
    },
    /// Sign the publisher list (TOML) with a threshold of root keys into DIST/publishers.json.
    Publishers {
        list: PathBuf,
        /// The current root list (plain or signed).
        #[arg(long)]
        roots: PathBuf,
        /// Root private key files.
        #[arg(long, required = true)]
        sign: Vec<PathBuf>,
        #[arg(long)]
        out: PathBuf,
        #[arg(long, default_value_t = 365)]
        valid_days: i64,
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
        Command::Serve { dist, listen, intake } => serve_dist(&dist, listen, intake.as_deref()),
        Command::Publish { content_dir, key, passphrase, out, publisher, valid_days } => {
            let signer = publish::HubSigner::new(vec![load_key(&key, passphrase)?]);
            let progress = |done: usize, total: usize| {
                let filled = done * 30 / total.max(1);
                eprint!("\r[{}{}] {done}/{total} packs", "#".repeat(filled), ".".repeat(30 - filled));
            };
            let options = publish::PublishOptions {
                content_dir: &content_dir,
                out: &out,
                publisher,
                valid_days,
                now: chrono::Utc::now().timestamp(),
                progress: &progress,
            };
            let done = publish::publish(&options, &signer).map_err(|e| e.to_string())?;
            eprintln!();
            let from = done.previous_version.map_or("nothing".to_string(), |v| format!("version {v}"));
            println!(
                "published {} version {} (was {from}) -> {}",
                done.publisher,
                done.version,
                done.manifest_path.display()
            );
            println!(
                "{} packs, {} new; {} bytes, {} new for phones that hold the previous version",
                done.packs_total, done.packs_new, done.bytes_total, done.bytes_new
            );
            print!("{}", done.diff);
            Ok(())
        }
        Command::Trust { command: TrustCommand::Roots { public, threshold, previous, sign, out } } => {
            let keys = public
                .iter()
                .map(|p| {
                    keys::read_public_key(p).map(haven_core::sync::PublicKey::from_bytes).map_err(|e| e.to_string())
                })
                .collect::<Result<Vec<_>, _>>()?;
            let previous =
                previous.map(|p| publish::trust::read_root_list(&p)).transpose().map_err(|e| e.to_string())?;
            let signers = publish::HubSigner::new(sign.iter().map(|k| load_key(k, false)).collect::<Result<_, _>>()?);
            let list = publish::trust::write_root_list(keys, threshold, previous.as_ref(), &signers, &out)
                .map_err(|e| e.to_string())?;
            println!(
                "wrote root list version {} ({} of {} keys) to {}",
                list.version,
                list.threshold,
                list.keys.len(),
                out.display()
            );
            Ok(())
        }
        Command::Trust { command: TrustCommand::Publishers { list, roots, sign, out, valid_days } } => {
            let roots = publish::trust::read_root_list(&roots).map_err(|e| e.to_string())?;
            let signers = publish::HubSigner::new(sign.iter().map(|k| load_key(k, false)).collect::<Result<_, _>>()?);
            let now = chrono::Utc::now().timestamp();
            let signed = publish::trust::sign_publishers(&list, &roots, &signers, &out, valid_days, now)
                .map_err(|e| e.to_string())?;
            println!(
                "wrote publisher list version {} ({} publishers) to {}",
                signed.version,
                signed.publishers.len(),
                out.display()
            );
            Ok(())
        }
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

fn serve_dist(
    dist: &std::path::Path,
    listen: std::net::SocketAddr,
    intake: Option<&std::path::Path>,
) -> Result<(), String> {
    let files = serve::router(dist).map_err(|e| format!("cannot serve {}: {e}", dist.display()))?;
    let runtime = tokio::runtime::Runtime::new().map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let listener =
            tokio::net::TcpListener::bind(listen).await.map_err(|e| format!("cannot listen on {listen}: {e}"))?;
        eprintln!("serving {} on http://{listen}/ (development only; Ctrl-C stops)", dist.display());
        match intake {
            // Intake routes first; the static files are the fallback.
            Some(db) => {
                let reports = haven_hub::intake::router(db, IntakeLimits::default()).map_err(|e| e.to_string())?;
                eprintln!("receiving reports on POST http://{listen}/v1/reports into {}", db.display());
                let router = serve::with_access_log(reports.merge(files));
                haven_hub::intake::serve(listener, router).await.map_err(|e| e.to_string())
            }
            None => serve::run(listener, serve::with_access_log(files)).await.map_err(|e| e.to_string()),
        }
    })
}

fn load_key(path: &std::path::Path, passphrase: bool) -> Result<keys::SigningKey, String> {
    let secret = if passphrase {
        Some(keys::passphrase::read_passphrase("Passphrase for the signing key: ").map_err(|e| e.to_string())?)
    } else {
        None
    };
    keys::load_signing_key(path, secret.as_ref()).map_err(|e| e.to_string())
}
