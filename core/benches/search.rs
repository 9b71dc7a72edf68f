//! Search benchmarks over 50,000 articles in 12 locales (600,000 texts):
//! the app's search on its encrypted store, against the same search on plain
//! SQLite and against a LIKE scan over the same texts. Also a per-query
//! latency distribution (p50/p95/p99) of the whole search view, written for
//! `cargo xtask bench`.

mod common;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use common::{Lcg, Stores};
use criterion::{Criterion, criterion_group, criterion_main};
use haven_core::content::{Article, ArticleText, Audience, Category, PACK_FORMAT, Pack, ReviewStatus};
use haven_core::store::bench_support::{self, Keying};
use haven_core::{Haven, OpenOptions};

const ARTICLES: usize = 50_000;
const PACKS: usize = 10;
const GENERATION: &str = "v3";
const VOCABULARY: usize = 3_000;
const LOCALES: &[&str] = &["en", "sq", "ro", "vi", "pl", "uk", "ar", "zh-Hans", "ti", "fa", "es", "fr"];

/// Letters each locale's pseudo-words are made of.
fn alphabet(locale: &str) -> Vec<char> {
    let latin = |extra: &str| "abcdefghijklmnopqrstuvwxyz".chars().chain(extra.chars()).collect();
    let range = |a: u32, b: u32| (a..=b).filter_map(char::from_u32).collect();
    match locale {
        "sq" => latin("ëç"),
        "ro" => latin("ăâîșț"),
        "vi" => latin("ăâđêôơưàáạảã"),
        "pl" => latin("ąćęłńóśźż"),
        "es" => latin("ñáéíóú"),
        "fr" => latin("éèàçêôû"),
        "uk" => "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя".chars().collect(),
        "ar" => range(0x0627, 0x064A),
        "fa" => range(0x0627, 0x064A).into_iter().chain("پچژگ".chars()).collect(),
        "ti" => range(0x1200, 0x1350),
        "zh-Hans" => range(0x4E00, 0x4E00 + 2_500),
        _ => latin(""),
    }
}

fn vocabulary(locale: &str) -> Vec<String> {
    let letters = alphabet(locale);
    let mut rng = Lcg(locale.bytes().fold(7, |h, b| h * 31 + u64::from(b)));
    (0..VOCABULARY)
        .map(|_| {
            let len = if locale == "zh-Hans" { 2 } else { 3 + (rng.next() % 6) as usize };
            (0..len).map(|_| letters[rng.next() as usize % letters.len()]).collect()
        })
        .collect()
}

fn sentence(words: &[String], rng: &mut Lcg, n: usize, locale: &str) -> String {
    let picked: Vec<&str> = (0..n).map(|_| words[rng.skewed(words.len())].as_str()).collect();
    if locale == "zh-Hans" { picked.concat() } else { picked.join(" ") }
}

fn generated_packs() -> Vec<Pack> {
    let vocabularies: Vec<Vec<String>> = LOCALES.iter().map(|l| vocabulary(l)).collect();
    let mut rng = Lcg(42);
    let per_pack = ARTICLES / PACKS;
    (0..PACKS)
        .map(|part| {
            let articles = (part * per_pack..(part + 1) * per_pack)
                .map(|i| Article {
                    id: format!("s-{i:05}"),
                    category: Category::ALL[i % Category::ALL.len()],
                    audiences: vec![Audience::Public],
                    sectors: vec![],
                    exploitation: vec![],
                    regions: vec![],
                    order: (i % 89) as i64,
                    urgent: false,
                    texts: LOCALES
                        .iter()
                        .zip(&vocabularies)
                        .map(|(locale, words)| ArticleText {
                            locale: (*locale).into(),
                            title: sentence(words, &mut rng, 4, locale),
                            summary: sentence(words, &mut rng, 10, locale),
                            body: sentence(words, &mut rng, 40, locale),
                            review: if *locale == "en" { ReviewStatus::Original } else { ReviewStatus::Machine },
                        })
                        .collect(),
                })
                .collect();
            Pack {
                format: PACK_FORMAT,
                id: format!("search-{part}"),
                version: 1,
                articles,
                helplines: vec![],
                forms: vec![],
            }
        })
        .collect()
}

/// What people type: one word, two words, a prefix while typing, a word
/// with a letter missing; for Chinese, two characters and four.
fn queries() -> Vec<(&'static str, String)> {
    kinded_queries().into_iter().map(|(locale, _, text)| (locale, text)).collect()
}

