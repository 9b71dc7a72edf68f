//! Each attack the trust model defends against (docs/security/content-trust.md),
//! checked on the sans-I/O verifiers.

use super::testkit::*;
use super::*;
use crate::content::{Pack, builtin_pack};

const NOW: i64 = 1_800_000_000;
const DAY: i64 = 86_400;

fn content() -> Pack {
    builtin_pack().expect("built-in pack")
}

fn wide_scope() -> Scope {
    scope(&["*"], &["*"], &all_kinds())
}

struct World {
    roots: TestRoots,
    key: ring::signature::Ed25519KeyPair,
    publisher: Publisher,
}

fn world() -> World {
    let key = new_key();
    let publisher = publisher("ngo", &key, wide_scope());
    World { roots: TestRoots::new(), key, publisher }
}

fn manifest_bytes(w: &World, version: u64, created: i64, expires: i64) -> (Manifest, Vec<u8>, Vec<BuiltPart>) {
    let parts = build_parts("ngo", &content(), &[]).unwrap();
    let m = manifest("ngo", version, created, expires, &parts);
    let bytes = sign_manifest(&m, &w.key);
    (m, bytes, parts)
}

#[test]
fn a_valid_manifest_and_its_parts_verify() {
    let w = world();
    let (m, bytes, parts) = manifest_bytes(&w, 1, NOW - DAY, NOW + 30 * DAY);
    assert_eq!(Manifest::accept(&w.publisher, None, &bytes, NOW), Ok(ManifestCheck::New(m.clone())));
    let mut items = 0;
    for part in &parts {
        items += Part::open(&part.reference, &w.publisher, &part.compressed).unwrap().items();
    }
    let pack = content();
    assert_eq!(items, pack.articles.len() + pack.helplines.len() + pack.forms.len());
    assert_eq!(Manifest::accept(&w.publisher, Some(&m), &bytes, NOW), Ok(ManifestCheck::Unchanged));
}

#[test]
fn arbitrary_content_bad_missing_or_unknown_signatures_are_refused() {
    let w = world();
    let (m, bytes, _) = manifest_bytes(&w, 1, NOW - DAY, NOW + DAY);
    // Unknown key.
    let stranger = sign_manifest(&m, &new_key());
    assert!(matches!(
        Manifest::accept(&w.publisher, None, &stranger, NOW),
        Err(SyncError::SignatureThreshold { valid: 0, needed: 1 })
    ));
    // Missing signature.
    let mut doc = SignedDocument::parse(&bytes).unwrap();
    doc.signatures.clear();
    assert!(matches!(
        Manifest::accept(&w.publisher, None, &doc.to_bytes(), NOW),
        Err(SyncError::SignatureThreshold { .. })
    ));
    // Payload changed after signing.
    let mut doc = SignedDocument::parse(&bytes).unwrap();
    let mut tampered = m.clone();
    tampered.version = 99;
    doc.payload =
        base64::Engine::encode(&base64::engine::general_purpose::STANDARD, serde_json::to_vec(&tampered).unwrap());
    assert!(matches!(
        Manifest::accept(&w.publisher, None, &doc.to_bytes(), NOW),
        Err(SyncError::SignatureThreshold { .. })
    ));
    // A manifest signature presented as a publisher list signature.
    let mut doc = SignedDocument::parse(&bytes).unwrap();
    doc.doc_type = DocumentType::PublisherList.as_str().into();
    assert!(matches!(
        w.roots.list.verify(&doc, DocumentType::PublisherList),
        Err(SyncError::SignatureThreshold { .. })
    ));
}

#[test]
fn duplicate_signatures_never_count_twice_toward_a_threshold() {
    let w = world();
    let list = publisher_list(1, NOW + DAY, vec![w.publisher.clone()]);
    let payload = serde_json::to_vec(&list).unwrap();
    let one = &w.roots.keys[0] as &dyn Signer;
    let doc = sign_document(DocumentType::PublisherList, &payload, &[one, one, one]);
    assert_eq!(
        PublisherList::accept(&w.roots.list, None, &doc.to_bytes(), NOW),
        Err(SyncError::SignatureThreshold { valid: 1, needed: 2 })
    );
    let two = sign_document(DocumentType::PublisherList, &payload, &w.roots.signers(2));
    assert!(PublisherList::accept(&w.roots.list, None, &two.to_bytes(), NOW).unwrap().is_some());
}

