//! A tiny intake on loopback that follows the report wire contract
//! (docs/reports.md) exactly, with faults to order: connections reset,
//! 500s, receipts cut short, stalls, and a mode that holds every request
//! (for killing a client mid-upload). Tests read what it stored.

use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use haven_core::reports::limits::MAX_ENVELOPE_BYTES;
use haven_core::reports::seal::AGE_HEADER;
use ring::digest;
use tokio::io::AsyncReadExt;
use tokio::net::{TcpListener, TcpStream};

/// What the double does with the next request (one fault per request, in order).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Drop the connection after reading part of the upload.
    Reset,
    /// Answer 500 without storing.
    ServerError,
    /// Store, then send a 201 whose receipt is cut short.
    Truncate,
    /// Hold the request without storing, for longer than a client waits.
    Stall,
    /// Store, then hold the answer, for longer than a client waits.
    StoreThenStall,
    /// Answer 429 with `Retry-After: 0`.
    RateLimited,
}

/// Held requests: until the double is dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    None,
    BeforeStoring,
    AfterStoring,
}

#[derive(Default)]
struct Inner {
    faults: VecDeque<Fault>,
    offline: bool,
    hold: Option<Hold>,
    /// Idempotency key -> (SHA-256 of the body, reference).
    seen: HashMap<String, ([u8; 32], String)>,
    stored: Vec<(String, Vec<u8>)>,
    /// The key of every request that reached the handler, in order.
    keys: Vec<String>,
    /// Connections accepted (reset ones too).
    connections: usize,
}

type Shared = Arc<Mutex<Inner>>;

pub struct IntakeDouble {
    pub url: String,
    inner: Shared,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl IntakeDouble {
    /// Starts on 127.0.0.1 at a free port, on its own thread and runtime.
    pub fn start() -> IntakeDouble {
        let inner: Shared = Arc::default();
        let (addr_tx, addr_rx) = std::sync::mpsc::channel();
        let (shutdown, stop) = tokio::sync::oneshot::channel::<()>();
        let state = inner.clone();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
            runtime.block_on(async move {
                let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
                addr_tx.send(listener.local_addr().unwrap()).unwrap();
                let app = Router::new()
                    .route("/v1/reports", post(intake))
                    .layer(DefaultBodyLimit::max(MAX_ENVELOPE_BYTES))
                    .with_state(state.clone());
                let faulty = FaultyListener { listener, state };
                let server = axum::serve(faulty, app).with_graceful_shutdown(async {
                    let _ = stop.await;
                });
                // Held requests never finish; shutdown must not wait for them.
                tokio::select! {
                    _ = server.into_future() => {}
                    _ = tokio::time::sleep(Duration::from_secs(3600)) => {}
                }
            });
            runtime.shutdown_timeout(Duration::from_millis(100));
        });
        let addr: SocketAddr = addr_rx.recv().unwrap();
        IntakeDouble { url: format!("http://{addr}/v1/reports"), inner, shutdown: Some(shutdown), thread: Some(thread) }
    }

    fn with<T>(&self, f: impl FnOnce(&mut Inner) -> T) -> T {
        f(&mut self.inner.lock().unwrap())
    }

    pub fn push_faults(&self, faults: &[Fault]) {
        self.with(|i| i.faults.extend(faults));
    }

    /// Offline: every connection is dropped at once.
    pub fn set_offline(&self, offline: bool) {
        self.with(|i| i.offline = offline);
    }

    pub fn set_hold(&self, hold: Hold) {
        self.with(|i| i.hold = Some(hold).filter(|h| *h != Hold::None));
    }

    /// Envelopes stored, with their idempotency keys.
    pub fn stored(&self) -> Vec<(String, Vec<u8>)> {
        self.with(|i| i.stored.clone())
    }

    /// The idempotency key of every request that reached the intake.
    pub fn keys(&self) -> Vec<String> {
        self.with(|i| i.keys.clone())
    }

    pub fn connections(&self) -> usize {
        self.with(|i| i.connections)
    }

    /// The reference given for a key.
    pub fn reference(&self, key: &str) -> Option<String> {
        self.with(|i| i.seen.get(key).map(|(_, r)| r.clone()))
    }
}

impl Drop for IntakeDouble {
    fn drop(&mut self) {
        if let Some(s) = self.shutdown.take() {
            let _ = s.send(());
        }
        self.with(|i| i.hold = None);
        drop(self.thread.take());
    }
}

struct FaultyListener {
    listener: TcpListener,
    state: Shared,
}

