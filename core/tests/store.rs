//! The encrypted store through the public API: first open, reopen, every
//! way opening can fail without losing or recreating anything, and how its
//! search index is kept as content changes.

use std::fs;
use std::path::Path;
use std::sync::Arc;

use haven_core::content::{Article, ArticleText, Audience, Category, PACK_FORMAT, Pack, ReviewStatus};
use haven_core::safety::SafetyError;
use haven_core::store::bench_support::saved_key;
use haven_core::store::{SCHEMA_VERSION, StoreError, StoreFiles};
use haven_core::{Error, Haven, MemorySecretStore, OpenOptions, SecretStore};

fn open(dir: &Path, secrets: &Arc<MemorySecretStore>) -> Result<Haven, Error> {
    Haven::open(dir, secrets.clone(), OpenOptions::default())
}

fn store_error(result: Result<Haven, Error>) -> StoreError {
    match result {
        Err(Error::Store(e)) => e,
        Err(other) => panic!("expected a store error, got {other:?}"),
        Ok(_) => panic!("expected the open to fail"),
    }
}

/// Opens the store file directly with its raw key (what the core does inside).
fn raw_connection(dir: &Path, secrets: &MemorySecretStore) -> rusqlite::Connection {
    let conn = raw_connection_with_sqlcipher_defaults(&StoreFiles::in_dir(dir).db, secrets);
    conn.execute_batch("PRAGMA cipher_hmac_algorithm = HMAC_SHA256;").unwrap();
    conn
}

/// A store file keyed with SQLCipher 4's default settings (pages
/// authenticated with HMAC-SHA512, as Haven's stores were before).
fn raw_connection_with_sqlcipher_defaults(db: &Path, secrets: &MemorySecretStore) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.execute_batch("PRAGMA cipher_log_level = NONE;").unwrap();
    conn.pragma_update(None, "key", format!("x'{}'", hex_key(secrets))).unwrap();
    conn
}

fn hex_key(secrets: &MemorySecretStore) -> String {
    saved_key(secrets).unwrap().as_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn pages_are_authenticated_with_sha256_and_stores_from_before_still_open() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecretStore::new());
    let haven = open(dir.path(), &secrets).unwrap();
    haven.set_region(Some("AL")).unwrap();
    drop(haven);
    let files = StoreFiles::in_dir(dir.path());
    let defaults = raw_connection_with_sqlcipher_defaults(&files.db, &secrets);
    assert!(defaults.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).is_err());
    drop(defaults);

    // The same store as an earlier Haven wrote it: SQLCipher's defaults.
    let earlier = dir.path().join("earlier.db");
    let conn = raw_connection(dir.path(), &secrets);
    let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    conn.execute_batch(&format!(
        "ATTACH DATABASE '{}' AS earlier KEY \"x'{}'\";
         SELECT sqlcipher_export('earlier');
         PRAGMA earlier.user_version = {version};
         DETACH DATABASE earlier;",
        earlier.display(),
        hex_key(&secrets)
    ))
    .unwrap();
    drop(conn);
    for file in [&files.wal, &files.shm] {
        let _ = fs::remove_file(file);
    }
    fs::rename(&earlier, &files.db).unwrap();
    let defaults = raw_connection_with_sqlcipher_defaults(&files.db, &secrets);
    let region: String =
        defaults.query_row("SELECT value FROM settings WHERE key = 'region'", [], |r| r.get(0)).unwrap();
    assert_eq!(region, "AL", "the copy is readable with SQLCipher's defaults");
    drop(defaults);

    let haven = open(dir.path(), &secrets).expect("a store from before the switch opens");
    assert!(haven.pack_version("builtin").unwrap().is_some());
    assert!(!haven.home().unwrap().categories.is_empty());
    haven.set_region(Some("GB")).unwrap();
    drop(haven);
    let defaults = raw_connection_with_sqlcipher_defaults(&files.db, &secrets);
    let region: String =
        defaults.query_row("SELECT value FROM settings WHERE key = 'region'", [], |r| r.get(0)).unwrap();
    assert_eq!(region, "GB", "written in the format it was found in");
}

#[test]
fn first_open_creates_a_keyed_store_with_builtin_content_and_reopens() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecretStore::new());
    let haven = open(dir.path(), &secrets).unwrap();
    let key = saved_key(secrets.as_ref()).expect("a key was saved on first open");
    assert!(haven.pack_version("builtin").unwrap().is_some());
    haven.close();
    assert!(matches!(haven.home(), Err(Error::Locked)));
    drop(haven);

    let again = open(dir.path(), &secrets).unwrap();
    assert_eq!(saved_key(secrets.as_ref()).unwrap(), key, "reopening keeps the key");
    assert!(!again.home().unwrap().categories.is_empty());
}

#[test]
fn the_store_is_configured_as_promised() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecretStore::new());
    drop(open(dir.path(), &secrets).unwrap());
    let conn = raw_connection(dir.path(), &secrets);
    let version: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let header = fs::read(StoreFiles::in_dir(dir.path()).db).unwrap();
    assert!(!header.starts_with(b"SQLite format 3"), "the file header is encrypted too");
}

#[test]
fn wrong_key_is_reported_and_the_store_is_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecretStore::new());
    drop(open(dir.path(), &secrets).unwrap());
    let db = StoreFiles::in_dir(dir.path()).db;
    let before = fs::read(&db).unwrap();

    secrets.save(&[9u8; 32]).unwrap();
    assert!(matches!(store_error(open(dir.path(), &secrets)), StoreError::WrongKey));
    // Without the key check file the core still tells a wrong key from damage.
    fs::remove_file(StoreFiles::in_dir(dir.path()).key_check).unwrap();
    assert!(matches!(store_error(open(dir.path(), &secrets)), StoreError::WrongKey));
    assert_eq!(fs::read(&db).unwrap(), before, "nothing was rewritten");
}

