//! Times in trust documents: RFC 3339 UTC strings, compared as unix seconds.

use chrono::{DateTime, Utc};

use super::SyncError;

pub fn parse(text: &str) -> Result<i64, SyncError> {
    if text.len() > 40 {
        return Err(SyncError::Malformed("a time is too long"));
    }
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc).timestamp())
        .map_err(|_| SyncError::Malformed("a time is not RFC 3339"))
}

pub fn format(unix: i64) -> String {
    DateTime::<Utc>::from_timestamp(unix, 0).unwrap_or_default().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
