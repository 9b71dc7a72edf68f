//! Report helpers for journeys: the built-in pack re-pointed at a test
//! intake and key (as a helpline's signed content would), a filled-in
//! report, a listener that records, and a delivery policy for tests.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use haven_core::Haven;
use haven_core::content::{Pack, builtin_pack};
use haven_core::net::Timeouts;
use haven_core::reports::{Answer, ContactAnswer, ContactMode, DeliveryPolicy, Location, OutboxListener, PlaceAnswer};
use haven_core::views::OutboxItem;

pub const HELPLINE: &str = "gb-modern-slavery-helpline";

/// The built-in pack with its report form sending to `url`, sealed to
/// `recipient`, one version newer (so it replaces the built-in one).
pub fn pack_for_intake(url: &str, recipient: &str) -> Pack {
    let mut pack = builtin_pack().expect("built-in pack");
    pack.version += 1;
    let form = pack.forms.iter_mut().find(|f| f.helpline == HELPLINE).expect("the helpline's form");
    form.intake_url = url.to_owned();
    form.recipient = recipient.to_owned();
    pack
}

/// A test helpline key pair.
pub fn helpline_key() -> (age::x25519::Identity, String) {
    let identity = age::x25519::Identity::generate();
    let recipient = identity.to_public().to_string();
    (identity, recipient)
}

/// Answers every step of the built-in form, with `canary` in the
/// description of the people; returns the draft id.
pub fn fill_in(haven: &Haven, canary: &str) -> String {
    let view = haven.report_form(HELPLINE).expect("form");
    let id = view.draft_id.clone();
    let set = |field: &str, answer: Answer| {
        haven.set_answer(&id, field, Some(answer)).unwrap_or_else(|e| panic!("{field}: {e}"));
    };
    set("reporter_role", Answer::Choice("saw_something".into()));
    set("control_methods", Answer::MultiChoice(vec!["documents_withheld".into(), "debt_bondage".into()]));
    set("work_type", Answer::Choice("car_wash".into()));
    set(
        "place",
        Answer::Place(PlaceAnswer {
            text: "Hand car wash behind the retail park".into(),
            postcode: Some("LS1".into()),
            location: Some(Location { lat: 53.796_12, lon: -1.547_85 }),
        }),
    );
    set("when", Answer::Datetime("2026-11-20T18:00".into()));
    set("people", Answer::Text(format!("Four young men, {canary}, sleeping on site")));
    set(
        "contact",
        Answer::Contact(ContactAnswer {
            mode: ContactMode::Phone,
            value: Some("07911 123456".into()),
            safe_times: Some("weekdays after 6pm".into()),
            may_leave_message: false,
        }),
    );
    id
}

/// Records every change the outbox reports.
#[derive(Default)]
pub struct Recorder(pub Mutex<Vec<OutboxItem>>);

impl OutboxListener for Recorder {
    fn on_change(&self, item: OutboxItem) {
        self.0.lock().unwrap().push(item);
    }
}

impl Recorder {
    pub fn new() -> Arc<Recorder> {
        Arc::new(Recorder::default())
    }

    pub fn states(&self) -> Vec<String> {
        self.0.lock().unwrap().iter().map(|i| i.state.as_str().to_owned()).collect()
    }
}

/// Short waits: retries after milliseconds, stalls given up after 400 ms.
pub fn quick_policy(attempts_per_run: u32) -> DeliveryPolicy {
    DeliveryPolicy {
        timeouts: Timeouts { connect: Duration::from_millis(500), read: Duration::from_millis(400) },
        attempt_limit: Duration::from_secs(2),
        first_retry: Duration::from_millis(10),
        max_retry: Duration::from_millis(80),
        attempts_per_run,
    }
}

/// A runtime for driving the async delivery from a plain test.
pub fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime")
}
