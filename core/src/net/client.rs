use std::sync::Arc;
use std::time::Duration;

use reqwest::redirect;

use super::{NetError, url_policy};

/// How long a request may wait. A stalled server must not hold a sync or a
/// report delivery forever on a phone that is about to lose signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    pub connect: Duration,
    /// Longest silence between two reads of a response.
    pub read: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts { connect: Duration::from_secs(15), read: Duration::from_secs(30) }
    }
}

/// Redirect hops followed before giving up.
const MAX_REDIRECTS: usize = 3;

/// An HTTP client with Haven's network rules (see the module notes). Cheap to
/// clone; clones share connections.
#[derive(Debug, Clone)]
pub struct HttpClient {
    inner: reqwest::Client,
}

impl HttpClient {
    pub fn new(timeouts: Timeouts) -> Result<HttpClient, NetError> {
        let inner = reqwest::Client::builder()
            .use_preconfigured_tls(tls_config()?)
            .connect_timeout(timeouts.connect)
            .read_timeout(timeouts.read)
            .no_proxy()
            .redirect(redirect::Policy::custom(|attempt| {
                if attempt.previous().len() >= MAX_REDIRECTS {
                    attempt.error("too many redirects")
                } else if url_policy::check_parsed(attempt.url()).is_err() {
                    attempt.error("redirect to a refused URL")
                } else {
                    attempt.follow()
                }
            }))
            .build()
            .map_err(|e| NetError::Setup(e.to_string()))?;
        Ok(HttpClient { inner })
    }

    /// The underlying client, for building requests. Every URL must first
    /// pass [`super::check_url`].
    pub fn inner(&self) -> &reqwest::Client {
        &self.inner
    }
}

fn tls_config() -> Result<rustls::ClientConfig, NetError> {
    let roots = rustls::RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| NetError::Setup(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_client_builds_with_ring_and_builtin_roots() {
        HttpClient::new(Timeouts::default()).expect("client");
    }
}
