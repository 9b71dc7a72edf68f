//! `haven-report-client DATA_DIR`: opens Haven in DATA_DIR (key file
//! `haven.key`) and delivers its outbox once, with one attempt per report.
//! The kill test runs it as a child process and kills it mid-upload.

use std::sync::Arc;

use haven_core::reports::OutboxListener;
use haven_core::views::OutboxItem;
use haven_core::{FileSecretStore, Haven, OpenOptions};
use haven_e2e::report_fixtures::{quick_policy, runtime};

struct Quiet;

impl OutboxListener for Quiet {
    fn on_change(&self, _: OutboxItem) {}
}

fn main() {
    let dir = std::path::PathBuf::from(std::env::args().nth(1).expect("DATA_DIR"));
    let secrets = Arc::new(FileSecretStore::new(dir.join("haven.key")));
    let haven = Haven::open(&dir, secrets, OpenOptions::default()).expect("Haven opens");
    let mut policy = quick_policy(1);
    // Long enough to be killed while waiting for the answer.
    policy.timeouts.read = std::time::Duration::from_secs(30);
    policy.attempt_limit = std::time::Duration::from_secs(30);
    let summary = runtime().block_on(haven.deliver_outbox_with(&policy, Arc::new(Quiet))).expect("delivery runs");
    println!("delivered={} waiting={} failed={}", summary.delivered, summary.waiting, summary.failed);
}
