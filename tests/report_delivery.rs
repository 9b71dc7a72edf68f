//! Delivery under a bad network and a killed client: every report reaches
//! the intake exactly once, always with the same idempotency key.

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use age::secrecy::ExposeSecret;
use haven_core::reports::{ReportState, seal};
use haven_core::{FileSecretStore, Haven};
use haven_e2e::intake_double::{Fault, Hold, IntakeDouble};
use haven_e2e::report_fixtures::*;
use haven_e2e::{Fixture, device};

#[test]
fn resets_errors_cut_receipts_and_stalls_end_in_exactly_one_delivery() {
    let double = IntakeDouble::start();
    let (identity, recipient) = helpline_key();
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.install_pack(&pack_for_intake(&double.url, &recipient)).unwrap();
    let id = fill_in(&haven, "flaky");
    haven.submit_report(&id).unwrap();
    double.push_faults(&[
        Fault::Reset,
        Fault::ServerError,
        Fault::Truncate,
        Fault::Stall,
        Fault::StoreThenStall,
        Fault::RateLimited,
        Fault::Reset,
        Fault::ServerError,
    ]);
    let recorder = Recorder::new();
    let summary = runtime().block_on(haven.deliver_outbox_with(&quick_policy(12), recorder.clone())).unwrap();
    assert_eq!(summary.delivered, 1, "{summary:?}");
    let stored = double.stored();
    assert_eq!(stored.len(), 1, "stored exactly once");
    let keys = double.keys();
    assert_eq!(keys.len(), 7, "every fault but the two resets reached the intake, then the success: {keys:?}");
    assert!(keys.iter().all(|k| *k == stored[0].0), "the same idempotency key on every retry");
    let item = haven.outbox_item(&id).unwrap();
    assert_eq!(item.state, ReportState::Received);
    assert_eq!(item.reference, double.reference(&stored[0].0));
    assert_eq!(item.attempts, 9);
    assert!(seal::open(&stored[0].1, &identity).is_ok());
    let states = recorder.states();
    assert_eq!(states.iter().filter(|s| *s == "sending").count(), 9, "{states:?}");
    assert_eq!(states.last().map(String::as_str), Some("received"));
}

#[test]
fn a_refused_report_is_kept_and_not_retried() {
    let double = IntakeDouble::start();
    let (_, recipient) = helpline_key();
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    // A route the intake does not serve answers 404: sending again cannot help.
    let wrong = double.url.replace("/v1/reports", "/v1/nothing-here");
    haven.install_pack(&pack_for_intake(&wrong, &recipient)).unwrap();
    let id = fill_in(&haven, "refused");
    haven.submit_report(&id).unwrap();
    let summary = runtime().block_on(haven.deliver_outbox_with(&quick_policy(5), Recorder::new())).unwrap();
    assert_eq!((summary.delivered, summary.failed), (0, 1));
    let item = haven.outbox_item(&id).unwrap();
    assert_eq!((item.state, item.attempts), (ReportState::Failed, 1));
    assert!(item.state_text.contains("HTTP 404"), "{}", item.state_text);
    assert!(item.can_cancel, "a refused report can be taken back to edit");
}

/// Waits until the double has seen `n` requests.
fn wait_for_requests(double: &IntakeDouble, n: usize) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if double.keys().len() >= n {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    false
}

#[test]
fn a_client_killed_mid_upload_a_hundred_times_still_delivers_once() {
    let double = IntakeDouble::start();
    let (identity, recipient) = helpline_key();
    let dir = tempfile::tempdir().unwrap();
    let open = || {
        let secrets = Arc::new(FileSecretStore::new(dir.path().join("haven.key")));
        Haven::open(dir.path(), secrets, device("en", "GB")).unwrap()
    };
    let haven = open();
    haven.install_pack(&pack_for_intake(&double.url, &recipient)).unwrap();
    let id = fill_in(&haven, "killed");
    haven.submit_report(&id).unwrap();
    haven.close();
    drop(haven);

    let client = env!("CARGO_BIN_EXE_haven-report-client");
    for round in 0..100 {
        // Half the time the intake has stored the report when the client dies.
        double.set_hold(if round % 2 == 0 { Hold::BeforeStoring } else { Hold::AfterStoring });
        let seen = double.keys().len();
        let mut child =
            Command::new(client).arg(dir.path()).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        assert!(wait_for_requests(&double, seen + 1), "round {round}: the upload never arrived");
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
    }
    double.set_hold(Hold::None);
    let output = Command::new(client).arg(dir.path()).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "delivered=1 waiting=0 failed=0");

    let stored = double.stored();
    assert_eq!(stored.len(), 1, "the intake holds exactly one report");
    let keys = double.keys();
    assert_eq!(keys.len(), 101);
    assert!(keys.iter().all(|k| *k == stored[0].0), "one idempotency key throughout");
    let haven = open();
    let item = haven.outbox_item(&id).unwrap();
    assert_eq!(item.state, ReportState::Received);
    assert_eq!(item.reference, double.reference(&stored[0].0));
    assert_eq!(item.attempts, 101);
    assert!(seal::open(&stored[0].1, &identity).is_ok());
}

