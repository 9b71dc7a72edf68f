//! Sync journeys end to end on loopback: a hub double serves what a
//! publisher signed; a Haven syncs it and shows it in its views.

use std::time::{Duration, Instant};

use haven_core::content::{Pack, builtin_pack};
use haven_core::sync::testkit::*;
use haven_core::sync::{
    CancelToken, ContentKind, Publisher, RetryPolicy, SyncError, SyncEvent, SyncOutcome, SyncSettings,
};
use haven_core::{Error, Haven, OpenOptions};

use haven_e2e::{Fixture, device};
use ring::signature::Ed25519KeyPair;

const DAY: i64 = 86_400;
const MARKER: &str = "Zanzibarfrost";

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// A GB publisher's content: one article of its own, and its own version
/// of the built-in UK helpline (same id: it takes precedence).
fn ngo_pack(title: &str) -> Pack {
    let builtin = builtin_pack().unwrap();
    let mut article = builtin.articles.iter().find(|a| a.id == "calling-a-helpline").unwrap().clone();
    article.id = "ngo-winter-shelters".into();
    article.regions = vec!["GB".into()];
    article.texts.retain(|t| t.locale == "en");
    article.texts[0].title = title.into();
    article.texts[0].summary = format!("{MARKER} shelters open this winter");
    let mut helpline = builtin.helplines.iter().find(|h| h.id == "gb-modern-slavery-helpline").unwrap().clone();
    helpline.texts.retain(|t| t.locale == "en");
    helpline.texts[0].description = "Updated by the NGO: open 24 hours, every day.".into();
    Pack {
        format: builtin.format,
        id: "ngo".into(),
        version: 1,
        articles: vec![article],
        helplines: vec![helpline],
        forms: vec![],
    }
}

struct World {
    roots: TestRoots,
    key: Ed25519KeyPair,
    site: Site,
    fixture: Fixture,
}

impl World {
    fn new() -> World {
        let roots = TestRoots::new();
        let key = new_key();
        let mut site = Site::default();
        site.put_publishers(roots.sign_publishers(&publisher_list(1, now() + 30 * DAY, vec![self::ngo(&key)])));
        site.publish("ngo", &key, 1, (now() - DAY, now() + 30 * DAY), &ngo_pack("Winter shelters"), &[]);
        World { roots, key, site, fixture: Fixture::new() }
    }

    fn options(&self) -> OpenOptions {
        OpenOptions { trust_anchor: Some(self.roots.list.clone()), ..device("en", "GB") }
    }

    fn open(&self) -> Haven {
        self.fixture.open(self.options())
    }
}

fn ngo(key: &Ed25519KeyPair) -> Publisher {
    publisher("ngo", key, scope(&["GB"], &["*"], &[ContentKind::Articles, ContentKind::Helplines]))
}

fn settings(hub: &HubDouble) -> SyncSettings {
    let mut s = SyncSettings::new(hub.url());
    s.timeouts.read = Duration::from_millis(800);
    s.retry =
        RetryPolicy { attempts: 4, first_delay: Duration::from_millis(20), max_delay: Duration::from_millis(100) };
    s
}

fn run(haven: &Haven, settings: &SyncSettings) -> Result<SyncOutcome, Error> {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(haven.sync(settings, &|_: SyncEvent| {}, &CancelToken::new()))
}

/// Everything a user could see of the synced content.
fn visible(haven: &Haven) -> (Option<String>, String, usize) {
    let article = haven.article("ngo-winter-shelters").ok().map(|a| a.title);
    let helplines = haven.helplines(Some("GB")).unwrap();
    let msh = helplines.items.iter().find(|h| h.id == "gb-modern-slavery-helpline").unwrap();
    let hits = haven.search(MARKER).unwrap().articles.len();
    (article, msh.description.clone(), hits)
}

