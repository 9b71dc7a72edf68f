//! Store benchmarks over a generated store of 50,000 localized articles.
//! Each figure has a baseline measured in the same run; `cargo xtask bench`
//! turns them into ratios in BENCHMARKS.md.

mod common;

use std::hint::black_box;
use std::time::Duration;

use common::{PASSPHRASE, Stores};
use criterion::{Criterion, criterion_group, criterion_main};
use haven_core::content::{Category, Pack};
use haven_core::store::bench_support::{self, Keying};
use haven_core::{Haven, OpenOptions};

const ARTICLES: usize = 50_000;
const LOCALES: &[&str] = &["en", "sq", "ro", "uk"];
/// Bump when the generated data or the schema changes, to rebuild the cache.
const GENERATION: &str = "v3";

/// Packs are limited in size, so the articles come as ten packs of 5,000.
const PACKS: usize = 10;

fn generated_pack(part: usize) -> Pack {
    let per_pack = ARTICLES / PACKS;
    common::article_pack(&format!("bench-{part}"), part * per_pack..(part + 1) * per_pack, LOCALES)
}

fn stores() -> Stores {
    Stores::cached("store", GENERATION, true, || (0..PACKS).map(generated_pack).collect())
}

fn options() -> OpenOptions {
    OpenOptions { device_locales: vec!["sq-AL".into()], region: Some("GB".into()), ..OpenOptions::default() }
}

fn open_to_home(c: &mut Criterion, s: &Stores) {
    let mut group = c.benchmark_group("open_to_home");
    group.sample_size(20).measurement_time(Duration::from_secs(6));
    group.bench_function("haven_raw_key", |b| {
        b.iter(|| {
            let haven = Haven::open(&s.haven_dir, s.secrets.clone(), options()).unwrap();
            black_box(haven.home().unwrap());
        })
    });
    let raw = s.raw_key();
    for (name, path, keying) in
        [("sqlcipher_raw_key", &s.encrypted, &raw), ("plain_sqlite", &s.plain, &Keying::Plaintext)]
    {
        group.bench_function(name, |b| {
            b.iter(|| {
                let conn = bench_support::open(path, keying).unwrap();
                black_box(bench_support::home_queries(&conn, "sq", "GB").unwrap());
            })
        });
    }
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    let passphrase = Keying::Passphrase(PASSPHRASE.into());
    group.bench_function("sqlcipher_passphrase", |b| {
        b.iter(|| {
            let conn = bench_support::open(&s.passphrase, &passphrase).unwrap();
            black_box(bench_support::home_queries(&conn, "sq", "GB").unwrap());
        })
    });
    group.finish();

    // The key's cost alone: open, key, read the first page (no home queries).
    let mut group = c.benchmark_group("open_only");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    for (name, path, keying) in [
        ("sqlcipher_raw_key", &s.encrypted, &raw),
        ("sqlcipher_passphrase", &s.passphrase, &passphrase),
        ("plain_sqlite", &s.plain, &Keying::Plaintext),
    ] {
        group.bench_function(name, |b| b.iter(|| black_box(bench_support::open(path, keying).unwrap())));
    }
    group.finish();
}

fn reads(c: &mut Criterion, s: &Stores) {
    let encrypted = bench_support::open(&s.encrypted, &s.raw_key()).unwrap();
    let plain = bench_support::open(&s.plain, &Keying::Plaintext).unwrap();
    let ids: Vec<String> = (0..ARTICLES).step_by(7919).map(|i| format!("bench-{i:05}")).collect();

    let mut group = c.benchmark_group("list_articles");
    for (name, conn) in [("encrypted", &encrypted), ("plain_sqlite", &plain)] {
        let mut page = 0u32;
        group.bench_function(name, |b| {
            b.iter(|| {
                page = (page + 1) % 100;
                black_box(bench_support::list_articles(conn, "sq", Category::Signs, page).unwrap());
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("fetch_article");
    for (name, conn) in [("encrypted", &encrypted), ("plain_sqlite", &plain)] {
        let mut next = ids.iter().cycle();
        group.bench_function(name, |b| {
            b.iter(|| black_box(bench_support::fetch_article(conn, next.next().unwrap(), "sq").unwrap()))
        });
    }
    group.finish();

    // The same reads taken in turn (see common::interleaved): what the
    // list and fetch targets are judged on.
    let stores = [&encrypted, &plain];
    let names = ["list_interleaved_encrypted", "list_interleaved_plain_sqlite"];
    common::interleaved(names, stores, 20, 100, |conn, page| {
        black_box(bench_support::list_articles(conn, "sq", Category::Signs, page as u32).unwrap());
    });
    let names = ["fetch_interleaved_encrypted", "fetch_interleaved_plain_sqlite"];
    common::interleaved(names, stores, 200, ids.len(), |conn, i| {
        black_box(bench_support::fetch_article(conn, &ids[i], "sq").unwrap());
    });

    // The product path: a whole view model (query, Markdown to blocks, localized labels).
    let haven = Haven::open(&s.haven_dir, s.secrets.clone(), options()).unwrap();
    let mut group = c.benchmark_group("article_view");
    let mut next = ids.iter().cycle();
    group.bench_function("haven_article", |b| b.iter(|| black_box(haven.article(next.next().unwrap()).unwrap())));
    let mut next = ids.iter().cycle();
    group.bench_function("plain_sqlite_fetch", |b| {
        b.iter(|| black_box(bench_support::fetch_article(&plain, next.next().unwrap(), "sq").unwrap()))
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let stores = stores();
    open_to_home(c, &stores);
    reads(c, &stores);
}

criterion_group! {
    name = store;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4));
    targets = benches
}
criterion_main!(store);