#[test]
fn a_lock_mid_upload_ends_delivery_at_once_and_the_next_run_delivers_once() {
    let double = IntakeDouble::start();
    let (_, recipient) = helpline_key();
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.install_pack(&pack_for_intake(&double.url, &recipient)).unwrap();
    let id = fill_in(&haven, "locked");
    haven.submit_report(&id).unwrap();
    // The intake holds the upload far longer than the test waits.
    double.set_hold(Hold::AfterStoring);
    let mut patient = quick_policy(3);
    patient.timeouts.read = Duration::from_secs(60);
    patient.attempt_limit = Duration::from_secs(60);

    let (summary, locked_at) = std::thread::scope(|scope| {
        let delivering = scope.spawn(|| runtime().block_on(haven.deliver_outbox_with(&patient, Recorder::new())));
        assert!(wait_for_requests(&double, 1), "the upload never arrived");
        haven.lock();
        let locked_at = Instant::now();
        (delivering.join().unwrap(), locked_at)
    });
    assert!(locked_at.elapsed() < Duration::from_secs(5), "delivery ran on after the lock");
    let summary = summary.expect("a lock ends delivery without an error");
    assert_eq!((summary.delivered, summary.waiting, summary.failed), (0, 1, 0));

    haven.resume().unwrap();
    double.set_hold(Hold::None);
    let summary = runtime().block_on(haven.deliver_outbox_with(&quick_policy(3), Recorder::new())).unwrap();
    assert_eq!(summary.delivered, 1, "{summary:?}");
    let stored = double.stored();
    assert_eq!(stored.len(), 1, "stored once, though the first upload was cut off after storing");
    assert!(double.keys().iter().all(|k| *k == stored[0].0), "the same idempotency key");
    let item = haven.outbox_item(&id).unwrap();
    assert_eq!(item.state, ReportState::Received);
    assert_eq!(item.reference, double.reference(&stored[0].0));
}

#[test]
fn a_delivery_started_while_locked_is_refused_cleanly() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.lock();
    let result = runtime().block_on(haven.deliver_outbox_with(&quick_policy(1), Recorder::new()));
    assert!(matches!(result, Err(haven_core::Error::Locked)), "{result:?}");
}

#[test]
fn the_standard_age_tool_opens_an_envelope_with_the_helplines_identity_file() {
    let version = Command::new("age").arg("--version").output();
    assert!(
        version.is_ok_and(|v| v.status.success()),
        "this interoperability test needs the `age` command (Debian package `age`)"
    );
    let double = IntakeDouble::start();
    let (identity, recipient) = helpline_key();
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.install_pack(&pack_for_intake(&double.url, &recipient)).unwrap();
    let id = fill_in(&haven, "interop");
    haven.submit_report(&id).unwrap();
    runtime().block_on(haven.deliver_outbox_with(&quick_policy(2), Recorder::new())).unwrap();
    let envelope = &double.stored()[0].1;

    let work = tempfile::tempdir().unwrap();
    let key_file = work.path().join("helpline.key");
    let key_text = format!("# public key: {recipient}\n{}\n", identity.to_string().expose_secret());
    std::fs::write(&key_file, key_text).unwrap();
    let sealed = work.path().join("report.age");
    std::fs::write(&sealed, envelope).unwrap();
    let out = Command::new("age").arg("-d").arg("-i").arg(&key_file).arg(&sealed).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.stdout.len(), 4096);
    let report: serde_json::Value = serde_json::from_slice(seal::unpad(&out.stdout).unwrap()).unwrap();
    assert_eq!(report["form_id"], "gb-msh-report");
}
