//! Report sealing: what sealing adds to a report, against writing the same
//! report as JSON alone. Two sizes: a typical report (the smallest padding
//! bucket) and one near the largest bucket.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use haven_core::content::{Form, builtin_pack};
use haven_core::reports::report_json::{ReportMeta, report_json};
use haven_core::reports::{Answer, ContactAnswer, ContactMode, Location, PlaceAnswer, seal};

fn form() -> Form {
    builtin_pack().unwrap().forms.into_iter().next().expect("the built-in form")
}

/// A report as people write them; `long` fills every text question to its limit.
fn answers(long: bool) -> BTreeMap<String, Answer> {
    let text = |typical: &str, limit: usize| {
        if long { "𝄞".repeat(limit) } else { typical.to_owned() }
    };
    let mut a = BTreeMap::new();
    a.insert("reporter_role".into(), Answer::Choice("saw_something".into()));
    a.insert("control_methods".into(), Answer::MultiChoice(vec!["debt_bondage".into(), "documents_withheld".into()]));
    a.insert("work_type".into(), Answer::Choice("car_wash".into()));
    a.insert(
        "place".into(),
        Answer::Place(PlaceAnswer {
            text: "Hand car wash behind the retail park, next to the tyre shop".into(),
            postcode: Some("LS11".into()),
            location: Some(Location { lat: 53.78, lon: -1.55 }),
        }),
    );
    a.insert("when".into(), Answer::Datetime("2026-11-20T18:00".into()));
    a.insert(
        "people".into(),
        Answer::Text(text("Four young men, no gloves in the cold, sleep in a caravan on site.", 2000)),
    );
    a.insert("vehicles".into(), Answer::Text(text("A white van picks them up at 6am.", 1000)));
    a.insert("premises".into(), Answer::Text(text("Caravan behind the wash, windows covered.", 1000)));
    a.insert("other_details".into(), Answer::Text(text("A man collects their wages on Fridays.", 2000)));
    a.insert("contact".into(), Answer::Contact(ContactAnswer { mode: ContactMode::Anonymous, ..Default::default() }));
    a
}

fn sealing(c: &mut Criterion) {
    let form = form();
    let recipient = form.recipient.clone();
    let meta = ReportMeta {
        report_id: "0123456789abcdef0123456789abcdef",
        locale: "en",
        submitted_at: "2026-11-23T10:00:00Z",
    };
    for (name, long) in [("typical", false), ("largest", true)] {
        let answers = answers(long);
        let bytes = report_json(&form, &answers, &meta).len();
        eprintln!("{name} report: {bytes} bytes of JSON, bucket {:?}", seal::bucket_for(bytes));
        let mut group = c.benchmark_group("seal_report");
        group.bench_function(format!("{name}_json"), |b| b.iter(|| black_box(report_json(&form, &answers, &meta))));
        group.bench_function(format!("{name}_sealed"), |b| {
            b.iter(|| {
                let json = report_json(&form, &answers, &meta);
                let padded = seal::pad(&json).unwrap();
                black_box(seal::seal(&padded, &recipient).unwrap())
            })
        });
        group.finish();
    }
}

criterion_group! {
    name = reports;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = sealing
}
criterion_main!(reports);
