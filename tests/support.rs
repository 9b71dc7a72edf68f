//! Shared helpers for the journey tests: a fresh Haven the way a shell opens one.

use std::sync::Arc;

use haven_core::{Haven, MemorySecretStore, OpenOptions};

pub mod intake_double;
pub mod log_capture;
pub mod report_fixtures;
use tempfile::TempDir;

/// A Haven in a temporary data directory, with an in-memory secret store.
pub struct Fixture {
    pub dir: TempDir,
    pub secrets: Arc<MemorySecretStore>,
}

impl Fixture {
    pub fn new() -> Self {
        Self { dir: tempfile::tempdir().expect("temp dir"), secrets: Arc::new(MemorySecretStore::new()) }
    }

    pub fn open(&self, options: OpenOptions) -> Haven {
        Haven::open(self.dir.path(), self.secrets.clone(), options).expect("Haven opens")
    }
}

impl Default for Fixture {
    fn default() -> Self {
        Self::new()
    }
}

/// Options as a phone in the UK set to `locale` would give them.
pub fn device(locale: &str, region: &str) -> OpenOptions {
    OpenOptions {
        device_locales: vec![locale.to_owned()],
        region: Some(region.to_owned()),
        time_zone: Some("Europe/London".into()),
        // Real cost is measured in the benchmarks; tests need speed, not strength.
        code_cost: haven_core::safety::KdfCost::TESTING,
        ..OpenOptions::default()
    }
}
