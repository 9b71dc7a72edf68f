//! `haven report`: fill in the form step by step, review, submit while the
//! helpline is out of reach, then deliver when it is up.

mod common;

use std::sync::Arc;

use common::{haven, json, ok, tempdir};
use haven_core::{FileSecretStore, Haven, OpenOptions};
use haven_e2e::intake_double::IntakeDouble;
use haven_e2e::report_fixtures::{helpline_key, pack_for_intake};

#[test]
fn a_report_is_filled_in_reviewed_queued_and_received_from_the_command_line() {
    let double = IntakeDouble::start();
    let (_, recipient) = helpline_key();
    let dir = tempdir();
    let d = dir.path();
    // The helpline's content, as sync would install it.
    let core = Haven::open(d, Arc::new(FileSecretStore::new(d.join("haven.key"))), OpenOptions::default()).unwrap();
    core.install_pack(&pack_for_intake(&double.url, &recipient)).unwrap();
    core.close();
    drop(core);

    let start = json(d, &["--locale", "en", "report", "start"]);
    let draft = start["draft_id"].as_str().unwrap().to_owned();
    assert_eq!(start["progress_text"], "Step 1 of 6");
    let step = ok(d, &["--locale", "en", "report", "step", &draft, "2"]);
    assert!(step.contains("! Please answer this question."), "{step}");
    let answered = ok(d, &["--locale", "en", "report", "answer", &draft, "reporter_role", "saw_something"]);
    assert!(answered.contains("[x] I saw something"), "{answered}");
    ok(d, &["report", "answer", &draft, "control_methods", "threats", "excessive_hours"]);
    ok(d, &["report", "answer", &draft, "place", "Behind", "the", "market", "--lat", "53.79612", "--lon", "-1.54785"]);
    ok(d, &["report", "answer", &draft, "when", "2026-11-20", "18:00"]);
    let refused = haven(d, &["--locale", "en", "report", "answer", &draft, "when", "2999-01-01", "10:00"]);
    assert_eq!(refused.code, Some(1));
    assert!(refused.stderr.contains("This date is in the future."), "{}", refused.stderr);
    let review = ok(d, &["--locale", "en", "report", "review", &draft]);
    assert!(review.contains("Behind the market · Approximate location shared"), "{review}");
    assert!(review.contains("Stay anonymous"), "{review}");

    let queued = ok(d, &["--locale", "en", "report", "submit", &draft]);
    assert!(queued.contains("Waiting to send"), "{queued}");
    let outbox = json(d, &["report", "outbox"]);
    assert_eq!(outbox["items"][0]["state"], "queued");

    let delivered = haven(d, &["--locale", "en", "report", "deliver"]);
    assert_eq!(delivered.code, Some(0), "{}", delivered.stderr);
    assert!(delivered.stdout.contains("Received by the helpline · Your reference: HVN-"), "{}", delivered.stdout);
    assert!(delivered.stdout.contains("Delivered: 1 · Waiting: 0 · Not accepted: 0"));
    assert!(delivered.stderr.contains("Sending…"), "changes are shown as they happen: {}", delivered.stderr);
    assert_eq!(double.stored().len(), 1);
    let outbox = json(d, &["report", "outbox"]);
    assert_eq!(outbox["items"][0]["reference"].as_str(), double.reference(&double.keys()[0]).as_deref());
}
