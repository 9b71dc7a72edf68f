//! haven-hub serve, over real TCP on loopback: status codes, caching
//! headers, ranges, HEAD, and path traversal in every spelling.

mod support;

use std::path::Path;

use support::{Server, get, request, send_raw, sha256_hex, start};

const MANIFEST: &[u8] = br#"{"version": 1}"#;

/// DIST next to a secret that must never be served.
fn fixture() -> (tempfile::TempDir, Server) {
    let root = tempfile::tempdir().unwrap();
    let dist = root.path().join("dist");
    std::fs::create_dir_all(dist.join("packs")).unwrap();
    std::fs::create_dir_all(dist.join("empty")).unwrap();
    std::fs::write(dist.join("manifest.json"), MANIFEST).unwrap();
    std::fs::write(dist.join("packs/abc123.zst"), pack_bytes()).unwrap();
    std::fs::write(dist.join("index.html"), "<p>hi</p>").unwrap();
    std::fs::write(dist.join(".env"), "SECRET").unwrap();
    std::fs::write(root.path().join("secret.txt"), "SECRET").unwrap();
    std::os::unix::fs::symlink(root.path().join("secret.txt"), dist.join("link.txt")).unwrap();
    let server = start(&dist);
    (root, server)
}

fn pack_bytes() -> Vec<u8> {
    (0..1000u32).map(|i| (i % 251) as u8).collect()
}

fn dist(root: &tempfile::TempDir) -> std::path::PathBuf {
    root.path().join("dist")
}

#[test]
fn a_manifest_is_served_with_a_strong_etag_and_no_cache() {
    let (_root, server) = fixture();
    let reply = get(&server, "/manifest.json");
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, MANIFEST);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert_eq!(reply.header("cache-control"), Some("no-cache"));
    assert_eq!(reply.header("content-length"), Some(MANIFEST.len().to_string().as_str()));
    assert_eq!(reply.header("etag"), Some(format!("\"{}\"", sha256_hex(MANIFEST)).as_str()));
    assert_eq!(reply.header("accept-ranges"), Some("bytes"));
}

#[test]
fn packs_are_immutable_zstd() {
    let (_root, server) = fixture();
    let reply = get(&server, "/packs/abc123.zst");
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body, pack_bytes());
    assert_eq!(reply.header("content-type"), Some("application/zstd"));
    assert_eq!(reply.header("cache-control"), Some("public, max-age=31536000, immutable"));
    let index = get(&server, "/");
    assert_eq!((index.status, index.header("content-type")), (200, Some("text/html; charset=utf-8")));
}

