//! The one way Haven talks to the network: sync and report delivery both
//! build their client here, so every request gets the same rules.
//!
//! - TLS is rustls on ring with the Mozilla roots compiled in. The phone's
//!   own trust store is never read, so a certificate authority installed on
//!   the device (by an abuser, an employer's MDM) cannot intercept.
//! - HTTPS only. Plain HTTP is allowed to loopback addresses alone, for tests
//!   and a hub running on the same machine.
//! - No proxy from the environment, no cookies, no user agent: nothing that
//!   identifies the device or its user rides along.
//! - Redirects stay on allowed URLs and stop after a few hops.

mod client;
mod error;
mod url_policy;

pub use client::{HttpClient, Timeouts};
pub use error::NetError;
pub use url_policy::check_url;
