//! What one intake server accepts, and how fast.

use std::time::Duration;

use crate::contract::MAX_ENVELOPE_BYTES;

/// Requests one client address may send at once before it has to wait.
pub const DEFAULT_RATE_BURST: u32 = 30;
/// Tokens given back per second (one report every two seconds, steady).
/// Generous on purpose: a mobile carrier's NAT puts many phones behind one
/// address, and a throttled phone only retries later.
pub const DEFAULT_RATE_PER_SECOND: f64 = 0.5;
/// Client addresses remembered by the rate limiter; beyond this the least
/// recently seen are forgotten, so memory stays bounded whatever the traffic.
pub const DEFAULT_MAX_TRACKED_CLIENTS: usize = 10_000;
/// Longest a client may take to send its body (a 128 KiB envelope on a slow
/// line fits easily; a client trickling bytes to hold a connection does not).
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(60);

/// Limits of one intake router. `Default` is what `haven-hub intake` uses.
#[derive(Debug, Clone)]
pub struct IntakeLimits {
    /// Largest body in bytes; larger is answered 413 without reading on.
    pub max_body_bytes: usize,
    /// Token bucket per client address: capacity.
    pub rate_burst: u32,
    /// Token bucket per client address: refill per second.
    pub rate_per_second: f64,
    /// Most client addresses the rate limiter keeps.
    pub max_tracked_clients: usize,
    /// Time allowed to receive a whole body.
    pub body_timeout: Duration,
    /// Behind a reverse proxy on the same machine every connection comes
    /// from loopback; name the header the proxy sets (e.g. `X-Real-IP`) to
    /// rate-limit by the real client. Only read when the peer is loopback.
    pub client_ip_header: Option<String>,
}

impl Default for IntakeLimits {
    fn default() -> Self {
        IntakeLimits {
            max_body_bytes: MAX_ENVELOPE_BYTES,
            rate_burst: DEFAULT_RATE_BURST,
            rate_per_second: DEFAULT_RATE_PER_SECOND,
            max_tracked_clients: DEFAULT_MAX_TRACKED_CLIENTS,
            body_timeout: DEFAULT_BODY_TIMEOUT,
            client_ip_header: None,
        }
    }
}

impl IntakeLimits {
    /// Refuses limits that would make the server useless or unbounded.
    pub(crate) fn check(&self) -> Result<(), &'static str> {
        if self.max_body_bytes == 0 || self.max_body_bytes > MAX_ENVELOPE_BYTES {
            return Err("max_body_bytes must be between 1 and the contract's 131072");
        }
        if self.rate_burst == 0 || !(self.rate_per_second.is_finite() && self.rate_per_second > 0.0) {
            return Err("the rate limit needs a burst of at least 1 and a positive refill rate");
        }
        if self.max_tracked_clients == 0 {
            return Err("max_tracked_clients must be at least 1");
        }
        if self.body_timeout.is_zero() {
            return Err("body_timeout must be positive");
        }
        Ok(())
    }
}