#[test]
fn out_of_scope_content_is_refused_before_and_after_download() {
    let w = world();
    // A publisher for Romania only, in Romanian and English.
    let narrow = publisher("ngo", &w.key, scope(&["RO"], &["ro", "en"], &[ContentKind::Articles]));
    let (_, bytes, parts) = manifest_bytes(&w, 1, NOW - DAY, NOW + DAY);
    assert!(matches!(Manifest::accept(&narrow, None, &bytes, NOW), Err(SyncError::OutOfScope { .. })));
    // Kinds: helplines not allowed.
    let no_helplines = publisher("ngo", &w.key, scope(&["*"], &["*"], &[ContentKind::Articles]));
    assert!(matches!(Manifest::accept(&no_helplines, None, &bytes, NOW), Err(SyncError::OutOfScope { .. })));
    // A part whose label says GB but whose items are for the US (label and items must agree).
    let gb_part = parts.iter().find(|p| p.reference.region == "GB").unwrap();
    let us_part = parts.iter().find(|p| p.reference.region == "US").unwrap();
    let mut lying = us_part.reference.clone();
    lying.region = "GB".into();
    assert!(Part::open(&lying, &w.publisher, &us_part.compressed).is_err());
    assert!(Part::open(&gb_part.reference, &w.publisher, &gb_part.compressed).is_ok());
}

#[test]
fn another_publishers_manifest_is_refused() {
    let w = world();
    let other_key = new_key();
    let other = publisher("other", &other_key, wide_scope());
    let (_, _, parts) = manifest_bytes(&w, 1, NOW - DAY, NOW + DAY);
    let m = manifest("ngo", 1, NOW - DAY, NOW + DAY, &parts);
    let signed_by_other = sign_manifest(&m, &other_key);
    assert!(matches!(Manifest::accept(&other, None, &signed_by_other, NOW), Err(SyncError::OutOfScope { .. })));
}

#[test]
fn rollback_of_manifests_publisher_lists_and_roots_is_refused() {
    let w = world();
    let (m2, _, _) = manifest_bytes(&w, 2, NOW - DAY, NOW + DAY);
    let (_, old, _) = manifest_bytes(&w, 1, NOW - DAY, NOW + DAY);
    assert!(matches!(
        Manifest::accept(&w.publisher, Some(&m2), &old, NOW),
        Err(SyncError::Rollback { offered: 1, trusted: 2, .. })
    ));
    // Same version, different content.
    let (_, same_version, _) = manifest_bytes(&w, 2, NOW - 2 * DAY, NOW + DAY);
    assert!(matches!(
        Manifest::accept(&w.publisher, Some(&m2), &same_version, NOW),
        Err(SyncError::SameVersionDifferent { .. })
    ));
    // Publisher lists.
    let v3 = publisher_list(3, NOW + DAY, vec![w.publisher.clone()]);
    let v2 = w.roots.sign_publishers(&publisher_list(2, NOW + DAY, vec![w.publisher.clone()]));
    assert!(matches!(PublisherList::accept(&w.roots.list, Some(&v3), &v2, NOW), Err(SyncError::Rollback { .. })));
    // Roots: only version + 1 is accepted.
    let mut old_roots = w.roots.list.clone();
    old_roots.version = 1;
    let mut current = w.roots.list.clone();
    current.version = 5;
    let payload = serde_json::to_vec(&old_roots).unwrap();
    let doc = sign_document(DocumentType::RootList, &payload, &w.roots.signers(3)).to_bytes();
    assert!(matches!(current.accept_next(&doc), Err(SyncError::Rollback { .. })));
}

