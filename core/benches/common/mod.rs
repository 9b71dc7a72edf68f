//! Shared by the benches: generated stores, built once and cached under
//! target/bench-stores, as the app keys them and as baselines (plain SQLite,
//! passphrase-keyed SQLCipher) holding the same data.

#![allow(dead_code)] // each bench uses its own part

use std::path::{Path, PathBuf};
use std::sync::Arc;

use haven_core::content::Pack;
use haven_core::store::bench_support::{self, Keying};
use haven_core::{DbKey, FileSecretStore, Haven, OpenOptions, SecretStore};

pub const PASSPHRASE: &str = "correct horse battery staple";

pub struct Stores {
    pub haven_dir: PathBuf,
    pub secrets: Arc<FileSecretStore>,
    pub encrypted: PathBuf,
    pub passphrase: PathBuf,
    pub plain: PathBuf,
}

impl Stores {
    /// The stores named `name`, generated from `packs` when not cached yet
    /// (`generation` is part of the cache key: bump it when the data changes).
    pub fn cached(name: &str, generation: &str, with_passphrase: bool, packs: impl FnOnce() -> Vec<Pack>) -> Stores {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../target/bench-stores")
            .join(format!("{name}-{generation}-schema{}", haven_core::store::SCHEMA_VERSION));
        let stores = Stores {
            haven_dir: root.join("haven"),
            secrets: Arc::new(FileSecretStore::new(root.join("haven/haven.key"))),
            encrypted: root.join("haven/haven.db"),
            passphrase: root.join("passphrase.db"),
            plain: root.join("plain.db"),
        };
        if stores.plain.exists() {
            return stores;
        }
        let _ = std::fs::remove_dir_all(&root);
        eprintln!("generating the {name} stores under {}", root.display());
        let haven = Haven::open(&stores.haven_dir, stores.secrets.clone(), OpenOptions::default()).unwrap();
        for pack in packs() {
            haven.install_pack(&pack).unwrap();
        }
        drop(haven);
        let source = bench_support::open(&stores.encrypted, &stores.raw_key()).unwrap();
        if with_passphrase {
            bench_support::export(&source, &stores.passphrase, &Keying::Passphrase(PASSPHRASE.into())).unwrap();
        }

        bench_support::export(&source, &stores.plain, &Keying::Plaintext).unwrap();
        stores
    }

    pub fn raw_key(&self) -> Keying {
        Keying::RawKey(DbKey::from_vec(self.secrets.load().unwrap().unwrap()).unwrap())
    }
}

/// A small deterministic generator (the data must be the same every run).
pub struct Lcg(pub u64);

impl Lcg {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }

    /// Skewed toward small values, like word frequencies.
    pub fn skewed(&mut self, n: usize) -> usize {
        let r = (self.next() % 10_000) as f64 / 10_000.0;
        ((r * r * r) * n as f64) as usize
    }
}
