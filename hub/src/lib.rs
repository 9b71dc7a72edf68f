//! haven-hub as a library: the NGO side's pieces (keys, publishing, the
//! development server, report intake and export), used by the `haven-hub`
//! binary and by end-to-end tests that start a hub on loopback.

pub mod contract;
pub mod intake;
pub mod keys;
pub mod preview;
pub mod publish;
pub mod reports;
pub mod serve;
