//! The tamper corpus: over a thousand mutated manifests, parts and lists,
//! each served to a Haven that already holds verified content. Every one
//! must be refused, and the store must hold exactly what it held before.

use std::time::Duration;

use haven_core::content::builtin_pack;
use haven_core::sync::testkit::*;
use haven_core::sync::{CancelToken, RetryPolicy, SignedDocument, SyncEvent, SyncSettings, sign_document};
use haven_core::{Haven, OpenOptions};

use haven_e2e::{Fixture, device};

const DAY: i64 = 86_400;

/// Deterministic randomness, so a failing mutation can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn fingerprint(haven: &Haven) -> String {
    let status = haven.content_status().unwrap();
    let helplines = haven.helplines(Some("GB")).unwrap();
    let names: Vec<_> = helplines.items.iter().map(|h| (&h.id, &h.description)).collect();
    let home = haven.home().unwrap();
    format!("{status:?}|{names:?}|{:?}", home.categories.len())
}

#[test]
fn a_thousand_mutations_are_all_refused_with_the_store_unchanged() {
    let now = chrono::Utc::now().timestamp();
    let roots = TestRoots::new();
    let key = new_key();
    let ngo = publisher("ngo", &key, scope(&["GB"], &["*"], &all_kinds()));
    let list = publisher_list(1, now + 30 * DAY, vec![ngo.clone()]);
    let mut pack = builtin_pack().unwrap();
    pack.id = "ngo".into();
    pack.articles.retain(|a| a.regions.is_empty() || a.regions.iter().all(|r| r.starts_with("GB")));
    pack.articles.iter_mut().for_each(|a| a.regions = vec!["GB".into()]);
    pack.helplines.retain(|h| h.country == "GB");
    let mut good = Site::default();
    good.put_publishers(roots.sign_publishers(&list));
    good.publish("ngo", &key, 5, (now - DAY, now + 30 * DAY), &pack, &[]);

    let fixture = Fixture::new();
    let options = OpenOptions { trust_anchor: Some(roots.list.clone()), ..device("en", "GB") };
    let haven = fixture.open(options);
    let hub = HubDouble::start(good.clone());
    let mut settings = SyncSettings::new(hub.url());
    settings.retry = RetryPolicy { attempts: 1, first_delay: Duration::ZERO, max_delay: Duration::ZERO };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let sync = |site: &Site| {
        hub.set_site(site.clone());
        runtime.block_on(haven.sync(&settings, &|_: SyncEvent| {}, &CancelToken::new()))
    };
    assert_eq!(sync(&good).unwrap().changes.len(), 1);
    let trusted = fingerprint(&haven);

    // A valid next version, the base every mutation starts from.
    let mut next = good.clone();
    let mut edited = pack.clone();
    edited.helplines[0].texts[0].description = "A trafficker's number would go here.".into();
    next.publish("ngo", &key, 6, (now - 60, now + 30 * DAY), &edited, &[]);
    let manifest_path = "publishers/ngo/manifest.json".to_string();
    let new_parts: Vec<String> =
        next.files.keys().filter(|p| p.starts_with("packs/") && !good.files.contains_key(*p)).cloned().collect();
    assert!(!new_parts.is_empty());

    let mut rng = Rng(0x5eed_cafe_f00d_d00d);
    let mut cases: Vec<(String, Site)> = Vec::new();
    let mutate_bytes = |rng: &mut Rng, bytes: &mut Vec<u8>, kind: usize| match kind {
        0 => {
            let i = rng.below(bytes.len());
            bytes[i] ^= 1 << rng.below(8);
        }
        1 => bytes.truncate(rng.below(bytes.len())),
        _ => {
            let i = rng.below(bytes.len());
            bytes.insert(i, rng.next() as u8);
        }
    };
    for i in 0..400 {
        let mut site = next.clone();
        let bytes = site.files.get_mut(&manifest_path).unwrap();
        mutate_bytes(&mut rng, bytes, i % 3);
        cases.push((format!("manifest mutation {i}"), site));
    }
    for i in 0..400 {
        let mut site = next.clone();
        let part = &new_parts[rng.below(new_parts.len())];
        let bytes = site.files.get_mut(part).unwrap();
        mutate_bytes(&mut rng, bytes, i % 3);
        cases.push((format!("part mutation {i}"), site));
    }
    for i in 0..100 {
        // Swapped parts: one part's bytes under another's name.
        let mut site = next.clone();
        let all: Vec<String> = site.files.keys().filter(|p| p.starts_with("packs/")).cloned().collect();
        let (a, b) = (rng.below(all.len()), rng.below(all.len()));
        if a == b || !new_parts.contains(&all[a]) {
            let other = all.iter().find(|p| !new_parts.contains(*p)).unwrap().clone();
            let bytes = site.files[&other].clone();
            site.files.insert(new_parts[0].clone(), bytes);
        } else {
            let bytes = site.files[&all[b]].clone();
            site.files.insert(all[a].clone(), bytes);
        }
        cases.push((format!("swapped parts {i}"), site));
    }
    for i in 0..60 {
        let mut site = next.clone();
        let bytes = site.files.get_mut("publishers.json").unwrap();
        mutate_bytes(&mut rng, bytes, i % 3);
        cases.push((format!("publisher list mutation {i}"), site));
    }
    // Validly signed, but stale, old, out of scope or under-signed.
    for i in 0..20u64 {
        let mut site = good.clone();
        site.publish("ngo", &key, 4 - (i % 4), (now - DAY, now + DAY), &edited, &[]);
        cases.push((format!("rollback {i}"), site));
        let mut site = good.clone();
        site.publish("ngo", &key, 7 + i, (now - 40 * DAY, now - DAY - i as i64), &edited, &[]);
        cases.push((format!("expired {i}"), site));
        let mut site = good.clone();
        let mut foreign = edited.clone();
        foreign.helplines.push(builtin_pack().unwrap().helplines.into_iter().find(|h| h.country == "US").unwrap());
        site.publish("ngo", &key, 7 + i, (now - 60, now + DAY), &foreign, &[]);
        cases.push((format!("out of scope {i}"), site));
        let mut site = next.clone();
        let one = &roots.keys[0] as &dyn haven_core::sync::Signer;
        let payload = serde_json::to_vec(&publisher_list(2 + i, now + DAY, vec![ngo.clone()])).unwrap();
        let doc = sign_document(haven_core::sync::DocumentType::PublisherList, &payload, &[one, one]);
        site.put_publishers(doc.to_bytes());
        cases.push((format!("duplicate root signatures {i}"), site));
        let mut site = next.clone();
        let stranger = new_key();
        let mut doc = SignedDocument::parse(&site.files[&manifest_path]).unwrap();
        let resigned = sign_document(
            haven_core::sync::DocumentType::Manifest,
            &doc.unverified_payload().unwrap(),
            &[&stranger as &dyn haven_core::sync::Signer],
        );
        doc.signatures = resigned.signatures;
        site.files.insert(manifest_path.clone(), doc.to_bytes());
        cases.push((format!("unknown key {i}"), site));
    }
    assert!(cases.len() >= 1000, "{}", cases.len());

    let mut refused = 0;
    for (name, site) in &cases {
        match sync(site) {
            Ok(outcome) => {
                assert!(outcome.changes.is_empty(), "{name}: applied {:?}", outcome.changes);
                refused += usize::from(!outcome.refused.is_empty());
            }
            Err(_) => refused += 1,
        }
        assert_eq!(fingerprint(&haven), trusted, "{name}: the store changed");
    }
    // Mutations that leave a document meaning the same (whitespace) are not
    // refusals, but must not change anything either; nearly all are refused.
    assert!(refused * 100 >= cases.len() * 95, "{refused} of {} refused", cases.len());
    // And the untouched next version still applies afterwards.
    assert_eq!(sync(&next).unwrap().changes.len(), 1);
    assert_ne!(fingerprint(&haven), trusted);
}
