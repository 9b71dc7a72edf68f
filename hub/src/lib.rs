//! haven-hub as a library: the NGO side's pieces (keys, publishing, the
//! development server, report intake), used by the `haven-hub` binary and
//! by end-to-end tests that start a hub on loopback.

pub mod keys;
pub mod preview;
pub mod serve;
