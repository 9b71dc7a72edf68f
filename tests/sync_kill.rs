//! A sync process killed (SIGKILL) at random moments, 200 times: the store
//! always opens afterwards at the old version or the new one, never a mix.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::time::Instant;

use haven_core::content::{Pack, builtin_pack};
use haven_core::sync::testkit::*;
use haven_core::sync::{CancelToken, ContentKind, Follow, SyncEvent, SyncSettings};
use haven_core::{FileSecretStore, Haven, OpenOptions};

const DAY: i64 = 86_400;
const ARTICLES: usize = 48;

/// A publisher's pack whose every article title carries `marker`.
fn pack(marker: &str) -> Pack {
    let builtin = builtin_pack().unwrap();
    let template = builtin.articles.iter().find(|a| a.id == "phone-safety").unwrap();
    let articles = (0..ARTICLES)
        .map(|i| {
            let mut a = template.clone();
            a.id = format!("ngo-article-{i:04}");
            a.regions = vec!["GB".into()];
            for t in &mut a.texts {
                t.title = format!("{marker} {i}");
            }
            a
        })
        .collect();
    Pack { format: builtin.format, id: "ngo".into(), version: 1, articles, helplines: vec![], forms: vec![] }
}

fn options(roots: &TestRoots) -> OpenOptions {
    OpenOptions { trust_anchor: Some(roots.list.clone()), region: Some("GB".into()), ..OpenOptions::default() }
}

fn open(dir: &Path, roots: &TestRoots) -> Haven {
    Haven::open(dir, Arc::new(FileSecretStore::new(dir.join("key"))), options(roots)).expect("the store opens")
}

/// The version the store says it holds, checked against every article.
fn consistent_version(dir: &Path, roots: &TestRoots) -> u64 {
    let haven = open(dir, roots);
    let status = haven.content_status().unwrap();
    let version = status[0].version;
    let marker = if version == 1 { "old" } else { "new" };
    for i in (0..ARTICLES).step_by(37).chain([ARTICLES - 1]) {
        let title = haven.article(&format!("ngo-article-{i:04}")).unwrap().title;
        assert_eq!(title, format!("{marker} {i}"), "version {version} holds a mixed article");
    }
    version
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

#[test]
fn a_sync_killed_at_random_points_leaves_the_old_or_the_new_version() {
    let now = chrono::Utc::now().timestamp();
    let roots = TestRoots::new();
    let key = new_key();
    let ngo = publisher("ngo", &key, scope(&["GB"], &["*"], &[ContentKind::Articles]));
    let mut site = Site::default();
    site.put_publishers(roots.sign_publishers(&publisher_list(1, now + 30 * DAY, vec![ngo])));
    site.publish("ngo", &key, 1, (now - DAY, now + 30 * DAY), &pack("old"), &[]);
    let hub = HubDouble::start(site.clone());
    let work = tempfile::tempdir().unwrap();
    let roots_file = work.path().join("roots.json");
    std::fs::write(&roots_file, serde_json::to_vec(&roots.list).unwrap()).unwrap();

    // The old state: version 1 applied, the store closed.
    let base = work.path().join("base");
    std::fs::create_dir_all(&base).unwrap();
    {
        let haven = open(&base, &roots);
        let mut settings = SyncSettings::new(hub.url());
        settings.follow = Follow::All;
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(haven.sync(&settings, &|_: SyncEvent| {}, &CancelToken::new())).unwrap();
    }
    assert_eq!(consistent_version(&base, &roots), 1);
    site.publish("ngo", &key, 2, (now - 60, now + 30 * DAY), &pack("new"), &[]);
    hub.set_site(site);

    let child = |dir: &Path| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_sync-child"));
        cmd.arg(dir).arg(hub.url()).arg(&roots_file);
        cmd
    };
    // How long a whole sync takes in a child, to spread the kills over it.
    let full = work.path().join("full");
    copy_dir(&base, &full);
    let started = Instant::now();
    assert!(child(&full).status().unwrap().success());
    let span = started.elapsed();
    assert_eq!(consistent_version(&full, &roots), 2);

    let mut seen = [0usize; 3];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..200 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let dir = work.path().join(format!("round-{round}"));
        copy_dir(&base, &dir);
        let mut process = child(&dir).stdout(std::process::Stdio::null()).spawn().unwrap();
        // Most of a sync is download and verification; the kills favour its
        // later part, where the apply transaction runs.
        let delay = span.mul_f64(0.2 + (seed % 1000) as f64 / 1000.0 * 0.9);
        std::thread::sleep(delay);
        let _ = process.kill(); // SIGKILL on Unix
        let _ = process.wait();
        let version = consistent_version(&dir, &roots);
        seen[version as usize] += 1;
        std::fs::remove_dir_all(&dir).unwrap();
    }
    // Both outcomes happen: kills landed before and after the commit.
    assert!(seen[1] > 0 && seen[2] > 0, "old {} new {}", seen[1], seen[2]);
    eprintln!("killed 200 syncs (a whole sync took {span:?}): {} at the old version, {} at the new", seen[1], seen[2]);
}
