//! Finding help: helplines by region, emergency first, then open now, with
//! hours shown in the user's time.

use chrono::{TimeZone, Utc};
use haven_core::content::{Channel, ChannelKind, Cost, Helpline, HelplineText, PACK_FORMAT, Pack, ReviewStatus, Trace};
use haven_core::views::OpenStatus;
use haven_core::{Error, OpenOptions};
use haven_e2e::{Fixture, device};

fn ids(view: &haven_core::views::HelplinesView) -> Vec<&str> {
    view.items.iter().map(|h| h.id.as_str()).collect()
}

#[test]
fn each_country_gets_its_own_numbers_emergency_first() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let us = haven.helplines(Some("US")).unwrap();
    assert_eq!(us.items[0].id, "us-emergency");
    assert!(us.items[0].channels.iter().any(|c| c.uri == "tel:911"));
    let hotline = us.items.iter().find(|h| h.id == "us-national-human-trafficking-hotline").unwrap();
    let text = hotline.channels.iter().find(|c| c.uri == "sms:233733").expect("the text line");
    assert_eq!(text.label, "Text");
    assert!(!ids(&us).contains(&"gb-emergency"));

    let romania = haven.helplines(Some("RO")).unwrap();
    assert!(romania.items[0].channels.iter().any(|c| c.uri == "tel:112"));

    let gb = haven.helplines(Some("GB")).unwrap();
    assert_eq!(gb.items[0].id, "gb-emergency");
    assert!(ids(&gb).contains(&"gb-salvation-army-modern-slavery"), "a country includes its parts' helplines");
    let scotland = haven.helplines(Some("GB-SCT")).unwrap();
    assert!(!ids(&scotland).contains(&"gb-salvation-army-modern-slavery"), "England and Wales only");
    assert!(ids(&scotland).contains(&"gb-modern-slavery-helpline"), "UK-wide services cover Scotland");
}

#[test]
fn numbers_are_shown_the_way_the_viewer_dials_them() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let in_gb = haven.helplines(Some("GB")).unwrap();
    let call = |view: &haven_core::views::HelplinesView| {
        let h = view.items.iter().find(|h| h.id == "gb-modern-slavery-helpline").unwrap();
        h.channels.iter().find(|c| c.kind == ChannelKind::Phone).unwrap().display.clone()
    };
    assert_eq!(call(&in_gb), "08000 121 700", "in the UK, as the helpline publishes it");
    // With no country known, every helpline is listed, emergency services first.
    let nowhere = fixture.open(OpenOptions { region: None, ..device("en", "GB") });
    let everywhere = nowhere.helplines(None).unwrap();
    assert!(everywhere.items.len() >= 8);
    assert!(everywhere.items[0].emergency);
    assert!(everywhere.region.is_none());
    assert_eq!(call(&everywhere), "+44 800 012 1700", "elsewhere, in international form");
}

fn office_hours_pack() -> Pack {
    let helpline = |id: &str, hours: &str, order: i64| Helpline {
        id: id.into(),
        country: "GB".into(),
        regions: vec!["GB".into()],
        emergency: false,
        timezone: "Europe/London".into(),
        hours: hours.into(),
        languages: vec!["en".into(), "ro".into()],
        cost: Cost::Free,
        verified_on: "2026-11-23".into(),
        source: "https://example.org/".into(),
        order,
        channels: vec![Channel {
            kind: ChannelKind::Phone,
            value: "+448000121700".into(),
            display: None,
            traces: vec![Trace::CallLog],
            hours: None,
        }],
        texts: vec![HelplineText {
            locale: "en".into(),
            name: format!("Service {id}"),
            description: "A test service.".into(),
            anonymity: None,
            confidentiality: None,
            review: ReviewStatus::Original,
        }],
    };
    Pack {
        format: PACK_FORMAT,
        id: "test-hours".into(),
        version: 1,
        articles: vec![],
        // The evening service is listed first by position, but is closed in the morning.
        helplines: vec![helpline("evenings", "Mo-Su 18:00-23:00", 1), helpline("office", "Mo-Fr 09:00-17:00", 2)],
        forms: vec![],
    }
}

#[test]
fn open_services_come_before_closed_ones_with_times_in_the_users_zone() {
    let fixture = Fixture::new();
    let haven = fixture.open(OpenOptions { time_zone: Some("Europe/Bucharest".into()), ..device("en", "GB") });
    haven.install_pack(&office_hours_pack()).unwrap();
    // Monday 23 Nov 2026, 10:00 in London = 12:00 in Bucharest.
    let monday_morning = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let view = haven.helplines_at(Some("GB"), monday_morning).unwrap();
    let order: Vec<&str> = ids(&view).into_iter().filter(|id| ["office", "evenings"].contains(id)).collect();
    assert_eq!(order, vec!["office", "evenings"], "open now before closed");
    let office = view.items.iter().find(|h| h.id == "office").unwrap();
    assert_eq!(office.status, OpenStatus::Open);
    assert_eq!(office.status_text, "Open now · closes 19:00", "17:00 London is 19:00 in Bucharest");
    let evenings = view.items.iter().find(|h| h.id == "evenings").unwrap();
    assert_eq!(evenings.status, OpenStatus::Closed);
    assert_eq!(evenings.status_text, "Closed · opens 20:00");
    assert_eq!(office.languages_text, "Languages: English, Română");

    // Friday evening after closing: the office opens on Monday.
    let friday_night = Utc.with_ymd_and_hms(2026, 11, 27, 21, 0, 0).unwrap();
    let view = haven.helplines_at(Some("GB"), friday_night).unwrap();
    let office = view.items.iter().find(|h| h.id == "office").unwrap();
    assert_eq!(office.status_text, "Closed · opens Mon 11:00");
}

#[test]
fn without_a_user_time_zone_the_helplines_zone_is_named() {
    let fixture = Fixture::new();
    let haven = fixture.open(OpenOptions { time_zone: None, ..device("en", "GB") });
    haven.install_pack(&office_hours_pack()).unwrap();
    let monday_morning = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let view = haven.helplines_at(Some("GB"), monday_morning).unwrap();
    let office = view.items.iter().find(|h| h.id == "office").unwrap();
    assert_eq!(office.status_text, "Open now · closes 17:00 (Europe/London time)");
}

#[test]
fn an_invalid_pack_is_refused_whole_and_changes_nothing() {
    let fixture = Fixture::new();
    let haven = fixture.open(device("en", "GB"));
    let before = haven.helplines(Some("GB")).unwrap();
    let mut pack = office_hours_pack();
    pack.helplines[1].channels[0].value = "+4400".into();
    assert!(matches!(haven.install_pack(&pack), Err(Error::Content(_))));
    assert_eq!(haven.helplines(Some("GB")).unwrap(), before);
}
