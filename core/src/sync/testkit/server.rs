//! A hub double for sync tests: serves a `Site` over plain HTTP on loopback,
//! with ETags like a CDN, and faults on demand (resets, 500s, truncated
//! bodies, stalls). Raw TCP, so a fault can be exactly what a bad network does.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::Site;
use crate::sync::sha256_hex;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Close the connection without answering.
    Reset,
    /// Answer 500.
    ServerError,
    /// Send half the body, then close.
    Truncate,
    /// Say nothing for this long, then close.
    Stall(Duration),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    pub path: String,
    pub status: u16,
    pub body_bytes: usize,
}

#[derive(Default)]
struct State {
    site: Site,
    faults: VecDeque<Fault>,
    log: Vec<Served>,
    /// Requests whose path starts with this are held this long, then closed.
    stall_paths: Option<(String, Duration)>,
    /// Requests held so far (by a `Stall` fault or `stall_paths`).
    stalls: usize,
}

#[derive(Clone)]
pub struct HubDouble {
    state: Arc<Mutex<State>>,
    pub addr: SocketAddr,
}

impl HubDouble {
    /// Starts serving on a fresh loopback port, on its own thread.
    pub fn start(site: Site) -> HubDouble {
        let state = Arc::new(Mutex::new(State { site, ..State::default() }));
        let (tx, rx) = std::sync::mpsc::channel();
        let serving = state.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
            runtime.block_on(async move {
                let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
                tx.send(listener.local_addr().expect("addr")).expect("send");
                loop {
                    let Ok((socket, _)) = listener.accept().await else { continue };
                    tokio::spawn(serve(socket, serving.clone()));
                }
            });
        });
        HubDouble { state, addr: rx.recv().expect("server started") }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn set_site(&self, site: Site) {
        lock(&self.state).site = site;
    }

    pub fn site(&self) -> Site {
        lock(&self.state).site.clone()
    }

    /// Faults for the next requests, one each, in order.
    pub fn inject(&self, faults: &[Fault]) {
        lock(&self.state).faults.extend(faults.iter().copied());
    }

    /// Holds every request for a path starting with `prefix` (say
    /// `packs/`: the sync is then mid-download) for `time`; `None` ends it.
    pub fn stall_paths(&self, stall: Option<(&str, Duration)>) {
        lock(&self.state).stall_paths = stall.map(|(prefix, time)| (prefix.to_owned(), time));
    }

    /// How many requests have been held so far.
    pub fn stalls(&self) -> usize {
        lock(&self.state).stalls
    }

    /// Takes the log of what was served since the last call.
    pub fn take_log(&self) -> Vec<Served> {
        std::mem::take(&mut lock(&self.state).log)
    }
}

async fn serve(socket: tokio::net::TcpStream, state: Arc<Mutex<State>>) {
    let mut reader = BufReader::new(socket);
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).await.is_err() {
        return;
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/").trim_start_matches('/').to_string();
    let mut if_none_match = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await.unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("if-none-match")
        {
            if_none_match = Some(value.trim().to_string());
        }
    }
    let (fault, file) = {
        let mut s = lock(&state);
        let held = s.stall_paths.as_ref().filter(|(prefix, _)| path.starts_with(prefix.as_str())).map(|(_, t)| *t);
        let fault = held.map(Fault::Stall).or_else(|| s.faults.pop_front());
        if matches!(fault, Some(Fault::Stall(_))) {
            s.stalls += 1;
        }
        (fault, s.site.files.get(&path).cloned())
    };
    let mut socket = reader.into_inner();
    let (status, body): (u16, Vec<u8>) = match (fault, file) {
        (Some(Fault::Reset), _) => return,
        (Some(Fault::Stall(time)), _) => {
            tokio::time::sleep(time).await;
            return;
        }
        (Some(Fault::ServerError), _) => (500, b"oops".to_vec()),
        (_, None) => (404, Vec::new()),
        (_, Some(bytes)) => {
            let etag = format!("\"{}\"", sha256_hex(&bytes));
            if if_none_match.as_deref() == Some(etag.as_str()) { (304, Vec::new()) } else { (200, bytes) }
        }
    };
    let etag = format!("\"{}\"", sha256_hex(&body));
    let head =
        format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\nETag: {etag}\r\nConnection: close\r\n\r\n", body.len());
    let sent = if fault == Some(Fault::Truncate) { &body[..body.len() / 2] } else { &body[..] };
    let _ = socket.write_all(head.as_bytes()).await;
    let _ = socket.write_all(sent).await;
    let _ = socket.shutdown().await;
    lock(&state).log.push(Served { path, status, body_bytes: sent.len() });
}

fn lock(state: &Mutex<State>) -> std::sync::MutexGuard<'_, State> {
    state.lock().unwrap_or_else(|p| p.into_inner())
}
