//! Requests written by hand on a TCP socket: lying lengths and chunked
//! bodies that an HTTP client library would refuse to send.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Sends `head` then `body` while reading concurrently, and returns the
/// status code of the first response, or None if the server closed the
/// connection without answering.
pub async fn raw_status(addr: SocketAddr, head: String, body: Vec<u8>) -> Option<u16> {
    let stream = TcpStream::connect(addr).await.unwrap();
    let (mut reader, mut writer) = stream.into_split();
    let sending = tokio::spawn(async move {
        // The server may answer and close before the whole body is sent.
        let _ = writer.write_all(head.as_bytes()).await;
        let _ = writer.write_all(&body).await;
        let _ = writer.flush().await;
        // Keep the write half open while the answer arrives.
        tokio::time::sleep(Duration::from_secs(3)).await;
        drop(writer);
    });
    let mut answer = Vec::new();
    let mut chunk = [0u8; 4096];
    let read = tokio::time::timeout(Duration::from_secs(10), async {
        while !answer.windows(2).any(|w| w == b"\r\n") {
            match reader.read(&mut chunk).await {
                Ok(0) | Err(_) => break,
                Ok(n) => answer.extend_from_slice(&chunk[..n]),
            }
        }
    })
    .await;
    sending.abort();
    read.expect("the server answers or closes within 10 s");
    let line = String::from_utf8_lossy(&answer);
    line.strip_prefix("HTTP/1.1 ")?.get(..3)?.parse().ok()
}

pub fn head(addr: SocketAddr, key: &str, framing: &str) -> String {
    format!(
        "POST /v1/reports HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/octet-stream\r\n\
         Idempotency-Key: {key}\r\n{framing}\r\n\r\n"
    )
}

/// `body` in chunked transfer encoding, `size` bytes a chunk.
pub fn chunked(body: &[u8], size: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in body.chunks(size) {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}
