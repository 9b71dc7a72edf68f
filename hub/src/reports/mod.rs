//! Reading the intake database on the helpline's side: list what arrived
//! (no key needed, nothing opened) and export decrypted reports with the
//! helpline's age identity, as JSON or as CSV for a spreadsheet.

mod csv_out;
mod identity;
mod record;
mod report;
mod unseal;

use std::io::Write;
use std::path::Path;

pub use identity::HelplineIdentity;
pub use record::Record;
pub use unseal::UnsealError;

use crate::intake::{EnvelopeStore, IntakeError, StoredEnvelope};

#[derive(Debug, thiserror::Error)]
pub enum ReportsError {
    #[error(transparent)]
    Database(#[from] IntakeError),
    #[error("identity file {0}: {1}")]
    Identity(String, String),
    #[error("cannot write the export: {0}")]
    Write(#[from] std::io::Error),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
}

/// A report left out of an export, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub reference: String,
    pub reason: UnsealError,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportSummary {
    pub exported: usize,
    pub skipped: Vec<Skipped>,
}

/// Every stored envelope: reference, received time, size.
pub fn list(db: &Path) -> Result<Vec<StoredEnvelope>, ReportsError> {
    Ok(EnvelopeStore::open_read_only(db)?.list()?)
}

/// Decrypts every report in `db` and writes them to `out`. A report that
/// cannot be opened or read is named in the summary and skipped; it never
/// stops the others.
pub fn export(
    db: &Path,
    identity: &HelplineIdentity,
    format: ExportFormat,
    out: &mut dyn Write,
) -> Result<ExportSummary, ReportsError> {
    let store = EnvelopeStore::open_read_only(db)?;
    let mut records = Vec::new();
    let mut summary = ExportSummary::default();
    store.for_each_envelope(|stored, envelope| {
        let opened = unseal::unseal(envelope, identity).and_then(|json| report::parse(&json));
        match opened {
            Ok(report) => records.push(Record {
                reference: stored.reference.clone(),
                received_at: stored.received_at.clone(),
                report,
            }),
            Err(reason) => summary.skipped.push(Skipped { reference: stored.reference.clone(), reason }),
        }
    })?;
    match format {
        ExportFormat::Json => {
            let all: Vec<serde_json::Value> = records.iter().map(Record::to_json).collect();
            serde_json::to_writer_pretty(&mut *out, &all).map_err(std::io::Error::from)?;
            out.write_all(b"\n")?;
        }
        ExportFormat::Csv => csv_out::write(&records, out)?,
    }
    out.flush()?;
    summary.exported = records.len();
    Ok(summary)
}

/// `haven-hub reports list --db DB`.
pub fn run_list(db: &Path) -> Result<(), ReportsError> {
    let envelopes = list(db)?;
    println!("{:<15} {:<22} {:>8}", "REFERENCE", "RECEIVED (UTC)", "BYTES");
    for e in &envelopes {
        println!("{:<15} {:<22} {:>8}", e.reference, e.received_at, e.size);
    }
    println!("{} report(s)", envelopes.len());
    Ok(())
}

/// `haven-hub reports export --db DB --identity KEY --format F [--out FILE]`.
/// A file is created readable by its owner only: it holds decrypted reports.
pub fn run_export(db: &Path, identity: &Path, format: ExportFormat, out: Option<&Path>) -> Result<(), ReportsError> {
    let identity = HelplineIdentity::load(identity)?;
    let summary = match out {
        Some(path) => {
            let mut file = std::io::BufWriter::new(private_file(path)?);
            export(db, &identity, format, &mut file)?
        }
        None => export(db, &identity, format, &mut std::io::stdout().lock())?,
    };
    for skipped in &summary.skipped {
        eprintln!("skipped {}: {}", skipped.reference, skipped.reason);
    }
    eprintln!("exported {} report(s), skipped {}", summary.exported, summary.skipped.len());
    Ok(())
}

fn private_file(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)
}
