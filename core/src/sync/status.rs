//! How fresh the content is: what each publisher last published, when the
//! phone last confirmed it, and whether it has expired (the last verified
//! content is still shown; the user is told its age).

use super::SyncError;
use super::state::TrustedState;
use crate::{Error, Haven};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublisherStatus {
    pub publisher: String,
    pub name: String,
    pub version: u64,
    /// When the publisher signed this content (unix seconds).
    pub published_at: i64,
    /// When a server last confirmed it is current (unix seconds).
    pub checked_at: i64,
    pub expires_at: i64,
    /// Expired: no newer content could be verified since; still shown.
    pub expired: bool,
    /// Days since it was published.
    pub age_days: i64,
}

impl Haven {
    /// Freshness of every publisher's content in the store.
    pub fn content_status(&self) -> Result<Vec<PublisherStatus>, Error> {
        let now = crate::haven::unix_now();
        let trusted = self.with_conn(|conn| Ok(TrustedState::load(conn)?))?;
        let mut out: Vec<PublisherStatus> = trusted
            .manifests
            .values()
            .map(|stored| {
                let m = &stored.manifest;
                let name = trusted
                    .publishers
                    .as_ref()
                    .and_then(|(list, _)| list.get(&m.publisher))
                    .map_or_else(|| m.publisher.clone(), |p| p.name.clone());
                let published_at = super::time::parse(&m.created)?;
                let expires_at = super::time::parse(&m.expires)?;
                Ok(PublisherStatus {
                    publisher: m.publisher.clone(),
                    name,
                    version: m.version,
                    published_at,
                    checked_at: stored.verified_at,
                    expires_at,
                    expired: expires_at <= now,
                    age_days: (now - published_at).max(0) / 86_400,
                })
            })
            .collect::<Result<_, SyncError>>()?;
        out.sort_by(|a, b| a.publisher.cmp(&b.publisher));
        Ok(out)
    }
}