#[test]
fn synced_content_appears_in_views_and_search_and_takes_precedence() {
    let world = World::new();
    let hub = HubDouble::start(world.site.clone());
    let haven = world.open();
    let (before, builtin_description, _) = visible(&haven);
    assert_eq!(before, None);

    let outcome = run(&haven, &settings(&hub)).unwrap();
    assert_eq!(outcome.changes.len(), 1);
    assert_eq!((outcome.changes[0].articles, outcome.changes[0].helplines), (1, 1));
    let (article, description, hits) = visible(&haven);
    assert_eq!(article.as_deref(), Some("Winter shelters"));
    assert_eq!(description, "Updated by the NGO: open 24 hours, every day.");
    assert_ne!(description, builtin_description);
    assert_eq!(hits, 1, "the synced article is in the search index");
    let status = haven.content_status().unwrap();
    assert_eq!(status.len(), 1);
    assert_eq!((status[0].version, status[0].expired, status[0].age_days), (1, false, 1));

    // Reopened, the content is still there (it is in the encrypted store).
    drop(haven);
    let haven = world.open();
    assert_eq!(visible(&haven).0.as_deref(), Some("Winter shelters"));
}

#[test]
fn a_sync_with_nothing_changed_costs_one_conditional_request_per_publisher_and_no_pack_bytes() {
    let world = World::new();
    let hub = HubDouble::start(world.site.clone());
    let haven = world.open();
    run(&haven, &settings(&hub)).unwrap();
    hub.take_log();

    let outcome = run(&haven, &settings(&hub)).unwrap();
    let log = hub.take_log();
    assert!(outcome.changes.is_empty() && outcome.unchanged == 1);
    let manifests: Vec<_> = log.iter().filter(|s| s.path.ends_with("manifest.json")).collect();
    assert_eq!(manifests.len(), 1);
    assert_eq!(manifests[0].status, 304);
    assert!(log.iter().all(|s| !s.path.starts_with("packs/")), "{log:?}");
    assert_eq!(log.iter().map(|s| s.body_bytes).sum::<usize>(), 0, "{log:?}");
}

#[test]
fn editing_one_article_fetches_only_the_changed_part() {
    let mut world = World::new();
    let hub = HubDouble::start(world.site.clone());
    let haven = world.open();
    run(&haven, &settings(&hub)).unwrap();
    hub.take_log();

    world.site.publish(
        "ngo",
        &world.key,
        2,
        (now() - 60, now() + 30 * DAY),
        &ngo_pack("Winter shelters: new address"),
        &[],
    );
    hub.set_site(world.site.clone());
    let outcome = run(&haven, &settings(&hub)).unwrap();
    let packs: Vec<_> = hub.take_log().into_iter().filter(|s| s.path.starts_with("packs/")).collect();
    assert_eq!(packs.len(), 1, "only the article's part: {packs:?}");
    assert_eq!(outcome.changes[0].from_version, Some(1));
    assert_eq!(visible(&haven).0.as_deref(), Some("Winter shelters: new address"));
}

