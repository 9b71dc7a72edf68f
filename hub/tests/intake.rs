//! Intake on loopback, through HTTP, per the report wire contract.

mod common;

use std::time::Duration;

use common::raw::{chunked, head, raw_status};
use common::{Helpline, Hub, OCTETS, new_key, post, report_json, seal, unlimited};
use haven_hub::intake::IntakeLimits;

fn is_reference(value: &serde_json::Value) -> bool {
    let s = value.as_str().unwrap_or("");
    s.len() == 13 && s.starts_with("HVN-") && s.as_bytes()[8] == b'-'
}

#[tokio::test]
async fn a_report_is_accepted_once_and_a_retry_gets_the_same_reference() {
    let hub = Hub::start(unlimited()).await;
    let helpline = Helpline::new();
    let envelope = seal(&helpline.recipient, &report_json("tall man, red van"));
    let key = new_key();

    let first = post(&hub, Some(&key), OCTETS, envelope.clone()).await;
    assert_eq!(first.status, 201);
    assert!(is_reference(&first.json["reference"]), "{}", first.json);

    let retry = post(&hub, Some(&key), OCTETS, envelope).await;
    assert_eq!(retry.status, 200);
    assert_eq!(retry.json["reference"], first.json["reference"]);
    assert_eq!(hub.rows(), 1);

    let other = post(&hub, Some(&new_key()), OCTETS, seal(&helpline.recipient, &report_json("x"))).await;
    assert_eq!(other.status, 201);
    assert_ne!(other.json["reference"], first.json["reference"]);
    assert_eq!(hub.rows(), 2);
}

#[tokio::test]
async fn a_key_reused_with_another_body_is_a_conflict_and_stores_nothing() {
    let hub = Hub::start(unlimited()).await;
    let helpline = Helpline::new();
    let key = new_key();
    assert_eq!(post(&hub, Some(&key), OCTETS, seal(&helpline.recipient, &report_json("a"))).await.status, 201);

    let second = post(&hub, Some(&key), OCTETS, seal(&helpline.recipient, &report_json("a"))).await;
    assert_eq!(second.status, 409, "sealing again gives other bytes, so another body");
    assert_eq!(second.json["error"], "Idempotency-Key already used with a different body");
    assert_eq!(hub.rows(), 1);
}

#[tokio::test]
async fn every_size_bucket_is_accepted() {
    let hub = Hub::start(unlimited()).await;
    let helpline = Helpline::new();
    for text_len in [10, 8_000, 40_000, 65_536 - 4 - 2_000] {
        let json = report_json(&"a".repeat(text_len));
        let answer = post(&hub, Some(&new_key()), OCTETS, seal(&helpline.recipient, &json)).await;
        assert_eq!(answer.status, 201, "text of {text_len} bytes");
    }
    assert_eq!(hub.rows(), 4);
}

#[tokio::test]
async fn oversized_bodies_are_refused_however_they_are_framed() {
    let hub = Hub::start(unlimited()).await;
    let mut big = b"age-encryption.org/v1\n".to_vec();
    big.resize(131_073, b'A');

    // Honest Content-Length.
    assert_eq!(post(&hub, Some(&new_key()), OCTETS, big.clone()).await.status, 413);
    // Chunked: no length up front; the limit bites while reading.
    let status = raw_status(hub.addr, head(hub.addr, &new_key(), "Transfer-Encoding: chunked"), chunked(&big, 8192));
    assert_eq!(status.await, Some(413));
    // A length over the limit with a short body: refused before reading.
    let status = raw_status(hub.addr, head(hub.addr, &new_key(), "Content-Length: 200000"), b"age".to_vec());
    assert_eq!(status.await, Some(413));
    // A lying Content-Length under the limit with a larger body: only the
    // declared bytes are read, they are not a whole envelope.
    let status = raw_status(hub.addr, head(hub.addr, &new_key(), "Content-Length: 1000"), big.clone());
    assert_eq!(status.await, Some(400));
    // The same lie in front of a real envelope truncates it: refused too.
    let envelope = seal(&Helpline::new().recipient, &report_json("x"));
    let status = raw_status(hub.addr, head(hub.addr, &new_key(), "Content-Length: 1000"), envelope);
    assert_eq!(status.await, Some(400));
    assert_eq!(hub.rows(), 0);
}

#[tokio::test]
async fn a_body_that_never_finishes_times_out_and_stores_nothing() {
    let limits = IntakeLimits { body_timeout: Duration::from_millis(500), ..unlimited() };
    let hub = Hub::start(limits).await;
    let envelope = seal(&Helpline::new().recipient, &report_json("x"));
    let declared = format!("Content-Length: {}", envelope.len());
    let status = raw_status(hub.addr, head(hub.addr, &new_key(), &declared), envelope[..100].to_vec());
    assert_eq!(status.await, Some(408));
    assert_eq!(hub.rows(), 0);
}