/// The same queries, each with its kind (for the per-kind latency breakdown).
fn kinded_queries() -> Vec<(&'static str, &'static str, String)> {
    let mut rng = Lcg(7);
    let mut out = Vec::new();
    for locale in LOCALES {
        let words = vocabulary(locale);
        for _ in 0..10 {
            let a = &words[rng.skewed(words.len())];
            let b = &words[rng.skewed(words.len())];
            if *locale == "zh-Hans" {
                out.push((*locale, "cjk_2_chars", a.clone()));
                out.push((*locale, "cjk_4_chars", format!("{a}{b}")));
                continue;
            }
            out.push((*locale, "word", a.clone()));
            out.push((*locale, "pair", format!("{a} {b}")));
            out.push((*locale, "prefix_3", a.chars().take(3).collect()));
            if a.chars().count() >= 5 {
                let mut typo: Vec<char> = a.chars().collect();
                typo.remove(2);
                out.push((*locale, "typo", typo.into_iter().collect()));
            }
        }
    }
    out
}

fn stores() -> Stores {
    Stores::cached("search", GENERATION, false, generated_packs)
}

fn compare(c: &mut Criterion, s: &Stores, queries: &[(&'static str, String)]) {
    let encrypted = bench_support::open(&s.encrypted, &s.raw_key()).unwrap();
    let plain = bench_support::open(&s.plain, &Keying::Plaintext).unwrap();
    let mut group = c.benchmark_group("search");
    for (name, conn) in [("encrypted", &encrypted), ("plain_sqlite", &plain)] {
        let mut next = queries.iter().cycle();
        group.bench_function(name, |b| {
            b.iter(|| {
                let (locale, text) = next.next().unwrap();
                black_box(bench_support::search_articles(conn, text, locale).unwrap())
            })
        });
    }
    // Not a figure: the same search with a 2 MiB page cache instead of the
    // app's 512 KiB (the bound that keeps quick exit fast), to show what
    // the cache bound costs search.
    let larger_cache = bench_support::open(&s.encrypted, &s.raw_key()).unwrap();
    larger_cache.pragma_update(None, "cache_size", -2048).unwrap();
    let mut next = queries.iter().cycle();
    group.bench_function("encrypted_cache_2mib", |b| {
        b.iter(|| {
            let (locale, text) = next.next().unwrap();
            black_box(bench_support::search_articles(&larger_cache, text, locale).unwrap())
        })
    });
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    let mut next = queries.iter().cycle();
    group.bench_function("like_scan", |b| {
        b.iter(|| {
            let (locale, text) = next.next().unwrap();
            black_box(bench_support::like_scan(&encrypted, text, locale).unwrap())
        })
    });
    group.finish();
}

/// The app's search on the encrypted store and on plain SQLite, query by
/// query in turn (which goes first alternating), so both see the same
/// machine: criterion measures one after the other, and on this shared
/// machine a burst of load during either moved their ratio by half.
fn interleaved(s: &Stores, queries: &[(&'static str, String)]) {
    let encrypted = bench_support::open(&s.encrypted, &s.raw_key()).unwrap();
    let plain = bench_support::open(&s.plain, &Keying::Plaintext).unwrap();
    let names = ["search_interleaved_encrypted", "search_interleaved_plain_sqlite"];
    common::interleaved(names, [&encrypted, &plain], 5, queries.len(), |conn, i| {
        let (locale, text) = &queries[i];
        black_box(bench_support::search_articles(conn, text, locale).unwrap());
    });
}

/// Every query once through the whole search view, timed one by one; also
/// p50/p95 per kind of query (printed, and written next to the summary).
fn latency(s: &Stores) {
    let queries = kinded_queries();
    let mut durations: Vec<Duration> = Vec::new();
    let mut by_kind: BTreeMap<&str, Vec<Duration>> = BTreeMap::new();
    for locale in LOCALES {
        let options = OpenOptions { language_override: Some((*locale).into()), ..OpenOptions::default() };
        let haven = Haven::open(&s.haven_dir, s.secrets.clone(), options).unwrap();
        let mine: Vec<&(&str, &str, String)> = queries.iter().filter(|(l, _, _)| l == locale).collect();
        for _ in 0..3 {
            for (_, kind, text) in &mine {
                let start = Instant::now();
                black_box(haven.search(text).unwrap());
                let took = start.elapsed();
                durations.push(took);
                by_kind.entry(kind).or_default().push(took);
            }
        }
    }
    common::write_latency("search_latency", durations);
    for (kind, durations) in by_kind {
        common::write_latency(&format!("search_latency_{kind}"), durations);
    }
}

fn benches(c: &mut Criterion) {
    let stores = stores();
    let queries = queries();
    compare(c, &stores, &queries);
    interleaved(&stores, &queries);
    latency(&stores);
}

criterion_group! {
    name = search;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    targets = benches
}
criterion_main!(search);