impl axum::serve::Listener for FaultyListener {
    type Io = TcpStream;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (TcpStream, SocketAddr) {
        loop {
            let Ok((mut stream, addr)) = self.listener.accept().await else { continue };
            let reset = {
                let mut i = self.state.lock().unwrap();
                i.connections += 1;
                let reset = i.offline || i.faults.front() == Some(&Fault::Reset);
                if !i.offline && reset {
                    i.faults.pop_front();
                }
                reset
            };
            if reset {
                // Part of the upload arrives, then the connection goes.
                let mut buf = [0u8; 512];
                let _ = tokio::time::timeout(Duration::from_millis(200), stream.read(&mut buf)).await;
                drop(stream);
                continue;
            }
            return (stream, addr);
        }
    }

    fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }
}

fn error(status: StatusCode, reason: &str) -> Response {
    let body = serde_json::json!({ "error": reason }).to_string();
    (status, [(header::CONTENT_TYPE, "application/json"), (header::CONNECTION, "close")], body).into_response()
}

fn receipt(status: StatusCode, reference: &str) -> Response {
    let body = serde_json::json!({ "reference": reference }).to_string();
    (status, [(header::CONTENT_TYPE, "application/json"), (header::CONNECTION, "close")], body).into_response()
}

async fn intake(State(state): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    let (fault, hold) = {
        let mut i = state.lock().unwrap();
        i.keys.push(key.clone());
        (i.faults.pop_front(), i.hold)
    };
    if hold == Some(Hold::BeforeStoring) || fault == Some(Fault::Stall) {
        return stall().await;
    }
    if fault == Some(Fault::ServerError) {
        return error(StatusCode::INTERNAL_SERVER_ERROR, "server fault");
    }
    if fault == Some(Fault::RateLimited) {
        let mut r = error(StatusCode::TOO_MANY_REQUESTS, "rate limited");
        r.headers_mut().insert(header::RETRY_AFTER, "0".parse().unwrap());
        return r;
    }
    if headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) != Some("application/octet-stream") {
        return error(StatusCode::UNSUPPORTED_MEDIA_TYPE, "wrong content type");
    }
    let key_ok = key.len() == 32 && key.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !key_ok {
        return error(StatusCode::BAD_REQUEST, "missing or malformed idempotency key");
    }
    if !body.starts_with(AGE_HEADER) {
        return error(StatusCode::BAD_REQUEST, "not an age v1 envelope");
    }
    let hash: [u8; 32] = digest::digest(&digest::SHA256, &body).as_ref().try_into().unwrap();
    let (status, reference) = {
        let mut i = state.lock().unwrap();
        match i.seen.get(&key) {
            Some((seen, reference)) if *seen == hash => (StatusCode::OK, reference.clone()),
            Some(_) => return error(StatusCode::CONFLICT, "key seen with another body"),
            None => {
                let reference = new_reference();
                i.seen.insert(key.clone(), (hash, reference.clone()));
                i.stored.push((key, body.to_vec()));
                (StatusCode::CREATED, reference)
            }
        }
    };
    if hold == Some(Hold::AfterStoring) || fault == Some(Fault::StoreThenStall) {
        return stall().await;
    }
    if fault == Some(Fault::Truncate) {
        let full = serde_json::json!({ "reference": reference }).to_string();
        let cut = full[..full.len() / 2].to_owned();
        // The length promises the whole receipt; the body ends halfway, so the connection breaks.
        let stream = futures_cut(cut);
        return Response::builder()
            .status(status)
            .header(header::CONTENT_TYPE, "application/json")
            .header(header::CONTENT_LENGTH, full.len())
            .body(stream)
            .unwrap();
    }
    receipt(status, &reference)
}

/// A body that sends `part` and then fails, as a server dying mid-answer would.
fn futures_cut(part: String) -> Body {
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(2);
    tokio::spawn(async move {
        let _ = tx.send(Ok(Bytes::from(part))).await;
        tokio::time::sleep(Duration::from_millis(20)).await;
        let _ = tx.send(Err(std::io::Error::other("cut"))).await;
    });
    Body::from_stream(tokio_stream_from(rx))
}

fn tokio_stream_from(
    mut rx: tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> {
    futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx))
}

async fn stall() -> Response {
    tokio::time::sleep(Duration::from_secs(3600)).await;
    error(StatusCode::SERVICE_UNAVAILABLE, "stalled")
}

/// `HVN-XXXX-XXXX`, 8 random Crockford base32 characters.
fn new_reference() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let mut bytes = [0u8; 8];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut bytes).unwrap();
    let chars: String = bytes.iter().map(|b| ALPHABET[usize::from(b % 32)] as char).collect();
    format!("HVN-{}-{}", &chars[..4], &chars[4..])
}
