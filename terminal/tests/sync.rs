//! `haven sync URL`: signed updates from a hub on loopback, with progress on
//! stderr, what changed and the content's age on stdout.

mod common;

use common::{haven, tempdir};
use haven_core::content::builtin_pack;
use haven_core::sync::testkit::*;

#[test]
fn sync_shows_progress_changes_and_age_and_remembers_the_address() {
    let now = chrono::Utc::now().timestamp();
    let roots = TestRoots::new();
    let key = new_key();
    let ngo = publisher("ngo", &key, scope(&["*"], &["*"], &all_kinds()));
    let mut site = Site::default();
    site.put_publishers(roots.sign_publishers(&publisher_list(1, now + 30 * 86_400, vec![ngo])));
    let mut pack = builtin_pack().unwrap();
    pack.id = "ngo".into();
    site.publish("ngo", &key, 1, (now - 3 * 86_400, now + 30 * 86_400), &pack, &[]);
    let hub = HubDouble::start(site);

    let dir = tempdir();
    let roots_file = dir.path().join("roots.json");
    std::fs::write(&roots_file, serde_json::to_vec(&roots.list).unwrap()).unwrap();
    let trust = roots_file.to_str().unwrap();

    let first = haven(dir.path(), &["sync", &hub.url(), "--trust-root", trust, "--locale", "en"]);
    assert_eq!(first.code, Some(0), "{}", first.stderr);
    assert!(first.stderr.contains("Checking for updates"), "{}", first.stderr);
    assert!(first.stdout.contains("ngo (test NGO): updated to version 1"), "{}", first.stdout);
    assert!(first.stdout.contains("published 3 days ago"), "{}", first.stdout);

    // The address is remembered; nothing new the second time.
    let second = haven(dir.path(), &["sync", "--trust-root", trust, "--locale", "en"]);
    assert_eq!(second.code, Some(0), "{}", second.stderr);
    assert!(second.stdout.contains("Everything is up to date."), "{}", second.stdout);

    // A refused address: plain HTTP to another host.
    let refused = haven(dir.path(), &["sync", "http://example.org/haven", "--locale", "en"]);
    assert_ne!(refused.code, Some(0));
    assert!(refused.stderr.contains("loopback"), "{}", refused.stderr);
}
