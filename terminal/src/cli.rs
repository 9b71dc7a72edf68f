//! Command-line arguments. With no subcommand `haven` opens the full-screen
//! app; `haven print <screen>` writes one screen to stdout for scripts.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use haven_core::content::{Audience, Category, Sector};

#[derive(Debug, Parser)]
#[command(name = "haven", version, about = "Haven for the desktop. With no command it opens the full-screen app.")]
pub struct Cli {
    /// Folder for Haven's encrypted store and key file (else $HAVEN_DATA_DIR,
    /// else the platform's data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Language for this session only (BCP 47, e.g. `sq`); never saved.
    #[arg(long, global = true, value_name = "TAG")]
    pub locale: Option<String>,

    /// Country or area (ISO 3166, e.g. `GB` or `GB-SCT`) used until one is
    /// chosen in the app; never saved.
    #[arg(long, global = true, value_name = "CODE")]
    pub region: Option<String>,

    /// `text` for people, `json` for the view model as the core computes it.
    #[arg(long, global = true, value_enum, default_value_t = Format::Text)]
    pub format: Format,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Write one screen to stdout (no terminal needed).
    Print {
        #[command(subcommand)]
        screen: Screen,
    },
    /// Fetch signed content updates from a hub (the address is remembered).
    Sync {
        /// The hub's address, e.g. https://example.org/haven (HTTPS; plain HTTP only to this machine).
        url: Option<String>,
        /// Follow every trusted publisher, not only those for your region and languages.
        #[arg(long)]
        all: bool,
        /// A root list to trust instead of the one built in (for an NGO's staging hub).
        #[arg(long, value_name = "FILE")]
        trust_root: Option<PathBuf>,
    },
    /// Codes, disguise, auto-lock and wipe. Codes are read from the
    /// terminal without echo (or one per line from a pipe).
    Safety {
        #[command(subcommand)]
        action: SafetyAction,
    },
    /// Report a concern to a helpline: fill in its form step by step,
    /// review, send (queued until a connection), see your reports.
    Report {
        #[command(subcommand)]
        action: ReportAction,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReportAction {
    /// Open the form (resuming the draft you left) and show its current step.
    Start {
        /// The helpline to report to (see `haven report outbox`).
        #[arg(long, default_value = "gb-modern-slavery-helpline")]
        helpline: String,
    },
    /// Show a draft's current step.
    Show { draft: String },
    /// Answer a question. With no VALUE the answer is cleared. Choices take
    /// option values; a contact takes anonymous, phone or email.
    Answer {
        draft: String,
        field: String,
        #[arg(value_name = "VALUE")]
        value: Vec<String>,
        /// Place: postcode or town.
        #[arg(long)]
        postcode: Option<String>,
        /// Place: share this location (rounded to about 1 km before it is kept).
        #[arg(long, requires = "lon", allow_hyphen_values = true)]
        lat: Option<f64>,
        #[arg(long, requires = "lat", allow_hyphen_values = true)]
        lon: Option<f64>,
        /// Contact: the phone number or email address.
        #[arg(long)]
        contact: Option<String>,
        /// Contact: safe times to call.
        #[arg(long)]
        safe_times: Option<String>,
        /// Contact: a message may be left.
        #[arg(long)]
        may_leave_message: bool,
    },
    /// Go to a step (from 1). Moving forward stops at a step with required
    /// questions unanswered.
    Step { draft: String, step: u32 },
    /// Every answer before sending.
    Review { draft: String },
    /// Seal and queue the report (sent by `deliver`).
    Submit { draft: String },
    /// Drafts and reports, with their state and the helpline's reference.
    Outbox,
    /// Send queued reports now; prints each change, then the outbox.
    Deliver,
    /// Take a queued report back to a draft.
    Cancel { id: String },
    /// Delete a draft, or a received report's receipt.
    Delete { id: String },
}

#[derive(Debug, Subcommand)]
pub enum SafetyAction {
    /// Set or change the unlock code (4-12 digits).
    SetCode {
        /// Also wrap the database key with the code.
        #[arg(long)]
        protect_key: bool,
    },
    /// Remove the unlock code (and the duress code and disguise with it).
    ClearCode,
    /// Set the duress code: typed instead of the unlock code, it wipes Haven.
    SetDuress,
    ClearDuress,
    /// none, calculator, notes or weather.
    Disguise {
        id: String,
    },
    /// Lock after this many seconds away, or `never`.
    AutoLock {
        after: String,
    },
    /// Wipe after this many wrong codes (3-50), or `never`.
    WipeAfter {
        failures: String,
    },
    /// Wipe everything now and start fresh with the built-in content.
    Wipe,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Screen {
    /// Urgent help and the information categories.
    Home,
    /// A page of articles, optionally filtered.
    Articles {
        #[arg(long, value_name = "C", value_parser = parse_category)]
        category: Option<Category>,
        #[arg(long, value_name = "S", value_parser = parse_sector)]
        sector: Option<Sector>,
        #[arg(long, value_name = "A", value_parser = parse_audience)]
        audience: Option<Audience>,
        /// Page number, from 0.
        #[arg(long, value_name = "N", default_value_t = 0)]
        page: u32,
    },
    /// One article.
    Article {
        #[arg(value_name = "ID")]
        id: String,
    },
    /// Helplines for a country or area: `--region`, else the saved choice,
    /// else the device's.
    Helplines,
    /// Countries and areas that have helplines.
    Regions,
    /// Languages Haven can show.
    Languages,
    /// Articles and helplines matching some words (any text: it is never
    /// read as query syntax).
    Search {
        #[arg(value_name = "TEXT", allow_hyphen_values = true)]
        text: String,
    },
}

fn vocabulary<T: Copy>(
    kind: &str,
    text: &str,
    parse: fn(&str) -> Option<T>,
    all: &[T],
    name: fn(T) -> &'static str,
) -> Result<T, String> {
    parse(text).ok_or_else(|| {
        let valid: Vec<&str> = all.iter().map(|v| name(*v)).collect();
        format!("unknown {kind} {text:?}; valid values: {}", valid.join(", "))
    })
}

pub fn parse_category(text: &str) -> Result<Category, String> {
    vocabulary("category", text, Category::parse, Category::ALL, Category::as_str)
}

pub fn parse_sector(text: &str) -> Result<Sector, String> {
    vocabulary("sector", text, Sector::parse, Sector::ALL, Sector::as_str)
}

pub fn parse_audience(text: &str) -> Result<Audience, String> {
    vocabulary("audience", text, Audience::parse, Audience::ALL, Audience::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_parse_kebab_case_and_list_valid_values() {
        assert_eq!(parse_sector("car-wash"), Ok(Sector::CarWash));
        assert_eq!(parse_audience("public"), Ok(Audience::Public));
        let err = parse_category("nope").unwrap_err();
        assert!(err.contains("understanding, signs, rights"), "{err}");
    }

    #[test]
    fn arguments_are_well_formed() {
        use clap::CommandFactory;
        Cli::command().debug_assert();
    }
}