#[test]
fn if_none_match_gives_304_until_the_file_changes() {
    let (root, server) = fixture();
    let etag = get(&server, "/manifest.json").header("etag").unwrap().to_owned();
    let cached = request(&server, "GET", "/manifest.json", &[("If-None-Match", &etag)]);
    assert_eq!(cached.status, 304);
    assert!(cached.body.is_empty());
    assert_eq!(cached.header("etag"), Some(etag.as_str()));
    let listed = request(&server, "GET", "/manifest.json", &[("If-None-Match", &format!("\"other\", {etag}"))]);
    assert_eq!(listed.status, 304);
    assert_eq!(request(&server, "GET", "/manifest.json", &[("If-None-Match", "\"other\"")]).status, 200);

    std::fs::write(dist(&root).join("manifest.json"), br#"{"version": 22}"#).unwrap();
    let changed = request(&server, "GET", "/manifest.json", &[("If-None-Match", &etag)]);
    assert_eq!(changed.status, 200, "a new file has a new ETag");
    assert_eq!(changed.body, br#"{"version": 22}"#);
    assert_ne!(changed.header("etag"), Some(etag.as_str()));
}

#[test]
fn single_ranges_give_206_and_bad_ones_416() {
    let (_root, server) = fixture();
    let all = pack_bytes();
    for (range, start, end) in
        [("bytes=0-9", 0, 9), ("bytes=990-", 990, 999), ("bytes=-10", 990, 999), ("bytes=995-5000", 995, 999)]
    {
        let reply = request(&server, "GET", "/packs/abc123.zst", &[("Range", range)]);
        assert_eq!(reply.status, 206, "{range}");
        assert_eq!(reply.header("content-range"), Some(format!("bytes {start}-{end}/1000").as_str()), "{range}");
        assert_eq!(reply.header("content-length"), Some((end - start + 1).to_string().as_str()));
        assert_eq!(reply.body, &all[start..=end], "{range}");
    }
    for range in ["bytes=1000-", "bytes=5000-6000", "bytes=-0"] {
        let reply = request(&server, "GET", "/packs/abc123.zst", &[("Range", range)]);
        assert_eq!(reply.status, 416, "{range}");
        assert_eq!(reply.header("content-range"), Some("bytes */1000"));
        assert!(reply.body.is_empty());
    }
    let several = request(&server, "GET", "/packs/abc123.zst", &[("Range", "bytes=0-1,5-6")]);
    assert_eq!((several.status, several.body.len()), (200, 1000), "several ranges: the whole body");
    let stale = request(&server, "GET", "/packs/abc123.zst", &[("Range", "bytes=0-9"), ("If-Range", "\"old\"")]);
    assert_eq!((stale.status, stale.body.len()), (200, 1000), "If-Range with another ETag: the whole body");
}

#[test]
fn head_sends_the_headers_of_get_without_a_body() {
    let (_root, server) = fixture();
    let head = request(&server, "HEAD", "/packs/abc123.zst", &[]);
    let get = get(&server, "/packs/abc123.zst");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    for name in ["etag", "content-length", "content-type", "cache-control"] {
        assert_eq!(head.header(name), get.header(name), "{name}");
    }
    assert_eq!(head.header("content-length"), Some("1000"));
    let ranged = request(&server, "HEAD", "/packs/abc123.zst", &[("Range", "bytes=0-9")]);
    assert_eq!((ranged.status, ranged.header("content-length")), (206, Some("10")));
}

#[test]
fn missing_files_folders_and_other_methods_are_refused() {
    let (_root, server) = fixture();
    assert_eq!(get(&server, "/nope.json").status, 404);
    assert_eq!(get(&server, "/empty/").status, 404, "no directory listings");
    assert_eq!(get(&server, "/empty").status, 404);
    assert_eq!(get(&server, "/packs/").status, 404);
    let post = request(&server, "POST", "/manifest.json", &[("Content-Length", "0")]);
    assert_eq!(post.status, 405);
    assert_eq!(post.header("allow"), Some("GET, HEAD"));
}

#[test]
fn traversal_in_every_spelling_is_404_and_never_leaks() {
    let (_root, server) = fixture();
    let targets = [
        "/../secret.txt",
        "/packs/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/packs%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/%5c..%5csecret.txt",
        "//etc/passwd",
        "/%2fetc%2fpasswd",
        "/manifest.json%00",
        "/%00",
        "/.env",
        "/%2eenv",
        "/link.txt",
        "/%c0%ae%c0%ae/secret.txt",
        &format!("/{}", "a/".repeat(600)),
    ];
    for target in targets {
        let reply = get(&server, target);
        assert_eq!(reply.status, 404, "{target}");
        assert!(!String::from_utf8_lossy(&reply.body).contains("SECRET"), "{target}");
    }
    // Bytes a client library would refuse to send: the HTTP parser or the server refuses them.
    for raw in [
        &b"GET /..\\secret.txt HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"[..],
        b"GET /a\0b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    ] {
        let reply = send_raw(&server, raw);
        assert!(matches!(reply.status, 400 | 404), "{}", reply.status);
        assert!(!String::from_utf8_lossy(&reply.body).contains("SECRET"));
    }
    assert_eq!(get(&server, "/manifest.json").status, 200, "the server still serves");
}

#[test]
fn a_dist_that_is_not_a_folder_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let file = root.path().join("file");
    std::fs::write(&file, "x").unwrap();
    assert!(haven_hub::serve::router(&file).is_err());
    assert!(haven_hub::serve::router(Path::new("/no/such/dist")).is_err());
}
