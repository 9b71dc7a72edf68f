//! After `lock()`, no copy of the database key is left in the process's
//! memory: not the raw bytes, not the hex literal SQLCipher was given; and
//! once the store is closed, nothing SQLite decrypted is left in the memory
//! it freed.
//!
//! Reads the process's own writable mappings through /proc/self/mem, so it
//! runs on Linux only, alone in its own test binary.

#![cfg(target_os = "linux")]

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::sync::Arc;

use haven_core::store::StoreFiles;
use haven_core::store::bench_support::saved_key;
use haven_core::{FileSecretStore, Haven, OpenOptions, SecretStore};

/// The key, kept masked so this test's own copy is never a match.
struct MaskedKey([u8; 32]);

const MASK: u8 = 0xA5;

impl MaskedKey {
    fn raw(&self) -> Vec<u8> {
        self.0.iter().map(|b| b ^ MASK).collect()
    }
}

/// Counts places in writable memory holding `needle` (given masked, and
/// unmasked byte by byte while comparing, so no plain copy exists).
fn occurrences(masked_needle: &[u8]) -> usize {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
    let mut mem = File::open("/proc/self/mem").unwrap();
    let mut found = 0;
    let mut buffer = Vec::new();
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else { continue };
        if !perms.starts_with("rw") {
            continue;
        }
        let (start, end) = range.split_once('-').unwrap();
        let start = u64::from_str_radix(start, 16).unwrap();
        let end = u64::from_str_radix(end, 16).unwrap();
        buffer.resize((end - start) as usize, 0);
        if mem.seek(SeekFrom::Start(start)).is_err() || mem.read_exact(&mut buffer).is_err() {
            continue;
        }
        let first = masked_needle[0] ^ MASK;
        found += buffer
            .windows(masked_needle.len())
            .filter(|w| w[0] == first && w.iter().zip(masked_needle).all(|(a, b)| *a == b ^ MASK))
            .count();
        buffer.iter_mut().for_each(|b| *b = 0);
    }
    found
}

fn masked_hex(key: &MaskedKey) -> Vec<u8> {
    key.raw().iter().flat_map(|b| format!("{b:02x}").into_bytes()).map(|b| b ^ MASK).collect()
}

#[test]
fn no_key_bytes_remain_in_memory_after_lock() {
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("haven.key");
    let haven = Haven::open(dir.path(), Arc::new(FileSecretStore::new(&key_file)), OpenOptions::default()).unwrap();
    haven.home().unwrap();
    haven.search("helpline").unwrap();

    let mut saved = std::fs::read(&key_file).unwrap();
    let envelope: serde_json::Value = serde_json::from_slice(&saved).unwrap();
    saved.iter_mut().for_each(|b| *b = 0);
    let numbers = envelope["key"]["Raw"].as_array().expect("the envelope holds a bare key");
    assert_eq!(numbers.len(), 32);
    let mut masked = [0u8; 32];
    for (m, n) in masked.iter_mut().zip(numbers) {
        *m = n.as_u64().unwrap() as u8 ^ MASK;
    }
    drop(envelope);

    let key = MaskedKey(masked);
    let hex = masked_hex(&key);
    let masked_raw: Vec<u8> = key.0.to_vec();

    // The scan itself works: a plain copy is found.
    let plain = std::hint::black_box(key.raw());
    assert!(occurrences(&masked_raw) > 0, "the scan should find a plain copy");

    let mut plain = plain;
    plain.iter_mut().for_each(|b| *b = 0);
    std::hint::black_box(&plain);

    haven.lock();

    assert_eq!(occurrences(&masked_raw), 0, "raw key bytes left in memory after lock");
    assert_eq!(occurrences(&hex), 0, "the key's hex literal left in memory after lock");

    // And the store opens again from the secret store alone.
    haven.resume().unwrap();
    haven.home().unwrap();
    let _ = FileSecretStore::new(&key_file).load();
}

#[test]
fn nothing_decrypted_remains_in_freed_memory_after_the_store_closes() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = Arc::new(FileSecretStore::new(dir.path().join("haven.key")));
    // Haven opens first, as in the app: SQLite starts with Haven's allocator.
    let haven = Haven::open(dir.path(), secrets.clone(), OpenOptions::default()).unwrap();
    haven.close();

    // A value only SQLite ever holds whole: SQL joins it from three parts,
    // writes it to a page and reads it back (a decrypted page in the cache).
    let parts = ["q7Rw-Kx2", "b-P9mZ-t", "L4vN-e8Q"];
    let masked: Vec<u8> = parts.concat().bytes().map(|b| b ^ MASK).collect();
    let hex: String = saved_key(secrets.as_ref()).unwrap().as_bytes().iter().map(|b| format!("{b:02x}")).collect();
    let conn = rusqlite::Connection::open(StoreFiles::in_dir(dir.path()).db).unwrap();
    conn.execute_batch(&format!(
        "PRAGMA key = \"x'{hex}'\"; PRAGMA cipher_hmac_algorithm = HMAC_SHA256;
         INSERT INTO settings(key, value) VALUES ('probe', '{}' || '{}' || '{}');",
        parts[0], parts[1], parts[2]
    ))
    .unwrap();
    let length: i64 =
        conn.query_row("SELECT length(value) FROM settings WHERE key = 'probe'", [], |r| r.get(0)).unwrap();
    assert_eq!(length, 24);
    assert!(occurrences(&masked) > 0, "the scan should find the value while its page is cached");

    drop(conn);
    assert_eq!(occurrences(&masked), 0, "a decrypted page left in freed memory");
}
