//! The report JSON of the wire contract (docs/reports.md), built from a
//! form and a draft's answers. Labels are the form's English ones so an
//! export reads without the form; unanswered optional questions are left out.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::answer::{Answer, ContactAnswer, ContactMode};
use crate::content::{FieldKind, Form};

/// Version of the report JSON.
pub const REPORT_FORMAT: u32 = 1;

pub struct ReportMeta<'a> {
    pub report_id: &'a str,
    pub locale: &'a str,
    /// RFC 3339 UTC, to the minute.
    pub submitted_at: &'a str,
}

pub fn report_json(form: &Form, answers: &BTreeMap<String, Answer>, meta: &ReportMeta<'_>) -> Vec<u8> {
    let mut list = Vec::new();
    for field in form.fields() {
        let answer = match (answers.get(&field.id), field.kind) {
            (Some(a), _) => a.clone(),
            // The contact question defaults to anonymous.
            (None, FieldKind::Contact) => Answer::Contact(ContactAnswer::default()),
            (None, _) => continue,
        };
        list.push(json!({
            "field": field.id,
            "kind": field.kind.as_str(),
            "htcds": field.htcds,
            "label": form.label("en", &field.id).unwrap_or(&field.id),
            "value": value(&answer),
        }));
    }
    let report = json!({
        "format": REPORT_FORMAT,
        "report_id": meta.report_id,
        "form_id": form.id,
        "form_version": form.version,
        "locale": meta.locale,
        "submitted_at": meta.submitted_at,
        "answers": list,
    });
    serde_json::to_vec(&report).expect("JSON values serialize")
}

fn value(answer: &Answer) -> Value {
    match answer {
        Answer::Choice(s) | Answer::Text(s) | Answer::Date(s) | Answer::Datetime(s) => json!(s),
        Answer::MultiChoice(list) => json!(list),
        Answer::Place(p) => {
            let mut place = Map::new();
            place.insert("text".into(), json!(p.text));
            if let Some(code) = &p.postcode {
                place.insert("postcode".into(), json!(code));
            }
            if let Some(l) = p.location {
                place.insert("lat".into(), json!(l.lat));
                place.insert("lon".into(), json!(l.lon));
            }
            Value::Object(place)
        }
        Answer::Contact(c) => {
            let mut contact = Map::new();
            contact.insert("mode".into(), json!(c.mode.as_str()));
            if c.mode != ContactMode::Anonymous {
                contact.insert("value".into(), json!(c.value.as_deref().unwrap_or_default()));
                if let Some(times) = &c.safe_times {
                    contact.insert("safe_times".into(), json!(times));
                }
                contact.insert("may_leave_message".into(), json!(c.may_leave_message));
            }
            Value::Object(contact)
        }
    }
}
