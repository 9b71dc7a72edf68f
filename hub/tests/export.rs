//! Reports list and export: decrypt with the helpline's age identity file,
//! HTCDS names, JSON and spreadsheet-safe CSV, undecryptable reports named
//! and skipped, and the standard `age` tool reading the same envelopes.

mod common;

use std::path::Path;
use std::process::Command;

use common::{Helpline, Hub, OCTETS, new_key, post, report_json, seal, unlimited};
use haven_hub::intake::EnvelopeStore;
use haven_hub::reports::{ExportFormat, HelplineIdentity, UnsealError, export, list};

async fn hub_with(helpline: &Helpline, texts: &[&str]) -> (Hub, Vec<String>) {
    let hub = Hub::start(unlimited()).await;
    let mut references = Vec::new();
    for text in texts {
        let answer = post(&hub, Some(&new_key()), OCTETS, seal(&helpline.recipient, &report_json(text))).await;
        assert_eq!(answer.status, 201);
        references.push(answer.json["reference"].as_str().unwrap().to_owned());
    }
    (hub, references)
}

fn identity_at(dir: &Path, helpline: &Helpline) -> HelplineIdentity {
    let path = dir.join("helpline.key");
    std::fs::write(&path, helpline.identity_file()).unwrap();
    HelplineIdentity::load(&path).unwrap()
}

#[tokio::test]
async fn json_export_names_fields_after_htcds_and_keeps_the_reference() {
    let helpline = Helpline::new();
    let (hub, references) = hub_with(&helpline, &["tall man, red van", "second report"]).await;
    let dir = tempfile::tempdir().unwrap();
    let mut out = Vec::new();
    let summary = export(&hub.db, &identity_at(dir.path(), &helpline), ExportFormat::Json, &mut out).unwrap();
    assert_eq!((summary.exported, summary.skipped.len()), (2, 0));

    let records: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let first = &records[0];
    assert_eq!(first["reference"], references[0].as_str());
    assert!(first["received_at"].as_str().unwrap().ends_with('Z'));
    assert_eq!(first["form_id"], "gb-msh-report");
    assert_eq!(first["form_version"], 3);
    let fields = &first["fields"];
    assert_eq!(fields["meansOfControl"]["value"], serde_json::json!(["documents_withheld", "debt_bondage"]));
    assert_eq!(fields["meansOfControl"]["label"], "What did you see?");
    assert_eq!(fields["meansOfControl"]["field"], "control_methods");
    assert_eq!(fields["dateOfIncident"]["value"], "2026-11-20T18:00");
    assert_eq!(fields["locationOfIncident"]["value"]["postcode"], "LS1 4AP");
    assert_eq!(fields["reporter_role"]["value"], "saw_something", "no HTCDS name: the field id");
    assert_eq!(fields["people"]["value"], "tall man, red van");
    assert_eq!(records[1]["fields"]["people"]["value"], "second report");
}

#[tokio::test]
async fn csv_export_opens_in_a_spreadsheet() {
    let helpline = Helpline::new();
    let awkward = "=HYPERLINK(\"http://x\")";
    let (hub, references) = hub_with(&helpline, &[awkward, "line one\nline \"two\", with comma"]).await;
    let dir = tempfile::tempdir().unwrap();
    let mut out = Vec::new();
    export(&hub.db, &identity_at(dir.path(), &helpline), ExportFormat::Csv, &mut out).unwrap();

    assert!(out.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte order mark");
    assert!(out.windows(2).any(|w| w == b"\r\n"), "CRLF line ends");
    let mut reader = csv::Reader::from_reader(&out[3..]);
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let column = |name: &str| header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"));
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][column("reference")], references[0]);
    assert_eq!(&rows[0][column("meansOfControl")], "documents_withheld; debt_bondage");
    assert_eq!(&rows[0][column("dateOfIncident")], "2026-11-20T18:00");
    assert_eq!(&rows[0][column("locationOfIncident")], "Car wash, Station Road");
    assert_eq!(&rows[0][column("locationOfIncident.lon")], "-1.55", "a plain number stays a number");
    assert_eq!(&rows[0][column("contact.mode")], "phone");
    assert_eq!(&rows[0][column("contact")], "'+44 7700 900123", "a leading + would start a formula");
    assert_eq!(&rows[0][column("contact.may_leave_message")], "false");
    assert_eq!(&rows[0][column("people")], format!("'{awkward}"), "formula defused");
    assert_eq!(&rows[1][column("people")], "line one\nline \"two\", with comma", "RFC 4180 quoting");
}

#[tokio::test]
async fn a_report_sealed_to_another_key_is_named_and_skipped() {
    let helpline = Helpline::new();
    let stranger = Helpline::new();
    let (hub, references) = hub_with(&helpline, &["first"]).await;
    let foreign = post(&hub, Some(&new_key()), OCTETS, seal(&stranger.recipient, &report_json("not ours"))).await;
    let foreign_reference = foreign.json["reference"].as_str().unwrap().to_owned();
    post(&hub, Some(&new_key()), OCTETS, seal(&helpline.recipient, &report_json("last"))).await;

    let dir = tempfile::tempdir().unwrap();
    let mut out = Vec::new();
    let summary = export(&hub.db, &identity_at(dir.path(), &helpline), ExportFormat::Json, &mut out).unwrap();
    assert_eq!(summary.exported, 2);
    assert_eq!(summary.skipped.len(), 1);
    assert_eq!(summary.skipped[0].reference, foreign_reference);
    assert_eq!(summary.skipped[0].reason, UnsealError::NotForThisKey);
    let records: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(records[0]["reference"], references[0].as_str());
    assert_eq!(records[1]["fields"]["people"]["value"], "last");
    assert!(!String::from_utf8_lossy(&out).contains("not ours"));
}

