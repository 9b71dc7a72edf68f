//! `haven sync [URL]`: fetch signed content updates, showing progress, what
//! changed and how fresh the content is. Every line comes from the core's
//! view models (Fluent strings).

use haven_core::sync::{CancelToken, Follow, SyncEvent, SyncSettings};
use haven_core::{Error, Haven};

use crate::failure::Failure;

pub fn run(haven: &Haven, url: Option<&str>, all: bool) -> Result<String, Failure> {
    if let Some(url) = url {
        haven.set_sync_source(url)?;
    }
    let Some(url) = haven.sync_source()? else {
        return Err(Failure(haven.sync_missing_source_text()));
    };
    let mut settings = SyncSettings::new(url);
    settings.follow = if all { Follow::All } else { Follow::Mine };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure(format!("cannot start the network runtime: {e}")))?;
    let progress = |event: SyncEvent| eprintln!("{}", haven.sync_event_text(&event));
    let outcome = runtime.block_on(haven.sync(&settings, &progress, &CancelToken::new()));
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(Error::Sync(error)) => return Err(Failure(haven.sync_failure_text(&error))),
        Err(other) => return Err(other.into()),
    };
    let view = haven.sync_result_view(&outcome)?;
    let mut out = format!("{}\n", view.title);
    for line in view.changes.iter().chain(&view.freshness) {
        out.push_str(&format!("  {line}\n"));
    }
    Ok(out)
}
