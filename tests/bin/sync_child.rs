//! Runs one sync in its own process, so a test can kill it (SIGKILL) at any
//! moment: `sync-child DATA_DIR URL ROOTS_JSON`.

use std::sync::Arc;

use haven_core::sync::{CancelToken, Follow, RootList, SyncEvent, SyncSettings};
use haven_core::{FileSecretStore, Haven, OpenOptions};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, dir, url, roots] = &args[..] else { panic!("usage: sync-child DATA_DIR URL ROOTS_JSON") };
    let roots = RootList::from_payload(&std::fs::read(roots).expect("roots file")).expect("roots");
    let dir = std::path::Path::new(dir);
    let secrets = Arc::new(FileSecretStore::new(dir.join("key")));
    let options = OpenOptions { trust_anchor: Some(roots), region: Some("GB".into()), ..OpenOptions::default() };
    let haven = Haven::open(dir, secrets, options).expect("open");
    let mut settings = SyncSettings::new(url.clone());
    settings.follow = Follow::All;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let outcome = runtime.block_on(haven.sync(&settings, &|_: SyncEvent| {}, &CancelToken::new())).expect("sync");
    println!("applied {}", outcome.changes.len());
}
