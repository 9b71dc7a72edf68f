//! Shared by the benches: generated stores, built once and cached under
//! target/bench-stores, as the app keys them and as baselines (plain SQLite,
//! passphrase-keyed SQLCipher) holding the same data.

#![allow(dead_code)] // each bench uses its own part

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use haven_core::content::{Article, ArticleText, Audience, Category, PACK_FORMAT, Pack, ReviewStatus, Sector};
use haven_core::store::bench_support::{self, Keying};
use haven_core::{FileSecretStore, Haven, OpenOptions};

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
    /// (`generation` is part of the cache key: bump it when the data or the
    /// page format changes; v2/v3: pages authenticated with HMAC-SHA256).
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
        if let Some(older) = older_schema(&root, name, generation) {
            // The same data under an older schema: both stores copied and
            // migrated (as an app update would), much faster than generating
            // them again. Each keeps the layout it had.
            eprintln!("migrating the {name} stores from {}", older.display());
            std::fs::create_dir_all(&stores.haven_dir).unwrap();
            for entry in std::fs::read_dir(older.join("haven")).unwrap() {
                let entry = entry.unwrap();
                std::fs::copy(entry.path(), stores.haven_dir.join(entry.file_name())).unwrap();
            }
            drop(Haven::open(&stores.haven_dir, stores.secrets.clone(), OpenOptions::default()).unwrap());
            if older.join("passphrase.db").exists() {
                std::fs::copy(older.join("passphrase.db"), &stores.passphrase).unwrap();
            }
            std::fs::copy(older.join("plain.db"), root.join("plain.db.partial")).unwrap();
            bench_support::migrate_plain(&root.join("plain.db.partial")).unwrap();
            std::fs::rename(root.join("plain.db.partial"), &stores.plain).unwrap();
            return stores;
        }
        eprintln!("generating the {name} stores under {}", root.display());
        let packs = packs();
        let haven = Haven::open(&stores.haven_dir, stores.secrets.clone(), OpenOptions::default()).unwrap();
        for pack in &packs {
            haven.install_pack(pack).unwrap();
        }
        drop(haven);
        let source = bench_support::open(&stores.encrypted, &stores.raw_key()).unwrap();
        if with_passphrase {
            bench_support::export(&source, &stores.passphrase, &Keying::Passphrase(PASSPHRASE.into())).unwrap();
        }
        drop(source);
        // Written by the same installs as the Haven store, so that both have
        // the same layout (an exported copy would be packed tighter).
        bench_support::plain_store_like_haven(&stores.plain, &packs).unwrap();
        stores
    }

    pub fn raw_key(&self) -> Keying {
        Keying::RawKey(bench_support::saved_key(self.secrets.as_ref()).unwrap())
    }
}

/// The newest complete copy of the same stores under an older schema.
fn older_schema(root: &Path, name: &str, generation: &str) -> Option<PathBuf> {
    let parent = root.parent()?;
    (1..haven_core::store::SCHEMA_VERSION)
        .rev()
        .map(|v| parent.join(format!("{name}-{generation}-schema{v}")))
        .find(|dir| dir.join("plain.db").exists())
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

/// A pack of generated articles `ids`, each in every one of `locales`.
pub fn article_pack(id: &str, ids: Range<usize>, locales: &[&str]) -> Pack {
    let paragraph = "Workers may have their documents taken, owe a debt that never goes down, \
                     live where they work and be moved in groups. Someone else may control \
                     their money, their phone and where they go.";
    let articles = ids
        .map(|i| Article {
            id: format!("bench-{i:05}"),
            category: Category::ALL[i % Category::ALL.len()],
            audiences: vec![Audience::ALL[i % Audience::ALL.len()]],
            sectors: vec![Sector::ALL[i % Sector::ALL.len()]],
            exploitation: vec![],
            regions: if i % 50 == 0 { vec!["GB".into()] } else { vec![] },
            order: (i % 97) as i64,
            urgent: i % 1000 == 0,
            texts: locales
                .iter()
                .map(|locale| ArticleText {
                    locale: (*locale).into(),
                    title: format!("Article {i} ({locale})"),
                    summary: format!("Summary of article {i} in {locale}."),
                    body: format!("## Signs {i}\n\n{paragraph}\n\n- one\n- two\n\n{paragraph}\n"),
                    review: if *locale == "en" { ReviewStatus::Original } else { ReviewStatus::Machine },
                })
                .collect(),
        })
        .collect();
    Pack { format: PACK_FORMAT, id: id.to_owned(), version: 1, articles, helplines: vec![], forms: vec![] }
}

/// Times `run` on two stores, item by item in turn (the first store first on
/// one item, second on the next, swapped each round), for `rounds` rounds
/// of `items` items, and writes each store's latencies under its name.
/// Two criterion groups run one after the other on this shared machine
/// have differed by more than what they compare; taken in turn, both
/// sides meet the same load.
pub fn interleaved<S>(names: [&str; 2], stores: [&S; 2], rounds: usize, items: usize, mut run: impl FnMut(&S, usize)) {
    let mut times = [Vec::new(), Vec::new()];
    for round in 0..rounds {
        for item in 0..items {
            let order = if (round + item) % 2 == 0 { [0, 1] } else { [1, 0] };
            for side in order {
                let start = std::time::Instant::now();
                run(stores[side], item);
                times[side].push(start.elapsed());
            }
        }
    }
    let [first, second] = times;
    write_latency(names[0], first);
    write_latency(names[1], second);
}

/// Writes p50/p95/p99/max of `durations` (one call each) where `cargo xtask
/// bench` reads them: target/criterion/<name>/summary.json.
pub fn write_latency(name: &str, mut durations: Vec<std::time::Duration>) {
    durations.sort();
    let at = |p: f64| durations[((durations.len() - 1) as f64 * p) as usize].as_nanos() as u64;
    let mean = durations.iter().map(|d| d.as_nanos()).sum::<u128>() / durations.len() as u128;
    let json = format!(
        "{{\"queries\": {}, \"mean_ns\": {mean}, \"p50_ns\": {}, \"p95_ns\": {}, \"p99_ns\": {}, \"max_ns\": {}}}\n",
        durations.len(),
        at(0.50),
        at(0.95),
        at(0.99),
        durations.last().unwrap().as_nanos()
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion").join(name);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("summary.json"), json).unwrap();
}