#[test]
fn an_unreadable_secret_is_a_typed_error_and_keeps_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecretStore::new());
    drop(open(dir.path(), &secrets).unwrap());
    // Neither a bare 32-byte key nor Haven's envelope: refused, nothing recreated.
    secrets.save(&[1u8; 16]).unwrap();
    assert!(matches!(open(dir.path(), &secrets), Err(Error::Safety(SafetyError::Envelope(_)))));
    assert!(StoreFiles::in_dir(dir.path()).db.exists());
}

#[test]
fn missing_key_never_recreates_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecretStore::new());
    let haven = open(dir.path(), &secrets).unwrap();
    haven.set_language(Some("sq")).unwrap();
    drop(haven);
    let db = StoreFiles::in_dir(dir.path()).db;
    let before = fs::read(&db).unwrap();

    let empty = Arc::new(MemorySecretStore::new());
    assert!(matches!(store_error(open(dir.path(), &empty)), StoreError::KeyMissing));
    assert_eq!(empty.load().unwrap(), None, "no new key was made");
    assert_eq!(fs::read(&db).unwrap(), before, "the store was not replaced");
}

#[test]
fn corrupt_or_foreign_files_are_reported_as_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecretStore::new());
    drop(open(dir.path(), &secrets).unwrap());
    let files = StoreFiles::in_dir(dir.path());
    let _ = fs::remove_file(&files.wal);
    let _ = fs::remove_file(&files.shm);

    let mut bytes = fs::read(&files.db).unwrap();
    for b in &mut bytes[..4096] {
        *b ^= 0x5a;
    }
    fs::write(&files.db, &bytes).unwrap();
    assert!(matches!(store_error(open(dir.path(), &secrets)), StoreError::Corrupt));

    fs::write(&files.db, b"not a database at all").unwrap();
    fs::remove_file(&files.key_check).unwrap();
    assert!(matches!(store_error(open(dir.path(), &secrets)), StoreError::Corrupt));
}

#[test]
fn a_store_from_a_newer_haven_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecretStore::new());
    drop(open(dir.path(), &secrets).unwrap());
    raw_connection(dir.path(), &secrets).pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
    match store_error(open(dir.path(), &secrets)) {
        StoreError::NewerSchema { found, supported } => {
            assert_eq!((found, supported), (SCHEMA_VERSION + 1, SCHEMA_VERSION))
        }
        other => panic!("expected NewerSchema, got {other:?}"),
    }
}

#[test]
fn nothing_readable_on_disk_while_open_or_after_close() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecretStore::new());
    let haven = open(dir.path(), &secrets).unwrap();
    haven.set_region(Some("GB")).unwrap();
    // Canaries: strings the store certainly holds (built-in content and settings).
    let view = haven.helplines(Some("GB")).unwrap();
    assert!(!view.items.is_empty());
    let canaries: Vec<&[u8]> = vec![
        b"Modern Slavery",
        b"+448000121700",
        b"modernslaveryhelpline",
        b"Europe/London",
        b"article_texts",
        b"CREATE TABLE",
    ];
    let files = StoreFiles::in_dir(dir.path());
    let check = |when: &str| {
        for path in [&files.db, &files.wal, &files.shm] {
            let Ok(bytes) = fs::read(path) else { continue };
            for canary in &canaries {
                assert!(
                    !bytes.windows(canary.len()).any(|w| w == *canary),
                    "{when}: {} holds {:?} in plaintext",
                    path.display(),
                    String::from_utf8_lossy(canary)
                );
            }
        }
    };
    assert!(files.wal.exists(), "WAL mode keeps a -wal file while open");
    check("while open");
    drop(haven);
    check("after close");
}

/// A pack of its own with `n` articles in English and French.
fn small_pack(id: &str, n: usize) -> Pack {
    let text = |locale: &str, i: usize| ArticleText {
        locale: locale.into(),
        title: format!("{id} zorblat {i}"),
        summary: format!("Summary {i} of {id}."),
        body: format!("Body {i} of the {id} pack, about work and pay."),
        review: ReviewStatus::Original,
    };
    let articles = (0..n)
        .map(|i| Article {
            id: format!("{id}-{i}"),
            category: Category::Signs,
            audiences: vec![Audience::Public],
            sectors: vec![],
            exploitation: vec![],
            regions: vec![],
            order: i as i64,
            urgent: false,
            texts: vec![text("en", i), text("fr", i)],
        })
        .collect();
    Pack { format: PACK_FORMAT, id: id.into(), version: 1, articles, helplines: vec![], forms: vec![] }
}

#[test]
fn the_search_index_is_merged_as_installs_add_to_it() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(MemorySecretStore::new());
    let haven = open(dir.path(), &secrets).unwrap();
    let conn = raw_connection(dir.path(), &secrets);
    // Without FTS5's own merging every install leaves a segment behind.
    conn.execute("INSERT INTO article_search(article_search, rank) VALUES ('automerge', 0)", []).unwrap();
    let segments =
        || -> i64 { conn.query_row("SELECT count(DISTINCT segid) FROM article_search_idx", [], |r| r.get(0)).unwrap() };
    let mut most = 0;
    for pack in 0..12 {
        haven.install_pack(&small_pack(&format!("pack{pack}"), 30)).unwrap();
        most = most.max(segments());
    }
    assert!(most <= 5, "at most a few segments between merges, saw {most}");
    // Every pack's texts are still found, in full.
    for pack in 0..12 {
        let view = haven.search(&format!("pack{pack}")).unwrap();
        assert_eq!(view.articles.len(), 20, "pack{pack}");
    }
    conn.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')", []).unwrap();
}
