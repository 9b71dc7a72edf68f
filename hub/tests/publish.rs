//! From a content folder to updated phones: keygen, trust, publish, serve,
//! then a Haven syncs it over loopback. Editing one article and publishing
//! again makes a phone download only the part that holds it.

mod support;

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use haven_core::sync::{CancelToken, Follow, SyncEvent, SyncSettings};
use haven_core::{Haven, MemorySecretStore, OpenOptions};
use haven_hub::publish::trust::read_root_list;

fn hub(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_haven-hub")).args(args).output().unwrap();
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "haven-hub {args:?} failed:\n{text}");
    text
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn sync(haven: &Haven, url: &str) -> haven_core::sync::SyncOutcome {
    let mut settings = SyncSettings::new(url);
    settings.follow = Follow::All;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(haven.sync(&settings, &|_: SyncEvent| {}, &CancelToken::new())).unwrap()
}

#[test]
fn keygen_trust_publish_serve_and_sync_then_a_one_article_edit() {
    let work = tempfile::tempdir().unwrap();
    let w = |name: &str| work.path().join(name).to_str().unwrap().to_string();
    let content = work.path().join("content");
    copy_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"), &content);
    let dist = work.path().join("dist");

    // The root key holders, once.
    for name in ["root1", "root2", "root3"] {
        hub(&["keygen", "--role", "root", "--out", &w(name)]);
    }
    hub(&[
        "trust",
        "roots",
        "--pub",
        &w("root1.pub"),
        "--pub",
        &w("root2.pub"),
        "--pub",
        &w("root3.pub"),
        "--threshold",
        "2",
        "--out",
        &w("roots.json"),
    ]);
    // The NGO's key, admitted to the publisher list by two root holders.
    hub(&["keygen", "--role", "publisher", "--out", &w("ngo")]);
    std::fs::write(
        work.path().join("publishers.toml"),
        "[[publisher]]\nid = \"haven-uk\"\nname = \"Haven UK\"\nkeys = [\"ngo.pub\"]\n\
         regions = [\"*\"]\nlocales = [\"*\"]\nkinds = [\"articles\", \"helplines\", \"report-forms\"]\n",
    )
    .unwrap();
    let publishers = dist.join("publishers.json");
    hub(&[
        "trust",
        "publishers",
        &w("publishers.toml"),
        "--roots",
        &w("roots.json"),
        "--sign",
        &w("root1.key"),
        "--sign",
        &w("root2.key"),
        "--out",
        publishers.to_str().unwrap(),
    ]);

    // The NGO publishes; the hub serves; a phone syncs.
    let first = hub(&[
        "publish",
        content.to_str().unwrap(),
        "--key",
        &w("ngo.key"),
        "--out",
        dist.to_str().unwrap(),
        "--publisher",
        "haven-uk",
    ]);
    assert!(first.contains("published haven-uk version") && first.contains("(was nothing)"), "{first}");
    assert!(first.contains("+ article phone-safety"), "{first}");
    let server = support::start(&dist);
    let url = format!("http://{}", server.addr);
    let options = OpenOptions {
        trust_anchor: Some(read_root_list(&work.path().join("roots.json")).unwrap()),
        region: Some("GB".into()),
        ..OpenOptions::default()
    };
    let haven = Haven::open(&work.path().join("phone"), Arc::new(MemorySecretStore::new()), options).unwrap();
    let outcome = sync(&haven, &url);
    assert_eq!(outcome.changes.len(), 1, "{outcome:?}");
    assert!(outcome.changes[0].articles >= 16, "{outcome:?}");

    // Edit one article's English title and publish again.
    let article = content.join("articles/phone-safety/en.md");
    let text = std::fs::read_to_string(&article).unwrap();
    let first_line = text.lines().find(|l| l.starts_with("title")).unwrap().to_string();
    std::fs::write(&article, text.replacen(&first_line, "title = \"Keep your phone safe (updated)\"", 1)).unwrap();
    let second = hub(&[
        "publish",
        content.to_str().unwrap(),
        "--key",
        &w("ngo.key"),
        "--out",
        dist.to_str().unwrap(),
        "--publisher",
        "haven-uk",
    ]);
    let first_version = outcome.changes[0].to_version;
    assert!(second.contains(&format!("version {} (was version {first_version})", first_version + 1)), "{second}");
    assert!(second.contains("~ article phone-safety"), "{second}");
    assert!(second.contains(", 1 new;"), "{second}");

    let outcome = sync(&haven, &url);
    assert_eq!(outcome.changes[0].from_version, Some(first_version));
    let total: u64 = std::fs::read_dir(dist.join("packs")).unwrap().map(|e| e.unwrap().metadata().unwrap().len()).sum();
    assert!(outcome.bytes_downloaded < total / 2, "{} of {total}", outcome.bytes_downloaded);
    assert_eq!(haven.article("phone-safety").unwrap().title, "Keep your phone safe (updated)");
}
