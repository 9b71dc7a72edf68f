//! A large file is streamed, not read into memory: serving it raises the
//! process's peak memory by far less than its size. Alone in its own test
//! binary so no other test moves the peak.

mod support;

use std::io::{Read, Write};
use std::net::TcpStream;

const FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Generous for buffers and the runtime, and a small fraction of the file.
const MAX_PEAK_GROWTH_BYTES: u64 = 48 * 1024 * 1024;

fn peak_rss_bytes() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    line.split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() * 1024
}

#[test]
fn a_large_file_streams_without_buffering() {
    let root = tempfile::tempdir().unwrap();
    let dist = root.path().join("dist");
    std::fs::create_dir_all(dist.join("packs")).unwrap();
    // Sparse: reads as zeros without costing disk.
    let file = std::fs::File::create(dist.join("packs/big.zst")).unwrap();
    file.set_len(FILE_BYTES).unwrap();
    let server = support::start(&dist);

    // The ETag is computed (and cached) first, so the measured request is the body alone.
    let head = support::request(&server, "HEAD", "/packs/big.zst", &[]);
    assert_eq!(head.header("content-length"), Some(FILE_BYTES.to_string().as_str()));
    let tail = support::request(&server, "GET", "/packs/big.zst", &[("Range", "bytes=-16")]);
    assert_eq!((tail.status, tail.body.len()), (206, 16));

    let before = peak_rss_bytes();
    let mut stream = TcpStream::connect(server.addr).unwrap();
    stream.write_all(b"GET /packs/big.zst HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut buffer = vec![0u8; 64 * 1024];
    let mut total = 0u64;
    loop {
        let n = stream.read(&mut buffer).unwrap();
        if n == 0 {
            break;
        }
        total += n as u64;
    }
    let growth = peak_rss_bytes().saturating_sub(before);
    assert!(total > FILE_BYTES, "head and the whole body arrived: {total}");
    assert!(total < FILE_BYTES + 1024);
    assert!(growth < MAX_PEAK_GROWTH_BYTES, "peak memory grew by {growth} bytes serving {FILE_BYTES}");
}
