//! Report a concern, as a shell drives it: the form, drafts that survive a
//! restart, answers refused with localized errors, sealing, and what is
//! (not) left on disk.

use std::path::Path;

use haven_core::Error;
use haven_core::content::{FieldKind, FormField, FormStep};
use haven_core::reports::seal::{bucket_for, envelope_size_range};
use haven_core::reports::{Answer, AnswerProblem, ReportError, ReportState, seal};
use haven_e2e::intake_double::IntakeDouble;
use haven_e2e::log_capture::LogCapture;
use haven_e2e::report_fixtures::*;
use haven_e2e::{Fixture, device};

const CANARY: &str = "zq-canary-7f3a91-unique";

/// Every byte of every file under `dir`.
fn files_contain(dir: &Path, needle: &[u8]) -> Vec<String> {
    let mut hits = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            hits.extend(files_contain(&path, needle));
        } else if std::fs::read(&path).unwrap().windows(needle.len()).any(|w| w == needle) {
            hits.push(path.display().to_string());
        }
    }
    hits
}

#[test]
fn a_report_is_kept_through_a_restart_queued_offline_and_received_once() {
    let logs = LogCapture::default();
    logs.during(journey);
    let lines = logs.lines();
    assert!(lines.iter().any(|l| l.contains("report received by the helpline")), "the journey was logged: {lines:?}");
    for needle in [CANARY, "07911", "LS1", "53.8", "retail park"] {
        assert!(!lines.iter().any(|l| l.contains(needle)), "{needle:?} was logged: {lines:?}");
    }
}

fn journey() {
    let double = IntakeDouble::start();
    let (identity, recipient) = helpline_key();
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.install_pack(&pack_for_intake(&double.url, &recipient)).unwrap();
    let id = fill_in(&haven, CANARY);
    haven.set_report_step(&id, 3).unwrap();
    drop(haven);

    // The draft, its answers and its step survive a restart.
    let haven = fixture.open(device("en", "GB"));
    let view = haven.report_form(HELPLINE).unwrap();
    assert_eq!((view.draft_id.as_str(), view.step_index, view.step_count), (id.as_str(), 3, 6));
    let review = haven.report_review(&id).unwrap();
    assert!(review.can_submit, "{:?}", review.problems_text);
    let people = review.items.iter().find(|i| i.field_id == "people").unwrap();
    assert!(people.value_text.contains(CANARY));

    // Offline: sealed and queued, and it stays queued.
    double.set_offline(true);
    let item = haven.submit_report(&id).unwrap();
    assert_eq!(item.state, ReportState::Queued);
    assert!(matches!(haven.set_answer(&id, "people", None), Err(Error::Report(ReportError::WrongState { .. }))));
    let recorder = Recorder::new();
    let summary = runtime().block_on(haven.deliver_outbox_with(&quick_policy(2), recorder.clone())).unwrap();
    assert_eq!((summary.delivered, summary.waiting), (0, 1));
    assert_eq!(haven.outbox_item(&id).unwrap().state, ReportState::Queued);
    assert!(double.stored().is_empty());
    drop(haven);

    // Back online after a restart: delivered once, receipt shown, plaintext gone.
    double.set_offline(false);
    let haven = fixture.open(device("en", "GB"));
    let summary = runtime().block_on(haven.deliver_outbox_with(&quick_policy(3), recorder.clone())).unwrap();
    assert_eq!(summary.delivered, 1);
    let stored = double.stored();
    assert_eq!(stored.len(), 1);
    let item = haven.outbox_item(&id).unwrap();
    assert_eq!(item.state, ReportState::Received);
    assert_eq!(item.reference, double.reference(&stored[0].0));
    assert!(item.reference_text.unwrap().contains(item.reference.as_deref().unwrap()));
    assert!(recorder.states().ends_with(&["sending".into(), "received".into()]));
    assert!(matches!(haven.report_draft(&id), Err(Error::Report(ReportError::NoReport))));

    // Only the helpline's key opens it, and it says what the contract says.
    let json: serde_json::Value = serde_json::from_slice(&seal::open(&stored[0].1, &identity).unwrap()).unwrap();
    assert_eq!(json["form_id"], "gb-msh-report");
    assert_eq!(json["format"], 1);
    assert_eq!(json["report_id"].as_str().unwrap().len(), 32);
    assert_ne!(json["report_id"].as_str().unwrap(), stored[0].0);
    let answers = json["answers"].as_array().unwrap();
    let by_field = |f: &str| answers.iter().find(|a| a["field"] == f).unwrap().clone();
    assert_eq!(by_field("control_methods")["htcds"], "meansOfControl");
    assert_eq!(by_field("control_methods")["value"], serde_json::json!(["debt_bondage", "documents_withheld"]));
    assert_eq!(by_field("place")["value"]["lat"], 53.8);
    assert_eq!(by_field("when")["label"], "When did you see it?");
    assert_eq!(by_field("contact")["value"]["mode"], "phone");
    assert!(answers.iter().all(|a| a["field"] != "vehicles"), "unanswered optional questions are left out");
    let (other, _) = helpline_key();
    assert!(seal::open(&stored[0].1, &other).is_err(), "an envelope sealed to another key cannot be read");

    // Canary: the report's words are nowhere on disk in plaintext.
    haven.close();
    assert_eq!(files_contain(fixture.dir.path(), CANARY.as_bytes()), Vec::<String>::new());
}

