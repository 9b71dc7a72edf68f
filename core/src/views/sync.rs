//! Sync as the user sees it: progress lines, what changed, what was refused
//! (by kind of reason, never raw server text), and how fresh the content is.

use fluent_bundle::FluentValue;
use serde::Serialize;

use super::common::UsedLocale;
use crate::i18n::Strings;
use crate::sync::{SyncError, SyncEvent, SyncOutcome};
use crate::{Error, Haven};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncResultView {
    pub locale: UsedLocale,
    pub title: String,
    /// One line per publisher updated, removed or refused; or "nothing new".
    pub changes: Vec<String>,
    /// How old each publisher's content is, and whether it expired.
    pub freshness: Vec<String>,
}

impl Haven {
    /// A progress line for a sync event, in the UI language.
    pub fn sync_event_text(&self, event: &SyncEvent) -> String {
        let s = self.context().map(|c| c.strings()).unwrap_or_else(|_| self.strings_while_locked());
        match event {
            SyncEvent::CheckingTrust => s.get("sync-checking"),
            SyncEvent::CheckingPublisher { publisher, index, total } => s.get_args(
                "sync-checking-publisher",
                &[
                    ("publisher", publisher.as_str().into()),
                    ("index", (*index as i64 + 1).into()),
                    ("total", (*total as i64).into()),
                ],
            ),
            SyncEvent::Downloading { publisher, parts_done, parts_total } => s.get_args(
                "sync-downloading",
                &[
                    ("publisher", publisher.as_str().into()),
                    ("done", (*parts_done as i64).into()),
                    ("total", (*parts_total as i64).into()),
                ],
            ),
            SyncEvent::Applying => s.get("sync-applying"),
        }
    }

    /// What a finished sync did, and how fresh the content now is.
    pub fn sync_result_view(&self, outcome: &SyncOutcome) -> Result<SyncResultView, Error> {
        let ctx = self.context()?;
        let s = ctx.strings();
        let mut changes = Vec::new();
        for change in &outcome.changes {
            let name: FluentValue<'_> = change.name.as_str().into();
            changes.push(if change.removed {
                s.get_args("sync-removed", &[("publisher", name)])
            } else {
                s.get_args(
                    "sync-updated",
                    &[
                        ("publisher", name),
                        ("version", (change.to_version as i64).into()),
                        ("articles", (change.articles as i64).into()),
                        ("helplines", (change.helplines as i64).into()),
                    ],
                )
            });
        }
        for (publisher, error) in &outcome.refused {
            changes.push(s.get_args(
                "sync-refused",
                &[("publisher", publisher.as_str().into()), ("reason", refusal_reason(&s, error).into())],
            ));
        }
        if changes.is_empty() {
            changes.push(s.get("sync-nothing-new"));
        }
        Ok(SyncResultView {
            locale: UsedLocale::of(ctx.ui.tag),
            title: s.get("sync-title"),
            changes,
            freshness: self.freshness_lines(&s)?,
        })
    }

    /// The line shown when a sync stopped as a whole (trust or network).
    pub fn sync_failure_text(&self, error: &SyncError) -> String {
        let s = self.context().map(|c| c.strings()).unwrap_or_else(|_| self.strings_while_locked());
        s.get_args("sync-refused", &[("publisher", "Haven".into()), ("reason", refusal_reason(&s, error).into())])
    }

    /// The line shown when no sync address is known yet.
    pub fn sync_missing_source_text(&self) -> String {
        let s = self.context().map(|c| c.strings()).unwrap_or_else(|_| self.strings_while_locked());
        s.get("sync-no-source")
    }

    /// How old each publisher's content is, one line each.
    pub fn content_freshness(&self) -> Result<Vec<String>, Error> {
        self.freshness_lines(&self.context()?.strings())
    }

    fn freshness_lines(&self, s: &Strings) -> Result<Vec<String>, Error> {
        Ok(self
            .content_status()?
            .iter()
            .map(|p| {
                let args = [("publisher", p.name.as_str().into()), ("days", p.age_days.into())];
                let id = if p.expired { "sync-age-expired" } else { "sync-age" };
                s.get_args(id, &args)
            })
            .collect())
    }
}

/// The kind of refusal, for people: the detail stays in the typed error.
fn refusal_reason(s: &Strings, error: &SyncError) -> String {
    let id = match error {
        SyncError::SignatureThreshold { .. } | SyncError::WrongDocumentType => "sync-reason-signature",
        SyncError::OutOfScope { .. } | SyncError::UnknownPublisher { .. } => "sync-reason-scope",
        SyncError::Rollback { .. } | SyncError::SameVersionDifferent { .. } => "sync-reason-rollback",
        SyncError::Expired { .. } => "sync-reason-expired",
        SyncError::Net(_) | SyncError::Cancelled => "sync-reason-network",
        _ => "sync-reason-invalid",
    };
    s.get(id)
}
