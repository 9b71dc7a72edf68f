//! Load generator for report intake on loopback: CLIENTS concurrent
//! clients, each with its own connection, post freshly sealed envelopes
//! (fresh idempotency keys) and now and then replay an earlier one, the way
//! a phone retries after a lost answer. The same load runs first against a
//! router that answers 201 without checking or storing anything (the
//! baseline), then against the real intake. Afterwards the database must
//! hold exactly one row per new report: nothing lost, nothing duplicated.
//!
//! Writes target/criterion/intake_load/summary.json for `cargo xtask bench`.

use std::collections::HashSet;
use std::io::Write;
use std::iter;
use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::http::StatusCode;
use axum::routing::post;
use haven_core::net::{HttpClient, Timeouts};
use haven_hub::intake::{EnvelopeStore, IntakeLimits, REPORTS_PATH, router, serve};
use ring::rand::{SecureRandom, SystemRandom};

const CLIENTS: usize = 16;
const NEW_PER_CLIENT: usize = 60;
/// After every REPLAY_EVERY-th new report, the client sends one again.
const REPLAY_EVERY: usize = 4;
/// The phone side's smallest bucket: most reports fit 4 KiB.
const PADDED_BYTES: usize = 4096;

struct Sent {
    key: String,
    envelope: Vec<u8>,
}

/// What one request did: its latency, status and the reference it got.
struct Outcome {
    latency: Duration,
    status: u16,
    reference: String,
    replay_of: Option<usize>,
    index: usize,
}

fn main() {
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    if !filters.is_empty() && !filters.iter().any(|f| "intake_load".contains(f.as_str())) {
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let work = sealed_work();
    let total_requests = work.iter().map(|w| w.len() + w.len() / REPLAY_EVERY).sum::<usize>();
    eprintln!("intake_load: {CLIENTS} clients, {total_requests} requests each run");

    let dir = tempfile::tempdir().unwrap();
    let (baseline_wall, baseline) = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(serve(listener, null_router()));
        drive(addr, &work).await
    });
    let db = dir.path().join("reports.db");
    let (wall, outcomes) = runtime.block_on(async {
        let limits = IntakeLimits { rate_burst: 1_000_000, rate_per_second: 1e6, ..IntakeLimits::default() };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(serve(listener, router(&db, limits).unwrap()));
        drive(addr, &work).await
    });
    let check = verify(&db, &work, &outcomes);
    let base = percentiles(&baseline);
    let real = percentiles(&outcomes);
    let rps = |n: usize, wall: Duration| n as f64 / wall.as_secs_f64();
    let json = serde_json::json!({
        "clients": CLIENTS,
        "requests": outcomes.len(),
        "new": check.expected,
        "replays": outcomes.len() - check.expected,
        "padded_bytes": PADDED_BYTES,
        "rps": rps(outcomes.len(), wall),
        "p50_ns": real.0, "p95_ns": real.1, "p99_ns": real.2, "max_ns": real.3,
        "baseline_rps": rps(baseline.len(), baseline_wall),
        "baseline_p50_ns": base.0, "baseline_p99_ns": base.2,
        "rows_expected": check.expected,
        "rows_found": check.rows,
        "distinct_references": check.distinct,
        "replays_matched": check.replays_matched,
        "unexpected_statuses": check.unexpected,
    });
    eprintln!("intake_load: {json}");
    let out = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/criterion/intake_load");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("summary.json"), format!("{json}\n")).unwrap();
    assert!(check.ok(), "intake lost or duplicated reports: {json}");
}

/// Per client, the envelopes it will post, sealed before the clock starts.
fn sealed_work() -> Vec<Vec<Sent>> {
    let rng = SystemRandom::new();
    let hex = |n: usize| {
        let mut bytes = vec![0u8; n];
        rng.fill(&mut bytes).unwrap();
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    };
    let recipient = age::x25519::Identity::generate().to_public();
    (0..CLIENTS)
        .map(|_| {
            (0..NEW_PER_CLIENT)
                .map(|_| {
                    let json = format!(r#"{{"format":1,"report_id":"{}","answers":[]}}"#, hex(16));
                    let mut padded = (json.len() as u32).to_be_bytes().to_vec();
                    padded.extend_from_slice(json.as_bytes());
                    padded.resize(PADDED_BYTES, 0);
                    let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient));
                    let mut envelope = Vec::new();
                    let mut writer = encryptor.unwrap().wrap_output(&mut envelope).unwrap();
                    writer.write_all(&padded).unwrap();
                    writer.finish().unwrap();
                    Sent { key: hex(16), envelope }
                })
                .collect()
        })
        .collect()
}

