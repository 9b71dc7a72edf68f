//! The whole report path with the real pieces: a phone fills in and
//! submits a report; the hub's intake (haven-hub's router, on loopback)
//! stores the sealed envelope once, even when delivery is retried; the
//! helpline's export (haven-hub's own code, with its key from `keygen
//! --report-recipient`) opens it with the answers under HTCDS names.

use std::net::SocketAddr;

use haven_core::reports::ReportState;
use haven_e2e::report_fixtures::*;
use haven_e2e::{Fixture, device};
use haven_hub::intake::{self, IntakeLimits};
use haven_hub::reports::{self, ExportFormat};

#[test]
fn a_report_reaches_the_real_intake_once_and_exports_with_htcds_names() {
    let work = tempfile::tempdir().unwrap();
    let key = haven_hub::keys::generate_report_recipient(&work.path().join("helpline")).unwrap();
    let db = work.path().join("reports.db");

    let runtime = runtime();
    let listener = runtime.block_on(tokio::net::TcpListener::bind("127.0.0.1:0")).unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let router = intake::router(&db, IntakeLimits::default()).unwrap();
    runtime.spawn(intake::serve(listener, router));
    let url = format!("http://{addr}/v1/reports");

    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    haven.install_pack(&pack_for_intake(&url, &key.public_line)).unwrap();
    let id = fill_in(&haven, "Two men collect the workers at 6am");
    haven.submit_report(&id).unwrap();
    let summary = runtime.block_on(haven.deliver_outbox_with(&quick_policy(3), Recorder::new())).unwrap();
    assert_eq!(summary.delivered, 1);
    let item = haven.outbox_item(&id).unwrap();
    assert_eq!(item.state, ReportState::Received);
    let reference = item.reference.clone().unwrap();

    // Delivering again sends nothing new; the hub holds exactly one report.
    runtime.block_on(haven.deliver_outbox_with(&quick_policy(3), Recorder::new())).unwrap();
    let stored = reports::list(&db).unwrap();
    assert_eq!(stored.len(), 1);

    // The helpline's export opens it with its own key.
    let identity = reports::HelplineIdentity::load(&key.private_path).unwrap();
    let mut json = Vec::new();
    let done = reports::export(&db, &identity, ExportFormat::Json, &mut json).unwrap();
    assert_eq!((done.exported, done.skipped.len()), (1, 0));
    let text = String::from_utf8(json).unwrap();
    assert!(text.contains(&reference), "{text}");
    assert!(text.contains("meansOfControl") && text.contains("debt_bondage"), "{text}");
    assert!(text.contains("Two men collect the workers at 6am"), "{text}");
    let mut csv = Vec::new();
    reports::export(&db, &identity, ExportFormat::Csv, &mut csv).unwrap();
    assert!(String::from_utf8_lossy(&csv).contains("meansOfControl"));
}