#[test]
fn bad_answers_are_refused_with_messages_in_the_users_language_and_lose_nothing() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("fr", "GB"));
    let view = haven.report_form(HELPLINE).unwrap();
    assert_eq!(view.content_locale.tag, "fr");
    assert_eq!(view.progress_text, "Étape 1 sur 6");
    let id = view.draft_id;

    // Required questions stop the step forward, with a French message.
    let stuck = haven.set_report_step(&id, 2).unwrap();
    assert_eq!(stuck.step_index, 0);
    let role = &stuck.fields[0];
    assert_eq!(role.error.as_deref(), Some("Veuillez répondre à cette question."));
    assert!(role.accessibility_label.contains("Veuillez répondre"));
    assert!(matches!(haven.submit_report(&id), Err(Error::Report(ReportError::Incomplete { missing: 1 }))));

    haven.set_answer(&id, "people", Some(Answer::Text("Deux hommes".into()))).unwrap();
    let refuse = |field: &str, answer: Answer| match haven.set_answer(&id, field, Some(answer)) {
        Err(Error::Report(ReportError::InvalidAnswer { problem, message, .. })) => (problem, message),
        other => panic!("{field} should be refused: {other:?}"),
    };
    let long = format!("{CANARY} {}", "é".repeat(2000));
    let (problem, message) = refuse("people", Answer::Text(long));
    assert_eq!(problem, AnswerProblem::TooLong { max: 2000 });
    assert!(message.contains("trop long") && message.contains("2"), "{message}");
    assert!(!message.contains(CANARY));
    assert_eq!(refuse("reporter_role", Answer::Choice("nope".into())).0, AnswerProblem::NotAnOption);
    assert_eq!(refuse("reporter_role", Answer::Text("x".into())).0, AnswerProblem::WrongKind);
    assert_eq!(refuse("when", Answer::Datetime("2026-13-01T10:00".into())).0, AnswerProblem::NotADate);
    assert_eq!(refuse("when", Answer::Datetime("2999-01-01T10:00".into())).0, AnswerProblem::InFuture);
    assert_eq!(refuse("people", Answer::Text("a\u{1b}[2J".into())).0, AnswerProblem::ControlCharacters);
    let phone = |v: &str| {
        Answer::Contact(haven_core::reports::ContactAnswer {
            mode: haven_core::reports::ContactMode::Phone,
            value: Some(v.into()),
            ..Default::default()
        })
    };
    let (problem, message) = refuse("contact", phone("call me maybe"));
    assert_eq!(
        (problem, message.as_str()),
        (AnswerProblem::BadPhone, "Cela ne ressemble pas à un numéro de téléphone.")
    );
    assert!(matches!(haven.set_answer(&id, "no_such_question", None), Err(Error::Report(ReportError::NoField(_)))));

    // The answer given before the refusals is still there.
    let review = haven.report_review(&id).unwrap();
    let people = review.items.iter().find(|i| i.field_id == "people").unwrap();
    assert_eq!(people.value_text, "Deux hommes");
    assert!(!review.can_submit);
    assert_eq!(review.problems_text.as_deref(), Some("Réponses obligatoires manquantes : 1"));
}

