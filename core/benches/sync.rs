//! Sync costs (issue 4): applying a 10,000-record publication against a
//! plain SQLite bulk insert of the same rows; what a no-change sync and a
//! one-article edit transfer; and peak memory while applying a 20 MB
//! publication. Counts and memory go to target/criterion/sync_summary.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use haven_core::content::Pack;
use haven_core::store::bench_support;
use haven_core::sync::testkit::*;
use haven_core::sync::{CancelToken, ContentKind, Follow, SyncEvent, SyncSettings};
use haven_core::{Haven, MemorySecretStore, OpenOptions};

const DAY: i64 = 86_400;

/// Counts live heap bytes and their peak, so the memory a sync needs is
/// measured directly (resident-set figures hide freed pages the allocator
/// keeps and reuses).
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

struct Hub {
    roots: TestRoots,
    key: ring::signature::Ed25519KeyPair,
    site: Site,
    server: HubDouble,
}

fn start_hub(pack: &Pack) -> Hub {
    let now = chrono::Utc::now().timestamp();
    let roots = TestRoots::new();
    let key = new_key();
    let ngo = publisher("ngo", &key, scope(&["*"], &["*"], &[ContentKind::Articles]));
    let mut site = Site::default();
    site.put_publishers(roots.sign_publishers(&publisher_list(1, now + 30 * DAY, vec![ngo])));
    site.publish("ngo", &key, 1, (now - DAY, now + 30 * DAY), pack, &[]);
    let server = HubDouble::start(site.clone());
    Hub { roots, key, site, server }
}

fn fresh_haven(dir: &Path, hub: &Hub) -> Haven {
    let options = OpenOptions { trust_anchor: Some(hub.roots.list.clone()), ..OpenOptions::default() };
    Haven::open(dir, std::sync::Arc::new(MemorySecretStore::new()), options).unwrap()
}

fn sync(haven: &Haven, hub: &Hub) -> haven_core::sync::SyncOutcome {
    let mut settings = SyncSettings::new(hub.server.url());
    settings.follow = Follow::All;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(haven.sync(&settings, &|_: SyncEvent| {}, &CancelToken::new())).unwrap()
}

fn apply_10000(c: &mut Criterion) {
    let pack = common::article_pack("ngo", 0..10_000, &["en"]);
    let hub = start_hub(&pack);
    let mut group = c.benchmark_group("sync_apply");
    group.sample_size(10);
    group.bench_function("haven_10000_records", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let haven = fresh_haven(dir.path(), &hub);
                (dir, haven)
            },
            |(dir, haven)| {
                sync(&haven, &hub);
                (dir, haven)
            },
            BatchSize::PerIteration,
        )
    });
    // The same rows through `Haven::install_pack` into a fresh encrypted
    // store: what encryption alone adds, with no download or verification.
    group.bench_function("haven_install_only_10000_records", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let haven = fresh_haven(dir.path(), &hub);
                (dir, haven)
            },
            |(dir, haven)| {
                haven.install_pack(&pack).unwrap();
                (dir, haven)
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("plain_sqlite_10000_records", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                bench_support::plain_bulk_insert(&dir.path().join("plain.db"), &pack).unwrap();
                dir
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// Counts, bytes and memory: not timings, written as one summary.
fn transfers_and_memory(_: &mut Criterion) {
    // A one-article edit in a 2,000-article, 4-locale publication.
    let locales = ["en", "sq", "ro", "uk"];
    let pack = common::article_pack("ngo", 0..2_000, &locales);
    let mut hub = start_hub(&pack);
    let dir = tempfile::tempdir().unwrap();
    let haven = fresh_haven(dir.path(), &hub);
    let first = sync(&haven, &hub);
    let full_bytes = first.bytes_downloaded;
    let pack_bytes: u64 =
        hub.site.files.iter().filter(|(p, _)| p.starts_with("packs/")).map(|(_, b)| b.len() as u64).sum();
    hub.server.take_log();
    let unchanged = sync(&haven, &hub);
    let log = hub.server.take_log();
    let manifest_requests = log.iter().filter(|s| s.path.ends_with("manifest.json")).count();
    let unchanged_pack_bytes: usize = log.iter().filter(|s| s.path.starts_with("packs/")).map(|s| s.body_bytes).sum();
    let mut edited = pack.clone();
    edited.articles[1234].texts[0].title = "An edited title".into();
    let now = chrono::Utc::now().timestamp();
    hub.site.publish("ngo", &hub.key, 2, (now - 60, now + DAY), &edited, &[]);
    hub.server.set_site(hub.site.clone());
    let edit = sync(&haven, &hub);
    let edit_pack_bytes: usize =
        hub.server.take_log().iter().filter(|s| s.path.starts_with("packs/")).map(|s| s.body_bytes).sum();
    drop(haven);

    // Peak memory applying a publication of about 20 MB (uncompressed JSON).
    let big = common::article_pack("ngo", 0..9_000, &locales);
    let big_hub = start_hub(&big);
    let big_parts: u64 = big_hub.site.files.keys().filter_map(|p| p.strip_prefix("packs/")).count() as u64;
    let manifest_raw: u64 =
        haven_core::sync::build_parts("ngo", &big, &[]).unwrap().iter().map(|p| p.reference.raw_size).sum();
    let big_dir = tempfile::tempdir().unwrap();
    let haven = fresh_haven(big_dir.path(), &big_hub);
    // Rust heap in use before the sync, and its peak during it. SQLite's
    // memory comes from libc's malloc and is not counted; its page cache is
    // bounded by the store (8 MiB while a sync applies, 512 KiB otherwise).
    let idle = LIVE.load(Ordering::Relaxed) / 1024;
    PEAK.store(idle * 1024, Ordering::Relaxed);
    sync(&haven, &big_hub);
    let peak = PEAK.load(Ordering::Relaxed) / 1024;
    let json = format!(
        "{{\"unchanged_manifest_requests\": {manifest_requests}, \"unchanged_requests\": {}, \
          \"unchanged_pack_bytes\": {unchanged_pack_bytes}, \"unchanged_changes\": {}, \
          \"full_pack_bytes\": {pack_bytes}, \"first_sync_bytes\": {full_bytes}, \
          \"edit_pack_bytes\": {edit_pack_bytes}, \"edit_changes\": {}, \
          \"big_raw_bytes\": {manifest_raw}, \"big_parts\": {big_parts}, \
          \"idle_heap_kib\": {idle}, \"peak_heap_kib\": {peak}}}\n",
        unchanged.requests,
        unchanged.changes.len(),
        edit.changes.len()
    );
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion/sync_summary");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("summary.json"), json).unwrap();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(std::time::Duration::from_secs(1));
    targets = transfers_and_memory, apply_10000
}
criterion_main!(benches);
