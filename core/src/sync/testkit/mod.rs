//! A complete trust set made on the spot (roots, publishers, their keys)
//! and the publication it signs, as in-memory files: for tests, benches and
//! a local staging hub. Never used by the app itself.

mod server;

use std::collections::BTreeMap;

use ring::rand::SystemRandom;
use ring::signature::Ed25519KeyPair;

use super::envelope::DocumentType;
use super::{
    BuiltPart, ContentKind, Manifest, Publisher, PublisherList, RootList, Scope, Signer, UiStrings, build_parts,
    sign_document, time,
};
use crate::content::Pack;

pub use server::{Fault, HubDouble, Served};

/// A freshly generated Ed25519 key pair.
pub fn new_key() -> Ed25519KeyPair {
    let rng = SystemRandom::new();
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).expect("key generation");
    Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).expect("a key just made parses")
}

pub fn scope(regions: &[&str], locales: &[&str], kinds: &[ContentKind]) -> Scope {
    Scope {
        regions: regions.iter().map(|s| s.to_string()).collect(),
        locales: locales.iter().map(|s| s.to_string()).collect(),
        kinds: kinds.to_vec(),
    }
}

pub fn all_kinds() -> Vec<ContentKind> {
    vec![ContentKind::Articles, ContentKind::Helplines, ContentKind::UiStrings, ContentKind::ReportForms]
}

/// Root keys (threshold 2 of 3) and the root list they form.
pub struct TestRoots {
    pub keys: Vec<Ed25519KeyPair>,
    pub list: RootList,
}

impl TestRoots {
    pub fn new() -> TestRoots {
        let keys = vec![new_key(), new_key(), new_key()];
        let list = RootList { version: 1, threshold: 2, keys: keys.iter().map(Signer::public_key).collect() };
        TestRoots { keys, list }
    }

    /// The first `n` root keys as signers.
    pub fn signers(&self, n: usize) -> Vec<&dyn Signer> {
        self.keys.iter().take(n).map(|k| k as &dyn Signer).collect()
    }

    pub fn sign_publishers(&self, list: &PublisherList) -> Vec<u8> {
        let payload = serde_json::to_vec(list).expect("serializes");
        sign_document(DocumentType::PublisherList, &payload, &self.signers(2)).to_bytes()
    }
}

impl Default for TestRoots {
    fn default() -> Self {
        TestRoots::new()
    }
}

pub fn publisher(id: &str, key: &Ed25519KeyPair, scope: Scope) -> Publisher {
    Publisher {
        id: id.to_string(),
        name: format!("{id} (test NGO)"),
        keys: vec![Signer::public_key(key)],
        threshold: 1,
        scope,
        base_url: None,
    }
}

pub fn publisher_list(version: u64, expires_unix: i64, publishers: Vec<Publisher>) -> PublisherList {
    PublisherList { version, expires: time::format(expires_unix), publishers }
}

/// A signed manifest for `parts`.
pub fn manifest(publisher: &str, version: u64, created: i64, expires: i64, parts: &[BuiltPart]) -> Manifest {
    Manifest {
        publisher: publisher.to_string(),
        version,
        created: time::format(created),
        expires: time::format(expires),
        parts: parts.iter().map(|p| p.reference.clone()).collect(),
    }
}

pub fn sign_manifest(manifest: &Manifest, key: &dyn Signer) -> Vec<u8> {
    let payload = serde_json::to_vec(manifest).expect("serializes");
    sign_document(DocumentType::Manifest, &payload, &[key]).to_bytes()
}

/// A hub's files, by path relative to its base URL.
#[derive(Debug, Clone, Default)]
pub struct Site {
    pub files: BTreeMap<String, Vec<u8>>,
}

impl Site {
    pub fn put_publishers(&mut self, signed: Vec<u8>) {
        self.files.insert("publishers.json".into(), signed);
    }

    /// Publishes `pack` (and UI strings) for `publisher` at `version`.
    pub fn publish(
        &mut self,
        publisher: &str,
        key: &dyn Signer,
        version: u64,
        (created, expires): (i64, i64),
        pack: &Pack,
        ui: &[UiStrings],
    ) -> Manifest {
        let parts = build_parts(publisher, pack, ui).expect("valid test content");
        for part in &parts {
            self.files.insert(part.reference.path(), part.compressed.clone());
        }
        let manifest = manifest(publisher, version, created, expires, &parts);
        self.files.insert(format!("publishers/{publisher}/manifest.json"), sign_manifest(&manifest, key));
        manifest
    }

    /// Writes the files under `dir` (a folder any static server can serve).
    pub fn write_to(&self, dir: &std::path::Path) -> std::io::Result<()> {
        for (path, bytes) in &self.files {
            let target = dir.join(path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(target, bytes)?;
        }
        Ok(())
    }
}
