//! Test helpers: reports sealed the way the phone side must seal them (an
//! independent reading of the wire contract), and a hub on loopback.
#![allow(dead_code)] // each test binary uses its own share of these

pub mod raw;

use std::io::Write;
use std::iter;
use std::net::SocketAddr;
use std::path::PathBuf;

use age::secrecy::ExposeSecret;
use haven_core::net::{HttpClient, Timeouts};
use haven_hub::intake::{EnvelopeStore, IntakeLimits, router, serve};
use ring::rand::{SecureRandom, SystemRandom};

pub const BUCKETS: [usize; 3] = [4096, 16_384, 65_536];

/// The contract's padding: u32 BE length, the JSON, zeros to the smallest bucket.
pub fn pad(json: &[u8]) -> Vec<u8> {
    let total = BUCKETS.iter().copied().find(|b| json.len() + 4 <= *b).expect("report fits a bucket");
    let mut out = (json.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(json);
    out.resize(total, 0);
    out
}

/// Binary age, one X25519 recipient.
pub fn seal_bytes(recipient: &age::x25519::Recipient, plaintext: &[u8]) -> Vec<u8> {
    let encryptor =
        age::Encryptor::with_recipients(iter::once(recipient as &dyn age::Recipient)).expect("one recipient");
    let mut sealed = Vec::new();
    let mut writer = encryptor.wrap_output(&mut sealed).expect("header");
    writer.write_all(plaintext).expect("payload");
    writer.finish().expect("finish");
    sealed
}

pub fn seal(recipient: &age::x25519::Recipient, json: &str) -> Vec<u8> {
    seal_bytes(recipient, &pad(json.as_bytes()))
}

pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    SystemRandom::new().fill(&mut buf).unwrap();
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// A fresh `Idempotency-Key`.
pub fn new_key() -> String {
    random_hex(16)
}

/// A helpline key pair, and its identity file in the standard age format.
pub struct Helpline {
    pub identity: age::x25519::Identity,
    pub recipient: age::x25519::Recipient,
}

impl Helpline {
    pub fn new() -> Helpline {
        let identity = age::x25519::Identity::generate();
        let recipient = identity.to_public();
        Helpline { identity, recipient }
    }

    pub fn identity_file(&self) -> String {
        format!("# public key: {}\n{}\n", self.recipient, self.identity.to_string().expose_secret())
    }
}

/// A report in the contract's JSON, with `text` as the free-text answer.
pub fn report_json(text: &str) -> String {
    serde_json::json!({
        "format": 1,
        "report_id": random_hex(16),
        "form_id": "gb-msh-report",
        "form_version": 3,
        "locale": "en",
        "submitted_at": "2026-11-23T10:00:00Z",
        "answers": [
            {"field": "reporter_role", "kind": "choice", "htcds": null, "label": "Who is reporting?", "value": "saw_something"},
            {"field": "control_methods", "kind": "multi_choice", "htcds": "meansOfControl", "label": "What did you see?",
             "value": ["documents_withheld", "debt_bondage"]},
            {"field": "when", "kind": "datetime", "htcds": "dateOfIncident", "label": "When?", "value": "2026-11-20T18:00"},
            {"field": "where", "kind": "place", "htcds": "locationOfIncident", "label": "Where?",
             "value": {"text": "Car wash, Station Road", "postcode": "LS1 4AP", "lat": 53.8, "lon": -1.55}},
            {"field": "people", "kind": "text", "htcds": null, "label": "Describe the people", "value": text},
            {"field": "contact", "kind": "contact", "htcds": null, "label": "How can we contact you?",
             "value": {"mode": "phone", "value": "+44 7700 900123", "safe_times": "after 6pm", "may_leave_message": false}}
        ]
    })
    .to_string()
}

/// A hub's intake on 127.0.0.1 with a fresh database.
pub struct Hub {
    pub addr: SocketAddr,
    pub db: PathBuf,
    _dir: tempfile::TempDir,
}

impl Hub {
    pub async fn start(limits: IntakeLimits) -> Hub {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("reports.db");
        let app = router(&db, limits).expect("router");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(serve(listener, app));
        Hub { addr, db, _dir: dir }
    }

    pub fn url(&self) -> String {
        format!("http://{}/v1/reports", self.addr)
    }

    /// Stored rows, read through the public store API.
    pub fn rows(&self) -> usize {
        EnvelopeStore::open_read_only(&self.db).unwrap().list().unwrap().len()
    }
}

/// Limits loose enough that tests which are not about the rate limit never meet it.
pub fn unlimited() -> IntakeLimits {
    IntakeLimits { rate_burst: 10_000, rate_per_second: 10_000.0, ..IntakeLimits::default() }
}

pub fn client() -> reqwest::Client {
    HttpClient::new(Timeouts::default()).unwrap().inner().clone()
}

pub struct Answer {
    pub status: u16,
    pub retry_after: Option<String>,
    pub json: serde_json::Value,
}

pub async fn post(hub: &Hub, key: Option<&str>, content_type: Option<&str>, body: Vec<u8>) -> Answer {
    post_with(&client(), hub, key, content_type, body).await
}

pub async fn post_with(
    client: &reqwest::Client,
    hub: &Hub,
    key: Option<&str>,
    content_type: Option<&str>,
    body: Vec<u8>,
) -> Answer {
    let mut request = client.post(hub.url()).body(body);
    if let Some(key) = key {
        request = request.header("Idempotency-Key", key);
    }
    if let Some(ct) = content_type {
        request = request.header("Content-Type", ct);
    }
    let response = request.send().await.expect("response");
    let status = response.status().as_u16();
    let retry_after = response.headers().get("retry-after").map(|v| v.to_str().unwrap().to_owned());
    let bytes = response.bytes().await.expect("body");
    let json = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
    Answer { status, retry_after, json }
}

pub const OCTETS: Option<&str> = Some("application/octet-stream");