#[test]
fn envelope_sizes_are_always_one_of_the_three_buckets() {
    let double = IntakeDouble::start();
    let (identity, recipient) = helpline_key();
    let fixture = Fixture::new();
    let haven = fixture.open(device("uk", "GB"));
    haven.install_pack(&pack_for_intake(&double.url, &recipient)).unwrap();
    for (people, other) in [(10, 0), (300, 0), (1800, 0), (2000, 2000)] {
        let id = fill_in(&haven, "x");
        haven.set_answer(&id, "people", Some(Answer::Text("ж".repeat(people)))).unwrap();
        if other > 0 {
            for (field, n) in [("people", other), ("other_details", other), ("vehicles", 1000), ("premises", 1000)] {
                haven.set_answer(&id, field, Some(Answer::Text("👁".repeat(n)))).unwrap();
            }
        }
        haven.submit_report(&id).unwrap();
    }
    let summary = runtime().block_on(haven.deliver_outbox_with(&quick_policy(2), Recorder::new())).unwrap();
    assert_eq!(summary.delivered, 4);
    let mut buckets = Vec::new();
    for (_, envelope) in double.stored() {
        let json = seal::open(&envelope, &identity).unwrap();
        let bucket = bucket_for(json.len()).unwrap();
        assert!(envelope_size_range(bucket).contains(&envelope.len()), "{} bytes", envelope.len());
        buckets.push(bucket);
    }
    buckets.sort();
    assert_eq!(buckets, [4096, 4096, 16384, 65536]);
}

#[test]
fn a_report_too_large_for_the_largest_bucket_is_refused_before_sealing() {
    let (_, recipient) = helpline_key();
    let mut pack = pack_for_intake("https://intake.example.org/v1/reports", &recipient);
    let form = pack.forms.iter_mut().next().unwrap();
    let en = form.texts.iter_mut().find(|t| t.locale == "en").unwrap();
    en.labels.insert("long".into(), "Long".into());
    let mut fields = Vec::new();
    for n in 0..5 {
        let id = format!("long_{n}");
        en.labels.insert(id.clone(), format!("Long {n}"));
        fields.push(FormField {
            id,
            kind: FieldKind::Text,
            htcds: None,
            optional: true,
            max_chars: Some(4000),
            options: vec![],
        });
    }
    form.steps.push(FormStep { id: "long".into(), fields });
    let fixture = Fixture::new();
    let haven = fixture.open(device("es", "GB"));
    haven.install_pack(&pack).unwrap();
    let id = fill_in(&haven, "x");
    for n in 0..5 {
        haven.set_answer(&id, &format!("long_{n}"), Some(Answer::Text("𝄞".repeat(4000)))).unwrap();
    }
    match haven.submit_report(&id) {
        Err(Error::Report(ReportError::TooLarge { size, limit, message })) => {
            assert!(size > limit);
            assert!(message.contains("demasiado largo"), "{message}");
        }
        other => panic!("a report over 64 KiB must be refused: {other:?}"),
    }
    assert_eq!(haven.outbox_item(&id).unwrap().state, ReportState::Draft, "nothing was queued");
}

#[test]
fn queued_reports_can_be_cancelled_and_drafts_deleted() {
    let (_, recipient) = helpline_key();
    let fixture = Fixture::new();
    let haven = fixture.open(device("pl", "GB"));
    haven.install_pack(&pack_for_intake("http://127.0.0.1:9/v1/reports", &recipient)).unwrap();
    let id = fill_in(&haven, "x");
    haven.submit_report(&id).unwrap();
    let outbox = haven.outbox().unwrap();
    assert_eq!(outbox.items.len(), 1);
    assert!(outbox.items[0].can_cancel && !outbox.items[0].can_delete);
    assert!(matches!(haven.delete_draft(&id), Err(Error::Report(ReportError::WrongState { .. }))));
    let outbox = haven.cancel_report(&id).unwrap();
    assert_eq!(outbox.items[0].state, ReportState::Draft);
    assert_eq!(outbox.items[0].state_text, "Szkic, niewysłany");
    assert_eq!(haven.report_form(HELPLINE).unwrap().draft_id, id, "a cancelled report is the open draft again");
    let outbox = haven.delete_draft(&id).unwrap();
    assert!(outbox.items.is_empty());
    assert_eq!(outbox.empty_text, "Brak zgłoszeń.");
    assert!(matches!(haven.cancel_report(&id), Err(Error::Report(ReportError::NoReport))));
}

#[test]
fn the_form_is_labelled_in_the_users_language_with_english_fallback() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("ar", "GB"));
    let view = haven.report_form(HELPLINE).unwrap();
    assert_eq!(view.title, "الإبلاغ عن قلق");
    assert_eq!(view.fields[0].options.len(), 3);
    assert!(view.fields[0].help.is_some());
    let bg = fixture.open(device("bg", "GB"));
    let view = bg.report_form(HELPLINE).unwrap();
    assert_eq!((view.content_locale.tag.as_str(), view.title.as_str()), ("en", "Report a concern"));
    assert!(matches!(haven.report_form("gb-emergency"), Err(Error::Report(ReportError::NoForm(_)))));
}