#[tokio::test]
async fn missing_and_malformed_keys_are_refused() {
    let hub = Hub::start(unlimited()).await;
    let envelope = seal(&Helpline::new().recipient, &report_json("x"));
    let upper = new_key().to_uppercase().replace(|c: char| c.is_ascii_digit(), "A");
    for key in [None, Some("abc"), Some(upper.as_str()), Some("0123456789abcdef0123456789abcdeg"), Some("")] {
        let answer = post(&hub, key, OCTETS, envelope.clone()).await;
        assert_eq!(answer.status, 400, "key {key:?}");
        assert!(answer.json["error"].as_str().unwrap().contains("Idempotency-Key"));
    }
    assert_eq!(hub.rows(), 0);
}

#[tokio::test]
async fn bodies_that_are_not_sealed_reports_are_refused() {
    let hub = Hub::start(unlimited()).await;
    let helpline = Helpline::new();
    let json = report_json("canary-7f3a");
    let unpadded = common::seal_bytes(&helpline.recipient, json.as_bytes());
    let two_recipients = {
        let other = Helpline::new();
        let recipients: [&dyn age::Recipient; 2] = [&helpline.recipient, &other.recipient];
        let mut out = Vec::new();
        let encryptor = age::Encryptor::with_recipients(recipients.into_iter()).unwrap();
        let mut writer = encryptor.wrap_output(&mut out).unwrap();
        std::io::Write::write_all(&mut writer, &common::pad(json.as_bytes())).unwrap();
        writer.finish().unwrap();
        out
    };
    let bodies: Vec<(&str, Vec<u8>)> = vec![
        ("plain JSON", json.clone().into_bytes()),
        ("empty", vec![]),
        ("armored age", b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n".to_vec()),
        ("magic only", b"age-encryption.org/v1\n".to_vec()),
        ("unpadded plaintext", unpadded),
        ("two recipients", two_recipients),
        ("random bytes", common::random_hex(3000).into_bytes()),
    ];
    for (what, body) in bodies {
        let answer = post(&hub, Some(&new_key()), OCTETS, body).await;
        assert_eq!(answer.status, 400, "{what}");
        assert_eq!(answer.json["error"], "body is not a sealed report", "{what}: errors never echo the body");
    }
    assert_eq!(hub.rows(), 0);
}

#[tokio::test]
async fn wrong_content_types_are_refused() {
    let hub = Hub::start(unlimited()).await;
    let envelope = seal(&Helpline::new().recipient, &report_json("x"));
    for ct in [None, Some("text/plain"), Some("application/json"), Some("multipart/form-data; boundary=x")] {
        assert_eq!(post(&hub, Some(&new_key()), ct, envelope.clone()).await.status, 415, "{ct:?}");
    }
    assert_eq!(hub.rows(), 0);
    let with_param = post(&hub, Some(&new_key()), Some("Application/Octet-Stream; x=1"), envelope).await;
    assert_eq!(with_param.status, 201, "media types compare without case or parameters");
}

#[tokio::test]
async fn a_client_over_its_rate_is_told_when_to_come_back() {
    let limits = IntakeLimits { rate_burst: 3, rate_per_second: 0.1, ..IntakeLimits::default() };
    let hub = Hub::start(limits).await;
    let helpline = Helpline::new();
    for _ in 0..3 {
        assert_eq!(
            post(&hub, Some(&new_key()), OCTETS, seal(&helpline.recipient, &report_json("x"))).await.status,
            201
        );
    }
    let limited = post(&hub, Some(&new_key()), OCTETS, seal(&helpline.recipient, &report_json("x"))).await;
    assert_eq!(limited.status, 429);
    let wait: u64 = limited.retry_after.expect("Retry-After").parse().expect("whole seconds");
    assert!((1..=10).contains(&wait), "{wait}");
    assert_eq!(limited.json["error"], "too many requests");
    assert_eq!(hub.rows(), 3);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_identical_requests_at_once_store_one_report() {
    let hub = Hub::start(unlimited()).await;
    let envelope = seal(&Helpline::new().recipient, &report_json("x"));
    let key = new_key();
    let client = common::client();
    let answers = futures_join_all((0..50).map(|_| {
        let (client, envelope, key, url) = (client.clone(), envelope.clone(), key.clone(), hub.url());
        tokio::spawn(async move {
            let response = client
                .post(url)
                .header("Idempotency-Key", key)
                .header("Content-Type", "application/octet-stream")
                .body(envelope)
                .send()
                .await
                .unwrap();
            let status = response.status().as_u16();
            let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
            (status, body["reference"].clone())
        })
    }))
    .await;
    let created = answers.iter().filter(|(status, _)| *status == 201).count();
    assert_eq!(created, 1, "exactly one request creates the report");
    assert!(answers.iter().all(|(status, _)| *status == 200 || *status == 201));
    assert!(answers.iter().all(|(_, reference)| *reference == answers[0].1), "one reference for all");
    assert_eq!(hub.rows(), 1);
}

async fn futures_join_all<T: Send + 'static>(tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>) -> Vec<T> {
    let handles: Vec<_> = tasks.collect();
    let mut out = Vec::with_capacity(handles.len());
    for handle in handles {
        out.push(handle.await.unwrap());
    }
    out
}

#[tokio::test]
async fn other_methods_and_paths_are_not_intake() {
    let hub = Hub::start(unlimited()).await;
    let client = common::client();
    assert_eq!(client.get(hub.url()).send().await.unwrap().status().as_u16(), 405);
    let elsewhere = format!("http://{}/v1/other", hub.addr);
    assert_eq!(client.post(elsewhere).body("x").send().await.unwrap().status().as_u16(), 404);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_reports_and_their_retries_at_once_are_each_stored_once() {
    let hub = Hub::start(unlimited()).await;
    let helpline = Helpline::new();
    let reports: Vec<(String, Vec<u8>)> =
        (0..40).map(|i| (new_key(), seal(&helpline.recipient, &report_json(&format!("report {i}"))))).collect();
    let client = common::client();
    let mut tasks = Vec::new();
    for _attempt in 0..2 {
        for (key, envelope) in &reports {
            let (client, key, envelope, url) = (client.clone(), key.clone(), envelope.clone(), hub.url());
            tasks.push(tokio::spawn(async move {
                let response = client
                    .post(url)
                    .header("Idempotency-Key", &key)
                    .header("Content-Type", "application/octet-stream")
                    .body(envelope)
                    .send()
                    .await
                    .unwrap();
                let status = response.status().as_u16();
                let body: serde_json::Value = serde_json::from_slice(&response.bytes().await.unwrap()).unwrap();
                (key, status, body["reference"].as_str().unwrap().to_owned())
            }));
        }
    }
    let mut by_key = std::collections::HashMap::<String, Vec<(u16, String)>>::new();
    for task in tasks {
        let (key, status, reference) = task.await.unwrap();
        by_key.entry(key).or_default().push((status, reference));
    }
    for answers in by_key.values() {
        let mut statuses: Vec<u16> = answers.iter().map(|a| a.0).collect();
        statuses.sort();
        assert_eq!(statuses, [200, 201]);
        assert_eq!(answers[0].1, answers[1].1);
    }
    assert_eq!(hub.rows(), 40);
}

#[tokio::test]
async fn mangled_envelopes_get_a_clear_answer_and_the_server_stays_up() {
    let hub = Hub::start(unlimited()).await;
    let envelope = seal(&Helpline::new().recipient, &report_json("x"));
    let client = common::client();
    let mut random = vec![0u8; 3 * 300];
    ring::rand::SecureRandom::fill(&ring::rand::SystemRandom::new(), &mut random).unwrap();
    let mut created = 0;
    for (i, r) in random.chunks(3).enumerate() {
        let at = (usize::from(r[0]) << 8 | usize::from(r[1])) % 300; // mostly the header
        let mut body = envelope.clone();
        match i % 3 {
            0 => body[at] ^= r[2] | 1,
            1 => body.truncate(at),
            _ => body.insert(at, r[2]),
        }
        let answer = common::post_with(&client, &hub, Some(&new_key()), OCTETS, body).await;
        assert!(answer.status == 400 || answer.status == 201, "mutation {i}: {}", answer.status);
        created += usize::from(answer.status == 201);
    }
    // Flipped bits past the header are inside the ciphertext: the server
    // cannot tell, and stores them (the export names them as damaged).
    assert_eq!(hub.rows(), created);
    assert_eq!(post(&hub, Some(&new_key()), OCTETS, envelope).await.status, 201, "still serving");
}

#[tokio::test]
async fn the_intake_command_serves_until_it_is_stopped() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reports.db");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_haven-hub"))
        .arg("intake")
        .arg(&db)
        .args(["--listen", "127.0.0.1:0"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let url = line.split_whitespace().find(|w| w.starts_with("http://")).expect("the address it listens on").to_owned();

    let envelope = seal(&Helpline::new().recipient, &report_json("x"));
    let response = common::client()
        .post(&url)
        .header("Idempotency-Key", new_key())
        .header("Content-Type", "application/octet-stream")
        .body(envelope)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(status, 201);
    // Killed without warning: the acknowledged report is on disk.
    assert_eq!(haven_hub::reports::list(&db).unwrap().len(), 1);
}