#[test]
fn tampered_rolled_back_or_expired_updates_leave_the_store_unchanged() {
    let mut world = World::new();
    let hub = HubDouble::start(world.site.clone());
    let haven = world.open();
    run(&haven, &settings(&hub)).unwrap();
    let before = visible(&haven);

    // A part swapped for other bytes under the same name.
    let mut tampered = world.site.clone();
    tampered.publish("ngo", &world.key, 2, (now() - 60, now() + DAY), &ngo_pack("Evil"), &[]);
    let paths: Vec<String> = tampered.files.keys().filter(|p| p.starts_with("packs/")).cloned().collect();
    for path in &paths {
        tampered.files.insert(path.clone(), b"not the signed bytes".to_vec());
    }
    hub.set_site(tampered);
    let outcome = run(&haven, &settings(&hub)).unwrap();
    assert!(matches!(outcome.refused[..], [(_, SyncError::HashMismatch)]), "{:?}", outcome.refused);
    assert_eq!(visible(&haven), before);

    // An older manifest (rollback), after version 3 was applied.
    world.site.publish("ngo", &world.key, 3, (now() - 60, now() + DAY), &ngo_pack("Version three"), &[]);
    hub.set_site(world.site.clone());
    run(&haven, &settings(&hub)).unwrap();
    let v3 = visible(&haven);
    let mut old = world.site.clone();
    old.publish("ngo", &world.key, 2, (now() - 60, now() + DAY), &ngo_pack("Rolled back"), &[]);
    hub.set_site(old);
    let outcome = run(&haven, &settings(&hub)).unwrap();
    assert!(matches!(outcome.refused[..], [(_, SyncError::Rollback { .. })]));
    assert_eq!(visible(&haven), v3);

    // An expired manifest: refused, the last verified content stays and says its age.
    let mut expired = world.site.clone();
    expired.publish("ngo", &world.key, 4, (now() - 40 * DAY, now() - DAY), &ngo_pack("Stale"), &[]);
    hub.set_site(expired);
    let outcome = run(&haven, &settings(&hub)).unwrap();
    assert!(matches!(outcome.refused[..], [(_, SyncError::Expired { .. })]));
    assert_eq!(visible(&haven), v3);
}

#[test]
fn a_publisher_signing_outside_its_scope_is_refused() {
    let mut world = World::new();
    // The GB publisher tries to publish a helpline for the US.
    let mut pack = ngo_pack("Winter shelters");
    let us = builtin_pack().unwrap().helplines.into_iter().find(|h| h.country == "US").unwrap();
    pack.helplines.push(us);
    world.site.publish("ngo", &world.key, 1, (now() - DAY, now() + DAY), &pack, &[]);
    let hub = HubDouble::start(world.site.clone());
    let haven = world.open();
    let outcome = run(&haven, &settings(&hub)).unwrap();
    assert!(matches!(outcome.refused[..], [(_, SyncError::OutOfScope { .. })]), "{:?}", outcome.refused);
    assert_eq!(visible(&haven).0, None);
}

#[test]
fn a_revoked_publishers_content_is_removed_and_the_built_in_content_returns() {
    let mut world = World::new();
    let hub = HubDouble::start(world.site.clone());
    let haven = world.open();
    let builtin = visible(&haven);
    run(&haven, &settings(&hub)).unwrap();
    assert_ne!(visible(&haven), builtin);

    world.site.put_publishers(world.roots.sign_publishers(&publisher_list(2, now() + DAY, vec![])));
    hub.set_site(world.site.clone());
    let outcome = run(&haven, &settings(&hub)).unwrap();
    assert!(outcome.changes.iter().any(|c| c.removed));
    assert_eq!(visible(&haven), builtin);
    assert!(haven.content_status().unwrap().is_empty());
}

#[test]
fn a_flaky_server_is_retried_and_a_dead_one_gives_a_clean_error_losing_nothing() {
    let world = World::new();
    let hub = HubDouble::start(world.site.clone());
    let haven = world.open();
    let builtin = visible(&haven);

    // One of each fault, spread over requests: retries get through.
    hub.inject(&[Fault::Reset, Fault::ServerError, Fault::Truncate, Fault::Stall(Duration::from_secs(2))]);
    let outcome = run(&haven, &settings(&hub)).unwrap();
    assert_eq!(outcome.changes.len(), 1);
    let synced = visible(&haven);

    // A server that only fails: a clean, transient error, and nothing lost.
    let fresh = World::new();
    let dead = HubDouble::start(fresh.site.clone());
    dead.inject(&[Fault::ServerError; 16]);
    let haven2 = fresh.open();
    let error = run(&haven2, &settings(&dead)).unwrap_err();
    assert!(matches!(&error, Error::Sync(e) if e.is_transient()), "{error:?}");
    assert_eq!(visible(&haven2), builtin);
    assert_eq!(visible(&haven), synced);
}