#[test]
fn roots_rotate_only_with_a_threshold_of_old_and_new_keys() {
    let old = TestRoots::new();
    let new_keys = [new_key(), new_key(), new_key()];
    let next = RootList { version: 2, threshold: 2, keys: new_keys.iter().map(Signer::public_key).collect() };
    let payload = serde_json::to_vec(&next).unwrap();
    let new_signers: Vec<&dyn Signer> = new_keys.iter().map(|k| k as &dyn Signer).collect();
    let mut both = old.signers(2);
    both.extend(new_signers.iter().take(2));
    let ok = sign_document(DocumentType::RootList, &payload, &both).to_bytes();
    assert_eq!(old.list.accept_next(&ok), Ok(next.clone()));
    // Only the new keys (an attacker's own set) or only the old keys: refused.
    let only_new = sign_document(DocumentType::RootList, &payload, &new_signers).to_bytes();
    assert!(matches!(old.list.accept_next(&only_new), Err(SyncError::SignatureThreshold { .. })));
    let only_old = sign_document(DocumentType::RootList, &payload, &old.signers(3)).to_bytes();
    assert!(matches!(old.list.accept_next(&only_old), Err(SyncError::SignatureThreshold { .. })));
}

#[test]
fn freeze_an_expired_manifest_or_list_is_never_accepted_as_new() {
    let w = world();
    let (_, expired, _) = manifest_bytes(&w, 1, NOW - 30 * DAY, NOW - DAY);
    assert!(matches!(Manifest::accept(&w.publisher, None, &expired, NOW), Err(SyncError::Expired { .. })));
    let list = w.roots.sign_publishers(&publisher_list(1, NOW - 1, vec![w.publisher.clone()]));
    assert!(matches!(PublisherList::accept(&w.roots.list, None, &list, NOW), Err(SyncError::Expired { .. })));
}

#[test]
fn mix_and_match_every_part_is_bound_to_its_manifest_entry() {
    let w = world();
    let (_, _, parts) = manifest_bytes(&w, 1, NOW - DAY, NOW + DAY);
    assert!(parts.len() >= 2);
    // Another part's bytes under this entry.
    assert_eq!(Part::open(&parts[0].reference, &w.publisher, &parts[1].compressed), Err(SyncError::HashMismatch));
    // One flipped bit.
    let mut flipped = parts[0].compressed.clone();
    flipped[10] ^= 1;
    assert_eq!(Part::open(&parts[0].reference, &w.publisher, &flipped), Err(SyncError::HashMismatch));
}

#[test]
fn endless_data_sizes_are_bounded_in_manifests_and_decompression() {
    let w = world();
    let (_, _, parts) = manifest_bytes(&w, 1, NOW - DAY, NOW + DAY);
    // A manifest declaring a part over the limit is refused before download.
    let mut big = parts.clone();
    big[0].reference.size = limits::MAX_PART_BYTES + 1;
    let m = manifest("ngo", 1, NOW - DAY, NOW + DAY, &big);
    assert!(matches!(
        Manifest::accept(&w.publisher, None, &sign_manifest(&m, &w.key), NOW),
        Err(SyncError::TooLarge { .. })
    ));
    // A part that inflates beyond its declared size is cut off there.
    let bomb = zstd::bulk::compress(&vec![b' '; 4 * 1024 * 1024], 3).unwrap();
    let reference =
        PartRef { sha256: sha256_hex(&bomb), size: bomb.len() as u64, raw_size: 1024, ..parts[0].reference.clone() };
    assert!(matches!(Part::open(&reference, &w.publisher, &bomb), Err(SyncError::Malformed(_))));
    // Oversized documents are refused before parsing.
    assert!(matches!(
        SignedDocument::parse(&vec![b' '; limits::MAX_DOCUMENT_BYTES + 1]),
        Err(SyncError::TooLarge { .. })
    ));
}

#[test]
fn a_revoked_key_no_longer_verifies() {
    let w = world();
    let (_, bytes, _) = manifest_bytes(&w, 1, NOW - DAY, NOW + DAY);
    let replacement = new_key();
    let rotated = publisher("ngo", &replacement, wide_scope());
    assert!(matches!(Manifest::accept(&rotated, None, &bytes, NOW), Err(SyncError::SignatureThreshold { .. })));
}

#[test]
fn the_shipped_root_list_parses() {
    let roots = builtin_roots().unwrap();
    assert!(roots.threshold >= 2 && roots.keys.len() >= 3);
}