#[tokio::test]
async fn a_sealed_report_that_is_not_a_report_is_skipped() {
    let helpline = Helpline::new();
    let hub = Hub::start(unlimited()).await;
    let bad_json = seal(&helpline.recipient, "{\"format\": 2}");
    assert_eq!(post(&hub, Some(&new_key()), OCTETS, bad_json).await.status, 201, "the server cannot look inside");
    let mut dirty = common::pad(report_json("x").as_bytes());
    *dirty.last_mut().unwrap() = 1;
    let bad_padding = common::seal_bytes(&helpline.recipient, &dirty);
    assert_eq!(post(&hub, Some(&new_key()), OCTETS, bad_padding).await.status, 201);
    let mut damaged = seal(&helpline.recipient, &report_json("x"));
    *damaged.last_mut().unwrap() ^= 1;
    assert_eq!(post(&hub, Some(&new_key()), OCTETS, damaged).await.status, 201, "inside the ciphertext");

    let dir = tempfile::tempdir().unwrap();
    let summary = export(&hub.db, &identity_at(dir.path(), &helpline), ExportFormat::Csv, &mut Vec::new()).unwrap();
    let reasons: Vec<UnsealError> = summary.skipped.iter().map(|s| s.reason).collect();
    assert_eq!(reasons, [UnsealError::BadReport, UnsealError::BadPadding, UnsealError::Damaged]);
}

#[test]
fn an_identity_file_that_is_not_one_is_refused_without_echoing_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("not-a-key");
    std::fs::write(&path, "secret-looking-canary\n").unwrap();
    let message = HelplineIdentity::load(&path).err().expect("refused").to_string();
    assert!(message.contains("not an age identity file"), "{message}");
    assert!(!message.contains("canary"));
    assert!(HelplineIdentity::load(&dir.path().join("missing")).is_err());
}

#[tokio::test]
async fn the_standard_age_tool_decrypts_a_stored_envelope() {
    let helpline = Helpline::new();
    let (hub, references) = hub_with(&helpline, &["read by age"]).await;
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("helpline.key");
    std::fs::write(&key_file, helpline.identity_file()).unwrap();
    let envelope = EnvelopeStore::open_read_only(&hub.db).unwrap().envelope(&references[0]).unwrap().unwrap();
    let sealed = dir.path().join("report.age");
    std::fs::write(&sealed, &envelope).unwrap();

    let output = Command::new("age").arg("-d").arg("-i").arg(&key_file).arg(&sealed).output().unwrap_or_else(|e| {
        panic!("the `age` command is needed for this test (Debian package `age`, installed by .ci/setup): {e}")
    });
    assert!(output.status.success(), "age -d failed: {}", String::from_utf8_lossy(&output.stderr));
    let plain = output.stdout;
    assert_eq!(plain.len(), 4096, "a padded bucket");
    let len = u32::from_be_bytes(plain[..4].try_into().unwrap()) as usize;
    let report: serde_json::Value = serde_json::from_slice(&plain[4..4 + len]).unwrap();
    assert_eq!(report["answers"][4]["value"], "read by age");
    assert!(plain[4 + len..].iter().all(|b| *b == 0));
}

#[tokio::test]
async fn the_cli_lists_and_exports_to_an_owner_only_file() {
    let helpline = Helpline::new();
    let (hub, references) = hub_with(&helpline, &["via the command line"]).await;
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("helpline.key");
    std::fs::write(&key_file, helpline.identity_file()).unwrap();
    let hub_bin = env!("CARGO_BIN_EXE_haven-hub");

    let listed = Command::new(hub_bin).args(["reports", "list", "--db"]).arg(&hub.db).output().unwrap();
    assert!(listed.status.success());
    let listed = String::from_utf8(listed.stdout).unwrap();
    assert!(listed.contains(&references[0]) && listed.contains("1 report(s)"), "{listed}");
    assert!(!listed.contains("via the command line"), "listing decrypts nothing");

    let out = dir.path().join("export.csv");
    let exported = Command::new(hub_bin)
        .args(["reports", "export", "--format", "csv", "--db"])
        .arg(&hub.db)
        .arg("--identity")
        .arg(&key_file)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(exported.status.success(), "{}", String::from_utf8_lossy(&exported.stderr));
    assert!(String::from_utf8_lossy(&exported.stderr).contains("exported 1 report(s), skipped 0"));
    assert!(std::fs::read_to_string(&out).unwrap().contains("via the command line"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let both = list(&hub.db).unwrap();
    assert_eq!(both.len(), 1);
    assert_eq!(both[0].reference, references[0]);
}

#[test]
fn a_missing_database_is_an_error_not_a_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nothing.db");
    assert!(list(&path).is_err());
    assert!(!path.exists());
}