/// Runs every client at once; returns the wall time and every outcome.
async fn drive(addr: SocketAddr, work: &[Vec<Sent>]) -> (Duration, Vec<Outcome>) {
    let url = format!("http://{addr}{REPORTS_PATH}");
    let start = Instant::now();
    let tasks: Vec<_> = work
        .iter()
        .map(|sent| {
            let plan: Vec<(usize, Option<usize>, String, Vec<u8>)> = sent
                .iter()
                .enumerate()
                .flat_map(|(i, s)| {
                    let replay = (i % REPLAY_EVERY == REPLAY_EVERY - 1).then(|| {
                        let earlier = i / 2;
                        (earlier, Some(earlier), sent[earlier].key.clone(), sent[earlier].envelope.clone())
                    });
                    iter::once((i, None, s.key.clone(), s.envelope.clone())).chain(replay)
                })
                .collect();
            let url = url.clone();
            tokio::spawn(async move {
                let client = HttpClient::new(Timeouts::default()).unwrap().inner().clone();
                let mut outcomes = Vec::with_capacity(plan.len());
                for (index, replay_of, key, envelope) in plan {
                    let started = Instant::now();
                    let response = client
                        .post(&url)
                        .header("Idempotency-Key", key)
                        .header("Content-Type", "application/octet-stream")
                        .body(envelope)
                        .send()
                        .await
                        .unwrap();
                    let status = response.status().as_u16();
                    let body = response.bytes().await.unwrap();
                    let latency = started.elapsed();
                    let reference = serde_json::from_slice::<serde_json::Value>(&body).unwrap()["reference"]
                        .as_str()
                        .unwrap_or("")
                        .to_owned();
                    outcomes.push(Outcome { latency, status, reference, replay_of, index });
                }
                outcomes
            })
        })
        .collect();
    let mut all = Vec::new();
    for (client, task) in tasks.into_iter().enumerate() {
        all.extend(task.await.unwrap().into_iter().map(|mut o| {
            o.index += client * NEW_PER_CLIENT;
            o.replay_of = o.replay_of.map(|r| r + client * NEW_PER_CLIENT);
            o
        }));
    }
    (start.elapsed(), all)
}

/// The same route, answering 201 at once: what HTTP on loopback costs alone.
fn null_router() -> Router {
    Router::new().route(
        REPORTS_PATH,
        post(|body: Body| async move {
            let _ = to_bytes(body, 131_072).await;
            (StatusCode::CREATED, r#"{"reference":"HVN-0000-0000"}"#)
        }),
    )
}

struct Check {
    expected: usize,
    rows: usize,
    distinct: usize,
    replays_matched: usize,
    unexpected: usize,
}

impl Check {
    fn ok(&self) -> bool {
        self.rows == self.expected && self.distinct == self.expected && self.unexpected == 0
    }
}

fn verify(db: &Path, work: &[Vec<Sent>], outcomes: &[Outcome]) -> Check {
    let expected = work.iter().map(Vec::len).sum();
    let stored = EnvelopeStore::open_read_only(db).unwrap().list().unwrap();
    let distinct: HashSet<&str> = stored.iter().map(|s| s.reference.as_str()).collect();
    let first: std::collections::HashMap<usize, &str> =
        outcomes.iter().filter(|o| o.replay_of.is_none()).map(|o| (o.index, o.reference.as_str())).collect();
    let mut replays_matched = 0;
    let mut unexpected = 0;
    for o in outcomes {
        match o.replay_of {
            None if o.status == 201 && distinct.contains(o.reference.as_str()) => {}
            Some(of) if o.status == 200 && first.get(&of) == Some(&o.reference.as_str()) => replays_matched += 1,
            _ => unexpected += 1,
        }
    }
    Check { expected, rows: stored.len(), distinct: distinct.len(), replays_matched, unexpected }
}

/// p50, p95, p99 and max latency in nanoseconds.
fn percentiles(outcomes: &[Outcome]) -> (u64, u64, u64, u64) {
    let mut ns: Vec<u64> = outcomes.iter().map(|o| o.latency.as_nanos() as u64).collect();
    ns.sort_unstable();
    let at = |p: f64| ns[((ns.len() - 1) as f64 * p) as usize];
    (at(0.50), at(0.95), at(0.99), *ns.last().unwrap())
}
