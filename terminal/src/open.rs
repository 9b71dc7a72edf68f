//! Opening Haven: where its data lives, which key store guards it, and what
//! the device says about the user's language, country and time zone.

use std::path::PathBuf;
use std::sync::Arc;

use haven_core::content::region;
use haven_core::i18n::{content_chain, locales};
use haven_core::{FileSecretStore, Haven, OpenOptions};

use crate::cli::Cli;
use crate::failure::Failure;
use crate::locale_env;

/// The file, inside the data folder, that holds the database key (mode 0600).
pub const KEY_FILE: &str = "haven.key";
/// Overrides the platform's data folder (after `--data-dir`).
pub const DATA_DIR_ENV: &str = "HAVEN_DATA_DIR";

/// Everything needed to open (and reopen) Haven for this run.
#[derive(Debug, Clone)]
pub struct Session {
    pub data_dir: PathBuf,
    pub options: OpenOptions,
    /// The `--region` flag, checked: shown by `print helplines`, never saved.
    pub region_flag: Option<String>,
}

impl Session {
    pub fn from_cli(cli: &Cli) -> Result<Session, Failure> {
        let data_dir = data_dir(cli)?;
        let device = locale_env::from_env();
        let device_region = device.iter().filter_map(|l| l.country.clone()).find(|c| region::check(c).is_ok());
        let region_flag = cli.region.as_deref().map(check_region).transpose()?;
        let options = OpenOptions {
            device_locales: device.into_iter().map(|l| l.tag).collect(),
            language_override: cli.locale.as_deref().map(check_locale).transpose()?,
            time_zone: time_zone(),
            region: region_flag.clone().or(device_region),
            trust_anchor: trust_anchor(cli)?,
            ..OpenOptions::default()
        };

        Ok(Session { data_dir, options, region_flag })
    }

    pub fn open(&self) -> Result<Haven, haven_core::Error> {
        let secrets = Arc::new(FileSecretStore::new(self.data_dir.join(KEY_FILE)));
        Haven::open(&self.data_dir, secrets, self.options.clone())
    }
}

/// `haven sync --trust-root FILE`: a staging hub's own root list.
fn trust_anchor(cli: &Cli) -> Result<Option<haven_core::sync::RootList>, Failure> {
    let Some(crate::cli::Command::Sync { trust_root: Some(path), .. }) = &cli.command else { return Ok(None) };
    let bytes = std::fs::read(path).map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
    let roots =
        haven_core::sync::RootList::from_payload(&bytes).map_err(|e| Failure(format!("{}: {e}", path.display())))?;
    Ok(Some(roots))
}

fn data_dir(cli: &Cli) -> Result<PathBuf, Failure> {
    if let Some(dir) = &cli.data_dir {
        return Ok(dir.clone());
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "Haven", "haven")
        .map(|dirs| dirs.data_dir().to_owned())
        .ok_or_else(|| Failure(format!("no home folder found; pass --data-dir DIR or set {DATA_DIR_ENV}")))
}

/// `gb` -> `GB`; codes the core does not accept are refused here, with its reason.
fn check_region(code: &str) -> Result<String, Failure> {
    let code = code.trim().to_ascii_uppercase();
    region::check(&code).map_err(|reason| Failure(format!("--region: {reason}")))?;
    Ok(code)
}

/// A language Haven knows (exactly or by its base language), else a list of those it does.
fn check_locale(tag: &str) -> Result<String, Failure> {
    let tag = tag.trim();
    let is_english = locales::base_language(tag).eq_ignore_ascii_case(locales::FALLBACK);
    if is_english || content_chain(&[tag])[0] != locales::FALLBACK {
        return Ok(tag.to_owned());
    }
    let known: Vec<&str> = locales::KNOWN.iter().map(|l| l.tag).collect();
    Err(Failure(format!("--locale: unknown language {tag:?}; known: {}", known.join(" "))))
}

/// The device's IANA time zone: `$TZ` when it names one, else the system's.
fn time_zone() -> Option<String> {
    let from_tz = std::env::var("TZ").ok().and_then(|tz| {
        let tz = tz.trim_start_matches(':');
        let name = tz.rsplit_once("zoneinfo/").map_or(tz, |(_, n)| n);
        (!name.is_empty() && !name.starts_with('/')).then(|| name.to_owned())
    });
    from_tz.or_else(|| iana_time_zone::get_timezone().ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_are_upper_cased_and_checked() {
        assert_eq!(check_region("gb").unwrap(), "GB");
        assert_eq!(check_region("gb-sct").unwrap(), "GB-SCT");
        assert!(check_region("UK").is_err());
    }

    #[test]
    fn locales_must_be_known() {
        for ok in ["sq", "ro-RO", "en", "en-GB", "zh-CN", "uk"] {
            assert!(check_locale(ok).is_ok(), "{ok}");
        }
        let err = check_locale("tlh").unwrap_err().to_string();
        assert!(err.contains("sq") && err.contains("tlh"), "{err}");
    }
}