#[test]
fn a_cancelled_sync_changes_nothing() {
    let world = World::new();
    let hub = HubDouble::start(world.site.clone());
    let haven = world.open();
    let before = visible(&haven);
    hub.inject(&[Fault::Stall(Duration::from_secs(5))]);
    let cancel = CancelToken::new();
    let canceller = cancel.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        canceller.cancel();
    });
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let result = runtime.block_on(haven.sync(&settings(&hub), &|_: SyncEvent| {}, &cancel));
    assert!(matches!(result, Err(Error::Sync(SyncError::Cancelled))), "{result:?}");
    assert_eq!(visible(&haven), before);
}

/// Runs `sync` on its own thread; `during` runs meanwhile on this one.
fn sync_while<T>(
    haven: &Haven,
    settings: &SyncSettings,
    during: impl FnOnce() -> T,
) -> (Result<SyncOutcome, Error>, T) {
    std::thread::scope(|scope| {
        let syncing = scope.spawn(|| run(haven, settings));
        let meanwhile = during();
        (syncing.join().expect("the sync thread ends"), meanwhile)
    })
}

/// Waits until the hub holds a request (the sync is mid-download).
fn wait_for_stall(hub: &HubDouble) {
    let start = Instant::now();
    while hub.stalls() == 0 {
        assert!(start.elapsed() < Duration::from_secs(20), "the sync never asked for a part");
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_lock_mid_download_cancels_the_sync_promptly_and_applies_nothing() {
    let mut world = World::new();
    let hub = HubDouble::start(world.site.clone());
    let haven = world.open();
    run(&haven, &settings(&hub)).unwrap();
    let v1 = visible(&haven);
    world.site.publish("ngo", &world.key, 2, (now() - 60, now() + 30 * DAY), &ngo_pack("Version two"), &[]);
    hub.set_site(world.site.clone());
    // Parts never arrive: the sync waits on the network, as on a slow link.
    hub.stall_paths(Some(("packs/", Duration::from_secs(60))));
    let mut patient = settings(&hub);
    patient.timeouts.read = Duration::from_secs(60);

    let (result, (lock_took, locked_at)) = sync_while(&haven, &patient, || {
        wait_for_stall(&hub);
        let start = Instant::now();
        let view = haven.lock();
        assert!(view.locked);
        (start.elapsed(), Instant::now())
    });
    let sync_ended_after_lock = locked_at.elapsed();
    assert!(matches!(result, Err(Error::Locked)), "ended by the lock, not by the shell: {result:?}");
    assert!(lock_took < Duration::from_secs(1), "lock waited for the sync: {lock_took:?}");
    assert!(sync_ended_after_lock < Duration::from_secs(5), "the sync ran on after the lock");

    // Nothing half-applied: the old version, whole; then a later sync works.
    haven.resume().unwrap();
    assert_eq!(haven.content_status().unwrap()[0].version, 1);
    assert_eq!(visible(&haven), v1);
    hub.stall_paths(None);
    let outcome = run(&haven, &settings(&hub)).unwrap();
    assert_eq!(outcome.changes[0].to_version, 2);
    assert_eq!(visible(&haven).0.as_deref(), Some("Version two"));
}

#[test]
fn a_sync_started_while_locked_is_refused_cleanly_and_a_cancel_token_survives_a_lock() {
    let world = World::new();
    let hub = HubDouble::start(world.site.clone());
    let haven = world.open();
    haven.lock();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let shells_token = CancelToken::new();
    let result = runtime.block_on(haven.sync(&settings(&hub), &|_: SyncEvent| {}, &shells_token));
    assert!(matches!(result, Err(Error::Locked)), "{result:?}");
    assert!(hub.take_log().is_empty(), "nothing was fetched for a locked Haven");
    assert!(!shells_token.is_cancelled(), "lock stops runs, not the token a shell keeps");

    haven.resume().unwrap();
    let outcome = runtime.block_on(haven.sync(&settings(&hub), &|_: SyncEvent| {}, &shells_token)).unwrap();
    assert_eq!(outcome.changes.len(), 1);
}
